"""Dates typed into a date field (issue 18): the Swedish parser over the whole text."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.typed_dates import parse_typed_date

REF = dt.date(2024, 4, 9)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("2024-05-14", dt.date(2024, 5, 14)),
        ("14/5", dt.date(2024, 5, 14)),
        ("14 maj", dt.date(2024, 5, 14)),
        ("fre 17 maj", dt.date(2024, 5, 17)),
        ("v. 20", dt.date(2024, 5, 19)),
        ("i maj", dt.date(2024, 5, 31)),
        ("idag", REF),
        ("i morgon", REF + dt.timedelta(days=1)),
        ("", None),
        ("ingen", None),
    ],
)
def test_typed_dates(typed: str, expected: dt.date | None) -> None:
    parsed = parse_typed_date(typed, REF)
    assert parsed.ok and parsed.value == expected


@pytest.mark.parametrize("typed", ["ingen0250331", "snart", "14 maj och sen", "3000-01-01"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    assert not parse_typed_date(typed, REF).ok


def test_a_weekday_that_does_not_fit_is_flagged() -> None:
    assert parse_typed_date("mån 17 maj", REF).weekday_mismatch
    assert not parse_typed_date("fre 17 maj", REF).weekday_mismatch
