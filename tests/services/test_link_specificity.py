"""A close needs identity evidence specific to one open item (issue 16: never close
silently when unsure), on invented Swedish passages and items.

A dnr or list number that two open items carry names their ärende, not which item the
passage speaks of; the passage's words must then single one out, else the close is
offered with both."""

from __future__ import annotations

from tracker.domain import Candidate
from tracker.services import balance, linking
from tracker.store import ItemRow


def _item(item_id: int, title: str, *, dnr: str | None = None, kind: str = "assignment",
          text: str | None = None, section: str = "§ 12 Remiss") -> ItemRow:  # fmt: skip
    return ItemRow(
        id=item_id, title=title, text=text or title, kind=kind, status="open", owner=None,
        raised_by=None, due=None, due_text=None, due_precision=None, start=None,
        deviation=None, body="Byggnadsnämnden", section=section, page=1, line=5,
        evidence=text or title, document_id=1, document_file="1.txt", document_path=None,
        meeting_id=1, created_at="", updated_at="", version=1, last_note=None, dnr=dnr,
    )  # fmt: skip


def _decision(title: str, text: str, dnr: str) -> Candidate:
    return Candidate(title=title, text=text, kind="closing", evidence=text, dnr=dnr,
                     section=f"§ 31 {title}", reasons=["omnämnande i dokumentet"])  # fmt: skip


def _entries(cand: Candidate, items: list[ItemRow]) -> list[balance.PlanEntry]:
    by_id = {it.id: it for it in items}
    (link,) = linking.link_all([cand], items)
    entry = balance.entry_for_link(cand, link, by_id, mention=True)
    assert entry is not None
    from tracker.services import decision

    decision.hold_back_unsafe_closes([entry], by_id)
    return [entry]


_SUMMARY = "Förvaltningen tar fram förslag till yttrande"
_TASK = "Ta fram ett yttrande över Länsstyrelsens remiss om vindkraftsplan för Norrskogen"


def test_the_item_the_words_single_out_of_one_arende_is_closed() -> None:
    # One § made two items under one dnr: a summary's sentence and the decision's task.
    # The later decision names the task's own words ("Länsstyrelsens remiss om
    # vindkraftsplan"); the summary's item meets it only by "yttrande", which the task
    # has too.  The task is closed, the summary's item is no longer picked out by the dnr.
    items = [_item(6, _SUMMARY, dnr="BN 2026/40"), _item(7, _TASK, dnr="BN 2026/40")]
    cand = _decision("Yttrande över Länsstyrelsens remiss om vindkraftsplan för Norrskogen",
                     "Nämnden beslutar att avge yttrande till Länsstyrelsen enligt "
                     "förvaltningens förslag.", "BN 2026/40")  # fmt: skip
    (link,) = linking.link_all([cand], items)
    assert link.item_id == 7 and link.sure
    other = next(o for o in link.options if o.item_id == 6)
    assert other.score < link.score - linking.AMBIGUITY_GAP
    assert linking.SHARED_ID_NOTE in other.reason
    (entry,) = _entries(cand, items)
    assert (entry.action, entry.match_id, entry.accepted) == ("close", 7, True)


def test_two_items_of_one_arende_the_words_do_not_tell_apart_are_offered() -> None:
    # The ärende was sent back, and a later meeting's follow-up became an item of the
    # same title: the decision meets both by the same words.  The dnr names the ärende,
    # nothing names the item: the close is offered with both, never applied.
    title = "Tillsynsplan för miljö- och hälsoskyddsområdet 2026"
    items = [
        _item(2, title, dnr="BN 2026/18", kind="sent_back",
              text="Ärendet återremitteras till förvaltningen för att kompletteras."),
        _item(5, title, dnr="BN 2026/18", kind="follow_up",
              text="Tillsynsplanen tas upp för beslut vid aprilsammanträdet."),
    ]  # fmt: skip
    cand = _decision(title, "Nämnden fastställer tillsynsplanen för 2026.", "BN 2026/18")
    (link,) = linking.link_all([cand], items)
    assert {o.item_id for o in link.options} == {2, 5}
    assert all(linking.SHARED_ID_NOTE not in o.reason for o in link.options)
    (entry,) = _entries(cand, items)
    assert entry.action == "close" and not entry.accepted and entry.unsure
    assert {o[0] for o in entry.options} == {2, 5}


def test_an_item_meeting_the_passage_by_words_of_its_own_keeps_it_unsure() -> None:
    # Each item meets the decision by a word the other lacks ("hastighetsmätningar" in
    # the description, "farthinder" in the task): neither is singled out.
    items = [
        _item(4, "Trafikingenjören redovisar hastighetsmätningar vid Ekbacken",
              dnr="TN 2025/131", kind="follow_up"),
        _item(5, "Föreslå farthinder på Skolvägen vid Ekbacken", dnr="TN 2025/131"),
    ]  # fmt: skip
    cand = _decision("Trafiksäkerhet vid Ekbacken",
                     "Nya hastighetsmätningar visar lägre hastighet. Nämnden beslutar enligt "
                     "förslaget om farthinder på Skolvägen. Uppdraget är därmed slutfört.",
                     "TN 2025/131")  # fmt: skip
    (entry,) = _entries(cand, items)
    assert entry.action == "close" and not entry.accepted and entry.unsure


def test_a_dnr_one_item_carries_still_closes_it() -> None:
    items = [_item(7, _TASK, dnr="BN 2026/40"), _item(8, _SUMMARY, dnr="BN 2026/41")]
    cand = _decision("Yttrande över remiss", "Nämnden beslutar att avge yttrande enligt "
                     "förvaltningens förslag.", "BN 2026/40")  # fmt: skip
    (entry,) = _entries(cand, items)
    assert (entry.action, entry.match_id, entry.accepted) == ("close", 7, True)


def _mention(text: str, subject: str) -> Candidate:
    return Candidate(title=text, text=text, kind="closing", evidence=text, subject=subject,
                     section="3. Uppföljning av åtgärdslistan",
                     reasons=["omnämnande i dokumentet"])  # fmt: skip


_WISHES = "Personalen lämnar önskemål om fortbildning till rektor senast 1 mars"


def test_a_close_by_a_compound_alike_only_in_its_first_part_is_offered() -> None:
    # "Fortbildningskalendern är klar" tells of a thing of the field (the calendar), not
    # of the wishes to be handed in: the passage names no word of the item as itself.
    items = [_item(3, _WISHES, kind="action", section="5. Övrigt")]
    cand = _mention("Fortbildningskalendern är klar och utskickad.", "Fortbildningskalendern")
    (entry,) = _entries(cand, items)
    assert (entry.action, entry.match_id) == ("close", 3)
    assert not entry.accepted and entry.unsure
    assert "liknar i en del (fortbildningskalendern~fortbildning)" in entry.reason
    assert entry.options and entry.options[0][0] == 3


def test_a_close_naming_the_items_own_word_is_applied() -> None:
    items = [_item(3, _WISHES, kind="action", section="5. Övrigt")]
    cand = _mention("Önskemålen om fortbildning är inlämnade.", "Önskemålen om fortbildning")
    (entry,) = _entries(cand, items)
    assert (entry.action, entry.match_id, entry.accepted) == ("close", 3, True)


_WANTS = "Nämnden vill ha en lokalprioritering inför budgetdialogen i april"
_TASK_B = "Sammanställa förslag på prioritering av skolans byggnader inför nämndens budgetdialog"


def test_a_close_whose_words_name_another_open_item_too_is_offered() -> None:
    # The task scores lower (its "prioritering" is the head of the passage's compound),
    # but every word the passage names the wish by names the task too: the evidence is
    # not specific to one item, so the close is the secretary's call.
    items = [_item(1, _WANTS, kind="follow_up", section="4. Lokaler"),
             _item(3, _TASK_B, kind="action", section="6. Åtgärdslista")]  # fmt: skip
    cand = _mention("Lokalprioriteringen är klar och redovisades för nämnden den 12 april.",
                    "Lokalprioriteringen")  # fmt: skip
    (link,) = linking.link_all([cand], items)
    assert link.item_id == 1 and link.sure  # clear of the gap by score alone
    (entry,) = _entries(cand, items)
    assert entry.action == "close" and not entry.accepted and entry.unsure
    assert "orden passar lika väl punkt 3" in entry.reason
    # Alone on the list, the wish is closed.
    (entry,) = _entries(cand, items[:1])
    assert (entry.action, entry.match_id, entry.accepted) == ("close", 1, True)


def test_which_words_name_a_word_as_itself() -> None:
    from tracker.services.link_words import names_itself

    assert names_itself("fortbildningen", "fortbildning")
    assert names_itself("skyddsronderna", "skyddsrond")
    assert names_itself("planprioriteringen", "prioritering")  # the head names the thing
    assert not names_itself("semesterschemat", "semester")  # a thing of the field
    assert not names_itself("lokalinventering", "lokaler")  # a step of the matter
    assert not names_itself("semesterschemat", "sommarschema")  # another of the kind
    assert not names_itself("trafiksäkerhet", "trafikingenjören")  # only the first part


def test_another_code_of_the_same_series_is_another_action() -> None:
    # "A26-14 RSA-underlag: … klar" shares "A26" and "förvaltningar" with action A26-15
    # (its row stood beside A26-14's in the earlier list): another action of the list,
    # capped below the safe score; the action of its own code is closed.
    other = _item(2, "A26-15 Ekonomichefen sammanställer förvaltningarnas besparingsförslag",
                  kind="action", section="9. Åtgärdslista")  # fmt: skip
    own = _item(3, "A26-14 Förvaltningscheferna lämnar underlag till risk- och "
                "sårbarhetsanalysen", kind="action", section="9. Åtgärdslista")  # fmt: skip
    text = "A26-14 RSA-underlag: Samtliga förvaltningar har lämnat sitt underlag. Klar, avförs."
    cand = Candidate(title=text, text=text, kind="closing", evidence=text,
                     label="A26-14 RSA-underlag", section="3. Genomgång av åtgärdslistan",
                     reasons=["omnämnande i dokumentet"])  # fmt: skip
    from tracker.services.link_scoring import CONFLICT_CAP, score_pair

    score, why = score_pair(cand, other)
    assert score <= CONFLICT_CAP + 6 and "annan kod" in why  # (+6: under a follow-up heading)
    (entry,) = _entries(cand, [other, own])
    assert (entry.action, entry.match_id, entry.accepted) == ("close", 3, True)
