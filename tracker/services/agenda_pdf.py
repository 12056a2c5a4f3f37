"""Agenda as PDF (and on any Qt paged device, e.g. the print preview's printer).

The agenda is written as rich text into a ``QTextDocument`` laid out on the page size of
the device; each page is painted with a footer "<forum> <datum> · Sida x av y".  The
same painting serves ``QPdfWriter`` (files, CLI) and ``QPrinter`` (preview, printing), so
the preview shows exactly what the PDF will hold.

Also home of :func:`ensure_qt_app`, used by every Qt-based writer in the services: Qt
needs a ``QGuiApplication`` for fonts, and a command-line run has none.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from tracker.errors import TrackerError
from tracker.services.agenda import (
    NO_CARRIED_ITEMS,
    NO_OPEN_ITEMS,
    OVERDUE_LABEL,
    Agenda,
    AgendaSection,
)

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
    _app = QGuiApplication(sys.argv[:1] or ["tracker"])
    return _app


def base_font(point_size: float = 10.0) -> QFont:
    """A sans-serif font present on Windows (Arial), Linux (Liberation/DejaVu) and macOS."""
    font = QFont()
    font.setFamilies(["Arial", "Liberation Sans", "DejaVu Sans", "Helvetica"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def open_pdf_writer(path: Path, *, landscape: bool, margins_mm: tuple[float, ...]) -> QPdfWriter:
    """An A4 ``QPdfWriter`` for ``path``; fails early with a Swedish message when unwritable."""
    ensure_qt_app()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise TrackerError(
            f"Filen {path} kan inte skrivas ({exc.strerror or exc}). Välj en annan plats "
            "eller stäng filen om den är öppen i ett annat program."
        ) from exc
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("Balanslistan")
    orient = QPageLayout.Orientation
    orientation = orient.Landscape if landscape else orient.Portrait
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(*margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


# --- Rich text -------------------------------------------------------------------------

_CSS = """
h1 { font-size: 17pt; font-weight: bold; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 2px; }
p.meta { color: #444444; margin-top: 0px; margin-bottom: 2px; }
p.sub { font-size: 12pt; margin-top: 0px; margin-bottom: 8px; }
p.note { margin-top: 2px; margin-bottom: 2px; }
td.label { font-weight: bold; padding-right: 10px; }
th { background-color: #e6e6e6; font-weight: bold; text-align: left; }
span.late { color: #b00000; font-weight: bold; }
"""


def _e(text: str | None) -> str:
    return html.escape(text or "")


def agenda_html(agenda: Agenda) -> str:
    """The agenda as Qt rich text (the subset of HTML that ``QTextDocument`` renders)."""
    out = [f"<html><head><style>{_CSS}</style></head><body>"]
    out.append(f"<h1>{_e(agenda.document_title)}</h1>")
    out.append(f"<p class='sub'><b>{_e(agenda.body)}</b>")
    if agenda.organisation:
        out.append(f"<br/>{_e(agenda.organisation)}")
    out.append("</p>")

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
        facts.append(
            ("Föranmälda frågor", _e(f"anmäls senast {agenda.questions_deadline.isoformat()}"))
        )
    out.append("<table cellspacing='0' cellpadding='2'>")
    for label, value in facts:
        out.append(f"<tr><td class='label' valign='top'>{label}</td><td>{value}</td></tr>")
    out.append("</table>")

    out.append("<h2>Dagordning</h2>" if agenda.numbering == "number" else "<h2>Ärenden</h2>")
    for index, section in enumerate(agenda.sections):
        out.append(f"<h3>{_e(agenda.number_label(index))}&nbsp;&nbsp;{_e(section.title)}</h3>")
        out.extend(_section_body(agenda, section))
    out.append("</body></html>")
    return "".join(out)


def _section_body(agenda: Agenda, section: AgendaSection) -> list[str]:
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
    if section.kind == "adjusters":
        if section.people:
            out.append("<p class='note'>Förslag (justerare vid föregående möte):<br/>")
            out.append("<br/>".join(_e(p) for p in section.people))
            out.append("</p>")
    elif section.kind == "questions" and agenda.questions_deadline:
        out.append(
            f"<p class='note'>Frågor anmäls senast "
            f"{agenda.questions_deadline.isoformat()}.</p>"
        )
    elif section.kind in ("balance", "carried"):
        if not section.entries:
            empty = NO_OPEN_ITEMS if section.kind == "balance" else NO_CARRIED_ITEMS
            out.append(f"<p class='note'><i>{empty}</i></p>")
        else:
            out.append(_entries_table(section))
    return out


def _entries_table(section: AgendaSection) -> str:
    rows = [
        "<table width='100%' border='1' cellspacing='0' cellpadding='4' "
        "style='border-collapse: collapse; border-color: #888888; font-size: 9pt;'>",
        "<thead><tr><th width='5%'>Nr</th><th width='35%'>Fråga</th>"
        "<th width='22%'>Ansvarig</th><th width='14%'>Senast</th>"
        "<th width='24%'>Anteckningar</th></tr></thead>",
    ]
    for entry in section.entries:
        due = _e(entry.due_label) or "–"
        if entry.overdue:
            due += f"<br/><span class='late'>{OVERDUE_LABEL}</span>"
        rows.append(
            f"<tr><td valign='top'>{entry.item_id}</td>"
            f"<td valign='top'>{_e(entry.title)}</td>"
            f"<td valign='top'>{_e(entry.owner) or '–'}</td>"
            f"<td valign='top' nowrap='nowrap'>{due}</td>"
            # An empty notes cell two lines high: room to write by hand.
            "<td>&nbsp;<br/>&nbsp;</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


# --- Painting --------------------------------------------------------------------------


def paint_agenda(agenda: Agenda, device: QPagedPaintDevice) -> int:
    """Paint the agenda on ``device`` (QPdfWriter or QPrinter); returns the page count."""
    ensure_qt_app()
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(base_font(10))
    doc.setHtml(agenda_html(agenda))

    painter = QPainter()
    if not painter.begin(device):
        raise TrackerError("Utskriften kunde inte startas (skrivaren eller filen svarar inte).")
    try:
        footer_font = base_font(8)
        fm = QFontMetricsF(footer_font, device)
        width = float(device.width())
        height = float(device.height())
        footer_h = fm.height() * 2.2
        body_h = height - footer_h
        # The document margin is applied at the top and bottom of every page by Qt's
        # layout: it keeps accents that reach above a line (the dots of "Ä") from
        # being painted at the foot of the previous page.  Horizontally it is taken
        # back, so the text starts at the page margin.
        margin = fm.height() * 0.5
        # Qt scales the document margin like a CSS length (from 96 dpi to the device).
        doc.setDocumentMargin(margin * 96.0 / device.logicalDpiY())
        doc.setPageSize(QSizeF(width + 2 * margin, body_h))
        pages = max(1, doc.pageCount())
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            clip = QRectF(0, page * body_h, width + 2 * margin, body_h)
            painter.translate(-margin, -page * body_h)
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = clip
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            _paint_footer(painter, footer_font, width, height, fm.height(),
                          agenda.footer_text, page + 1, pages)
    finally:
        painter.end()
    return pages


def _paint_footer(
    painter: QPainter,
    font: QFont,
    width: float,
    height: float,
    line_h: float,
    left: str,
    page: int,
    pages: int,
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    y = height - line_h * 1.3
    painter.drawLine(0, int(y - line_h * 0.3), int(width), int(y - line_h * 0.3))
    rect = QRectF(0, y, width, line_h * 1.3)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        f"Sida {page} av {pages}",
    )
    painter.restore()


def write_agenda_pdf(agenda: Agenda, path: Path) -> Path:
    writer = open_pdf_writer(path, landscape=False, margins_mm=AGENDA_MARGINS_MM)
    writer.setTitle(f"{agenda.document_title} – {agenda.footer_text}")
    paint_agenda(agenda, writer)
    del writer  # QPdfWriter finishes the file when it is destroyed
    return path
