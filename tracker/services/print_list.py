"""The printed balance list: the current view as a table on A4 landscape.

Pagination is done here rather than by Qt's rich-text layout, because the list must
never split a row across pages and must repeat the header row on each page: every row's
height is measured first (word-wrapped cells, with the device's font metrics), rows are
then packed onto pages, and each page is painted with ``QPainter``: title, filter
description and print date, the header row, the rows, and "Sida x av y".

The same painting serves ``QPdfWriter`` (:func:`print_list_pdf`, the CLI) and
``QPrinter`` (the GUI's print preview, :func:`paint_list`).  The printout's own words
(column headers, "Utskrivet", "Urval", "Sida x av y", status names) are Swedish unless
the caller passes :class:`ListTexts`: the GUI passes its translated ones, so that an
English user interface prints an English list around the Swedish data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from tracker.errors import TrackerError
from tracker.labels import STATUS_LABELS
from tracker.services.agenda import OVERDUE_LABEL
from tracker.services.agenda_pdf import base_font, ensure_qt_app, write_pdf
from tracker.store import ItemRow

#: Page margins in millimetres (left, top, right, bottom), landscape.
LIST_MARGINS_MM = (12.0, 12.0, 12.0, 10.0)

_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
# For a cell with a word wider than the column (a long forum name): break inside words.
_WRAP_ANY = int(
    Qt.TextFlag.TextWrapAnywhere | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
)


@dataclass(frozen=True, slots=True)
class ListTexts:
    """The printout's own words; ``{…}`` fields are filled in when painting."""

    #: One header per column of :data:`COLUMNS`, in order.
    headers: tuple[str, ...] = (
        "Nr", "Fråga", "Ansvarig", "Forum", "Senast", "Status", "Senaste anteckning",
    )  # fmt: skip
    printed: str = "Utskrivet {date}"
    selection: str = "Urval: {filters}"
    page: str = "Sida {page} av {pages}"
    empty: str = "Inga punkter motsvarar urvalet."
    overdue: str = OVERDUE_LABEL
    statuses: Mapping[str, str] = field(default_factory=lambda: dict(STATUS_LABELS))


@dataclass(frozen=True, slots=True)
class Column:
    weight: float  # share of the table width
    value: Callable[[ItemRow, dt.date, ListTexts], str]


def whole_title(row: ItemRow) -> str:
    """The title as printed: a title the extractor cut short ("… åtgärdsplanen för…")
    is printed whole, as its first sentence in the item's text (paper has room for it;
    the window's list shows the short one)."""
    title = row.title
    if not title.endswith("…"):
        return title
    head = " ".join(title[:-1].split())
    text = " ".join((row.text or "").split())
    if not head or not text.startswith(head):
        return title
    end = re.search(r"[.!?](?=\s+[A-ZÅÄÖ]|\s*$)", text[len(head) :])
    return text[: len(head) + end.start()] if end else text


def _due(row: ItemRow, today: dt.date, texts: ListTexts) -> str:
    text = row.due.isoformat() if row.due else (row.due_text or "–")
    return f"{text}\n{texts.overdue}" if row.is_overdue(today) else text


#: The table's columns, left to right (their headers are ``ListTexts.headers``).
COLUMNS: tuple[Column, ...] = (
    Column(4.5, lambda r, _d, _t: str(r.id)),
    Column(31, lambda r, _d, _t: whole_title(r)),
    Column(13, lambda r, _d, _t: r.owner or "–"),
    Column(14, lambda r, _d, _t: r.body or "–"),
    Column(9, _due),
    Column(6.5, lambda r, _d, t: t.statuses.get(r.status, r.status)),
    Column(22, lambda r, _d, _t: r.last_note or ""),
)
_DUE_COLUMN = 4


@dataclass(slots=True)
class _Row:
    cells: list[str]
    flags: list[int]
    height: float
    overdue: bool


@dataclass(slots=True)
class _Metrics:
    """Fonts and sizes of one device; all lengths in device pixels."""

    width: float
    height: float
    pad: float
    col_x: list[float]
    col_w: list[float]
    title_font: QFont
    small_font: QFont
    cell_font: QFont
    head_font: QFont
    late_font: QFont
    head_h: float  # title block above the table
    header_row_h: float
    footer_h: float

    @property
    def rows_top(self) -> float:
        return self.head_h + self.header_row_h

    @property
    def rows_bottom(self) -> float:
        return self.height - self.footer_h


def _metrics(device: QPagedPaintDevice, texts: ListTexts) -> _Metrics:
    width, height = float(device.width()), float(device.height())
    title_font = base_font(13)
    title_font.setBold(True)
    small_font = base_font(8)
    cell_font = base_font(9)
    head_font = base_font(9)
    head_font.setBold(True)
    late_font = base_font(9)
    late_font.setBold(True)
    line = QFontMetricsF(cell_font, device).height()
    pad = line * 0.3
    total = sum(c.weight for c in COLUMNS)
    col_w = [width * c.weight / total for c in COLUMNS]
    col_x = [sum(col_w[:i]) for i in range(len(col_w))]
    title_h = QFontMetricsF(title_font, device).height()
    small_h = QFontMetricsF(small_font, device).height()
    head_h = title_h + small_h * 2 + pad * 2
    header_row_h = 2 * pad + max(
        _text_height(header, head_font, w - 2 * pad, device)
        for header, w in zip(texts.headers, col_w, strict=True)
    )
    return _Metrics(
        width=width,
        height=height,
        pad=pad,
        col_x=col_x,
        col_w=col_w,
        title_font=title_font,
        small_font=small_font,
        cell_font=cell_font,
        head_font=head_font,
        late_font=late_font,
        head_h=head_h,
        header_row_h=header_row_h,
        footer_h=small_h * 2,
    )


def _wrap_flags(text: str, font: QFont, width: float, device: QPagedPaintDevice) -> int:
    fm = QFontMetricsF(font, device)
    too_wide = any(fm.horizontalAdvance(word) > width for word in text.split())
    return _WRAP_ANY if too_wide else _WRAP


def _text_height(
    text: str, font: QFont, width: float, device: QPagedPaintDevice, flags: int = _WRAP
) -> float:
    fm = QFontMetricsF(font, device)
    return fm.boundingRect(QRectF(0, 0, width, 1e9), flags, text or " ").height()


def _fit(
    text: str, font: QFont, width: float, max_h: float, device: QPagedPaintDevice, flags: int
) -> str:
    """Shorten ``text`` (whole words, then "…") until it fits ``max_h``: a single row
    taller than a page is cut rather than split, the full text stays in the program."""
    if _text_height(text, font, width, device, flags) <= max_h:
        return text
    words = text.split()
    lo, hi = 0, len(words)
    while lo < hi:  # the longest prefix of words that still fits
        mid = (lo + hi + 1) // 2
        if _text_height(" ".join(words[:mid]) + " …", font, width, device, flags) <= max_h:
            lo = mid
        else:
            hi = mid - 1
    return " ".join(words[:lo]) + " …"


def _layout(
    rows: Sequence[ItemRow],
    m: _Metrics,
    device: QPagedPaintDevice,
    today: dt.date,
    texts: ListTexts,
) -> list[list[_Row]]:
    """Measure every row and pack whole rows onto pages."""
    avail = m.rows_bottom - m.rows_top
    measured: list[_Row] = []
    for row in rows:
        overdue = row.is_overdue(today)
        cells = [c.value(row, today, texts) for c in COLUMNS]
        heights = []
        flags = []
        for i, text in enumerate(cells):
            font = m.late_font if (overdue and i == _DUE_COLUMN) else m.cell_font
            inner_w = m.col_w[i] - 2 * m.pad
            flag = _wrap_flags(text, font, inner_w, device)
            text = _fit(text, font, inner_w, avail - 2 * m.pad, device, flag)
            cells[i] = text
            flags.append(flag)
            heights.append(_text_height(text, font, inner_w, device, flag))
        measured.append(
            _Row(cells=cells, flags=flags, height=max(heights) + 2 * m.pad, overdue=overdue)
        )

    pages: list[list[_Row]] = [[]]
    used = 0.0
    for r in measured:
        if pages[-1] and used + r.height > avail:
            pages.append([])
            used = 0.0
        pages[-1].append(r)
        used += r.height
    return pages


def paint_list(
    device: QPagedPaintDevice,
    rows: Sequence[ItemRow],
    *,
    title: str,
    filters_text: str = "",
    today: dt.date | None = None,
    texts: ListTexts | None = None,
) -> int:
    """Paint the list on ``device`` (QPdfWriter or QPrinter); returns the page count.

    ``filters_text`` says which part of the list this is ("Öppna punkter · Forum: APT");
    it is printed under the title on every page."""
    ensure_qt_app()
    today = today or dt.date.today()
    texts = texts or ListTexts()
    if len(texts.headers) != len(COLUMNS):
        raise ValueError(f"ListTexts.headers needs {len(COLUMNS)} headers")
    m = _metrics(device, texts)
    pages = _layout(rows, m, device, today, texts)
    painter = QPainter()
    if not painter.begin(device):
        raise TrackerError("Utskriften kunde inte startas (skrivaren eller filen svarar inte).")
    try:
        for n, page_rows in enumerate(pages, 1):
            if n > 1:
                device.newPage()
            _paint_page(painter, m, page_rows, n, len(pages), title, filters_text, today,
                        texts, empty=not rows)  # fmt: skip
    finally:
        painter.end()
    return len(pages)


def _paint_page(
    p: QPainter,
    m: _Metrics,
    rows: list[_Row],
    page: int,
    pages: int,
    title: str,
    filters_text: str,
    today: dt.date,
    texts: ListTexts,
    *,
    empty: bool,
) -> None:
    grid = QPen(QColor("#888888"))
    grid.setWidthF(max(1.0, m.pad * 0.08))
    black = QPen(Qt.GlobalColor.black)
    left_mid = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    right_mid = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # Title block: title, printed date, filter description.
    p.setPen(black)
    p.setFont(m.title_font)
    title_h = QFontMetricsF(m.title_font, p.device()).height()
    p.drawText(QRectF(0, 0, m.width, title_h), left_mid, title)
    p.setFont(m.small_font)
    p.drawText(QRectF(0, 0, m.width, title_h), right_mid,
               texts.printed.format(date=today.isoformat()))  # fmt: skip
    small_h = QFontMetricsF(m.small_font, p.device()).height()
    if filters_text:
        p.drawText(QRectF(0, title_h, m.width, small_h), left_mid,
                   texts.selection.format(filters=filters_text))  # fmt: skip

    # Header row (repeated on every page).
    top = m.head_h
    p.fillRect(QRectF(0, top, m.width, m.header_row_h), QColor("#e6e6e6"))
    p.setFont(m.head_font)
    for i, header in enumerate(texts.headers):
        p.drawText(_cell(m, i, top, m.header_row_h), _WRAP, header)
    y = top + m.header_row_h
    p.setPen(grid)
    p.drawLine(0, int(top), int(m.width), int(top))
    p.drawLine(0, int(y), int(m.width), int(y))

    for index, row in enumerate(rows):
        if index % 2:
            p.fillRect(QRectF(0, y, m.width, row.height), QColor("#f5f5f5"))
        p.setPen(black)
        for i, text in enumerate(row.cells):
            late = row.overdue and i == _DUE_COLUMN
            p.setFont(m.late_font if late else m.cell_font)
            if late:
                p.setPen(QColor("#b00000"))
            p.drawText(_cell(m, i, y, row.height), row.flags[i], text)
            if late:
                p.setPen(black)
        y += row.height
        p.setPen(grid)
        p.drawLine(0, int(y), int(m.width), int(y))
    if empty:
        p.setPen(black)
        p.setFont(m.cell_font)
        p.drawText(QRectF(m.pad, y + m.pad, m.width, m.header_row_h), left_mid,
                   texts.empty)  # fmt: skip
    # Vertical grid lines from the header row to the last row of the page.
    p.setPen(grid)
    for x in [*m.col_x, m.width]:
        p.drawLine(int(x), int(top), int(x), int(y))

    # Footer: title left, page x of y right.
    p.setPen(QColor("#555555"))
    p.setFont(m.small_font)
    foot = QRectF(0, m.height - small_h * 1.2, m.width, small_h * 1.2)
    p.drawText(foot, left_mid, title)
    p.drawText(foot, right_mid, texts.page.format(page=page, pages=pages))


def _cell(m: _Metrics, col: int, y: float, h: float) -> QRectF:
    return QRectF(m.col_x[col] + m.pad, y + m.pad, m.col_w[col] - 2 * m.pad, h - 2 * m.pad)


def print_list_pdf(
    rows: Sequence[ItemRow],
    path: str | Path,
    *,
    title: str,
    filters_text: str = "",
    today: dt.date | None = None,
    texts: ListTexts | None = None,
) -> Path:
    """Write the rows as the printed balance list (A4 landscape PDF) to ``path``."""
    return write_pdf(
        Path(path),
        lambda writer: paint_list(writer, rows, title=title, filters_text=filters_text,
                                  today=today, texts=texts),
        title=title,
        landscape=True,
        margins_mm=LIST_MARGINS_MM,
    )  # fmt: skip
