"""Follow-up structure in general: the shapes that follow-up reports from many
organisations share, beside the ILS activity table (:mod:`tracker.extract.report_parse`).

A follow-up names who is responsible (a heading: a nämnd, styrelse, förvaltning, enhet,
bolag) and then lists entries — lines, bullets, table rows or paragraphs — each an
assignment or activity with a status given by a word, a column, a colour or its comment:

* **status lines** — "Revidera lokalplanen PÅGÅENDE", a row whose cell is a status value;
* **uppdrag tables** — a header "Uppdrag … Kommentar" (or "Status | Aktiviteter |
  Kommentar"), then per entry its text, a status line ("Inga data", "Grön", "Pågår") and
  a comment; without a status the comment decides, and an uppdrag whose comment does not
  say it is finished is still open;
* **labelled pages** — "Åtgärdsstatus: Genomförs kontinuerligt", "Status: Tillståndet är
  dåligt" with "Senaste värdet" / "Målvärde" (an indicator off target), "Ansvarig
  organisation: …";
* **lists under a status heading** — "Pågående arbeten", "Sammanfattning av kvarstående
  brister", "Åtgärdade rekommendationer": bullets and numbered points take the heading's
  status, a lead paragraph may date them all ("Senaste datum för redovisning …");
* **running text** — "viktiga händelser" under unit headings: a sentence that says work
  goes on ("pågår", "fortsätter", "avvaktar", "började byggas upp", "första året av
  tre"), a matter planned for a month ("Svar på motionen behandlas preliminärt av
  kommunstyrelsen i maj"), a recommendation judged not yet put right, a goal judged
  partly met, measures that name their owner once ("Ansvarig för genomförandet är …"),
  an enumeration that spreads one status over several owners ("För X handlar det om A,
  för Y om B och C"); a duty that recurs is a standing rule, no item.

An entry may name its owner in parentheses ("(KS)"), a status may open or close its line
("Pågår: …", "… (klar)") or say when ("Planeras behandlas i KF i juni"), a comment may
forecast ("bedöms bli genomfört under året"), and a table's header may be printed one
column name a line.

The vocabulary (status words, colours, labels, table words, body nouns, prose cues) is
data: ``resources/extract/followup.toml``.  Each candidate carries ``reasons`` in Swedish
naming the structure and the status word that made it.

This module holds the reader's driver, its candidates, the yes/no key figures and the
shape count used to tell a report from minutes; beside it, the words
(:mod:`tracker.extract.followup_words`), what a line says and what a sentence names
(:mod:`tracker.extract.followup_lines`, :mod:`tracker.extract.followup_sentences`), the
entries and the shapes they are recognised by (:mod:`tracker.extract.followup_entries`),
and the reader's mixins for structured shapes, the lists under status headings, labelled
pages and running text
(:mod:`tracker.extract.followup_structured`, :mod:`tracker.extract.followup_lists`,
:mod:`tracker.extract.followup_labelled`, :mod:`tracker.extract.followup_prose`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tracker.domain import Candidate, Line
from tracker.extract.dates import due_fields, is_cued
from tracker.extract.followup_columns import column_header, column_rows
from tracker.extract.followup_entries import (
    _ACTION_HEAD,
    _DUE_WORDS,
    Entry,
    _is_table_header,
    comment_verdict,
)
from tracker.extract.followup_labelled import _LabelledMixin
from tracker.extract.followup_lines import _BULLET, _clean
from tracker.extract.followup_owners import (
    abbreviation_note,
    agent_in,
    body_initials,
    owner_note,
    owner_tail,
)
from tracker.extract.followup_prose import _ProseMixin
from tracker.extract.followup_register import register_rows
from tracker.extract.followup_sentences import _MODAL, activity_title, due_in, work_name
from tracker.extract.followup_structured import _StructuredMixin
from tracker.extract.followup_targets import target_outcomes
from tracker.extract.followup_words import followup_data, glued_status, vocabulary
from tracker.extract.report_rules import find_bodies, sentences, short_title
from tracker.extract.status_rows import status_register_items
from tracker.language.date_period import Period

# --- the reader -----------------------------------------------------------------------------


@dataclass(slots=True)
class FollowUp:
    items: list[Candidate] = field(default_factory=list)
    structured: bool = False


class _Reader(_StructuredMixin, _LabelledMixin, _ProseMixin):
    """One reading of a follow-up: the entries of its structured shapes, labelled pages
    or running text (the mixins), then the candidates."""

    def __init__(
        self, lines: list[Line], report_body: str | None, ref: dt.date | None, skip_cells: bool
    ) -> None:
        self.skip_cells = skip_cells
        self.lines = [ln for ln in lines if ln.text.strip()]
        self.body = report_body
        self.ref = ref
        self.voc = vocabulary()
        self.entries: list[Entry] = []
        self.indicators: list[Candidate] = []
        self.list_heads: set[str] = set()
        self._unowned: list[Candidate] = []
        self._last_sentence: str | None = None
        self._initials_map: dict[str, str] | None = None

    # -- candidates --

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for e in self.entries:
            if not e.comments and e.status is None and self.voc.list_heading.match(e.text):
                # "Nämndens uppdrag" over the next rows: the heading of a list, no entry.
                continue
            item = self._entry_candidate(e)
            out += (self._remaining_steps(e, item) if item.status == "open" else []) or [item]
            if item.status == "done":
                out += self._step_after_done(e, item)
        return out + self.indicators

    def _step_after_done(self, e: Entry, item: Candidate) -> list[Candidate]:
        """A finished uppdrag whose comment names a step still to come at a time after
        the report ("Förbättringsförslag har tagits fram och dessa ska presenteras för
        förvaltningsledningen tertial 1 2023"): that step is open work of the same owner.
        (The uppdrag is named in the reasons, not as the step's section: the step is not
        the finished uppdrag.)"""
        if self.ref is None:
            return []
        out = []
        for s in sentences(" ".join(e.comments)):
            cue = _STEP_AHEAD.search(s)
            period = due_in(s, self.ref) if cue else None
            if cue is None or period is None or period.end is None or period.end <= self.ref:
                continue
            out.append(
                Candidate(
                    title=short_title(s), text=s, kind="activity", status="open",
                    owner=item.owner, **due_fields(period), page=item.page, line=item.line,
                    evidence=s, confidence=item.confidence,
                    reasons=[f"återstående steg efter ett genomfört uppdrag: {item.title[:80]}",
                             *(r for r in item.reasons if r.startswith("ansvarig"))],
                )
            )
        return out

    def _remaining_steps(self, e: Entry, item: Candidate) -> list[Candidate]:
        """An open uppdrag whose comment names two or more dated steps still to come
        ("Implementeringen kommer att pågå under 2025. En utbildning ska genomföras under
        2025."): the steps are what is left, each an item with its own due, the uppdrag
        their section."""
        if e.status == "done" or not e.comments:
            return []
        steps: list[tuple[str, str, Period]] = []
        for s in sentences(" ".join(e.comments)):
            cue = _STEP_AHEAD.search(s)
            period = due_in(s, self.ref) if cue else None
            if cue is None or period is None or period.end is None:
                continue
            if self.ref is not None and period.end <= self.ref:
                continue
            name = s[: cue.start()].strip(" ,")
            if len(name.split()) < 2:
                continue
            steps.append((s, name, period))
        if len(steps) < 2:
            return []
        return [
            Candidate(
                title=short_title(name[:1].upper() + name[1:]),
                text=s,
                kind="activity",
                status="open",
                owner=item.owner,
                **due_fields(period),
                section=item.title,
                page=item.page,
                line=item.line,
                evidence=s,
                confidence=item.confidence,
                reasons=[*item.reasons[:1], f"återstående steg ur kommentaren: {s[:120]}",
                         *(r for r in item.reasons if r.startswith("ansvarig"))],
            )
            for s, name, period in steps
        ]

    def _initials(self) -> dict[str, str]:
        """The bodies the document names, by their initials ("KFN" → "Kultur- och
        fritidsnämnden"); an abbreviation two bodies share resolves to neither."""
        if self._initials_map is None:
            found: dict[str, set[str]] = {}
            for ln in self.lines:
                for _pos, name in find_bodies(ln.text):
                    found.setdefault(body_initials(name), set()).add(name)
            self._initials_map = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
        return self._initials_map

    def _entry_candidate(self, e: Entry) -> Candidate:
        reasons = [e.structure]
        judged_goal = e.status == "colour" and bool(_NAMES_A_GOAL.match(e.text))
        if e.status in ("open", "done", "colour"):
            status = "done" if e.status == "done" else "open"
            evidence = f"Status: {e.status_text}"
            if judged_goal and _GREEN.fullmatch((e.status_text or "").strip(" .").lower()):
                # A goal's colour judges the goal: green is a goal met, no work left.
                status = "done"
                reasons.append(f"färg: {e.status_text} (målet nås)")
            elif judged_goal:
                reasons.append(f"färg: {e.status_text} (målet nås inte)")
            elif e.status == "colour":
                reasons.append(f"färg: {e.status_text} (arbetet pågår, inte slutfört)")
            else:
                reasons.append(f"statusord: {e.status_text}")
        else:
            status, evidence = comment_verdict(e.comments, control=e.control, entry=e.text)
            if evidence:
                reasons.append(f"kommentar: {evidence[:120]}")
            else:
                reasons.append("kommentaren säger inte att uppdraget är slutfört")
                first = sentences(" ".join(e.comments))
                evidence = first[0] if first else None
        subject = None
        m = _MODAL.match(e.text)
        if m:
            found = find_bodies(m.group("subject"))
            if found and found[0][0] == 0:
                subject = found[0][1]
        if subject is None and not e.owner and status == "open" and e.status_text:
            # "Planeras behandlas i KF i juni": the body that deals with it.
            subject = agent_in(e.status_text)
        note = owner_note(e.text) or owner_tail(e.text)
        if note is None and (abbr := abbreviation_note(e.text)) is not None:
            # "Utred en ny simhall (KFN)": an abbreviation only this organisation uses;
            # the body of the document whose initials it is, else the abbreviation.
            named = self._initials().get(abbr[1])
            note = (abbr[0], named or abbr[1])
            if named:
                reasons.append(f"förkortningen {abbr[1]} = {named} (initialer i dokumentet)")
        if note is not None and subject is None:
            # "Implementera e-arkiv (KS)": the entry names its owner.
            subject = note[1]
            reasons.append(f"ansvarig inom parentes: {note[1]}")
        owner = subject or e.owner or self.body
        if owner == e.owner and e.owner:
            where = "kolumnen" if e.end is not None or "cell per rad" in e.structure else "rubrik"
            reasons.append(f"ansvarig från {where}: {e.owner}")
        due = due_in(e.text, self.ref)
        if due is None and e.end is not None:
            due = e.end
            reasons.append(f"slutdatum ur kolumnen: {e.end.text}")
        if due is None and status == "open" and e.status_text:
            # "Planeras behandlas i KF i juni 2025": a status that says when.
            due = due_in(e.status_text, self.ref)
            if due is not None:
                reasons.append(f"slutdatum ur status: {due.text}")
        if due is None and status == "open" and e.comments:
            # "… beräknas vara klart i juni 2025", "nytt slutdatum senast 30 sep": a due
            # the comment sets for the work, not any date it tells.
            said = " ".join(e.comments)
            later = due_in(said, self.ref)
            if later is not None and (
                is_cued(later) or _DUE_WORDS.search(said[max(0, later.pos - 40) : later.pos])
            ):
                due = later
                reasons.append(f"slutdatum ur kommentaren: {later.text}")
        # The item is the entry; of its comment only the deciding sentence (evidence)
        # goes with it: the rest tells steps, background and causes, not the item.
        text = e.text
        # A status that judges a goal ("Målet har delvis uppnåtts", "Målet nås inte"):
        # the entry is a goal off target, not a piece of work.
        goal = status == "open" and (judged_goal or bool(
            e.status_text and (re.match(r"(?:mål|målet|målen)\b", e.status_text, re.I)
                               # a verdict in the words of reaching a goal, the goal
                               # unnamed: "Bedömning: Delvis uppfyllt", "Ej uppnått"
                               or _GOAL_VERDICT.match(e.status_text.strip())
                               # "Det blir svårt att nå delmålet"
                               or self.voc.goal_miss.search(e.status_text))
        ))
        title = activity_title(note[0] if note is not None else e.text)
        if e.structure.startswith("punkt under rubriken"):
            # A bullet under "Pågående arbeten" says its state in words too: the work's
            # name is what the sentence is about.
            title = work_name(e.text) or title
        return Candidate(
            title=title,
            text=text,
            kind="goal_deviation" if goal else "activity",
            status=status,
            owner=owner,
            # (a goal's verdict is its deviation, shown in the review)
            deviation=e.status_text if goal and e.status_text else None,
            **due_fields(due),
            page=e.line.page,
            line=e.line.line,
            evidence=evidence,
            confidence=0.7 if e.status else 0.5,
            reasons=reasons,
        )


#: A status that is a verdict on a goal not reached, in the words of reaching one
#: (``[prose] goal_reach``): "Delvis uppfyllt", "Ej uppnått", "Inte nått".
_GOAL_VERDICT = re.compile(
    r"(?:delvis|ej|inte|icke)\s+(?:"
    + "|".join(map(re.escape, sorted(followup_data()["prose"]["goal_reach"], key=len,
                                     reverse=True)))
    + r")\b\.?$",
    re.IGNORECASE,
)
#: An entry that names a goal ("Mål 1: Fler elever ska …", "Nämndmål 3 …"): a colour
#: beside it judges the goal, not work under way.
_NAMES_A_GOAL = re.compile(
    r"^(?:[\wåäö-]*mål|målet|delmål)(?:\s+[\w.]*\d[\w.]*)?\s*[:.–-]?\s", re.IGNORECASE
)
#: The colour of a goal met.
_GREEN = re.compile(r"grön|grönt|gröna")


#: Where a comment's sentence says its step is still to come: "… kommer att pågå under
#: 2025", "… ska genomföras under 2025", "… planeras till hösten 2025".
_STEP_AHEAD = re.compile(
    r"\s(?:kommer\s+att|ska|skall|planeras)\s+(?:\w+\s+){0,2}?(?:\w+as|pågå|fortsätta|"
    r"genomföra|göras|ske|till|att)\b",
    re.IGNORECASE,
)


#: A yes/no key figure: "Balanskravet uppfylls? Nej", "God ekonomisk hushållning uppnås? Ja".
_YESNO_Q = re.compile(
    r"(?P<verb>uppfylls|uppnås|nås|uppfyllt|uppnått|klaras|hålls|följs)\s*\?", re.IGNORECASE
)
_YESNO_A = re.compile(r"(?<![\wåäö])(JA|NEJ|Ja|Nej)(?![\wåäö])")
_CAPITAL_WORD = re.compile(r"(?<![\wåäö-])[A-ZÅÄÖ][a-zåäö][\wåäö-]*")


def key_figures(lines: list[Line], body: str | None) -> list[Candidate]:
    """Yes/no key figures answered "nej": a target the report says is missed.  The
    questions may stand each with its answer ("Balanskravet uppfylls? Nej") or, where a
    box of figures was flattened, all questions first and then all answers in order."""
    out: list[Candidate] = []
    for ln in lines:
        t = ln.text
        qs = list(_YESNO_Q.finditer(t))
        if not qs:
            continue
        # Answers after the last question, with at most figures between them.
        tail = t[qs[-1].end() : qs[-1].end() + 60]
        answers = []
        for m in _YESNO_A.finditer(tail):
            if re.search(r"[A-Za-zåäöÅÄÖ]{3,}", tail[: m.start()].replace("JA", "").replace(
                "NEJ", ""
            ).replace("Ja", "").replace("Nej", "")):
                break
            answers.append(m)
        groups: list[tuple[int, str, str, str]] = []  # (question index, label, verb, answer)
        if len(qs) > 1 and len(answers) == len(qs):
            # The run of label words before the first question: the k-th capitalised word
            # starts the k-th label.
            run_start = max(t.rfind(".", 0, qs[0].start()), t.rfind("?", 0, qs[0].start()))
            run = t[run_start + 1 : qs[0].start()]
            # The last capitalised words of the run start the labels, in order (what
            # precedes them is a heading or another figure).
            caps = list(_CAPITAL_WORD.finditer(run))[-len(qs) :]
            for k, (q, a) in enumerate(zip(qs, answers, strict=True)):
                label = caps[k].group(0) if k < len(caps) else ""
                groups.append((k, label, q.group("verb"), a.group(1)))
            first = caps[0].start() if caps else 0
            snippet = (run[first:].strip() + " " + t[qs[0].start() : qs[-1].end()] + " "
                       + tail[: answers[-1].end()]).strip()
        else:
            snippet = ""
            for k, q in enumerate(qs):
                m = _YESNO_A.match(t[q.end() :].lstrip())
                if not m:
                    continue
                start = max(t.rfind(".", 0, q.start()), t.rfind("?", 0, q.start()), -1) + 1
                label = t[start : q.start()].strip()
                groups.append((k, label, q.group("verb"), m.group(1)))
        for _k, label, verb, answer in groups:
            if answer.lower() != "nej":
                continue
            text = f"{label} {verb}? {answer}"
            out.append(
                Candidate(
                    title=short_title(f"{label} {verb.lower()}: nej".strip()[:1].upper()
                                      + f"{label} {verb.lower()}: nej".strip()[1:]),
                    text=re.sub(r"\s+", " ", text),
                    kind="goal_deviation",
                    status="open",
                    owner=body,
                    deviation=f"{verb}? {answer}",
                    page=ln.page,
                    line=ln.line,
                    evidence=re.sub(r"\s+", " ", text)[:200],
                    confidence=0.5,
                    reasons=[f"nyckeltal med ja/nej-svar: {label} {verb}? {answer}".strip()]
                    + ([f"frågor och svar i följd (utplattad ruta): {snippet}"[:200]]
                       if snippet else []),
                )
            )
    return out


def _dedupe(items: list[Candidate]) -> list[Candidate]:
    """Each item once: the same title and owner, or a sentence of running text said
    again at more length (a web page's lead repeated in its body: "Arbete pågår med att
    införa X." and "Arbete pågår med att införa X för att öka …"), the first kept."""
    seen: set[tuple[str, str | None]] = set()
    said: list[str] = []
    out = []
    for it in items:
        key = (it.title.casefold(), it.owner)
        prose = it.reasons[:1] == ["löptext i uppföljning: arbete som pågår"]
        # (its own sentence: a sentence about the one before has that one in its text)
        own = it.evidence if it.evidence and it.evidence in it.text else ""
        text = re.sub(r"\s+", " ", own).strip(" .").casefold() if prose else ""
        if key in seen or (
            len(text.split()) >= 8
            # (one sentence may give several items by design: "… arbetet med A, B och C")
            and any(t != text and (t.startswith(text) or text.startswith(t)) for t in said)
        ):
            continue
        seen.add(key)
        if len(text.split()) >= 8:
            said.append(text)
        out.append(it)
    return out


def read_followup(
    lines: list[Line], report_body: str | None, ref: dt.date | None, *, ils: bool = False
) -> FollowUp:
    """Entries of the general follow-up shapes (see the module docstring).  Running text
    is read only when no structured entry was found; with an ILS layout (``ils``) neither
    running text nor table rows are read here (report_parse reads those)."""
    prose = not ils
    # A register of proposals with a decision column: its rows are read apart.
    register, taken = register_rows(lines)
    if taken:
        lines = [ln for ln in lines if id(ln) not in taken]
    # A status register (matters or goals with a status each): read apart too.
    statuses, taken = status_register_items(lines, report_body, ref)
    register += statuses
    if taken:
        lines = [ln for ln in lines if id(ln) not in taken]
    r = _Reader(lines, report_body, ref, skip_cells=ils)
    # Tables printed one cell a line are read first; their lines are theirs alone.
    columns = column_rows(r.lines, ref)
    if columns.entries:
        r.lines = [ln for ln in r.lines if id(ln) not in columns.used]
    r.structured()
    r.entries = columns.entries + r.entries
    if not r.entries:
        r.labelled()
    # (a register is the page's content: the text around it tells the process)
    items = register + r.candidates()
    structured = bool(items)
    if not items and prose:
        items = r.prose()
    elif prose and r.entries:
        # Running text before the structured entries (a delårsrapport's "viktiga
        # händelser" before its table of uppdrag) is read too; what stands among and
        # after them is their comments.
        first = min((e.line.page, e.line.line) for e in r.entries)
        items += [it for it in r.prose() if (it.page or 0, it.line or 0) < first]
    items += key_figures(r.lines, report_body)
    if not ils:
        # Indicators told by a target and an outcome in figures, no status word: the
        # lines another item was read from are theirs.
        at = {(it.page, it.line) for it in items}
        taken = {k for k, ln in enumerate(r.lines) if (ln.page, ln.line) in at}
        items += target_outcomes(r.lines, report_body, taken)
    return FollowUp(items=_dedupe(items), structured=structured)


def followup_shapes(lines: list[Line], *, strong: bool = False) -> int:
    """How many follow-up shapes a document shows (status lines in capitals, uppdrag
    table headers, labelled status fields with values or an owner), for document-kind
    detection; ``strong``: only the first two, which minutes do not have (minutes may
    keep their balance list as labelled fields)."""
    voc = vocabulary()
    count = 0
    for ln in lines[:2000]:
        t = _clean(ln.text)
        if not t or len(t) > 300 or "|" in t or ln.cells:
            # Rows of a written table are as common in minutes (Vad | Vem | När) as in
            # reports: they decide nothing here.
            continue
        m = voc.trailing.match(t)
        shapes = (
            bool(m and _Reader._trailing_ok(m) and m.group("status").isupper()),
            (_is_table_header(t) and len(t.split()) <= 10 and not _ACTION_HEAD.search(t))
            or column_header(t),
            bool(glued_status(t)) and len(t) < 120,
            bool(voc.status_label.match(t)),
            bool(voc.value_label.match(t)) and len(t) < 40,
            bool(voc.owner_label.match(t)) and len(t) < 40 and len(t.split()) <= 3,
            bool(voc.status_heading.fullmatch(t.strip(" .:"))) and not _BULLET.match(ln.text),
            # "Når vi målet?: …", "Målbedömning: …": a goal's verdict on a follow-up page
            bool(voc.goal_verdict_label.match(t)) and len(t) < 200,
        )
        if any(shapes[:3] if strong else shapes):
            count += 1
    return count


def organisation_owner(organisation_word: str) -> str | None:
    """Who answers for a whole organisation's report ("kommun" → "Kommunstyrelsen")."""
    return vocabulary().organisation_owner.get(organisation_word.lower())


__all__ = [
    "FollowUp",
    "followup_shapes",
    "key_figures",
    "organisation_owner",
    "read_followup",
]
