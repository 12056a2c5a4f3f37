"""Meeting facts never come from the computer's clock: a date written without a year takes
the year the document gives (its title, the signing, case numbers, other dates) or stays
unresolved with a warning.  The texts here are written for the tests."""

from __future__ import annotations

import datetime as dt
import types
from pathlib import Path

import pytest

from tests.extract.minutes_helpers import open_items, run
from tracker.extract import (
    clauses,
    dates,
    extract,
    meeting,
    minutes,
    minutes_patterns,
    minutes_table_rows,
    minutes_warnings,
    report,
    report_parse,
)
from tracker.ingest import read_document
from tracker.language.dates import find_periods


class _NoClockDate(dt.date):
    """A date type whose ``today`` fails the test: extraction must not ask the clock."""

    @classmethod
    def today(cls):  # type: ignore[override]
        raise AssertionError("extraction asked the clock")


class _NoClockDateTime(dt.datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        raise AssertionError("extraction asked the clock")

    @classmethod
    def today(cls):  # type: ignore[override]
        raise AssertionError("extraction asked the clock")

    @classmethod
    def utcnow(cls):  # type: ignore[override]
        raise AssertionError("extraction asked the clock")


_EXTRACT_MODULES = (dates, meeting, minutes, minutes_warnings, clauses, minutes_patterns,
                    minutes_table_rows, report, report_parse)


@pytest.fixture
def no_clock(monkeypatch):
    fake = types.SimpleNamespace(**{k: getattr(dt, k) for k in dir(dt) if not k.startswith("_")})
    fake.date = _NoClockDate
    fake.datetime = _NoClockDateTime
    for mod in _EXTRACT_MODULES:
        if hasattr(mod, "dt"):
            monkeypatch.setattr(mod, "dt", fake)
    return fake


FIXTURES = Path(__file__).resolve().parents[1] / "data" / "fixtures"


@pytest.mark.parametrize(
    "path",
    sorted((FIXTURES / "minutes").glob("*.txt")) + sorted((FIXTURES / "reports").glob("*.txt")),
    ids=lambda p: p.stem,
)
def test_extraction_never_asks_the_clock(path, no_clock):
    result = extract(read_document(path))
    assert result.document.kind in ("minutes", "report", "unknown")


@pytest.mark.parametrize(
    "text",
    ["senast den 20 mars", "till v. 16", "i april", "om två veckor", "före sommaren",
     "30/4", "fredagen den 15 februari"],
)
def test_without_a_meeting_date_a_date_that_needs_a_year_stays_unresolved(text, no_clock):
    periods = find_periods(text)
    assert periods, text
    p = periods[-1]
    assert p.end is None and p.start is None
    assert p.text.endswith(text.split()[-1])


@pytest.mark.parametrize(
    ("text", "due"),
    [("senast 2024-03-12", dt.date(2024, 3, 12)), ("den 20 mars 2025", dt.date(2025, 3, 20)),
     ("under T1 2016", dt.date(2016, 4, 30)), ("30/4 2024", dt.date(2024, 4, 30)),
     ("240522", dt.date(2024, 5, 22)), ("130522", dt.date(2013, 5, 22)),
     ("10/10-14", dt.date(2014, 10, 10))],
)
def test_without_a_meeting_date_a_date_with_its_year_is_resolved(text, due, no_clock):
    assert find_periods(text)[-1].end == due


def test_unresolved_due_keeps_its_phrase_and_warns(no_clock):
    ex = run("Minnesanteckningar arbetsgrupp\n\n"
             "1. Lokalfrågan\nKarin återkommer med ett förslag senast den 20 mars.\n")
    assert ex.meeting.date is None
    items = open_items(ex)
    assert items and items[0].due is None
    assert items[0].due_text and "20 mars" in items[0].due_text
    assert any("Mötesdatumet hittades inte" in w.message and "20 mars" in w.message
               for w in ex.warnings)
