"""Word list numbering: labels as Word draws them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from tests.render import render_docx
from tracker.ingest.docx_numbering import format_number
from tracker.ingest.docx_reader import read

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (3, "lowerLetter", "c"),
        (28, "lowerLetter", "bb"),
        (2, "upperLetter", "B"),
        (14, "lowerRoman", "xiv"),
        (1999, "upperRoman", "MCMXCIX"),
        (7, "decimalZero", "07"),
        (5, "ordinalText", "5"),  # unknown formats read as decimal
    ],
)
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def test_builtin_list_styles(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("Mötets öppnande", "Val av justerare"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Löptext mellan punkterna")
    document.add_paragraph("Balanslista", style="List Number")
    document.add_paragraph("Punkt", style="List Bullet")
    document.save(str(tmp_path / "n.docx"))
    assert [ln.text for ln in read(tmp_path / "n.docx")[1]] == [
        "1. Mötets öppnande",
        "2. Val av justerare",
        "Löptext mellan punkterna",
        "3. Balanslista",
        "• Punkt",
    ]


def _add_list(document: docx.document.Document) -> None:
    """A two-level list "§ 1" / "1.a)" (abstract 90) with num 91, and num 92 on the
    same definition restarting at § 10."""
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="§ %1"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {W} w:numId="92"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>'
        )
    )


def _numbered(document: docx.document.Document, text: str, num: int, level: int) -> None:
    para = document.add_paragraph(text)
    para._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>')
    )


def test_multi_level_patterns_restart_and_override(tmp_path: Path) -> None:
    document = docx.Document()
    _add_list(document)
    _numbered(document, "Mötets öppnande", 91, 0)
    _numbered(document, "Ekonomi", 91, 0)
    _numbered(document, "Prognos", 91, 1)
    _numbered(document, "Personal", 91, 1)
    _numbered(document, "Arbetsmiljö", 91, 0)
    _numbered(document, "Delpunkt", 91, 1)  # restarts under a new § 3
    _numbered(document, "Nytt protokoll", 92, 0)  # override: starts at 10
    _numbered(document, "Fortsätter", 91, 0)  # same list as 92 → continues
    document.save(str(tmp_path / "m.docx"))
    assert [ln.text for ln in read(tmp_path / "m.docx")[1]] == [
        "§ 1 Mötets öppnande",
        "§ 2 Ekonomi",
        "2.a) Prognos",
        "2.b) Personal",
        "§ 3 Arbetsmiljö",
        "3.a) Delpunkt",
        "§ 10 Nytt protokoll",
        "§ 11 Fortsätter",
    ]


def test_bullets_match_the_pdf_rendering(tmp_path: Path) -> None:
    path = render_docx(["Frågor:", "• Första frågan", "• Andra frågan"], tmp_path / "b.docx")
    assert [ln.text for ln in read(path)[1]] == ["Frågor:", "• Första frågan", "• Andra frågan"]
