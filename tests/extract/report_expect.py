"""Compare a report extraction with a hand-checked expectation file.

An expectation (``tests/data/fixtures/reports/*.expected.json``) lists every activity
row with its text, start, end, deviation, owner and status, plus the goals judged
partially met and the indicators whose deviation is explained.  Shared by the tests and
by ``bench/accuracy_report.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from tracker.domain import Candidate, Extraction

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "fixtures" / "reports"
#: Texts this similar are the same activity (PDF/DOCX wrap and hyphenate differently).
MATCH_RATIO = 0.9


def load(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text("utf-8"))


def norm(text: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü]+", "", text.lower())


@dataclass
class Comparison:
    expected: int
    found: int = 0  # expected activities matched exactly once
    duplicates: int = 0  # expected activities matched by more than one item
    extra: int = 0  # activity items matching no expected row
    dates_ok: int = 0
    owners_ok: int = 0
    status_ok: int = 0
    deviation_ok: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def _similar(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def compare(expectation: dict[str, Any], extraction: Extraction) -> Comparison:
    """Match expected activities to extracted ``activity`` items by text."""
    items = [c for c in extraction.items if c.kind == "activity"]
    texts = [norm(c.text) for c in items]
    expected = expectation["activities"]
    result = Comparison(expected=len(expected))
    used: dict[int, int] = {}
    pairs: list[tuple[dict[str, Any], Candidate | None]] = []
    for exp in expected:
        want = norm(exp["text"])
        scored = sorted(
            (
                (_similar(want, t), k)
                for k, t in enumerate(texts)
                if abs(len(t) - len(want)) < 0.3 * len(want) + 10
            ),
            reverse=True,
        )
        hits = [k for score, k in scored if score >= MATCH_RATIO]
        if not hits:
            result.problems.append(f"saknas: {exp['text'][:80]}")
            pairs.append((exp, None))
            continue
        k = hits[0]
        if len([h for h in hits if h not in used]) > 1 and len(hits) > 1:
            # Two items for one row: a row read twice.
            twin = [h for h in hits[1:] if _similar(want, texts[h]) >= 0.98]
            if twin:
                result.duplicates += 1
                result.problems.append(f"dubbel: {exp['text'][:80]}")
        used[k] = used.get(k, 0) + 1
        pairs.append((exp, items[k]))
    for exp, cand in pairs:
        if cand is None:
            continue
        result.found += 1
        start_ok = (cand.start.isoformat() if cand.start else None) == exp["start"]
        end_ok = (cand.due.isoformat() if cand.due else None) == exp["end"]
        if start_ok and end_ok:
            result.dates_ok += 1
        else:
            result.problems.append(
                f"datum: {exp['text'][:50]}: {cand.start}/{cand.due} ≠ {exp['start']}/{exp['end']}"
            )
        if cand.owner == exp["owner"]:
            result.owners_ok += 1
        else:
            result.problems.append(f"ansvarig: {exp['text'][:50]}: {cand.owner} ≠ {exp['owner']}")
        if cand.status == exp["status"]:
            result.status_ok += 1
        if (cand.deviation or None) == (exp.get("deviation") or None):
            result.deviation_ok += 1
        else:
            result.problems.append(
                f"avvikelse: {exp['text'][:50]}: {cand.deviation!r} ≠ {exp.get('deviation')!r}"
            )
    result.extra = len([k for k in range(len(items)) if k not in used])
    return result


def goal_deviations(extraction: Extraction) -> list[str]:
    return [c.title for c in extraction.items if c.kind == "goal_deviation"]
