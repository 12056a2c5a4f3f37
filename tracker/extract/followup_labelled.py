"""Follow-up entries on labelled pages: "Åtgärdsstatus: Genomförs kontinuerligt",
"Status: Tillståndet är dåligt" with "Senaste värdet" / "Målvärde" (an indicator off
target), "Ansvarig organisation: …", and the control points of an internal control.

A mixin of the follow-up reader (:mod:`tracker.extract.report_followup`): it adds entries
and indicators to the reader's.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.domain import Candidate, Line
from tracker.extract.dates import due_fields
from tracker.extract.followup_entries import (
    _COMMENT_LABEL,
    _CONTROL_LABEL,
    _OTHER_LABEL,
    Entry,
    _heading_line,
)
from tracker.extract.followup_lines import (
    _BOILERPLATE,
    _ID_LINE,
    _clean,
    _negative,
    _undouble,
    body_heading,
    status_sentence,
)
from tracker.extract.followup_prose_patterns import _RESPONSIBLE
from tracker.extract.followup_sentences import due_in
from tracker.extract.followup_words import Vocabulary
from tracker.extract.report_rules import sentences, short_title
from tracker.language.date_period import Period

#: Who is consulted after the one named as answering: "X i dialog med övriga i Y".
_CONSULTED = re.compile(
    r"\s+(?:i\s+dialog\s+med|i\s+samråd\s+med|i\s+samarbete\s+med|tillsammans\s+med|"
    r"med\s+stöd\s+(?:av|från))\s",
    re.IGNORECASE,
)
#: A time plan over whole years: "2023-2024", "2023–2025".
_YEAR_SPAN = re.compile(r"^\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*$")
#: A time plan of one year: "Tidplan: 2024".
_YEAR_ONLY = re.compile(r"^\s*((?:19|20)\d{2})\s*$")
#: A line that carries a date (a page's stamp "Texten uppdaterad 2021-10-19"): no name.
_STAMPED = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d{2}")
#: A site's notice banner, a count before its noun ("3 Driftstörningar", "1 Nyhet"): no
#: name of the page's entry.
_COUNTED_NOTICE = re.compile(r"^\d{1,3}\s+[A-ZÅÄÖa-zåäö]+$")
_FIELD_BULLET = re.compile(r"^[•·▪◦]\s*(?=[A-ZÅÄÖa-zåäö][\wåäö. ]{1,30}:)")
#: A status note dated in parentheses at its end: "… (2013-03-18)."
_DATED_NOTE = re.compile(r"\(\d{4}-\d{2}-\d{2}\)\.?\s*$")
#: A line that opens with a short status sentence about its entry: "Aktiviteten pågår.",
#: "Åtgärden är genomförd. (2024-03-01)".
_STATUS_SENTENCE = re.compile(r"^(?P<s>[A-ZÅÄÖ][a-zåäö]+(?:en|et)\s+[^.]{2,40}?)\.(?:\s|$)")


#: What a goal's statement says: what shall be ("… ska värnas", "… skall öka").
_GOAL_SAYS = re.compile(r"(?<![\wåäö])(?:ska|skall)\s+\w", re.IGNORECASE)


def _end_period(value: str, ref: dt.date | None, *, cued: bool = True) -> Period | None:
    """When an entry's end field ("Tidplan: 2022-2024", "Slutår: 2025", "Avslutas
    senast: 2014-12-31") says it is to be finished: whole years end on their last day."""
    span = _YEAR_SPAN.search(value) or _YEAR_ONLY.search(value)
    if span:
        return Period(start=dt.date(int(span.group(1)), 1, 1),
                      end=dt.date(int(span.group(span.lastindex or 1)), 12, 31),
                      precision="year", text=span.group(0))
    return due_in(f"senast {value}" if cued else value, ref)


class _LabelledMixin:
    """Reads labelled status pages into the reader's entries and indicators."""

    # Set by the reader (:class:`tracker.extract.report_followup._Reader`).
    lines: list[Line]
    body: str | None
    ref: dt.date | None
    voc: Vocabulary
    skip_cells: bool
    entries: list[Entry]
    indicators: list[Candidate]

    # -- labelled pages --

    def _label(self, t: str) -> tuple[str, str] | None:
        """(kind, inline value) of a field label line: "Status:", "Åtgärdsstatus: Pågår",
        "Kommentar", "Ansvarig organisation", "Senaste värdet:"; kinds: status, owner,
        value, comment, entry, other."""
        said = _STATUS_SENTENCE.match(t)
        if said and status_sentence(said.group("s")) is not None:
            # "Aktiviteten pågår. (2013-03-18)": the entry's status as a sentence of its own.
            return "status", said.group("s")
        if _DATED_NOTE.search(t):
            # A longer note dated at its end that says its entry was not carried out,
            # the negation before the supine in a clause's own order ("Då arbetet inte
            # genomförts på grund av … (2013-03-18)."): the entry is still open.
            first = sentences(t)[0] if sentences(t) else t
            not_done = self.voc.not_done_note.search(first)
            if not_done:
                return "status", not_done.group(0)
        # (a field listed as a bullet under its entry: "• Färdig: 2012-12-31,")
        t = _FIELD_BULLET.sub("", t)
        m = re.match(r"^(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>.*)$", t)
        label, value = (m.group("label"), m.group("value").strip()) if m else (t, "")
        label = label.strip().rstrip(":").strip()
        if not label or len(label.split()) > 4:
            return None
        voc = self.voc
        if voc.status_label.fullmatch(label + ":"):
            return "status", value
        if voc.value_label.match(label + ":"):
            return "value", value
        if m and label.lower() in voc.measure_labels:
            # "Mått: Antal utlån per invånare": the measure the page's values are of
            return "entry", value
        if label.lower() in voc.owner_labels or (m and label.lower() in voc.owner_colon_labels):
            return "owner", value
        if label.lower() in voc.end_labels:
            return "end", value
        if not m and not _heading_line(t):
            return None
        if _COMMENT_LABEL.fullmatch(label):
            return "comment", value
        if voc.entry_head.fullmatch(re.sub(r"\s+(?:nr\.?\s*)?[\w.]*\d[\w.]*$", "", label)):
            # ("Åtgärd 1: Ta fram …", "Uppdrag 2.3: …": the entry's number after its word)
            return "entry", value
        if _OTHER_LABEL.fullmatch(label):
            return "other", value
        return None

    def labelled(self) -> None:
        """Pages of labelled fields (a management system's export, a web page per
        uppdrag, åtgärd or indicator): each status field is one entry, named by the
        field "Uppdrag"/"Åtgärd" before it or by the last heading since the previous
        entry; "Ansvarig …" gives the owner; an indicator page with "Senaste värdet" /
        "Målvärde" and a status that is off target gives an indicator deviation."""
        texts = [_clean(ln.text) for ln in self.lines]
        labels = [self._label(t) for t in texts]
        # Lines that are a label's value (the label stood alone) or a comment's text.
        role: list[str] = ["" for _ in texts]
        for k, lab in enumerate(labels):
            if lab is None or lab[1]:
                continue
            if lab[0] == "comment":
                j = k + 1
                while j < len(texts) and labels[j] is None:
                    role[j] = "comment"
                    j += 1
            elif k + 1 < len(texts) and labels[k + 1] is None:
                role[k + 1] = f"value:{lab[0]}"
        owners = [
            (k, lab[1] or (texts[k + 1] if k + 1 < len(texts) else ""))
            for k, lab in enumerate(labels)
            if lab and lab[0] == "owner"
        ]
        values = [
            f"{texts[k].split(':', 1)[0].strip()}: "
            f"{_undouble(lab[1] or (texts[k + 1] if k + 1 < len(texts) else ''))}"
            for k, lab in enumerate(labels)
            if lab and lab[0] == "value"
        ]
        is_indicator = bool(values) or any(t.lower().startswith("indikator") for t in texts)
        status_at = [k for k, lab in enumerate(labels) if lab and lab[0] == "status"]
        if not status_at:
            before = len(self.entries)
            self._control_points(texts, labels, role, owners)
            if len(self.entries) == before:
                self._project_page(texts, labels, owners)
            return
        start = 0
        owner_first = len(owners) > 1 and owners[0][0] < status_at[0]
        for n, k in enumerate(status_at):
            lab = labels[k]
            assert lab is not None
            value, at = lab[1], k
            if not value and k + 1 < len(texts):
                value, at = texts[k + 1], k + 1
            value = _undouble(value)
            title = self._entry_title(texts, labels, role, start, k)
            end = status_at[n + 1] if n + 1 < len(status_at) else len(texts)
            # The entry's own fields run from its "Uppdrag"/"Åtgärd" label to the next
            # one: an "Ansvarig" field before its status is its own, not the entry's
            # before it.
            entry_from = next(
                (j for j in range(k - 1, start - 1, -1) if labels[j] and labels[j][0] == "entry"),
                None,
            )
            entry_to = next(
                (j for j in range(k + 1, end) if labels[j] and labels[j][0] == "entry"), end
            )
            before = [o for o in owners if start <= o[0] < k][-1:]
            owner = (
                self._owner_for(owners, entry_from, k)
                if entry_from is not None and len(owners) > 1
                else None
            ) or (
                # The page prints each entry's owner before its status (the first one
                # does): the field before this status is this entry's.
                self._owner_for(before, start - 1, k) if owner_first else None
            ) or self._owner_for(owners, k, entry_to) or (
                # an owner field among the entry's fields before its status
                self._owner_for([o for o in owners if start <= o[0] < k][-1:], start - 1, k)
            )
            named = next(
                (m.group("who").strip(" ,") for t in sentences(texts[k])
                 if (m := _RESPONSIBLE.match(re.sub(r"\(\d{4}-\d{2}-\d{2}\)\.?$", "", t).strip()))),
                None,
            )
            if named:
                # (the one who answers, not those consulted: "X i dialog med Y")
                named = _CONSULTED.split(named)[0].strip(" ,")
                # The status note names who answers now ("Ansvarig för detta blir X"):
                # it overrides the field written when the entry was planned.
                owner = named
            comment = " ".join(t for j, t in enumerate(texts[at + 1 : end], at + 1)
                               if role[j] == "comment")
            # (the entry's fields begin after the status before it)
            entry_start, start = start, at + 1
            ln = self.lines[k]
            if is_indicator:
                if not _negative(value):
                    continue
                body = " ".join([f"{title}.", f"Status: {value}.", *[v + "." for v in values]])
                if comment:
                    body += " " + sentences(comment)[0]
                self.indicators.append(
                    Candidate(
                        title=short_title(f"Avvikelse: {title}"),
                        text=body,
                        kind="indicator_deviation",
                        status="open",
                        owner=owner or self.body,
                        deviation=value,
                        page=ln.page,
                        line=ln.line,
                        evidence=f"Status: {value}",
                        confidence=0.6,
                        reasons=[f"indikator: status '{value}'"] + [v[:60] for v in values],
                    )
                )
                continue
            st = status_sentence(value)
            if st is None and self.voc.open_value.search(value):
                st = ("open", value)
            goal_line = None
            if st is None and self.voc.goal_miss.search(value):
                # "Bedömning: Det blir svårt att nå delmålet": a verdict that the page's
                # goal may be missed; the goal is the sentence the page states it in.
                st = ("open", value)
                goal_line = self._goal_statement(texts, labels, role, entry_start, k, title)
            if st is None:
                continue
            desc = ""
            j = at + 1
            while j < end and labels[j] is None and not role[j]:
                if len(texts[j]) > 40 and not (status_sentence(value) and _heading_line(texts[j])):
                    # (after a status sentence a heading is the next entry's name)
                    desc = texts[j]
                    break
                j += 1
            # "Avslutas senast: 2014-12-31" among the entry's own fields: its end.
            end_at_rows = [
                j
                for j in range(entry_from if entry_from is not None else entry_start, entry_to)
                if j >= 0 and labels[j] and labels[j][0] == "end"
            ]
            # (the one nearest before the status: an entry whose fields no "Åtgärd"
            # label opens shares its range with the entry before, whose status no
            # field read)
            before_status = [j for j in end_at_rows if j < k]
            end_at_rows = before_status[-1:] or end_at_rows
            ends = [
                labels[j][1] or (texts[j + 1] if j + 1 < len(texts) else "")
                for j in end_at_rows
            ]
            end_at = _end_period(ends[0], self.ref) if ends else None
            if goal_line is not None:
                desc = goal_line
            self.entries.append(
                Entry(
                    text=title + (f". {desc}" if desc and desc != title else ""),
                    line=ln,
                    status=st[0],
                    status_text=value,
                    owner=owner,
                    comments=[comment] if comment else [],
                    structure=f"sida med statusfält: {texts[k].split(':')[0]}",
                    end=end_at,
                )
            )

    @staticmethod
    def _goal_statement(
        texts: list[str], labels: list[tuple[str, str] | None], role: list[str],
        start: int, k: int, title: str,
    ) -> str | None:
        """The sentence a goal's page states its goal in, between the page's name and
        its verdict: the first free line that says what shall be ("X ska värnas och
        utvecklas")."""
        for j in range(start, k):
            t = texts[j]
            if labels[j] is None and not role[j] and t != title and _GOAL_SAYS.search(t):
                return sentences(t)[0] if sentences(t) else t
        return None

    def _project_page(
        self,
        texts: list[str],
        labels: list[tuple[str, str] | None],
        owners: list[tuple[int, str]],
    ) -> None:
        """A page of one project or uppdrag under its name, its fields without a status
        ("Ta fram cykelplan" / "Tidplan: 2023-2024" / "Ansvar: Förvaltningen"): the work
        is open while its time plan runs on past the page's date, due at its end."""
        ends = [lab[1] or (texts[k + 1] if k + 1 < len(texts) else "")
                for k, lab in enumerate(labels) if lab and lab[0] == "end"]
        if len(ends) != 1 or len(owners) != 1:
            return
        # The page's name stands nearest above its fields (a notice banner or a stamp
        # "Texten uppdaterad <date>" may stand between, a site's notices above).
        first_field = next((k for k, lab in enumerate(labels) if lab), len(texts))
        title_at = next((k for k in range(min(first_field, 6) - 1, -1, -1)
                         if (t := texts[k]) and ":" not in t and not t.endswith(".")
                         and len(t.split()) <= 8 and labels[k] is None
                         and not _STAMPED.search(t) and not _COUNTED_NOTICE.match(t)), None)
        if title_at is None:
            return
        period = _end_period(ends[0], self.ref, cued=False)
        if period is None or period.end is None or (self.ref and period.end < self.ref):
            return
        ln = self.lines[title_at]
        owner = owners[0][1].split(",")[0].strip() or self.body
        self.indicators.append(
            Candidate(
                title=short_title(texts[title_at]),
                # its name, description and time plan (not the notices above it, nor
                # its partners' and contacts' fields)
                text=" ".join([texts[title_at]] + [
                    texts[k] for k, lab in enumerate(labels)
                    if k > title_at and lab and lab[0] in ("comment", "end")
                ]),
                kind="activity",
                status="open",
                owner=owner,
                **due_fields(period),
                page=ln.page,
                line=ln.line,
                evidence=f"{texts[title_at]}: {ends[0]}",
                confidence=0.6,
                reasons=[f"projektsida: tidplanen löper till {period.end.isoformat()}",
                         f"ansvarig: {owner}"],
            )
        )

    def _control_points(
        self,
        texts: list[str],
        labels: list[tuple[str, str] | None],
        role: list[str],
        owners: list[tuple[int, str]],
    ) -> None:
        """Fields without a status field (an internal control's follow-up): each
        "Kontrollmoment" field is an entry, the fields up to the next one (result,
        action, comment) its comment; the comment decides (a deviation found or an action
        left is open), the body heading above or the owner field owns it."""
        entry_at = [
            k for k, lab in enumerate(labels)
            if lab and lab[0] == "entry" and _CONTROL_LABEL.match(texts[k])
        ]
        if not entry_at or self.skip_cells:
            return
        heading_at = [(k, h) for k, t in enumerate(texts) if (h := body_heading(t))]
        for n, k in enumerate(entry_at):
            lab = labels[k]
            assert lab is not None
            name = lab[1] or (texts[k + 1] if k + 1 < len(texts) else "")
            end = entry_at[n + 1] if n + 1 < len(entry_at) else len(texts)
            rest = [
                t for j, t in enumerate(texts[k + 1 : end], k + 1)
                if not (j == k + 1 and not lab[1]) and body_heading(t) is None
            ]
            if not name or not rest:
                continue
            owner = self._owner_for(owners, k, end) or next(
                (h for j, h in reversed(heading_at) if j < k), None
            )
            self.entries.append(
                Entry(
                    text=name,
                    line=self.lines[k],
                    owner=owner,
                    comments=rest,
                    structure=f"fält utan status: {texts[k].split(':')[0]} med resultat",
                    control=bool(_CONTROL_LABEL.match(texts[k])),
                )
            )

    def _entry_title(
        self, texts: list[str], labels: list[tuple[str, str] | None], role: list[str],
        start: int, k: int,
    ) -> str:
        for j in range(k - 1, start - 1, -1):
            lab = labels[j]
            if lab and lab[0] == "entry":
                return lab[1] or (texts[j + 1] if j + 1 < len(texts) else "")
        free = [
            j for j in range(start, k)
            if labels[j] is None and not role[j] and not _BOILERPLATE.match(texts[j])
            and not _ID_LINE.match(texts[j])
        ]
        headings = [j for j in free if _heading_line(texts[j])]
        if headings:
            return texts[headings[-1]]
        return texts[free[-1]] if free else ""

    @staticmethod
    def _owner_for(owners: list[tuple[int, str]], k: int, end: int) -> str | None:
        if len(owners) == 1:
            name = _clean(owners[0][1]).strip(" ,;.")
            return name if 0 < len(name) < 80 else None
        for j, value in owners:
            if k < j < end:
                name = _clean(value).strip(" ,;.")
                return name if 0 < len(name) < 80 else None
        return None
