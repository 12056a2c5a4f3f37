"""Follow-up entries in lists under a status heading: "Pågående arbeten", "Sammanfattning
av kvarstående brister", "Åtgärdade rekommendationer", "Uppdrag som pågår" give their
status to the bullets and numbered points below them.

A mixin of the structured reader (:mod:`tracker.extract.followup_structured`): it adds
:class:`~tracker.extract.followup_entries.Entry` objects to the reader's entries and
tells which lines it used.
"""

from __future__ import annotations

import re

from tracker.domain import Line
from tracker.extract.followup_entries import Entry
from tracker.extract.followup_lines import _BOILERPLATE, _BULLET, _clean, body_heading, status_of
from tracker.extract.followup_sentences import due_in
from tracker.extract.followup_words import Vocabulary

#: A numbered point: "1. Undervisning och lärande", "2) Rutiner".
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
#: A lead that sets a date for the list under it: "Senaste datum för redovisning",
#: "ska vara åtgärdade senast", "Slutdatum".
_SECTION_DUE = re.compile(r"\bsenast(?:e)?\b|\bslutdatum\b|\btidplan\b", re.IGNORECASE)


class _ListsMixin:
    """Reads the lists under status headings into the reader's entries."""

    # Set by the reader (:class:`tracker.extract.report_followup._Reader`).
    lines: list[Line]
    voc: Vocabulary
    entries: list[Entry]

    # -- lists under a status heading --

    def _status_heading(self, k: int) -> tuple[str, str] | None:
        """(status, heading) when line ``k`` is a heading that gives its status to the
        list under it ("Pågående arbeten", "Sammanfattning av kvarstående brister")."""
        ln = self.lines[k]
        text = _clean(ln.text).strip(" .:")
        if ln.cells is not None or _BULLET.match(ln.text):
            return None
        sh = self.voc.status_heading.fullmatch(text)
        if sh is None:
            return None
        st = status_of(sh.group("status") or sh.group("status2"))
        if st is None or st[0] == "colour":
            return None
        also = status_of(sh.group("also")) if sh.group("also") else None
        if sh.group("also") and (also is None or also[0] != st[0]):
            return None  # "Avslutade och pågående uppdrag": no one status for the list
        return st[0], text

    def _plain_list(self, start: int) -> int:
        """How many lines from ``start`` are entries printed a line each: short names
        (a capital first, at most twelve words, no full stop), no bullet, no heading."""
        j = start
        while j < len(self.lines):
            ln = self.lines[j]
            text = _clean(ln.text)
            if (
                ln.cells is not None
                or _BULLET.match(ln.text)
                or not text[:1].isupper()
                or len(text.split()) > 12
                or text.rstrip().endswith((".", ":", "!", "?"))
                or self._status_heading(j)
                or body_heading(text)
                or self.voc.section.fullmatch(text.strip(" .:"))
                or _BOILERPLATE.match(text)
                or status_of(text)
            ):
                break
            j += 1
        return j - start

    def _status_sections(self) -> dict[int, str | None]:
        """Entries of the lists under status headings; returns the lines they used (each
        with the owner a body heading among them names, else None).

        The list is made of bullets and numbered points (a point's wrapped lines go
        with it); a paragraph before the first point is its lead ("Detta är klart:",
        "Enligt bedömningen är nedanstående brister ännu ej åtgärdade …") and may set a
        date for all of them ("Senaste datum för redovisning 2025-01-31"); a paragraph
        after the points, another heading, a body heading or a table ends the list.  A
        numbered point that is only a name over bullets is their group, no entry."""
        used: dict[int, str | None] = {}
        n = len(self.lines)
        k = 0
        owner: str | None = None
        while k < n:
            head = body_heading(_clean(self.lines[k].text))
            if head:
                owner = head
            found = self._status_heading(k)
            if found is None:
                k += 1
                continue
            status, heading = found
            used[k] = None
            segments: list[tuple[str, int, list[str]]] = []  # (kind, first line, texts)
            j = k + 1
            plain = self._plain_list(k + 1)
            if plain >= 2:
                # Entries printed a line each without bullets ("Uppdrag som pågår" /
                # "Ta fram en ny översiktsplan (KS)" / "Inventera kommunens konst (KFN)").
                segments = [("line", i, [_clean(self.lines[i].text)])
                            for i in range(k + 1, k + 1 + plain)]
                j = k + 1 + plain
            while j < n and plain < 2:
                ln = self.lines[j]
                text = _clean(ln.text)
                if (
                    ln.cells is not None
                    or self._status_heading(j)
                    or body_heading(text)
                    or self.voc.section.fullmatch(text.strip(" .:"))
                    or _BOILERPLATE.match(text)
                ):
                    break
                mark = "bullet" if _BULLET.match(ln.text) else (
                    "number" if _NUMBERED.match(text) else None
                )
                last = segments[-1] if segments else None
                joins = (
                    last is not None
                    and mark is None
                    and not last[2][-1].rstrip().endswith((".", ":", "!", "?"))
                )
                if joins:
                    last[2].append(text)  # type: ignore[union-attr]
                else:
                    if mark is None and any(kind != "lead" for kind, _f, _t in segments):
                        break  # running text after the list
                    segments.append((mark or "lead", j, [text]))
                j += 1
            points = [sg for sg in segments if sg[0] != "lead"]
            leads = " ".join(" ".join(t) for kind, _f, t in segments if kind == "lead")
            if not points or self.voc.others_work.search(leads):
                # (a lead that says others do the listed work: "Löpande aktiviteter" /
                # "… arbete som huvudsakligen genomförs av andra aktörer, till exempel:")
                k += 1
                continue
            due = next(
                (
                    p for kind, _f, t in segments if kind == "lead"
                    and _SECTION_DUE.search(" ".join(t))
                    and (p := due_in(" ".join(t), None)) is not None
                ),
                None,
            )
            for m, (kind, first, texts) in enumerate(points):
                text = " ".join(texts).strip()
                after = points[m + 1] if m + 1 < len(points) else None
                if (
                    kind == "number"
                    and not text.endswith(".")
                    and after is not None
                    and after[0] == "bullet"
                ):
                    continue  # the name of a group of bullets
                if len(text) < 6 or text.endswith(":"):
                    continue
                text = _NUMBERED.sub("", text)
                self.entries.append(
                    Entry(
                        text=text + (f" (senast {due.text})" if due and not due_in(text, None)
                                     else ""),
                        line=self.lines[first], status=status, status_text=heading,
                        owner=owner, structure=f"punkt under rubriken {heading}",
                    )
                )
            for _kind, first, texts in segments:
                for i in range(first, first + len(texts)):
                    used[i] = None
            k = j
        return used
