"""The benchmark runner: verdicts, n/a lines, calling the scripts, the cached database."""

from __future__ import annotations

import sqlite3
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from bench import database, gui_speed, run
from bench.gen_db import generate


@pytest.mark.parametrize(
    ("target", "higher", "value", "verdict", "missed"),
    [
        (5.0, False, 4.99, "(target ≤ 5; ok)", False),
        (5.0, False, 5.0, "(target ≤ 5; ok)", False),
        (5.0, False, 5.01, "(target ≤ 5; MISS)", True),
        (0.9, True, 0.95, "(target ≥ 0.9; ok)", False),
        (0.9, True, 0.89, "(target ≥ 0.9; MISS)", True),
        (None, False, 123.0, "", False),
    ],
)
def test_figure_verdict(
    target: float | None, higher: bool, value: float, verdict: str, missed: bool
) -> None:
    fig = run.Figure("x", target, higher_is_better=higher)
    assert fig.verdict(value) == verdict
    assert fig.missed(value) is missed


def _outcome(group: run.Group, capsys: pytest.CaptureFixture[str]) -> tuple[run.Outcome, str]:
    outcome = run.Outcome()
    run.run_group(group, run.Context(quick=True), outcome, verbose=False)
    return outcome, capsys.readouterr().out


def test_missing_script_prints_na_for_each_figure(capsys: pytest.CaptureFixture[str]) -> None:
    group = run.Group(
        "nothing",
        (run.Figure("a_ms", 10.0), run.Figure("b_info")),
        lambda ctx: run.call_measure("no_such_script", ctx),
    )
    outcome, out = _outcome(group, capsys)
    assert out.splitlines() == [
        "a_ms: n/a (bench/no_such_script.py missing)",
        "b_info: n/a (bench/no_such_script.py missing)",
    ]
    # Only figures with a target count as unmeasured for --strict.
    assert outcome.unmeasured == ["a_ms"]


def test_failing_script_gives_reason_and_others_still_print(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(ctx: run.Context) -> dict[str, Any]:
        raise ValueError("trasig fil\nandra raden")

    _, out = _outcome(run.Group("broken", (run.Figure("a_ms", 1.0),), broken), capsys)
    assert out == "a_ms: n/a (ValueError: trasig fil)\n"


def test_results_are_renamed_annotated_and_extras_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = {
        "filter_100k_ms": 12.0,
        "slow_ms": 700.0,
        "rows": 3.0,
        "label": "not a number",
        "notes": {"slow_ms": "median of 3"},
    }
    group = run.Group(
        "g",
        (
            run.Figure("filter_store_ms", 100.0),
            run.Figure("slow_ms", 500.0),
            run.Figure("absent_ms", 1.0),
        ),
        lambda ctx: dict(result),
        rename={"filter_100k_ms": "filter_store_ms"},
    )
    outcome, out = _outcome(group, capsys)
    assert out.splitlines() == [
        "filter_store_ms: 12  (target ≤ 100; ok)",
        "slow_ms: 700  (target ≤ 500; MISS) median of 3",
        "absent_ms: n/a (not reported by bench/g)",
        "rows: 3.000",
    ]
    assert outcome.missed == ["slow_ms"]
    assert outcome.unmeasured == ["absent_ms"]


def _fake_module(monkeypatch: pytest.MonkeyPatch, name: str, measure: Any) -> None:
    module = types.ModuleType(f"bench.{name}")
    module.measure = measure  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, f"bench.{name}", module)


def test_call_measure_adapts_to_each_signature(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: dict[str, Any] = {}

    def by_keyword(quick: bool = False, db: str | Path | None = None) -> dict[str, Any]:
        seen["keyword"] = (quick, db)
        return {}

    def positional(fast):  # type: ignore[no-untyped-def]  # a script without hints
        seen["positional"] = fast
        return {}

    def other_option(verbose: bool = False) -> dict[str, Any]:
        seen["other"] = verbose
        return {}

    _fake_module(monkeypatch, "fake_keyword", by_keyword)
    _fake_module(monkeypatch, "fake_positional", positional)
    _fake_module(monkeypatch, "fake_other", other_option)
    db = tmp_path / "x.db"
    ctx = run.Context(quick=True, _db=db)

    run.call_measure("fake_keyword", ctx)
    run.call_measure("fake_positional", ctx)
    run.call_measure("fake_other", ctx)
    assert seen == {"keyword": (True, db), "positional": True, "other": False}
    # A quick run can still ask a script for its full-size measurement.
    run.call_measure("fake_keyword", ctx, quick=False)
    assert seen["keyword"] == (False, db)


def test_call_measure_refuses_a_non_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_module(monkeypatch, "fake_list", lambda quick=False: [1, 2])
    with pytest.raises(TypeError, match="inte dict"):
        run.call_measure("fake_list", run.Context(quick=False))


def test_database_is_cached_by_generator_source(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(database, "OUT", tmp_path / "out")
    source = tmp_path / "my_gen.py"
    source.write_text("version 1")
    calls: list[Path] = []

    def fake_generate(path: Path, n_items: int, seed: int = 1) -> Path:
        calls.append(path)
        return generate(path, n_items, seed=seed)

    monkeypatch.setattr(database, "_generator", lambda: (fake_generate, source))

    first, note = database.ensure_database(60)
    assert note.startswith("generated") and len(calls) == 1
    # A single self-contained file (WAL folded in), holding what was asked for.
    assert not Path(f"{first}-wal").exists()
    with sqlite3.connect(first) as conn:
        assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 60

    again, note = database.ensure_database(60)
    assert (again, len(calls)) == (first, 1) and note.startswith("cached")

    source.write_text("version 2")
    changed, _ = database.ensure_database(60)
    assert changed != first and len(calls) == 2
    assert not first.exists()  # the stale cache is dropped


def test_strict_exit_code_follows_the_targets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def group(value: float) -> tuple[run.Group, ...]:
        return (run.Group("g", (run.Figure("t_ms", 10.0),), lambda ctx: {"t_ms": value}),)

    monkeypatch.setattr(run, "GROUPS", group(20.0))
    assert run.main([]) == 0
    assert run.main(["--strict"]) == 1
    monkeypatch.setattr(run, "GROUPS", group(5.0))
    assert run.main(["--strict"]) == 0
    out = capsys.readouterr().out
    assert "t_ms: 20  (target ≤ 10; MISS)" in out and "t_ms: 5  (target ≤ 10; ok)" in out
    with pytest.raises(SystemExit, match="unknown group"):
        run.main(["--only", "nope"])


def test_filter_words_come_from_the_titles(tmp_path: Path) -> None:
    db = generate(tmp_path / "w.db", 300, seed=2)
    words = gui_speed.filter_words(db)
    assert 1 <= len(words) <= 3
    with sqlite3.connect(db) as conn:
        titles = " ".join(r[0] for r in conn.execute("SELECT title FROM items")).lower()
    for word in words:
        assert word.isalpha() and word == word.lower() and 6 <= len(word) <= 7
        assert word in titles


def test_keystrokes_grouped_by_search_length() -> None:
    details = [
        ("k", 1, 150.0),
        ("kv", 1, 170.0),
        ("kva", 1, 60.0),
        ("kvar", 1, 40.0),
        ("", 1, 80.0),
    ]
    assert gui_speed._by_search_length(details) == "1–2 letters 160, 3+ letters 50, cleared 80"
