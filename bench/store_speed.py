"""Balance-list speed on a 100,000-item database (``bench/gen_db.py``).

Run ``python -m bench.store_speed [--db FILE] [--quick]``.  Prints ``name: value`` lines:

    list_open_100k_ms: 350         ``tracker --db … list --json`` as a user runs it (a new
                                   process: start-up, query, JSON of every open item with
                                   its history), median of 5; target < 500
    list_open_100k_inproc_ms: 60   the same listing inside a running program
    filter_100k_ms: 15             a text search through ItemFilter/query_item_ids (FTS5
                                   trigram), median over several search words; target < 100
    filter_100k_max_ms: 30         the slowest of those search words
    import_minutes_ms: 180         importing the FVG sample minutes into the big database:
                                   read, extract, match against the open items, save
    store_items / store_open_items the database's size

:func:`measure` returns the same figures for ``bench/run.py``.  Without ``--db`` a
database is generated in a temporary folder (``--quick``: 10,000 items; keys keep their
names).  The import runs on a copy, so a cached database stays unchanged.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MINUTES = ROOT / "tests" / "data" / "samples" / "002_67bf5d675aa1465c.txt"
SEARCH_WORDS = ("lönekartläggningen", "Västberga", "ventilation", "miljö", "SAM", "schemal")
REPEATS = 5


def _median_ms(fn: object, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _cli_list_ms(db: Path) -> float:
    exe = [sys.executable, "-m", "tracker", "--db", str(db), "list", "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def once() -> None:
        subprocess.run(exe, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)

    once()  # warm the OS file cache: we measure the program, not the disk
    return _median_ms(once)


def _measure_db(db: Path) -> dict[str, float]:
    from tracker.cli.items_cmd import write_json
    from tracker.store import ItemFilter, Store

    result: dict[str, float] = {}
    with Store.open(db, backup=False) as store:
        result["store_items"] = float(store.count_items(ItemFilter(status=None)))
        result["store_open_items"] = float(store.count_items(ItemFilter()))
        result["list_open_100k_inproc_ms"] = round(
            _median_ms(lambda: write_json(store, ItemFilter(), io.StringIO(), limit=None)), 1
        )
        per_word = [
            _median_ms(lambda w=w: store.query_item_ids(ItemFilter(text=w)))
            for w in SEARCH_WORDS
        ]
        result["filter_100k_ms"] = round(statistics.median(per_word), 1)
        result["filter_100k_max_ms"] = round(max(per_word), 1)
    result["list_open_100k_ms"] = round(_cli_list_ms(db), 1)
    return result


def _measure_import(db: Path, tmp: Path) -> dict[str, float]:
    from tracker.extract import extract
    from tracker.ingest import read_document
    from tracker.services import balance
    from tracker.store import Store

    copy = tmp / "import.db"
    shutil.copyfile(db, copy)
    times = []
    with Store.open(copy, backup=False) as store:
        for n in range(3):
            start = time.perf_counter()
            extraction = extract(read_document(MINUTES))
            # A distinct file identity per round, so each round really imports.
            extraction.document = dataclasses.replace(
                extraction.document, sha256=f"{n:02d}" + extraction.document.sha256[2:]
            )
            plan = balance.plan_import(store, extraction)
            balance.apply_import(store, plan)
            times.append((time.perf_counter() - start) * 1000)
    return {"import_minutes_ms": round(statistics.median(times), 1)}


def measure(quick: bool = False, db: str | Path | None = None) -> dict[str, float]:
    """Figures for ``db`` (generated when None: 100,000 items, 10,000 with ``quick``)."""
    from bench.gen_db import generate

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if db is None:
            db = generate(tmp / "items.db", 10_000 if quick else 100_000)
        db = Path(db)
        result = _measure_db(db)
        result.update(_measure_import(db, tmp))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing database (e.g. from bench/gen_db.py)")
    parser.add_argument("--quick", action="store_true", help="10,000 items instead of 100,000")
    args = parser.parse_args(argv)
    for name, value in measure(args.quick, args.db).items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
