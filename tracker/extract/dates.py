"""Due dates: which of the date expressions a text holds is the deadline
(:func:`pick_due`, :func:`is_cued`), one cell or phrase read as a period
(:func:`parse_period`), and a candidate's due fields (:func:`due_fields`).  The
expressions themselves are found by :func:`tracker.language.dates.find_periods`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tracker.language.date_period import Period
from tracker.language.dates import find_periods

_DUE_CUE = re.compile(
    r"^(?:senast|till|före|innan|inom|klart|klar|t\.o\.m|tom|till och med|per)\b", re.IGNORECASE
)


def due_fields(period: Period | None) -> dict[str, Any]:
    """A candidate's ``due``, ``due_text`` and ``due_precision`` from a resolved period
    (all None without one): ``Candidate(…, **due_fields(period))``."""
    if period is None:
        return {"due": None, "due_text": None, "due_precision": None}
    return {"due": period.end, "due_text": period.text, "due_precision": period.precision}


def is_cued(period: Period) -> bool:
    """The phrase is introduced as a deadline ("senast 30/4", "till v. 12", "före jul")."""
    return bool(_DUE_CUE.match(period.text))


def pick_due(periods: list[Period]) -> Period | None:
    """The period that most likely is a deadline: one introduced by "senast", "till",
    "före" … wins; otherwise the last one (deadlines close a sentence)."""
    if not periods:
        return None
    cued = [p for p in periods if _DUE_CUE.match(p.text)]
    return (cued or periods)[-1]


#: A clause that tells what the task is for, or what comes after it: its times are the
#: later step's ("… presenteras i maj 2022 så att regionfullmäktige kan ta beslut i juni").
_PURPOSE = re.compile(r"\b(?:så\s+att|för\s+att|varefter|varpå|därefter)\s", re.IGNORECASE)


def before_purpose(periods: list[Period], text: str) -> list[Period]:
    """The periods of ``text`` but those told after a clause of purpose or sequel that
    follows one of them: the task's own time comes first."""
    m = next((m for m in _PURPOSE.finditer(text)
              if any(p.pos < m.start() for p in periods)), None)
    return periods if m is None else [p for p in periods if p.pos < m.start()]


def parse_period(
    text: str, ref: dt.date | None = None, next_meeting: dt.date | None = None
) -> Period | None:
    """Read one cell or phrase ("30/4", "v. 16", "april", "Q2 2024") as a period.

    Bare month names are accepted here (a "När" cell that says "april" means April).
    """
    return pick_due(find_periods(text, ref, next_meeting, strict=False))


__all__ = ["before_purpose", "due_fields", "is_cued", "parse_period", "pick_due"]
