"""Which rule a sentence of minutes matches, and what the hit carries: the phrase rules
with their exceptions (quoted text, another body's agenda, the arbetsutskott's own
proposal), task lines under "Till nästa gång", "Åtgärd:" lines and the "Ansvarig:" /
"Klart:" fields that follow a task.

A mixin of the minutes reader (:mod:`tracker.extract.minutes`): it reads with the reader's
aliases, phrase rules and reference dates and returns one
:class:`~tracker.extract.minutes_exchange._Hit` per matching sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.domain import Meeting
from tracker.extract.clause_lexicon import lexicon
from tracker.extract.clauses import deadlines, decided_agent, person_actions
from tracker.extract.dates import before_purpose, is_cued, parse_period, pick_due
from tracker.extract.minutes_exchange import _Hit
from tracker.extract.minutes_patterns import (
    _ANAPHOR,
    _CARRIED_RULE,
    _CLOSES_BY_NOUN,
    _FIELD_SENTENCE,
    _FINDS_OUT,
    _INVERTED_SUBJECT,
    _KIND_ORDER,
    _NEGATED,
    _NO_ACTION,
    _NOT_OWNER,
    _PROPOSES,
    _QUANTIFIED,
    _SAMVERKAN_BODY,
    _TASK_RULE,
    _TASK_WHO,
    _TELLS,
    _TOPIC_LABEL,
)
from tracker.extract.minutes_people import _owner_name, _parties
from tracker.extract.minutes_text import _mask_quotes
from tracker.extract.phrases import Rule, forum_pattern
from tracker.extract.sections import Sentence
from tracker.language.aliases import Aliases
from tracker.language.date_period import Period
from tracker.language.dates import find_periods

#: A sentence that opens with its object or an adverb, the subject after the verb.
_OBJECT_FIRST = re.compile(r"(?:Det|Detta|Den|Denna|Dessa|Sedan|Därefter|Nu)\s")
_WEEKDAY_ALONE = re.compile(r"(?:\w+\s+){0,2}(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|"
                            r"söndag)(?:en)?", re.IGNORECASE)
#: A sentence that is a deadline for the one before it ("Klar i mitten av juni.").
_DEADLINE_AFTER = re.compile(r"^(?:klar|klart|färdig|färdigt|senast)\s+(?!att\b)", re.IGNORECASE)


#: A negation at most two words before the words a rule matched ("har inte hunnit bli
#: klar", "är ännu inte klart").
_NEGATED_BEFORE = re.compile(r"\b(?:inte|ej|icke|aldrig)\s+(?:[\wåäö]+\s+){0,2}$", re.IGNORECASE)

#: A proposal: "föreslår kommundirektören att", "Förvaltningen föreslår att", "föreslås
#: att" (the proposer, when named, in ``who``).
_OFFICIALS_PROPOSAL = re.compile(
    r"\bföreslås\s+(?:(?:därför|också|även|vidare|slutligen)\s+)?att\b|"
    r"\bföreslår\s+(?P<who>(?:[\wåäö-]+\s+){0,3}?)att\b",
    re.IGNORECASE,
)
#: A negation just before the words an open rule matched ("… att ärendet inte återkommer").
_NOT_RIGHT_BEFORE = re.compile(r"\b(?:inte|ej|icke|aldrig)\s+$", re.IGNORECASE)


class _RuleMatchMixin:
    """Matches the sentences of a section against the phrase rules."""

    # Set by the reader before any section is read.
    al: Aliases
    rules: list[Rule]
    ignores: list[re.Pattern[str]]
    quiet: list[re.Pattern[str]]
    meeting: Meeting
    people: set[str]
    abbr: dict[str, str]
    ref: dt.date | None
    dref: dt.date | None
    next: dt.date | None
    _audience: re.Pattern[str] | None
    _questions_list: bool
    _task_due: Period | None
    _task_due_stated: bool
    _story: int | None
    _forum: re.Pattern[str] | None

    def _action_field(self, s: Sentence, masked: str, follow: str) -> _Hit | None:
        """"Åtgärd: Rektor anmäler felet till fastighetsägaren. Uppföljning i FSG efter
        sommaren.": the action decided on the matter above, owned by the one it starts
        with, due when the line (or the next sentence of it) says.  "Åtgärd: Ingen." and
        "Åtgärd: –" decide nothing."""
        if _NO_ACTION.match(masked.strip()):
            return None
        m = re.match(r"^(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,2})\s+"
                     r"(?:ska\s+)?(?P<verb>(?-i:[a-zåäö]+(?:r|s)))\b", masked.strip())
        # "Dragskåpen i sal K2 ska funktionskontrolleras.": a thing to be done to, the
        # one responsible named on the "Ansvar:" line that follows.
        passive = re.match(r"^(?-i:[A-ZÅÄÖ])[^.;:]{2,80}?\b(?:ska|skall|måste|bör)\s+"
                           r"(?:\w+\s+)?(?-i:[a-zåäö]{3,}as)\b", masked.strip())
        # "Åtgärd: Köpa in ytterligare en tvättmaskin … Ansvar: Emma Fransson. Klart: före
        # sommaren.": the "Ansvar:/Klart:" fields after it make any wording a decided task.
        fields_follow = bool(follow) and bool(_FIELD_SENTENCE.match(follow.strip()))
        if (m is None and passive is None and not fields_follow) or len(masked.split()) < 3:
            return None
        who = m.group("who") if m is not None else ""
        owner = None if not who or who.lower() in _NOT_OWNER else _owner_name(who, self.al)
        if m is not None and m.group("verb").endswith("as"):
            owner = None  # "Kemikalieförteckningen uppdateras": the subject is acted on
        period = pick_due(find_periods(masked, self.dref, self.next)) or pick_due(
            find_periods(_mask_quotes(follow), self.dref, self.next) if follow else [])
        return _Hit(_TASK_RULE, s, owner, period, False)

    def _short_due_after(self, follow: str) -> Period | None:
        """"- Rolf kollar temperaturloggern i kylrum 2. Innan v. 37 är slut": in a task
        list, a short sentence after the task that is only its deadline."""
        if not follow or len(follow.split()) > 6:
            return None
        return pick_due(find_periods(_mask_quotes(follow), self.dref, self.next))

    def _heading_due(self, title: str) -> Period:
        """When the tasks under "Till nästa LG (28/4)" fall due: the date the heading
        gives, else the next meeting the document states."""
        days = [p for p in find_periods(title, self.dref, self.next)
                if p.end is not None and p.precision == "day"
                and not p.text.lower().startswith("till nästa")]
        self._task_due_stated = bool(days)
        if days:
            return days[-1]
        return Period(self.next, self.next, "day" if self.next else "next_meeting",
                      "till nästa möte")

    def _task_line(self, s: Sentence, masked: str, follow: str = "") -> _Hit | None:
        """A line under "Till nästa gång" / "Att göra": a task due at the next meeting,
        owned by the one it starts with ("Ahmed tar med …", "Alla läser …")."""
        m = re.match(r"^(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?:och|&)\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+"
                     r"[a-zåäö]+(?:r|s)\b", masked.strip())
        if m is None:
            # "Noor Al-Sayed bjuder in …": a full name, then the verb; "TE: kolla offert …":
            # who (initials or a name) before a colon, then what to do.
            m = _TASK_WHO.match(masked.strip())
        if m is None and self._questions_list and s.bullet and len(masked.split()) >= 2:
            # "- Lönekartläggningen 2025, resultat och handlingsplan.": a matter named,
            # no one acting yet ("Ansvar: AG" may follow).
            period = pick_due(find_periods(masked, self.dref, self.next)) or self._task_due
            return _Hit(_CARRIED_RULE, s, None, period, False)
        if m is None or len(masked.split()) < 3:
            return None
        who = m.groupdict().get("who") or m.groupdict().get("who2") or ""
        owner = None if who.lower() in _NOT_OWNER else _owner_name(who, self.al)
        periods = find_periods(masked, self.dref, self.next)
        if self._task_due_stated and not any(is_cued(p) for p in periods):
            # "Till nästa LG (28/4)" / "- MB: boka lokal till chefsdagen i augusti": the
            # heading's date is the deadline; an uncued date in the line tells when the
            # thing happens.
            periods = []
        period = pick_due(periods) or self._short_due_after(follow) or self._task_due
        return _Hit(_TASK_RULE, s, owner, period, False)

    def _apply_field(self, hit: _Hit, name: str, value: str) -> None:
        """"Ansvarig: Oskar." / "Klart: 15/10." after a task sentence."""
        if name.lower().startswith(("ansv", "vem")):
            # "Birgitta + Sara": the first one named leads
            first = re.split(r"\s*(?:\+|&|,|\boch\b)\s*", value.strip())[0]
            # "Ämneslag kemi (förstelärare Jonas Wiik)": the one named before the brackets
            first = re.sub(r"\s*\([^)]*\)?\s*$", "", first) or first
            # "Stationschef Tenhult, Mikael Ström." / "Lokalansvarig Emma Fransson.": a
            # role with a present person's name – the person is the one responsible.
            named = [p for p in self.people if re.search(
                rf"(?<![\wåäö-]){re.escape(p)}(?![\wåäö-])", re.sub(r"\([^)]*\)?", "", value))]
            if len(named) == 1:
                first = named[0]
            hit.owner = _owner_name(first, self.al) or hit.owner
        else:
            period = parse_period(value, self.dref, self.next)
            if period is not None:
                hit.period = period

    def _own_proposal(self, masked: str) -> bool:
        """"Arbetsutskottet föreslår kultur- och fritidsnämnden besluta att ge
        förvaltningen i uppdrag …" in the arbetsutskott's own minutes: a proposal to the
        body above, which decides (and owns what follows) later; not an item of ours.  In
        the nämnd's minutes the same sentence stays: there it is what the nämnd adopts."""
        m = _PROPOSES.search(masked)
        if m is None or not self.meeting.body:
            return False
        proposer = re.sub(r"(?:et|en)$", "", m.group("who").strip().lower())
        return proposer in self.meeting.body.lower()

    def _other_bodys_agenda(self, masked: str) -> bool:
        """"En lokalutredning presenteras för nämnden i december" in a samverkansgrupp's
        notes: what another body will hear, told as information; nobody here owes it.
        In the nämnd's own minutes the same sentence is a follow-up it awaits."""
        if not self.meeting.body:
            return False
        if self._audience is None:
            self._audience = re.compile(
                r"\b(?:presenteras|redovisas|behandlas|tas\s+upp)\s+(?:för|i|på|vid)\s+"
                r"(?P<forum>" + forum_pattern(self.al) + r")(?![\w-])", re.IGNORECASE)
        m = self._audience.search(masked)
        if m is None:
            return False
        forum = m.group("forum")
        if self.al.canonical(forum) == self.al.canonical(self.meeting.body):
            return False  # "presenteras på FVG i december" in the FVG's own minutes
        word = forum.split()[-1].casefold()
        stem = re.sub(r"(?:en|et|n)$", "", word) if len(word) > 6 else word
        return stem not in self.meeting.body.casefold()

    def _ahead(self, periods: list[Period]) -> list[Period]:
        """The periods that leave time to act: ending after the meeting, or on its day
        when cued ("senast i dag"); a period over before it describes, and the meeting's
        own day uncued tells when ("Senast uppdaterad: 28 juni 2023", the page's stamp
        under a report of that day's meeting)."""
        if self.ref is None:
            return periods
        ref = self.ref
        return [p for p in periods
                if p.end is None or p.end > ref or (p.end == ref and is_cued(p))]

    def _officials_proposal(self, masked: str) -> bool:
        """"För den fortsatta hanteringen föreslår kommundirektören att det utarbetas …",
        "Slutligen föreslås att endast nödvändiga investeringar genomförs": a proposal
        in the case's description, by an official or no one named; what the meeting
        adopts of it is told in its decision, and the item alone is offered unchecked
        (:data:`~tracker.extract.minutes_candidates.PROPOSAL_REASON`).  The meeting's own
        body proposing is its decision: "Kommunstyrelsen föreslår att …" in the board's
        minutes."""
        m = _OFFICIALS_PROPOSAL.search(masked)
        if m is None:
            return False
        who = (m.group("who") or "").strip()
        # (the proposer named after the verb, or anywhere before it: "Kommunstyrelsen
        # ställer sig positiv till förslaget och föreslår att …")
        return not self._own_body_decides(f"{masked[: m.start()]} {who}".strip())

    def _told_as_history(self, s: Sentence, masked: str) -> bool:
        """Whether the sentence tells an earlier decision as the matter's background:
        a past decision verb of the lexicon (``[history]``) with a date before the
        meeting beside it ("Kommunstyrelsen beslutade 14 september 2016 § 132 att
        socialnämnden ska återrapportera …", "Regeringen gav i juni 2021 varje region i
        uppdrag …"), and no date after the meeting day in it.  The story goes on in the
        sentences after it in the same paragraph told in the past ("Parallellt fick
        Trafikverket i uppdrag …", "Ärendet återremitterades …").  The decision itself
        was followed up when it was taken; this meeting's own tasks are told in the
        present or dated on or after the meeting day."""
        lex = lexicon()
        verbs = list(lex.history.finditer(masked))
        story, self._story = self._story, None
        if not verbs:
            return False
        before = masked[: verbs[0].start()]
        # Another body's decision told by its formula ("Kommunstyrelsen har beslutat att
        # …", "Allmänna utskottet beslutade att …"); an outcome reported in a word
        # ("Nämnden återremitterade ärendet") still leaves the matter to come back.
        v = verbs[0]
        reported = v.group(0).lower().startswith(("har ", "hade ")) or bool(
            re.match(r"\s+att\b", masked[v.end():]))
        other = reported and self._other_body_decided(before)
        if self.ref is None:
            # (no date to tell the past by: only the other body's decision)
            return other
        periods = [p for p in find_periods(masked, self.dref, self.next) if p.end is not None]
        # (the meeting's own day is no time left: "återrapportera till kommunstyrelsens
        # sammanträde 4 oktober" in the minutes of that sammanträde is being done now)
        if any(p.end > self.ref for p in periods):
            return False
        near = lex.history_near
        dated = any(
            0 <= p.pos - v.end() <= near or 0 <= v.start() - p.stop <= near
            for p in periods if p.end < self.ref for v in verbs
        )
        if dated or other or (
            story == s.paragraph and not s.para_start and not periods
            and not self._own_body_decides(before)
        ):
            self._story = s.paragraph
            return True
        return False

    def _other_body_decided(self, before: str) -> bool:
        """Whether another body is the subject of the past decision: "Kommunstyrelsen
        har beslutat att nämnderna ska redovisa …" in the socialnämnd's minutes,
        "Allmänna utskottet beslutade att återremittera ärendet …" in a council's: what
        the other body decided is told to this meeting as its background."""
        if not self.meeting.body or len(before) > 80:
            return False
        if self._forum is None:
            self._forum = re.compile(
                r"(?<![\wåäö-])(?:" + forum_pattern(self.al) + r")(?![\wåäö-])", re.IGNORECASE)
        named = list(self._forum.finditer(before))
        if not named:
            return False
        forum = named[-1].group(0)
        if self.al.canonical(forum) == self.al.canonical(self.meeting.body):
            return False
        # "Nämnden", "Styrelsen", "Utskottet": the body's own short name
        word = forum.split()[-1].casefold()
        stem = re.sub(r"(?:en|et|n)$", "", word) if len(word) > 6 else word
        return stem not in self.meeting.body.casefold() and not self._own_body_decides(forum)

    def _own_body_decides(self, before: str) -> bool:
        """Whether the meeting's own body is named before the verb: "(bordlagt
        2005-05-02). Koncernstyrelsen beslöt att ånyo bordlägga ärendet." is this
        meeting's decision after the history, told in the past as minutes often are."""
        body = (self.meeting.body or "").casefold()
        if not body or not before.strip():
            return False
        word = body.split()[-1]
        stem = re.sub(r"(?:en|et|n)$", "", word) if len(word) > 6 else word
        return stem in before.casefold()

    def _match(
        self, s: Sentence, masked: str, follow: str, *, task_list: bool = False,
        action_field: bool = False,
    ) -> _Hit | None:
        if self._own_proposal(masked) or any(p.search(masked) for p in self.quiet):
            return None
        # (an earlier decision told as background opens nothing; it may still close)
        history = self._told_as_history(s, masked)
        if history:
            # (nor is it read as a clause of this meeting's: see _possible)
            self._history.append(" ".join(s.text.split()))
        ignored = history or any(p.search(masked) for p in self.ignores)
        periods: list[Period] | None = None
        dated_next: bool | None = None
        found: dict[str, tuple[Rule, re.Match[str]]] = {}
        lm = _TOPIC_LABEL.match(masked)
        label_rest = masked[lm.end():] if lm else None
        for rule in self.rules:
            if rule.kind in found or (ignored and rule.status == "open"):
                continue
            m = rule.regex.search(masked)
            if m is None and label_rest is not None:
                # "Mall för utvecklingssamtal: Omar skickar ut senast v. 10": a topic label,
                # then the sentence the rules are written for.
                m = rule.regex.search(label_rest)
            if m is None:
                continue
            if rule.status == "done" and (
                _NEGATED.search(m.group(0)) or _NEGATED_BEFORE.search(masked[: m.start()])
            ):
                # "Uppdraget … är ännu inte genomfört", "… har inte hunnit bli klar":
                # closes nothing
                continue
            if rule.status == "open" and _NOT_RIGHT_BEFORE.search(masked[: m.start()]):
                # "Förhoppningen är att ärendet inte återkommer": the act denied
                continue
            if rule.needs_date:
                if periods is None:
                    periods = find_periods(masked, self.dref, self.next)
                    # "redovisar utfallet för perioden januari–juli": a period that
                    # ended before the meeting describes, it sets no deadline.
                    periods = self._ahead(periods)
                    # A weekday alone ("senast fredag") dates a task, but is too weak to
                    # make a vague sentence one ("… påminde om att tidrapporten ska vara
                    # klar senast fredag" is a standing routine).
                    periods = [p for p in periods if not _WEEKDAY_ALONE.fullmatch(p.text)]
                if not periods:
                    # A request and its deadline are often two sentences: "Karin ber varje
                    # enhetschef att lämna förslag. Förslagen ska vara inlämnade senast …"
                    if dated_next is None:
                        dated_next = bool(follow) and bool(
                            self._ahead(find_periods(_mask_quotes(follow), self.dref, self.next))
                            # "… ska en riskbedömning göras. Ansvar: Patrik Holmberg.
                            # Senast: 27/2.": the fields that follow make it a decided task
                            or _FIELD_SENTENCE.match(follow.strip())
                        )
                    if not dated_next:
                        continue
            found[rule.kind] = (rule, m)
        if not found and task_list and not ignored:
            return self._task_line(s, masked, follow)
        if not found and action_field and not ignored and s.para_start:
            return self._action_field(s, masked, follow)
        if (not found and not ignored and follow and len(masked.split()) >= 4
                and (fm := _FIELD_SENTENCE.match(follow.strip()))
                and (fm.group("field3") or (s.para_start and s.bullet and re.match(
                    r"(?i)ansvar|ansvarig|vem", fm.group("field") or fm.group("field2") or "")))):
            # "Vi ställer ut extra sopkärl … Ansvar Ahmed och Zoran, klart 27/8." / a listed
            # point "1. Kunskapsdatabasen uppdateras med … Ansvarig: Oscar.": a plan given
            # someone responsible is a decided task (the fields, applied as the next
            # sentences, set owner and due).
            return _Hit(_TASK_RULE, s, None, None, False)
        if not found:
            return None
        open_kinds = [k for k in _KIND_ORDER if k in found]
        kind = open_kinds[0] if open_kinds else "closing"
        if kind in found and found[kind][0].owner_settles and "closing" in found:
            # "… att föreslå regionfullmäktige att bifalla motionen i den del …, att i
            # övrigt anse motionen besvarad" run into one sentence (a PDF joins the two
            # att-clauses): the matter on this body's list is answered, as when the
            # clauses stand apart (minutes_candidates drops the referral then).
            kind = "closing"
        if kind == "action" and "awaiting_reply" in found and _FINDS_OUT.search(masked):
            # "Lotta kollar med fastighetsavdelningen och återkommer på nästa APT": finding
            # out is the way to the answer she owes; the answer is the item.
            kind = "awaiting_reply"
            # The one who finds out answers: the action's subject is the owner.
            found[kind] = (found[kind][0], found["action"][1])
        if kind == "follow_up" and self._other_bodys_agenda(masked):
            return None
        rule, m = found[kind]
        owner = None
        for group in ("owner", "owner2"):
            if group in m.re.groupindex and m.group(group):
                owner = _owner_name(m.group(group), self.al)
                break
        if kind == "referred" and owner and self.meeting.body and (
            self.al.canonical(owner) == self.al.canonical(self.meeting.body)
        ):
            if rule.owner_settles:
                # "Kommunstyrelsen beslutade att föreslå kommunfullmäktige att …" in the
                # fullmäktige's own protocol: the history of what it decides here
                return None
            # "Tas upp på nästa LSG" in the LSG's own notes: not passed on but kept for
            # later – carried over to the next meeting, or followed up in a named period.
            periods = find_periods(masked, self.dref, self.next)
            due = pick_due(periods)
            kind = "follow_up" if due is not None and due.precision not in (
                "day", "next_meeting") else "carried_over"
            rule = Rule(kind=kind, regex=rule.regex, confidence=rule.confidence)
            # Kept by whoever the sentence names before the forum, else the body itself.
            before = [x for x in _parties(masked, self.al, self.people, self.abbr)
                      if x[0] < m.start()]
            owner = before[-1][2] if before else self.meeting.body
        if kind == "tabled" and self.meeting.body:
            owner = self.meeting.body  # the body tables its own matter
        mentions = _parties(masked, self.al, self.people, self.abbr)
        if owner is None and (inv := _INVERTED_SUBJECT.match(masked.strip())):
            owner = _owner_name(inv.group("who"), self.al)  # "Vidare ska Teknisk förvaltning …"
        if owner is None and _OBJECT_FIRST.match(masked.strip()) and (
            pa := person_actions(masked.strip(), frozenset(self.people))
        ):
            owner = pa[0][0]  # "Det kollar Lasse upp till nästa möte"
        if owner is None and rule.body_owns:
            # "Kallelsen ska senast … skickas ut av sekreteraren": the passive's agent; the
            # subject before it is the thing to be done, no one
            by = [x for x in mentions if x[0] >= m.end()
                  and re.search(r"\bav\s+$", masked[: x[0]])]
            if by:
                owner = by[0][2]
        elif owner is None and not rule.asker and kind != "sent_back":
            # "Sara påminner om att listorna ska lämnas in": the one who tells is not the
            # one who must act.  (Nor does the forum that sends a matter back: "Kommun-
            # fullmäktige återremitterade budgetförslaget" is for the one preparing it.)
            before = [x for x in mentions if x[0] < m.start()
                      and not _TELLS.match(masked, x[1])]
            if before:
                owner = before[-1][2]
                # "Mats tar upp frågan med lokalsamordnaren och återkommer": the one who
                # comes back is the sentence's subject, not the last name before the verb.
                if before[0][0] == 0 and re.search(r"\boch\s+(?:\w+\s+)?$", masked[: m.start()]):
                    owner = before[0][2]
        if kind not in ("tabled", "referred") and (da := decided_agent(masked)) and (
            m.end() > da[1]
        ) and (owner is None or _named_before(owner, masked, da[1])):
            # "Styrelsen beslutar att Foxears skriver och skickar ut …", "… beslutade
            # kommunfullmäktige att teknisk servicenämnd får i uppdrag att …": the forum
            # that decides gives the task to the one named after "att".
            owner = _owner_name(da[0], self.al) or da[0]
        if owner is None and kind in ("carried_over", "awaiting_reply", "follow_up"):
            # "Frågan kvarstår, arbetsgivaren väntar på …": the party named after it
            # (not the forum of "till nästa förvaltningsgrupp", which is the date).
            # … and not the audience of "ska behandlas av nämnden", "redovisas för nämnden".
            after = [x for x in mentions if x[0] >= m.end() and x[2] not in self.al.forums
                     # … nor the one it is reported to ("återrapporteras till socialnämnden")
                     and not re.search(r"\b(?:av|för|vid|inför|till)\s+$", masked[: x[0]])]
            if after:
                owner = after[0][2]
        if (
            owner is None and rule.asker
            and _SAMVERKAN_BODY.search(self.meeting.body or "")
            and not re.search(r"arbetsgivar", masked[: m.start()], re.IGNORECASE)
        ):
            owner = "Arbetsgivaren"
        if owner is None and (q := _QUANTIFIED.match(masked)):
            owner = _owner_name(q.group(0), self.al)  # "Alla medarbetare ska ha genomfört …"
        if owner is None and kind in ("tabled", "sent_back"):
            owner = self.meeting.body if kind == "tabled" or _sent_back_here(
                masked, self.meeting.body) else "Förvaltningen"
        if periods is None:
            periods = find_periods(masked, self.dref, self.next)
        # "Avgiften gäller från 1 juli", "… som beslutades 3 mars": a start or a past
        # reference is no deadline.  (A date shortly before the meeting without a cue
        # stays: "lyfts till FSG den 20 februari" may be a meeting's date misread.)
        periods = deadlines(periods, masked, None)
        # "… återremitterade två ärenden under mötet 28 juni 2023": the meeting's own date
        # tells when, not by when (unless cued: "senast i dag den 28 juni").
        periods = [p for p in periods if p.end is None or p.end != self.ref or is_cued(p)]
        period = pick_due(before_purpose(periods, masked))
        if follow and _DEADLINE_AFTER.match(follow.strip()) and not any(
                is_cued(p) for p in periods):
            # "Bemanningsplan för … v. 27–32 tas fram av Hanna. Klar i mitten av juni.": the
            # uncued period tells what the thing is about; the sentence after is its deadline.
            period = pick_due(find_periods(_mask_quotes(follow), self.dref, self.next)) or period
        if period is None and task_list:
            # Under "Till nästa gång" everything is due at the next meeting – unless a
            # short sentence after the task gives its own deadline.
            period = self._short_due_after(follow) or self._task_due
        anaphoric = bool(_ANAPHOR.match(masked.strip())) or len(masked.split()) <= 4
        if kind == "closing" and _CLOSES_BY_NOUN.search(masked):
            # "Arbetsutskottet anser att uppdraget om öppettider är slutfört": closes the
            # uppdrag told of before it, like "Uppdraget anses slutfört".
            anaphoric = True
        return _Hit(rule, s, owner, period, anaphoric,
                    proposal=rule.status == "open" and self._officials_proposal(masked))


def _named_before(owner: str, text: str, at: int) -> bool:
    """``owner`` is named in ``text`` before ``at`` and not after it (the forum deciding,
    not the one the decision names)."""
    name = owner.casefold()
    return name in text[:at].casefold() and name not in text[at:].casefold()


#: "Vid fullmäktiges sammanträde … återremitterades ärendet", "Kommunfullmäktige
#: återremitterade ärendet": fullmäktige sent the matter back to the body that prepared it.
_BY_COUNCIL = re.compile(r"\b[\wåäö-]*fullmäktige(?:s)?\b", re.IGNORECASE)


def _sent_back_here(text: str, body: str | None) -> bool:
    """A matter sent back, with no receiver named, by fullmäktige in the minutes of
    another body: it comes back to this body, which prepared it ("Vid fullmäktiges
    sammanträde … återremitterades ärendet" in the kommunstyrelse's protocol)."""
    return bool(body) and "fullmäktige" not in (body or "").lower() and bool(
        _BY_COUNCIL.search(text))
