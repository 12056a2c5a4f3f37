"""The scorer's training variants compared by the same held-out measure.

Each variant sets ``scripts/train_scorer.py``'s knobs (feature-group pairs and the least
count a conjunction needs, gradient descent or L-BFGS to convergence, L2, the real rows'
weight) and runs the shipped procedure: held-out scores pooled over ``REPEATS`` fold
assignments with folds by organisation, the thresholds chosen on them, and the figures
the model file records.  Besides those it prints what the checked tier would hold at a
fixed held-out precision: the items found (counting the rules' items, as
``held_out_item_recall``) at the lowest threshold whose pooled precision reaches 0.85 and
0.80; and the held-out precision of the checked tier's 10, 20 … 80 best rows an
assignment (``top``), which compares rankings without the noise of one threshold.
Nothing here reads text: only the committed feature rows and the written fixtures.

With ``--time r16 --time r17`` each variant is also held out in time (``time``): fitted as
shipped, thresholds and all, on the rows of every other round, and measured on those
rounds' rows — as the shipped model meets the next round's minutes, which the grouped
measure (other organisations of the same rounds) does not ask.  ``--repeats 1`` pools one
fold assignment instead of five: five times faster, noisier (about ±0.01).

Run: ``.venv/bin/python bench/scorer_variants.py [--jobs 2] [--repeats N] [--time rN …]
[NAME …]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import train_scorer as ts  # noqa: E402

SUBJ = ("subj:", "agent:")
VERB = ("mv:", "tense:")
CLASS = ("verb:",)
MARK = ("marker:",)
TIME = ("deadline:", "time:")
SEC = ("sec:", "lbl:", "label:")
#: The feature groups whose pairs the conjunction variants add (each pair of groups:
#: subject × tense, marker × time, section × verb class …), chosen as kinds, not per
#: document; a conjunction needs ``MIN_COUNT`` training rows.
GROUPS = (SUBJ, VERB, CLASS, MARK, TIME, SEC)
ALL_PAIRS = tuple((a, b) for i, a in enumerate(GROUPS) for b in GROUPS[i + 1 :])
#: The features of clause_context, by family.
CONTEXT_FAMILIES: dict[str, tuple[str, ...]] = {
    "neighbours": ("prev:", "next:", "lbl:first"),
    "secn": ("secn:",),
    "doc": ("doc:",),
    "due": ("due:",),
    "own": ("own:",),
    "heading-words": ("h:",),
}
CONTEXT = tuple(p for family in CONTEXT_FAMILIES.values() for p in family)
#: The sentence's length and place (clause_features.wide_features).
LENGTH = ("len:", "words:")
LEXICAL = ("w:", "v:", "h:")
#: name → knobs (unset knobs keep train_scorer's values; ``drop``: features of these
#: prefixes taken out of every row first, to compare rows with and without a feature
#: kind).
VARIANTS: dict[str, dict[str, Any]] = {
    "shipped": {},
    # As shipped before the sixth session: no word stems.
    "no-words": {"MIN_ORGS": 0},
    **{f"lbfgs-l2={l2}": {"CONVERGE": True, "L2": l2} for l2 in (0.003, 0.01, 0.03)},
    **{
        f"lbfgs-pairs-m{m}-l2={l2}": {
            "CONVERGE": True,
            "L2": l2,
            "PAIRS": ALL_PAIRS,
            "MIN_COUNT": m,
        }
        for l2, m in ((0.01, 15), (0.01, 45), (0.03, 45))
    },
    **{
        f"lbfgs-subjverb-l2={l2}": {
            "CONVERGE": True,
            "L2": l2,
            "PAIRS": ((SUBJ, VERB),),
            "MIN_COUNT": 30,
        }
        for l2 in (0.01, 0.03)
    },
    **{f"lbfgs-weight{w}": {"CONVERGE": True, "REAL_WEIGHT": w} for w in (1, 6)},
    # The sentence's words: ``w:`` stems of its words and ``v:`` the governed or finite
    # verb's, each weighed when it occurs in the training rows of at least ``MIN_ORGS``
    # organisations (counted without the left-out fold's).
    **{f"lexical-orgs{n}": {"MIN_ORGS": n} for n in (5, 10, 20, 40)},
    **{f"lexical-orgs10-l2={l2}": {"MIN_ORGS": 10, "L2": l2} for l2 in (0.03, 0.1)},
    "lexical-verb-orgs5": {"MIN_ORGS": 5, "drop": ("w:",)},
    "lbfgs-lexical-orgs10": {"CONVERGE": True, "MIN_ORGS": 10},
    # The sentence's surroundings (clause_context, seventh session): each family taken
    # out in turn, and all of them (the rows before the session).
    "no-context": {"drop": CONTEXT},
    **{f"no-{name}": {"drop": prefixes} for name, prefixes in CONTEXT_FAMILIES.items()},
    # Tenth session: families that may learn an organisation rather than an item (the
    # document's kind and size, the sentence's length, the function words), left out or
    # weighed with a stronger L2 of their own; and the wide reading checked.
    "no-length": {"drop": LENGTH},
    "no-doc-length": {"drop": ("doc:", *LENGTH)},
    "no-sentence-words": {"drop": ("w:",)},
    **{f"lexical-l2x{k}": {"L2_BY": ((LEXICAL, k),)} for k in (3, 10)},
    **{f"doc-l2x{k}": {"L2_BY": ((("doc:",), k),)} for k in (10,)},
    "wide-checked": {"WIDE_CHECK": True},
    "preamble-gate": {"preamble_gate": True},
    "one-model": {"WIDE_CHECK": True, "ONE_MODEL": True},
}
#: Checked rows an assignment at which the held-out precision of the ranking is read.
TOP = (10, 20, 30, 40, 60, 80)


_DEFAULTS = {
    k: getattr(ts, k)
    for k in ("CONVERGE", "L2", "PAIRS", "MIN_COUNT", "REAL_WEIGHT", "MIN_ORGS", "L2_BY",
              "WIDE_CHECK", "ONE_MODEL")
}


def _apply(knobs: dict[str, Any]) -> None:
    """Set ``knobs`` on train_scorer, the others back to its values (a worker process
    runs several variants)."""
    for k, v in (_DEFAULTS | knobs).items():
        setattr(ts, k, v)


def at_precision(scored: list[ts.Scored], target: float) -> tuple[float, float, int]:
    """The lowest threshold of the grid whose pooled precision over the checked tier's
    rows reaches ``target`` (at least ``MIN_PICKED`` rows an assignment), its precision
    and the rows promoted an assignment; (1.0, 0, 0) when none does."""
    repeats = len({r[2].partition("/")[0] for r in scored}) or 1
    ranked = sorted(scored, key=lambda r: -r[0])
    for t in ts.THRESHOLDS:
        picked = [r for r in ranked if r[0] >= t]
        if len(picked) < ts.MIN_PICKED * repeats:
            continue
        precision = ts._matched([(r[2], r[4]) for r in picked]) / len(picked)
        if round(precision, 3) >= target:
            return t, round(precision, 3), round(len(picked) / repeats)
    return 1.0, 0.0, 0


def top_precision(scored: list[ts.Scored]) -> dict[int, float]:
    """The held-out precision of the checked tier's ``k`` best rows an assignment, for
    each ``k`` of ``TOP``: the ranking's quality, not one threshold's."""
    repeats = len({r[2].partition("/")[0] for r in scored}) or 1
    ranked = sorted(scored, key=lambda r: (-r[0], r[2]))
    return {
        k: round(ts._matched([(r[2], r[4]) for r in ranked[: k * repeats]]) / (k * repeats), 3)
        for k in TOP
    }


def run(name: str) -> tuple[str, dict[str, Any]]:
    start = time.perf_counter()
    knobs = dict(VARIANTS[name])
    drop = tuple(knobs.pop("drop", ()))
    redo = _preamble_gate if knobs.pop("preamble_gate", False) else list
    _apply(knobs)
    fixture = [(redo([f for f in x if not f.startswith(drop)]), y) for x, y in _FIXTURE]
    real = [
        (redo([f for f in r[0] if not f.startswith(drop)]), *r[1:])
        for r in ts.real_rows_by_document()
    ]
    documents = ts._real_data()["documents"]
    groups = {d: str(v.get("organisation", d)) for d, v in documents.items()}
    scored = ts._held_out(fixture, real, groups=groups, l2=ts.L2)
    kept = [r for r in scored if r[5]]
    t, precision, _ = ts._choose(kept)
    tp = ts._choose_possible(scored, t, documents)
    best, at = ts._best_precision(kept)
    out: dict[str, Any] = {
        "threshold": t,
        "precision": round(precision, 3),
        "best": best,
        "best_at": at,
        "possible_threshold": tp,
    }
    out |= ts._review(scored, t, tp, documents)
    out["top"] = top_precision(kept)
    for target in (0.85, 0.80):
        t2, p2, n2 = at_precision(kept, target)
        tp2 = ts._choose_possible(scored, t2, documents)
        r2 = ts._review(scored, t2, tp2, documents)
        out[f"@{target}"] = {
            "threshold": t2,
            "precision": p2,
            "checked_per_fold_set": n2,
            "item_recall": r2["item_recall"],
            "review": r2["item_review_recall"],
            "possible_precision": r2["possible_precision"],
        }
    # The model file's size and one fit's time: both weight sets from all rows, as shipped.
    began = time.perf_counter()
    rows = ts._lexical_only(
        fixture + [(r[0], r[1]) for r in real] * ts.REAL_WEIGHT, ts.vocabulary(real, groups)
    )
    first = ts._train([r for r in rows if ts._kept(r[0])], ts.L2)
    wide = ts._train(rows, ts.L2)
    out["fit_seconds"] = round(time.perf_counter() - began, 1)
    model = {"weights": first[0], "bias": first[1], "wide": {"weights": wide[0], "bias": wide[1]}}
    out["model_kB"] = round(len(json.dumps(model, ensure_ascii=False, indent=1)) / 1000, 1)
    out["features"] = len(first[0])
    if _TIME:
        out["time"] = time_wise(fixture, real, documents, _TIME)
    out["seconds"] = round(time.perf_counter() - start)
    return name, out


def _preamble_gate(feats: list[str]) -> list[str]:
    """A row as the clause weights would read an obligation before the first heading:
    no longer of the wide reading (the rows of ``--dump-real`` before possible.py did)."""
    if "preamble" in feats and "gate" in feats:
        return [f for f in feats if f != "wide"]
    return feats


def rounds_of() -> dict[str, str]:
    """Each labelled document's round."""
    from bench import accuracy_public

    return {d["id"]: str(d.get("round", "")) for d in accuracy_public.load_labels()["documents"]}


def time_wise(fixture: list[ts.Row], real: list[ts.RealRow], documents: dict[str, Any],
              rounds: tuple[str, ...], which: dict[str, str] | None = None) -> dict[str, Any]:
    """Held out in time: the model and both thresholds fitted as shipped (``ts.fit``) on
    the rows of every round but ``rounds``, then the rows of ``rounds`` scored by it —
    as the shipped model meets the next round's minutes.  The figures of ``ts._review``
    on those documents, with the checked rows and their precision (paired one to one
    with an item no rule found, as ``_choose`` counts it).  ``which``: each document's
    round (the labels' by default)."""
    which = rounds_of() if which is None else which
    test_ids = {d for d in documents if which.get(d) in rounds}
    train = [r for r in real if r[2] not in test_ids]
    test = [r for r in real if r[2] in test_ids]
    fitted = ts.fit(fixture, train, {d: v for d, v in documents.items() if d not in test_ids})
    first = ts.scorer.Model(fitted["weights"], fitted["bias"], 1.0, pairs=ts.PAIRS)
    wide = ts.scorer.Model(fitted["wide"]["weights"], fitted["wide"]["bias"], 1.0,
                           pairs=ts.PAIRS)
    scored: list[ts.Scored] = []
    for r in test:
        gate = ts._kept(r[0])
        s = (first if gate else wide).score(r[0])
        scored.append((s, r[1], f"0/{r[2]}", r[3], r[4], gate, ts.NO_TASK in r[0]))
    t, tp = fitted["threshold"], fitted["possible_threshold"]
    picked = [r for r in scored if ts._promotable(r, t)]
    out = {"threshold": t, "possible_threshold": tp, "documents": len(test_ids),
           "checked": len(picked),
           "precision": round(ts._matched([(r[2], r[4]) for r in picked]) / len(picked), 3)
           if picked else 0.0}
    out |= ts._review(scored, t, tp, {d: v for d, v in documents.items() if d in test_ids})
    return out


_FIXTURE: list[ts.Row] = []
#: The rounds held out in time (``--time``): none, no such figures.
_TIME: tuple[str, ...] = ()


def _init(fixture: list[ts.Row], rounds: tuple[str, ...] = ()) -> None:
    global _FIXTURE, _TIME
    _FIXTURE, _TIME = fixture, rounds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", default=list(VARIANTS))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--time", action="append", metavar="ROUND",
                    help="also held out in time: fitted without these rounds' rows "
                         "(e.g. --time r16 --time r17), scored on them")
    ap.add_argument("--repeats", type=int, default=ts.REPEATS,
                    help="fold assignments pooled (fewer: faster, noisier)")
    args = ap.parse_args(argv)
    ts.REPEATS = args.repeats
    fixture = ts.fixture_rows()
    rounds = tuple(args.time or ())
    with Pool(args.jobs, initializer=_init, initargs=(fixture, rounds)) as pool:
        for name, out in pool.imap(run, args.names):
            print(name, json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
