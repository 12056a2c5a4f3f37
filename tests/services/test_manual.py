"""Hand-added candidates without the GUI: built from a document's lines and the meeting
date, matched against the open items, saved with a history note saying so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.domain import Candidate, Document, DocumentInfo, Extraction, Line, Meeting
from tracker.labels import event_text
from tracker.services import balance, manual
from tracker.store import Store

MEETING = dt.date(2024, 2, 20)


def _doc() -> Document:
    return Document(
        Path("fvg.txt"), "c" * 64, "txt", 2,
        [
            Line("Minnesanteckningar Förvaltningsgruppen 2024-02-20", 1, 1),
            Line("4. Arbetsmiljö", 1, 3),
            Line("Kommunal tog upp ventilationen i matsalen. Förvaltningen utreder", 1, 5),
            Line("saken och återkommer senast 15 mars med en plan. Ansvarig: HR", 1, 6),
            Line("5. Åtgärder", 2, 1),
            Line("Vad Vem När", 2, 3, cells=["Vad", "Vem", "När"], table=1),
            Line("Beställa mätning Arbetsgivaren v. 12", 2, 4,
                 cells=["Beställa mätning", "Arbetsgivaren", "v. 12"], table=1),
        ],
    )  # fmt: skip


@pytest.fixture
def store(db_path: Path):
    s = Store.open(db_path)
    yield s
    s.close()


def test_candidate_from_lines() -> None:
    c = manual.candidate_from_lines(_doc(), 2, 4, MEETING)
    assert c.title == "Kommunal tog upp ventilationen i matsalen"
    assert c.text == c.evidence and c.text.endswith("Ansvarig: HR")
    assert (c.page, c.line, c.section) == (1, 5, "4 Arbetsmiljö")
    assert (c.due, c.due_text, c.due_precision) == (dt.date(2024, 3, 15), "senast 15 mars", "day")
    assert c.owner == "HR"
    assert (c.kind, c.status, c.confidence) == ("action", "open", 1.0)


def test_candidate_from_part_of_a_line_and_a_table_row() -> None:
    doc = _doc()
    part = manual.candidate_from_lines(doc, 3, 4, MEETING, text="återkommer senast 15 mars",
                                       kind="awaiting_reply")  # fmt: skip
    assert part.text == "återkommer senast 15 mars" and part.owner is None
    assert (part.page, part.line, part.kind) == (1, 6, "awaiting_reply")
    row = manual.candidate_from_lines(doc, 6, 7, MEETING)
    assert (row.title, row.owner, row.section) == (
        "Beställa mätning",
        "Arbetsgivaren",
        "5 Åtgärder",
    )
    assert row.due == dt.date(2024, 3, 24)  # week 12 is due on its Sunday
    with pytest.raises(ValueError):
        manual.candidate_from_lines(doc, 4, 4, MEETING)


def test_short_title() -> None:
    assert manual.short_title("3. Lokaler ska ses över. Mer text.") == "Lokaler ska ses över"
    long = "Ord " * 60
    title = manual.short_title(long)
    assert len(title) <= manual.TITLE_CHARS and title.endswith("…")


def test_section_from_neighbouring_candidates_without_headings() -> None:
    cands = [Candidate("a", "a", "action", page=1, line=2, section="§ 7 Lokaler"),
             Candidate("b", "b", "action", page=1, line=9, section="§ 7 Lokaler")]  # fmt: skip
    assert manual.section_at([], 1, 5, cands) == "§ 7 Lokaler"
    assert manual.section_at([], 1, 12, cands) is None


def test_manual_entry_is_saved_with_its_note(store: Store) -> None:
    doc = _doc()
    extraction = Extraction(
        DocumentInfo("fvg.txt", doc.sha256, "txt", 2, "minutes"),
        Meeting(body="Förvaltningsgruppen", date=MEETING),
    )
    old = balance.add_item(store, title="Beställa mätning av ventilationen",
                           body="Förvaltningsgruppen")  # fmt: skip
    plan = balance.plan_import(store, extraction)
    new = manual.manual_entry(
        store, manual.candidate_from_lines(doc, 2, 4, MEETING), plan.body, exclude=[old.id]
    )
    assert new.manual and new.action == "new"
    upd = manual.manual_entry(store, manual.candidate_from_lines(doc, 6, 7, MEETING), plan.body)
    assert upd.manual and (upd.action, upd.match_id) == ("update", old.id)
    plan.entries += [new, upd]
    result = balance.apply_import(store, plan)
    (created,) = result.created
    item = store.get_item(created)
    assert (item.page, item.line, item.due) == (1, 5, dt.date(2024, 3, 15))
    assert event_text(store.item_history(created)[0]) == "skapad – tillagd för hand vid import"
    assert store.item_history(created)[0].code == "added_by_hand"
    assert (
        event_text(store.item_history(old.id)[-1])
        == "behandlad 2024-02-20 (tillagd för hand vid import)"
    )


def test_a_hand_added_passage_is_linked_like_an_extracted_one(store: Store) -> None:
    """The same linker as the import: a short topic label finds the item whose text it
    names (compound words and all), a passage about nothing alike is new, and a weak
    likeness is only offered."""
    body = "Förvaltningsgruppen"
    rond = balance.add_item(store, body=body, title="Vision frågar varför brandronderna på "
                            "fritidsgårdarna inte har gjorts").id  # fmt: skip
    balance.add_item(store, body=body, title="Lönekartläggningen för 2025")
    doc = Document(
        Path("fvg2.txt"), "d" * 64, "txt", 1,
        [
            Line("2. Kvarvarande frågor", 1, 1),
            Line("Ronder fritidsgårdar: kvarstår till nästa möte.", 1, 2),
            Line("Kaffemaskinen i personalrummet ska bytas före sommaren.", 1, 3),
        ],
    )  # fmt: skip
    carried = manual.candidate_from_lines(doc, 1, 2, MEETING)
    assert carried.label == "Ronder fritidsgårdar"
    entry = manual.manual_entry(store, carried, body, meeting_date=MEETING)
    assert (entry.action, entry.match_id, entry.manual, entry.accepted) == (
        "update", rond, True, True)  # fmt: skip
    assert "ronder~brandronderna" in entry.reason
    new = manual.manual_entry(store, manual.candidate_from_lines(doc, 2, 3, MEETING), body)
    assert (new.action, new.match_id, new.manual) == ("new", None, True)


def test_a_hand_marked_numbered_line_keeps_its_number() -> None:
    line = Line("14 (Trafikverket, väg 12): Pågår. Nytt datum 2024-06-01.", 1, 1)
    doc = Document(Path("lg.txt"), "e" * 64, "txt", 1, [line])
    c = manual.candidate_from_lines(doc, 0, 1, MEETING)
    assert (c.ref_no, c.label) == ("14", "Trafikverket, väg 12")
