"""The second reading of minutes: sentences no phrase rule took, read by the clause
analysis and scored.

For every section, proposals received ("Motion av … om …") and sentences with an
obligation (:func:`tracker.extract.clauses.analyse`) become candidates; the learned
scorer (:mod:`tracker.extract.scorer`) decides their tier: at or above its threshold a
candidate is offered checked like a rule's item; below, as a possible item, unchecked.

Every other sentence of the body that is no furniture (attendance, signatures, case
references, bare headings, the meeting's own procedure:
:func:`tracker.extract.clause_features.is_furniture`) is a candidate too, the *wide
reading*: described by general features (:mod:`tracker.extract.clause_features`) and
scored by the model's wide weights, it is offered as a possible item only at or above
the possible threshold, which keeps them few; it is never checked by default.
Each candidate carries its reasons: the lexicon entries, the features and the score
(``tracker extract FILE --explain``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager

from tracker.domain import Candidate
from tracker.extract import scorer
from tracker.extract.clause_candidates import (
    FEATURES_PREFIX,
    OBLIGATION_REASON,
    SCORED_REASON,
    incoming_candidate,
    incoming_matters,
    possible_candidate,
)
from tracker.extract.clause_context import (
    context_features,
    document_features,
    due_features,
    heading_stems,
    owner_features,
)
from tracker.extract.clause_features import (
    is_bare_heading,
    is_furniture,
    lexical_features,
    wide_features,
    wide_lexicon,
)
from tracker.extract.clause_lexicon import lexicon
from tracker.extract.clause_owner import (
    addressee,
    earlier_actor,
    field_owner,
    heading_person,
    list_label_owner,
    owner_of,
    owner_told_after,
    pronoun_owner,
)
from tracker.extract.clauses import (
    OPENING_CLASSES,
    PERSON_DEED,
    Clause,
    analyse,
    deadlines,
    features,
    is_possible,
    person_actions,
)
from tracker.extract.dates import due_fields, pick_due
from tracker.extract.event_dates import event_days, event_due
from tracker.extract.minutes_patterns import _NEXT_MEETING_LINE, _WHEN_UNSET
from tracker.extract.minutes_people import owner_names
from tracker.extract.minutes_text import _clean_title, _mask_quotes, _shorten
from tracker.extract.not_open import GOES_ON, NO_TASK, why_no_task
from tracker.extract.phrases import outside_ignored
from tracker.extract.sections import Section, label_and_body
from tracker.extract.sentence_split import split_reason
from tracker.extract.status_lists import inline_entries, listed_entries
from tracker.language.date_period import Period
from tracker.language.date_shapes import NEXT_MEETING
from tracker.language.dates import find_periods

_scoring = True

#: A short task that points back at the sentence before ("… kollar mer med dem").
_ANAPHORIC = re.compile(r"\b(?:dem|det|detta|den|denna|dessa|saken|frågan|ärendet)\b",
                        re.IGNORECASE)


@contextmanager
def unscored() -> Iterator[None]:
    """Every clause candidate stays possible (training reads them all)."""
    global _scoring
    before, _scoring = _scoring, False
    try:
        yield
    finally:
        _scoring = before


def _lexical(c: Clause, heading: str | None = None) -> list[str]:
    """The sentence's and its heading's word stems as features, when the model weighs
    them or training reads the candidates (every stem; the training keeps the common
    ones)."""
    if _scoring and not scorer.model().lexical:
        return []
    return [*lexical_features(c), *heading_stems(heading)]


def _context(sec: Section, texts: list[str], k: int, c: Clause, cand: Candidate,
             ref: dt.date | None, people: frozenset[str], doc: list[str]) -> list[str]:
    """The features of the sentence's surroundings (:mod:`.clause_context`)."""
    return [*context_features(sec, texts, k, people), *doc, *due_features(c, ref),
            *owner_features(cand.owner, people)]


#: Why a candidate of the prose before the first heading scored as sure is offered as
#: possible.
LEAD_IN_REASON = "före första rubriken: erbjuds som möjlig"


def _tier(cand: Candidate, feats: list[str], *, keep: bool = False) -> Candidate | None:
    """The candidate in its tier by the learned score (:mod:`.scorer`).  What the clause
    analysis offers on its own (``keep``: an obligation read in the sentence, a proposal
    received, an entry of a status list) is confident at or above the model's threshold
    and possible below it.  A sentence only the wide reading made a candidate is scored
    by the wide weights and offered as possible at or above the possible threshold;
    below it, not at all (None); never checked, unless the model says so
    (``wide_checked``, a measured option not shipped: scripts/train_scorer.py
    ``WIDE_CHECK``).  A clause offered only for the verb its marker governs
    ("Taket ska renoveras", a verb of no class) is tiered like any other: it was once
    kept possible whatever its score, but the threshold is chosen on held-out rows that
    promote it like any other, and on the dev minutes 11 of the 13 so kept at or above
    it were labelled items (bench/README.md, "Scorer, seventh session")."""
    model = scorer.model() if _scoring else scorer.NO_MODEL
    why = why_no_task(cand.text, feats) if keep else None
    if why is not None:
        # Never checked, whatever the score: the feature tells training and the
        # held-out measure so (scripts/train_scorer.py ``NO_TASK``).
        feats = [*feats, NO_TASK]
    cand.reasons.append(FEATURES_PREFIX + " ".join(feats))
    if _scoring and why is None and _forward_to_next_meeting(cand, feats):
        # "Fikafördelningen bestäms på nästa möte", "Tills nästa styrelsemöte sammanställer
        # vi …": a task the minutes set for the next meeting, told in no past tense, is
        # open whatever else the sentence holds (on the dev minutes' even half 7 of the 10
        # such clause candidates were labelled items).
        p = model.score(feats) if keep else model.score_wide(feats)
        wide = "" if keep else "bred läsning, "
        cand.reasons.insert(0, f"{NEXT_MEETING_RULE} (säker; {wide}modell {p:.2f})")
        cand.reasons = [r for r in cand.reasons if not r.startswith("möjlig punkt")]
        # ("Fortsatt diskussion på nästa möte": no deed of the lexicon, the matter itself
        # goes on to the next meeting)
        kind = "carried_over" if cand.kind == "follow_up" and not any(
            f.startswith("verb:") for f in feats) else cand.kind
        return dataclasses.replace(cand, tier="confident", kind=kind,
                                   confidence=round(min(max(p, 0.6), 0.9), 2))
    if not keep:
        p = model.score_wide(feats)
        floor = model.possible if _scoring else 0.0  # (training reads every candidate)
        if p < floor and _scoring and _forward_period(feats):
            # "Excaträningen skjuts upp till hösten": a season or month ahead on a clause
            # told in no past tense is worth a look, not a check.
            cand.reasons.append(f"lärd modell, bred läsning: {p:.2f}; tid framåt (möjlig)")
            return dataclasses.replace(cand, confidence=round(max(p, 0.05), 2))
        if p < floor:
            return None
        if model.wide_checked and p >= model.threshold and why_no_task(cand.text, feats) is None:
            cand.reasons.insert(0, f"lärd modell, bred läsning: {p:.2f} ≥ "
                                   f"{model.threshold:.2f} (säker)")
            return dataclasses.replace(cand, tier="confident", confidence=round(min(p, 0.9), 2))
        cand.reasons.append(f"lärd modell, bred läsning: {p:.2f} ≥ {floor:.2f} (möjlig)")
        return dataclasses.replace(cand, confidence=round(min(p, 0.45), 2))
    p = model.score(feats)
    if why is not None:
        cand.reasons.append(f"lärd modell: {p:.2f}; {why}")
        return dataclasses.replace(cand, confidence=round(min(p, 0.45), 2))
    if p < model.threshold and _scoring and PERSON_DEED in feats:
        # "Nils publicerar datumen på hemsidan": a named person doing a deed is a task
        # as sure as a rule's (on the dev minutes nearly every such clause is a labelled
        # item), whatever the other words weigh.
        cand.reasons.insert(0, f"namngiven person och handling (säker; lärd modell {p:.2f})")
        cand.reasons = [r for r in cand.reasons if not r.startswith("möjlig punkt")]
        return dataclasses.replace(cand, tier="confident", confidence=0.7)
    if p >= model.threshold:
        cand.reasons.insert(0, f"lärd modell: {p:.2f} ≥ {model.threshold:.2f} (säker)")
        cand.reasons = [r for r in cand.reasons if not r.startswith("möjlig punkt")]
        return dataclasses.replace(cand, tier="confident", confidence=round(min(p, 0.9), 2))
    cand.reasons.append(f"lärd modell: {p:.2f} < {model.threshold:.2f} (möjlig)")
    return dataclasses.replace(cand, confidence=round(min(p, 0.45), 2))


#: The reason of a candidate checked for its time, the next meeting.
NEXT_MEETING_RULE = "tid: till nästa möte, ej förfluten"
#: Features of a clause told in the past: the finite verb, or a past date beside it.
_PAST_FEATURES = frozenset({"mv:past", "mv:perfect", "time:past", "tense:past",
                            "tense:supine", "tense:participle", "due:past"})
#: … unless a verb of these classes says it: a matter put off, sent on or back at this
#: meeting stays open ("Bordlades till nästa möte"); or the past is the meeting's own
#: decision of what is to come ("Det beslutades att frågan tas upp på nästa möte").
_OPENING_FEATURES = frozenset({"verb:table", "verb:refer", "verb:send_back", "decided"})
#: Lines that announce the next meeting itself ("Nästa möte 12 maj", "Nästa
#: styrelsemöte: …", "Datum för nästa möte meddelas senare"), no task for it.
_NEXT_MEETING_HEAD = re.compile(
    r"^\s*(?:\d+[.)]?\s*)?(?:(?:datum|datumet|tid|tiden|tidpunkt|plats|platsen|dag|dagen|"
    r"kallelse|kallelsen)\s+(?:för|till)\s+)?nästa\s+[\wåäö]*(?:möte|sammanträde|träff)",
    re.IGNORECASE)


def _not_past(feats: list[str]) -> bool:
    return not _PAST_FEATURES.intersection(feats) or bool(_OPENING_FEATURES.intersection(feats))


def _forward_to_next_meeting(cand: Candidate, feats: list[str]) -> bool:
    """A clause whose own time is the next meeting, told in no past tense, that is no
    line announcing that meeting nor a question."""
    return ("deadline:next_meeting" in feats and _not_past(feats)
            and "question" not in feats and "neg" not in feats
            and not _NEXT_MEETING_HEAD.match(cand.text or ""))


def _forward_period(feats: list[str]) -> bool:
    """A clause whose own time is a period ahead (a season, a month), told in no past
    tense."""
    return ("deadline:period" in feats and _not_past(feats) and "neg" not in feats
            and "question" not in feats)


def _person_clauses(text: str, people: frozenset[str]) -> list[str]:
    """The sentence cut before each person who will do something, when it holds two
    tasks: two people ("Jonas kontaktar Erik och Håkan kontaktar övriga"), or a task of
    its own before the person's ("Vi frågar vilka som kan vara vakter och Karolin gör
    vaktschemat")."""
    starts = [at for _, _, at in person_actions(text, people)]
    if not starts:
        return [text]
    if starts[0] > 0:
        head = _trim_clause(text[: starts[0]])
        if not is_possible(analyse(head, None, None, people)):
            starts[0] = 0  # the words before only lead up to the person's task
    if starts[0] > 0:
        starts.insert(0, 0)
    if len(starts) < 2:
        return [text]
    out: list[str] = []
    for i, at in enumerate(starts):
        piece = text[at: starts[i + 1] if i + 1 < len(starts) else len(text)]
        if out and _OWNER_ONLY.match(piece):
            # "10 farthinder köps in under våren Tommy fixar.": a person and a verb with
            # nothing of its own to do take on the task told before them.
            out[-1] = _trim_clause(text[: at + len(piece)] if len(out) == 1 else
                                   f"{out[-1]} {piece}")
            continue
        out.append(_trim_clause(piece))
    out = [p for p in out if p]
    return out if len(out) > 1 else [text]


#: A person's clause that names no task of its own: the person, the verb, at most a
#: particle or a pronoun for the task before ("Tommy fixar.", "Lisa kollar upp det.").
_OWNER_ONLY = re.compile(
    r"^\s*[A-ZÅÄÖ][\wåäöé-]+(?:\s+(?:och|&)\s+[A-ZÅÄÖ][\wåäöé-]+)?\s+[a-zåäö]+"
    r"(?:\s+(?:upp|in|ut|av|till|fram|det|detta|den|dem|i\s+det)){0,2}\s*[.!]?\s*$")


#: "vi tar detta på nästa styrelsemöte": the writers are the forum ("Vi på X" names X).
_WE = re.compile(r"(?:^|[,;:]\s+|\b(?:och|men|så|att)\s+)[Vv]i\s+(?!(?:på|i|från|inom)\s)")
#: "… kommer vi sammanställa", "ska vi ta upp": the writers after their verb.
_WE_AFTER_VERB = re.compile(r"\b(?:kommer|ska|skall|tar|får)\s+vi\b", re.IGNORECASE)
#: "Beslutas att skicka ut frågorna …": a decision with no one named, the forum's own.
_DECIDED_TO = re.compile(r"^\s*(?:beslutas|beslutades|beslöts|bestämdes|bestäms)\s+att\s+"
                         r"[a-zåäö]+a\b", re.IGNORECASE)


#: A decision point told as its own clause, no subject: "Att Bygdegården målas om",
#: "- att tillsätta en arbetsgrupp".
_ATT_POINT = re.compile(r"^\s*(?:[-–•·*]\s*)?att\s+\S", re.IGNORECASE)
#: An obligation governing a passive ("skall inköpas", "ska verkställas", "måste ses
#: över"): a deed to be done, no one named to do it.
_OWED_PASSIVE = re.compile(r"(?<![\wåäö])(?:ska|skall|måste)\s+"
                           r"(?:(?:nu|också|även|sedan|snarast|därefter|först)\s+)?"
                           r"[a-zåäö]{2,}(?<!s)s(?:\s+(?:upp|in|ut|om|bort|över|fram))?"
                           r"(?![\wåäö])", re.IGNORECASE)


#: The obligation stands in a clause of what is asked or told ("… frågar om lokalerna
#: ska renoveras", "… hur tiden ska hanteras"): no task given.
_ASKED_WHETHER = re.compile(r"(?<![\wåäö])(?:om|hur|huruvida|ifall|vad|varför|när|vilka|"
                            r"vilken|vilket|att)\s+[^,;:.!?]*$", re.IGNORECASE)


def _forums_own(c: Clause, text: str) -> bool:
    """A clause with no one named that the meeting's forum itself will act on: told as
    "vi …", or a decision or tabling at its next meeting ("att vid nästkommande
    sammanträde fastställa nivån på fonderingarna")."""
    if c.agent is not None:
        return False
    if _WE.search(text) or _DECIDED_TO.match(text):
        return True
    later = c.deadline is not None and bool(NEXT_MEETING.search(c.deadline.text or ""))
    if later and _NEXT_MEETING_HEAD.match(text):
        return False  # "Nästa möte är den 16 april": the meeting itself, no task
    if later and _WE_AFTER_VERB.search(text):
        return True  # "Tills nästa möte kommer vi sammanställa …"
    # ("Fortsatt diskussion på nästa möte", "Fikafördelningen bestäms på nästa möte": no
    # verb of the lexicon, nothing but the meeting itself to do it)
    return later and (not c.verbs or any(cls in ("decide", "table") for cls, _, _ in c.verbs))


def _decided_unnamed(c: Clause, text: str) -> bool:
    """A decided obligation that names no one (DOMAIN.md: no subject → the meeting's own
    body), the owner when no sentence around names one: a decision whose verb is a task
    ("Beslutades att det skall skrivas …"); a decision point of its own, "Att …" with an
    obligation in it; an obligation on a deed in the passive ("Nytt draperi skall
    inköpas", "Beslutet ska verkställas"), not one asked or told about ("… frågar om
    lokalerna ska renoveras")."""
    if c.agent is not None or any(cls in OPENING_CLASSES for cls, _, _ in c.verbs):
        # (a matter sent on, back or put off is the receiver's, no deed of the body's:
        # "Ärendet ska skickas tillbaka till förvaltningen")
        return False
    obliged = any(cls == "obligation" for cls, _ in c.markers)
    if c.decided is not None or (obliged and wide_lexicon().decided.search(text)):
        return True
    if _ATT_POINT.match(text) and (obliged or c.decided is not None):
        return True
    return obliged and c.governed is not None and (m := _OWED_PASSIVE.search(text)) is not None \
        and not _ASKED_WHETHER.search(text, 0, m.start())


#: A lead-in that sets the time for all the tasks after it ("Inför SK-mötet 17/5 …").
_LEAD_CUE = re.compile(r"\b(?:inför|till|senast|före|innan)\b", re.IGNORECASE)


def _lead_deadline(
    text: str, people: frozenset[str], ref: dt.date | None, next_meeting: dt.date | None
) -> Period | None:
    """The deadline a sentence states before its first person's task ("Inför SK-möte i
    Malmö 17/5 Beslut: Markus hör med … Eva-Lotta fixar …"), for every task it holds."""
    found = person_actions(text, people)
    if not found or found[0][2] == 0:
        return None
    lead = text[: found[0][2]]
    days = [p for p in deadlines(find_periods(lead, ref, next_meeting), lead, ref)
            if p.end is not None and _LEAD_CUE.search(lead, max(0, p.pos - 40), p.pos)]
    return days[-1] if len(days) == 1 else None


def _event_day(
    sec: Section, texts: list[str], k: int, ref: dt.date | None, next_meeting: dt.date | None
) -> Period | None:
    """The day a task without a date of its own is done for: the one coming day named by
    the first sentence of its paragraph ("Byalagsstämman den 25 mars. … Bengt kopierar
    dagordningen."), else by the section's title ("Kommande program 14 maj
    bingopromenad" over "Lasse tar med extra elkabel")."""
    if ref is None:
        return None
    para = sec.sentences[k].paragraph
    first = next(j for j in range(k + 1) if sec.sentences[j].paragraph == para)
    leads = [texts[first]] if first < k else []
    for lead in [*leads, " ".join((sec.title or "").split())]:
        # (a date written out: a heading "Att göra till nästa träff" is the rules' to
        # read, with the matters it holds)
        days = [p for p in find_periods(lead, ref, next_meeting)
                if p.precision == "day" and p.end is not None and p.end > ref
                and not NEXT_MEETING.search(p.text)]
        if days:
            return days[0] if len(days) == 1 else None
    return None


#: A sentence that goes on about the task just told: "Utredningsarbetet ska bedrivas så
#: att kommunstyrelsen kan behandla förslaget i oktober 2008."
_GOES_ON = re.compile(r"^\s*(?:utredning\w*|arbetet|uppdraget|redovisning\w*|rapport\w*|"
                      r"förslaget|resultatet|detta|det)\b", re.IGNORECASE)


def _next_sentence_due(
    sec: Section, texts: list[str], k: int, ref: dt.date, next_meeting: dt.date | None
) -> Period | None:
    """The one time the next sentence of the paragraph gives the task it goes on about."""
    if k + 1 >= len(texts) or sec.sentences[k + 1].paragraph != sec.sentences[k].paragraph:
        return None
    after = texts[k + 1]
    if not _GOES_ON.match(after):
        return None
    found = [p for p in deadlines(find_periods(after, ref, next_meeting), after, ref)
             if p.end is not None and p.end > ref]
    return found[0] if len(found) == 1 else None


#: "Även den asfalterade sträckan skall grusbeläggas.": the task goes with the one told
#: just before it, and with its time.
_ALSO = re.compile(r"^\s*(?:även|också|likaså|dessutom)\b", re.IGNORECASE)


def _previous_sentence_due(
    sec: Section, texts: list[str], k: int, ref: dt.date, next_meeting: dt.date | None
) -> Period | None:
    """The one time the sentence before gives a task that says it goes with it ("… erfordras
    under 2017 … Även den asfalterade sträckan skall grusbeläggas.")."""
    if not k or sec.sentences[k - 1].paragraph != sec.sentences[k].paragraph:
        return None
    if not _ALSO.match(texts[k]):
        return None
    before = texts[k - 1]
    found = [p for p in deadlines(find_periods(before, ref, next_meeting), before, ref)
             if p.end is not None and p.end > ref]
    return found[0] if len(found) == 1 else None


def _with_event_day(
    cand: Candidate, sec: Section, texts: list[str], k: int, ref: dt.date | None,
    next_meeting: dt.date | None, events: dict[str, Period] | None = None,
) -> Candidate:
    """``cand`` due on the day its paragraph or section is about (:func:`_event_day`),
    the time the sentence next to it gives it, or the day of the event it prepares for
    (:func:`.event_dates.event_due`) when it names no time itself.  (After the features:
    the scoring is unchanged.)"""
    if cand.due is not None or cand.due_precision is not None:
        return cand
    day = _event_day(sec, texts, k, ref, next_meeting)
    if day is None and ref is not None:
        day = (_next_sentence_due(sec, texts, k, ref, next_meeting)
               or _previous_sentence_due(sec, texts, k, ref, next_meeting)
               or event_due(texts[k], events or {})
               # (a section "Inför årsmötet": its tasks prepare for the event)
               or event_due(" ".join((sec.title or "").split()), events or {}))
    if day is None:
        return cand
    return dataclasses.replace(cand, reasons=[*cand.reasons, f"datum ur sammanhanget: {day.text}"],
                               **due_fields(day))


#: The kinds of task a paragraph's event dates; a matter sent on, put off or sent back is
#: due when its receiver or the next meeting deals with it.
_EVENT_KINDS = frozenset({"action", "follow_up", "assignment", "awaiting_reply"})


def dated_by_context(
    items: list[Candidate], sections: list[Section], ref: dt.date | None,
    next_meeting: dt.date | None,
) -> list[Candidate]:
    """The rules' open tasks with no time of their own, due on the day their paragraph or
    section is about (:func:`_event_day`), as the clause reading's are."""
    if ref is None:
        return items
    events = event_days(sections, ref, next_meeting)
    where: dict[str, tuple[Section, list[str], int]] = {}
    for sec in sections:
        texts = [" ".join(s.text.split()) for s in sec.sentences]
        for k, text in enumerate(texts):
            where.setdefault(text, (sec, texts, k))
    out = []
    for it in items:
        found = where.get(" ".join((it.text or "").split()))
        if found is not None and it.status == "open" and it.kind in _EVENT_KINDS:
            it = _with_event_day(it, *found, ref, next_meeting, events)
        out.append(it)
    return out


#: The reason of an owner that is the meeting's own body for want of anyone named: the
#: owners read from the item's place (:func:`owned_by_context`) come before it.
OWN_BODY_REASON = "mötets eget, ingen annan nämnd: "
#: The scorer's feature of that owner.
OWN_BODY_DECIDED = "own:body:unnamed"


def _owner_unnamed(it: Candidate) -> bool:
    """The item names no owner of its own: none, or the meeting's body as the last
    resort (``OWN_BODY_REASON``)."""
    return it.owner is None or any(r == OWN_BODY_REASON + it.owner for r in it.reasons)


#: A matter told as tabled ("bordlagd", "bordläggs").
_TABLED = re.compile(r"\bbordl[äa]\w*", re.IGNORECASE)


def owned_by_context(
    items: list[Candidate], sections: list[Section], people: frozenset[str],
) -> list[Candidate]:
    """Open items that no rule or clause gave an owner, owned as their place tells: the
    one an interpellation or question is put to, unless the matter is told as tabled
    (:func:`.clause_owner.addressee`); a sentence opening with "han"/"hon" by the one
    person the sentence before it in the paragraph names
    (:func:`.clause_owner.pronoun_owner`); an "Ansvarig:" field right after it; the one
    acting in the sentence before when it opens with a thing; else the person(s) the
    section's heading ends with ("Strategiarbete – Jan Fjeldså").  (After the scoring:
    the tiers are unchanged.)"""
    where: dict[str, tuple[Section, int]] = {}
    for sec in sections:
        for k, s in enumerate(sec.sentences):
            where.setdefault(" ".join(s.text.split()), (sec, k))
    out = []
    for it in items:
        found = where.get(" ".join((it.text or "").split()))
        if _owner_unnamed(it) and it.status == "open" and found is not None:
            sec, k = found
            s = sec.sentences[k]
            who, why = None, ""
            if not _TABLED.search(" ".join(x.text for x in sec.sentences)) and (
                who := addressee(s.text)
            ):
                # "… fick tillstånd att till byggnadsnämndens ordförande ställa
                # interpellation …": the one asked answers it (a tabled one waits for
                # the body: "Två interpellationer är bordlagda …")
                why = "frågan ställd till"
            if who is None and k and not s.para_start and (
                sec.sentences[k - 1].paragraph == s.paragraph
            ):
                before = " ".join(sec.sentences[k - 1].text.split())
                who = pronoun_owner(" ".join(s.text.split()), before, people)
                why = "ansvarig i meningen före"
            if who is None and k + 1 < len(sec.sentences) and (
                who := field_owner(" ".join(sec.sentences[k + 1].text.split()))
            ):
                why = "ansvarig i fältet efter"  # "… ska köpas in. Ansvarig: Eva."
            if who is None and (who := earlier_actor(sec, s, people)):
                # "Förvaltningen ska ta fram en rutin … Rutinen ska redovisas i maj": the
                # thing names no one; the one acting on it is told just before
                why = "ansvarig i meningen före"
            if who is None and (who := heading_person(sec.title or "", people)):
                why = "ansvarig ur rubriken"
            if who is None and not _TABLED.search(" ".join(x.text for x in sec.sentences)) and (
                who := addressee(sec.title or "")  # (§ title)
            ):
                why = "frågan ställd till"  # "§ 10 Interpellation från … till … om …"
        elif _owner_unnamed(it) and it.status == "open":
            who, why = addressee(it.text or ""), "frågan ställd till"  # told by its title
        else:
            who = None
        if who:
            it = dataclasses.replace(it, owner=who, reasons=[*it.reasons, f"{why}: {who}"])
        out.append(it)
    return out


def _with_matter_of(
    cand: Candidate, before: str, ref: dt.date | None, next_meeting: dt.date | None,
    people: frozenset[str],
) -> Candidate:
    """A task that points back to the sentence before ("att Sture presenterar ett
    budgetförslag till nästa sammanträde. I detta förslag ska … ingå."), due and owned
    as that sentence tells when it tells nothing of its own.  (After the features: the
    scoring is unchanged.)"""
    if cand.due is not None and cand.owner is not None:
        return cand
    c = analyse(_mask_quotes(before), ref, next_meeting, people, full=True)
    changes: dict[str, object] = {}
    if cand.due is None and cand.due_precision is None and c.deadline is not None:
        changes |= due_fields(c.deadline)
    if cand.owner is None and (who := owner_of(c, people)):
        changes["owner"] = who
    if not changes:
        return cand
    return dataclasses.replace(cand, reasons=[*cand.reasons, f"ur meningen före: {before[:60]}"],
                               **changes)


#: A sentence that leads into the list after it ("Det gäller bland annat", "… följande:").
_LEADS_LIST = re.compile(r":\s*$|\b(?:bland\s+annat|följande|nedanstående|gäller)\s*[.:]?\s*$",
                         re.IGNORECASE)


def _led_list(sec: Section, texts: list[str], k: int) -> bool:
    """Whether sentence ``k`` is a point of a bulleted list that the sentence before the
    list leads into ("Det gäller bland annat", "… följande:")."""
    j = k
    while j > 0 and sec.sentences[j - 1].bullet:
        j -= 1
    return j > 0 and bool(_LEADS_LIST.search(texts[j - 1]))


def _list_lead_owner(
    sec: Section, texts: list[str], k: int, ref: dt.date | None,
    next_meeting: dt.date | None, people: frozenset[str], body: str | None = None,
) -> str | None:
    """A bullet of a list that names no one, owned as the sentences leading into the list
    tell ("Regionstyrelsen behandlade även ärenden som beslutas slutgiltigt av
    regionfullmäktige vid sammanträdet den 8 november. Det gäller bland annat • regionskatt
    • …"): the lead itself, else the sentence before it; the meeting's own forum when the
    lead tells it as "vi" ("Vi … bestämde oss för några punkter: • att göra en
    handlingsplan …")."""
    if not _led_list(sec, texts, k):
        return None
    j = k
    while j > 0 and sec.sentences[j - 1].bullet:
        j -= 1
    for lead in (texts[j - 1], *([texts[j - 2]] if j >= 2 else [])):
        c = analyse(_mask_quotes(lead), ref, next_meeting, people, full=True)
        if who := owner_of(c, people):
            return who
        if body and c.agent is None and _WE.search(lead):
            return body
    return None


def _trim_clause(piece: str) -> str:
    # (… and the adverb that joined the next person's task: "Doris beställer och så")
    return re.sub(r"[\s,;]*(?:\b(?:och|men)\s+(?:så|sedan|sen|därefter|dessutom)|\boch|\bsamt"
                  r"|\b(?:sedan|sen|därefter))?[\s,;]*$", "", piece).strip()


def _section_receiver(
    texts: list[str], ref: dt.date | None, next_meeting: dt.date | None,
    people: frozenset[str],
) -> str | None:
    """The body a section sends its matters to ("… remitteras till kommunstyrelsen för
    beredning"), when one sentence of it says so."""
    for text in texts:
        c = analyse(text, ref, next_meeting, people)
        if c.recipient and any(cls == "refer" for cls, _, _ in c.verbs):
            return c.recipient
    return None


def _same_persons_item(
    k: int, sec: Section, texts: list[str], items: list[Candidate], people: frozenset[str]
) -> bool:
    """The person's task stands beside a sentence of the same paragraph that a rule's
    item holds with that person as its owner: one matter told in two sentences."""
    found = person_actions(texts[k], people)
    if not found:
        return False
    first = found[0][0].split()[0]
    para = sec.sentences[k].paragraph
    near = [texts[j] for j in (k - 1, k + 1)
            if 0 <= j < len(texts) and sec.sentences[j].paragraph == para]
    return any(it.text and it.owner and it.owner.split()[0] == first
               and any(n in it.text or it.text in n for n in near) for it in items)


def _owns_before(text: str, people: frozenset[str]) -> bool:
    """"Elif följer upp vilka som är klara": a person taking charge of the matter of the
    sentence before (``lexicon.toml`` ``owner_verbs``)."""
    found = person_actions(text, people)
    return bool(found) and found[0][2] == 0 and found[0][1] in lexicon().owner_verbs


#: "… fördelas till Kollektivtrafiknämnden", "remittera motionerna till regionstyrelsen
#: för beredning": who is to prepare the answer to a proposal received.
_REFERRED_TO = re.compile(
    r"\b(?:remitter|fördela|överlämna|hänvisa)\w*\s+(?P<what>(?:[\wåäö-]+\s+){0,3}?)till\s+"
    r"(?P<who>[\wåäö]+-\s+och\s+[\wåäö-]+|[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,2})",
    re.IGNORECASE,
)
#: The proposals a referral later in the section speaks of ("remittera motionerna …").
_PROPOSALS = re.compile(r"\b(?:motion\w*|\w*förslag\w*|skrivelse\w*|dem|dessa|ärendena)\b",
                        re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


#: Lines of a § that say nothing of its matter: its case number, the word "Beslut".
_BARE_FURNITURE = re.compile(
    r"^\s*(?:(?:dnr|diarienummer)\.?\s*:?\s*)?[A-ZÅÄÖ]{1,6}[ .-]?(?:19|20)\d\d[-/.:]\d{1,6}\s*$|"
    r"^\s*(?:beslut|förslag\s+till\s+beslut|nämndens\s+beslut)\s*:?\s*$",
    re.IGNORECASE,
)
#: A decision that sends a proposal on for its answer ("Medborgarförslaget remitteras till
#: förvaltningen för yttrande", "Motionen överlämnas till kontoret för beredning").
_SENDS_ON = re.compile(
    r"\b(?:remitter\w*|överlämna\w*|hänvisa\w*)\b[^.]*?\btill\b|\bför\s+(?:yttrande|beredning)\b",
    re.IGNORECASE,
)


#: "Motion (C) – laddstolpar för elcyklar vid skolor, SBN 2026/40", "Medborgarförslag –
#: gång- och cykelväg längs Kyrkvägen": a proposal's kind, who made it, a dash and what
#: it proposes (the title form of numbered agenda points as of § headings).
_DASHED_INCOMING = re.compile(
    r"^(?:motion|medborgarförslag|e-förslag|medborgarmotion|skrivelse)\s*"
    r"(?:\([^)]{1,40}\)\s*)?[–—-]\s+\S", re.IGNORECASE)


def _titled_incoming(sec: Section, texts: list[str], taken: str) -> tuple[int, str] | None:
    """(the sentence that sends it on, the proposal) when the title of a § or numbered
    point is a proposal received ("Medborgarförslag om …", "Motion (C) – …"; not "Svar
    på motion om …") and a sentence of it sends it on for its answer; None when it
    settles it ("bifalls", "anses besvarad") or a rule's item already holds that
    sentence."""
    if not sec.number:
        return None
    title = " ".join((sec.title or "").split())
    m = lexicon().incoming.match(title)
    if (m is None or m.start() != 0) and not _DASHED_INCOMING.match(title):
        return None
    prose = " ".join(texts)
    if lexicon().settled.search(prose):
        return None
    for k, text in enumerate(texts):
        if _SENDS_ON.search(text) and _PROPOSALS.search(text):
            return None if text in taken else (k, _clean_title(title))
    return None


#: A sentence that goes on about the proposal just named.
_PROPOSAL_AGAIN = re.compile(r"^\s*(?:förslaget|motionen|medborgarförslaget|skrivelsen|"
                             r"initiativet|ärendet|det|den)\b", re.IGNORECASE)


_PROPOSAL_NAMED = re.compile(r"\b(?:förslaget|motionen|medborgarförslaget|skrivelsen)\b",
                             re.IGNORECASE)


def _goes_on_about(sentences: list[str]) -> list[str]:
    """The sentences right after a proposal's own that speak of it again."""
    out = []
    for s in sentences:
        # ("Beredningen av ärendet har blivit fördröjd och förslaget föreslås därför
        # besvaras senast …" speaks of it too)
        if not (_PROPOSAL_AGAIN.match(s) or _PROPOSAL_NAMED.search(s)):
            break
        out.append(s)
    return out


def _incoming_fate(
    cand: Candidate, piece: str, after: str, ref: dt.date | None, next_meeting: dt.date | None
) -> Candidate:
    """A proposal received: referred to whom ("fördelas till Kollektivtrafiknämnden", or
    "Beslut: … remittera motionerna till regionstyrelsen" later in the section; the body
    it goes to prepares the answer and owns it) and answered by when ("ska besvaras
    senast vid regionfullmäktiges sammanträde 20-21 juni 2023")."""
    sentences = _SENTENCE_END.split(piece)
    # The proposal's own sentence, and those after it that go on about it ("…, inlämnad
    # 2023-04-27. Förslaget har fördelats till hälso- och sjukvårdsnämnden och kommer att
    # besvaras vid regionfullmäktiges sammanträde 28 november 2023.")
    told = [sentences[0], *_goes_on_about(sentences[1:])]
    own = " ".join(told)
    # The last word on when it is answered: a later sentence may move the day ("…
    # skulle besvaras senast 20-21 juni. Beredningen har blivit fördröjd och förslaget
    # föreslås därför besvaras senast vid regionfullmäktiges sammanträde 17-18 oktober").
    due = next((d for t in reversed(told)
                if (d := pick_due(deadlines(find_periods(t, ref, next_meeting), t, ref)))
                and (d.end is not None or d.precision == "next_meeting")), None)
    if due is None:
        due = pick_due(deadlines(find_periods(own, ref, next_meeting), own, ref))
    m = _REFERRED_TO.search(own)
    if m is None:
        m = next((x for x in _REFERRED_TO.finditer(after) if _PROPOSALS.search(x["what"])), None)
    if m is None and due is None:
        return cand
    owner = m["who"][:1].upper() + m["who"][1:] if m is not None else None
    reasons = [*cand.reasons] + ([f"remitteras till: {owner}"] if owner else []) + (
        [f"datum: {due.text}"] if due is not None else [])
    return dataclasses.replace(cand, owner=owner, kind="referred" if owner else cand.kind,
                               reasons=reasons, **due_fields(due))


def _heading_candidate(
    sec: Section,
    items: list[Candidate],
    taken: str,
    ref: dt.date | None,
    next_meeting: dt.date | None,
    people: frozenset[str],
) -> Candidate | None:
    """A heading that is itself a decision or a task ("7 Bidrag till stiftelsen
    (utsänt) ÅTERREMISS", "6. Garagen skall besiktigas 17/6."): agenda-style minutes
    write the outcome into the numbered line, with no text under it.  Only when no
    rule's item speaks of the section already."""
    title = sec.title
    if len(title.split()) < 3 or title in taken or any(it.section == sec.label for it in items):
        return None
    c = analyse(_mask_quotes(title), ref, next_meeting, people)
    if not is_possible(c):
        return None
    c.text = title
    cand = possible_candidate(c, title=_shorten(_clean_title(title)), section=sec.label or None,
                              page=sec.page, line=sec.line, people=people)
    feats = features(c, para_start=True, people=people)
    return _tier(cand, [*feats, "heading", "gate", *_lexical(c)], keep=True)


def find_possible(
    sections: list[Section],
    items: list[Candidate],
    ignores: list[re.Pattern[str]],
    ref: dt.date | None,
    next_meeting: dt.date | None,
    people: frozenset[str],
    lead: str | None = None,
    also_taken: list[str] | None = None,
    body: str | None = None,
    wide_only: bool = False,
    lead_in: bool = False,
) -> list[Candidate]:
    """Clause candidates of the sentences the rules left, each with its tier; and the
    entries listed under a heading that tells their state (:mod:`.status_lists`), the
    first of which may follow ``lead``, the line before the first section.
    ``also_taken``: sentences a rule's item used without holding them in its text (a
    later decision point that only gave an item its deadline).  ``wide_only``: every
    candidate, an obligation or a proposal received too, is read as the wide reading
    reads a sentence (scored by the wide weights with the feature ``preamble``, offered
    possible at or above the possible threshold, never confident): for text before the
    first heading, where a title block and a printed agenda stand.  ``lead_in``: the
    prose between the title block and the first heading, scored as a section's sentences
    (with the feature ``lead_in``) but offered as possible only: a summary there often
    tells again what the headings below decide."""

    # A name that owns a rule's task is a person of these minutes, as one listed present
    # is ("Foxears skriver …" checked, then "Foxears kontaktar …" read as a person's).
    people = people | frozenset(owner_names([it.owner for it in items if it.status == "open"],
                                            body))

    def tier(cand: Candidate, feats: list[str], *, keep: bool = False) -> Candidate | None:
        if wide_only:
            return _tier(cand, [*(f for f in feats if f != "wide"), "wide", "preamble"])
        if lead_in:
            got = _tier(cand, [*feats, "lead_in"], keep=keep)
            if got is not None and got.tier == "confident":
                got = dataclasses.replace(got, tier="possible",
                                          confidence=round(min(got.confidence, 0.45), 2),
                                          reasons=[*got.reasons[1:], LEAD_IN_REASON])
            return got
        return _tier(cand, feats, keep=keep)

    # The sentences a rule used (an item's text), not its context: the evidence runs
    # over the whole exchange and may hold the next matter's sentence.
    taken = " ".join(" \n ".join([*(it.text for it in items if it.text),
                                   *(also_taken or [])]).split())
    # … nor the matter a rule's item is about: the first sentence of its evidence (the
    # question "Kommunal har föranmält en fråga om …" before "… återkommer").
    topics = [" ".join(it.evidence.split()) for it in items if it.evidence]
    out: list[Candidate | None] = []
    named: set[str] = set()  # sentences that title the task told after them
    events = event_days(sections, ref, next_meeting)  # "Årsmötet sker … den 17/4"
    doc = document_features(sections)
    for cand in listed_entries(lead, sections, items, next_meeting):
        out.append(tier(cand, ["status_heading", f"kind:{cand.kind}"], keep=True))
    for cand in inline_entries(sections, items, ref, next_meeting, body):
        out.append(tier(cand, ["status_heading", f"kind:{cand.kind}"], keep=True))
    listed = {c.section for c in out if c is not None}
    for sec in sections:
        label = sec.label or None
        if label not in listed and (
            head := _heading_candidate(sec, items, taken, ref, next_meeting, people)
        ):
            out.append(head)
        texts = [" ".join(s.text.split()) for s in sec.sentences]
        prose = " ".join(texts)
        # Start of each sentence in the joined prose, to place what is found there.
        offsets, at = [], 0
        for t in texts:
            offsets.append(at)
            at += len(t) + 1
        incoming = incoming_matters(prose)
        # Where the section sends its proposals: read only when it lists any.
        receiver = _section_receiver(texts, ref, next_meeting, people) if incoming else None
        for pos, piece in incoming:
            if piece in taken or any(p.search(piece) for p in ignores):
                continue
            first = max(i for i, o in enumerate(offsets) if o <= pos)
            last = max(i for i, o in enumerate(offsets) if o < pos + len(piece))
            if any(texts[i] in taken for i in range(first, last + 1)):
                continue  # a rule's item already tells what becomes of the proposal
            s = sec.sentences[first]
            cand = incoming_candidate(piece, section=label, page=s.page, line=s.line)
            cand = _incoming_fate(cand, piece, prose[pos + len(piece):], ref, next_meeting)
            if receiver and cand.owner is None:
                # "Motionerna remitteras till regionstyrelsen för beredning": the section
                # says where the proposals it lists go; that body owes the answer.
                cand = dataclasses.replace(cand, kind="referred", owner=receiver)
                cand.reasons.append(f"mottagare i avsnittet: {receiver}")
            feats = ["incoming", "label:beslut" if "beslut" in (s.label or "").lower()
                     else "label:other" if s.label else "label:none"]
            out.append(tier(cand, [*feats], keep=True))
        titled = None if incoming else _titled_incoming(sec, texts, taken)
        if titled is not None:
            # "§ 61 Medborgarförslag om bänkar vid badplatsen / Beslut / Medborgarförslaget
            # remitteras till förvaltningen för yttrande.": the § title names the proposal
            # received, its decision sends it on; the proposal waits for its answer.
            k, piece = titled
            s = sec.sentences[k]
            cand = incoming_candidate(piece, section=label, page=s.page, line=s.line)
            cand = _incoming_fate(cand, piece, texts[k], ref, next_meeting)
            if cand.due is None:
                due = pick_due(deadlines(find_periods(texts[k], ref, next_meeting), texts[k], ref))
                cand = dataclasses.replace(cand, **due_fields(due)) if due else cand
            to = None if cand.owner else _section_receiver([texts[k]], ref, next_meeting, people)
            if to:
                to = to[:1].upper() + to[1:]
                cand = dataclasses.replace(cand, kind="referred", owner=to,
                                           reasons=[*cand.reasons, f"remitteras till: {to}"])
            body_text = " ".join(t for t in texts if not _BARE_FURNITURE.match(t))
            cand = dataclasses.replace(cand, title=piece, evidence=f"{piece}. {body_text}")
            # (The proposal is told by the title, a line with no label of its own.)
            out.append(tier(cand, ["incoming", "label:none"], keep=True))
            taken = f"{taken} \n {texts[k]}"
        offered = " \n ".join(c.text for c in out if c is not None)
        # The heading over each sentence: the section's, or a bare heading line inside it
        # (a text file or PDF may not tell "Att göra till nästa träff" from the body,
        # where a Word heading style does: the same sentence gets the same features).
        heading, numbered = sec.title, bool(sec.number)
        for k, (s, text) in enumerate(zip(sec.sentences, texts, strict=True)):
            if is_bare_heading(text):
                heading, numbered = text, False
            topic = text not in taken and any(t.startswith(text) for t in topics)
            if topic:
                # The matter's own sentence states a task of its own, an act to be done
                # ("Fastigheten ska köpas in av kommunen." before "Kommunstyrelsen gav …
                # i uppdrag att utreda …"): the rule's item is the next step, not this
                # one.  A need the tasks after it answer ("Valberedningen behöver fler
                # namn.") names no act: it stays the matter of the rule's item.
                own = analyse(_mask_quotes(text), ref, next_meeting, people)
                topic = not (is_possible(own) and own.verbs)
            was_taken = text in taken or topic
            pieces = _person_clauses(text, people)
            if len(pieces) > 1:
                # "Jonas kontaktar Erik och Håkan kontaktar övriga": a task each, the
                # first one left to a rule's item that already holds the sentence.
                lead_due = _lead_deadline(text, people, ref, next_meeting)
                for clause in pieces[1 if was_taken else 0:]:
                    c = analyse(clause, ref, next_meeting, people)
                    if c.deadline is None and lead_due is not None:
                        c.deadline = lead_due  # "Inför mötet 17/5: Markus … Eva-Lotta …"
                    if clause not in offered and is_possible(c):
                        cand = possible_candidate(c, title=_shorten(_clean_title(clause)),
                                                  section=label, page=s.page, line=s.line,
                                                  people=people)
                        cand = _with_event_day(cand, sec, texts, k, ref, next_meeting, events)
                        feats = features(c, label=s.label, bullet=s.bullet,
                                         para_start=s.para_start, people=people)
                        feats += wide_features(c, section_title=heading,
                                               numbered_section=numbered,
                                               label=s.label, position=(k, len(texts)),
                                               people=people, gate=True)
                        feats += _context(sec, texts, k, c, cand, ref, people, doc)
                        out.append(tier(cand, [*feats, "clause:split", *_lexical(c, heading)],
                                        keep=True))
                continue
            if was_taken or text in offered:
                continue
            if k and _WHEN_UNSET.match(text) and _NEXT_MEETING_LINE.match(texts[k - 1]):
                continue  # "Nästa möte. Återkommer efter sommaren.": nothing to offer
            if k and not s.para_start and texts[k - 1] in taken and _owns_before(text, people):
                continue  # the owner of the rule's item just before, not a task of its own
            if _same_persons_item(k, sec, texts, items, people):
                continue  # "Lena jagar fastighet. Åter 4/12.": one matter, a rule has it
            if any(p.search(text) for p in ignores):
                kept = outside_ignored(text, ignores)
                if kept is None:
                    continue
                text = kept
            masked = _mask_quotes(text)
            if s.para_start and (lb := label_and_body(masked)) is not None:
                # "Lilla scenen – Vi söker någon som …": the topic names the matter, the
                # text after it is the sentence read.
                masked = lb[1]
            # The wide reading: every body sentence but the furniture is scored (its
            # times read too); the clause analysis's own candidates whatever they are.
            furniture = is_furniture(
                text, sec.procedural, listed=s.bullet and _led_list(sec, texts, k)
            )
            c = analyse(masked, ref, next_meeting, people, full=not furniture)
            gate = is_possible(c)
            if (not gate and furniture) or any(p.search(masked) for p in ignores):
                continue
            c.text = text
            cand = possible_candidate(c, title=_shorten(_clean_title(text)), section=label,
                                      page=s.page, line=s.line,
                                      reason=OBLIGATION_REASON if gate else SCORED_REASON,
                                      people=people)
            cand = _with_event_day(cand, sec, texts, k, ref, next_meeting, events)
            if cand.owner is None and body and _forums_own(c, masked):
                cand = dataclasses.replace(cand, owner=body,
                                           reasons=[*cand.reasons, f"mötets eget: {body}"])
            if cand.owner is None and (who := list_label_owner(texts, k, people)):
                # "Magnus: - Bevakar … / - Tar fram nyhet om …": the label heads the list
                cand = dataclasses.replace(cand, owner=who, reasons=[
                    *cand.reasons, f"ansvarig ur etiketten över listan: {who}"])
            if cand.owner is None and k and not s.para_start and (
                who := pronoun_owner(text, texts[k - 1], people)
            ):
                # "… det Andreas hade fått fram. Han kommer att fortsätta arbetet."
                cand = dataclasses.replace(cand, owner=who, reasons=[
                    *cand.reasons, f"ansvarig i meningen före: {who}"])
            goes_on = False  # points back to a sentence a rule's item holds
            matter = _referred_matter(sec, texts, k) if c.kind == "referred" else None
            if matter is not None and any(
                o is not None and o.section == label and o.kind == "referred" and o.owner
                and o.text and o.text in matter for o in out
            ):
                continue  # the proposal received is offered already, sent on to its receiver
            if matter is not None:
                # "Medborgarförslag om en hundrastgård. Medborgarförslaget gick till
                # tekniska nämnden.": the referral names its matter only by the noun; the
                # line before (or the section's title) tells which.
                cand = dataclasses.replace(cand, title=_shorten(_clean_title(matter)),
                                           evidence=f"{matter} {text}")
                named.add(matter)
            elif k and not s.para_start and len(text) < 80 and (
                _ANAPHORIC.search(text) or text.lstrip().startswith("(")
            ):
                # "Herrlaget kan ta ansvar för bevattningen. Lasse kollar mer med dem.",
                # "Vill ha en rutschkana. (Lena tar hand om denna punkt.)": the task
                # points back, or remarks on the sentence before, which names the matter.
                before = texts[k - 1]
                cand = dataclasses.replace(cand, title=_shorten(_clean_title(before)),
                                           evidence=f"{before} {text}")
                cand = _with_matter_of(cand, before, ref, next_meeting, people)
                named.add(before)
                # … and only dates it: a rule's item there owed at the same time
                goes_on = before in taken and cand.due is not None and any(
                    it.due == cand.due and it.text and " ".join(it.text.split()) in before
                    for it in items)
            elif (
                k + 1 < len(texts)
                and sec.sentences[k + 1].paragraph == s.paragraph
                and not sec.sentences[k + 1].para_start
            ):
                # The sentence after, in the same paragraph, often tells who or how
                # ("Soffan i kafét behöver nya ben. Vaktmästaren fixar det."): the
                # review shows it with the candidate.
                cand = dataclasses.replace(cand, evidence=f"{text} {texts[k + 1]}")
                if cand.owner is None and (who := owner_told_after(texts[k + 1], people)):
                    cand = dataclasses.replace(cand, owner=who, reasons=[
                        *cand.reasons, f"ansvarig i meningen efter: {who}"])
            if cand.owner is None and s.bullet and (
                who := _list_lead_owner(sec, texts, k, ref, next_meeting, people, body)
            ):
                cand = dataclasses.replace(cand, owner=who, reasons=[
                    *cand.reasons, f"ansvarig ur listans inledning: {who}"])
            if cand.owner is None and body and _decided_unnamed(c, masked):
                # (the last resort: anyone the sentences around name comes first)
                cand = dataclasses.replace(cand, owner=body,
                                           reasons=[*cand.reasons, OWN_BODY_REASON + body])
            feats = features(c, label=s.label, bullet=s.bullet, para_start=s.para_start,
                             people=people)
            feats += wide_features(c, section_title=heading, numbered_section=numbered,
                                   label=s.label, position=(k, len(texts)), people=people,
                                   gate=gate)
            feats += _context(sec, texts, k, c, cand, ref, people, doc)
            if _owner_unnamed(cand) and cand.owner is not None:
                # (the body as the last resort is a cue of its own, not "own:body": the
                # scorer weighs a decided obligation that names no one apart from a
                # body named as its subject)
                feats = [OWN_BODY_DECIDED if f == "own:body" else f for f in feats]
            if goes_on:
                feats.append(GOES_ON)
            if s.split:
                # a part split from the sentence it was written in: which split made it
                feats.append(f"split:{s.split}")
                cand = dataclasses.replace(cand, reasons=[*cand.reasons,
                                                          split_reason(s.split)])
            out.append(tier(cand, [*feats, *_lexical(c, heading)], keep=gate))
    # (a sentence that titles the task told after it is offered only as that task's
    # matter, also when its own time is the next meeting)
    return [c for c in out if c is not None and not _own_proposal(c, body)
            and not (c.text in named and (c.reasons[0] == SCORED_REASON or c.reasons[0]
                                          .startswith(f"{NEXT_MEETING_RULE} (säker; bred")))]


#: A referral that names its matter only by a definite noun ("Motionen gick till …",
#: "- Förslaget är remitterat till …").
_MATTER_ONLY = re.compile(
    r"^\s*(?:[-–•·*]\s*)?(?:motionen|motionerna|förslaget|förslagen|medborgarförslaget|"
    r"medborgarförslagen|e-förslaget|ärendet|ärendena|skrivelsen|frågan|initiativet)\b",
    re.IGNORECASE)
#: Lines between a matter and its decision that name neither ("Kommunfullmäktiges
#: beslut", "Förslag till beslut", "Ärendebeskrivning").
_DECISION_LABEL = re.compile(
    r"^\s*(?:[\wåäö-]+s\s+)?(?:beslut|förslag\s+till\s+beslut|ärendebeskrivning|"
    r"beslutsunderlag|sammanfattning|yrkanden?|propositionsordning|handlingar)\s*:?\s*$",
    re.IGNORECASE)


def _referred_matter(sec: Section, texts: list[str], k: int) -> str | None:
    """The matter a referral names only by its noun: the nearest sentence before it that
    is no decision label or case number, else the section's title."""
    if not _MATTER_ONLY.match(texts[k]):
        return None
    for j in range(k - 1, -1, -1):
        if _DECISION_LABEL.match(texts[j]) or _BARE_FURNITURE.match(texts[j]):
            continue
        return texts[j]
    title = " ".join((sec.title or "").split())
    return title or None


def _own_proposal(cand: Candidate, body: str | None) -> bool:
    """A proposal to the meeting's own body ("Förvaltningen föreslår nämnden besluta
    …" in the nämnd's protocol) is decided in the meeting: no matter sent on."""
    if cand.kind != "referred" or not cand.owner or not body:
        return False
    a, b = cand.owner.casefold(), body.casefold()
    return a in b or b in a
