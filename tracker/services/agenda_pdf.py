"""Agenda as PDF (and on any Qt paged device, e.g. the print preview's printer).

The agenda is laid out as a flow of blocks (rich-text headings and facts, open-item table
rows painted here) packed onto A4 pages so that no table row is split; each page gets a
footer "<forum> <datum> … Sida x av y".  The same painting serves ``QPdfWriter``
(files, CLI) and ``QPrinter`` (preview, printing), so the preview shows exactly what the
PDF will hold.

Also home of :func:`ensure_qt_app`, used by every Qt-based writer in the services: Qt
needs a ``QGuiApplication`` for fonts, and a command-line run has none.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from tracker.errors import TrackerError
from tracker.services.agenda_types import (
    NO_CARRIED_ITEMS,
    NO_OPEN_ITEMS,
    OVERDUE_LABEL,
    Agenda,
    AgendaSection,
)
from tracker.services.outfile import write_atomically

#: Device resolution of written PDFs: fine enough for exact text placement, small files.
PDF_DPI = 300
#: Page margins in millimetres (left, top, right, bottom).
AGENDA_MARGINS_MM = (20.0, 18.0, 20.0, 14.0)

_app: QGuiApplication | None = None


def ensure_qt_app() -> QGuiApplication:
    """Return the running Qt application, creating an offscreen one when none exists."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise TrackerError(
                "Utskriften kräver Qt:s grafikdel, men programmet kör utan den. "
                "Starta om programmet."
            )
        return existing
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        # No screen (server, CI, ssh): Qt can still lay out and paint text offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    argv = sys.argv[:1] or ["tracker"]
    if "PySide6.QtWidgets" in sys.modules:
        # The process also shows widgets (the GUI, or a test run with GUI tests): only a
        # QApplication can carry them, and Qt allows one application object per process.
        from PySide6.QtWidgets import QApplication

        _app = QApplication(argv)
    else:
        _app = QGuiApplication(argv)
    return _app


def base_font(point_size: float = 10.0) -> QFont:
    """A sans-serif font present on Windows (Arial), Linux (Liberation/DejaVu) and macOS."""
    font = QFont()
    font.setFamilies(["Arial", "Liberation Sans", "DejaVu Sans", "Helvetica"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def _cannot_write(path: Path, exc: OSError) -> TrackerError:
    return TrackerError(
        f"Filen {path} kan inte skrivas ({exc.strerror or exc}). Välj en annan plats "
        "eller stäng filen om den är öppen i ett annat program."
    )


def write_pdf(
    path: Path,
    paint: Callable[[QPdfWriter], object],
    *,
    title: str,
    landscape: bool,
    margins_mm: tuple[float, ...],
) -> Path:
    """Paint an A4 PDF with ``paint(writer)`` and put it at ``path``.

    The PDF is written to a temporary file beside ``path`` and moved over it only when
    complete, so a failure never leaves a half-written file or destroys an earlier one.
    """
    ensure_qt_app()

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setCreator("Balanslistan")
        writer.setTitle(title)
        orient = QPageLayout.Orientation
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orient.Landscape if landscape else orient.Portrait,
                QMarginsF(*margins_mm),
                QPageLayout.Unit.Millimeter,
            )
        )
        paint(writer)
        del writer  # the painter has ended; dropping the writer closes the file
        if tmp.stat().st_size == 0:
            raise TrackerError(f"PDF-filen {path} blev tom: utskriften misslyckades.")

    # Through a link to its target, never over a device, with the user's umask
    # (tracker.services.outfile): colleagues can open the printed agenda.
    write_atomically(path, write, suffix=".pdf", error=_cannot_write)
    return path


# --- Content: a flow of blocks ----------------------------------------------------------
#
# The agenda is laid out as a list of flowables instead of one long rich-text document:
# Qt's rich-text pagination splits table rows across pages, and an open item cut in half
# (with its notes space) is what secretaries complain about.  Text blocks (headings,
# header facts, notes) are small QTextDocuments; the open items are table rows painted
# here, never split, with the header row repeated when a table continues on a new page.

_CSS = """
h1 { font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 12px; margin-bottom: 2px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 9px; margin-bottom: 1px; }
p { margin-top: 0px; margin-bottom: 0px; }
p.meta { color: #444444; }
p.sub { font-size: 12pt; margin-bottom: 6px; }
p.note { margin-top: 1px; margin-bottom: 1px; }
td.label { font-weight: bold; }
"""

#: Columns of the open-items table: header and share of the text width.
ENTRY_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Nr", 0.05),
    ("Fråga", 0.35),
    ("Ansvarig", 0.21),
    ("Senast", 0.15),
    ("Anteckningar", 0.24),
)
_LATE_COLOUR = "#b00000"


@dataclass(slots=True)
class TextBlock:
    """Rich text (Qt's HTML subset); ``keep_with_next`` keeps a heading with what follows."""

    html: str
    keep_with_next: bool = False
    #: Space above the block in points (dropped at the top of a page).
    space_before: float = 0.0


@dataclass(slots=True)
class TableRow:
    """One row of an open-items table (``header`` for the column titles)."""

    cells: list[str]
    header: bool = False
    late: bool = False


Flow = TextBlock | TableRow


def _e(text: str | None) -> str:
    return html.escape(text or "")


def agenda_flow(agenda: Agenda) -> list[Flow]:
    """The agenda as flowables, in reading order."""
    flow: list[Flow] = [
        TextBlock(
            f"<h1>{_e(agenda.document_title)}</h1><p class='sub'><b>{_e(agenda.body)}</b>"
            + (f"<br/>{_e(agenda.organisation)}" if agenda.organisation else "")
            + "</p>"
        )
    ]
    for label, value in _facts(agenda):
        # One block per fact, all with the same column split, so a long list of who is
        # called can continue on the next page between two facts.
        flow.append(TextBlock(
            "<table width='100%' cellspacing='0' cellpadding='1'><tr>"
            f"<td class='label' width='27%' valign='top'>{label}</td>"
            f"<td width='73%'>{value}</td></tr></table>"
        ))  # fmt: skip
    title = "Dagordning" if agenda.numbering == "number" else "Ärenden"
    flow.append(TextBlock(f"<h2>{title}</h2>", keep_with_next=True, space_before=14))
    for index, section in enumerate(agenda.sections):
        body, rows = _section(agenda, section)
        heading = f"<h3>{_e(agenda.number_label(index))}&nbsp;&nbsp;{_e(section.title)}</h3>"
        flow.append(TextBlock(heading + body, keep_with_next=bool(rows), space_before=7))
        flow.extend(rows)
    return flow


def _facts(agenda: Agenda) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = [("Datum", _e(agenda.date_label))]
    if agenda.time:
        facts.append(("Tid", _e(f"kl. {agenda.time}")))
    if agenda.place:
        facts.append(("Plats", _e(agenda.place)))
    if agenda.video_link:
        facts.append(("Videolänk", _e(agenda.video_link)))
    if agenda.called:
        facts.append(("Kallade", "<br/>".join(_e(g.text()) for g in agenda.called)))
    if agenda.notify_absence:
        facts.append(("Förhinder anmäls till", _e(agenda.notify_absence)))
    if agenda.questions_deadline:
        deadline = agenda.questions_deadline.isoformat()
        facts.append(("Föranmälda frågor", f"anmäls senast {deadline}"))
    return facts


def _section(agenda: Agenda, section: AgendaSection) -> tuple[str, list[TableRow]]:
    out: list[str] = []
    meta = []
    if section.dnr:
        meta.append(f"Dnr {_e(section.dnr)}")
    if section.presenter:
        meta.append(f"Föredragande: {_e(section.presenter)}")
    if section.type:
        meta.append(_e(section.type.capitalize()))
    if meta:
        out.append(f"<p class='meta'>{' · '.join(meta)}</p>")
    if section.note:
        out.append(f"<p class='note'>{_e(section.note)}</p>")
    rows: list[TableRow] = []
    if section.kind == "adjusters" and section.people:
        people = "<br/>".join(_e(p) for p in section.people)
        out.append(f"<p class='note'>Förslag (justerare vid föregående möte):<br/>{people}</p>")
    elif section.kind == "questions" and agenda.questions_deadline:
        deadline = agenda.questions_deadline.isoformat()
        out.append(f"<p class='note'>Frågor anmäls senast {deadline}.</p>")
    elif section.kind in ("balance", "carried"):
        if not section.entries:
            empty = NO_OPEN_ITEMS if section.kind == "balance" else NO_CARRIED_ITEMS
            out.append(f"<p class='note'><i>{empty}</i></p>")
        else:
            rows.append(TableRow([h for h, _w in ENTRY_COLUMNS], header=True))
            for entry in section.entries:
                due = entry.due_label or "–"
                if entry.overdue:
                    due += f"\n{OVERDUE_LABEL}"
                rows.append(TableRow(
                    [str(entry.item_id), entry.title, entry.owner or "–", due, ""],
                    late=entry.overdue,
                ))  # fmt: skip
    # A little air below the text, above a following table.
    return "".join(out) + ("<p style='font-size: 4pt;'>&nbsp;</p>" if rows else ""), rows


# --- Layout and painting ---------------------------------------------------------------


_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_WRAP_ANY = int(
    Qt.TextFlag.TextWrapAnywhere | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
)


class _Painter:
    """Measures and paints flowables on one device (all lengths in device pixels)."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.width = float(device.width())
        self.text_font = base_font(10)
        self.cell_font = base_font(9)
        self.bold_font = base_font(9)
        self.bold_font.setBold(True)
        self.footer_font = base_font(8)
        self.fm_cell = QFontMetricsF(self.cell_font, device)
        self.fm_bold = QFontMetricsF(self.bold_font, device)
        self.fm_footer = QFontMetricsF(self.footer_font, device)
        self.pad = self.fm_cell.height() * 0.3
        self.footer_h = self.fm_footer.height() * 2.2
        self.body_h = float(device.height()) - self.footer_h
        self.col_w = [self.width * share for _h, share in ENTRY_COLUMNS]
        self.col_x = [sum(self.col_w[:i]) for i in range(len(self.col_w))]
        # Room to write by hand: every item row is at least two lines high.
        self.min_row_h = self.fm_cell.height() * 2 + 2 * self.pad

    def document(self, block: TextBlock) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.text_font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(_CSS)
        doc.setHtml(block.html)
        doc.setTextWidth(self.width)
        return doc

    def cell_flags(self, text: str, fm: QFontMetricsF, width: float) -> int:
        too_wide = any(fm.horizontalAdvance(word) > width for word in text.split())
        return _WRAP_ANY if too_wide else _WRAP

    def row_height(self, row: TableRow) -> float:
        fm = self.fm_bold if row.header else self.fm_cell
        tallest = 0.0
        for i, text in enumerate(row.cells):
            fm_i = self.fm_bold if (row.late and i == 3) else fm
            inner = self.col_w[i] - 2 * self.pad
            rect = fm_i.boundingRect(
                QRectF(0, 0, inner, 1e9), self.cell_flags(text, fm_i, inner), text or " "
            )
            tallest = max(tallest, rect.height())
        height = tallest + 2 * self.pad
        return height if row.header else max(height, self.min_row_h)

    def paint_row(self, p: QPainter, row: TableRow, y: float, h: float) -> None:
        if row.header:
            p.fillRect(QRectF(0, y, self.width, h), QColor("#e6e6e6"))
        for i, text in enumerate(row.cells):
            late = row.late and i == 3
            font = self.bold_font if (row.header or late) else self.cell_font
            fm = self.fm_bold if (row.header or late) else self.fm_cell
            p.setFont(font)
            p.setPen(QColor(_LATE_COLOUR) if late else QColor(Qt.GlobalColor.black))
            inner = self.col_w[i] - 2 * self.pad
            rect = QRectF(self.col_x[i] + self.pad, y + self.pad, inner, h - 2 * self.pad)
            p.drawText(rect, self.cell_flags(text, fm, inner), text)
        pen = QPen(QColor("#888888"))
        pen.setWidthF(max(1.0, self.pad * 0.08))
        p.setPen(pen)
        p.drawRect(QRectF(0, y, self.width, h))
        for x in self.col_x[1:]:
            p.drawLine(QLineF(x, y, x, y + h))

    def footer(self, p: QPainter, left: str, page: int, pages: int) -> None:
        line_h = self.fm_footer.height()
        height = float(self.device.height())
        p.setFont(self.footer_font)
        p.setPen(QColor("#555555"))
        y = height - line_h * 1.3
        p.drawLine(QLineF(0, y - line_h * 0.3, self.width, y - line_h * 0.3))
        rect = QRectF(0, y, self.width, line_h * 1.3)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
        p.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"Sida {page} av {pages}",
        )


@dataclass(slots=True)
class _Placed:
    item: Flow
    y: float
    height: float
    doc: QTextDocument | None = None
    #: For a text block taller than a page: the part of it shown on this page.
    offset: float = 0.0


def _layout(flow: list[Flow], pt: _Painter) -> list[list[_Placed]]:
    """Pack flowables onto pages: rows whole, headings with the next row, header rows
    repeated on a new page in the middle of a table."""
    measured: list[tuple[Flow, float, QTextDocument | None]] = []
    for item in flow:
        if isinstance(item, TextBlock):
            doc = pt.document(item)
            measured.append((item, doc.size().height(), doc))
        else:
            measured.append((item, pt.row_height(item), None))

    points = pt.device.logicalDpiY() / 72.0
    pages: list[list[_Placed]] = [[]]
    y = 0.0
    table_header: tuple[TableRow, float] | None = None
    for index, (item, height, doc) in enumerate(measured):
        if isinstance(item, TableRow) and item.header:
            table_header = (item, height)
        elif isinstance(item, TextBlock):
            table_header = None
        gap = item.space_before * points if isinstance(item, TextBlock) and y > 0 else 0.0
        need = gap + height
        if isinstance(item, TextBlock) and item.keep_with_next:
            # The heading plus the table header and first row must fit together.
            for nxt, nxt_h, _d in measured[index + 1 : index + 3]:
                if not isinstance(nxt, TableRow):
                    break
                need += nxt_h
                if not nxt.header:
                    break
        elif isinstance(item, TableRow) and item.header and index + 1 < len(measured):
            need += measured[index + 1][1]
        if y > 0 and y + need > pt.body_h:
            pages.append([])
            y = gap = 0.0
            if isinstance(item, TableRow) and not item.header and table_header is not None:
                header, header_h = table_header
                pages[-1].append(_Placed(header, 0.0, header_h))
                y = header_h
        if isinstance(item, TextBlock) and height > pt.body_h and doc is not None:
            # Longer than a page (a very long note): show it page by page.
            offset = 0.0
            while offset < height:
                if offset:
                    pages.append([])
                part = min(pt.body_h, height - offset)
                pages[-1].append(_Placed(item, 0.0, part, doc, offset))
                offset += part
            y = part
            continue
        y += gap
        pages[-1].append(_Placed(item, y, height, doc))
        y += height
    return pages


def paint_agenda(agenda: Agenda, device: QPagedPaintDevice) -> int:
    """Paint the agenda on ``device`` (QPdfWriter or QPrinter); returns the page count."""
    ensure_qt_app()
    pt = _Painter(device)
    pages = _layout(agenda_flow(agenda), pt)
    painter = QPainter()
    if not painter.begin(device):
        raise TrackerError("Utskriften kunde inte startas (skrivaren eller filen svarar inte).")
    try:
        for number, placed in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            for part in placed:
                if part.doc is not None:
                    painter.save()
                    painter.translate(0, part.y - part.offset)
                    clip = QRectF(0, part.offset, pt.width, part.height)
                    part.doc.drawContents(painter, clip)
                    painter.restore()
                else:
                    assert isinstance(part.item, TableRow)
                    pt.paint_row(painter, part.item, part.y, part.height)
            pt.footer(painter, agenda.footer_text, number, len(pages))
    finally:
        painter.end()
    return len(pages)


def write_agenda_pdf(agenda: Agenda, path: Path) -> Path:
    return write_pdf(
        path,
        lambda writer: paint_agenda(agenda, writer),
        title=f"{agenda.document_title} – {agenda.footer_text}",
        landscape=False,
        margins_mm=AGENDA_MARGINS_MM,
    )
