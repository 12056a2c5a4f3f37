"""Follow-up reports (ILS verksamhetsberättelse, tertialrapport, delårsrapport) →
meeting facts and candidate items.

The layout (goals, activity tables, analyses, indicators) is read by
:mod:`tracker.extract.report_parse`; the language rules (owner, status phrases, titles)
live in :mod:`tracker.extract.report_rules`.  This module turns them into an
:class:`~tracker.domain.Extraction`:

* ``meeting.body`` – the reporting body ("Verksamhetsberättelse … för Kommunstyrelsen",
  "Tertialrapport 2 2023 Idrottsnämnden").
* ``meeting.date`` – the report's date, in this order of preference: the signature line
  "Stockholm den 29 januari 2016" (the date the report was put forward), a labelled date
  ("Datum: 2023-09-12", "Rapportdatum 2023-09-12"), the date of the office's
  tjänsteutlåtande ("tjänsteutlåtande daterat den 22 januari 2016"), an ISO date standing
  alone near the top; failing those, the end of the period its title names (below).
* one ``activity`` item per activity row: ``start``/``due`` from the row's dates,
  ``deviation`` = the Avvikelse cell (an empty cell is *unknown*: ``None``), ``owner`` /
  ``co_owners`` from the activity's wording, ``section`` = the goal the table sits under,
  ``status`` from the row's analysis (or a sentence of the goal's analysis that is about
  this activity): ``open`` when it says the work goes on, is late or has a step left,
  ``done`` when it says it was finished, adopted or established, else ``unclear``; a
  filled Avvikelse cell other than "Nej"/"Ingen" makes the row ``open``.  The deciding
  sentence (or "Avvikelse: …") is the ``evidence``;
* one ``goal_deviation`` item per goal judged "uppfylls delvis/inte";
* one ``indicator_deviation`` item per indicator whose analysis explains a deviation;
* the general follow-up shapes of other organisations' reports
  (:mod:`tracker.extract.report_followup`): status lines under body headings, uppdrag
  tables with a status or a comment, labelled status pages, internal controls, yes/no
  key figures, and — where the ILS layout found nothing — running text with work going
  on.  A title naming a whole kommun or region makes its styrelse the body; a report by
  a supervisor or the auditors (``[issuers]`` in ``followup.toml``) has them as its body
  and gives the work found to the organisation it follows up; a report naming no body
  takes the one all its items name, else the organisation it is about.  Failing all
  dates above, the end of the period the report's title sentence names (or a tertial
  named with its year near the top) is the report's date.
"""

from __future__ import annotations

import re

from tracker.domain import (
    Candidate,
    Document,
    DocumentInfo,
    Extraction,
    ExtractWarning,
    Meeting,
)
from tracker.extract.answer_requests import answer_requests
from tracker.extract.followup_advice import (
    answers_audit,
    improvement_areas,
    not_acted,
    recommendations,
    remaining_shortcomings,
)
from tracker.extract.followup_lines import status_of
from tracker.extract.followup_register import REGISTER_REASON_DONE, REGISTER_REASON_OPEN
from tracker.extract.followup_sentences import activity_title
from tracker.extract.host_wrapper import without_host_wrapper
from tracker.extract.report_date import report_date, report_period
from tracker.extract.report_facts import (
    answering_organisation,
    assembly_named,
    audited_body,
    goals_owner,
    labelled_body,
    organisation_in,
    report_body,
    report_issuer,
    whole_report_owner,
)
from tracker.extract.report_followup import read_followup
from tracker.extract.report_layout import Goal, Indicator, ReportLayout, Row
from tracker.extract.report_parse import parse_layout
from tracker.extract.report_rules import (
    best_goal_sentence,
    deviation_is_none,
    judge_text,
    normalise_body,
    owners,
    place_words,
    sentences,
    short_title,
)

# --- items ---------------------------------------------------------------------------------

#: The sentence that explains a deviation ("Avvikelsen beror på …"), preferred as evidence.
_DEVIATION_CAUSE = re.compile(r"\bavvikelsen?\s+(?:beror|förklaras|kan förklaras)\b", re.I)
#: Any sentence that says an indicator missed its target.
_DEVIATION_EXPLAINED = re.compile(
    r"\bavvikelsen?\s+(?:beror|förklaras|är|kan förklaras)|\bberor\s+på\s+att\b.*\b(?:lägre|högre|"
    r"inte|färre|fler)\b|\b(?:lägre|högre) än (?:års)?målet\b|\bmålet (?:har )?(?:inte|ej) "
    r"(?:nåtts|uppnåtts)\b"
    # "Målvärdet nåddes inte", "Målnivån uppnås ej"
    r"|\bmål(?:et|värdet|nivån|talet)\s+(?:nåddes|uppnåddes|nås|uppnås|uppfylldes)\s+"
    r"(?:inte|ej)\b",
    re.IGNORECASE,
)


def _section(goal: Goal | None) -> str | None:
    return goal.text if goal is not None and goal.text else None


def _activity(row: Row, body: str | None, place: frozenset[str] = frozenset()) -> Candidate:
    text = row.text
    owner, co = owners(text, body)
    deviation = row.deviation.strip() or None
    verdict = None
    for analysis in row.analysis:
        verdict = judge_text(analysis)
        if verdict:
            break
    confidence = 0.8
    if verdict is None and row.goal is not None:
        # Analysis standing before the table, under the goal: a sentence about this
        # activity decides (shared content words).
        for goal in (row.goal, row.goal.parent):
            if goal is None:
                continue
            for analysis in goal.analysis:
                verdict = best_goal_sentence(text, analysis, place)
                if verdict:
                    confidence = 0.6
                    break
            if verdict:
                break
    status, evidence = ("unclear", None) if verdict is None else (verdict.status, verdict.evidence)
    cell = status_of(deviation) if deviation else None
    if cell is not None and cell[0] == "done" and status != "open":
        # A status column in the Avvikelse place ("Aktivitet | Start | Slut | Status")
        # that says the activity is finished.
        status, evidence = "done", f"Status: {deviation}"
    elif deviation and not deviation_is_none(deviation) and status != "open":
        # A filled Avvikelse cell is the report's own word that something is off.
        status, evidence = "open", f"Avvikelse: {deviation}"
    if status == "unclear":
        confidence = 0.4
    return Candidate(
        # The activity's name: "Kommunstyrelsen ska i samråd med … ta fram X" → "Ta fram
        # X" (the owner column says who).
        title=activity_title(text),
        text=text,
        kind="activity",
        status=status,
        owner=owner,
        co_owners=co,
        due=row.end,
        due_text=row.end_text,
        due_precision="day" if row.end else None,
        start=row.start,
        deviation=deviation,
        section=_section(row.goal),
        page=row.page,
        line=row.line,
        evidence=evidence,
        confidence=confidence,
        reasons=["aktivitetstabell: rad med start- och slutdatum"]
        + ([f"analys: {evidence}"[:160]] if evidence else [])
        + ([f"avvikelse: {deviation}"[:160]] if deviation else []),
    )


def _goal_item(goal: Goal, body: str | None) -> Candidate:
    label = "Nämndmål" if goal.kind == "namnd" else "KF:s mål"
    judgement = goal.judgement_text or f"Årsmålet uppfylls {goal.judgement}"
    analysis = " ".join(goal.analysis)
    first = sentences(analysis)
    text = f"{label}: {goal.text}. {judgement}." + (f" {' '.join(first[:3])}" if first else "")
    return Candidate(
        title=short_title(f"{judgement}: {goal.text}"),
        text=text,
        kind="goal_deviation",
        status="open",
        owner=body,
        deviation=judgement,
        section=goal.parent.text if goal.parent is not None else goal.text,
        page=goal.page,
        line=goal.line,
        evidence=judgement,
        confidence=0.9,
        reasons=[f"mål: {judgement}"],
    )


def _indicator_item(ind: Indicator, body: str | None) -> Candidate | None:
    sents = sentences(ind.analysis)
    hit = next((s for s in sents if _DEVIATION_CAUSE.search(s)), None) or next(
        (s for s in sents if _DEVIATION_EXPLAINED.search(s)), None
    )
    if hit is None:
        return None
    # The explanation ends where the next indicator's cells begin in plain text; keep
    # the sentences up to and including the one that explains the deviation.
    upto = sents[: sents.index(hit) + 1]
    return Candidate(
        title=short_title(f"Avvikelse: {ind.name}") if ind.name else short_title(hit),
        text=f"{ind.name}. {' '.join(upto)}" if ind.name else " ".join(upto),
        kind="indicator_deviation",
        status="open",
        owner=body,
        deviation=hit,
        section=_section(ind.goal),
        page=ind.page,
        line=ind.line,
        evidence=hit,
        confidence=0.7,
        reasons=["indikator: analysen förklarar en avvikelse"],
    )


#: How a kommun's or a region's own text names it and its assembly, by the word that
#: tells which kind of organisation it is (``organisation_owner`` in ``followup.toml``).
_OWN_ORGANISATION = re.compile(
    r"(?<![\wåäö-])(?P<kind>kommun|region)(?:en|ens|fullmäktige|fullmäktiges)(?![\wåäö])",
    re.IGNORECASE,
)


def _own_organisation_kind(doc: Document) -> str | None:
    """The styrelse of the one kind of organisation (kommun or region) the text speaks
    of as its own ("kommunen", "kommunfullmäktige"), when it speaks of no other kind."""
    from tracker.extract.report_followup import organisation_owner

    kinds = {
        m.group("kind").lower() for ln in doc.lines for m in _OWN_ORGANISATION.finditer(ln.text)
    }
    return organisation_owner(kinds.pop()) if len(kinds) == 1 else None


#: How many lines from the top an organisation's word for itself is looked for.
_SELF_LINES = 12


def _self_named(doc: Document) -> str | None:
    """The word an organisation names itself by as a sentence's subject near the top of
    its report ("Förbundet har …"; ``[bodies] self_nouns``), capitalised; only when the
    top names one such word."""
    from tracker.extract.followup_words import _alt, followup_data

    nouns = followup_data()["bodies"].get("self_nouns", [])
    if not nouns:
        return None
    subject = re.compile(
        rf"(?:^|[.!?]\s+)[\"”'«»]?(?P<noun>{_alt(nouns)})\s+(?:har|ska|skall|är|kommer|"
        r"bedömer|redovisar|arbetar|har\s+under)(?![\wåäö])",
        re.IGNORECASE,
    )
    found = {
        m.group("noun").lower()
        for ln in doc.lines[:_SELF_LINES]
        for m in subject.finditer(ln.text.strip())
    }
    if len(found) != 1:
        return None
    word = found.pop()
    return word[:1].upper() + word[1:]


def items_from_layout(
    layout: ReportLayout, body: str | None, place: frozenset[str] = frozenset()
) -> list[Candidate]:
    """Candidates in document order: activities, goal and indicator deviations.
    ``place``: the report's own place-name words, no evidence that a sentence is about
    an activity (:func:`~tracker.extract.report_rules.place_words`)."""
    found: list[tuple[int, int, Candidate]] = []
    for row in layout.rows:
        found.append((row.page, row.line, _activity(row, body, place)))
    for goal in layout.goals:
        if goal.judgement in ("delvis", "inte"):
            found.append((goal.page, goal.line, _goal_item(goal, body)))
    for ind in layout.indicators:
        item = _indicator_item(ind, body)
        if item is not None:
            found.append((ind.page, ind.line, item))
    found.sort(key=lambda t: (t[0], t[1]))
    return [c for _p, _l, c in found]


def extract_report(doc: Document, info: DocumentInfo) -> Extraction:
    """Read a follow-up report (see the module docstring)."""
    # A document host's wrapper ("Loading.... (view fulltext now)", "Copied!") stands
    # where the title is looked for and may read as entries: the report is the rest.
    doc = without_host_wrapper(doc)
    layout = parse_layout(doc.lines)
    # A field naming who answers for the whole report is the surest word on its body.
    labelled = labelled_body(doc)
    issuer = None if labelled else report_issuer(doc)
    # A supervisor's or the auditors' report: they are its body, and the work they find
    # is the organisation's they follow up, not theirs.
    body = labelled or issuer or report_body(doc) or whole_report_owner(doc)
    # A follow-up of the goals fullmäktige set, naming no body: the styrelse reports.
    goals = None if body else goals_owner(doc)
    body = body or goals
    # A report is known by the period its title names; the day it was written (when the
    # text gives it) dates what it reports, the reference of its dates without a year.
    date = report_date(doc)
    organisation = organisation_in(doc)
    meeting = Meeting(body=body, organisation=organisation, date=report_period(doc) or date)
    place = place_words(organisation or organisation_in(doc, len(doc.lines)))
    items = items_from_layout(layout, body, place)
    # The general follow-up shapes (status lines, uppdrag tables, labelled pages, running
    # text); running text only where the ILS layout found nothing.
    ils = bool(layout.rows or layout.goals or layout.indicators)
    owner_body = None if issuer else body
    followup = read_followup(doc.lines, owner_body, date, ils=ils)
    answering = None
    if owner_body is None:
        # An audit of one body ("Granskning av interna kontrollen Styrelsen för X"): the
        # body audited owes the work, else the organisation the report is about.
        answering = (audited_body(doc) if issuer else None) or answering_organisation(doc)
    if answering is not None and answering != issuer:
        # No body of its own answers: the organisation the report is about does.
        for it in followup.items:
            if it.owner is None:
                it.owner = answering
                it.reasons.append(f"ansvarig: organisationen rapporten gäller ({answering})")
    if body is None:
        # Nothing names the reporting body: the one every item names as its owner (each
        # uppdrag marked "(KS)"), else the organisation the report is about.
        owners = [it.owner for it in followup.items if it.status == "open"]
        if len(owners) >= 2 and len(set(owners)) == 1 and owners[0] is not None:
            body = owners[0]
        elif answering is not None:
            body = answering
        elif (whole := _own_organisation_kind(doc)) is not None:
            # A kommun's or a region's own follow-up that names neither it nor a body
            # ("… som kommunfullmäktige vill uppnå", "kommunen"): its styrelse answers.
            body = whole
            for it in followup.items:
                if it.owner is None and it.status == "open":
                    it.owner = whole
                    it.reasons.append(f"ansvarig: styrelsen för hela organisationen ({whole})")
        elif (itself := _self_named(doc)) is not None:
            # "Förbundet har under året …": the organisation speaks of itself by its kind.
            body = itself
            for it in followup.items:
                if it.owner is None and it.status == "open":
                    it.owner = itself
                    it.reasons.append(f"ansvarig: organisationen som rapporterar ({itself})")
        meeting.body = body
    items += followup.items
    if issuer is None and any(
        it.reasons[:1] == [REGISTER_REASON_OPEN] or it.reasons[:1] == [REGISTER_REASON_DONE]
        for it in followup.items
    ):
        # A register of motions or medborgarförslag: they are raised in fullmäktige,
        # which the page names as the assembly that treats them.
        assembly = assembly_named(doc)
        if assembly is not None and goals is None:
            meeting.body = assembly
    # The auditors' recommendations (in their report) and a supervisor's shortcomings
    # that remain: work the audited organisation owes.
    # A covering letter's request for an answer: each body addressed owes it.  It tells
    # the request better than a prose reading of the same sentence (whose owner is the
    # organisation, not the addressee), which gives way.
    asked = answer_requests(doc.lines, date)
    if asked:
        said = [it.evidence or it.text for it in asked]
        items = [it for it in items
                 if not any((it.evidence or it.text)[:60] in s for s in said)]
        items += asked
    told = {it.text for it in followup.items} | {it.text for it in asked}
    owed = (
        remaining_shortcomings(doc.lines)
        + not_acted(doc.lines)
        + improvement_areas(doc.lines, date)
    )
    if issuer is not None or answers_audit(doc.lines):
        # (a body's answer to the auditors quotes their recommendations: its own work)
        owed = recommendations(doc.lines) + owed
    read = {it.text: it for it in followup.items}
    for it in owed:
        if it.text in read and issuer is not None and read[it.text] in items:
            # The auditors' recommendation tells the sentence better than a reading of
            # it as running text (its addressee, its work named by the verb).
            items.remove(read[it.text])
        elif it.text in told:
            continue
        if it.owner is None and (owner_body or answering) is not None:
            it.owner = owner_body or answering
            it.reasons.append(f"ansvarig: {it.owner}")
        items.append(it)
    warnings: list[ExtractWarning] = []
    if body is None:
        warnings.append(
            ExtractWarning(
                "Rapportens nämnd eller styrelse hittades inte; aktiviteter utan angiven "
                "ansvarig saknar därför ansvarig."
            )
        )
    if layout.tables == 0 and not items:
        warnings.append(
            ExtractWarning(
                "Inga aktivitetstabeller (Aktivitet | Startdatum | Slutdatum | Avvikelse) "
                "hittades i rapporten."
            )
        )
    for row in layout.rows:
        if row.end is None:
            warnings.append(
                ExtractWarning(
                    "Aktiviteten saknar läsbart slutdatum.",
                    page=row.page,
                    line=row.line,
                    text=row.text[:200],
                )
            )
        if not row.text:
            warnings.append(
                ExtractWarning(
                    "En tabellrad med datum saknar aktivitetstext.", page=row.page, line=row.line
                )
            )
    return Extraction(document=info, meeting=meeting, items=items, warnings=warnings)


__all__ = [
    "answering_organisation",
    "audited_body",
    "extract_report",
    "items_from_layout",
    "normalise_body",
    "report_body",
    "report_date",
    "report_issuer",
]
