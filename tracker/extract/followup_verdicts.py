"""Follow-up items given or judged in running text: an assignment given in the present
tense, an auditor's or supervisor's injunction, an enumeration that spreads one status
over several owners, a labelled goal verdict and a goal said to be missed.

A mixin of the prose reader (:mod:`tracker.extract.followup_prose`).
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.domain import Candidate, Line
from tracker.extract.dates import due_fields
from tracker.extract.followup_entries import (
    _list_part,
)
from tracker.extract.followup_lines import _subject_body, _undouble, body_heading
from tracker.extract.followup_prose_patterns import (
    _ADDRESSEE,
    _BACK_REFERENCE,
    _BODIES,
    _GIVES,
    _INJUNCTION,
)
from tracker.extract.followup_sentences import activity_title, due_in
from tracker.extract.followup_words import Vocabulary
from tracker.extract.report_rules import find_bodies, short_title
from tracker.language.date_period import Period


def open_entry(
    ln: Line,
    *,
    title: str,
    text: str,
    owner: str | None,
    due: Period | None,
    evidence: str,
    confidence: float,
    reasons: list[str],
    kind: str = "activity",
    deviation: str | None = None,
) -> Candidate:
    """An open entry of a report's running text, placed at its line: what every prose
    and verdict reading gives (only the words and the reasons differ)."""
    return Candidate(
        title=title,
        text=text,
        kind=kind,
        status="open",
        owner=owner,
        deviation=deviation,
        **due_fields(due),
        page=ln.page,
        line=ln.line,
        evidence=evidence,
        confidence=confidence,
        reasons=reasons,
    )


#: A forecast judging a goal ("prognoseras att inte uppfyllas"): the year's forecast.
_FORECAST = re.compile(r"\bprogno(?:sti)?seras\b", re.IGNORECASE)
#: Two goals sharing one verdict, each naming itself a goal: "Resultatmålet och
#: nämndernas mål …".
_TWO_GOALS = re.compile(
    r"^(?P<a>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*mål(?:et|en)?)\s+och\s+"
    r"(?P<b>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*mål(?:et|en)?)\s+$",
    re.IGNORECASE,
)


class _VerdictMixin:
    """Reads assignments given and verdicts passed in a report's running text."""

    # Set by the reader (:class:`tracker.extract.report_followup._Reader`).
    lines: list[Line]
    body: str | None
    ref: dt.date | None
    voc: Vocabulary
    list_heads: set[str]
    _unowned: list[Candidate]
    _last_sentence: str | None

    def _given(self, s: str, ln: Line) -> Candidate | None:
        """An assignment given in the present tense to a body the sentence names
        ("ger hälso- och sjukvårdsnämnden i uppdrag att …", "uppmanar dessa att …",
        "Regionstyrelsen uppdras att …"): the work after "att", owned by that body."""
        inj = _INJUNCTION.search(s)
        if inj is not None:
            return self._injunction(s, inj, ln)
        m = _GIVES.search(s)
        if m is None:
            return None
        if m.group("who4") is None:
            # The giver is one of the organisation's own bodies ("Regionfullmäktige ger
            # …", "Nämnden uppmanar …"); a supervisor's demand ("IVO uppmanar
            # socialnämnden att …") is answered by the measures the report lists.
            subject = re.match(r"^(?:\d{1,2}[.)]\s*)?(?P<w>[A-ZÅÄÖ][\wåäö-]+)", s)
            if subject is None or not self.voc.body_name.match(subject.group("w")):
                return None
        who = next(
            g
            for g in (m.group("who"), m.group("who2"), m.group("who3"), m.group("who4"))
            if g is not None
        )
        work = next(
            g
            for g in (m.group("work"), m.group("work2"), m.group("work3"), m.group("work4"))
            if g is not None
        ).strip(" .;")
        if who.lower() in _BACK_REFERENCE:
            # "… att samtliga sjukhusstyrelser prognostiserar … och uppmanar dessa att":
            # the bodies named before in the sentence, its subject left out.
            before = s[: m.start()]
            subject = re.match(r"^(?:\d{1,2}[.)]\s*)?\S+", before)
            start = subject.end() if subject else 0
            named = [b.group(0) for b in _BODIES.finditer(before, start)]
            owner = " och ".join(dict.fromkeys(named)) or None
            owner = owner[:1].upper() + owner[1:] if owner else None
        else:
            found = find_bodies(who)
            owner = found[0][1] if found else body_heading(who)
        if owner is None or len(work.split()) < 2:
            return None
        due = due_in(work, self.ref)
        title = activity_title(work)
        return open_entry(
            ln,
            title=title,
            text=s,
            owner=owner,
            due=due,
            evidence=s,
            confidence=0.6,
            reasons=["uppdrag som ges i rapportens beslut", f"ges till: {owner}"],
        )

    def _injunction(self, s: str, m: re.Match[str], ln: Line) -> Candidate | None:
        """ "<supervisor> förelägger (med stöd av …) X kommun att senast den 24 augusti
        vidta åtgärder …": an injunction is work the addressee owes by its date."""
        who = m.group("who").strip()
        found = find_bodies(who)
        owner = found[0][1] if found else (who if _ADDRESSEE.fullmatch(who) else None)
        work = m.group("work").strip(" .;")
        if owner is None or len(work.split()) < 2:
            return None
        due = due_in(work, self.ref)
        # "att vid vite av 100 000 kr senast den … vidta åtgärder": the work is the verb
        work = re.sub(r"^(?:vid\s+vite\s+(?:av\s+)?[\d\s]*(?:kr|kronor)?\s*)?", "", work)
        if due is not None:
            work = (work[: due.pos] + work[due.stop :]).strip() if due.pos is not None else work
        work = re.sub(r"\s{2,}", " ", work).strip(" ,")
        return open_entry(
            ln,
            title=activity_title(work[:1].upper() + work[1:]),
            text=s,
            owner=owner,
            due=due,
            evidence=s,
            confidence=0.6,
            reasons=["föreläggande från tillsynsmyndighet", f"riktat till: {owner}"],
        )

    def _enumeration(
        self, s: str, prev: tuple[str, Period | None, str], ln: Line
    ) -> list[Candidate]:
        """ "För kommunstyrelsen handlar det om A, för samhällsbyggnad om B, C och D": one
        open item per thing, owned by the one it is listed for."""
        if not re.match(r"^För\s+\w+", s):
            return []
        parts = re.split(r"(?:,\s*|(?<!-)\s+och\s+)(?=för\s)", s.rstrip("."))
        out: list[Candidate] = []
        cue, due, head = prev
        for part in parts:
            found = _list_part(part.strip())
            if found is None:
                continue
            owner, things = found
            for thing in re.split(r",\s*|(?<!-)\s+och\s+(?!för\b)", things):
                thing = thing.strip(" .")
                if len(thing) < 4:
                    continue
                out.append(
                    open_entry(
                        ln,
                        title=short_title(thing[:1].upper() + thing[1:]),
                        text=f"{thing[:1].upper()}{thing[1:]} ({owner}). {head}",
                        owner=owner,
                        due=due,
                        evidence=s,
                        confidence=0.5,
                        reasons=[
                            "uppräkning per ansvarig efter en statusmening",
                            f"statusord: {cue}",
                        ],
                    )
                )
        return out

    def _labelled_verdict(self, text: str, ln: Line, heading: str | None) -> list[Candidate]:
        """A verdict under a label ("Når vi målet?: Osäkert om målet kan nås till 2050",
        "Målbedömning: Målet kan inte uppnås"): when it says the goal may be missed, the
        goal off target is the one the paragraph above states (a verdict that names
        "målet" only); a web page prints the value twice."""
        label = self.voc.goal_verdict_label.match(text)
        assert label is not None
        verdict = _undouble(text[label.end() :].strip())
        goal = getattr(self, "_last_paragraph", None)
        self._last_paragraph = self._last_sentence = None
        if self.voc.goal_miss.search(verdict) is None:
            return []
        named = f"{goal.rstrip(' .')}. {verdict}" if goal and len(goal) <= 600 else verdict
        miss = self.voc.goal_miss.search(named)
        assert miss is not None
        self._judged = True
        return [self._goal_miss(named, miss, ln, heading)]

    def _measure_worse(
        self, s: str, worse: re.Match[str], ln: Line, heading: str | None
    ) -> Candidate:
        """ "Trots detta har rankingen försämrats" → "Rankingen har försämrats": an
        indicator deviation of the body that reports, no date of its own."""
        measure, verb = worse.group("measure"), worse.group("verb")
        head = s[: worse.start()].rstrip()
        if re.search(r"(?<![\wåäö])(?:har|hade)$", head, re.I) and not re.match(
            r"(?:har|hade)\b", s[worse.end("measure") :].strip(), re.I
        ):
            # inverted after an opening adverbial: the subject follows "har"
            said = f"{measure} {head.split()[-1].lower()} {verb}"
        else:
            said = s[worse.start() :].rstrip(" .")
        title = short_title(said[:1].upper() + said[1:], 90)
        return open_entry(
            ln,
            title=title,
            text=s,
            owner=_subject_body(s) or heading or self.body,
            due=due_in(s, self.ref),
            evidence=s,
            confidence=0.5,
            reasons=["löptext i uppföljning: ett mått har försämrats", f"statusord: {verb}"],
            kind="indicator_deviation",
            deviation=worse.group(0),
        )

    def _goal_misses(
        self, s: str, miss: re.Match[str], ln: Line, heading: str | None
    ) -> list[Candidate]:
        """:meth:`_goal_miss`, one for each goal when two share the verdict
        ("Resultatmålet och nämndernas mål prognoseras att inte uppfyllas")."""
        pair = _TWO_GOALS.match(s[: miss.start()])
        if pair is None:
            return [self._goal_miss(s, miss, ln, heading)]
        out = []
        for part in (pair.group("a"), pair.group("b")):
            one = f"{part[:1].upper()}{part[1:]} {s[miss.start() :]}"
            m = self.voc.goal_miss.search(one)
            item = self._goal_miss(one, m, ln, heading) if m else None
            owner = re.match(r"([\wåäö]+)s\s+mål", part, re.I)
            if item is not None and owner and self.voc.body_name.fullmatch(owner.group(1).lower()):
                # ("nämndernas mål": the goals are the bodies')
                name = owner.group(1)
                item.owner = f"{name[:1].upper()}{name[1:].lower()}"
            out.append(item)
        if None in out:
            return [self._goal_miss(s, miss, ln, heading)]
        return [c for c in out if c is not None]

    def _goal_miss(self, s: str, miss: re.Match[str], ln: Line, heading: str | None) -> Candidate:
        """ "Ett mål, X-målet, bedöms inte bli uppfyllt 2025": a goal off target, due at
        the end of the period it is judged for (a year right after the judgement)."""
        said = miss.group(0)
        due = due_in(s, self.ref)
        year = re.match(r"\s+(?:under\s+|år\s+)?((?:19|20)\d{2})\b", s[miss.end() :])
        if due is None and year:
            y = int(year.group(1))
            due = Period(
                dt.date(y, 1, 1),
                dt.date(y, 12, 31),
                "year",
                year.group(0).strip(),
                pos=miss.end(),
                stop=miss.end() + year.end(),
            )
        this_year = re.search(r"\b(?:under|för)\s+året\b|\bi år\b", s[miss.end() :], re.I)
        forecast = _FORECAST.search(miss.group(0))
        # "… kommer inte att nås under året", or a forecast ("Resultatmålet prognoseras att
        # inte uppfyllas"): the year the report follows up.
        told = ((this_year, miss.end()) if this_year
                else (forecast, miss.start()) if forecast else None)  # fmt: skip
        if due is None and told is not None and self.ref is not None:
            m, at = told
            y = self.ref.year
            due = Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", m.group(0),
                         pos=at + m.start(), stop=at + m.end())
        owner = _subject_body(s) or heading or self.body
        # A result told against its target ("lägre än ambitionen") is a measure off
        # target, not a verdict on the goal.
        measured = self.voc.below_target.search(said) is not None
        return open_entry(
            ln,
            title=activity_title(s),
            text=s,
            owner=owner,
            due=due,
            evidence=s,
            confidence=0.5,
            reasons=[
                "löptext i uppföljning: ett resultat under sitt mål"
                if measured
                else "löptext i uppföljning: ett mål bedöms inte nås",
                f"statusord: {said}",
            ],
            kind="indicator_deviation" if measured else "goal_deviation",
            deviation=said,
        )
