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
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.store import STATUS_LABELS, ItemRow
from tracker.store.models import KIND_LABELS

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


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path`` and rename it into place, so a failed
    export never leaves half a file where the previous export was."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise TrackerError(f"Filen {path} kan inte skrivas: {exc.strerror or exc}.") from None
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except PermissionError:
        tmp.unlink(missing_ok=True)
        raise TrackerError(
            f"Filen {path} kan inte skrivas: den är öppen i ett annat program (t.ex. Excel) "
            "eller så saknas skrivrätt. Stäng filen och försök igen."
        ) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise TrackerError(f"Filen {path} kan inte skrivas: {exc.strerror or exc}.") from None


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _csv_safe(text: str) -> str:
    # A cell starting with = + - @ is run as a formula by Excel: a title like
    # "=HYPERLINK(…)" in imported minutes must stay text.
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def export_csv(rows: Iterable[ItemRow], path: str | Path) -> int:
    """Write the items as CSV (UTF-8 with BOM, semicolons); returns the row count."""
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            w.writerow([c[0] for c in COLUMNS])
            for r in rows:
                w.writerow([_csv_safe(_cell_text(get(r))) for _h, get, _w in COLUMNS])
                count += 1

    _write_atomically(Path(path), write)
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
            values = []
            for _h, get, _w in COLUMNS:
                v = get(r)
                # Strings that look like formulas must stay text in Excel too.
                if isinstance(v, str) and v[:1] == "=":
                    v = "'" + v
                values.append(v)
            ws.append(values)
            count += 1
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

    _write_atomically(Path(path), write)
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
            if r.due is None:
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

    _write_atomically(Path(path), write)
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
