"""How far the scorer's thresholds move when one real document is left out of training.

``scripts/train_scorer.py`` chooses the confident threshold (precision ≥ 0.85 on real
documents held out) and the possible one (≤ 4 possible items per document) on held-out
scores.  This leaves out one real dev document at a time (the ``--limit`` documents with
the most positive rows: those whose rows weigh most), repeats the choice on the rest,
and prints the thresholds and held-out figures, under the way they were chosen before
(five seeded assignments of documents to folds pooled, possible thresholds on a grid of
0.02) and now (the folds hold whole organisations, possible thresholds on a grid of
0.001).  The spread over the rows is the stability measure.

Run: ``.venv/bin/python bench/scorer_stability.py [--limit N] [--jobs J]`` (slow: about a
minute a document with five assignments).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import train_scorer as ts  # noqa: E402

#: The possible thresholds' grid before (branch ``scorer``).
BEFORE_POSSIBLE = [round(0.02 * i, 2) for i in range(1, 50)]


def choose(fixture: list[ts.Row], real: list[ts.RealRow],
           documents: dict[str, dict[str, int]], before: bool) -> dict[str, float]:
    """The thresholds and held-out figures as ``fit`` gives them, without the final
    weights."""
    groups = {} if before else {d: v.get("organisation", d) for d, v in documents.items()}
    kept = ts.POSSIBLE_THRESHOLDS
    if before:
        ts.POSSIBLE_THRESHOLDS = BEFORE_POSSIBLE
    try:
        scored = ts._held_out(fixture, real, ts.REPEATS, groups)
        t, precision, recall = ts._choose([r for r in scored if r[5]])
        tp = ts._choose_possible(scored, t, documents)
        best, _ = ts._best_precision([r for r in scored if r[5]])
    finally:
        ts.POSSIBLE_THRESHOLDS = kept
    return {"threshold": t, "possible_threshold": tp, "precision": round(precision, 3),
            "recall": round(recall, 3), "best_precision": best} | ts._review(
                scored, t, tp, documents)


def _one(args: tuple[str, bool]) -> tuple[str, bool, dict[str, float]]:
    left, before = args
    real = [r for r in ts.real_rows_by_document() if r[2] != left]
    documents = {d: v for d, v in ts._real_data()["documents"].items() if d != left}
    return left, before, choose(_FIXTURE, real, documents, before)


_FIXTURE: list[ts.Row] = []


def _init(fixture: list[ts.Row]) -> None:
    global _FIXTURE
    _FIXTURE = fixture


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=12)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    positives = Counter(r[2] for r in ts.real_rows_by_document() if r[1])
    left = ["-", *sorted(positives, key=lambda d: (-positives[d], d))[: args.limit]]
    fixture = ts.fixture_rows()
    work = [(d, b) for d in left for b in (True, False)]
    with Pool(args.jobs, initializer=_init, initargs=(fixture,)) as pool:
        got: dict[tuple[str, bool], dict[str, Any]] = {
            (d, b): f for d, b, f in pool.imap_unordered(_one, work)}
    keys = ["threshold", "possible_threshold", "precision", "recall", "best_precision",
            "item_recall", "item_review_recall", "possible_per_document"]
    print("| left out | " + " | ".join(f"{k} before / after" for k in keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    for d in left:
        print(f"| {d} | " + " | ".join(
            f"{got[d, True][k]} / {got[d, False][k]}" for k in keys) + " |")
    print("| **spread (max − min)** | " + " | ".join(
        " / ".join(str(round(max(got[d, b][k] for d in left)
                             - min(got[d, b][k] for d in left), 3)) for b in (True, False))
        for k in keys) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
