"""Table rows in minutes as items: action tables ("Vad / Vem / När"), balance-list
tables, and decision logs whose decision gives someone a task with a date.

A mixin of the minutes reader (:mod:`tracker.extract.minutes`): it reads with the reader's
aliases, phrase rules and reference dates and adds to its items.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.domain import Candidate, Line
from tracker.extract.dates import parse_period, pick_due
from tracker.extract.minutes_patterns import _ENDS_DONE, _OWNER_SPLIT, _STARTS_DONE
from tracker.extract.minutes_people import _owner_name
from tracker.extract.minutes_text import _clean_title, _mask_quotes, _shorten
from tracker.extract.phrases import Rule
from tracker.extract.sections import Section
from tracker.extract.tables import table_kind
from tracker.language.aliases import Aliases
from tracker.language.dates import find_periods
from tracker.language.table_words import DONE, OPEN, columns

#: Cells as written: pipes, tabs or wide gaps between them.
_SEPARATED = re.compile(r"\||\t|\s{3,}")


class _TableRowsMixin:
    """Reads the table rows of a section into the reader's items."""

    # Set by the reader before any section is read.
    al: Aliases
    rules: list[Rule]
    items: list[Candidate]
    dref: dt.date | None
    next: dt.date | None

    def _tables(self, sec: Section) -> None:
        tables: dict[int, list[Line]] = {}
        for ln in sec.table_rows:
            tables.setdefault(ln.table if ln.table is not None else -1, []).append(ln)
        for rows in tables.values():
            self._table(sec, rows)

    def _table(self, sec: Section, rows: list[Line]) -> None:
        header_idx, cols = None, {}
        for i, row in enumerate(rows[:3]):
            cols = columns(row.cells or [])
            if "what" in cols and ({"who", "when", "status"} & cols.keys()):
                header_idx = i
                break
        if header_idx is None:
            return
        header = [c.strip().lower() for c in rows[header_idx].cells or []]
        kind = table_kind(rows[header_idx].cells or [], cols,
                          [sec.title, *self._line_before(sec, rows[0])])
        last: Candidate | None = None
        for row in rows[header_idx + 1 :]:
            cells = [" ".join(c.split()) for c in (row.cells or [])]
            if [c.lower() for c in cells] == header or all(
                not c or re.fullmatch(r"[-:| ]+", c) for c in cells
            ):
                continue

            def cell(role: str, cells: list[str] = cells) -> str:
                idx = cols.get(role)
                return cells[idx].strip() if idx is not None and idx < len(cells) else ""

            what = cell("what")
            if not what:
                continue
            if kind == "decision":
                # A decision taken is no open item, unless it gives someone a task
                # with a date ("Förvaltningen får i uppdrag att … senast 1 december").
                last = self._decision_task(sec, row, what)
                continue
            if (
                last is not None and "id" in cols and not cell("id")
                and not any(cell(r) for r in ("who", "when"))
                # A status that wrapped ("Pågår, förslag" / "tas fram") is no new status.
                and not (DONE.match(cell("status")) or OPEN.match(cell("status")))
            ):
                # A PDF/Word row broken over two rows: no number, no owner, no date,
                # only more of the description (and of its status) above.
                last.title = _shorten(f"{last.title} {what}")
                last.text = last.evidence = f"{last.text} {what}"
                continue
            who_raw = cell("who")
            owners = [o for o in (_owner_name(x, self.al)
                                  for x in _OWNER_SPLIT.split(who_raw)) if o]
            when = cell("when")
            period = parse_period(when, self.dref, self.next) if when else None
            status_text = cell("status")
            if period is None and not when and "when" not in cols:
                # No date column: the status says when ("Beställd, installeras i
                # november.", "Återkommer till KPR i februari") – a date still ahead.
                ahead = [p for p in find_periods(status_text or cell("comment"), self.dref,
                                                 self.next)
                         if p.end and self.dref and p.end > self.dref]
                period = pick_due(ahead)
                when = period.text if period else ""
            status = "open"
            if (
                DONE.match(status_text)
                or (not status_text and DONE.match(when))
                # "Ny slinga installerad i april. Stängs." / a comment ending "… Klart."
                or _ENDS_DONE.search(status_text or cell("comment"))
                # No status column: a comment that opens with a bare status word ("Klar.
                # Rapporten finns i Teams.", "Stängd – ersätts av …"), not "Klart senast …".
                or (not status_text and _STARTS_DONE.match(cell("comment"))
                    and DONE.match(cell("comment")))
            ):
                status = "done"
            raised = cell("raised")
            start = parse_period(cell("start"), self.dref) if cell("start") else None
            parts = [c for c in cells if c]
            # A row the text-table reader made of a written line ("7. Lokalplanen –
            # pågår, nytt datum 30/4"): the line as written is the evidence, not the
            # cells cut out of it.
            written = (row.table or 0) >= 1000 and not _SEPARATED.search(row.text)
            conf = 0.85 if owners and period else 0.75
            last = Candidate(
                title=_shorten(what),
                text=" | ".join(parts),
                kind=kind,
                status=status,
                owner=owners[0] if owners else None,
                co_owners=owners[1:],
                raised_by=self.al.canonical(raised) if raised else None,
                due=period.end if period else None,
                due_text=when or None,
                due_precision=period.precision if period else None,
                start=start.start if start else None,
                deviation=cell("comment") or None,
                section=sec.label or None,
                page=row.page,
                line=row.line,
                evidence=" ".join(row.text.split()) if written else " | ".join(parts),
                confidence=conf,
                reasons=[f"tabellrad ({kind}): kolumnerna " + ", ".join(
                    k for k in ("what", "owner", "when", "status", "comment") if cell(k)
                )],
            )
            self.items.append(last)

    @staticmethod
    def _line_before(sec: Section, first: Line) -> list[str]:
        """The text line just before a table in its section ("Genomgång av
        åtgärdslistan:"), if any: it often says what kind of list the table is."""
        before = None
        for ln in sec.lines:
            if ln is first:
                break
            if ln.cells is None and ln.text.strip():
                before = ln.text.strip()
        return [before] if before else []

    def _decision_task(self, sec: Section, row: Line, what: str) -> Candidate | None:
        """A row of a decision log whose decision assigns a task with a date."""
        masked = _mask_quotes(what)
        for rule in self.rules:
            if rule.kind not in ("assignment", "action") or rule.status != "open":
                continue
            m = rule.regex.search(masked)
            if m is None:
                continue
            periods = find_periods(what, self.dref, self.next)
            if not periods or periods[-1].end is None:
                return None
            owner = _owner_name(m.groupdict().get("owner"), self.al)
            p = periods[-1]
            item = Candidate(
                title=_shorten(_clean_title(what)),
                text=what,
                kind="assignment",
                status="open",
                owner=owner,
                due=p.end,
                due_text=p.text,
                due_precision=p.precision,
                section=sec.label or None,
                page=row.page,
                line=row.line,
                evidence=what,
                confidence=0.7,
                reasons=[f"beslutslogg: regel {rule.name}", f"datum: {p.text}"],
            )
            self.items.append(item)
            return item
        return None
