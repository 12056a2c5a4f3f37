"""Follow-up items in running text: under a unit's heading, a sentence that says work goes
on ("pågår", "fortsätter", "avvaktar", "första året av tre"), a goal said to be missed,
and an enumeration that spreads one status over several owners ("För X handlar det om
A, för Y om B och C").

A mixin of the follow-up reader (:mod:`tracker.extract.report_followup`), used when no
structured entry was found: it gives candidates directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from tracker.domain import Candidate, Line
from tracker.extract.dates import due_fields
from tracker.extract.followup_entries import (
    _CLAUSE_DONE,
    _CLAUSE_JOIN,
    _FLAT_BREAK,
    _LEGEND,
    _LIST_AFTER,
    _heading_line,
)
from tracker.extract.followup_lines import (
    _BOILERPLATE,
    _BULLET,
    _clean,
    _subject_body,
    body_heading,
    status_of,
    without_recipients,
)
from tracker.extract.followup_owners import agent_in
from tracker.extract.followup_prose_patterns import (
    _ALSO,
    _ASKS_WHETHER,
    _BEGUN_WORK,
    _COMMENT_CELL,
    _COUNTED,
    _EXPLAINS,
    _MEASURES_LEAD,
    _NAMES_GOAL,
    _NEW_COUNTED,
    _NOT_PLANNED,
    _NOT_YET_DONE,
    _ONE_MISSED,
    _PERFECT,
    _PERIOD_CLAUSE,
    _PERIOD_SUBJECT,
    _PURPOSE,
    _REFERS_BACK,
    _RESPONSIBLE,
    _STATES_LIST,
    _SUBORDINATE,
    _SUPINE,
    _TIME_FIRST,
    _WILL_ACTIVE,
    _WILL_PASSIVE,
    _WORK_WENT_ON,
    _listed_works,
    _only_frame,
)
from tracker.extract.followup_sentences import (
    activity_title,
    assigned,
    due_in,
    recommended_to,
    work_name,
)
from tracker.extract.followup_verdicts import _VerdictMixin, open_entry
from tracker.extract.followup_words import followup_data, vocabulary
from tracker.extract.report_rules import find_bodies, sentences, short_title
from tracker.language.date_period import Period

#: A lead that plans the work listed after it: "planerar nämnden följande åtgärder:",
#: "Följande åtgärder planeras:", "Nämnden avser att:".
_PLANS_LEAD = re.compile(
    r"\b(?:planerar|planeras|planerade|avser|ska\s+(?:\w+\s+)?genomföras|"
    r"kommer\s+att\s+genomföras)\b[^:]*:\s*$",
    re.IGNORECASE,
)
#: Whose work a lead names: "en större arbetsinsats från samverkanskansliet".
_WORK_OF = re.compile(r"\b(?:från|av|inom)\s+([A-ZÅÄÖa-zåäö][\wåäö-]+)")
_PRIORITY_YEAR = re.compile(r"\b(?:för|under|inom)\s+(?:år\s+)?((?:19|20)\d{2})\b", re.I)
_PRIORITY_THIS_YEAR = re.compile(r"\b(?:under|för)\s+året\b|\bi\s+år\b", re.I)


def _period_of_priorities(lead: str, ref: dt.date | None) -> Period | None:
    """The year a plan's priorities are set for: the one its lead names ("för 2021"),
    else the report's own year ("under året")."""
    m = _PRIORITY_YEAR.search(lead)
    if m:
        y = int(m.group(1))
    elif _PRIORITY_THIS_YEAR.search(lead) and ref is not None:
        y = ref.year
        m = _PRIORITY_THIS_YEAR.search(lead)
    else:
        return None
    assert m is not None
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", m.group(0), pos=m.start(),
                  stop=m.end())


#: A lead ending in a colon: its list follows.
_EXAMPLES_OR_COLON = re.compile(r":\s*$")
#: A lead of work already done: "har nämnden genomfört följande:".
_LIST_DONE_LEAD = re.compile(
    r"\b(?:har|hade)\s+(?:\w+\s+){0,3}?(?:genomfört|vidtagit|infört|slutfört|avslutat)\b",
    re.IGNORECASE,
)
#: A numbered label standing as a sentence of its own: "Mål 2.", "Uppdrag 3.1".
_NUMBERED_LABEL = re.compile(
    r"^(?:mål|delmål|nämndmål|uppdrag|aktivitet|åtgärd)\s+\d+(?:\.\d+)*\.?$", re.IGNORECASE
)
def _same_matter(title: str, sentence: str) -> bool:
    """The sentence's first word (its subject) shares a noun stem of at least eight
    letters with a word of the title: "Tillståndsansökan …" after "Processen för nytt
    miljötillstånd" (a compound's parts, not a word's inflection, are compared)."""
    first = re.match(r"[A-ZÅÄÖa-zåäö-]+", sentence)
    if first is None or len(first.group(0)) < 8:
        return False
    head = first.group(0).lower()
    for word in re.findall(r"[\wåäö-]{8,}", title.lower()):
        if word == head:
            continue  # the same word repeated is a new sentence on it, not a step
        for n in range(len(word) - 7):
            if word[n : n + 8] in head:
                return True
    return False


#: Nouns of work that "pågår med" something: the work is named with what it is with.
_WORK_NOUNS = frozenset({"arbete", "arbetet", "arbetena", "ett arbete", "processen", "projektet"})
#: "(… och) <body> rapporterar att <clause>": the subject a word or two (``[prose]
#: reporting_verbs``, from the lexicon).
_REPORTED = re.compile(
    r"(?:^|,\s+|\s+(?:och|men|samt)\s+)(?P<who>[A-ZÅÄÖa-zåäö][\wåäö-]+(?:\s+[\wåäö-]+)?)\s+"
    r"(?:" + "|".join(followup_data()["prose"].get("reporting_verbs", [])) + r")\s+"
    r"(?:också\s+|även\s+)?att\s+(?P<rest>.+)$"
)
#: A goal's numbered label closed by a full stop before the goal: "Mål 1. Alla ska …".
_LABEL_THEN_GOAL = re.compile(
    r"^((?:mål|delmål|nämndmål|uppdrag|aktivitet|åtgärd)\s+\d+(?:\.\d+)*)\.\s+(?=[A-ZÅÄÖ])",
    re.IGNORECASE,
)
#: A sentence that leads to examples listed after it ("… som ofta pågår under en längre
#: tid, till exempel:"): it tells what the list is, the list tells the work.
_EXAMPLES_LEAD = re.compile(
    r"(?:till\s+exempel|t\.\s?ex\.?|bland\s+annat|exempelvis|såsom|följande)\s*:\s*$",
    re.IGNORECASE,
)
#: An indicator's row run into a line: its value and its target ("Nöjd kund index 70
#: Målvärde 75 Delvis uppfyllt", "Utfall 2023: 85 %"): a measurement, no work.
_MEASURED = re.compile(
    r"\b(?:målvärde|målnivå|utfall|mätvärde|senaste\s+värdet?|referensvärde)\b"
    r"(?:\s+(?:19|20)\d{2})?\s*:?\s*[<>≥≤]?\s*\d",
    re.IGNORECASE,
)

#: Status words that may stand as an attribute before a noun ("pågående exploatering").
_ATTRIBUTIVE = frozenset({"pågående", "planerade", "kommande", "påbörjade", "fortsatt"})
#: The clause lexicon's classes of verbs of work (not of deciding, answering, sending on:
#: "erbjudandet kommer att antas" is another's decision).
_WORK_CLASSES = frozenset({"do", "investigate"})


def _work_passive(s: str, future: re.Match[str]) -> bool:
    """The future passive ("kommer att följas upp", "kommer genomföras") names a verb of
    work in the clause lexicon (``lexicon.toml``: its verb classes with their generated
    inflections), in the passive: a measure, not a state or a trend."""
    from tracker.extract.clause_lexicon import lexicon

    lex = lexicon()
    # (the verb's particle may follow the match: "kommer att följas | upp")
    phrase = " ".join(s[future.start() :].split()[: len(future.group(0).split()) + 1])
    for cls, _kind, pat in lex.verbs:
        if cls not in _WORK_CLASSES:
            continue
        for m in pat.finditer(phrase):
            if lex.tenses.get(" ".join(m.group(0).lower().split())) == "passive":
                return True
    return False


#: "… arbetar (nu) X med att <verb>": the progressive of a piece of work.
_WORKS_AT = re.compile(
    r"\barbetar\s+(?:[\wåäö-]+\s+){0,8}?med\s+att\s+"
    r"(?P<verb>[a-zåäö]+(?:\s+(?:fram|över|upp|in|ut|om))?)\b",
    re.IGNORECASE,
)


def _progressive(s: str) -> re.Match[str] | None:
    """ "Just nu arbetar kommunen med att ta fram en ny plan": the work is a verb of work
    in the clause lexicon (its classes with their generated inflections) in the
    infinitive; a mission ("arbetar med att främja hälsa") is none."""
    from tracker.extract.clause_lexicon import lexicon

    m = _WORKS_AT.search(s)
    if m is None:
        return None
    lex = lexicon()
    for verb in (m.group("verb"), m.group("verb").split()[0]):
        tense = lex.tenses.get(verb.lower())
        if tense in ("inf", "any") and any(
            cls in _WORK_CLASSES and pat.fullmatch(verb) for cls, _k, pat in lex.verbs
        ):
            return m
    return None


#: A sentence that names goals ("målet", "delmålen", "Kommunens mål").
_SPEAKS_OF_GOALS = re.compile(r"(?<![\wåäö])mål(?:et|en)?\b|\wmål(?:et|en)\b", re.I)
#: … and one that names them in any form ("två delmål", "tre mål").
_NAMES_GOALS = re.compile(r"(?<![\wåäö])\w*mål(?:et|en)?\b", re.I)
#: A sentence about the other of the things the one before named: "Det andra, …", "Den
#: andra …", "De övriga …", "Övriga …".
_OTHER_OF_THEM = re.compile(
    r"^(?:det|den|de)\s+(?:andra|övriga|tredje|sista)\b|^övriga\b", re.I
)


class _ProseMixin(_VerdictMixin):
    """Reads running text, paragraph by paragraph, into candidates (the reader's
    attributes are declared on :class:`_VerdictMixin`)."""

    # -- running text --

    def prose(self) -> list[Candidate]:
        """Running text, paragraph by paragraph (lines wrapped by a PDF are joined), under
        the body heading above; a section about the world outside ("Omvärldsanalys") is
        left out up to the next heading."""
        out: list[Candidate] = []
        owner: str | None = None
        skipping = False
        # Items whose owner is only the heading's or the report's, until a sentence
        # names who answers for them ("Ansvarig för genomförandet är …").
        self._unowned = []
        self._last_sentence = None
        self._last_paragraph: str | None = None
        # A labelled verdict judged the goal above: a later "Målet …" is about it.
        self._judged = False
        para: list[str] = []
        first: Line | None = None

        def flush() -> None:
            nonlocal para, first
            if para and first is not None and not skipping:
                out.extend(self._paragraph(" ".join(para), first, owner))
            para, first = [], None

        texts = [_clean(ln.text) for ln in self.lines]
        # (the bodies a decision is sent to or passes are no headings over work)
        received = without_recipients(texts)
        listed_until = -1
        for k, ln in enumerate(self.lines):
            text = texts[k]
            if k <= listed_until:
                continue
            if text and not received[k]:
                flush()
                continue
            if _BOILERPLATE.match(text):
                continue
            if para and para[-1].rstrip().endswith(":") and _BULLET.match(ln.text) and not skipping:
                # "Kommunen kommer … Det kommer leda till att:" and bullets: each bullet
                # is a piece of the work the lead plans or says goes on.
                end = k
                while end + 1 < len(self.lines) and _BULLET.match(self.lines[end + 1].text):
                    end += 1
                if any(self.voc.others_work.search(t) for t in sentences(" ".join(para))[-2:]):
                    # "… arbete som huvudsakligen genomförs av andra aktörer, till
                    # exempel:": others' work, its lead and its bullets alike.
                    para, first = [], None
                    listed_until = end
                    continue
                listed = self._lead_list(" ".join(para), texts[k : end + 1], ln, owner)
                if listed:
                    flush()
                    out.extend(listed)
                    listed_until = end
                    continue
            if self.voc.goal_verdict_label.match(text):
                # "Når vi målet?: Målet kan inte nås till 2040": a verdict on the goal
                # stated just above.
                flush()
                if not skipping:
                    out.extend(self._labelled_verdict(text, ln, owner))
                continue
            head = body_heading(text)
            if head:
                self._judged = False
                flush()
                owner, skipping = head, False
                self._unowned = []
                self._last_sentence = None
                continue
            stop = self.voc.skip_after.search(text)
            after = texts[k + 1] if k + 1 < len(texts) else ""
            if (
                _heading_line(text)
                and text[:1].isupper()
                and len(text.split()) <= 8
                and not after[:1].islower()
            ):
                # A heading, or a short line of its own (a bullet without a full stop).
                flush()
                skipping = bool(stop)
                if self.voc.status_heading.fullmatch(text.strip(" .:")):
                    # "Uppdrag som pågår", "Pågående arbeten": the list's heading gives
                    # its status to the entries under it; it is no work itself.
                    continue
                if not skipping:
                    out.extend(self._paragraph(text, ln, owner))
                continue
            if stop:
                para.append(text[: stop.start()])
                first = first or ln
                flush()
                skipping = True
                continue
            if para and (para[-1].rstrip().endswith((".", "!", "?", ":")) and text[:1].isupper()):
                flush()
            elif para and k > 0 and self._blank_before(k):
                # An empty line between them: a paragraph of its own (a web page's
                # list of motions, each a line without a full stop).
                flush()
            para.append(text)
            first = first or ln
        flush()
        # A status sentence that heads a list elsewhere (a web page repeats its lead as a
        # title) is told by the list's items.
        return [it for it in out if it.evidence not in self.list_heads and not self._done_after(it)]

    def _done_after(self, item: Candidate) -> bool:
        """A flattened table's comment cell on the line after the item's paragraph says
        the measure is done ("Kommentar Genomförd …"): the row is finished."""
        at = next(
            (n for n, ln in enumerate(self.lines) if (ln.page, ln.line) == (item.page, item.line)),
            None,
        )
        if at is None:
            return False
        evidence = (item.evidence or "").rstrip(" .")[-30:]
        for n in range(at, min(at + 4, len(self.lines) - 1)):
            if evidence and evidence in _clean(self.lines[n].text):
                m = _COMMENT_CELL.match(_clean(self.lines[n + 1].text))
                said = status_of(m.group("value")) if m else None
                return said is not None and said[0] == "done"
        return False

    def _cued_clauses(self, s: str) -> list[str]:
        """A sentence that joins two pieces of work going on with "och" ("24 lägenheter är
        under produktion och i kv X pågår nybyggnation av 70 lägenheter"): one clause
        each, so that each is an item of its own."""
        for m in re.finditer(r",?\s+och\s+(?=(?:i|inom|för|på|vid)\s)", s):
            left, right = s[: m.start()], s[m.end() :]
            if (
                len(right.split()) >= 4
                and self.voc.prose_open.search(left)
                and self.voc.prose_open.search(right)
            ):
                return [left.rstrip(" ,") + ".", *self._cued_clauses(right[:1].upper() + right[1:])]
        return [s]

    def _lead_list(
        self, lead: str, bullets: list[str], ln: Line, heading: str | None
    ) -> list[Candidate]:
        """The bullets after a lead that ends with a colon, when a sentence of the lead
        plans the work or says it goes on: one open item per bullet (its leading "att"
        dropped), owned by the lead's body or the heading's."""
        sents = sentences(lead)
        cue = next(
            (
                c
                for t in sents[-2:]
                if (c := self._planned(t) or self.voc.prose_open.search(t)) is not None
                and not self._only_trend(t)
            ),
            None,
        )
        things = [_BULLET.sub("", b).strip() for b in bullets]
        if cue is None and sents and len(things) >= 2 and all(t[:1].islower() for t in things):
            # "Exempel på åtgärder:" and bullets that say what to do ("ta fram en rutin
            # …"): the measures of a plan, still to be taken.
            cue = _MEASURES_LEAD.match(sents[-1])
        if cue is None and sents and not _LIST_DONE_LEAD.search(sents[-1]):
            # "Inför 2026 planerar nämnden följande åtgärder:": the plan's pieces of work.
            cue = _PLANS_LEAD.search(sents[-1])
        if cue is None and sents and _EXAMPLES_OR_COLON.search(sents[-1]):
            # "… är särskilt prioriterade under året. Exempel på sådana för 2021 är:": the
            # period's priorities, still to be carried out.
            cue = next((c for t in sents[-2:] if (c := self.voc.priority_lead.search(t))), None)
            priorities = cue is not None
        else:
            priorities = False
        if cue is None:
            return []
        owner = next((b for t in sents[-2:] if (b := _subject_body(t))), None)
        if owner is None and priorities:
            # "… kräver en större arbetsinsats från samverkanskansliet": the body the
            # priorities' lead names does the work.
            owner = next(
                (
                    w[:1].upper() + w[1:]
                    for t in sents[-2:]
                    for m in _WORK_OF.finditer(t)
                    if self.voc.body_name.match(w := m.group(1))
                    and w.lower() not in self.voc.generic
                ),
                None,
            ) or next((f[0][1] for t in sents[-2:] if (f := find_bodies(t))), None)
        owner = owner or heading or self.body
        due = due_in(sents[-1], self.ref)
        if due is None and priorities:
            # the period the priorities are set for: "för 2021", "under året"
            due = _period_of_priorities(" ".join(sents[-2:]), self.ref)
        out = []
        for b in bullets:
            thing = re.sub(r"^(?:att\s+)", "", _BULLET.sub("", b).strip(" ,.;"), flags=re.I)
            if len(thing.split()) < 3:
                continue
            out.append(
                open_entry(
                    ln,
                    title=short_title(thing[:1].upper() + thing[1:], 90),
                    text=f"{sents[-1]} {thing}",
                    owner=owner,
                    due=due,
                    evidence=thing,
                    confidence=0.5,
                    reasons=[
                        "punkt i en lista efter en inledning som planerar arbetet",
                        f"statusord: {cue.group(0)}",
                    ],
                )
            )
        return out

    def _blank_before(self, k: int) -> bool:
        """An empty line stood between line ``k`` and the one before (the reader drops
        empty lines; their numbers are missing)."""
        a, b = self.lines[k - 1], self.lines[k]
        return a.page == b.page and b.line - a.line > 1 and not b.text[:1].islower()

    def _paragraph(self, text: str, ln: Line, heading: str | None) -> list[Candidate]:
        out: list[Candidate] = []
        sents = [
            c
            for s in sentences(text)
            for p in _FLAT_BREAK.split(s)
            if p.strip()
            for c in self._cued_clauses(p)
        ]
        prev_made = False
        prev_status: tuple[str, Period | None, str] | None = None
        # "Ansvarig för genomförandet är enhetschefen": who answers for the paragraph's
        # measures (an action plan names its owner once, after them).
        responsible = next(
            (m.group("who").strip(" ,") for t in sents if (m := _RESPONSIBLE.match(t))), None
        )
        pending = self._unowned
        if responsible:
            # It answers for the measures told just before it, too (a PDF's wrapped
            # lines may have cut them into paragraphs of their own).
            for it in pending:
                it.owner = responsible
                it.reasons.append(f"ansvarig enligt texten: {responsible}")
            pending.clear()
        frame: Period | None = None
        for k, s in enumerate(sents):
            if s.rstrip().endswith("?"):
                # "Kommer planen att uppdateras?": a question a page answers below, no work
                prev_made = False
                prev_status = None
                continue
            given = self._given(s, ln)
            if given is not None:
                # "Regionfullmäktige ger nämnden i uppdrag att …": a new assignment the
                # report puts forward (its proposed decisions), open from now on.
                out.append(given)
                prev_made = True
                prev_status = None
                continue
            enum = self._enumeration(s, prev_status, ln) if prev_status else []
            if enum:
                out += enum
                prev_made = True
                prev_status = None
                continue
            bare = status_of(s) if len(s.split()) <= 4 else None
            if bare is not None:
                # A status alone ("Mål 2. Vårdtagarna ska få god vård. Delvis uppfyllt.")
                # judges the sentence before it, which names what it judges; done, or
                # with nothing before it, it makes no item.
                if bare[0] == "done" or k == 0 or prev_made:
                    prev_made = False
                    prev_status = None
                    continue
                s = f"{sents[k - 1].rstrip(' .')}. {s}"
                if k >= 2 and _NUMBERED_LABEL.match(sents[k - 2]):
                    # ("Mål 2." split off as a sentence of its own)
                    s = f"{sents[k - 2].rstrip(' .')}: {s}"
            miss = self.voc.goal_miss.search(s) or self.voc.goal_partly.search(s)
            if (
                miss
                and (
                    _SPEAKS_OF_GOALS.search(s)
                    # (a result against its target names its goal by the target)
                    or self.voc.target.search(s)
                    # (the goals named in the sentence before, this one judging the
                    # other of them: "… två delmål, varav det ena … nås. Det andra, 6.2
                    # X, bedöms osäkert huruvida det kommer att nås.")
                    or (k > 0 and _OTHER_OF_THEM.match(s)
                        and _NAMES_GOALS.search(sents[k - 1]))
                )
                and not _LEGEND.search(text)
                # (a legend's lines stand each alone: the one above is read with it)
                and not _is_scale(self._last_paragraph or "", text)
                and (not _COUNTED.search(s) or _ONE_MISSED.search(s[: miss.start()]))
            ):
                if (
                    self._judged
                    and re.match(r"^(?:målet|målen)\b", s, re.I)
                    and not (_NAMES_GOAL.match(s))
                ):
                    # "Målet kommer inte att nås utan …" after the labelled verdict on
                    # the same goal: that verdict's item already tells it.
                    continue
                # "Målet bedöms delvis uppfyllt" refers to the goal named just before.
                named = s
                # ("Målet om att bli …" names its goal itself)
                if (
                    re.match(r"^(?:målet|målen)\b", s, re.I)
                    and not _NAMES_GOAL.match(s)
                    and k > 0
                    and not prev_made
                ):
                    named = f"{sents[k - 1]} {s}"
                    miss = self.voc.goal_miss.search(named) or self.voc.goal_partly.search(named)
                    assert miss is not None
                elif (
                    re.match(r"^(?:målet|målen)\b", s, re.I)
                    and not _NAMES_GOAL.match(s)
                    and k == 0
                    and self._last_paragraph
                    and len(self._last_paragraph) <= 300
                ):
                    # The verdict opens its paragraph: the goal is the line stated just
                    # above it ("Mål 1: Fler invånare ska …" / "Målet är delvis uppfyllt").
                    # ("Mål 1. Fler invånare …": the number is the goal's label)
                    above = _LABEL_THEN_GOAL.sub(r"\1: ", self._last_paragraph.rstrip(" ."))
                    named = f"{above}. {s}"
                    miss = self.voc.goal_miss.search(named) or self.voc.goal_partly.search(named)
                    assert miss is not None
                one = _ONE_MISSED.search(s[: miss.start()]) if _COUNTED.search(s) else None
                if one is not None and named is s:
                    # A tally's missed goal alone ("Kommunens finansiella mål nås för 2
                    # mål och ett mål nås ej" → "Kommunens finansiella mål: ett mål nås
                    # ej"): the goals met are no open work.
                    lead = re.match(r"^(.*?)\s+(?:nås|uppnås|uppfylls|når|nåddes|uppnåddes|"
                                    r"uppfylldes)\b", s, re.I)
                    clause = s[one.start() :]
                    named = (f"{lead.group(1)}: {clause}"
                             if lead and len(lead.group(1).split()) <= 6 else clause)
                    miss = self.voc.goal_miss.search(named) or miss
                out += self._goal_misses(named, miss, ln, heading)
                prev_made = True
                prev_status = None
                continue
            worse = self.voc.worsened.search(s)
            if worse is not None and not _LEGEND.search(s):
                # "Trots detta har rankingen försämrats": a measure the report follows
                # gone the wrong way, its deviation.
                out.append(self._measure_worse(s, worse, ln, heading))
                prev_made = True
                prev_status = None
                continue
            if (
                _LEGEND.search(s)
                or _MEASURED.search(s)
                or _EXAMPLES_LEAD.search(s)
                or self.voc.standing.search(s)
                or _EXPLAINS.search(s)
                or self.voc.assessment.match(s)
            ):
                # A key to the report's symbols ("Symbolerna ska tolkas enligt
                # följande: ☺ = …") judges nothing; a duty that recurs ("Fyra gånger
                # per år ska nämnden redovisa …") is a standing rule, not work; the
                # auditors' judgement of their own question is no work either.
                prev_made = False
                prev_status = None
                continue
            cue = self.voc.prose_open.search(s) or self.voc.stage.search(s)
            # "… ska utredas", "Rutinerna behöver förbättras under 2016": a measure to take
            future = re.search(r"\b(?:ska|behöver)\s+(?:\w+\s+){0,3}?\w+as\b", s, re.I)
            due = due_in(s, self.ref)
            if k == 0 and due is not None and _TIME_FIRST.match(s):
                # "Under 2018 kommer arbetet med pågående uppdrag att fortsätta. Inom X
                # fortsätter arbetet med A, B och C.": the opening time frames the
                # paragraph; said of the work in general it is no item itself.
                frame = due
                if _only_frame(s):
                    continue
            elif due is None and frame is not None:
                due = frame
            step = bool(self.voc.next_step.match(s)) and bool(
                future or re.search(r"\bär att\b|\bblir att\b|\bhandlar om att\b", s)
            )
            if step and not cue:
                cue = self.voc.next_step.match(s)
            if not cue:
                # "Kommunen kommer att se över …": work planned by the organisation;
                # "Just nu arbetar kommunen med att ta fram …": work under way.
                cue = self._planned(s) or _progressive(s)
            if not cue and due is not None and due.end is not None and (
                self.ref is None or due.end >= self.ref
            ):
                # "Insatsen utvärderas under 2026", "En uppföljning görs 2027": a review
                # planned for a time still to come (one gone by, or none, tells how the
                # work is followed in general).
                cue = reviewed = self.voc.review.search(s)
            else:
                reviewed = None
            if not future:
                # "Målet kommer att bytas ut under 2026": a measure still to be taken.
                will = _WILL_PASSIVE.search(s)
                # (not in a clause about something else: "en plan som tydliggör hur
                # strategin kommer följas upp har arbetats fram")
                if will and not _SUBORDINATE.search(s[: will.start()]):
                    future = will
            if future is not None and not cue and self.voc.funds_subject.match(s):
                # "Medlen är tillfälliga och ska användas under 2022": a condition on
                # money, which does no work itself.
                prev_made = False
                prev_status = None
                continue
            if _RESPONSIBLE.match(s):
                continue
            if not cue and not (
                future
                and (
                    due
                    or prev_made
                    or responsible
                    or (future.re is _WILL_PASSIVE and _work_passive(s, future))
                )
            ):
                # A measure still to be taken ("Internkontrollen ska förbättras") counts
                # without a date beside other measures or under a named owner, or when
                # its verb is one of work the minutes' lexicon knows ("… kommer att
                # följas upp individuellt", "Saneringarna kommer genomföras …").
                prev_made = False
                prev_status = None
                continue
            if cue and not future and self._only_trend(s):
                # "Kostnaderna fortsätter att öka": a trend, not work going on.
                prev_made = False
                continue
            if cue and (
                (_NEW_COUNTED.match(s) and _PERFECT.search(s))
                or self._only_attributive(s, cue)
                or self._supervisor_subject(s)
                or ((asks := _ASKS_WHETHER.search(s)) is not None and asks.end() <= cue.start())
            ):
                # "20 nya områden har startats upp": a result counted; "… för att visa om
                # målet är på väg att nås": a question, its answer not given;
                # "Skolinspektionen har fortsatt sin uppföljning": a supervisor's work.
                prev_made = False
                prev_status = None
                continue
            if cue and (_PERIOD_SUBJECT.match(s) or _PERIOD_CLAUSE.search(s[: cue.start()])):
                # "Ett nytt verksamhetsår har precis inletts": time goes on, no work.
                prev_made = False
                continue
            if re.match(r"^för att\b", s, re.I) or re.search(r"\bföreslår\b", s, re.I):
                # A motive or a proposal about the work just named: nothing new.
                continue
            whole = s
            reporter = None
            said = self._reported(s) if cue else None
            if said is not None:
                # "… och förvaltningarna rapporterar att arbete pågår med X": the body
                # that reports owns the work, the clause after "att" tells it.
                reporter, s = said
            if cue:
                s = self._open_clause(s)
                cue = (
                    self.voc.prose_open.search(s)
                    or self.voc.stage.search(s)
                    or (self.voc.next_step.match(s) if step else None)
                    or self._planned(s)
                    or _progressive(s)
                    or (self.voc.review.search(s) or reviewed if reviewed else None)
                )
            elif future is not None and future.re is _WILL_PASSIVE:
                # "X har inrättats och Y kommer genomföras under 2026": Y is the work.
                s = self._open_clause(s)
                future = _WILL_PASSIVE.search(s) or future
            if cue and due is not None and due.pos is not None and due.pos < cue.start():
                # "Ansökan lämnades i maj 2020 och huvudförhandling är planerad att hållas
                # i maj 2021": the time after the status word is the work's.
                later = due_in(s[cue.end() :], self.ref)
                if later is not None:
                    due = later
            cue_text = cue.group(0) if cue else future.group(0)  # type: ignore[union-attr]
            topic = s
            anaphoric = (
                # ("Arbetet framåt handlar om att X": a next step names its own work)
                not step
                and self.voc.anaphor.match(whole)
                and not re.match(
                    # "Detta eftersom rutiner för X saknas": the reason names the work
                    r"^\w+\s+(?:eftersom|då|beror\s+på\s+att)\b",
                    whole,
                    re.I,
                )
                and not re.match(
                    # "Arbetet med X pågår", "Arbetet pågår med att ta fram X": named here
                    r"^\w+\s+(?:(?:pågår|fortsätter|fortgår|fortskrider)\s+)?"
                    r"(?:med|kring|för|om|att|inom|av)\b",
                    whole,
                    re.I,
                )
            )
            before = sents[k - 1] if k > 0 else self._last_sentence
            if (
                not anaphoric
                and before is not None
                and not (k > 0 and prev_made)
                and _REFERS_BACK.match(s)
                and assigned(before)[0]
            ):
                # "KF gav nämnden i uppdrag att utreda X. Utredningen pågår …": the
                # work is the assignment before.
                anaphoric = True
            if prev_made and k > 0 and out and _same_matter(out[-1].title, whole):
                # "… pågår processen för nytt miljötillstånd. Tillståndsansökan lämnades i
                # maj och huvudförhandling är planerad i maj 2031": the next step of the
                # matter just told (its subject shares the matter's noun), not a new one.
                last = out[-1]
                last.text = f"{last.text} {whole}"
                if last.due is None and due is not None:
                    for key, value in due_fields(due).items():
                        setattr(last, key, value)
                    last.reasons.append(f"slutdatum ur nästa steg: {due.text}")
                continue
            if anaphoric and k > 0:
                if prev_made:
                    continue
                topic = sents[k - 1]
            elif anaphoric and self._last_sentence is not None:
                # The matter stands in the paragraph before (a printed line ended with
                # it): "En motion om X." / "Svar på motionen behandlas i maj."
                topic = self._last_sentence
            if topic is s and k + 1 < len(sents) and _LIST_AFTER.match(sents[k + 1]):
                # The status is given once for a list that follows.
                prev_status = (cue_text, due, s)
                self.list_heads.add(s)
                continue
            inverted = self.voc.inverted_subject.match(topic)
            _given, to_another, to = assigned(topic)
            named = (
                to
                or recommended_to(topic)
                or (None if to_another else _subject_body(topic))
                or (inverted.group("name") if inverted else None)
                or (agent_in(s) if cue else None)
            )
            if named and named.lower() in self.voc.generic | {"bolaget", "kommunen", "regionen"}:
                named = None  # "bolaget", "nämnden": the report's own, named elsewhere
            owner = reporter or named or responsible or heading or self.body
            body_text = s if topic is s else f"{topic} {s}"
            extra = []
            if owner == responsible and responsible:
                extra.append(f"ansvarig enligt texten: {responsible}")
            # "En översyn av X planeras samt en utbildning om Y": the measures joined
            # by "samt" share the status, each an item of its own.
            also = _ALSO.search(s) if cue and cue.start() < len(s) else None
            if also is not None and _PURPOSE.search(s, cue.start() if cue else 0, also.start()):
                # "… pågår med X för att öka kvaliteten, för likvärdighet samt en god
                # resurshållning": "samt" ends the purpose, no second measure.
                also = None
            joined = bool(also) and topic is s and (not cue or cue.start() < also.start())

            main = open_entry(
                ln,
                title=self._prose_title(topic),
                text=body_text,
                owner=owner,
                due=due,
                evidence=s,
                confidence=0.5,
                reasons=["löptext i uppföljning: arbete som pågår", f"statusord: {cue_text}"]
                + ([f"ansvarig från rubrik: {owner}"] if heading and owner == heading else [])
                + extra,
            )
            listed = _listed_works(s) if cue and topic is s else []
            if listed:
                # "… fortsätter bland annat arbetet med A, B, C samt D": one piece of
                # work each, with the sentence's status, owner and date.
                for thing in listed:
                    out.append(
                        dataclasses.replace(
                            main,
                            title=short_title(thing, 90),
                            reasons=[*main.reasons, "uppräkning efter ett statusord"],
                        )
                    )
                prev_made = True
                continue
            out.append(main)
            if joined and also is not None:
                # The measure after "samt": the same status, owner and date.
                np = also.group("np").strip()
                out.append(
                    dataclasses.replace(
                        main,
                        title=short_title(np[:1].upper() + np[1:], 90),
                        text=s,
                        reasons=[
                            "löptext i uppföljning: åtgärd uppräknad med 'samt'",
                            f"statusord: {cue_text}",
                            *extra,
                        ],
                    )
                )
            prev_made = True
        # A sentence that made no item may be the topic of the next paragraph's first.
        self._last_sentence = sents[-1] if sents and not prev_made else None
        # A paragraph that made none may state the goal a labelled verdict judges.
        self._last_paragraph = text if not out else None
        if out:
            self._judged = False
        if not responsible:
            named_owners = {o for o in (heading, self.body) if o}
            pending.extend(it for it in out if it.owner in named_owners or it.owner is None)
        self._unowned = pending
        return out

    def _reported(self, s: str) -> tuple[str, str] | None:
        """(the body, the clause) of "<body> rapporterar att <clause with a status
        word>", the body a named one or a plural of a kind of body
        (``[bodies] plural``); None otherwise."""
        m = _REPORTED.search(s)
        if m is None or not self.voc.prose_open.search(m.group("rest")):
            return None
        who = m.group("who")
        if who.lower() in self.voc.plural_bodies:
            owner = who[:1].upper() + who[1:].lower()
        else:
            owner = _subject_body(who)
            if owner is None or owner.lower() in self.voc.generic:
                return None
        rest = m.group("rest").strip()
        return owner, rest[:1].upper() + rest[1:]

    def _only_attributive(self, s: str, cue: re.Match[str]) -> bool:
        """The only status word is an attribute of another noun after a finished main
        clause ("Marken har sanerats i samband med pågående exploatering"): the
        sentence tells finished work; the work going on is another's, not named."""
        if len(self.voc.prose_open.findall(s)) > 1:
            return False
        if re.search(r"\bsom\s+(?:har\s+|hade\s+)?$", s[: cue.start()], re.I):
            # "Aktiviteter som har påbörjats har upprätthållits": the status word in a
            # relative clause names the work; the main clause after it tells it done.
            return _PERFECT.match(s[cue.end() :].lstrip()) is not None
        if cue.group(0).lower() not in _ATTRIBUTIVE:
            return False
        return _PERFECT.search(s[: cue.start()]) is not None

    def _supervisor_subject(self, s: str) -> bool:
        """The sentence opens with a supervisor or the auditors (``[issuers]``) as its
        subject: what goes on is their follow-up, not work the report's body owes."""
        m = re.match(r"(?:[A-ZÅÄÖ][\wåäö-]*)(?:\s+(?:för|[a-zåäö][\wåäö-]*))*?(?=\s+(?:har|hade|"
                     r"fortsätter|kommer|ska|avser|planerar)\b)", s)
        return m is not None and m.group(0).lower() in self.voc.issuers

    def _planned(self, s: str) -> re.Match[str] | None:
        """ "Kommunen kommer att se över …", "Vi kommer också att ta fram …": the
        organisation (or one of its bodies) as the subject of a future tense, the "kommer
        (att)" matched; none for "kommer inte", a trend or a state."""
        m = _WILL_ACTIVE.match(s)
        if m is None:
            return None
        subject = m.group("subject")
        last = subject.split()[-1]
        if subject.lower() not in self.voc.planner and not (
            self.voc.body_name.match(last) and last.lower() not in self.voc.generic
        ):
            return None
        verb = m.group("verb")
        if verb.lower() in _NOT_PLANNED or self.voc.trend.fullmatch(verb):
            return None
        return m

    def _open_clause(self, s: str) -> str:
        """Of a sentence that joins finished work and work going on ("Flera kurser har
        genomförts och arbetet med nya kurser fortgår"), the clause going on: the
        finished one is not offered as open."""
        clauses = [c for c in _CLAUSE_JOIN.split(s) if c.strip()]
        if len(clauses) < 2:
            # "Projektet har gjort en nulägesanalys och påbörjar inom kort …": one subject,
            # a finished verb and then the work going on
            m = re.search(r"\s+och\s+(?=\w)", s)
            while m is not None:
                right = s[m.end() :]
                if self.voc.prose_open.match(right) and _SUPINE.search(s[: m.start()]):
                    clauses = [s[: m.start()], right]
                    break
                m = re.compile(r"\s+och\s+(?=\w)").search(s, m.end())
        if len(clauses) < 2:
            return s
        going = [c for c in clauses if self.voc.prose_open.search(c) or _WILL_PASSIVE.search(c)]
        finished = [
            c
            for c in clauses
            if (_CLAUSE_DONE.search(c) or _PERFECT.search(c) or _SUPINE.search(c))
            and c not in going
        ]
        if len(going) != 1 or not finished:
            return s
        c = going[0].strip()
        return c[:1].upper() + c[1:]

    def _only_trend(self, s: str) -> bool:
        """Every open cue of the sentence is part of a trend ("fortsätter att öka",
        "fortsatt hög") or one adjective of a list that also names finished work ("de
        planerade, pågående och genomförda åtgärderna")."""
        cues = [m.span() for m in self.voc.prose_open.finditer(s)]
        trends = [m.span() for m in self.voc.trend.finditer(s)]
        trends += [m.span() for m in _STATES_LIST.finditer(s)]
        return bool(cues) and all(any(a <= c0 < b for a, b in trends) for c0, _c1 in cues)

    @staticmethod
    def _prose_title(sentence: str) -> str:
        """The work a sentence is about: what "pågår", or what "har … fortsatt"."""
        m = _NOT_YET_DONE.search(sentence.rstrip("."))
        if m:
            # "Nämnden har ännu inte fattat beslut om X" → "Fatta beslut om X".
            verb = m.group("verb")[:-1]
            return short_title(verb[:1].upper() + verb[1:] + " " + m.group("rest"), 90)
        named = work_name(sentence)
        if named:
            return named
        step = vocabulary().next_step.match(sentence)
        if step:
            # "Nu ska driften av X utvärderas för att …" → "Driften av X utvärderas".
            rest = re.split(r",|\s+för att\s+", sentence[step.end() :].strip())[0].strip(" .")
            if len(rest.split()) >= 2:
                return short_title(rest[:1].upper() + rest[1:], 90)
        put_after = _WORK_AFTER_KOMMER.search(sentence)
        if put_after:
            # "Utöver X kommer utvärdering och uppdatering av planen ske 2027" → the
            # nouns between "kommer" and the verb of doing.
            np = put_after.group("np")
            return short_title(np[:1].upper() + np[1:], 90)
        inverted = vocabulary().inverted_subject.match(_clean(sentence))
        if inverted:
            # "Under året har X kommun inlett ett samarbete om …" → "Samarbete om …".
            after = re.sub(r"^(?:en|ett|de|den|det)\s+", "", sentence[inverted.end() :].strip())
            if len(after.split()) >= 2:
                return short_title(after[:1].upper() + after[1:], 90)
        s = sentence.rstrip(".")
        m = re.search(r"\bpågår\s+(?:det\s+|nu\s+|även\s+)*(?:med\s+att\s+)?(?P<np>\w.{8,})$", s)
        if m and not re.match(
            r"^(?:och|men|samt|enligt|fortfarande|planering|för fullt|sedan|fortsatt|ännu)\b",
            m.group("np"),
        ):
            np = m.group("np")
            before = s[: m.start()].split()
            if np.startswith("med ") and before and before[-1].lower() in _WORK_NOUNS:
                # "Arbete pågår med rutiner för X" → "Arbete med rutiner för X"
                np = f"{before[-1]} {np}"
            return short_title(np[:1].upper() + np[1:], 90)
        m = re.search(
            r"\b(?:har|hade)\s+(?:\w+\s+)??(?P<np>(?:det|den|de)\s+\w.{8,}?)\s+"
            r"(?:fortsatt|fortsätter|fortgått|pågått)\b",
            s,
        )
        if m:
            np = m.group("np")
            return short_title(np[:1].upper() + np[1:], 90)
        m = _BEGUN_WORK.search(s) or _WORK_WENT_ON.search(s)
        if m:
            # "Vi har startat ett projekt för att minska matsvinnet" → "Projekt för att
            # minska matsvinnet"; "… har ett arbete gällande X pågått" → "Arbete gällande X".
            np = m.group("np").strip(" ,")
            return short_title(np[:1].upper() + np[1:], 90)
        return activity_title(sentence)


#: A goal's grade as a legend names it: "Målet uppnått", "Målet delvis uppnått", "Målet
#: ej uppnått".
_GRADE = re.compile(
    r"(?<![\wåäö])målet\s+(?P<grade>(?:(?:ej|inte|delvis|helt)\s+)?)"
    r"(?:uppnått|uppfyllt|nått|uppnås|uppfylls|nås)(?![\wåäö])",
    re.IGNORECASE,
)


#: Work put after "kommer" and before its verb of doing, the subject after the verb as an
#: opening phrase requires: "… kommer utvärdering och uppdatering ske 2027".
_WORK_AFTER_KOMMER = re.compile(
    r"(?<![\wåäö])kommer\s+(?!(?:att|inte|ej|även|också|nu|sedan|därefter|framöver|"
    r"successivt|löpande|fortsatt|troligen|sannolikt|därför|dock|vi|det|man)\b)"
    r"(?P<np>[a-zåäö][\wåäö-]*(?:\s+(?:och|av|för|på|i|med)?\s*[\wåäö-]+){0,5}?)\s+"
    r"(?:att\s+)?(?:ske|göras|genomföras)\b"
)


def _is_scale(before: str, text: str) -> bool:
    """Whether ``text`` and the paragraph ``before`` it are lines of a legend of the
    grades a report gives its goals ("Målet uppnått, …" / "Målet delvis uppnått, …" /
    "Målet ej uppnått, …"): each opens with a grade, and the grades differ (a goal's
    verdict follows the goal it judges, not another verdict)."""
    a, b = _GRADE.match(before.strip()), _GRADE.match(text.strip())
    return bool(a and b) and a.group("grade").strip().lower() != b.group("grade").strip().lower()
