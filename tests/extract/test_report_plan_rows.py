"""An action plan's table flattened so that each row is one line with its cells parted by
spaces only, the status last (issue 15: action plans with a status).  Text written here,
never copied from a real plan."""

from __future__ import annotations

import datetime as dt

from tracker.domain import Line
from tracker.extract.followup_columns import _row_line
from tracker.extract.report_followup import read_followup

PLAN = """
Handlingsplan för trygghet 2024
Nr Åtgärd Ansvar Tidplan Status
1 Förbättra belysningen i centrum Tekniska förvaltningen 2024 Klar
2 Ta fram en modell för trygghetsvandringar Kommunledningskontoret 2025 Pågår
3 Utbilda personal i våldsprevention Socialförvaltningen 2024 Ej påbörjad
"""


def _items(text: str):
    lines = [
        Line(text=t, page=1, line=k)
        for k, t in enumerate(text.strip("\n").split("\n"), 1)
        if t.strip()
    ]
    return read_followup(lines, "Kommunstyrelsen", dt.date(2024, 6, 30)).items


def test_each_row_takes_its_own_status_owner_and_year() -> None:
    items = {it.title: it for it in _items(PLAN)}
    assert set(items) == {
        "Förbättra belysningen i centrum",
        "Ta fram en modell för trygghetsvandringar",
        "Utbilda personal i våldsprevention",
    }
    # a row the plan marks finished is not offered as open work
    assert items["Förbättra belysningen i centrum"].status == "done"
    work = items["Ta fram en modell för trygghetsvandringar"]
    assert (work.status, work.owner, work.due) == (
        "open", "Kommunledningskontoret", dt.date(2025, 12, 31))
    late = items["Utbilda personal i våldsprevention"]
    assert (late.status, late.owner) == ("open", "Socialförvaltningen")


def test_a_sentence_ending_in_a_status_word_is_no_row() -> None:
    # no year and no body before the status: a sentence, not a row
    assert _row_line("Arbetet med planen är i stort sett klar") is None
    assert _row_line("2 Ta fram en modell Kommunledningskontoret 2025 Pågår") == [
        "2", "Ta fram en modell", "Kommunledningskontoret", "2025", "Pågår"]


def test_a_status_field_with_a_note_after_its_value() -> None:
    text = """
Status för uppdragen
Uppdrag 1. Utreda platsen för en ny brandstation. Status: Pågår, beräknas klart hösten 2025.
Uppdrag 2. Införa e-arkiv i alla förvaltningar. Status: Genomfört.
"""
    items = {it.title: it for it in _items(text)}
    station = items["Utreda platsen för en ny brandstation"]
    assert (station.status, station.due) == ("open", dt.date(2025, 12, 31))
    assert items["Införa e-arkiv i alla förvaltningar"].status == "done"
    # the note is no entry of its own
    assert not any(t.startswith("Status") for t in items)


def test_an_entry_with_its_comment_on_its_line() -> None:
    text = """
Uppdrag från fullmäktige
Minska sjukfrånvaron bland pedagogerna. Kommentar: Arbetet fortgår under hösten.
Ta fram en plan för kompetensförsörjning. Kommentar: Planen antogs av nämnden i oktober.
"""
    items = _items(text)
    open_ = [it for it in items if it.status == "open"]
    assert [it.title for it in open_] == ["Minska sjukfrånvaron bland pedagogerna"]
    # a comment that tells no state in words makes no open entry of its line
    assert not any("kompetensförsörjning" in it.title and it.status == "open" for it in items)


def test_a_measure_page_with_a_time_plan_over_years() -> None:
    text = """
Åtgärd: Byta till fossilfria arbetsfordon
Ansvarig: Tekniska förvaltningen
Tidplan: 2022-2025
Status: Delvis genomförd
"""
    (item,) = _items(text)
    assert (item.status, item.owner, item.due) == (
        "open", "Tekniska förvaltningen", dt.date(2025, 12, 31))
