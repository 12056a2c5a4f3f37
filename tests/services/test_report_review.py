"""A follow-up report's plan for review: grouped by responsible body and then goal, done
activities offered unchecked, a long-past report flagged with its overdue items left
unchecked; minutes' plans as before."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tracker.domain import Extraction
from tracker.services import balance
from tracker.services.report_review import past_report_year
from tracker.store import Store

from .helpers import cand, extraction

D = dt.date
TODAY = D(2026, 12, 7)
RECENT = D(2026, 8, 31)


@pytest.fixture
def store(db_path: Path) -> Store:
    s = Store.open(db_path)
    yield s
    s.close()


def _report(items: list, date: dt.date | None = RECENT) -> Extraction:
    ext = extraction("rapport.txt", items, date=date, body="Kommunstyrelsen")
    ext.document = dataclasses.replace(ext.document, kind="report")
    return ext


def _activity(title: str, owner: str, section: str | None = None, **kw: object):
    kw.setdefault("kind", "activity")
    kw.setdefault("status", "open")
    return cand(title, owner=owner, section=section, **kw)


ITEMS = [
    _activity("Ny taxa", "Miljönämnden", "Mål 1"),
    _activity("Ny plan för lokaler", "Kommunstyrelsen", "Mål 1"),
    _activity("Fler laddplatser", "Miljönämnden", "Mål 2"),
    _activity("E-arkiv", "Kommunstyrelsen", "Mål 2"),
    _activity("Rutin för bisysslor", "Miljönämnden", "Mål 1"),
]


def test_a_reports_entries_are_grouped_by_body_then_goal(store: Store) -> None:
    plan = balance.plan_import(store, _report(ITEMS), today=TODAY)
    assert [e.candidate.title for e in plan.entries] == [
        "Ny taxa", "Rutin för bisysslor", "Fler laddplatser", "Ny plan för lokaler", "E-arkiv"
    ]


def test_minutes_keep_the_meetings_order(store: Store) -> None:
    plan = balance.plan_import(store, extraction("m.txt", list(ITEMS)), today=TODAY)
    assert [e.candidate.title for e in plan.entries] == [c.title for c in ITEMS]


def test_possible_items_stay_last(store: Store) -> None:
    ext = _report(ITEMS[:2])
    ext.possible = [_activity("Kanske", "Kommunstyrelsen", tier="possible")]
    plan = balance.plan_import(store, ext, today=TODAY)
    assert plan.entries[-1].candidate.title == "Kanske"
    assert not plan.entries[-1].accepted


def test_a_done_activity_is_offered_unchecked(store: Store) -> None:
    done = _activity("Reglementet reviderat", "Kommunstyrelsen", status="done")
    plan = balance.plan_import(store, _report([*ITEMS[:1], done]), today=TODAY)
    entry = next(e for e in plan.entries if e.candidate.title == "Reglementet reviderat")
    assert (entry.action, entry.accepted) == ("close", False)


def test_a_long_past_report_is_flagged_and_its_overdue_items_unchecked(store: Store) -> None:
    items = [
        _activity("Gammal åtgärd", "Kommunstyrelsen", due=D(2015, 12, 31)),
        _activity("Utan datum", "Kommunstyrelsen"),
    ]
    plan = balance.plan_import(store, _report(items, date=D(2015, 8, 31)), today=TODAY)
    assert plan.past_year == 2015
    assert plan.past_notice is not None and "Rapporten gäller 2015" in plan.past_notice
    accepted = {e.candidate.title: e.accepted for e in plan.entries}
    assert accepted == {"Gammal åtgärd": False, "Utan datum": True}
    old = next(e for e in plan.entries if e.candidate.title == "Gammal åtgärd")
    assert any("rapporten gäller 2015" in r for r in old.candidate.reasons)


def test_a_recent_report_is_not_flagged(store: Store) -> None:
    items = [_activity("Åtgärd", "Kommunstyrelsen", due=D(2026, 6, 30))]
    plan = balance.plan_import(store, _report(items), today=TODAY)
    assert plan.past_year is None and plan.past_notice is None
    assert plan.entries[0].accepted


@pytest.mark.parametrize(
    ("kind", "date", "year"),
    [("report", D(2015, 8, 31), 2015), ("report", D(2026, 1, 31), None),
     ("report", None, None), ("minutes", D(2015, 8, 31), None)],
)
def test_past_report_year(kind: str, date: dt.date | None, year: int | None) -> None:
    ext = _report([], date=date)
    ext.document = dataclasses.replace(ext.document, kind=kind)
    assert past_report_year(ext, TODAY) == year
