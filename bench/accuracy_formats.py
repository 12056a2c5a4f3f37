"""The held-out style check in every format: the same documents as TXT, PDF and DOCX.

Each labelled document (default: the held-out minutes in
``tests/data/fixtures/minutes_holdout/``, never tuned on) is read from its source and
rendered as the parity test renders it (``tests/parity.py``): to text, to PDF with ruling
lines, to PDF without ruling lines (tables placed by position only), both with a running
header and "Sida N av M" footers, and to DOCX.  Every variant is read back, extracted and
scored against the same labels as ``accuracy_minutes.py`` (one-to-one matching).

Prints, per format, ``formats_<variant>_recall``, ``_review_recall``, ``_precision``,
``_due_accuracy`` and ``_owner_accuracy``, and ``formats_spread_recall``: the largest
difference in recall between two formats (0 when every format gives the same figures).
``measure()`` returns the same figures as a dict.

Run: ``.venv/bin/python bench/accuracy_formats.py [-v] [--fixtures DIR]``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.accuracy_minutes import HOLDOUT, _due_ok, _same_name, cases, match  # noqa: E402
from tracker.domain import Extraction  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.ingest import read_document  # noqa: E402

#: The variants, as the parity test names them: "source" is the labelled file itself.
FORMATS = ("source", "txt", "pdf", "pdf-utan-linjer", "docx")


def measure(verbose: bool = False, *, folder: Path = HOLDOUT) -> dict[str, float]:
    from tests.parity import render_variants

    tally = {
        f: dict.fromkeys(("expected", "extracted", "matched", "review", "due", "owner"), 0)
        for f in FORMATS
    }
    with tempfile.TemporaryDirectory() as tmp:
        for doc_path, spec in cases(folder):
            doc = read_document(doc_path)
            files = {"source": doc_path} | render_variants(doc_path, doc, Path(tmp))
            for fmt in FORMATS:
                result = extract(doc if fmt == "source" else read_document(files[fmt]))
                pairs = match(result, spec)
                both = Extraction(result.document, result.meeting, result.items + result.possible)
                hits = [(e, it) for e, it in pairs if it is not None]
                t = tally[fmt]
                t["expected"] += len(pairs)
                t["extracted"] += len(result.items)
                t["matched"] += len(hits)
                t["review"] += sum(it is not None for _, it in match(both, spec))
                t["due"] += sum(_due_ok(it, e) for e, it in hits)
                t["owner"] += sum(_same_name(it.owner, e.get("owner")) for e, it in hits)
                if verbose:
                    print(
                        f"# {doc_path.name} {fmt}: {len(hits)}/{len(pairs)} found, "
                        f"{len(result.items)} extracted"
                    )
    out: dict[str, float] = {}
    for fmt, t in tally.items():
        name = fmt.replace("-", "_")

        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        out[f"formats_{name}_recall"] = ratio(t["matched"], t["expected"])
        out[f"formats_{name}_review_recall"] = ratio(t["review"], t["expected"])
        out[f"formats_{name}_precision"] = ratio(t["matched"], t["extracted"])
        out[f"formats_{name}_due_accuracy"] = ratio(t["due"], t["matched"])
        out[f"formats_{name}_owner_accuracy"] = ratio(t["owner"], t["matched"])
    recalls = [out[f"formats_{f.replace('-', '_')}_recall"] for f in FORMATS]
    out["formats_spread_recall"] = round(max(recalls) - min(recalls), 3)
    return out


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="per-document detail")
    parser.add_argument(
        "--fixtures",
        type=Path,
        default=HOLDOUT,
        help="folder of *.expected.json (default: the held-out minutes)",
    )
    args = parser.parse_args()
    for name, value in measure(verbose=args.verbose, folder=args.fixtures).items():
        print(f"{name}: {value:g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
