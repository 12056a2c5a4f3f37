"""Run the benchmark suite and print one figure per line with its target.

``python bench/run.py [--quick] [--strict] [--only GROUP,…]`` prints lines like::

    list_open_100k_ms: 212  (target ≤ 500; ok) median of 5

Each group of figures comes from its own script in ``bench/`` (``pdf_speed``,
``report_speed``, ``store_speed``, ``agenda_speed``, ``gui_speed``, ``input_bounds``,
``accuracy_minutes``, ``accuracy_formats``, ``accuracy_report``, ``accuracy_carryover``)
and runs in its own ``try``: a missing script or a failure prints ``name: n/a (reason)``
and the other figures are still measured.  The 100,000-item database the store and GUI
figures need is generated once and cached in ``bench/out/`` under a key of the
generator's source and the schema version, so a changed generator or schema gives a
fresh database and an unchanged one costs nothing.

Exit code 0; with ``--strict`` 1 when a target is missed or a figure could not be
measured.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import math
import os
import platform
import shutil
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# ``python bench/run.py`` puts bench/ (not the project root) on sys.path; the scripts
# import each other as ``bench.x`` and the program as ``tracker``.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.database import OUT, database_key, ensure_database  # noqa: E402,F401

#: Size of the database the store and GUI figures run against.
N_ITEMS = 100_000


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure the suite prints: its target (None = shown for information) and format."""

    name: str
    target: float | None = None
    higher_is_better: bool = False
    decimals: int = 0

    def verdict(self, value: float) -> str:
        if self.target is None:
            return ""
        sign = "≥" if self.higher_is_better else "≤"
        met = value >= self.target if self.higher_is_better else value <= self.target
        return f"(target {sign} {self.target:g}; {'ok' if met else 'MISS'})"

    def missed(self, value: float) -> bool:
        if self.target is None:
            return False
        return value < self.target if self.higher_is_better else value > self.target


def _fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


@dataclass(slots=True)
class Context:
    """What the groups share: the options and the (lazily made) 100k database."""

    quick: bool
    _db: Path | None = None
    _db_error: BaseException | None = None
    db_note: str = ""

    def db_100k(self) -> Path:
        """The cached 100,000-item database (generated on first use)."""
        if self._db_error is not None:
            raise self._db_error
        if self._db is None:
            try:
                self._db, self.db_note = ensure_database(N_ITEMS)
            except BaseException as exc:
                self._db_error = exc
                raise
        return self._db


@dataclass(slots=True)
class Group:
    """A set of figures measured together by one script."""

    key: str
    figures: tuple[Figure, ...]
    run: Callable[[Context], dict[str, Any]]
    #: Figures the script reports under another name (script name → printed name).
    rename: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Outcome:
    lines: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unmeasured: list[str] = field(default_factory=list)


# --- calling the scripts ----------------------------------------------------------------


def call_measure(
    module_name: str, ctx: Context, *, func: str = "measure", quick: bool | None = None
) -> dict[str, Any]:
    """Call ``bench.<module>.<func>`` with whatever of (quick, db) it accepts.

    ``quick`` overrides the run's mode for scripts whose quick mode measures something
    smaller than the figure's name says (a 27-page file for a ``…_270p_s`` figure).

    The scripts are written by several people; their ``measure`` may take ``quick``
    positionally or by keyword, or nothing at all, and the store scripts may take the
    database to measure.  Inspecting the signature keeps this runner working with each.
    """
    module = importlib.import_module(f"bench.{module_name}")
    target = getattr(module, func)
    quick = ctx.quick if quick is None else quick
    params = inspect.signature(target).parameters
    kwargs: dict[str, Any] = {}
    args: list[Any] = []
    for name in ("db", "db_path", "path", "database"):
        if name in params:
            kwargs[name] = ctx.db_100k()
            break
    if "quick" in params:
        kwargs["quick"] = quick
    else:
        positional = [
            p
            for p in params.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name not in kwargs
        ]
        if positional and positional[0].default is inspect.Parameter.empty:
            args.append(quick)
    result = target(*args, **kwargs)
    if not isinstance(result, dict):
        raise TypeError(f"bench.{module_name}.{func}() gav {type(result).__name__}, inte dict")
    return result


def _gui(ctx: Context) -> dict[str, Any]:
    from bench import gui_speed

    return gui_speed.measure(ctx.db_100k(), quick=ctx.quick)


GROUPS: tuple[Group, ...] = (
    Group(
        "pdf",
        (
            Figure("pdf_read_270p_s", decimals=2),
            Figure("pdftotext_270p_s", decimals=2),
            Figure("pdf_vs_pdftotext_ratio", 5.0, decimals=2),
        ),
        # The scripts' own quick mode reads a 27-page file; the 270-page one takes
        # seconds, so even a quick run measures what the figure's name promises.
        lambda ctx: call_measure("pdf_speed", ctx, quick=False),
    ),
    Group(
        "report",
        (Figure("extract_report_270p_s", 10.0, decimals=2),),
        lambda ctx: call_measure("report_speed", ctx, quick=False),
    ),
    Group(
        "store",
        (
            Figure("import_minutes_ms", 500.0),
            Figure("list_open_100k_ms", 500.0),
            # The store-level query; the user-facing filter figure comes from the GUI.
            Figure("filter_100k_store_ms", 100.0),
        ),
        lambda ctx: call_measure("store_speed", ctx),
        rename={"filter_100k_ms": "filter_100k_store_ms"},
    ),
    Group(
        "gui",
        (
            Figure("filter_100k_ms", 100.0),
            Figure("startup_ms", 1500.0),
            Figure("rss_100k_mb", 400.0),
        ),
        _gui,
    ),
    Group(
        "agenda",
        (Figure("agenda_pdf_ms", 1000.0),),
        lambda ctx: call_measure("agenda_speed", ctx),
    ),
    Group(
        "input",
        (
            Figure("docx_bomb_peak_mb", 500.0),
            Figure("long_line_vs_lines_ratio", 1.5, decimals=2),
            Figure("long_line_1mb_s", decimals=2),
        ),
        lambda ctx: call_measure("input_bounds", ctx),
    ),
    Group(
        "accuracy_minutes",
        (
            Figure("minutes_recall", 0.9, higher_is_better=True, decimals=3),
            Figure("minutes_precision", 0.85, higher_is_better=True, decimals=3),
            Figure("minutes_due_accuracy", 0.9, higher_is_better=True, decimals=3),
        ),
        lambda ctx: call_measure("accuracy_minutes", ctx),
    ),
    Group(
        "accuracy_formats",
        (
            Figure("formats_pdf_recall", decimals=3),
            Figure("formats_pdf_utan_linjer_recall", decimals=3),
            Figure("formats_docx_recall", decimals=3),
            Figure("formats_spread_recall", decimals=3),
        ),
        lambda ctx: call_measure("accuracy_formats", ctx),
    ),
    Group(
        "ocr",
        (
            # Wall clock on this machine, and the same work's CPU time over two cores
            # (what an idle 2-core machine takes; a shared one measures its neighbours).
            Figure("ocr_10p_s", 20.0, decimals=1),
            Figure("ocr_10p_idle_estimate_s", 20.0, decimals=1),
            Figure("ocr_char_accuracy", 0.98, higher_is_better=True, decimals=4),
            Figure("ocr_items_ratio", 0.9, higher_is_better=True, decimals=3),
        ),
        lambda ctx: call_measure("ocr_scan", ctx),
    ),
    Group(
        "accuracy_report",
        (
            Figure("report_activity_recall", decimals=3),
            Figure("report_date_accuracy", decimals=3),
            Figure("report_owner_accuracy", decimals=3),
        ),
        lambda ctx: call_measure("accuracy_report", ctx),
    ),
    Group(
        "accuracy_carryover",
        (
            Figure("carry_links_right", 0.9, higher_is_better=True, decimals=3),
            Figure("carry_wrong_closes", 0.0),
            Figure("carry_duplicates", 0.0),
            Figure("carry_missed_updates"),
        ),
        lambda ctx: call_measure("accuracy_carryover", ctx),
    ),
)


# --- the cached database ----------------------------------------------------------------


def working_copy(db: Path, name: str) -> Path:
    """A fresh copy of ``db`` in bench/out/work/ that a benchmark may change."""
    folder = OUT / "work"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    for extra in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        with contextlib.suppress(OSError):
            extra.unlink()
    shutil.copyfile(db, target)
    return target


# --- running and printing ---------------------------------------------------------------


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ModuleNotFoundError) and exc.name and exc.name.startswith("bench."):
        return f"{exc.name.replace('.', '/')}.py missing"
    text = str(getattr(exc, "message", "") or exc).strip().splitlines()
    first = text[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def run_group(group: Group, ctx: Context, outcome: Outcome, *, verbose: bool) -> None:
    started = time.perf_counter()
    try:
        result = group.run(ctx)
    except Exception as exc:  # one broken script must not stop the others
        reason = _reason(exc)
        if verbose:
            traceback.print_exc(file=sys.stderr)
        for fig in group.figures:
            _emit(outcome, f"{fig.name}: n/a ({reason})")
            if fig.target is not None:
                outcome.unmeasured.append(fig.name)
        return
    elapsed = time.perf_counter() - started
    result = {group.rename.get(k, k): v for k, v in result.items()}
    notes = result.pop("notes", None)
    notes = notes if isinstance(notes, dict) else {}
    known = {fig.name for fig in group.figures}
    extra = [
        Figure(k, decimals=3 if abs(_number(v) or 0) < 10 else 0)
        for k, v in result.items()
        if k not in known and not k.endswith("_note") and _number(v) is not None
    ]
    for fig in (*group.figures, *extra):
        value = _number(result.get(fig.name))
        note = str(notes.get(fig.name) or result.get(f"{fig.name}_note") or "").strip()
        if value is None:
            why = "not reported" if fig.name not in result else f"value {result[fig.name]!r}"
            _emit(outcome, f"{fig.name}: n/a ({why} by bench/{group.key})")
            if fig.target is not None:
                outcome.unmeasured.append(fig.name)
            continue
        verdict = fig.verdict(value)
        line = f"{fig.name}: {_fmt(value, fig.decimals)}"
        if verdict:
            line += f"  {verdict}"
        if note:
            line += f" {note}"
        _emit(outcome, line)
        if fig.missed(value):
            outcome.missed.append(fig.name)
    print(f"[{group.key}: {elapsed:.1f} s]", file=sys.stderr, flush=True)


def _emit(outcome: Outcome, line: str) -> None:
    outcome.lines.append(line)
    print(line, flush=True)


def machine() -> str:
    """One line about this machine: cores, CPU model, RAM, OS, Python."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f", {int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
                break
    return (
        f"{os.cpu_count()} cores, {cpu}{ram}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def select(groups: Iterable[Group], only: str | None) -> list[Group]:
    if not only:
        return list(groups)
    wanted = {w.strip() for w in only.split(",") if w.strip()}
    chosen = [g for g in groups if g.key in wanted]
    unknown = wanted - {g.key for g in chosen}
    if unknown:
        known = ", ".join(g.key for g in GROUPS)
        raise SystemExit(f"unknown group(s): {', '.join(sorted(unknown))} (known: {known})")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Balanslistan benchmarks (speed and accuracy).")
    parser.add_argument("--quick", action="store_true", help="fewer repeats (under 3 minutes)")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a target is missed or unmeasured"
    )
    parser.add_argument("--only", metavar="GROUPS", help="comma-separated groups to run")
    parser.add_argument("-v", "--verbose", action="store_true", help="tracebacks of failures")
    args = parser.parse_args(argv)

    groups = select(GROUPS, args.only)
    ctx = Context(quick=args.quick)
    outcome = Outcome()
    started = time.perf_counter()
    print(f"[machine: {machine()}]", file=sys.stderr, flush=True)
    for group in groups:
        print(f"[{group.key} …]", file=sys.stderr, flush=True)
        run_group(group, ctx, outcome, verbose=args.verbose)
    total = time.perf_counter() - started
    mode = "quick" if args.quick else "full"
    db = f"; database {ctx.db_note}" if ctx.db_note else ""
    _emit(outcome, f"bench_total_s: {total:.0f}  {mode} run{db}")
    if outcome.missed:
        print(f"[missed: {', '.join(outcome.missed)}]", file=sys.stderr)
    if outcome.unmeasured:
        print(f"[not measured: {', '.join(outcome.unmeasured)}]", file=sys.stderr)
    if args.strict and (outcome.missed or outcome.unmeasured):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
