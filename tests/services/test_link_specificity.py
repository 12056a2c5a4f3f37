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
