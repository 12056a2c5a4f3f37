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
När") and balance-list tables become items too; text tables get their cells from
:mod:`tracker.ingest.text_tables` first.

Sentences that merely carry a date (information), questions answered in the meeting,
things settled on the spot and quoted text do not match any rule and are left alone.

This module holds the reader's driver and how it walks a section into exchanges (who
raises a matter, who answers, where a new one starts).  Beside it: the patterns in
:mod:`tracker.extract.minutes_patterns`, who is meant by a name, role or initials in
:mod:`tracker.extract.minutes_people`, title wording in :mod:`tracker.extract.minutes_text`,
what an exchange collects in :mod:`tracker.extract.minutes_exchange`, and the reader's
mixins: which rule a sentence matches (:mod:`tracker.extract.minutes_rules`), how hits
become items (:mod:`tracker.extract.minutes_candidates`), table rows
(:mod:`tracker.extract.minutes_table_rows`) and date warnings
(:mod:`tracker.extract.minutes_warnings`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from tracker.domain import Candidate, Document, DocumentInfo, Extraction, ExtractWarning, Line
from tracker.extract.body_sources import body_from_file_name
from tracker.extract.clause_actor import is_thing
from tracker.extract.clause_owner import with_clause_owners
from tracker.extract.dates import pick_due
from tracker.extract.matter_parts import summary_page
from tracker.extract.meeting import extract_meeting, next_meeting_in
from tracker.extract.meeting_date_sources import (
    date_from_file_name,
    date_in_title,
    yearless_in_file_year,
    yearless_in_title_year,
    yearless_near,
)
from tracker.extract.minutes_candidates import PROPOSAL_REASON, _CandidatesMixin
from tracker.extract.minutes_exchange import _Exchange
from tracker.extract.minutes_patterns import (
    _ACTION_LABELS,
    _ALSO_TOLD,
    _ANAPHOR,
    _ANSWER,
    _ANSWERED_PAST,
    _CANNOT_ANSWER,
    _CORRESPONDENCE,
    _FIELD_SENTENCE,
    _MOTION_END,
    _MOTION_INTRO,
    _MOVES,
    _NEW_SUBJECT,
    _NEXT_MEETING_LINE,
    _NOT_OWNER,
    _OPENS_RAISED_BY,
    _OPINION,
    _OTHERS_MINUTES,
    _PARTY_LABEL,
    _PASSES_ON,
    _POLITICAL_PARTY,
    _PROBE_REFS,
    _QUESTION_FROM,
    _QUESTIONS_LIST,
    _RAISE,
    _RAISE_VERB,
    _RAISED_FIELD,
    _REFER_WINDOW,
    _REFERS_BACK,
    _REPORT_BACK,
    _SIGNING,
    _SUB_ITEM_BY,
    _SUBITEM_NO,
    _SUBJECTLESS,
    _TASK_SECTION,
    _TOPIC_MARK,
    _WHEN_UNSET,
)
from tracker.extract.minutes_people import (
    _initials_index,
    _owner_name,
    _parties,
    _role_abbreviations,
)
from tracker.extract.minutes_rules import _RuleMatchMixin
from tracker.extract.minutes_table_rows import _TableRowsMixin
from tracker.extract.minutes_text import _mask_quotes, _same_matter, _shorten
from tracker.extract.minutes_warnings import _DateWarningsMixin
from tracker.extract.not_open import split_not_open, with_place_reasons
from tracker.extract.own_body import own_body
from tracker.extract.phrases import rules
from tracker.extract.possible import dated_by_context, find_possible, owned_by_context
from tracker.extract.restatements import (
    fold_incoming,
    merge_listed_restatements,
    merge_restatements,
)
from tracker.extract.sections import LIST_ROW, SUB_ITEM, Section, Sentence, structure
from tracker.ingest.text_tables import with_text_tables
from tracker.language.aliases import aliases
from tracker.language.date_period import Period
from tracker.language.dates import find_periods


class _MinutesReader(_RuleMatchMixin, _CandidatesMixin, _TableRowsMixin, _DateWarningsMixin):
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
        # Text tables get their cells in ingest's recogniser, the same for every format;
        # the document's own lines (mentions, the document view) stay as written.
        doc = with_text_tables(self.doc)
        st = structure(doc)
        self.yearless: list[str] = []  # a meeting date written without a year, none given
        # (A running header read later may date the meeting before its sentences do.)
        self.meeting = extract_meeting(st, self.al, self.yearless, told=not doc.furniture)
        body = self.meeting.body
        if (self.meeting.date is None or body is None or len(body.split()) == 1) and (
            doc.furniture
        ):
            self._facts_from_furniture(doc)
        if self.meeting.date is None:
            self._date_from_file(doc, _signing_date(st.lines[:80]))
        if self.meeting.body is None:
            self._body_from_file(doc)
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
        self._dating: list[str] = []  # decision points that only dated an earlier task
        self._history: list[str] = []  # sentences that tell an earlier decision
        self._story: int | None = None  # the paragraph an earlier decision is told in
        self._forum: re.Pattern[str] | None = None
        for sec in st.sections:
            self._section(sec)
            self._tables(sec)
        lead = next((ln.text.strip() for ln in reversed(st.head) if ln.text.strip()), None)
        self._possible(st.sections, lead, st.preamble, st.lead_in)
        # (a rule's task told under the event it prepares for, dated as the clause
        # reading dates its own)
        self.items = dated_by_context(self.items, st.sections, self.ref, self.next)
        # (… and owned as it owns its own, when no rule named the owner)
        self.items = with_clause_owners(self.items, frozenset(self.people))
        # (… or by the person the sentence before names, or the section's heading)
        self.items = owned_by_context(self.items, st.sections, frozenset(self.people))
        self.possible = owned_by_context(self.possible, st.sections, frozenset(self.people))
        self.items = merge_restatements(self.items, st.lines)
        # A row of the list and the point told before it are one matter, whether the
        # point was checked or only offered ("Förbrukningsmaterial: Oskar inventerar … /
        # Inventera förbrukningsmaterial … | Oskar | 2026-02-27"): offered beside its row
        # it became an item of its own on import, and the row its unchecked twin.
        kept = {id(it) for it in merge_listed_restatements([*self.items, *self.possible])}
        self.items = [it for it in self.items if id(it) in kept]
        self.possible = [it for it in self.possible if id(it) in kept]
        self.items, self.possible = fold_incoming(self.items, st.lines, self.possible)
        # A proposal no decision restated is offered, unchecked.
        proposals = [it for it in self.items if PROPOSAL_REASON in it.reasons]
        self.items = [it for it in self.items if PROPOSAL_REASON not in it.reasons]
        self.possible += [dataclasses.replace(it, tier="possible", confidence=min(
            it.confidence, 0.45)) for it in proposals]
        # A checked item whose own sentence gives no task (the meeting's
        # own course, the next meeting, a standing rule), or whose place in its matter
        # says it is no task given here (the background, an earlier act told before the
        # decision, a proposal received that is decided), is offered unchecked.
        summary = summary_page(st.lines)
        self.possible = with_place_reasons(self.possible, st.sections, summary=summary)
        self.items, not_open = split_not_open(self.items, st.sections, summary=summary)
        self.possible += not_open
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
        for it in [*self.items, *self.possible]:
            it.owner = own_body(it.owner, self.meeting.body)
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

    def _date_from_file(self, doc: Document, signed: dt.date | None) -> None:
        """The meeting date (or its year) when the text gives none: from the file's name
        (a secretary names the minutes by their date), else, as a last resort, from the
        file's metadata (a title that names the date; for a date written without its
        year, the year the file was made).  Never from the clock, and always said, since
        a name or a file's properties may date a copy or an old template instead."""
        meta = doc.metadata
        named, source = None, ""
        if self.yearless:
            phrase = self.yearless[0]
            named, source = yearless_in_file_year(phrase, doc.file_name), "name"
            if named is None and meta is not None:
                named, source = yearless_in_title_year(phrase, meta.title), "title"
            if named is None and meta is not None:
                named, source = yearless_near(phrase, meta.created, meta.modified), "created"
        else:
            named, source = date_from_file_name(doc.file_name), "name"
            if named is None and meta is not None:
                named, source = date_in_title(meta.title), "title"
                if named and signed and not signed - _TITLE_BEFORE_SIGNING <= named <= signed:
                    # The text's signing date says the title is another meeting's (a
                    # template's or a copied file's title).
                    named = None
        if named is None:
            return
        self.meeting.date = named
        self.yearless = []
        self.meeting.next_meeting = self.meeting.next_meeting or next_meeting_in(
            doc, named, self.meeting.body)
        if source == "name":
            message = (f"Mötesdatumet {named.isoformat()} (eller dess årtal) är hämtat ur "
                       "filnamnet; dokumentets text anger det inte.")
        elif source == "title":
            title = _shorten(meta.title or "", 80) if meta else ""
            message = (f"Mötesdatumet {named.isoformat()} (eller dess årtal) är hämtat ur "
                       f"dokumentets titel i filens egenskaper (”{title}”); dokumentets "
                       "text anger det inte.")
        else:
            created = meta.created.isoformat() if meta and meta.created else ""
            message = (f"Årtalet i mötesdatumet {named.isoformat()} är hämtat ur filens "
                       f"egenskaper (filen skapades {created}); dokumentets text anger "
                       "inget årtal.")
        self.warnings.append(ExtractWarning(
            message + " Kontrollera det vid granskningen.", None, None, None))

    def _body_from_file(self, doc: Document) -> None:
        """The meeting's body when the text names none: from the file's name ("KS
        protokoll 2023-05-16.pdf"), said in a warning, since the name may be a copy's."""
        named = body_from_file_name(doc.file_name, self.al)
        if named is None:
            return
        self.meeting.body = named
        self.warnings.append(ExtractWarning(
            f"Mötets organ ”{named}” är hämtat ur filnamnet; dokumentets text anger det "
            "inte. Kontrollera det vid granskningen.", None, None, None))

    def _possible(
        self, sections: list[Section], lead: str | None, preamble: Section | None = None,
        lead_in: Section | None = None,
    ) -> None:
        """Sentences no rule took, read by the clause analysis and scored: confident
        ones join the items, the rest are possible items (:mod:`.possible`).

        The ``preamble`` (the lines before the first heading) is read the same way, but
        what it holds is only ever offered as possible: it is where a title block,
        attendance and a printed agenda stand, whose lines look like matters
        ("Motion om …") and are not decisions; yet an excerpt that starts in the middle
        of the agenda, or notes whose first heading comes late, hold matters there.  The
        prose after the title block (``lead_in``, sections.structure) is not preamble."""
        for cand in find_possible(sections, self.items, self.ignores, self.ref, self.next,
                                  frozenset(self.people), lead=lead,
                                  also_taken=self._dating + self._history,
                                  body=self.meeting.body):
            (self.items if cand.tier == "confident" else self.possible).append(cand)
        if lead_in is not None:
            # The prose after the title block, before the first heading: read by the
            # clause analysis as a section of its own (the document's sections and their
            # features stay as they are), its candidates scored as a section's.
            for cand in find_possible([lead_in], self.items, self.ignores, self.ref,
                                      self.next, frozenset(self.people),
                                      also_taken=self._dating, body=self.meeting.body,
                                      lead_in=True):
                self.possible.append(cand)
        if preamble is None:
            return
        for cand in find_possible([preamble], self.items, self.ignores, self.ref, self.next,
                                  frozenset(self.people), also_taken=self._dating,
                                  body=self.meeting.body, wide_only=True):
            self.possible.append(cand)

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
        ) and not is_thing(raw):
            return raw  # (not the matter itself: "Upphandlingen ska vara klar …")
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
        if (paragraph_numbered and _CORRESPONDENCE.match(sec.title or "")) or (
            _OTHERS_MINUTES.match(sec.title or "")
        ):
            return
        motion = False  # in the wording of a motion ("… yrkade att styrelsen skulle besluta:")
        for idx, s in enumerate(sents):
            if _TASK_SECTION.match(s.text.strip()):
                # "TILL NÄSTA GÅNG:" written as a line of the section, not as its heading
                task_list = True
                self._questions_list = bool(_QUESTIONS_LIST.match(s.text.strip()))
                self._task_due = self._heading_due(s.text)
                continue
            masked = _mask_quotes(s.text)
            if motion and _MOTION_END.search(masked):
                motion = False
            moved, motion = motion, motion or bool(_MOTION_INTRO.search(masked.strip()))
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
                # "Nr 7 klart – …" / "Nr 8 – oförändrat …": each numbered row is its own
                or (s.para_start and ex.sentences and bool(LIST_ROW.match(s.text)))
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
                # … and each bullet after bullets is a matter of its own, whatever the
                # bullets before it left unsettled ("· Duschmiljön … Affe hör med
                # Thomas." / "· Lampor som inte fungerar … Johan kollar upp.")
                or (s.para_start and s.bullet and not answer and not is_q
                    and any(x.bullet and x.para_start for x in ex.sentences))
                # a bullet after one whose matter was closed ("- brandfilten: bytt, klart"
                # / "- schemat: Birgitta har skickat ut det, …") is the next matter, even
                # when it tells what someone has done
                or (s.para_start and s.bullet and bool(ex.hits)
                    and all(h.rule.status != "open" for h in ex.hits))
                or (
                    _TOPIC_MARK.match(masked) and ex.sentences
                    # (an answer goes on with the matter above, unless both open a
                    # line with a label of their own: "Biblioteken: … / Lönekartläggning:
                    # Petra redovisar resultatet …")
                    and (not answer or (s.line_start and s.label is None
                                        and _TOPIC_MARK.match(ex.sentences[0].text) is not None))
                    and not _FIELD_SENTENCE.match(masked.strip())
                    and not _same_matter(masked, ex.sentences[-1].text)
                )
            ):
                new = True
            elif (
                not answer and not is_q and any(h.rule.status == "open" for h in ex.hits)
                and _ALSO_TOLD.match(masked.strip()) is not None
            ):
                new = True  # "… ej besvarats. Sektionen konstaterade också att …"
            elif (
                s.para_start and ex.sentences and 0 < len(masked.split()) <= 6 and not is_q
                and not answer and not paragraph_numbered and not s.labelled
                # A short line that refers back ("Frågan står kvar till nästa
                # förvaltningsgrupp." under a bullet, "Utvärderas på nästa möte.") names
                # no matter: it goes on about the one above, when that one is not closed.
                and not (
                    (_ANAPHOR.match(masked.strip()) or _SUBJECTLESS.match(masked.strip()))
                    and all(h.rule.status == "open" for h in ex.hits)
                )
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
            # (… unless matters run on under its title: its phrases are read)
            if is_q or (sec.procedural and not sec.run_on and not task_list):
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
            if self._dates_earlier(masked, ex):
                self._dating.append(" ".join(s.text.split()))
                continue
            if moved:
                continue  # what a member moved, not (yet) decided
            if idx and _WHEN_UNSET.match(masked.strip()) and _NEXT_MEETING_LINE.match(
                    sents[idx - 1].text.strip()):
                continue  # "Nästa möte. Återkommer efter sommaren.": not yet scheduled
            action_field = bool(s.labelled and (s.label or "").lower() in _ACTION_LABELS)
            hit = self._match(s, masked, follow, task_list=task_list,
                              action_field=action_field)
            if hit is not None:
                ex.hits.append(hit)
        self._emit(ex, sec)


#: How long before its signing a meeting dated by a metadata title may lie.
_TITLE_BEFORE_SIGNING = dt.timedelta(days=60)


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
