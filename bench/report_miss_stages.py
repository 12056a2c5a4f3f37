"""Why each labelled open item of the real follow-up reports is lost: the report
counterpart of ``miss_stages.py`` (which asks the minutes pipeline).

For every expected open entry that is not confident (``--review``: not even offered as
possible), the first cause that explains it is named, in the order a report is read:

* ``kind:minutes`` / ``kind:unknown`` — the document was not read as a report (the minutes
  rules read it; ``+offered`` when they offered the entry unchecked);
* ``e:not-in-text`` — the label's words are not in the text;
* ``d:status`` — an item holds the words but with another status (done, unclear): the
  status vocabulary or the verdict was read wrong; ``d:taken`` — it holds them but serves
  another label (two entries read as one);
* ``d:in-context`` — the words stand only in an item's context (its evidence, section);
* ``c:status-word`` — the words stand in one sentence that holds a status or progress
  word the reader knows, yet no entry was made (its structure not recognised);
  ``c:no-status-word`` — in one sentence without one (the state is told otherwise: a
  figure, a verdict, effort); ``-line``: on one line, over several sentences;
* ``a:near`` / ``a:far`` — the words are spread over lines up to 5 apart / further (an
  entry and its status far apart: a table flattened, a page's fields);
* ``a:lines`` — the words only meet across line ends in the raw text.

Run: ``.venv/bin/python bench/report_miss_stages.py [--texts DIR] [-v] [--review]
[--org-half even|odd] [--round rN]``; only counts and per-miss lines are printed (the
texts are third-party documents and stay outside the repository).  TUNE AND READ ONLY
THE HALF YOUR WORK NAMES: ``-v`` prints the labels' words.
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
from tracker.domain import Extraction  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.extract.followup_words import vocabulary  # noqa: E402
from tracker.extract.report_rules import sentences  # noqa: E402
from tracker.ingest import read_document  # noqa: E402

#: Lines apart beyond which an entry and its words count as far apart.
NEAR_LINES = 5


def _has(text: str, words: list[str]) -> bool:
    t = " ".join(text.split()).casefold()
    return all(" ".join(w.split()).casefold() in t for w in words)


def classify(doc_path: Path, result: Extraction, exp: dict[str, Any]) -> tuple[str, str]:
    """(stage, detail) of one lost label."""
    words = exp["match"]
    every = result.items + list(result.possible)
    offered = any(it.status == "open" and _has(haystack(it), words) for it in result.possible)
    if result.document.kind != "report":
        return f"kind:{result.document.kind}" + ("+offered" if offered else ""), ""
    doc = read_document(doc_path)
    texts = [" ".join(ln.text.split()) for ln in doc.lines if ln.text.strip()]
    raw = "\n".join(texts)
    if not _has(raw, words) and not _has(" ".join(texts), words):
        return "e:not-in-text", ""
    own = [it for it in every if _has(f"{it.title} {it.text}", words)]
    if own:
        it = own[0]
        tag = "d:taken" if it.status == "open" else "d:status"
        return tag, f"[{it.status}/{it.tier}] {it.title[:90]!r}"
    if any(_has(haystack(it), words) for it in every):
        return "d:in-context", ""
    voc = vocabulary()
    # (a status value as a whole word: "fortsatt" is no part of "fortsatte")
    value = re.compile(rf"(?<![\wåäö])(?:{voc.open_value.pattern})(?![\wåäö])", re.I)
    for t in texts:
        if _has(t, words):
            # the sentence that holds the words, where one does (a transcript's page is
            # one line)
            one = next((s for s in sentences(t) if _has(s, words)), None)
            where = one or t
            said = value.search(where) or voc.prose_open.search(where)
            stage = ("c:status-word" if said else "c:no-status-word") + (
                "" if one else "-line")
            return stage, (f"({said.group(0)}) " if said else "") + repr(where[:110])
    # the first line of each word, how far apart
    at = []
    for w in words:
        hit = next((k for k, t in enumerate(texts) if _has(t, [w])), None)
        if hit is not None:
            at.append(hit)
    if len(at) == len(words):
        gap = max(at) - min(at)
        return ("a:near" if gap <= NEAR_LINES else "a:far"), f"{gap} lines apart"
    return "a:lines", ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per miss")
    ap.add_argument("--review", action="store_true",
                    help="only the labels not even offered as possible items")
    ap.add_argument("--org-half", choices=HALVES)
    ap.add_argument("--round", help="only the documents of this labelling round (r16 …)")
    args = ap.parse_args(argv)
    texts = args.texts or default_texts()
    counts: Counter[str] = Counter()
    total = 0
    for d in load_labels()["documents"]:
        path = texts / f"{d['id']}.txt"
        if d["kind"] != "report" or not path.is_file() or d.get("split", "dev") != "dev":
            continue
        if args.org_half is not None and organisation_half(d) != args.org_half:
            continue
        if args.round is not None and d.get("round") != args.round:
            continue
        result = extract(read_document(path))
        expected = d.get("items", [])
        total += len(expected)
        pool = result.items + (list(result.possible) if args.review else [])
        for exp, it in pair(pool, expected, "open"):
            if it is not None:
                continue
            stage, detail = classify(path, result, exp)
            counts[stage] += 1
            if args.verbose:
                print(f"{d['id']:8} {stage:20} {exp['match']} {detail}")
    lost = sum(counts.values())
    print(f"labelled open items: {total}, lost{' at review' if args.review else ''}: {lost}")
    for stage, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {stage:20} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
