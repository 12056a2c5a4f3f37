"""Exports: CSV for Swedish Excel, XLSX with real dates, ICS with stable UIDs."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from tracker.errors import TrackerError
from tracker.services import balance
from tracker.services.export import COLUMNS, export, export_csv, export_ics, export_xlsx
from tracker.store import ItemFilter, ItemRow, Store

D = dt.date


@pytest.fixture
def rows(db_path: Path) -> list[ItemRow]:
    with Store.open(db_path) as store:
        balance.add_item(store, title="Åtgärdsplan; sjukfrånvaro", owner="HR", due=D(2024, 5, 1),
                         body="Förvaltningsgruppen", text='Rad ett\nRad "två"')  # fmt: skip
        balance.add_item(store, title="=HYPERLINK(\"http://x\")", owner=None)
        done = balance.add_item(store, title="Ventilation", due=D(2024, 6, 1))
        balance.close_item(store, done.id, done.version, note="Klart")
        return store.list_items(ItemFilter(status=None, sort="id"))


def test_csv_is_utf8_bom_semicolon(rows: list[ItemRow], tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    assert export_csv(rows, path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert table[0] == [c[0] for c in COLUMNS]
    first = dict(zip(table[0], table[1], strict=True))
    assert first["Rubrik"] == "Åtgärdsplan; sjukfrånvaro"
    assert first["Senast"] == "2024-05-01"
    assert first["Status"] == "öppen"
    assert first["Text"] == 'Rad ett\nRad "två"'
    # A formula-looking title stays text in Excel.
    assert table[2][1].startswith("'=")
    assert dict(zip(table[0], table[3], strict=True))["Status"] == "klar"


def test_xlsx_header_widths_dates_filter(rows: list[ItemRow], tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    assert export_xlsx(rows, path) == 3
    ws = load_workbook(path).active
    assert [c.value for c in ws[1]] == [c[0] for c in COLUMNS]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:P4"
    due_col = [c[0] for c in COLUMNS].index("Senast") + 1
    cell = ws.cell(row=2, column=due_col)
    assert cell.is_date and cell.value.date() == D(2024, 5, 1)
    assert cell.number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["B"].width == 60
    # A formula-looking title stays text: the exact title, stored as a string with
    # Excel's quote prefix (no apostrophe added to the text as in CSV).
    title = ws.cell(row=3, column=2)
    assert (title.value, title.data_type, title.quotePrefix) == (
        '=HYPERLINK("http://x")', "s", True
    )


def test_ics_one_event_per_due_date_stable_uid(rows: list[ItemRow], tmp_path: Path) -> None:
    path = tmp_path / "lista.ics"
    assert export_ics(rows, path, uid_prefix="db1") == 2
    cal = Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Åtgärdsplan; sjukfrånvaro", "Ventilation"]
    first = events[0]
    assert first.decoded("dtstart") == D(2024, 5, 1)
    assert first.decoded("dtend") == D(2024, 5, 2)
    assert str(first["uid"]) == f"db1-punkt-{rows[0].id}@balanslistan"
    assert "Ansvarig: HR" in str(first["description"])
    assert "Forum: Förvaltningsgruppen" in str(first["description"])
    assert str(events[1]["status"]) == "CANCELLED"
    # Exported again: the same UIDs, so Outlook updates instead of duplicating.
    export_ics(rows, tmp_path / "igen.ics", uid_prefix="db1")
    again = Calendar.from_ical((tmp_path / "igen.ics").read_bytes())
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == [str(e["uid"]) for e in events]


def test_failed_export_keeps_previous_file(rows: list[ItemRow], tmp_path: Path) -> None:
    out = tmp_path / "export"
    out.mkdir()
    path = out / "lista.csv"
    path.write_text("förra exporten")

    def broken_rows():
        yield rows[0]
        raise OSError(28, "No space left on device")

    with pytest.raises(TrackerError, match="kan inte skrivas"):
        export_csv(broken_rows(), path)
    assert path.read_text() == "förra exporten"
    # No temporary file left behind.
    assert [p.name for p in out.iterdir()] == ["lista.csv"]


def test_unknown_format(rows: list[ItemRow], tmp_path: Path) -> None:
    with pytest.raises(TrackerError, match="Okänt exportformat"):
        export("pdf", rows, tmp_path / "x.pdf")
