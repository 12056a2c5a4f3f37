"""From an exchange's rule hits to candidate items: which hits make one item and which
close earlier ones, and each item's kind, owner, due date, title and evidence.

A mixin of the minutes reader (:mod:`tracker.extract.minutes`): the reader collects an
exchange's hits (:mod:`tracker.extract.minutes_exchange`) while reading a section, then
hands them here to become items.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from tracker.domain import Candidate, Meeting
from tracker.extract.clause_actor import actor, asked, leading
from tracker.extract.clause_lexicon import (
    alternation,
    first_names,
    is_first_name,
    lexicon,
    lexicon_data,
)
from tracker.extract.clause_owner import earlier_actor, plain_owner
from tracker.extract.clauses import coordinated_owner, deadlines
from tracker.extract.dates import due_fields, pick_due
from tracker.extract.minutes_exchange import _Exchange, _Hit
from tracker.extract.minutes_patterns import (
    _ANSWER,
    _ANSWERS_PROPOSAL,
    _CLOSES_BY_NOUN,
    _DATES_EARLIER,
    _DATES_POINTS,
    _FAMILY,
    _KIND_ORDER,
    _LETTER_FROM,
    _LISTED_BEFORE,
    _NUMBERED_LINE,
    _PROPOSAL_ANSWERED,
    _RAISE,
    _ROLE_NOUN,
    _TASK,
)
from tracker.extract.minutes_people import _owner_name, _parties
from tracker.extract.minutes_text import _EVIDENCE_MAX, _clean_title, _mask_quotes, _shorten
from tracker.extract.sections import Section, Sentence
from tracker.extract.sentence_split import OWN_PARTS, split_reason
from tracker.language.aliases import Aliases
from tracker.language.date_period import Period
from tracker.language.dates import find_periods

#: A body with a förvaltning under it: a nämnd, a municipality's or region's styrelse, an
#: utskott, fullmäktige; not an association's "Styrelsen", which has no office to deliver.
_HAS_FORVALTNING = re.compile(r"nämnd|(?:kommun|region|landstings)styrelse|utskott|"
                              r"fullmäktige", re.IGNORECASE)
#: "Vi bevakar att belysningen fungerar …", "… annars tar vi upp detta": the writers act,
#: the forum itself ("vi på X" names X).
_WE_ACT = re.compile(r"(?:^|[,;:]\s+|\b(?:och|men|så|att|annars)\s+)[Vv]i\s+"
                     r"(?!(?:på|i|från|inom)\s)[a-zåäö]+(?:ar|er|ir|år|ör)\b")

#: Forums that keep no matter of their own: samverkan groups by abbreviation ("FSG"),
#: the municipality's advisory councils ("Kommunala pensionärsrådet", "KPR").
_OWNS_NOTHING = re.compile(r"\b[A-ZÅÄÖ]{0,3}SG\b|\bSVG\b|\bFVG\b|samverkansgrupp|"
                           r"samverkansmöte|förvaltningsgrupp|skyddskommitt|"
                           r"pensionärsråd|funktionshinderråd|"
                           r"tillgänglighetsråd|handikappråd|\bK[PFHT]R\b", re.IGNORECASE)


#: Why a rule's item is offered unchecked: its only sentence is a proposal in the case's
#: description ("Förvaltningen föreslår att …") that no decision restates.
PROPOSAL_REASON = "möjlig punkt: ett förslag i ärendet, inget beslut säger det"


class _CandidatesMixin:
    """Turns an exchange's hits into the reader's items."""

    # Set by the reader before any section is read.
    al: Aliases
    meeting: Meeting
    items: list[Candidate]
    people: set[str]
    abbr: dict[str, str]
    dref: dt.date | None
    next: dt.date | None
    _sec_open: list[Candidate]

    def _emit(self, ex: _Exchange, sec: Section) -> None:
        if not ex.hits:
            return
        if _ANSWERS_PROPOSAL.match(sec.title or "") and not _LISTED_BEFORE.search(
            " ".join([sec.title or "", *(x.text for x in ex.sentences)])
        ):
            # "Svar på medborgarförslag om utegym … att anse medborgarförslaget besvarat":
            # answering a citizen proposal or motion the first time it comes up is a
            # decision taken, not the closing of a matter on our list (one tabled or sent
            # back before is: "Bordlagt ärende från föregående sammanträde: Motion …").
            ex.hits = [h for h in ex.hits if not (
                h.rule.status != "open" and _PROPOSAL_ANSWERED.search(h.sentence.text))]
            if not ex.hits:
                return
        # A question put and answered in the same matter owes nothing.
        ex.hits = [h for h in ex.hits if not (h.rule.answerable and _answered_after(ex, h))]
        # … nor a matter sent on that the body it went to decides in the same matter, or
        # that the matter closes ("att föreslå regionfullmäktige att bifalla motionen, att
        # i övrigt anse motionen besvarad": the motion on this body's list is answered).
        closes = any(h.rule.status != "open" for h in ex.hits)
        ex.hits = [h for h in ex.hits if not (h.rule.owner_settles and (
            closes or _settled_by_owner(sec, h)))]
        if not ex.hits:
            return
        close_hits = [h for h in ex.hits if h.rule.status != "open"]
        last_close = ex.hits.index(close_hits[-1]) if close_hits else -1
        # "Nämnden gav förvaltningen i uppdrag att … Uppdraget anses slutfört.": what the
        # closing sentence refers back to is closed, not open.
        closer = close_hits[-1] if close_hits else None
        if closer is not None and closer.anaphoric:
            # Only what belongs to the same matter: the closing sentence's paragraph,
            # or the whole of a §-numbered section.
            same = sec.number is not None and sec.number.startswith("§")
            para = closer.sentence.paragraph
            open_hits = [
                h
                for i, h in enumerate(ex.hits)
                if h.rule.status == "open"
                and (i > last_close or not (same or h.sentence.paragraph == para))
            ]
        else:
            open_hits = [h for h in ex.hits if h.rule.status == "open"]
        groups: list[list[_Hit]] = []
        for h in open_hits:
            # Separate tasks and decisions stay separate items; talk about one question
            # ("X återkommer. Frågan kvarstår.") is one item.
            family = _FAMILY.get(h.rule.kind)
            # "Ordföranden föreslår att ärendet bordläggs. … Ärendet bordläggs till nästa
            # sammanträde.": one matter is tabled (or sent back) once.
            same_decision = family == "decision" and any(
                g.rule.kind == h.rule.kind for g in groups[-1]
            ) if groups else False
            # "Styrgruppen ger Petra i uppdrag att … Cecilia återkommer med besked om …":
            # a sentence that names someone else who acts on something new is a matter
            # of its own, not talk about the task before it.
            other_actor = bool(
                groups and h.owner and not h.anaphoric and h.rule.kind == "awaiting_reply"
                and all(g.owner and g.owner != h.owner and _FAMILY.get(g.rule.kind) == "task"
                        and g.sentence is not h.sentence for g in groups[-1])
            )
            # "… svar till styrelsen Frågan bordläggs …", "…, Festen ordnas den 4/9 …": a
            # part split from the sentence before it (sentence_split.clause_breaks) that
            # a rule reads on its own is a matter of its own.
            own_part = bool(groups and h.sentence.split in OWN_PARTS and all(
                g.sentence is not h.sentence for g in groups[-1]))
            if groups and not other_actor and not own_part and (same_decision or not (
                family and any(_FAMILY.get(g.rule.kind) == family for g in groups[-1])
            )):
                groups[-1].append(h)
            else:
                groups.append([h])
        if closer is not None and closer.anaphoric and sec.number and sec.number.startswith("§"):
            # "Arbetsutskottet gav … förvaltningen i uppdrag att … Arbetsutskottet anser att
            # uppdraget … är slutfört.": the opinion verb started a new exchange, but the
            # closing still closes the uppdrag told of earlier in the same §.
            noun = _CLOSES_BY_NOUN.search(closer.sentence.text)
            tasks = noun is not None and noun.group(0).lower() == "uppdraget"
            for it in self._sec_open:
                if it in self.items and (not tasks or it.kind in ("assignment", "action")):
                    self.items.remove(it)
            self._sec_open.clear()
        for g in groups:
            cand = self._candidate(ex, sec, g, "open")
            self.items.append(cand)
            self._sec_open.append(cand)
        if close_hits:
            self.items.append(self._candidate(ex, sec, close_hits[-1:], "done"))

    def _candidate(self, ex: _Exchange, sec: Section, hits: list[_Hit], status: str) -> Candidate:
        # (a hit that only tells the matter's state yields to one that decides it)
        kinds = [h.rule.kind for h in hits if not h.rule.yields] or [h.rule.kind for h in hits]
        kind = next((k for k in _KIND_ORDER if k in kinds), kinds[0])
        main = next(h for h in hits if h.rule.kind == kind)
        if kind == "awaiting_reply" and status == "open":
            kind = _owed_kind(main)
        elif kind == "follow_up" and status == "open" and main.rule.asker and (
            (said := main.rule.regex.search(main.sentence.text)) is not None
            and _ANSWER_ASKED.search(said.group(0))
        ):
            # "Begär återkoppling senast 210215", "… där vi senast 13 maj vill ha svar":
            # what is asked for is an answer, owed by the one asked.
            kind = "awaiting_reply"
        # Owner: who will act – the one who comes back, the forum it goes to, the one
        # given the assignment; else whoever answered.
        owner = None
        # An owner the phrase names ("Socialförvaltningen bjuds in … för att redovisa")
        # goes before one guessed for a request ("Rådet vill ha en redovisning").
        # (… and a hit that only tells the matter's state names no owner beside another)
        by_name = sorted([h for h in hits if not h.rule.yields] or hits,
                         key=lambda h: h.rule.asker)
        for pref in ("assignment", "action", "referred", "awaiting_reply", "follow_up",
                     "sent_back", "tabled", "carried_over"):
            owner = next((h.owner for h in by_name if h.rule.kind == pref and h.owner), None)
            if owner:
                break
        if kind == "sent_back" and main.owner:
            # "Återremitteras till förbundsdirektören … Ärendet återkommer till
            # förbundsstyrelsen i september": the one it is sent back to does the work;
            # the body it returns to only receives it.
            owner = main.owner
        if status == "done":
            owner = None
        elif owner is None:
            owner = ex.responder
        if owner is None and status == "open" and (kind in (
            "carried_over", "awaiting_reply", "follow_up"
        ) or (kind == "assignment" and main.rule.kind == "awaiting_reply")):
            owner = self._exchange_subject(ex, hits[0].sentence)
        if owner is None and status == "open" and main.anaphoric:
            owner = self._note_subject(ex, main.sentence)
        # The forum keeps a matter it put off to a later meeting of its own, when no one
        # else is named ("Resterande frågor tas upp vid nästa möte"); in samverkan a
        # question left open is a party's, and an advisory council (KPR) owns nothing.
        if owner is None and status == "open" and kind == "carried_over" and not (
            _OWNS_NOTHING.search(self.meeting.body or "")
        ):
            owner = self.meeting.body
        if owner is None and status == "open":
            # "Gruppens arbete ska vara klart …" after "… tillsätta en parlamentarisk
            # arbetsgrupp": the group that was set up does the work
            owner = antecedent_group(sec, hits[0].sentence)
        if owner is None and status == "open":
            # "… ska behandlas av kommunstyrelsen på deras sammanträde 18 januari", "att
            # Hälsosamverkansberedningen ska lämna …": who acts, in the shapes the phrase
            # rules leave (:mod:`.clause_actor`)
            said = hits[0].sentence.text
            people = frozenset(p.name for p in self.meeting.present)
            owner = asked(said, people) or leading(said, people) or actor(said, people)
            if owner is None and (hit := main.rule.regex.search(main.sentence.text)):
                # "Hesse kollar … och återkommer med …": the one who comes back is the
                # subject of the first verb
                owner = coordinated_owner(main.sentence.text, hit.start(), people)
        if owner is None and status == "open" and _WE_ACT.search(hits[0].sentence.text) and (
            not _OWNS_NOTHING.search(self.meeting.body or "")
        ):
            owner = self.meeting.body  # "Vi bevakar att …": the writers are the forum
        if owner is None and status == "open":
            # "Skolskjutsarna ska upphandlas av tekniska kontoret. Upphandlingen ska vara
            # klar till hösten.": a thing names no one; the one acting on it is told
            # in the sentence before, in the same paragraph
            owner = earlier_actor(sec, hits[0].sentence,
                                  frozenset(p.name for p in self.meeting.present))
        if owner is None and status == "open" and main.rule.body_owns and not (
            _OWNS_NOTHING.search(self.meeting.body or "")
        ):
            # "Inbjudan ska senast den 1 mars skickas ut": the body sees it done
            owner = self.meeting.body
        if (
            owner is None
            and status == "open"
            and kind in ("assignment", "follow_up")
            and _HAS_FORVALTNING.search(self.meeting.body or "")
        ):
            owner = "Förvaltningen"  # what a nämnd asks for, its förvaltning delivers
        co_owners = []
        parts = re.split(r"\s+(?:och|&)\s+", owner) if owner else []
        # "Emil och Jenny" are two owners; "Kultur- och fritidsnämnden" is one.
        if len(parts) > 1 and not self.al.is_party(owner) and all(
            p[:1].isupper() and not p.endswith("-") for p in parts
        ):
            owner, co_owners = parts[0], parts[1:]
        if owner and ex.responder and ex.responder != owner and kind != "referred":
            co_owners.append(ex.responder)
        # Due: the most exact date among the sentences; "till nästa möte" only if nothing
        # better is said.
        periods = [h.period for h in hits if h.period is not None]
        if not periods and kind in ("follow_up", "awaiting_reply") and hits[0].anaphoric:
            # "Leverans beräknas till vecka 20. Johan bevakar.": the date is said just before.
            i = ex.sentences.index(hits[0].sentence)
            if i > 0 and ex.sentences[i - 1].paragraph == hits[0].sentence.paragraph:
                before = find_periods(_mask_quotes(ex.sentences[i - 1].text), self.dref,
                                      self.next)
                if before:
                    periods = [before[-1]]
        exact = [p for p in periods if p.precision != "next_meeting"]
        period = (exact or periods or [None])[-1]
        if status == "done":
            period = None
        until = any(re.search(r"\btills\b|\btill\s+dess\b|\bi\s+avvaktan\s+på\b",
                              h.sentence.text) for h in hits)
        # "Frågan ligger kvar tills åtgärderna är genomförda": open until done, not until
        # the next meeting.
        if period is None and kind in ("carried_over", "tabled") and status == "open" and not until:
            period = Period(self.next, self.next, "day" if self.next else "next_meeting",
                            "till nästa möte")
        if main.rule.person_kind and status == "open" and kind == main.rule.kind and (
            who := owner or plain_owner(main.sentence.text, frozenset(self.people))
        ) and (who.split()[0] in first_names()
               or any(p.split()[0] == who.split()[0] for p in self.people)):
            kind = main.rule.person_kind  # "Jens: – Bevakar …": his own task
        first_hit = hits[0].sentence
        title = self._title(ex, sec, main)
        evidence_sents = ex.sentences[: ex.sentences.index(hits[-1].sentence) + 1]
        topic = ex.topic
        if topic is not None and topic in evidence_sents:
            evidence_sents = evidence_sents[evidence_sents.index(topic):]
        evidence = " ".join(x.text for x in evidence_sents)
        if len(evidence) > _EVIDENCE_MAX:
            evidence = _shorten(evidence_sents[0].text, 300) + " … " + " ".join(
                h.sentence.text for h in hits
            )
        ante = antecedent(sec, first_hit)
        if ante is not None and ante not in evidence_sents:
            # "Gruppens arbete ska vara klart …": the matter is named where the group
            # was set up, a few sentences or a list before
            evidence = f"{ante.text} … {evidence}"
        text = " ".join(dict.fromkeys(h.sentence.text for h in hits))
        conf = max(h.rule.confidence for h in hits)
        conf += 0.05 if owner else -0.1
        conf += 0.03 if period is not None and period.end else 0.0
        raised = ex.raised_by
        if raised is None and status == "open" and (
            lm := _LETTER_FROM.match(sec.title or "")
        ) is not None:
            # "§ 38 Skrivelse från Lindesbergs kommun om hämtning av trädgårdsavfall": the
            # sender raised the matter the § decides on.
            raised = self.al.canonical(lm.group("who"))
        anchor = evidence_sents[0] if evidence_sents else first_hit
        return Candidate(
            title=title,
            text=text,
            kind=kind if status == "open" else "closing",
            status=status,
            owner=owner,
            co_owners=co_owners,
            raised_by=raised,
            **due_fields(period),
            start=None,
            section=sec.label or None,
            page=anchor.page,
            line=anchor.line,
            evidence=evidence,
            confidence=round(max(0.1, min(conf, 0.95)), 2),
            reasons=list(dict.fromkeys(
                f"regel {h.rule.name}: {h.rule.kind}" for h in hits
            )) + ([f"ansvarig ur texten: {owner}"] if owner else [])
            + ([f"datum: {period.text}"] if period is not None and period.text else [])
            + ([PROPOSAL_REASON] if status == "open" and all(
                h.proposal for h in hits if h.rule.status == "open") else [])
            + list(dict.fromkeys(split_reason(h.sentence.split) for h in hits
                                 if h.sentence.split)),
        )

    def _dates_earlier(self, masked: str, ex: _Exchange) -> bool:
        """A decision point that gives the deadline of a task decided before it in the
        section ("3. Socialnämnden får i uppdrag att redovisa en plan … 4. Planen ska
        redovisas till kommunstyrelsen under första kvartalet 2018"): the task gets the
        date, and the point is no item of its own.  False when it dates nothing."""
        if (points := _DATES_POINTS.match(masked.strip())) is not None:
            return self._dates_points(masked, points["nums"], ex)
        m = _DATES_EARLIER.match(masked.strip())
        if m is None:
            return False
        due = pick_due(deadlines(find_periods(masked, self.dref, self.next), masked, None))
        if due is None:
            return False
        noun = m["noun"].lower()
        word = re.compile(rf"\b{re.escape(noun)}", re.IGNORECASE)

        def speaks_of(text: str, kind: str) -> bool:
            return bool(word.search(text)) or (noun == "uppdrag" and kind == "assignment")

        for h in reversed(ex.hits):
            if h.rule.status == "open" and speaks_of(h.sentence.text, h.rule.kind):
                if h.period is None:
                    h.period = due
                return True
        for it in reversed(self._sec_open):
            if it in self.items and speaks_of(it.text, it.kind):
                if it.due is None:
                    for k, v in due_fields(due).items():
                        setattr(it, k, v)
                    it.reasons.append(f"datum ur en senare beslutspunkt: {due.text}")
                return True
        return False

    def _dates_points(self, masked: str, nums: str, ex: _Exchange) -> bool:
        """A decision point that dates earlier points by their numbers ("3. Punkt 1
        återrapporteras … senast i januari 2020"): each open task of this section whose
        source line opens with one of the numbers gets the date; the point is no item of
        its own.  False when it dates nothing (no date, or no such task)."""
        due = pick_due(deadlines(find_periods(masked, self.dref, self.next), masked, None))
        if due is None:
            return False
        bounds = [int(x) for x in re.findall(r"\d{1,2}", nums)]
        wanted = set(range(bounds[0], bounds[1] + 1)) if re.search(
            r"\d\s*[-–]\s*\d", nums) and len(bounds) == 2 else set(bounds)
        numbers = self._line_numbers()
        dated = False
        for h in ex.hits:
            if h.rule.status == "open" and numbers.get(
                    (h.sentence.page, h.sentence.line)) in wanted:
                h.period = h.period or due
                dated = True
        for it in self._sec_open:
            if it in self.items and numbers.get((it.page, it.line)) in wanted:
                if it.due is None:
                    for k, v in due_fields(due).items():
                        setattr(it, k, v)
                    it.reasons.append(f"datum ur en senare beslutspunkt: {due.text}")
                dated = True
        return dated

    def _line_numbers(self) -> dict[tuple[int, int], int]:
        """The point number each numbered source line opens with, by (page, line)."""
        if getattr(self, "_numbers", None) is None:
            self._numbers = {(ln.page, ln.line): int(m["num"]) for ln in self.doc.lines
                             if (m := _NUMBERED_LINE.match(ln.text))}
        return self._numbers

    def _note_subject(self, ex: _Exchange, sent: Sentence) -> str | None:
        """Who acts in a terse note: "Lena jagar fastighet. Åter 4/12." – the person or
        party that opens the sentence just before, in the same paragraph."""
        i = ex.sentences.index(sent) if sent in ex.sentences else -1
        if i <= 0 or ex.sentences[i - 1].paragraph != sent.paragraph:
            return None
        prev = _mask_quotes(ex.sentences[i - 1].text)
        if _RAISE.match(prev):
            return None
        # The subject of the sentence or of its last clause ("Trasig sen 2 v. Lena jagar
        # fastighet." – the abbreviation's full stop kept the two together).
        starts = [x for x in _parties(prev, self.al, self.people, self.abbr)
                  if x[0] == 0 or re.search(r"[.;:]\s+$", prev[: x[0]])]
        return _owner_name(starts[-1][2], self.al) if starts else None

    def _exchange_subject(self, ex: _Exchange, upto: Sentence) -> str | None:
        """The party that opens an earlier sentence of the exchange ("Arbetsgivaren har
        inte fått besked …"), other than the one who raised the matter."""
        found = None
        for sent in ex.sentences:
            if sent is upto:
                break
            if _RAISE.match(sent.text):
                continue  # the parties who raised the matter are not the ones to act
            mentions = [
                x for x in _parties(_mask_quotes(sent.text), self.al, self.people, self.abbr)
                if self.al.is_party(x[2]) or _ROLE_NOUN.fullmatch(x[2])
            ]
            if mentions and mentions[0][0] == 0 and mentions[0][2] != ex.raised_by:
                found = mentions[0][2]
        return found

    def _title(self, ex: _Exchange, sec: Section, main: _Hit) -> str:
        sent = main.sentence.text
        if main.rule.kind == "assignment":
            m = _TASK.search(_mask_quotes(sent))
            if m and len(sent) - m.end() > 12:
                return _shorten(_clean_title(sent[m.end():]))
        paragraph_numbered = bool(sec.number and sec.number.startswith("§"))
        if paragraph_numbered and sec.title and not sec.generic and main.rule.kind not in (
            "assignment", "action"
        ):
            return _shorten(sec.title)
        own_content = not main.anaphoric and main.rule.kind in (
            "assignment", "action", "follow_up", "sent_back"
        )
        if own_content and not ex.question:
            return _shorten(_clean_title(sent))
        topic = ex.topic
        if not main.anaphoric and not ex.question:
            if ex.raised_by and topic is not None and topic is not main.sentence:
                return _shorten(_clean_title(topic.text))
            return _shorten(_clean_title(sent))
        q = ex.question
        if q is not None and q is not main.sentence:
            return _shorten(_clean_title(q.text))
        topic = ex.topic
        paragraph_numbered = bool(sec.number and sec.number.startswith("§"))
        if sec.title and not sec.generic and (
            topic is None or topic is main.sentence or paragraph_numbered
        ):
            return _shorten(sec.title)
        if topic is not None and topic is not main.sentence:
            return _shorten(_clean_title(topic.text))
        if sec.title and not sec.generic:
            return _shorten(sec.title)
        return _shorten(_clean_title(sent))


#: A sentence whose subject is a definite noun for a group or a piece of work named
#: before ("Gruppen ska …", "Gruppens arbete …", "Utredningen redovisas …").
_DEFINITE_SUBJECT = re.compile(
    r"^\W*(?P<noun>(?:arbets)?grupp|utredning|projekt|förstudie|översyn)(?:en|et|n)s?\b",
    re.IGNORECASE,
)
#: How far back the sentence that introduced it may stand.
_ANTECEDENT_SENTENCES = 8


def _answered_after(ex: _Exchange, hit: _Hit) -> bool:
    """An answer given in a sentence of the exchange after the hit's own ("Per Ek (M)
    besvarar interpellationen", "svarar att …")."""
    at = next((k for k, x in enumerate(ex.sentences) if x is hit.sentence), None)
    return at is not None and any(
        _ANSWER.search(x.text) for x in ex.sentences[at + 1:])


@lru_cache(maxsize=1)
def _settled_by() -> str:
    data = lexicon_data()["referral"]
    assert isinstance(data, dict)
    return alternation(list(data["settled_by"]))


def _settled_by_owner(sec: Section, hit: _Hit) -> bool:
    """Whether another sentence of the section tells that the body a matter was sent on
    to has decided or answered it: its name (its last word, perhaps in the genitive) and
    one of ``[referral] settled_by`` right after it, or a decision verb right before it
    ("Kommunfullmäktige beslutar att anta …", "Tekniska nämnden har yttrat sig",
    "Kommunfullmäktiges beslut", "beslutade fullmäktige")."""
    if not hit.owner:
        return False
    head = re.escape(hit.owner.split()[-1].casefold())
    said = re.compile(
        rf"(?i)(?<![\wåäö])[\wåäö-]*{head}s?\s+(?:[\wåäö-]+\s+){{0,2}}?{_settled_by()}(?![\wåäö])"
        rf"|(?<![\wåäö])(?:beslutar|beslutade|beslöt)\s+[\wåäö-]*{head}(?![\wåäö])")
    return any(said.search(s.text) for s in sec.sentences if s is not hit.sentence)


def antecedent(sec: Section, sent: Sentence) -> Sentence | None:
    """The earlier sentence of the section that introduces what the definite subject
    of ``sent`` refers to: the nearest one naming the noun without being itself about
    it in the definite form ("… tillsätta en parlamentarisk arbetsgrupp." before
    "Gruppens arbete ska vara klart …"); None when the subject is no such noun."""
    m = _DEFINITE_SUBJECT.match(sent.text)
    if m is None or sent not in sec.sentences:
        return None
    stem = m.group("noun").lower()
    if stem.startswith("arbets"):
        stem = stem[len("arbets"):]
    named = re.compile(rf"{stem}(?!en|et|ens|ets)\b", re.IGNORECASE)
    k = sec.sentences.index(sent)
    for before in reversed(sec.sentences[max(0, k - _ANTECEDENT_SENTENCES):k]):
        if _DEFINITE_SUBJECT.match(before.text):
            continue
        if named.search(before.text):
            return before
    return None


def antecedent_group(sec: Section, sent: Sentence) -> str | None:
    """The group a sentence whose subject is "Gruppen" / "Gruppens arbete" speaks of,
    as its antecedent names it ("en parlamentarisk arbetsgrupp" → "Parlamentarisk
    arbetsgrupp"); None for other subjects or when no sentence before names one."""
    m = _DEFINITE_SUBJECT.match(sent.text)
    if m is None or "grupp" not in m.group("noun").lower():
        return None
    ante = antecedent(sec, sent)
    if ante is None:
        return None
    g = re.search(r"\b(?:en|ny|någon)\s+((?:[a-zåäö-]+\s+)?[a-zåäö-]*grupp)\b", ante.text)
    if g is None:
        return None
    name = g.group(1)
    return name[:1].upper() + name[1:]



#: What a request asks for when it asks for an answer, not a report.
_ANSWER_ASKED = re.compile(r"\b(?:svar|återkoppling|besked)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _finding_out() -> re.Pattern[str]:
    words = lexicon_data()["finding_out"]
    assert isinstance(words, dict)
    # (each entry as written, its last word also in the s-passive: "kontrolleras")
    forms = [r"\s+".join([*map(re.escape, w.split()[:-1]), re.escape(w.split()[-1]) + "s?"])
             for w in words["words"]]
    return re.compile(r"(?<![\wåäö])(?:" + "|".join(forms) + r")(?![\wåäö])", re.IGNORECASE)


def _owed_kind(hit: _Hit) -> str:
    """The kind of an item a reply rule made.  A rule that read only an obligation with a
    deed ("Ett avtal ska tas fram i samverkan med …", "Gallring skall genomföras i samband
    med städdagen") found a task to do, an action; one that read a reply, a report back
    or a finding out ("ska återkomma", "ska redovisa", "ska undersöka") an answer owed."""
    m = hit.rule.regex.search(hit.sentence.text)
    if m is None:
        return "awaiting_reply"
    said = m.group(0)
    lex = lexicon()
    if not (lex.markers["obligation"].search(said) or lex.markers["future"].search(said)):
        return "awaiting_reply"  # "X återkommer", "tar med sig frågan": a reply
    classes = {cls for cls, _, pat in lex.verbs if pat.search(said)}
    if "report_back" in classes and _to_forum().search(hit.sentence.text) and not (
        hit.owner and is_first_name(hit.owner.split()[0])
    ):
        # "Arbetsgruppen ska redovisa sitt uppdrag till regionstyrelsen i april 2022": a
        # delivery the forum commissioned, not an answer awaited from a person.
        return "assignment"
    if not classes or classes & {"report_back", "answer"} or _finding_out().search(said):
        return "awaiting_reply"
    return "action"


@lru_cache(maxsize=1)
def _to_forum() -> re.Pattern[str]:
    """A forum a report back is owed to ("till regionstyrelsen", "för nämnden";
    ``[given_task] report_to``)."""
    leads = lexicon_data()["given_task"]["report_to"]  # type: ignore[index]
    return re.compile(
        r"(?i)(?<![\wåäö])" + alternation(list(leads)) + r"\s+(?:[\wåäö-]+\s+){0,2}?"
        r"[\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen|direktionen)"
        r"(?![\wåäö])"
    )
