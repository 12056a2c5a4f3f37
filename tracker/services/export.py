"""Exports of the balance list: CSV for Swedish Excel, XLSX, and ICS for Outlook.

- CSV: UTF-8 with BOM and semicolons – what Excel with Swedish settings opens directly
  (it treats the comma as the decimal sign).
- XLSX: a bold, frozen header row, column widths, dates as real dates, an autofilter.
- ICS: one all-day event per item with a due date; the UID is stable per item and
  database, so importing an updated export into Outlook moves the event instead of
  adding a second one.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from tracker.domain import due_in_range
from tracker.errors import TrackerError
from tracker.labels import KIND_LABELS, STATUS_LABELS
from tracker.services.outfile import formula_safe, looks_like_formula, write_atomically
from tracker.store import ItemRow

#: (header, value getter, XLSX column width)
COLUMNS: list[tuple[str, Callable[[ItemRow], Any], int]] = [
    ("Nr", lambda r: r.id, 7),
    ("Rubrik", lambda r: r.title, 60),
    ("Status", lambda r: STATUS_LABELS.get(r.status, r.status), 10),
    ("Ansvarig", lambda r: r.owner or "", 24),
    ("Väckt av", lambda r: r.raised_by or "", 18),
    ("Senast", lambda r: r.due, 12),
    ("Tidsangivelse", lambda r: r.due_text or "", 22),
    ("Forum", lambda r: r.body or "", 22),
    ("Typ", lambda r: KIND_LABELS.get(r.kind, r.kind), 18),
    ("Källa", lambda r: r.document_file or "", 28),
    ("Sida", lambda r: r.page, 6),
    ("Rad", lambda r: r.line, 6),
    ("Avsnitt", lambda r: r.section or "", 24),
    ("Text", lambda r: r.text or "", 60),
    ("Senaste anteckning", lambda r: r.last_note or "", 40),
    ("Ändrad", lambda r: (r.updated_at or "")[:10], 12),
]


def _xlsx_value(value: Any) -> Any:
    # A date Excel cannot hold (before 1900) or that no one means (after 2200) is
    # written as text rather than failing the export or showing "#####".
    if isinstance(value, dt.date) and not due_in_range(value):
        return value.isoformat()
    return value


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def csv_row(r: ItemRow) -> list[str]:
    """One item as CSV cells, formula-looking text guarded.  Every CSV writer (the
    export and ``tracker list --csv``) goes through here: a title such as
    "=HYPERLINK(…)" from imported minutes must stay text wherever it is opened."""
    return [formula_safe(_cell_text(get(r))) for _h, get, _w in COLUMNS]


def export_csv(rows: Iterable[ItemRow], path: str | Path) -> int:
    """Write the items as CSV (UTF-8 with BOM, semicolons); returns the row count."""
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            w.writerow([c[0] for c in COLUMNS])
            for r in rows:
                w.writerow(csv_row(r))
                count += 1

    write_atomically(path, write)
    return count


def export_xlsx(rows: Iterable[ItemRow], path: str | Path, *, title: str = "Balanslista") -> int:
    """Write the items as an Excel workbook; returns the row count."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        wb = Workbook()
        ws = wb.active
        ws.title = title[:31]
        ws.append([c[0] for c in COLUMNS])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        date_cols = [i for i, c in enumerate(COLUMNS, 1) if c[0] == "Senast"]
        for r in rows:
            values = [_xlsx_value(get(r)) for _h, get, _w in COLUMNS]
            ws.append(values)
            count += 1
            for cell, v in zip(ws[ws.max_row], values, strict=True):
                # Formula-looking text stays text: stored as a string (openpyxl would
                # store "=…" as a formula) and marked with Excel's quote prefix, so
                # editing the cell in Excel does not turn it into a formula either.
                # Unlike CSV, no apostrophe is added to the text itself.
                if isinstance(v, str) and looks_like_formula(v):
                    cell.value = v
                    cell.data_type = "s"
                    cell.quotePrefix = True
        for i, (_h, _g, width) in enumerate(COLUMNS, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        for col in date_cols:
            for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.number_format = "yyyy-mm-dd"
        wrap = Alignment(wrap_text=True, vertical="top")
        for col in (2, 14):
            for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.alignment = wrap
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
        wb.save(tmp)

    write_atomically(path, write)
    return count


def export_ics(
    rows: Iterable[ItemRow],
    path: str | Path,
    *,
    uid_prefix: str = "balanslistan",
    calendar_name: str = "Balanslistan",
) -> int:
    """One all-day event per item with a due date; returns the event count.

    ``uid_prefix`` should identify the database (``store.database_id``) so two
    databases' item 12 do not collide in one calendar.
    """
    from icalendar import Calendar, Event

    count = 0
    stamp = dt.datetime.now(dt.UTC)

    def write(tmp: Path) -> None:
        nonlocal count
        cal = Calendar()
        cal.add("prodid", "-//Balanslistan//tracker//SV")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", calendar_name)
        for r in rows:
            if r.due is None or not due_in_range(r.due):
                # No event for a date outside 1900–2200 (entered before dates were
                # checked): "9999-12-31" has no day after it to end the event on.
                continue
            ev = Event()
            ev.add("uid", f"{uid_prefix}-punkt-{r.id}@balanslistan")
            ev.add("dtstamp", stamp)
            ev.add("dtstart", r.due)
            ev.add("dtend", r.due + dt.timedelta(days=1))
            ev.add("summary", r.title)
            ev.add("description", _ics_description(r))
            ev.add("transp", "TRANSPARENT")
            if r.status != "open":
                ev.add("status", "CANCELLED")
            if r.body:
                ev.add("categories", [r.body])
            cal.add_component(ev)
            count += 1
        tmp.write_bytes(cal.to_ical())

    write_atomically(path, write)
    return count


def _ics_description(r: ItemRow) -> str:
    lines = [f"Punkt {r.id} i balanslistan ({STATUS_LABELS.get(r.status, r.status)})"]
    if r.owner:
        lines.append(f"Ansvarig: {r.owner}")
    if r.body:
        lines.append(f"Forum: {r.body}")
    if r.due_text:
        lines.append(f"Tidsangivelse: {r.due_text}")
    if r.source_text():
        lines.append(f"Källa: {r.source_text()}")
    if r.text and r.text != r.title:
        lines.append("")
        lines.append(r.text)
    return "\n".join(lines)


EXPORT_FORMATS: dict[str, Callable[..., int]] = {
    "csv": export_csv,
    "xlsx": export_xlsx,
    "ics": export_ics,
}


def export(fmt: str, rows: Sequence[ItemRow], path: str | Path, **kwargs: Any) -> int:
    """Dispatch by format name ("csv", "xlsx", "ics")."""
    try:
        fn = EXPORT_FORMATS[fmt]
    except KeyError:
        raise TrackerError(
            f"Okänt exportformat: {fmt}. Välj något av: {', '.join(EXPORT_FORMATS)}."
        ) from None
    return fn(rows, path, **kwargs)
