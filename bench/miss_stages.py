"""Which stage lost each labelled open item that is not even offered (a MISS of
``accuracy_public.py -v``) in the real minutes.

For every expected item neither confident nor offered as possible, the stages are
asked in pipeline order and the first one that lost it is named:

* ``a`` ingest/segmentation: the words never stand together in one sentence the
  extractor reads (``a:table-row`` a row with cells, ``a:heading`` only a section
  heading holds them, ``a:across-sentences`` they are spread over several sentences of
  one section, ``a:lines`` spread over source lines that are no sentence of one
  section);
* ``b`` body detection: the words stand only in text taken as no body (``b:head`` the
  lines before the first heading, ``b:noise`` dropped page furniture, ``b:furniture``
  a sentence ``is_furniture`` takes for attendance/heading/procedure, ``b:ignored`` a
  phrase file ignore, ``b:read-as-report``);
* ``c`` scoring: a candidate of the wide reading or the clause analysis holds them but
  scores under the possible threshold (its score and features are printed);
* ``d`` matching/merging: an item holds them in its own title or text but is used by
  another label (``d:taken``: two labelled matters in one item) or has another status
  (``d:status``); the candidate was made but dropped after scoring
  (``d:dropped-after-scoring``: merged as a restatement); the sentence stands in an
  item's text or opens its evidence (``d:in-item-text``, ``d:item-topic``) or only the
  context of another item holds the words (``d:in-context``);
* ``e`` the label: its words are not in the text at all (``e:not-in-text``); labels
  whose words are there but that are questionable (a matter settled in the meeting, two
  labels on one task) can only be judged by reading the ``-v`` lines.

``?`` marks a body sentence holding the words that no stage above explains.

Run: ``.venv/bin/python bench/miss_stages.py [--texts DIR] [-v] [--stage c]
[--org-half even|odd] [--round rN]``; only the
counts and the per-miss lines are printed (nothing is written): the texts are
third-party documents and stay outside the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.accuracy_public import (  # noqa: E402
    HALVES,
    default_texts,
    haystack,
    load_labels,
    organisation_half,
    pair,
)
from tracker.domain import Candidate, Extraction  # noqa: E402
from tracker.extract import extract, scorer  # noqa: E402
from tracker.extract.clause_features import is_furniture  # noqa: E402
from tracker.extract.phrases import rules  # noqa: E402
from tracker.extract.possible import FEATURES_PREFIX, unscored  # noqa: E402
from tracker.extract.sections import structure  # noqa: E402
from tracker.ingest import read_document  # noqa: E402
from tracker.ingest.text_tables import with_text_tables  # noqa: E402


def _has(text: str, words: list[str]) -> bool:
    t = " ".join(text.split()).casefold()
    return all(" ".join(w.split()).casefold() in t for w in words)


def _score(c: Candidate) -> tuple[float, float, list[str], str]:
    """(score, the threshold it must reach, features, which weights) of a candidate."""
    feats: list[str] = []
    for r in c.reasons:
        if r.startswith(FEATURES_PREFIX):
            feats = r[len(FEATURES_PREFIX) :].split()
    m = scorer.model()
    if "wide" in feats:
        return m.score_wide(feats), m.possible, feats, "wide"
    return m.score(feats), m.threshold, feats, "gate"


def _sentence_reason(
    result: Extraction, text: str, procedural: bool, ignores: list[re.Pattern[str]]
) -> str:
    """Why a body sentence holding the words became no candidate of its own."""
    flat = " ".join(text.split())
    if is_furniture(flat, procedural):
        return "b:furniture"
    if any(p.search(text) for p in ignores):
        return "b:ignored"
    every = result.items + list(result.possible)
    if any(it.text and flat in " ".join(it.text.split()) for it in every):
        return "d:in-item-text"
    if any(it.evidence and " ".join(it.evidence.split()).startswith(flat) for it in every):
        return "d:item-topic"  # the first sentence of a rule item's evidence
    return "?:sentence-no-candidate"


def classify(
    doc_path: Path, result: Extraction, exp: dict[str, Any], ignores: list[re.Pattern[str]]
) -> tuple[str, str]:
    """(stage, detail) of one missed label."""
    words = exp["match"]
    if result.document.kind == "report":
        return "b:read-as-report", ""
    every = result.items + list(result.possible)
    own = [it for it in every if _has(f"{it.title} {it.text}", words)]
    if own:
        it = own[0]
        tag = "d:taken" if it.status == "open" else "d:status"
        return tag, f"[{it.status}/{it.tier}] {it.title[:100]!r}"
    doc = read_document(doc_path)
    with unscored():
        loose = extract(doc)
    cands = [c for c in loose.items + list(loose.possible) if c.status == "open"]
    for c in cands:
        if _has(f"{c.title} {c.text}", words):
            p, floor, feats, which = _score(c)
            stage = "c:below-threshold" if p < floor else "d:dropped-after-scoring"
            return stage, f"{which} {p:.2f} / {floor:.2f} {' '.join(feats)} | {c.text[:110]!r}"
    st = structure(with_text_tables(doc))
    for sec in ([st.lead_in] if st.lead_in else []) + st.sections:
        for s in sec.sentences:
            if _has(s.text, words):
                return (
                    _sentence_reason(result, s.text, sec.procedural, ignores),
                    repr(s.text[:120]),
                )
    context = [it for it in every if _has(haystack(it), words)]
    if context:
        it = context[0]
        return "d:in-context", f"[{it.status}/{it.tier}] {it.title[:100]!r}"
    for c in cands:
        if _has(haystack(c), words):
            p, floor, feats, which = _score(c)
            return "c:context-below", f"{which} {p:.2f} / {floor:.2f} | {c.text[:110]!r}"
    for sec in ([st.lead_in] if st.lead_in else []) + st.sections:
        for s in sec.sentences:
            if _has(f"{s.text} {sec.label}", words):
                return (
                    _sentence_reason(result, s.text, sec.procedural, ignores) + "+heading",
                    repr(s.text[:120]),
                )
    for sec in ([st.lead_in] if st.lead_in else []) + st.sections:
        if _has(sec.label, words):
            return "a:heading", repr(sec.label[:120])
        rows = [" ".join(c or "" for c in ln.cells) for ln in sec.table_rows if ln.cells]
        for row in rows:
            if _has(row, words):
                return "a:table-row", repr(row[:120])
    if _has(" ".join(ln.text for ln in st.head), words):
        line = next((ln.text for ln in st.head if _has(ln.text, words)), "")
        return "b:head", repr(line[:120]) if line else "(over several head lines)"
    if _has(" ".join(ln.text for ln in st.noise), words):
        return "b:noise", ""
    for sec in ([st.lead_in] if st.lead_in else []) + st.sections:
        if _has(" ".join(s.text for s in sec.sentences), words):
            hit = [s.text for s in sec.sentences if any(_has(s.text, [w]) for w in words)]
            return "a:across-sentences", " ‖ ".join(h[:70] for h in hit[:3])
    raw = "\n".join(ln.text for ln in doc.lines)
    if _has(raw, words) or _has(re.sub(r"-\n(?=[a-zåäö])", "", raw), words):
        return "a:lines", ""
    return "e:not-in-text", ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per miss")
    ap.add_argument("--stage", help="only misses whose stage starts with this")
    ap.add_argument(
        "--org-half",
        choices=HALVES,
        help="only the documents whose organisation name's sha256 starts with an even/odd byte",
    )
    ap.add_argument("--round", help="only the documents of this labelling round (r16 …)")
    args = ap.parse_args(argv)
    texts = args.texts or default_texts()
    ignores = rules()[1]
    counts: Counter[str] = Counter()
    total = 0
    for d in load_labels()["documents"]:
        path = texts / f"{d['id']}.txt"
        if d["kind"] != "minutes" or not path.is_file():
            continue
        if d.get("split", "dev") != "dev":
            continue  # a blind round is read only by its measure (accuracy_public.py)
        if args.org_half is not None and organisation_half(d) != args.org_half:
            continue
        if args.round is not None and d.get("round") != args.round:
            continue
        result = extract(read_document(path))
        expected = d.get("items", [])
        total += len(expected)
        review = pair(result.items + list(result.possible), expected, "open")
        for exp, it in review:
            if it is not None:
                continue
            stage, detail = classify(path, result, exp, ignores)
            counts[stage] += 1
            if args.verbose and (not args.stage or stage.startswith(args.stage)):
                print(f"{d['id']:8} {stage:24} {exp['match']} {detail}")
    print(f"labelled open items: {total}, not offered: {sum(counts.values())}")
    for letter in "abcde?":
        sub = {k: v for k, v in counts.items() if k[0] == letter}
        if sub:
            print(
                f"{letter}: {sum(sub.values())}  "
                + ", ".join(f"{k} {v}" for k, v in sorted(sub.items(), key=lambda kv: -kv[1]))
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
