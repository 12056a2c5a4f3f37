#!/usr/bin/env python3
"""Print a deterministic sample of real dev sentences with the scorer's features, for a
hand audit of the clause analysis (subject kind, main verb, time, section, negation …).

Usage::

    python bench/audit_clause_features.py [--n 150] [--seed 7] [--texts DIR] > audit.txt

Only documents whose ``split`` is ``dev`` in ``bench/real/labels.json`` are read; the
output quotes third-party text and is not to be committed.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import accuracy_public  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.extract.possible import FEATURES_PREFIX, unscored  # noqa: E402
from tracker.ingest import read_document  # noqa: E402

TEXTS = Path.home() / ".cache" / "balanslistan" / "real" / "texts"
#: The features audited; the lexicon's markers and verb classes are shown too.
SHOWN = (
    "mv:",
    "subj:",
    "sec:",
    "time:",
    "deadline:",
    "verb:",
    "tense:",
    "agent:",
    "neg",
    "question",
    "decided",
    "reported",
    "info",
    "marker:",
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--texts", type=Path, default=TEXTS)
    args = ap.parse_args()
    docs = [
        d
        for d in accuracy_public.load_labels()["documents"]
        if d["kind"] == "minutes" and d["split"] == "dev"
    ]
    rng = random.Random(args.seed)
    rng.shuffle(docs)
    per_doc = 2
    shown = 0
    with unscored():
        for doc in docs:
            if shown >= args.n:
                break
            path = args.texts / f"{doc['id']}.txt"
            if not path.is_file():
                continue
            cands = extract(read_document(path)).possible
            rows = []
            for c in cands:
                feats = next(
                    (
                        r.removeprefix(FEATURES_PREFIX).split()
                        for r in c.reasons
                        if r.startswith(FEATURES_PREFIX)
                    ),
                    [],
                )
                if feats:
                    rows.append((c, feats))
            for c, feats in rng.sample(rows, min(per_doc, len(rows))):
                shown += 1
                keep = [f for f in feats if f.startswith(SHOWN)]
                print(f"[{shown}] {doc['id']} §{c.section or ''}")
                print(f"    {c.text}")
                print(f"    {' '.join(keep)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
