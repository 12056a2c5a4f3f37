"""The fourth round of carry-over mechanisms, on invented Swedish minutes: what a later
statement does read from its verb (class and tense from the lexicon, not a list of
phrasings), a table row's own status line, labelled lines inside a § without a dnr,
list marks before a label, and the heading over an item or a statement as what names
its matter."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text
from tracker.domain import Candidate
from tracker.extract import extract
from tracker.extract.clause_lexicon import state_forms
from tracker.extract.mentions import effect_of, label_of
from tracker.extract.status_reading import read_state
from tracker.extract.status_sentences import subject_and_state
from tracker.ingest import read_document
from tracker.services import balance, link_scoring, linking
from tracker.store import Store

# --- the verb's class and tense ----------------------------------------------------------


def test_state_forms_are_inflected_from_the_lexicon() -> None:
    forms = state_forms()
    assert forms["genomfördes"] == ("completion", "past")
    assert forms["genomförda"] == ("completion", "participle")
    assert forms["tätade"][0] == "completion"
    assert forms["godkänd"] == ("completion", "participle")
    assert forms["skjuts"] == ("continuation", "present")
    assert forms["planeras"] == ("continuation", "passive")
    # The present of a completion verb says what is still to be done.
    assert forms["genomförs"] == ("completion", "passive")


@pytest.mark.parametrize(
    ("sentence", "subject", "state"),
    [
        ("Brandövningen genomfördes 12 april.", "Brandövningen", "done"),
        ("Vaktmästartjänsten tillsatt, Omar börjar i maj.", "Vaktmästartjänsten", "done"),
        ("Takfönstren i gympasalen är tätade.", "Takfönstren i gympasalen", "done"),
        ("Städrutinen godkändes och sätts upp i köket.", "Städrutinen", "done"),
        ("Åtgärdsplanen presenterades och godkändes av parterna.", "Åtgärdsplanen", "done"),
        ("Fortbildningsplanen 2027 är fastställd.", "Fortbildningsplanen 2027", "done"),
        ("Enkätsvaren redovisades på mötet.", "Enkätsvaren", "done"),
        ("Genomgången skjuts till mötet i oktober.", "Genomgången", "open"),
        ("Lekplatsbesiktningen planeras till september.", "Lekplatsbesiktningen", "open"),
        # Denied, contradicted or only partly done: still open.
        ("Brandövningen har inte genomförts.", "Brandövningen", "open"),
        ("Proverna är tagna men analysen har inte kommit.", None, None),
        ("Mätningarna är gjorda men rapporten har inte kommit.", "Mätningarna", "open"),
        (
            "Utvecklingssamtalen är till 70 % genomförda.",
            "Utvecklingssamtalen är till 70 %",
            "open",
        ),
    ],
)
def test_a_statement_is_read_by_its_verb(sentence: str, subject: str | None,
                                         state: str | None) -> None:  # fmt: skip
    found = read_state(sentence)
    if subject is None:
        assert found is None
        return
    assert found is not None
    assert sentence[: found[0]].strip(" ,") == subject
    assert found[2] == state


def test_what_an_agent_did_is_no_state_of_the_subject() -> None:
    # "Vaktmästaren har bytt lampan": the subject acted; the lamp is not named as done.
    assert read_state("Vaktmästaren har bytt lampan i hallen.") is None
    assert read_state("Bullret kvarstår tills fönstren är tätade.")[2] == "open"


def test_a_status_sentence_falls_back_on_the_verb() -> None:
    assert subject_and_state("Brandövningen genomfördes 12 april.") == ("Brandövningen", "done")
    assert subject_and_state("Genomgången skjuts till mötet i oktober.") == ("Genomgången", "open")


@pytest.mark.parametrize(
    ("text", "by_verb", "effect"),
    [
        ("Lampbyte entré | Per | Lamporna är monterade och kontrollerade", True, "close"),
        ("Räcke trapphus: Räcket är omlackerat.", True, "close"),
        # Without ``by_verb`` only the listed words count (a § block of many matters).
        ("Räcke trapphus: Räcket är omlackerat.", False, None),
        ("Genomgång: Redovisningen skjuts till mötet i oktober.", True, "update"),
        # An intermediate step is no completion.
        ("Nya stolar | Anna | Beställda 8/9, leverans v. 40", True, None),
    ],
)
def test_a_short_unit_is_read_by_its_verbs(text: str, by_verb: bool,
                                           effect: str | None) -> None:  # fmt: skip
    assert effect_of(text, by_verb=by_verb) == effect


# --- identity: list marks, rows' status lines, headings ---------------------------------


def test_a_list_mark_before_a_label_is_no_part_of_it() -> None:
    assert label_of("c) Vikariepoolen: Arbetsgivaren återkommer i mars.") == "Vikariepoolen"
    assert label_of("12.3 Parkeringsfrågan: Inget nytt.") == "Parkeringsfrågan"
    # A numbered heading with a dash is a heading, not a label.
    assert label_of("3.2 Ventilation Björkgatan 5 – tvättstugan") is None


LG_1 = """Ledningsgruppen, Fritidsförvaltningen
Datum: 2025-05-05
Nästa möte: 2025-06-02

Åtgärdslista
Nr | Åtgärd | Ansvarig | Klart senast
1. Inventera flytvästar på badet | Kim Berg | 30 maj 2025
2. Skriva rutin för nyckelkvittens | Ulla Ek | 30 maj 2025
"""

LG_2 = """Ledningsgruppen, Fritidsförvaltningen
Datum: 2025-06-02
Nästa möte: 2025-08-18

Åtgärdslista
Nr | Åtgärd | Ansvarig | Klart senast
1. Inventera flytvästar på badet | Kim Berg | 30 maj 2025
   Status: Flytvästarna inventerades 28 maj. Klar.
2. Skriva rutin för nyckelkvittens | Ulla Ek | 30 augusti 2025
   Status: utkast skickat till facket, arbetet fortsätter.
"""


def test_a_rows_own_status_line_says_what_the_row_does(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", LG_1)
    assert len(first.created) == 2
    second = import_text(store, tmp_path, "2.txt", LG_2)
    closed = [store.get_item(i).title for i in second.closed]
    assert closed == ["Inventera flytvästar på badet"]
    assert second.created == []


SK_1 = """Skyddskommittén Tekniska kontoret
PROTOKOLL 2025-02-04

§ 4 Skyddsronder
Lars Holm ser till att skyddsronden i garaget vid Kvarnvägen genomförs senast 2025-02-28.
"""

SK_2 = """Skyddskommittén Tekniska kontoret
PROTOKOLL 2025-03-04

§ 9 Föregående protokoll och uppföljning
Skyddsrond garaget Kvarnvägen: Skyddsronden genomfördes 20 februari, inga anmärkningar.
"""


def test_labelled_lines_in_a_paragraph_without_dnr_are_read(store: Store,
                                                             tmp_path: Path) -> None:  # fmt: skip
    first = import_text(store, tmp_path, "1.txt", SK_1)
    [item_id] = first.created
    second = import_text(store, tmp_path, "2.txt", SK_2)
    assert second.closed == [item_id]


def _id(added) -> int:
    return added if isinstance(added, int) else added.id


def _cand(text: str, **kw) -> Candidate:
    return Candidate(title=text, text=text, kind=kw.pop("kind", "closing"), status="done",
                     evidence=text, **kw)  # fmt: skip


def test_the_heading_over_an_item_names_its_matter(store: Store) -> None:
    added = balance.add_item(
        store, title="Vision efterfrågar en tidplan", body="CSG", kind="awaiting_reply"
    )
    item = dataclasses.replace(store.get_item(_id(added)), section="4 Lönekartläggning 2025")
    label = _cand(
        "Lönekartläggning – tidplan: Tidplanen presenterades.",
        label="Lönekartläggning – tidplan",
        reasons=["omnämnande i dokumentet"],
    )
    assert link_scoring.score_pair(label, item)[0] >= linking.SAFE_SCORE
    # A statement with no label of its own under the same heading.
    plain = _cand(
        "Ingen ny information; frågan ligger kvar.",
        kind="carried_over",
        section="6 Lönekartläggning 2025",
    )
    assert link_scoring.score_pair(plain, item)[0] >= linking.SAFE_SCORE
    # Under another heading it says nothing of this item.
    other = _cand(
        "Ingen ny information; frågan ligger kvar.",
        kind="carried_over",
        section="7 Friskvårdsbidrag",
    )
    assert link_scoring.score_pair(other, item)[0] < linking.OFFER_SCORE


def test_a_one_word_subject_named_by_its_heading(store: Store) -> None:
    item = balance.add_item(
        store, title="Ta fram rutin för sen hämtning", body="APT", kind="action"
    )
    sub = _cand(
        "Rutinen godkändes och sätts upp i hallen.",
        subject="Rutinen",
        section="4. Rutin för sen hämtning",
        reasons=["omnämnande i dokumentet"],
    )
    assert link_scoring.score_pair(sub, item)[0] >= linking.SAFE_SCORE
    alone = _cand(
        "Rutinen godkändes och sätts upp i hallen.",
        subject="Rutinen",
        section="4. Övrigt",
        reasons=["omnämnande i dokumentet"],
    )
    assert link_scoring.score_pair(alone, item)[0] < linking.SAFE_SCORE


def test_a_matter_about_another_named_person_is_another_matter() -> None:
    from tracker.services.identifiers import conflict

    assert conflict(
        "Rektor återkommer om vikarie för Maja Lind", "Frågan om vikarie för Olle Berg kvarstår"
    )
    assert not conflict(
        "Rektor återkommer om vikarie för Maja Lind", "Vikarie för Maja Lind är klar"
    )


def test_a_meeting_word_with_what_it_is_for_is_a_label() -> None:
    assert label_of("b) Vikarie för Maja Lind: Inget nytt.") == "Vikarie för Maja Lind"
    assert label_of("Ersättare: Anna Ek, Bo Ström") is None
    assert label_of("Arbetsgivaren om lönerevisionen: Klar i maj.") is None


LG_DUP_1 = """Ledningsgruppen, Fritidsförvaltningen
Datum: 2025-05-05
Nästa möte: 2025-06-02

3. Badhuset
Kim tar fram en plan för ventilationen i badhuset.

Åtgärdslista
Nr | Åtgärd | Ansvarig | Klart senast
1. Plan för ventilationen i badhuset | Kim Berg | 30 juni 2025
"""

LG_DUP_2 = """Ledningsgruppen, Fritidsförvaltningen
Datum: 2025-06-02
Nästa möte: 2025-08-18

Åtgärdslista
Nr | Åtgärd | Ansvarig | Klart senast
1. Plan för ventilationen i badhuset | Kim Berg | 30 juni 2025
   Status: arbetet startar efter semestern.
"""


def test_a_point_and_its_row_are_one_item_the_later_row_updates(
    store: Store, tmp_path: Path
) -> None:
    # The task of point 3 and row 1 of the list are one matter (the point gives no
    # date, so the row's is no contradiction): one item, the row with the point's
    # sentence as its evidence, which the row of the next minutes updates.
    first = import_text(store, tmp_path, "1.txt", LG_DUP_1)
    assert len(first.created) == 1
    assert "Kim tar fram en plan" in (store.get_item(first.created[0]).evidence or "")
    second = import_text(store, tmp_path, "2.txt", LG_DUP_2)
    assert second.created == []
    assert [store.get_item(i).title for i in second.updated] == [
        "Plan för ventilationen i badhuset"
    ]


def test_an_item_under_a_label_keeps_the_labelled_passage(tmp_path: Path) -> None:
    path = tmp_path / "1.txt"
    path.write_text(
        "FVG Omsorg, minnesanteckningar\nDatum: 2025-02-04\n\n"
        "5. Information\n"
        "Nattschema: Arbetsgivaren informerar om att passen med delade nätter prövas.\n"
        "Vision frågar hur arbetsmiljön har bedömts. Arbetsgivaren återkommer till nästa FVG.\n",
        "utf-8",
    )
    ext = extract(read_document(path))
    [item] = [c for c in ext.items if "Vision frågar" in (c.evidence or "")]
    assert item.label == "Nattschema"
    assert "delade nätter" in item.evidence


def test_a_proposal_to_the_deciding_body_decides_the_tabled_matter() -> None:
    text = "Arbetsutskottet föreslår kommunstyrelsen besluta att tomten säljs till högstbjudande."
    assert effect_of(text) == "decide"


def test_a_speakers_name_before_a_colon_is_no_topic_label():
    # a round of the table: what Marie reports is no matter named "Marie"
    assert label_of("Marie: två läckor på Storgatan, reparationerna är klara.") is None
    assert label_of("Per-Olof Ek: inget nytt.") is None
    assert label_of("Skyddsronden: genomförd den 3 maj.") == "Skyddsronden"


def test_a_decision_that_moves_the_report_to_a_later_time_keeps_the_matter_open():
    assert effect_of("Nämnden beslutar att redovisningen av parkeringsutredningen flyttas "
                     "till mars 2027.") == "update"
    assert effect_of("Styrelsen beslutar att beslutet skjuts upp till nästa möte.") == "update"
    # a decision on the matter itself still decides it
    assert effect_of("Nämnden beslutar att anta parkeringsutredningen.") == "decide"
