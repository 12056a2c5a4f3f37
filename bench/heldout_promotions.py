#!/usr/bin/env python3
"""The scorer's promotions held out, on one organisation half of the dev minutes.

Each real dev row (``bench/real/scorer_rows_dev.json``) is scored by a model trained
without its organisation (``scripts/train_scorer.py``'s folds, first assignment); the rows
at or above the shipped threshold are the items a new user's minutes would get checked.
Printed: how many are right and wrong on the half, how many of them
``tracker.extract.not_open`` offers unchecked instead, and with ``-v`` the wrong ones'
sentences and features (read only the half you tune on: the other stays unread).

Usage: python bench/heldout_promotions.py --org-half even [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import train_scorer as ts  # noqa: E402

from bench import accuracy_public as ap  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.extract.matter_parts import Parts  # noqa: E402
from tracker.extract.not_open import dates_another, why_not_here, why_not_open  # noqa: E402
from tracker.extract.possible import unscored  # noqa: E402
from tracker.extract.sections import structure  # noqa: E402
from tracker.ingest import read_document  # noqa: E402
from tracker.ingest.text_tables import with_text_tables  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap_ = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap_.add_argument("--org-half", choices=("even", "odd"), required=True)
    ap_.add_argument("-v", "--verbose", action="store_true")
    args = ap_.parse_args(argv)
    data = json.loads(ts.REAL_ROWS.read_text(encoding="utf-8"))
    real = ts._normal(data["rows"])
    groups = {d: str(v.get("organisation", d)) for d, v in data["documents"].items()}
    threshold = json.loads(ts.MODEL.read_text(encoding="utf-8"))["threshold"]
    kept = [i for i, r in enumerate(real) if ts._kept(r[0])]
    fixture = [r for r in ts.fixture_rows() if ts._kept(r[0])]
    scores = ts.held_out_scores(fixture, [real[i] for i in kept], 0, groups)
    spec = {d["id"]: d for d in ap.load_labels()["documents"]}
    by_doc: dict[str, list[tuple[int, float, int]]] = {}
    for i, s in zip(kept, scores, strict=True):
        if s >= threshold:
            by_doc.setdefault(real[i][2], []).append((i, s, real[i][1]))
    right = wrong = gate_right = gate_wrong = 0
    for d, rows in sorted(by_doc.items()):
        if ap.organisation_half(spec[d]) != args.org_half:
            continue
        doc = read_document(ap.default_texts() / f"{d}.txt")
        with unscored():
            res = extract(doc)
        # (where each sentence stands in its matter, as the minutes reader sees it)
        parts = Parts(structure(with_text_tables(doc)).sections)
        first = next(j for j, r in enumerate(real) if r[2] == d)
        for i, s, y in rows:
            c = res.possible[i - first]
            right, wrong = right + y, wrong + 1 - y
            if (
                why_not_open(c) is not None
                or why_not_here(c, parts.place_of(c)) is not None
                or dates_another(c, [*res.items, c])
            ):
                gate_right, gate_wrong = gate_right + y, gate_wrong + 1 - y
            elif y == 0 and args.verbose:
                print(f"{d} {s:.2f} [{c.kind}] {c.text[:150]!r}\n      {' '.join(real[i][0])}")
    print(f"half {args.org_half}: held-out promotions at {threshold}: {right} right, {wrong} "
          f"wrong; not_open offers {gate_right} right and {gate_wrong} wrong unchecked")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
