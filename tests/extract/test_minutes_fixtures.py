"""The labelled minutes fixtures (tests/data/fixtures/minutes/*.expected.json): every
expected item is found with its kind, owner and due date, nothing else is reported, and
the meeting facts are read."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tracker.extract import extract
from tracker.ingest import read_document

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "fixtures" / "minutes"


def _bench():
    spec = importlib.util.spec_from_file_location(
        "accuracy_minutes", ROOT / "bench" / "accuracy_minutes.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
CASES = BENCH.cases()


@pytest.fixture(scope="module")
def results():
    return {path: extract(read_document(path)) for path, _ in CASES}


def test_there_are_enough_fixtures():
    own = [p for p, _ in CASES if p.parent == FIXTURES]
    assert len(own) >= 8


@pytest.mark.parametrize(("path", "spec"), CASES, ids=[p.stem for p, _ in CASES])
def test_expected_items(results, path, spec):
    result = results[path]
    assert result.document.kind == "minutes"
    pairs = BENCH.match(result, spec)
    missing = [e["match"] for e, it in pairs if it is None]
    assert not missing, f"not found: {missing}"
    for exp, it in pairs:
        label = exp["match"]
        known = exp.get("known_miss", {})  # checked by test_known_misses below
        if "kind" not in known:
            assert it.kind in BENCH._as_list(exp["kind"]), label
        if "owner" not in known:
            assert BENCH._same_name(it.owner, exp.get("owner")), (label, it.owner)
        if "due" not in known:
            assert BENCH._due_ok(it, exp), (label, it.due, it.due_precision)
        if "raised_by" in exp and "raised_by" not in known:
            assert BENCH._same_name(it.raised_by, exp["raised_by"]), (label, it.raised_by)
        assert it.evidence and it.page and it.line
    # "known_extra": titles the extractor reports wrongly (reason in the fixture).
    allowed = {x["title"] for x in spec.get("known_extra", [])}
    extra = [it.title for it in result.items if all(it is not p for _, p in pairs)]
    assert not [t for t in extra if t not in allowed], f"reported but not expected: {extra}"
    for title in allowed:
        assert title in extra, f"known extra is gone now; remove it from the fixture: {title}"


KNOWN = [
    (path, exp, field, reason)
    for path, spec in CASES
    for exp in spec["items"]
    for field, reason in exp.get("known_miss", {}).items()
]


@pytest.mark.parametrize(
    ("path", "exp", "field", "reason"), KNOWN, ids=[f"{p.stem}-{f}" for p, _, f, _ in KNOWN]
)
def test_known_misses(results, path, exp, field, reason):
    """Labelled details the extractor gets wrong (reason in the fixture); strict xfail, so
    a fix shows up."""
    pairs = BENCH.match(results[path], {"items": [exp]})
    it = pairs[0][1]
    assert it is not None
    ok = (
        it.kind in BENCH._as_list(exp["kind"])
        if field == "kind"
        else BENCH._due_ok(it, exp)
        if field == "due"
        else BENCH._same_name(getattr(it, field), exp.get(field))
    )
    if not ok:
        pytest.xfail(reason)
    pytest.fail(f"known miss is fixed now; remove 'known_miss' from the fixture: {reason}")


EXTRAS = [(p, x["title"], x["reason"]) for p, spec in CASES for x in spec.get("known_extra", [])]


@pytest.mark.parametrize(
    ("path", "title", "reason"), EXTRAS, ids=[f"{p.stem}-extra{i}" for i, (p, _, _) in
                                              enumerate(EXTRAS)]
)
def test_known_extras(results, path, title, reason):
    """Items the extractor reports that the labels do not have (reason in the fixture):
    counted as known wrong, and a strict xfail, so a fix shows up."""
    if title in [it.title for it in results[path].items]:
        pytest.xfail(reason)
    pytest.fail(f"known extra is gone now; remove it from 'known_extra': {reason}")


@pytest.mark.parametrize(("path", "spec"), CASES, ids=[p.stem for p, _ in CASES])
def test_meeting_facts(results, path, spec):
    meeting = results[path].meeting
    want = spec.get("meeting", {})
    known = want.get("known_miss", {})  # field → reason: test_known_meeting_misses
    if "body" in want and "body" not in known:
        assert meeting.body == want["body"]
    if "date" in want and "date" not in known:
        assert meeting.date and meeting.date.isoformat() == want["date"]
    if "next_meeting" in want:
        got = meeting.next_meeting.isoformat() if meeting.next_meeting else None
        assert got == want["next_meeting"]


KNOWN_MEETING = [
    (path, spec["meeting"], field, reason)
    for path, spec in CASES
    for field, reason in spec.get("meeting", {}).get("known_miss", {}).items()
]


@pytest.mark.parametrize(
    ("path", "want", "field", "reason"),
    KNOWN_MEETING,
    ids=[f"{p.stem}-meeting-{f}" for p, _, f, _ in KNOWN_MEETING],
)
def test_known_meeting_misses(results, path, want, field, reason):
    """Meeting facts the extractor gets wrong (reason in the fixture): counted as xfailed
    in the summary; a fix fails here until the fixture's known_miss is removed."""
    got = getattr(results[path].meeting, field)
    got = got.isoformat() if hasattr(got, "isoformat") else got
    if got != want[field]:
        pytest.xfail(reason)
    pytest.fail(f"known miss is fixed now; remove 'known_miss' from the fixture: {reason}")


def test_later_minutes_close_and_redate(results):
    """fvg_2024-04-09 closes the SSR question of sample 002 and re-dates Vision's item."""
    result = results[FIXTURES / "fvg_2024-04-09.txt"]
    closing = [it for it in result.items if it.status == "done"]
    assert len(closing) == 1 and "handlingsplanen" in closing[0].title
    vision = next(it for it in result.items if "familjerätten" in it.title)
    assert vision.due.isoformat() == "2024-09-30" and vision.owner == "Vision"


def test_accuracy_targets():
    figures = BENCH.measure()
    assert figures["minutes_recall"] >= 0.9
    assert figures["minutes_precision"] >= 0.85
    assert figures["minutes_due_accuracy"] >= 0.9


def test_fixture_files_are_valid_json():
    for path in FIXTURES.glob("*.expected.json"):
        spec = json.loads(path.read_text("utf-8"))
        assert spec["items"], path.name
