"""The layout of a follow-up report (ILS verksamhetsberättelse, tertialrapport) read
from cleaned lines: goals with their judgements, activity tables with their rows,
analyses, and indicator tables.

Three kinds of input reach this module:

* **table rows with cells** – DOCX (one line per Word table row) and PDF (one line per
  printed line; a wrapped cell gives further lines with only that cell filled);
* **plain text** – a text file or a PDF whose tables were not recognised: a row is its
  activity text (narrow lines), then its dates ("2015-01-01 2015-12-31", sometimes
  "2015-12-" + "31" or a start and an end on separate lines), and the row's "Analys"
  may follow before the next row.  Cell text may also continue *after* the dates
  ("… Parallellt" / dates / "ska en översyn göras …"): such lines start in lower case.
* a mix of both (a PDF table interrupted by analysis paragraphs, the next part of the
  table without a header row).

The result, :class:`ReportLayout`, keeps the order of the document; the meaning (owner,
status, items) is decided in :mod:`tracker.extract.report`.

This module walks the document (goals, judgements, analyses, indicator tables); what a
layout is made of and the shared line tests are in :mod:`tracker.extract.report_layout`,
the activity tables in :mod:`tracker.extract.report_activities`.
"""

from __future__ import annotations

import re

from tracker.domain import Line
from tracker.extract.report_activities import _table
from tracker.extract.report_layout import (
    _ANALYS,
    _INDICATOR_HEAD,
    _KF_GOAL,
    _NAMND_GOAL,
    _TOP_GOAL,
    _WIDE,
    Goal,
    Indicator,
    ReportLayout,
    _join_parts,
    _judgement,
    _solo,
    _structural,
    match_header,
)

# --- the parser -----------------------------------------------------------------------------


class _Parser:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.out = ReportLayout()
        self.kf: Goal | None = None
        self.goal: Goal | None = None  # the goal that activities now sit under

    # -- driver --

    def run(self) -> ReportLayout:
        i, n = 0, len(self.lines)
        while i < n:
            i = self._step(i)
        return self.out

    def _step(self, i: int) -> int:
        ln = self.lines[i]
        text = ln.text.strip()
        header = match_header(self.lines, i)
        if header:
            self.out.tables += 1
            return _table(self, header[0], header[1])
        if self._goal_heading(i):
            return self._goal_text(i)
        verdict = _judgement(text)
        if verdict and self.goal is not None:
            if self.goal.judgement is None:
                self.goal.judgement = verdict
                self.goal.judgement_text = text
            return i + 1
        if _INDICATOR_HEAD.match(text) or (ln.cells and _INDICATOR_HEAD.match(ln.cells[0])):
            return self._indicators(i)
        m = _ANALYS.match(text)
        if m and _solo(ln) and self.goal is not None and len(text) < 60:
            j, body = self._analysis_block(i + 1, m.group(1) or "")
            self.goal.analysis.append(body)
            return j
        return i + 1

    # -- goals --

    def _goal_heading(self, i: int) -> bool:
        t = self.lines[i].text.strip()
        return bool(_KF_GOAL.match(t) or _NAMND_GOAL.match(t) or _TOP_GOAL.match(t))

    def _goal_text(self, i: int) -> int:
        ln = self.lines[i]
        t = ln.text.strip()
        m = _KF_GOAL.match(t)
        kind = "kf"
        if not m:
            m = _NAMND_GOAL.match(t)
            kind = "namnd"
        if not m:
            m = _TOP_GOAL.match(t)
            kind = "top"
        assert m is not None
        parts = [m.group(1).strip()] if m.group(1).strip() else []
        j = i + 1
        # The goal's wording runs until its judgement, an analysis or a table (at most a
        # few lines: goal texts are one sentence).
        while j < len(self.lines) and len(parts) < 4:
            nxt = self.lines[j].text.strip()
            if (
                _judgement(nxt)
                or _ANALYS.match(nxt)
                or self._goal_heading(j)
                or match_header(self.lines, j)
                or _INDICATOR_HEAD.match(nxt)
                or not _solo(self.lines[j])
            ):
                break
            if kind == "top" and parts:
                break
            if parts and (len(nxt) > _WIDE or parts[-1].endswith(".")):
                break
            parts.append(nxt)
            j += 1
        text = " ".join(parts).strip()
        if kind == "top":
            # An inriktningsmål only frames the KF goals below it.
            self.kf = None
            self.goal = None
            return j
        goal = Goal(kind=kind, text=text, page=ln.page, line=ln.line)
        if kind == "kf":
            self.kf = goal
        else:
            goal.parent = self.kf
        self.goal = goal
        self.out.goals.append(goal)
        return j

    # -- analysis paragraphs --

    def _analysis_block(self, j: int, first: str) -> tuple[int, str]:
        parts = [first] if first else []
        while j < len(self.lines):
            ln = self.lines[j]
            t = ln.text.strip()
            if not _solo(ln) or _structural(t) or match_header(self.lines, j):
                break
            if _ANALYS.match(t) and len(t) < 60:
                break
            parts.append(t)
            j += 1
        return j, _join_parts(parts)

    # -- indicator tables --

    def _indicators(self, i: int) -> int:
        """Indicator tables: remember the analyses that explain a deviation, with the
        indicator they belong to."""
        j = i + 1
        name_lines: list[Line] = []  # candidate name lines since the last boundary
        last_name = ""
        while j < len(self.lines):
            ln = self.lines[j]
            t = ln.text.strip()
            if match_header(self.lines, j) or (_structural(t) and not _INDICATOR_HEAD.match(t)):
                break
            if _INDICATOR_HEAD.match(t):
                name_lines = []
                j += 1
                continue
            m = _ANALYS.match(t)
            if m and len(t) < 60 and _solo(ln):
                name = _indicator_name(name_lines) or last_name
                j, body = self._analysis_block(j + 1, m.group(1) or "")
                if name:
                    self.out.indicators.append(
                        Indicator(
                            name=name, analysis=body, page=ln.page, line=ln.line, goal=self.goal
                        )
                    )
                last_name = name
                name_lines = []
                continue
            if ln.cells is None and len(t) > _WIDE:
                break
            name_lines.append(ln)
            j += 1
        return j


_UNIT = re.compile(
    r"^(?:[-+]?[\d.,/%-]+|st|%|kr|tkr|mnkr|dygn|kwh/kvm|kwh|VB|T[123]|tas|fram|av|nämnd\w*)$",
    re.IGNORECASE,
)


def _is_value(text: str) -> bool:
    """An indicator's values ("1 210 000 1 500 000 T2 2023", "45 51 7 tas fram"): at least
    half of the words are numbers or units."""
    words = text.split()
    return (
        bool(words)
        and 2 * sum(1 for w in words if _UNIT.match(w)) >= len(words)
        and any(ch.isdigit() for ch in text)
    )


def _leading_name(text: str) -> str:
    """The name before a line's trailing run of values ("Antal besök 120 000 131 000" →
    "Antal besök"): at least three value words after at least two words of name."""
    words = text.split()
    k = len(words)
    while k > 0 and _UNIT.match(words[k - 1]):
        k -= 1
    if len(words) - k < 3 or k < 2 or not any(ch.isdigit() for ch in " ".join(words[k:])):
        return ""
    return " ".join(words[:k])


_INDICATOR_HEADER_WORDS = re.compile(
    r"^(?:Periodens?|s utfall|utfall( VB)?|\d{4}|Årsmål|Årsmå|l|KF:s( årsmål)?|årsmål|"
    r"Period|Perio|d|VB \d{4}|Indikator)$",
    re.IGNORECASE,
)


def _indicator_name(lines: list[Line]) -> str:
    """The indicator just before an "Analys": its name lines precede its values."""
    if not lines:
        return ""
    if lines[-1].cells is not None:
        # Cell rows: the name is the first cell of the last row (and its wrapped lines).
        group: list[str] = []
        for ln in reversed(lines):
            cells = ln.cells or [ln.text]
            if cells[0]:
                group.insert(0, cells[0])
            if any(c for c in cells[1:]):
                break
        return _join_parts(group)
    # Plain text: walk back over the last values to the name, then to its start.
    k = len(lines) - 1
    while k >= 0 and _is_value(lines[k].text.strip()):
        k -= 1
    if k == len(lines) - 2:
        # One line holding the name and its values ("Andel nöjda besökare 78 % 81 % 90
        # %"): the words before the trailing values.
        lead = _leading_name(lines[-1].text.strip())
        if lead:
            return lead
    # Skip value-like trailers that wrapped ("av", "nämnd").
    end = k
    while k >= 0:
        t = lines[k].text.strip()
        if _is_value(t) or _INDICATOR_HEADER_WORDS.match(t) or t.endswith("."):
            break
        k -= 1
    names = [ln.text.strip() for ln in lines[k + 1 : end + 1]]
    # Wrapped value words ("av", "nämnd") precede the real values; drop short tails.
    while names and names[-1].lower() in {"av", "nämnd", "nämnden", "styrelsen"}:
        names.pop()
    return _join_parts(names)


def parse_layout(lines: list[Line]) -> ReportLayout:
    """Read the report's goals, activity rows and indicators from cleaned lines."""
    return _Parser(lines).run()
