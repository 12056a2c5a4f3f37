"""Warnings about dates in minutes: a weekday that does not match its date, a deadline
before the meeting, due dates that cannot be resolved without a meeting date.

A mixin of the minutes reader (:mod:`tracker.extract.minutes`), run after the items are
read.
"""

from __future__ import annotations

import datetime as dt

from tracker.domain import Candidate, Document, ExtractWarning
from tracker.extract.dates import parse_period
from tracker.extract.minutes_patterns import _DEADLINE_CUE, _PROBE_REFS, _WARN_CUE
from tracker.extract.minutes_text import _shorten
from tracker.language.date_period import WEEKDAY_NAMES
from tracker.language.dates import find_periods

#: What the warning says of a meeting date written without a year that the document does
#: not give (the review asks the secretary for it); :func:`asks_for_year` reads it back.
YEARLESS_SAYS = "står utan årtal"


def asks_for_year(warnings: list[ExtractWarning]) -> bool:
    """Whether the minutes reading found the meeting's date written without its year."""
    return any(YEARLESS_SAYS in w.message for w in warnings)


class _DateWarningsMixin:
    """Adds the date warnings of a read document to the reader's warnings."""

    # Set by the reader before the warnings are made.
    doc: Document
    items: list[Candidate]
    warnings: list[ExtractWarning]
    ref: dt.date | None
    dref: dt.date | None
    next: dt.date | None
    yearless: list[str]

    def _unanchored_dates(self) -> None:
        """Without a meeting date, "12/3" or "i april" has no year to belong to: resolving
        it against today would put it in the wrong year without anyone noticing (and
        change with the day the program runs).  Such
        due dates are left unresolved (the written phrase is kept) and the secretary is
        told; dates that carry their own year stay."""
        unresolved = []
        for it in self.items:
            if not it.due_text:
                continue
            a = parse_period(it.due_text, _PROBE_REFS[0], self.next)
            b = parse_period(it.due_text, _PROBE_REFS[1], self.next)
            if a is None or b is None:
                if it.due is None:
                    continue  # no date at all ("snarast")
            elif a.end == b.end:
                continue  # its own year, or the next meeting's date
            it.due = None
            it.due_precision = None
            unresolved.append(it.due_text)
        message = "Mötesdatumet hittades inte i dokumentet."
        if self.yearless:
            message = (f"Mötesdatumet ”{self.yearless[0]}” {YEARLESS_SAYS}, och årtalet framgår "
                       "inte av dokumentet. Ange mötesdatumet vid granskningen.")
        if unresolved:
            shown = ", ".join(f"”{t}”" for t in dict.fromkeys(unresolved))
            message += (f" Datum utan årtal ({_shorten(shown, 120)}) har inte tolkats; "
                        "ange sista dag vid granskningen.")
        self.warnings.append(ExtractWarning(message, None, None, None))

    def _date_warnings(self) -> None:
        seen: set[tuple[int, int, str]] = set()
        lines = self.doc.lines
        text_lines = [ln for ln in lines if ln.text.strip()]
        # Join neighbouring lines so a phrase broken over two lines is still read.
        cues = [bool(_WARN_CUE.search(ln.text)) for ln in text_lines] + [False]
        for i, ln in enumerate(text_lines):
            # Only a weekday or a deadline word can lead to a warning.
            if not (cues[i] or cues[i + 1]):
                continue
            window = " ".join(x.text.strip() for x in text_lines[i : i + 2])
            first_len = len(ln.text.strip())
            for p in find_periods(window, self.dref, self.next):
                if p.pos > first_len:
                    continue
                key = (ln.page, ln.line, p.text)
                if key in seen:
                    continue
                seen.add(key)
                if p.weekday_mismatch and p.end is not None and p.weekday:
                    actual = WEEKDAY_NAMES[p.end.weekday()]
                    self.warnings.append(
                        ExtractWarning(
                            f"Veckodagen stämmer inte med datumet: ”{p.text}” – "
                            f"{p.end.isoformat()} är en {actual}, inte en {p.weekday}. "
                            "Kontrollera datumet i dokumentet.",
                            ln.page, ln.line, window,
                        )
                    )
                if (
                    self.ref is not None
                    and p.precision == "day"
                    and p.end is not None
                    and p.end < self.ref
                    and _DEADLINE_CUE.search(window[max(0, p.pos - 60) : p.stop])
                ):
                    self.warnings.append(
                        ExtractWarning(
                            f"Datumet ”{p.text}” ({p.end.isoformat()}) ligger före mötesdatumet "
                            f"{self.ref.isoformat()} men läses som en sista dag. "
                            "Kontrollera datumet.",
                            ln.page, ln.line, window,
                        )
                    )
        if self.ref is not None:
            for it in self.items:
                if it.status == "open" and it.due is not None and it.due < self.ref:
                    self.warnings.append(
                        ExtractWarning(
                            f"Sista dag {it.due.isoformat()} för ”{_shorten(it.title, 80)}” "
                            f"ligger före mötesdatumet {self.ref.isoformat()}.",
                            it.page, it.line, it.evidence,
                        )
                    )
