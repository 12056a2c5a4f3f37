"""Labeled tertial reports (filled Avvikelse cells, activities over several years, other
bodies as owners) as text, PDF and DOCX, against their hand-written expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.extract.report_expect import FIXTURES, compare, load
from tests.extract.report_render import render_report
from tracker.domain import Extraction
from tracker.extract import extract
from tracker.extract.report_parse import parse_layout
from tracker.ingest import read_document

NAMES = ["idrottsnamnden_t2_2023", "utbildningsnamnden_t1_2024"]
FORMATS = ["txt", "pdf", "docx"]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("reports")
    out: dict[tuple[str, str], Path] = {}
    for name in NAMES:
        source = FIXTURES / f"{name}.txt"
        expectation = load(f"{name}.expected.json")
        out[(name, "txt")] = source
        for fmt in ("pdf", "docx"):
            out[(name, fmt)] = render_report(source, expectation, folder / f"{name}.{fmt}", fmt)
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", NAMES)
def test_fixture_report(name: str, fmt: str, documents: dict[tuple[str, str], Path]) -> None:
    expectation = load(f"{name}.expected.json")
    doc = read_document(documents[(name, fmt)])
    ex: Extraction = extract(doc)
    assert ex.document.kind == "report"
    assert ex.meeting.body == expectation["body"]
    assert ex.meeting.date == dt.date.fromisoformat(expectation["date"])
    assert parse_layout(doc.lines).tables == expectation["tables"]

    result = compare(expectation, ex)
    assert result.problems == []
    n = expectation["activity_count"]
    assert (result.found, result.extra, result.duplicates) == (n, 0, 0)
    assert result.dates_ok == result.owners_ok == result.status_ok == result.deviation_ok == n

    by_text = {c.text: c for c in ex.items if c.kind == "activity"}
    for exp in expectation["activities"]:
        assert by_text[exp["text"]].section == exp["goal"]

    goals = [c for c in ex.items if c.kind == "goal_deviation"]
    assert [(g.title.split(": ", 1)[1], g.status) for g in goals] == [
        (g["goal"], "open") for g in expectation["goal_deviations"]
    ]
    indicators = [c for c in ex.items if c.kind == "indicator_deviation"]
    assert len(indicators) == len(expectation["indicator_deviations"])
    for item, exp in zip(indicators, expectation["indicator_deviations"], strict=True):
        assert exp["indicator"] in item.title
        assert exp["evidence_contains"] in (item.evidence or "")


def test_filled_deviation_makes_the_activity_open() -> None:
    doc = read_document(FIXTURES / "idrottsnamnden_t2_2023.txt")
    ex = extract(doc)
    late = next(c for c in ex.items if c.text.startswith("Bygga om utomhusbassängen"))
    assert late.deviation == "Ja"
    assert late.status == "open"
    # "Nej" in the Avvikelse cell is kept as written and does not reopen finished work.
    done = next(c for c in ex.items if c.text.startswith("Genomföra en simkunnighetssatsning"))
    assert (done.deviation, done.status) == ("Nej", "done")
