"""Agenda as a Word document (python-docx), for secretaries who finish it in Word.

Same content as the PDF: title, header facts, numbered items as headings ("1. …" or
"§ 1 …"), and under Balanslista / Kvarvarande frågor a real table (Nr, Fråga, Ansvarig,
Senast, Anteckningar) whose header row repeats on every page.  A4 portrait, footer with
forum, date and "Sida x av y" as Word fields so they stay right after editing.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from tracker.errors import TrackerError
from tracker.services.agenda_types import (
    NO_CARRIED_ITEMS,
    NO_OPEN_ITEMS,
    OVERDUE_LABEL,
    Agenda,
    AgendaSection,
)
from tracker.services.outfile import write_atomically

_LATE_COLOUR = RGBColor(0xB0, 0x00, 0x00)
#: Column widths of the open-items table (cm), 17 cm text width on A4 with 2 cm margins.
_COLUMNS = (("Nr", 1.0), ("Fråga", 6.0), ("Ansvarig", 3.6), ("Senast", 2.4), ("Anteckningar", 4.0))


def write_agenda_docx(agenda: Agenda, path: Path) -> Path:
    """Write the agenda to ``path`` (atomically: an open Word file is not half-written)."""
    doc = new_docx()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.6)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    doc.add_heading(agenda.document_title, level=0)
    sub = doc.add_paragraph()
    sub.add_run(agenda.body).bold = True
    if agenda.organisation:
        sub.add_run("\n" + agenda.organisation)

    facts: list[tuple[str, str]] = [("Datum", agenda.date_label)]
    if agenda.time:
        facts.append(("Tid", f"kl. {agenda.time}"))
    if agenda.place:
        facts.append(("Plats", agenda.place))
    if agenda.video_link:
        facts.append(("Videolänk", agenda.video_link))
    if agenda.called:
        facts.append(("Kallade", "\n".join(g.text() for g in agenda.called)))
    if agenda.notify_absence:
        facts.append(("Förhinder anmäls till", agenda.notify_absence))
    if agenda.questions_deadline:
        deadline = agenda.questions_deadline.isoformat()
        facts.append(("Föranmälda frågor", f"anmäls senast {deadline}"))
    table = doc.add_table(rows=0, cols=2)
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(3.8), Cm(13.2)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)

    doc.add_heading("Dagordning" if agenda.numbering == "number" else "Ärenden", level=1)
    for index, sec in enumerate(agenda.sections):
        doc.add_heading(f"{agenda.number_label(index)}\u2002{sec.title}", level=2)
        _section_body(doc, agenda, sec)

    _footer(section.footer.paragraphs[0], agenda.footer_text)
    return _save(doc, path)


def _section_body(doc: DocxDocument, agenda: Agenda, sec: AgendaSection) -> None:
    meta = []
    if sec.dnr:
        meta.append(f"Dnr {sec.dnr}")
    if sec.presenter:
        meta.append(f"Föredragande: {sec.presenter}")
    if sec.type:
        meta.append(sec.type.capitalize())
    if meta:
        doc.add_paragraph(" · ".join(meta)).runs[0].italic = True
    if sec.note:
        doc.add_paragraph(sec.note)
    if sec.kind == "adjusters" and sec.people:
        doc.add_paragraph("Förslag (justerare vid föregående möte):")
        for person in sec.people:
            doc.add_paragraph(person, style="List Bullet")
    elif sec.kind == "questions" and agenda.questions_deadline:
        doc.add_paragraph(f"Frågor anmäls senast {agenda.questions_deadline.isoformat()}.")
    elif sec.kind in ("balance", "carried"):
        if not sec.entries:
            empty = NO_OPEN_ITEMS if sec.kind == "balance" else NO_CARRIED_ITEMS
            doc.add_paragraph().add_run(empty).italic = True
        else:
            _entries_table(doc, sec)


def _entries_table(doc: DocxDocument, sec: AgendaSection) -> Table:
    table = doc.add_table(rows=1, cols=len(_COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    header = table.rows[0]
    _repeat_header(header)
    for cell, (label, width) in zip(header.cells, _COLUMNS, strict=True):
        cell.width = Cm(width)
        cell.paragraphs[0].add_run(label).bold = True
    for entry in sec.entries:
        row = table.add_row()
        _cant_split(row)
        cells = row.cells
        values = (str(entry.item_id), entry.title, entry.owner or "–", entry.due_label or "–", "")
        for cell, value, (_, width) in zip(cells, values, _COLUMNS, strict=True):
            cell.width = Cm(width)
            cell.paragraphs[0].add_run(value)
        if entry.overdue:
            late = cells[3].add_paragraph().add_run(OVERDUE_LABEL)
            late.bold = True
            late.font.color.rgb = _LATE_COLOUR
        # A second empty line in the notes cell: room to write by hand.
        cells[4].add_paragraph("")
    doc.add_paragraph()
    return table


def _repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cant_split(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """Insert a Word field (PAGE, NUMPAGES) that Word fills in when it lays out pages."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, text, end):
        run._r.append(el)


def _footer(paragraph: Paragraph, left: str) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    paragraph.add_run(f"{left}\tSida ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" av ")
    _field(paragraph, "NUMPAGES")
    for run in paragraph.runs:
        run.font.size = Pt(8)


def _cannot_write(path: Path, exc: OSError) -> TrackerError:
    return TrackerError(
        f"Filen {path} kan inte skrivas ({exc.strerror or exc}). Välj en annan plats "
        "eller stäng filen om den är öppen i Word."
    )


def _save(doc: DocxDocument, path: Path) -> Path:
    # Atomic, through links, never over a device, with the user's umask.
    write_atomically(path, lambda tmp: doc.save(str(tmp)), suffix=".docx", error=_cannot_write)
    return path
