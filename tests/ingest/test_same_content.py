"""The samples read the same as text, as a rendered PDF and as a rendered Word file.

The PDF gets a running header ("Hägersten-Älvsjö") and "Sida N av M" footers on every
page, the Word file page breaks and a header part; the reader must drop the PDF's
furniture so that the words come out the same, in the same order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import MINUTES_SAMPLE, REPORT_SAMPLE
from tests.render import TableSpec, render_docx, render_pdf, sample_blocks
from tracker.cli.main import main
from tracker.domain import Document
from tracker.ingest import read_document

HEADER = "Hägersten-Älvsjö"
WORD = re.compile(r"\w+")


def _words(doc: Document) -> list[str]:
    # The sample text carries one stray copy of the page header (it was extracted from a
    # PDF); the header line is left out on all sides.
    return [w for ln in doc.lines if ln.text != HEADER for w in WORD.findall(ln.text.casefold())]


@pytest.fixture(scope="module", params=[MINUTES_SAMPLE, REPORT_SAMPLE], ids=["002", "004"])
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    sample: Path = request.param
    folder = tmp_path_factory.mktemp(sample.stem[:3])
    blocks = sample_blocks(sample.read_text("utf-8"))
    pdf = render_pdf(blocks, folder / "s.pdf", header=HEADER, footer="Sida {page} av {pages}")
    word = render_docx(blocks, folder / "s.docx", header=HEADER, lines_per_page=45)
    return read_document(sample), read_document(pdf), read_document(word)


def test_same_words_in_all_three_formats(rendered: tuple[Document, Document, Document]) -> None:
    txt, pdf, word = rendered
    assert (txt.format, pdf.format, word.format) == ("txt", "pdf", "docx")
    reference = _words(txt)
    assert len(reference) > 1000
    assert _words(pdf) == reference
    assert _words(word) == reference


def test_furniture_gone_and_pages_counted(rendered: tuple[Document, Document, Document]) -> None:
    txt, pdf, word = rendered
    assert pdf.pages > 3 and word.pages > 3
    assert not any(ln.text.startswith("Sida ") for ln in pdf.lines)
    assert sum(ln.text == HEADER for ln in pdf.lines) <= sum(ln.text == HEADER for ln in txt.lines)
    for doc in rendered:
        assert all(ln.page >= 1 and ln.line >= 1 for ln in doc.lines)
        assert {ln.page for ln in doc.lines} <= set(range(1, doc.pages + 1))


def test_dates_repaired_alike(rendered: tuple[Document, Document, Document]) -> None:
    counts = [sum("2015-12-31" in ln.text for ln in doc.lines) for doc in rendered]
    assert counts[0] == counts[1] == counts[2]


BUDGET_NUMBER = re.compile(r"-?\d{1,3}(?: \d{3})*,\d")


def _budget_table(blocks: list[str]) -> tuple[int, int, list[list[str]]]:
    """The flattened budget table of sample 002 as real rows: (first, last, rows)."""
    first = blocks.index("Budget")
    last = next(i for i, b in enumerate(blocks) if b.startswith("Totalt "))
    rows = [["", "Budget", "Förändring", "Slutlig", "Prognos", "In", "Ut", "Efter"]]
    name = ""
    for block in blocks[first : last + 1]:
        m = BUDGET_NUMBER.search(block)
        if not m or block.startswith("Budget"):
            # Wrapped header words, or the first half of a wrapped row name.
            if block in ("Nämnd och", "Omsorg om personer med"):
                name = block
            continue
        numbers = BUDGET_NUMBER.findall(block[m.start() :])
        if len(numbers) == 5:  # no result-fund columns in this row
            numbers = [*numbers[:4], "", "", numbers[4]]
        rows.append([f"{name} {block[: m.start()]}".strip(), *numbers])
        name = ""
    return first, last, rows


def test_budget_table_as_real_table(tmp_path: Path) -> None:
    blocks = sample_blocks(MINUTES_SAMPLE.read_text("utf-8"))
    first, last, rows = _budget_table(blocks)
    assert len(rows) == 20
    spec = TableSpec(rows, col_widths=[110.0] + [51.0] * 7)
    with_table = [*blocks[:first], spec, *blocks[last + 1 :]]
    pdf = read_document(render_pdf(with_table, tmp_path / "t.pdf", header=HEADER))
    word = read_document(render_docx(with_table, tmp_path / "t.docx"))
    for doc in (pdf, word):
        data = [ln.cells for ln in doc.lines if ln.cells and BUDGET_NUMBER.match(ln.cells[1])]
        assert [c[1:] for c in data] == [r[1:] for r in rows[1:]], doc.format
        assert {ln.table for ln in doc.lines if ln.cells} == {1}
    word_rows = [ln.cells for ln in word.lines if ln.cells]
    assert word_rows == rows


def test_cli_extract_finds_the_same_items_in_all_three(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "userdata"))
    blocks = sample_blocks(MINUTES_SAMPLE.read_text("utf-8"))
    files = [
        MINUTES_SAMPLE,
        render_pdf(blocks, tmp_path / "002.pdf", header=HEADER, footer="Sida {page} av {pages}"),
        render_docx(blocks, tmp_path / "002.docx", lines_per_page=45),
    ]
    results = []
    for path in files:
        assert main(["extract", str(path), "--json"]) == 0
        results.append(json.loads(capsys.readouterr().out))
    assert [r["document"]["format"] for r in results] == ["txt", "pdf", "docx"]
    assert all(r["document"]["pages"] >= 1 for r in results)
    summaries = [
        [(i["kind"], i["title"], i["owner"], i["due"]) for i in r["items"]] for r in results
    ]
    assert summaries[0] == summaries[1] == summaries[2]
    assert [r["meeting"]["date"] for r in results] == ["2024-03-12"] * 3
