"""A follow-up table printed one cell a line (a web page's table flattened), written here
(never copied from a real document): a header of column names, then each row's cells on
lines of their own, its status printed twice, a running number, an end year and the
responsible body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.domain import Candidate, Document, Line
from tracker.extract import detect_kind
from tracker.extract.followup_columns import column_header
from tracker.extract.report_followup import read_followup

CELLS = """
Hållbar stadsmiljö
Målet är en stad där alla kan röra sig tryggt och luften är ren.
Uppdrag Status Kategori Slutår Ansvar
Uppdrag
0
Pågående enligt plan
Kartlägga bullerutsatta skolgårdar
Pågående enligt plan
Uppdrag
2026
Fritidsnämnden
Uppdrag
1
Pågående med avvikelse
Pågående projekt – laddplatser vid förskolor
Pågående med avvikelse
Uppdrag
Servicenämnden
Uppdrag
2
Genomfört enligt plan
Avslutade projekt – trädplantering
Genomfört enligt plan
Uppdrag
2023
Fritidsnämnden, Servicenämnden
"""


def _lines(text: str) -> list[Line]:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _items(text: str) -> list[Candidate]:
    return read_followup(_lines(text), "Kommunstyrelsen", None).items


def _one(items: list[Candidate], word: str) -> Candidate:
    hits = [it for it in items if word.casefold() in it.title.casefold()]
    assert len(hits) == 1, [it.title for it in items]
    return hits[0]


def test_header_of_column_names() -> None:
    assert column_header("Uppdrag Status Kategori Slutår Ansvar")
    assert column_header("Åtgärd Status Ansvarig nämnd")
    # No status column, or words other than column names: no such header.
    assert not column_header("Uppdrag Kategori Slutår Ansvar")
    assert not column_header("Uppdrag och status för nämnden 2024")


def test_rows_read_with_status_end_year_and_owner() -> None:
    items = _items(CELLS)
    assert [it.title for it in items] == [
        "Kartlägga bullerutsatta skolgårdar",
        "Pågående projekt – laddplatser vid förskolor",
        "Avslutade projekt – trädplantering",
    ]
    first = _one(items, "bullerutsatta")
    assert (first.status, first.owner, str(first.due)) == ("open", "Fritidsnämnden", "2026-12-31")
    assert "slutdatum ur kolumnen: slutår 2026" in first.reasons
    # A row's name may start with a status word; its status is the cell before it.
    second = _one(items, "laddplatser")
    assert (second.status, second.owner, second.due) == ("open", "Servicenämnden", None)
    # Done rows are not open; a cell of several bodies gives the first.
    third = _one(items, "trädplantering")
    assert (third.status, third.owner) == ("done", "Fritidsnämnden")


def test_such_a_page_is_a_report() -> None:
    lines = _lines(CELLS)
    doc = Document(path=Path("sida.txt"), sha256="0", format="txt", pages=1, lines=lines)
    assert detect_kind(doc) == "report"


STEPS = """
Nämnd T3 2025 Uppdrag. Kommentar T3 2025
(Fritidsnämnden) .
Ta fram en plan för tillgängliga badplatser.
En inventering har gjorts under 2025. Arbetet med åtgärdslistan kommer att pågå under 2026.
En dialog med föreningarna ska genomföras under 2026.
"""


def test_dated_steps_left_in_a_comment_are_the_items() -> None:
    items = read_followup(_lines(STEPS), "Kommunstyrelsen", dt.date(2025, 12, 31)).items
    found = [(it.title, it.owner, str(it.due), it.section) for it in items]
    plan = "Ta fram en plan för tillgängliga badplatser"
    assert found == [
        ("Arbetet med åtgärdslistan", "Fritidsnämnden", "2026-12-31", plan),
        ("En dialog med föreningarna", "Fritidsnämnden", "2026-12-31", plan),
    ]


def test_one_dated_step_leaves_the_uppdrag_as_it_is() -> None:
    one = STEPS.replace("En dialog med föreningarna ska genomföras under 2026.\n", "")
    items = read_followup(_lines(one), "Kommunstyrelsen", dt.date(2025, 12, 31)).items
    assert [it.title for it in items] == ["Ta fram en plan för tillgängliga badplatser"]
