"""Text files: encodings, pages, line numbers that point into the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.ingest import read_document
from tracker.ingest.txt_reader import read

TEXT = "Protokoll för förvaltningsgruppen\nÅtgärd: Frågan förs till SVG – ”snarast”\n"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")],
    ids=["utf8", "utf8-bom", "cp1252"],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    pages, lines = read(path)
    assert pages == 1
    assert [ln.text for ln in lines] == [
        "Protokoll för förvaltningsgruppen",
        "Åtgärd: Frågan förs till SVG – ”snarast”",
    ]


def test_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert next(ln.text for ln in read(path)[1]) == "Protokoll för förvaltningsgruppen"


def test_form_feed_starts_a_page_and_lines_count_per_page(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Rubrik\n\nFörsta sidan\n\fAndra sidan\n  \nsista raden\n\f", "utf-8")
    pages, lines = read(path)
    assert pages == 2  # a trailing form feed (pdftotext) adds no page
    assert [(ln.page, ln.line, ln.text) for ln in lines] == [
        (1, 1, "Rubrik"),
        (1, 3, "Första sidan"),
        (2, 1, "Andra sidan"),
        (2, 3, "sista raden"),
    ]


def test_sample_line_numbers_point_into_the_file(report_sample: Path) -> None:
    raw = report_sample.read_text("utf-8").split("\n")
    doc = read_document(report_sample)
    assert doc.format == "txt" and doc.pages == 1
    for ln in doc.lines[:300]:
        # Clean-up only normalises spaces and moves broken word tails, so the start of
        # every line is still on the source line it names.
        assert ln.text.split()[0] in raw[ln.line - 1], ln


def test_sample_dates_repaired(report_sample: Path) -> None:
    doc = read_document(report_sample)
    texts = [ln.text for ln in doc.lines]
    assert texts.count("2015-01-01 2015-12-31") > 50
    assert "31" not in texts[:200]
    # Real hyphens survive, moved onto one line.
    assert any("Vita jobb-modellen" in t for t in texts)


def test_sample_minutes_keeps_budget_table_lines(minutes_sample: Path) -> None:
    doc = read_document(minutes_sample)
    texts = [ln.text for ln in doc.lines]
    assert "Totalt 3 133,4 -3,5 3 129,9 0,0 40,0 40,0 0,0" in texts
    assert texts[0] == "Protokoll från förvaltningsgruppen den 12 mars"


def test_mixed_utf8_and_cp1252_lines(tmp_path: Path) -> None:
    path = tmp_path / "blandad.txt"
    path.write_bytes("Första raden är cp1252\n".encode("cp1252") + "Andra är UTF-8: åäö\n".encode())
    assert [ln.text for ln in read(path)[1]] == ["Första raden är cp1252", "Andra är UTF-8: åäö"]


def test_word_saved_as_text_bom_crlf_tab_table(tmp_path: Path) -> None:
    """Word's "Save as text": UTF-8 with BOM, CRLF, a table as tab-separated rows."""
    text = ("KRISLEDNINGSNÄMNDEN\r\nÅtgärd\tAnsvarig\tKlart\tStatus\r\n"
            "Ställa ut tankar\tVA-chef\t2025-07-17\tPågår\r\n•\tEn punkt.\r\n")
    path = tmp_path / "ord.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    lines = read(path)[1]
    assert lines[0].text == "KRISLEDNINGSNÄMNDEN"
    assert [ln.cells for ln in lines[1:3]] == [
        ["Åtgärd", "Ansvarig", "Klart", "Status"], ["Ställa ut tankar", "VA-chef", "2025-07-17",
                                                    "Pågår"]]
    assert lines[3].cells is None and lines[3].text == "• En punkt."
