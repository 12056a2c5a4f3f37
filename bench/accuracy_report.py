"""Accuracy of the report extractor over the labelled reports, as text, PDF and DOCX.

Each ``tests/data/fixtures/reports/*.expected.json`` lists every activity row of its
report (sample 004 and the labelled tertial reports) with text, start, end, deviation,
owner and status, checked by hand.  The PDF and DOCX versions are rendered with real
tables by ``tests/extract/report_render.py``.  An extracted activity *matches* an
expected row when their texts agree (≥ 90 % similar after normalising); each row may
match once.

Prints (pooled over every report and format)::

    report_activity_recall: 1.000    matched rows / expected rows
    report_date_accuracy: 1.000      matched rows with start and end right
    report_owner_accuracy: 1.000     matched rows with the right owner
    report_status_accuracy: 0.962    matched rows with the hand-labelled status
    report_extra_activities: 0       activity items that match no row
    report_goal_deviations_found: 1.000  partly/not met goals reported

``measure()`` returns the same figures as a dict (for ``bench/run.py``).
Run: ``.venv/bin/python bench/accuracy_report.py [-v]``
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.extract.report_expect import FIXTURES, compare, load  # noqa: E402
from tests.extract.report_render import render_report  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.ingest import read_document  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "samples"


def _sources() -> list[tuple[str, Path, dict[str, Any]]]:
    """(name, text file, expectation) of every labelled report."""
    out = []
    for path in sorted(FIXTURES.glob("*.expected.json")):
        expectation = load(path.name)
        name = path.name.removesuffix(".expected.json")
        source = FIXTURES / f"{name}.txt"
        if not source.exists():
            source = SAMPLES / expectation["file"]
        out.append((name, source, expectation))
    return out


def measure(verbose: bool = False) -> dict[str, float]:
    expected = found = dates = owners = status = extra = 0
    goals_expected = goals_found = 0
    with tempfile.TemporaryDirectory(prefix="tracker-accuracy-") as tmp:
        for name, source, expectation in _sources():
            files = {"txt": source}
            for fmt in ("pdf", "docx"):
                files[fmt] = render_report(source, expectation, Path(tmp) / f"{name}.{fmt}", fmt)
            for fmt, path in files.items():
                ex = extract(read_document(path))
                result = compare(expectation, ex)
                expected += result.expected
                found += result.found
                dates += result.dates_ok
                owners += result.owners_ok
                status += result.status_ok
                extra += result.extra
                want = {g["goal"] for g in expectation["goal_deviations"]}
                got = {c.title.split(": ", 1)[-1] for c in ex.items if c.kind == "goal_deviation"}
                goals_expected += len(want)
                goals_found += len(want & got)
                if verbose:
                    print(
                        f"# {name}.{fmt}: {result.found}/{result.expected} rader, "
                        f"datum {result.dates_ok}, ansvarig {result.owners_ok}, "
                        f"status {result.status_ok}, extra {result.extra}"
                    )
                    for problem in result.problems:
                        print(f"#   {problem}")

    def share(n: int, d: int) -> float:
        return round(n / d, 3) if d else 1.0

    return {
        "report_activity_recall": share(found, expected),
        "report_date_accuracy": share(dates, found),
        "report_owner_accuracy": share(owners, found),
        "report_status_accuracy": share(status, found),
        "report_extra_activities": float(extra),
        "report_goal_deviations_found": share(goals_found, goals_expected),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for key, value in measure(verbose="-v" in args).items():
        shown = int(value) if key == "report_extra_activities" else f"{value:.3f}"
        print(f"{key}: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
