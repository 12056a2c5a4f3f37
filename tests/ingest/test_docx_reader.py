"""Word reader: document order, headings, bold, tables with merged cells, pages."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml

from tests.render import render_docx
from tracker.errors import InputError
from tracker.extract import extract
from tracker.ingest import read_document
from tracker.ingest.docx_reader import read

VAD_VEM_NAR = [["Vad", "Vem", "När"], ["Ta fram rutin för avslut", "HR-chefen", "2024-04-30"]]


def test_order_headings_bold_and_tables(tmp_path: Path) -> None:
    path = render_docx(
        [
            "# Protokoll från förvaltningsgruppen",
            "Närvarande: Lars Wennberg",
            "## 5. Balanslista",
            VAD_VEM_NAR,
            "**Beslut: frågan förs till SVG**",
            "Vanlig text efter tabellen.",
        ],
        tmp_path / "a.docx",
    )
    pages, lines = read(path)
    assert pages == 1
    assert [(ln.text, ln.heading, ln.bold) for ln in lines] == [
        ("Protokoll från förvaltningsgruppen", 1, True),
        ("Närvarande: Lars Wennberg", None, False),
        ("5. Balanslista", 2, True),
        ("Vad Vem När", None, False),
        ("Ta fram rutin för avslut HR-chefen 2024-04-30", None, False),
        ("Beslut: frågan förs till SVG", None, True),
        ("Vanlig text efter tabellen.", None, False),
    ]
    assert [ln.cells for ln in lines if ln.cells] == VAD_VEM_NAR
    assert {ln.table for ln in lines if ln.cells} == {1}
    assert [ln.line for ln in lines] == list(range(1, 8))


def test_merged_cells_are_not_repeated(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 1))  # across: one cell over two columns
    table.cell(1, 2).merge(table.cell(2, 2))  # down: one cell over two rows
    document.save(str(tmp_path / "m.docx"))
    _pages, lines = read(tmp_path / "m.docx")
    cells = [ln.cells for ln in lines]
    assert cells[0] is not None and cells[0][1:] == ["", "r0c2"]
    assert cells[0][0].split() == ["r0c0", "r0c1"]  # Word keeps both texts in the merge
    assert cells[1] is not None and cells[1][2].split() == ["r1c2", "r2c2"]
    assert cells[2] == ["r2c0", "r2c1", ""]
    all_text = " ".join(ln.text for ln in lines).split()
    assert len(all_text) == len(set(all_text)) == 9


def test_page_breaks_count_pages_and_restart_line_numbers(tmp_path: Path) -> None:
    path = render_docx(
        ["Sida ett rad ett", "Sida ett rad två", "\f", "Sida två", "\f", VAD_VEM_NAR],
        tmp_path / "p.docx",
    )
    pages, lines = read(path)
    assert pages == 3
    assert [(ln.page, ln.line) for ln in lines] == [(1, 1), (1, 2), (2, 1), (3, 1), (3, 2)]


def test_rendered_page_breaks_win_over_hard_breaks(tmp_path: Path) -> None:
    # Word saves where it last broke pages; a hard break is followed by such a mark, so
    # counting both would double the pages.
    document = docx.Document()
    document.add_paragraph("Första sidan")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for text in ("Andra sidan", "Tredje sidan"):
        para = document.add_paragraph()
        para.add_run()._r.append(OxmlElement("w:lastRenderedPageBreak"))
        para.add_run(text)
    document.save(str(tmp_path / "r.docx"))
    pages, lines = read(tmp_path / "r.docx")
    assert pages == 3
    assert [(ln.page, ln.text) for ln in lines] == [
        (1, "Första sidan"),
        (2, "Andra sidan"),
        (3, "Tredje sidan"),
    ]


def test_soft_line_breaks_split_lines_and_page_break_before(tmp_path: Path) -> None:
    document = docx.Document()
    para = document.add_paragraph("Kommunal")
    para.runs[0].add_break()  # Shift+Enter
    para.add_run("Emma Stålkrantz")
    heading = document.add_heading("Bilaga", level=1)
    heading.paragraph_format.page_break_before = True
    document.save(str(tmp_path / "s.docx"))
    pages, lines = read(tmp_path / "s.docx")
    assert pages == 2
    assert [(ln.page, ln.line, ln.text) for ln in lines] == [
        (1, 1, "Kommunal"),
        (1, 2, "Emma Stålkrantz"),
        (2, 1, "Bilaga"),
    ]


def test_header_and_footer_are_not_body_text(tmp_path: Path) -> None:
    path = render_docx(["Protokoll"], tmp_path / "h.docx", header="Hägersten-Älvsjö", footer="Sida")
    assert [ln.text for ln in read(path)[1]] == ["Protokoll"]


def test_header_and_footer_are_handed_over_as_furniture(tmp_path: Path) -> None:
    # A protocol whose forum and date stand only in the page header (parity: its PDF
    # hands the header over as furniture, so the DOCX must too).
    path = render_docx(
        ["§ 8 Val av justerare", "Anna Berglund väljs att justera protokollet."],
        tmp_path / "h.docx",
        header="LJUSNARSBERGS KOMMUN\nKommunstyrelsens arbetsutskott\t2026-02-03",
        footer="Justerandes sign",
    )
    furniture: list = []
    _pages, lines = read(path, furniture)
    assert lines[0].text == "§ 8 Val av justerare"
    assert [ln.text for ln in furniture] == [
        "LJUSNARSBERGS KOMMUN",
        "Kommunstyrelsens arbetsutskott 2026-02-03",
        "Justerandes sign",
    ]
    assert [ln.line < 10_000 for ln in furniture] == [True, True, False]
    doc = read_document(path)
    assert extract(doc).meeting.body == "Kommunstyrelsens arbetsutskott"


def test_broken_dates_repaired_in_docx(tmp_path: Path) -> None:
    path = render_docx(["Klart 2015-12-", "31 enligt plan"], tmp_path / "d.docx")
    assert [ln.text for ln in read(path)[1]] == ["Klart 2015-12-31", "enligt plan"]


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _insert(document: docx.document.Document, xml: str) -> None:
    """Put a raw body element before the final section properties."""
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def test_content_controls_text_boxes_and_tracked_changes(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Före")
    _insert(
        document,
        f"<w:sdt {W}><w:sdtPr/><w:sdtContent>"
        "<w:p><w:r><w:t>I en innehållskontroll</w:t></w:r></w:p>"
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr><w:tc><w:p><w:r><w:t>Vad</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Vem</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:sdtContent></w:sdt>",
    )
    _insert(
        document,
        f"<w:p {W} {MC}><w:r><w:t>Ankare</w:t></w:r><w:r><mc:AlternateContent>"
        "<mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
        "<w:p><w:r><w:t>Textruta</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>Textruta</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>",
    )
    _insert(
        document,
        f"<w:p {W}><w:r><w:t>Beslut: </w:t></w:r>"
        "<w:del><w:r><w:delText>avslag</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>bifall</w:t></w:r></w:ins></w:p>",
    )
    document.add_paragraph("Efter")
    document.save(str(tmp_path / "c.docx"))
    _pages, lines = read(tmp_path / "c.docx")
    assert [ln.text for ln in lines] == [
        "Före",
        "I en innehållskontroll",
        "Vad Vem",
        "Ankare",
        "Textruta",
        "Beslut: bifall",
        "Efter",
    ]
    assert lines[2].cells == ["Vad", "Vem"]


def test_invalid_xml_values_are_a_damaged_file(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Vad"
    tc = table._tbl.tr_lst[0].tc_lst[0]
    tc.get_or_add_tcPr().append(
        parse_xml(f'<w:gridSpan {W} w:val="två"/>')  # must be a number
    )
    document.save(str(tmp_path / "x.docx"))
    with pytest.raises(InputError, match="skadat"):
        read(tmp_path / "x.docx")
