"""Entries listed under a heading that tells their state (tracker.extract.status_lists)."""

from __future__ import annotations

import datetime as dt

from tests.extract.minutes_helpers import run
from tracker.extract.clause_candidates import SCORED_REASON
from tracker.extract.status_lists import status_of_heading

HEAD = ("Kommunfullmäktige\nProtokoll 2024-11-08\n\nNärvarande: Anna Ek, Per Berg\n\n"
        "1 Val av justerare\nAnna Ek utses att justera protokollet.\n\n")


def test_the_entries_under_a_status_heading_are_matters_of_that_kind() -> None:
    ex = run(HEAD + "BORDLAGDA INTERPELLATIONER\n\n"
             "2 Nr 2024:7 av Eva Lind (S) om simhallens öppettider. RII\n\n"
             "3 Nr 2024:9 av Olof Ek (M) om busslinjen till Norrby. RIII\n\n"
             "ÖVRIGA ÄRENDEN\n\n"
             "4 Avsägelse från uppdrag som ersättare i valnämnden\n"
             "Fullmäktige beviljar avsägelsen.\n")
    # (the wide reading may offer any sentence of the body as well: not an entry)
    found = [c for c in ex.items + ex.possible
             if c.status == "open" and SCORED_REASON not in c.reasons]
    assert sorted((c.kind, c.title.split()[1]) for c in found) == [
        ("tabled", "2024:7"), ("tabled", "2024:9")]
    assert all(any("rubrik" in r for r in c.reasons) for c in found)


def test_a_heading_that_says_the_list_is_empty_lists_nothing() -> None:
    assert status_of_heading("Bordlagda ärenden (inga)") is None
    assert status_of_heading("Återremitterade ärenden").kind == "sent_back"
    assert status_of_heading("Kvarstående frågor från förra mötet").kind == "carried_over"
    assert status_of_heading("Budget 2025 för kultur- och fritidsnämnden") is None


def test_a_full_paragraph_after_the_heading_ends_the_list() -> None:
    ex = run(HEAD + "OBESVARADE MOTIONER\n\n"
             "2 Motion om fler laddplatser vid stationen\n\n"
             "3 Budget för 2025\nKommunstyrelsen har berett budgeten. Förslaget har varit "
             "ute på remiss. Nämnderna har yttrat sig. Fullmäktige fastställer budgeten.\n\n"
             "4 Motion om en ny badplats\n")
    titles = [c.title for c in ex.items + ex.possible if c.status == "open"]
    assert any("laddplatser" in t for t in titles)
    assert not any("badplats" in t or "Budget" in t for t in titles)


def test_a_tabled_entry_is_due_at_the_next_meeting() -> None:
    ex = run(HEAD + "BORDLAGDA INTERPELLATIONER\n\n"
             "2 Nr 2024:7 av Eva Lind (S) om simhallens öppettider. RII\n\n"
             "ÖVRIGA ÄRENDEN\n\n4 Avsägelse\nFullmäktige beviljar avsägelsen.\n\n"
             "Nästa sammanträde: 2024-12-13\n")
    # (the entry itself: the model may offer the settled § after it unchecked)
    (found,) = [c for c in ex.items + ex.possible if c.status == "open" and "2024:7" in c.text]
    assert (found.due, found.due_precision) == (dt.date(2024, 12, 13), "day")


def test_a_tabled_entry_without_a_known_next_meeting_has_no_due_date() -> None:
    # Not the meeting's own date: the matter waits for a later sitting (DOMAIN.md).
    ex = run(HEAD + "BORDLAGDA INTERPELLATIONER\n\n"
             "2 Nr 2024:7 av Eva Lind (S) om simhallens öppettider. RII\n\n"
             "ÖVRIGA ÄRENDEN\n\n4 Avsägelse\nFullmäktige beviljar avsägelsen.\n")
    # (the entry itself: the scorer's wide reading may offer the other § unchecked)
    (found,) = [c for c in ex.items + ex.possible if c.status == "open" and "2024:7" in c.text]
    assert found.due is None
    # (the settled decision after the list is no entry of it; the model may offer it
    # unchecked at its possible threshold)
    assert all(c.tier == "possible" for c in ex.items + ex.possible if "Avsägelse" in c.title
               or "avsägelsen" in c.title)


def test_an_unanswered_entry_has_no_due_date() -> None:
    ex = run(HEAD + "OBESVARADE MOTIONER\n\n2 Motion om fler laddplatser vid stationen\n\n"
             "ÖVRIGA ÄRENDEN\n\n4 Avsägelse\nFullmäktige beviljar avsägelsen.\n")
    (found,) = [c for c in ex.items + ex.possible if c.status == "open" and "laddplatser" in c.text]
    assert found.due is None
