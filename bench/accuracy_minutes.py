"""Accuracy of the minutes extractor over the labelled fixtures.

Each ``tests/data/fixtures/minutes/*.expected.json`` lists the open and closing items a
careful secretary would take from its document (the ``.txt`` of the same name, or the
file named by ``"source"``).  An extracted item *matches* an expected one when all the
expected ``match`` words occur in its title, text, evidence or section heading (all shown
with the item) and its status agrees.

Prints ``minutes_recall`` (confident items), ``minutes_review_recall`` (with the possible
items shown unchecked in review), ``minutes_precision`` and ``minutes_due_accuracy`` (share of
matched items with the expected due date and, where given, precision), plus owner and
kind accuracy, and ``minutes_seconds_100_pages``: the time to extract a 100-page minutes
document (sample 002 repeated, about 10 000 lines; target well under 1 s).
``measure()`` returns the same figures as a dict.

Run: ``.venv/bin/python bench/accuracy_minutes.py [-v] [--fixtures DIR]`` (``DIR``: another
folder of labelled documents, e.g. a held-out set written without looking at the rules).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data" / "fixtures" / "minutes"
#: Labelled documents written without looking at the rules and not yet tuned on.
HOLDOUT = ROOT / "tests" / "data" / "fixtures" / "minutes_holdout"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tracker.domain import Candidate, Document, DocumentInfo, Extraction  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.ingest import read_document  # noqa: E402


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _same_name(got: str | None, wanted: Any) -> bool:
    for w in _as_list(wanted):
        if w is None and got is None:
            return True
        if w is None or got is None:
            continue
        a, b = got.casefold(), str(w).casefold()
        short, long_ = sorted((a, b), key=len)
        # "Linnea" ~ "Linnea Ahl", "HR" ~ "HR-chefen"; not a broken "Kultur-".
        if a == b or (short in long_ and not short.endswith("-") and len(short) >= 2):
            return True
    return False


def _due_ok(it: Candidate, exp: dict[str, Any]) -> bool:
    wanted = exp.get("due")
    got = it.due.isoformat() if it.due else None
    if got != wanted:
        return False
    return "due_precision" not in exp or exp["due_precision"] == it.due_precision


def cases(folder: Path = FIXTURES) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for exp_path in sorted(folder.glob("*.expected.json")):
        spec = json.loads(exp_path.read_text(encoding="utf-8"))
        source = spec.get("source")
        doc_path = (
            (exp_path.parent / source).resolve()
            if source
            else exp_path.with_name(exp_path.name.replace(".expected.json", ".txt"))
        )
        out.append((doc_path, spec))
    return out


def match(
    result: Extraction, spec: dict[str, Any]
) -> list[tuple[dict[str, Any], Candidate | None]]:
    """Pair each expected item with the extracted item that matches it (or None): the
    same one-to-one matching as the real documents' scorer."""
    from bench.accuracy_public import pair

    return pair(result.items, spec["items"], None)


def seconds_100_pages() -> float:
    """Extraction time for a 100-page document built from sample 002 (best of three)."""
    from tracker.extract.minutes import extract_minutes

    sample = read_document(ROOT / "tests" / "data" / "samples" / "002_67bf5d675aa1465c.txt")
    per_page = 50
    lines = []
    for page in range(1, 101):
        chunk = sample.lines[(page * per_page) % len(sample.lines) :][:per_page]
        for n, ln in enumerate(chunk, 1):
            lines.append(type(ln)(ln.text, page, n))
    doc = Document(sample.path, sample.sha256, "txt", 100, lines)
    info = DocumentInfo(doc.file_name, doc.sha256, "txt", 100, "minutes")
    extract_minutes(doc, info)  # rules compiled once, outside the timing
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        extract_minutes(doc, info)
        best = min(best, time.perf_counter() - t0)
    return best


def measure(
    verbose: bool = False, *, speed: bool = False, folder: Path = FIXTURES
) -> dict[str, float]:
    expected = extracted = matched = due_ok = owner_ok = kind_ok = at_review = 0
    for doc_path, spec in cases(folder):
        result = extract(read_document(doc_path))
        pairs = match(result, spec)
        # With the possible items (shown unchecked): what the secretary sees in review.
        both = Extraction(result.document, result.meeting, result.items + result.possible)
        at_review += sum(it is not None for _, it in match(both, spec))
        expected += len(pairs)
        extracted += len(result.items)
        hits = [(e, it) for e, it in pairs if it is not None]
        matched += len(hits)
        due_ok += sum(_due_ok(it, e) for e, it in hits)
        owner_ok += sum(_same_name(it.owner, e.get("owner")) for e, it in hits)
        kind_ok += sum(it.kind in _as_list(e.get("kind")) for e, it in hits)
        if verbose:
            print(
                f"# {doc_path.name}: {len(hits)}/{len(pairs)} found, "
                f"{len(result.items)} extracted"
            )
            for e, it in pairs:
                if it is None:
                    print(f"   MISS {e['match']}")
                    continue
                flags = []
                if not _due_ok(it, e):
                    flags.append(f"due {it.due} {it.due_precision} != {e.get('due')}")
                if not _same_name(it.owner, e.get("owner")):
                    flags.append(f"owner {it.owner!r} != {e.get('owner')!r}")
                if it.kind not in _as_list(e.get("kind")):
                    flags.append(f"kind {it.kind} != {e.get('kind')}")
                if flags:
                    print(f"   ok   {e['match']}: " + "; ".join(flags))
            found = {id(it) for _, it in hits}
            for it in result.items:
                if id(it) not in found:
                    print(f"   EXTRA [{it.kind}/{it.status}] {it.title[:90]!r}")
    return {
        "minutes_recall": round(matched / expected, 3) if expected else 0.0,
        "minutes_review_recall": round(at_review / expected, 3) if expected else 0.0,
        "minutes_precision": round(matched / extracted, 3) if extracted else 0.0,
        "minutes_due_accuracy": round(due_ok / matched, 3) if matched else 0.0,
        "minutes_owner_accuracy": round(owner_ok / matched, 3) if matched else 0.0,
        "minutes_kind_accuracy": round(kind_ok / matched, 3) if matched else 0.0,
        "minutes_expected_items": float(expected),
    } | ({"minutes_seconds_100_pages": round(seconds_100_pages(), 3)} if speed else {}) | (
        _blind(verbose) if folder == FIXTURES else {}
    )


def _blind(verbose: bool) -> dict[str, Any]:
    """The same figures over the held-out set, when there is one: the tuned set scores
    what the rules were fitted to, the held-out set what a new municipality's minutes
    would get."""
    docs = sorted(HOLDOUT.glob("*.expected.json"))
    if not docs:
        return {}
    if verbose:
        print("## held-out set")
    figures = measure(verbose, folder=HOLDOUT)
    out: dict[str, Any] = {
        f"minutes_blind_{k.removeprefix('minutes_')}": v
        for k, v in figures.items()
        if k in ("minutes_recall", "minutes_review_recall", "minutes_precision",
                 "minutes_due_accuracy")
    }
    out["notes"] = {
        "minutes_blind_recall": f"{len(docs)} documents never tuned on "
        f"({int(figures['minutes_expected_items'])} items, {HOLDOUT.relative_to(ROOT)})"
    }
    return out


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="per-document detail")
    parser.add_argument(
        "--fixtures", type=Path, default=FIXTURES,
        help="folder of *.expected.json (default: the labelled minutes fixtures)",
    )
    args = parser.parse_args()
    figures = measure(verbose=args.verbose, speed=True, folder=args.fixtures)
    notes = figures.pop("notes", {})
    for name, value in figures.items():
        print(f"{name}: {value:g}" + (f"  {notes[name]}" if name in notes else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
