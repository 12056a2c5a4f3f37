"""Open items in minutes (protokoll, minnesanteckningar).

The document is split into sections and sentences (:mod:`tracker.extract.sections`),
the meeting facts are read (:mod:`tracker.extract.meeting`), and then every section is
read as a run of *exchanges*: a question or a matter raised by someone, the answers, and
what was decided about it.  Phrase rules (``resources/extract/phrases.toml``) mark the
sentences that leave something open ("Frågan lämnas som kvarstående", "förs till SVG",
"återkommer", "bordläggs", "ger förvaltningen i uppdrag att … senast …") or that close an
earlier item ("Frågan avslutas").  One exchange gives one open item, titled by the question
it is about, with the owner taken from the phrase or its subject, the one who raised it,
and a due date from :mod:`tracker.extract.dates`.  Rows of action tables ("Vad / Vem /
När") and balance-list tables become items too.

Sentences that merely carry a date (information), questions answered in the meeting,
things settled on the spot and quoted text do not match any rule and are left alone.

Beside this module: the patterns in :mod:`tracker.extract.minutes_patterns`, who is meant
by a name, role or initials in :mod:`tracker.extract.minutes_people`, title wording in
:mod:`tracker.extract.minutes_text`, and the reader's table rows and date warnings in
:mod:`tracker.extract.minutes_table_rows` and :mod:`tracker.extract.minutes_warnings`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from tracker.domain import Candidate, Document, DocumentInfo, Extraction, ExtractWarning, Line
from tracker.extract.dates import (
    Period,
    due_fields,
    find_periods,
    is_cued,
    parse_period,
    pick_due,
)
from tracker.extract.meeting import extract_meeting
from tracker.extract.minutes_patterns import (
    _ACTION_LABELS,
    _ANAPHOR,
    _ANSWER,
    _ANSWERED_PAST,
    _ANSWERS_PROPOSAL,
    _CANNOT_ANSWER,
    _CARRIED_RULE,
    _CLOSES_BY_NOUN,
    _CORRESPONDENCE,
    _FAMILY,
    _FIELD_SENTENCE,
    _FINDS_OUT,
    _INTRO,
    _KIND_ORDER,
    _LETTER_FROM,
    _LISTED_BEFORE,
    _MOVES,
    _NEGATED,
    _NEW_SUBJECT,
    _NO_ACTION,
    _NOT_OWNER,
    _OPENS_RAISED_BY,
    _OPINION,
    _PARTY_LABEL,
    _PASSES_ON,
    _POLITICAL_PARTY,
    _PROBE_REFS,
    _PROPOSAL_ANSWERED,
    _PROPOSES,
    _QUANTIFIED,
    _QUESTION_FROM,
    _QUESTIONS_LIST,
    _RAISE,
    _RAISE_VERB,
    _RAISED_FIELD,
    _REFER_WINDOW,
    _REFERS_BACK,
    _REPORT_BACK,
    _ROLE_NOUN,
    _SAMVERKAN_BODY,
    _SIGNING,
    _SUB_ITEM_BY,
    _SUBITEM_NO,
    _TASK,
    _TASK_RULE,
    _TASK_SECTION,
    _TASK_WHO,
    _TELLS,
    _TOPIC_LABEL,
    _TOPIC_MARK,
)
from tracker.extract.minutes_people import (
    _initials_index,
    _owner_name,
    _parties,
    _role_abbreviations,
)
from tracker.extract.minutes_table_rows import _TableRowsMixin
from tracker.extract.minutes_text import (
    _EVIDENCE_MAX,
    _clean_title,
    _mask_quotes,
    _same_matter,
    _shorten,
)
from tracker.extract.minutes_warnings import _DateWarningsMixin
from tracker.extract.phrases import Rule, aliases, forum_pattern, rules
from tracker.extract.possible import find_possible
from tracker.extract.restatements import merge_restatements
from tracker.extract.sections import SUB_ITEM, Section, Sentence, structure
from tracker.extract.tables import with_text_tables


@dataclass(slots=True)
class _Hit:
    """One sentence that matched a rule."""

    rule: Rule
    sentence: Sentence
    owner: str | None
    period: Period | None
    anaphoric: bool


@dataclass(slots=True)
class _Exchange:
    """A matter under discussion: who raised it, who answered, the rule hits in it."""

    sentences: list[Sentence] = field(default_factory=list)
    raised_by: str | None = None
    responder: str | None = None
    answered: bool = False
    hits: list[_Hit] = field(default_factory=list)

    @property
    def question(self) -> Sentence | None:
        for s in self.sentences:
            if s.text.rstrip().endswith("?"):
                return s
        return None

    @property
    def topic(self) -> Sentence | None:
        for s in self.sentences:
            if not _INTRO.search(s.text):
                return s
        return None


class _MinutesReader(_TableRowsMixin, _DateWarningsMixin):
    """One extraction run: meeting facts first (dates resolve against them), then the
    sections' prose and tables, then warnings."""

    def __init__(self, doc: Document, info: DocumentInfo) -> None:
        self.doc = doc
        self.info = info
        self.al = aliases()
        self.rules, self.ignores, self.quiet = rules()
        self._audience: re.Pattern[str] | None = None
        self.items: list[Candidate] = []
        self.possible: list[Candidate] = []
        self.warnings: list[ExtractWarning] = []

    # -- driver ----------------------------------------------------------------------

    def run(self) -> Extraction:
        doc = with_text_tables(self.doc)
        st = structure(doc)
        self.yearless: list[str] = []  # a meeting date written without a year, none given
        self.meeting = extract_meeting(st, self.al, self.yearless)
        body = self.meeting.body
        if (self.meeting.date is None or body is None or len(body.split()) == 1) and (
            doc.furniture
        ):
            self._facts_from_furniture(doc)
        self.ref = self.meeting.date
        self.next = self.meeting.next_meeting
        # Dates without a year take it from the meeting date or, when only the signing
        # or posting date survived (a title block dropped as a running page header),
        # from that: it lies days after the meeting.
        self.anchor = _signing_date(st.lines[:80]) if self.ref is None else None
        self.dref = self.ref or self.anchor
        self.people = {p.name for p in self.meeting.present}
        self._questions_list = False
        self._task_due: Period | None = None  # when the tasks of a "Till nästa …" list fall due
        self._task_due_stated = False  # … given by a date in the list's heading
        self.abbr = _role_abbreviations(self.meeting.present)
        for sec in st.sections:
            self._section(sec)
            self._tables(sec)
        self._possible(st.sections)
        self.items = merge_restatements(self.items)
        # Document order, as the secretary reads the minutes.
        self.items.sort(key=lambda it: (it.page or 0, it.line or 0))
        if self.ref is None and self.anchor is None:
            self._unanchored_dates()
        elif self.ref is None and self.anchor is not None:
            self.warnings.append(ExtractWarning(
                "Mötesdatumet hittades inte i dokumentet. Datum utan årtal har fått årtal "
                f"från justerings- eller anslagsdatumet {self.anchor.isoformat()}; "
                "kontrollera dem vid granskningen.", None, None, None))
        self._date_warnings()
        initials = _initials_index(frozenset(self.people))
        for it in self.items:
            # "HS" in an Ansvarig column for "Henrik Sandberg, …" among those present.
            # A known abbreviation ("MAS", "HR") stays what it is.
            def person(o: str) -> str:
                # (or initials the document wrote beside the name: "(PG, fritidschef)")
                return o if self.al.is_party(o) else initials.get(o, self.abbr.get(o, o))
            it.owner = person(it.owner) if it.owner else it.owner
            it.co_owners = [person(o) for o in it.co_owners]
            # "EB tar upp att …": who raised it, by the same initials
            it.raised_by = person(it.raised_by) if it.raised_by else it.raised_by
            if it.status == "open" and not it.owner:
                self.warnings.append(
                    ExtractWarning(
                        f"Ingen ansvarig hittades för punkten ”{_shorten(it.title, 80)}”. "
                        "Ange ansvarig vid granskningen.",
                        it.page,
                        it.line,
                        it.evidence,
                    )
                )
        return Extraction(document=self.info, meeting=self.meeting, items=self.items,
                          warnings=self.warnings, possible=self.possible)

    def _possible(self, sections: list[Section]) -> None:
        """Sentences no rule took, read by the clause analysis and scored: confident
        ones join the items, the rest are possible items (:mod:`.possible`)."""
        for cand in find_possible(sections, self.items, self.ignores, self.ref, self.next,
                                  frozenset(self.people)):
            (self.items if cand.tier == "confident" else self.possible).append(cand)

    def _facts_from_furniture(self, doc: Document) -> None:
        """The meeting's date or body written only in the running page header ("KSAU
        2026-02-03   Sida 2 av 6"), which clean-up removed: read the facts again with the
        header lines (each text once, first page first) put back before the text, and
        fill in only what the text itself did not say."""
        seen: set[str] = set()
        head = []
        for ln in sorted(doc.furniture, key=lambda x: (x.page, x.line)):
            key = " ".join(ln.text.split())
            if key and key not in seen:
                seen.add(key)
                head.append(ln)
        again = extract_meeting(structure(dataclasses.replace(doc, lines=head + doc.lines)),
                                self.al)
        if self.meeting.date is None and again.date is not None:
            self.meeting.date = again.date
        body = self.meeting.body
        if body is None and again.body is not None:
            self.meeting.body = again.body
        elif body and again.body and len(again.body) > len(body) and re.sub(
            r"(?:et|en|n)$", "", body.lower()
        ) in again.body.lower():
            # "Arbetsutskottet" read from "Arbetsutskottets beslut"; the header names it in
            # full: "Kommunstyrelsens arbetsutskott".
            self.meeting.body = again.body

    # -- prose -----------------------------------------------------------------------

    def _who(self, raw: str) -> str | None:
        raw = raw.strip()
        raw = re.sub(r"^(?:även|också|sedan|dessutom)\s+", "", raw, flags=re.IGNORECASE)
        # "Sofia Lund (C)": the party letters after a politician's name.
        raw = re.sub(r"\s*\((?:[A-ZÅÄÖ]{1,3}|MP|KD|SD|L|V|C|M|S)\)$", "", raw)
        if self.al.is_party(raw):
            return self.al.canonical(raw)
        if "," in raw:
            # "Britt-Marie Carlsson, PRO": a person and the organisation she speaks for
            name, org = (x.strip(" ,") for x in raw.split(",", 1))
            person = next((p for p in self.meeting.present if p.name == name), None)
            if person is not None:
                return person.organisation or org or person.name
            if org and re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,2}", org):
                return self.al.canonical(org) or org
        for p in self.meeting.present:
            if p.name == raw or p.name.split()[0] == raw:
                # A member's political party ("Per-Olof Granström (C)") speaks for no one
                # in the matter: the member raises it; a union or PRO speaks for its own.
                if p.organisation and _POLITICAL_PARTY.match(p.organisation):
                    return p.name
                return p.organisation or p.name
        mentions = _parties(raw, self.al, self.people, self.abbr)
        if mentions:
            return mentions[-1][2]
        if re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?", raw) and raw.lower() not in (
            _NOT_OWNER
        ):
            return raw
        return None

    def _raise(self, s: Sentence, masked: str) -> tuple[re.Match[str] | None, str | None]:
        """Whether the sentence raises a matter, and who raises it: "Kommunal undrar …",
        "Oskar tycker att …", "Fråga från Vision om …", "Vision: arbetsbelastningen …"."""
        # "7.1 Kommunal tog upp att …": the number of a sub-item is no part of who asks.
        masked = _SUBITEM_NO.sub("", masked, count=1)
        refers_back = bool(_REFERS_BACK.search(masked)) or bool(_PASSES_ON.search(masked))
        if _RAISE_VERB.search(masked, 0, 90):
            m = _RAISE.match(masked)
            # Words that refer back count near the verb ("Vision menar att frågan kan
            # avslutas", "lyfter det på …"), not in a later clause of a long sentence
            # ("Johan tar upp behovet av …, och eftersom frågan rör flera enheter …").
            near = masked[: m.end() + _REFER_WINDOW] if m else ""
            if m and not (_REFERS_BACK.search(near) or _PASSES_ON.search(near)):
                return m, self._who(m.group("who"))
        if not refers_back:
            m = _OPINION.match(masked)
            if m:
                return m, self._who(m.group("who"))
        m = _QUESTION_FROM.match(masked)
        if m:
            return m, self._who(m.group("who"))
        # "Ledarna: Frågan om …" at the start of a paragraph, or of a line in a run of
        # lines read as one paragraph (one matter a line, no blank lines between).
        if s.para_start or s.line_start:
            m = _PARTY_LABEL.match(masked)
            if m and self.al.is_party(m.group("who").strip()):
                return m, self.al.canonical(m.group("who").strip())
        return None, None

    def _section(self, sec: Section) -> None:
        self._sec_open: list[Candidate] = []
        ex = _Exchange()
        raiser: str | None = None
        sents = sec.sentences
        # A §-numbered section is one matter: its "Beslut" paragraph belongs to it.
        paragraph_numbered = bool(sec.number and sec.number.startswith("§"))
        task_list = bool(_TASK_SECTION.match(sec.title))
        self._questions_list = task_list and bool(_QUESTIONS_LIST.match(sec.title))
        self._task_due = self._heading_due(sec.title) if task_list else None
        if paragraph_numbered and _CORRESPONDENCE.match(sec.title or ""):
            return
        for idx, s in enumerate(sents):
            if _TASK_SECTION.match(s.text.strip()):
                # "TILL NÄSTA GÅNG:" written as a line of the section, not as its heading
                task_list = True
                self._questions_list = bool(_QUESTIONS_LIST.match(s.text.strip()))
                self._task_due = self._heading_due(s.text)
                continue
            masked = _mask_quotes(s.text)
            is_q = masked.rstrip().endswith("?")
            rm, who = self._raise(s, masked)
            answer = bool(_ANSWER.search(masked)) or (
                (s.label or "").lower() == "svar" and rm is None
            )
            if answer and task_list and not _ANSWERED_PAST.search(masked):
                # "Helena Strömberg redovisar tidplanen …" under "Till nästa FSG": what she
                # will present next time, not an answer given today.
                answer = False
            new = False
            settled = ex.answered or bool(ex.hits)
            field_line = bool(ex.hits) and _FIELD_SENTENCE.match(masked.strip()) is not None
            if field_line:
                pass  # "Ansvar: Hussein Ali." in a paragraph of its own: the task above
            elif (
                (rm and who and not answer)
                or (is_q and settled)
                # A § is one matter, but each bullet of a list under it is one of its own
                # ("§1 Uppföljning från förra LSG" with one bullet per earlier question).
                or (s.para_start and settled and not answer
                    and (not paragraph_numbered or s.bullet))
                or (s.para_start and ex.sentences and bool(SUB_ITEM.match(s.text)))
                # Hard-wrapped notes: after a matter left open, a sentence that begins a
                # line and names a new subject ("… Frågan kvarstår till nästa LSG." /
                # "Rutinen för ensamarbete är nu antagen … Punkten stängs.") is the next
                # matter, so its closing closes nothing before it.
                or (s.line_start and not s.para_start and not answer and not is_q
                    and not paragraph_numbered and not s.bullet
                    and any(h.rule.status == "open" for h in ex.hits)
                    and not _ANAPHOR.match(masked.strip())
                    and not _same_matter(masked, ex.sentences[-1].text)
                    and _NEW_SUBJECT.match(masked.strip()) is not None
                    and not _parties(masked[:40], self.al, self.people, self.abbr))
                # each entry of a "Till nästa möte" list is a task of its own
                or (s.para_start and s.bullet and task_list and bool(ex.sentences))
                # a bullet after one whose matter was closed ("- brandfilten: bytt, klart"
                # / "- schemat: Birgitta har skickat ut det, …") is the next matter, even
                # when it tells what someone has done
                or (s.para_start and s.bullet and bool(ex.hits)
                    and all(h.rule.status != "open" for h in ex.hits))
                or (
                    _TOPIC_MARK.match(masked) and ex.sentences and not answer
                    and not _FIELD_SENTENCE.match(masked.strip())
                    and not _same_matter(masked, ex.sentences[-1].text)
                )
            ):
                new = True
            elif (
                s.para_start and ex.sentences and 0 < len(masked.split()) <= 6 and not is_q
                and not answer and not paragraph_numbered and not s.labelled
            ):
                new = True  # a short topic line ("Enhetssamverkan på familjerätten.")
            sub_by = None
            if s.para_start and SUB_ITEM.match(s.text):
                # "5.2 Delade turer (Kommunal, SVG 2024-09-10)", "(väckt av Kommunal …)":
                # the party in the sub-item's brackets raised it.
                bm = _SUB_ITEM_BY.search(s.text)
                sub_by = self._who(bm.group("who")) if bm else None
            if new:
                self._emit(ex, sec)
                ex = _Exchange()
                if sub_by:
                    raiser = sub_by
                    ex.raised_by = sub_by
                elif rm and who:
                    raiser = who
                    ex.raised_by = who
                elif is_q:
                    ex.raised_by = raiser
            elif rm and who and ex.raised_by is None:
                ex.raised_by = who
                raiser = who
            ex.sentences.append(s)
            if ex.raised_by is None and s.para_start and (
                vb := _OPENS_RAISED_BY.match(masked)
            ) is not None:
                # "Lokalvård på Bredängs förskolor (väckt av Kommunal i november) – kvarstår."
                ex.raised_by = self._who(vb.group("who"))
            if ex.raised_by is None and (mv := _MOVES.match(masked)) is not None:
                ex.raised_by = self._who(mv.group("who"))
            if (cm := _CANNOT_ANSWER.match(masked)) is not None:
                ex.responder = self._who(cm.group("who")) or ex.responder
            if answer:
                ex.answered = True
                am = re.match(r"^(?P<who>[^,.]{2,40}?)\s+(?:svarar|svarade|besvarar|besvarade|"
                              r"förklarar|förklarade|meddelar|meddelade|redovisar|redovisade)",
                              masked, re.IGNORECASE)
                if am:
                    ex.responder = self._who(am.group("who")) or ex.responder
            # "Mötets avslutande" is procedure, a task list written under it is not.
            if is_q or (sec.procedural and not task_list):
                continue
            if ex.hits and ex.hits[-1].period is None and _REPORT_BACK.match(masked.strip()):
                due = pick_due(find_periods(masked, self.dref, self.next))
                if due is not None:
                    ex.hits[-1].period = due
                    continue
            vm = _RAISED_FIELD.match(masked.strip())
            if vm and ex.hits:
                # "Väckt av Kommunal, AG svarar." under a listed matter: who raised it
                # and who owes the answer.
                ex.raised_by = ex.raised_by or self._who(vm.group("who"))
                if vm.group("ans") and ex.hits[-1].owner is None:
                    ex.hits[-1].owner = _owner_name(vm.group("ans"), self.al)
                continue
            lab = _FIELD_SENTENCE.match(masked.strip())
            if lab and ex.hits:
                if lab.group("field3"):
                    self._apply_field(ex.hits[-1], "ansvar", lab.group("value3"))
                    self._apply_field(ex.hits[-1], "klart", lab.group("due3"))
                    continue
                self._apply_field(ex.hits[-1],
                                  lab.group("field") or lab.group("field2") or lab.group("field4"),
                                  lab.group("value") or lab.group("value2") or lab.group("value4"))
                continue
            nxt = sents[idx + 1] if idx + 1 < len(sents) else None
            # ("Ansvar: Hussein Ali." in a paragraph of its own still belongs to the line
            # above it)
            follow = nxt.text if nxt is not None and (
                not nxt.para_start or _FIELD_SENTENCE.match(nxt.text.strip())) else ""
            action_field = bool(s.labelled and (s.label or "").lower() in _ACTION_LABELS)
            hit = self._match(s, masked, follow, task_list=task_list,
                              action_field=action_field)
            if hit is not None:
                ex.hits.append(hit)
        self._emit(ex, sec)

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

    def _match(
        self, s: Sentence, masked: str, follow: str, *, task_list: bool = False,
        action_field: bool = False,
    ) -> _Hit | None:
        if self._own_proposal(masked) or any(p.search(masked) for p in self.quiet):
            return None
        ignored = any(p.search(masked) for p in self.ignores)
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
            if rule.status == "done" and _NEGATED.search(m.group(0)):
                continue  # "Uppdraget … är ännu inte genomfört" closes nothing
            if rule.needs_date:
                if periods is None:
                    periods = find_periods(masked, self.dref, self.next)
                    if self.ref is not None:
                        # "redovisar utfallet för perioden januari–juli": a period that
                        # ended before the meeting describes, it sets no deadline.
                        periods = [p for p in periods if p.end is None or p.end >= self.ref]
                if not periods:
                    # A request and its deadline are often two sentences: "Karin ber varje
                    # enhetschef att lämna förslag. Förslagen ska vara inlämnade senast …"
                    if dated_next is None:
                        dated_next = bool(follow) and bool(
                            find_periods(_mask_quotes(follow), self.dref, self.next)
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
        if owner is None and not rule.asker:
            # "Sara påminner om att listorna ska lämnas in": the one who tells is not the
            # one who must act.
            before = [x for x in mentions if x[0] < m.start()
                      and not _TELLS.match(masked, x[1])]
            if before:
                owner = before[-1][2]
                # "Mats tar upp frågan med lokalsamordnaren och återkommer": the one who
                # comes back is the sentence's subject, not the last name before the verb.
                if before[0][0] == 0 and re.search(r"\boch\s+(?:\w+\s+)?$", masked[: m.start()]):
                    owner = before[0][2]
        if owner is None and kind in ("carried_over", "awaiting_reply", "follow_up"):
            # "Frågan kvarstår, arbetsgivaren väntar på …": the party named after it
            # (not the forum of "till nästa förvaltningsgrupp", which is the date).
            # … and not the audience of "ska behandlas av nämnden", "redovisas för nämnden".
            after = [x for x in mentions if x[0] >= m.end() and x[2] not in self.al.forums
                     and not re.search(r"\b(?:av|för|vid|inför)\s+$", masked[: x[0]])]
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
            owner = self.meeting.body if kind == "tabled" else "Förvaltningen"
        if periods is None:
            periods = find_periods(masked, self.dref, self.next)
        period = pick_due(periods)
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
        return _Hit(rule, s, owner, period, anaphoric)

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
            if groups and not other_actor and (same_decision or not (
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
        kinds = [h.rule.kind for h in hits]
        kind = next((k for k in _KIND_ORDER if k in kinds), kinds[0])
        main = next(h for h in hits if h.rule.kind == kind)
        # Owner: who will act – the one who comes back, the forum it goes to, the one
        # given the assignment; else whoever answered.
        owner = None
        # An owner the phrase names ("Socialförvaltningen bjuds in … för att redovisa")
        # goes before one guessed for a request ("Rådet vill ha en redovisning").
        by_name = sorted(hits, key=lambda h: h.rule.asker)
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
        if owner is None and status == "open" and kind in (
            "carried_over", "awaiting_reply", "follow_up"
        ):
            owner = self._exchange_subject(ex, hits[0].sentence)
        if owner is None and status == "open" and main.anaphoric:
            owner = self._note_subject(ex, main.sentence)
        if (
            owner is None and status == "open" and kind == "carried_over"
            and sec.number and sec.number.startswith("§")
            and re.search(r"nämnd|styrelse|utskott|beredning", self.meeting.body or "", re.I)
        ):
            owner = self.meeting.body  # a nämnd keeps the matter it put off to a later meeting
        if (
            owner is None
            and status == "open"
            and kind in ("assignment", "follow_up")
            and re.search(r"nämnd|styrelse|utskott|fullmäktige", self.meeting.body or "", re.I)
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
            + ([f"datum: {period.text}"] if period is not None and period.text else []),
        )

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


#: A sentence that is a deadline for the one before it ("Klar i mitten av juni.").
_DEADLINE_AFTER = re.compile(r"^(?:klar|klart|färdig|färdigt|senast)\s+(?!att\b)", re.IGNORECASE)


def _signing_date(lines: list[Line]) -> dt.date | None:
    """The date the minutes were signed or posted ("Justeringens plats och tid
    Regionkansliet, 2025-06-02"), written with its year; None if there is none."""
    for i, ln in enumerate(lines):
        text = " ".join(ln.text.split())
        if not _SIGNING.match(text):
            continue
        window = " ".join(x.text for x in lines[i : i + 2])
        days = [p for p in find_periods(window, _PROBE_REFS[1]) if p.precision == "day"
                and re.search(r"(?:19|20)\d{2}", p.text)]
        if days and days[0].end is not None:
            return days[0].end
    return None


def extract_minutes(doc: Document, info: DocumentInfo) -> Extraction:
    """Meeting facts, open and closing items, and warnings from minutes."""
    return _MinutesReader(doc, info).run()


__all__ = ["extract_minutes"]
