"""A follow-up report's own facts besides its date (that is in
:mod:`tracker.extract.report_date`): its body (the reporting nämnd or styrelse), the
issuer of an audit or supervision report, the body it audits and the organisation that
answers for it.

Read from the title, cover and signature lines and labelled fields.  Used by
:mod:`tracker.extract.report` (the order of preference is in its docstring).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from tracker.domain import Document
from tracker.extract.followup_lines import BODY_FOR, without_recipients
from tracker.extract.followup_words import followup_data, vocabulary
from tracker.extract.meeting_words import alternation
from tracker.extract.report_date import (
    _HEAD_LINES,
    _ISSUER_LINES,
    _LISTED,
    _PERIOD_REPORT,
    _TITLE,
    _report_words,
)
from tracker.extract.report_followup import organisation_owner
from tracker.extract.report_rules import find_bodies

_TITLE_FOR = re.compile(
    r"(?:verksamhetsberättelse|tertialrapport|tertialuppföljning|delårsrapport|"
    r"årsredovisning|verksamhetsuppföljning)[^\n]*?\b(?:för|från)\s+(?P<body>.+)$",
    re.IGNORECASE,
)
#: The organisation a title names: "Xköpings kommun", "Region Y", "Zstads stad".
_WHOLE_ORGANISATION = re.compile(
    r"\b[A-ZÅÄÖ][\w-]+s?\s+(?P<word>kommun|stad)\b|\b(?P<word2>Region)\s+[A-ZÅÄÖ]"
)
#: A line that is an organisation's name alone: "Exby kommun", "Region Exempel".
_ORGANISATION_ALONE = re.compile(
    r"^(?:[A-ZÅÄÖ][\w-]+s?\s+(?:kommun|stad)|Region\s+[A-ZÅÄÖ][\w-]+(?:\s+län)?)$"
)
_ORGANISATION = re.compile(r"\b([A-ZÅÄÖ][\w-]+s (?:stad|kommun)|[A-ZÅÄÖ][\w-]+ kommun)\b")
#: An organisation that answers for a report naming no body of its own: a kommun, a
#: stad, a region, a company ("… AB") or a förbund of several ("Samordningsförbundet",
#: "Räddningstjänstförbundet"); a genitive is read as the name.
_ANSWERING_ORGANISATION = re.compile(
    r"\b(?:[A-ZÅÄÖ][\w-]+s (?:stad|kommun)s?|[A-ZÅÄÖ][\w-]+ [Kk]ommuns?|"
    r"Region [A-ZÅÄÖ][\w-]+?(?=s?\b)|(?:[A-ZÅÄÖ][\w-]+ (?:(?:och|&) )?){1,4}AB|"
    r"[A-ZÅÄÖ][\wåäö-]*förbundets?)(?![\wåäö])"
)


def report_body(doc: Document) -> str | None:
    """The body that reports: named after "… för/från" in the title, else a body
    standing alone near the top, else the body named most often near the top."""
    head = [ln.text.strip() for ln in doc.lines[:_HEAD_LINES]]
    # The ones a decision is sent to or passes through ("Beslutet skickas till" /
    # "Kommunstyrelsen") receive the report, they do not make it.
    head = without_recipients(head)
    for k, t in enumerate(head):
        if not _TITLE.search(t) or _LISTED.match(t):
            # ("• Årsredovisning 2021 för Xköpings kommun": a matter the report lists)
            continue
        # The title may wrap: "Verksamhetsberättelse med bokslut 2015 för" / "Kommunstyrelsen m.m."
        joined = " ".join(head[k : k + 2])
        own = _TITLE_FOR.search(t)
        if own and BODY_FOR.match(own.group("body").strip(" .")):
            # "… för Nämnden för arbetsmarknad och vuxenutbildning"
            return own.group("body").strip(" .")
        m = _TITLE_FOR.search(joined)
        if m:
            bodies = find_bodies(m.group("body"))
            # (the body the title is for, not one further on: "Årsredovisning med bokslut
            # för 2014" names a year, the next line's "… Förvaltning AB" is no reporter)
            if bodies and bodies[0][0] == 0:
                return bodies[0][1]
        # "Delårsrapport april 2019 Xköpings kommun", "Årsredovisning 2024 Region Y": the
        # whole organisation's report, which its styrelse answers for.
        whole = _WHOLE_ORGANISATION.search(t)
        below = head[k + 1] if k + 1 < len(head) else ""
        if whole is None and not find_bodies(t) and _ORGANISATION_ALONE.match(below):
            # The organisation on the title's next line ("Delårsrapport 2023" / "Exby
            # kommun"), as a cover prints it.
            whole = _WHOLE_ORGANISATION.search(below)
        if whole and not find_bodies(t):
            owner = organisation_owner(whole.group("word") or whole.group("word2"))
            if owner:
                return owner
    for k, t in enumerate(head[:_TITLE_LINES]):
        # A follow-up of the whole organisation's assignments over its name ("Uppföljning
        # av kommunfullmäktiges uppdrag 2024" / "Exby kommun"): its styrelse answers.
        below = head[k + 1] if k + 1 < len(head) else ""
        if (
            _PERIOD_REPORT.search(t)
            and not _LISTED.match(t)
            and not find_bodies(t)
            and _ORGANISATION_ALONE.match(below)
            and (whole := _WHOLE_ORGANISATION.search(below))
            and (owner := organisation_owner(whole.group("word") or whole.group("word2")))
        ):
            return owner
    # The body a tjänsteskrivelse proposes a decision to ("Förslag till beslut" /
    # "Vård- och omsorgsnämnden beslutar att godkänna …"): the report is put to it.
    for k, t in enumerate(head):
        m = _PROPOSAL.search(t)
        if m is None:
            continue
        rest = t[m.end() :].strip() or (head[k + 1] if k + 1 < len(head) else "")
        decides = _DECIDES.match(rest)
        if decides:
            name = decides.group("who")
            return name if _ASSEMBLY.match(name) else _heading_body(name)
    # A title opening with a body's genitive and the kind of document: "Socialnämndens
    # uppdragsplan 2024", "Kulturnämndens verksamhetsberättelse" (before a contact
    # block's "Socialkontoret" further down).
    for k, t in enumerate(head):
        m = _OWN_DOCUMENT.match(t)
        if k >= _TITLE_LINES and not (m and _OWN_TITLE_ALONE.match(t[m.end("who") :])):
            # Further down only a line that is the title alone ("Tekniska nämndens
            # delårsrapport 2023" below a web page's menu of bodies), no sentence.
            continue
        if m and (bodies := find_bodies(m.group("who"))) and bodies[0][0] == 0:
            return bodies[0][1]
    # A body standing alone on a line; a nämnd or styrelse before its office
    # ("Utbildningsförvaltningen" heads the page, "Utbildningsnämnden" is the reporter).
    alone = [name for t in head if (name := _heading_body(t))]
    for name in alone:
        if not name.lower().endswith(("förvaltningen", "kontoret")):
            return name
    if alone:
        return alone[0]
    # (not bodies in the plural: "nämnderna", "bolagsstyrelserna" are all of them)
    # (nor an office named in passing, in lower case inside a sentence: "en fråga inom
    # även socialförvaltningen", "deltar i stadsledningsförvaltningens projekt" — another
    # office's work the report mentions, not its reporter)
    counts: Counter[str] = Counter(
        name
        for t in head
        for pos, name in find_bodies(t)
        if not name.endswith("AB") and not name.lower().endswith("rna")
        and not (t[pos : pos + 1].islower()
                 and name.lower().endswith(("förvaltningen", "kontoret")))
    )
    if counts:
        return counts.most_common(1)[0][0]
    return None


#: An assembly is no "nämnd" or "styrelse" to :func:`find_bodies`, but a heading may name
#: it as the part of the organisation a report (an annual report's section) is about.
_ASSEMBLY = re.compile(r"^(?:Kommun|Region|Landstings|Kyrko)fullmäktige$")
#: What may follow a body on its heading line: the organisation it belongs to
#: ("Vård- och omsorgsnämnden Xköpings kommun") or the bodies reported with it
#: ("Kommunfullmäktige och övriga nämnder").
_HEADING_TAIL = re.compile(
    r"^(?:[A-ZÅÄÖ][\w-]+s\s+(?:kommun|stad)|[A-ZÅÄÖ][\w-]+\s+kommun|Region\s+[A-ZÅÄÖ][\w-]+|"
    r"och\s+(?:övriga|andra)\s+nämnder)$"
)


#: An assembly named in running text, genitive or not: "kommunfullmäktiges sammanträden".
_ASSEMBLY_NAMED = re.compile(
    r"(?<![\wåäö-])((?:[Kk]ommun|[Rr]egion|[Ll]andstings)fullmäktige)s?(?![\wåäö-])"
)


def assembly_named(doc: Document) -> str | None:
    """The assembly a document names first ("Kommunfullmäktige"), if any."""
    for ln in doc.lines:
        m = _ASSEMBLY_NAMED.search(ln.text)
        if m:
            return m.group(1).capitalize()
    return None


#: How many lines from the top a report's title is looked for.
_TITLE_LINES = 6
#: A title line of a follow-up of an assembly's goals (``followup.toml``,
#: ``[report_date] goal_followups``).
_GOAL_FOLLOWUP = re.compile(
    r"(?i)(?<![\wåäö])" + alternation(_report_words()["goal_followups"]) + r"(?![\wåäö])"
)
#: The assembly and the organisation it is of: "kommunfullmäktige", "regionfullmäktige".
_ASSEMBLY_OF = re.compile(r"(?i)(?<![\wåäö])(kommun|region)fullmäktige")


def goals_owner(doc: Document) -> str | None:
    """The styrelse that reports on the goals its assembly set: a title line near the top
    names a follow-up of goals and no body, and the text names the assembly
    ("Kommunfullmäktige har … fastställt finansiella mål") → "Kommunstyrelsen".  The
    assembly set the goals; it does not report on them."""
    head = [ln.text.strip() for ln in doc.lines[:_HEAD_LINES]]
    if not any(_GOAL_FOLLOWUP.search(t) and not _LISTED.match(t) and not find_bodies(t)
               for t in head[:_TITLE_LINES]):
        return None
    words = {m.group(1).lower() for ln in doc.lines for m in _ASSEMBLY_OF.finditer(ln.text)}
    return organisation_owner(words.pop()) if len(words) == 1 else None
#: "Socialnämndens uppdragsplan 2024": a body's genitive, then the document it makes.
_OWN_DOCUMENT = re.compile(
    r"^(?P<who>(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?[A-ZÅÄÖ][\wåäö-]*(?:\s+nämnden)?s)\s+"
    r"[\wåäö-]*(?:plan|rapport|berättelse|uppföljning|redovisning|bokslut|prognos)\b"
)
#: What follows a body's genitive on a title line alone: the report and its period.
_OWN_TITLE_ALONE = re.compile(
    r"^\s+(?:[\wåäö-]*(?:rapport|berättelse|uppföljning|redovisning|bokslut))"
    r"(?:\s+(?:för\s+|per\s+|januari|[\wåäö]+\s+)?[\w\s–-]{0,25})?$",
    re.IGNORECASE,
)
#: "Förslag till beslut": the decision a tjänsteskrivelse proposes, to the body it names.
_PROPOSAL = re.compile(r"\bförslag till beslut\b\s*:?", re.IGNORECASE)
#: The body that decides, at the start of the proposal: "Landstingsfullmäktige föreslås
#: besluta", "Socialnämnden beslutar att godkänna".
_DECIDES = re.compile(
    r"^(?P<who>(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?[A-ZÅÄÖ][\wåäö-]*(?:\s+nämnden)?)\s+"
    r"(?:föreslås|beslutar|besluta|föreslår|godkänner)\b"
)


def _heading_body(t: str) -> str | None:
    """The body a short heading line names: the body alone (or with a few characters
    more), with its organisation, or an assembly with the other bodies reported."""
    if _ASSEMBLY.match(t) or (BODY_FOR.match(t) and t.startswith(("Nämnden", "Styrelsen"))):
        return t
    first = (
        t.split(" och ", 1)[0]
        if t.startswith(("Kommunfullmäktige ", "Regionfullmäktige "))
        else None
    )
    if first and _ASSEMBLY.match(first) and _HEADING_TAIL.match(t[len(first) :].strip()):
        return first
    bodies = find_bodies(t)
    if not bodies or bodies[0][0] != 0:
        return None
    name = bodies[0][1]
    if len(t) <= len(name) + 12:
        return name
    if t[: len(name)].casefold() == name.casefold() and _HEADING_TAIL.match(t[len(name) :].strip()):
        return name
    return None


#: The whole organisation's own reports beside :data:`_TITLE`'s: the annual report's
#: administration report and the interim accounts.
_WHOLE_REPORT = re.compile(r"\b(?:förvaltningsberättelse|delårsbokslut)", re.IGNORECASE)


def whole_report_owner(doc: Document) -> str | None:
    """A kommun's or a region's administration report or interim accounts
    (förvaltningsberättelse, delårsbokslut), which its styrelse puts forward, naming no
    body: the styrelse answers for it.  (A page titled only "Delårsrapport" or
    "Årsredovisning" keeps the organisation it is about: such pages are labelled so.)"""
    head = [ln.text.strip() for ln in doc.lines[:_HEAD_LINES]]
    if not any(_WHOLE_REPORT.search(t) and not _LISTED.match(t) for t in head[:_TITLE_LINES]):
        return None
    organisation = answering_organisation(doc)
    if organisation is None:
        return None
    word = "region" if organisation.startswith("Region ") else organisation.split()[-1]
    return organisation_owner(word)


#: An audit's title naming what it examined: "Granskning av interna kontrollen …".
_AUDIT_OF = re.compile(r"\b(?:uppföljande\s+)?granskning\s+av\b", re.IGNORECASE)
#: A board named for what it runs: "Styrelsen för Landstingsservice".
_BOARD_FOR = re.compile(r"\b[Ss]tyrelsen\s+för\s+(?:[A-ZÅÄÖ][\wåäö-]*)(?:\s+[A-ZÅÄÖ][\wåäö-]*)?")


def audited_body(doc: Document) -> str | None:
    """The one body an auditors' report's title says it examined ("Granskning av
    interna kontrollen Styrelsen för Landstingsservice", "Granskning av
    socialnämndens ärendehantering"), within the report's first lines; else the one
    body a letter's head addresses ("Till:" / "Nämnden för X", before "För kännedom:")."""
    found = _audit_title_body(doc)
    return found if found is not None else _addressee(doc)


#: A letter's addressee field: "Till:", its value on the line or the next; the copies
#: ("För kännedom:", "Kopia till:") are no addressee.
_TO_FIELD = re.compile(r"^Till\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_COPIES = re.compile(r"\s*\b(?:för\s+kännedom|kopia\s+till|kopia)\s*:.*$", re.IGNORECASE)


def _addressee(doc: Document) -> str | None:
    """The one body a letter's "Till:" field names (the auditors write to the body they
    audited; those it is sent to for information are named apart)."""
    lines = [ln.text.strip() for ln in doc.lines[:_ISSUER_LINES]]
    for k, t in enumerate(lines):
        m = _TO_FIELD.match(t)
        if m is None:
            continue
        value = m.group("value") or (lines[k + 1] if k + 1 < len(lines) else "")
        value = _COPIES.sub("", value).strip(" .,;")
        if BODY_FOR.match(value):
            return value
        bodies = find_bodies(value)
        if len(bodies) == 1 and bodies[0][0] == 0 and len(value.split()) <= 6:
            return bodies[0][1]
        return None
    return None


def _audit_title_body(doc: Document) -> str | None:
    """The one body an auditors' report's title says it examined."""
    for ln in doc.lines[:_ISSUER_LINES]:
        t = ln.text.strip()
        m = _AUDIT_OF.search(t)
        if m is None:
            continue
        rest = t[m.end() :]
        board = _BOARD_FOR.search(rest)
        if board:
            return board.group(0)[:1].upper() + board.group(0)[1:]
        bodies = {name for _pos, name in find_bodies(rest) if not name.lower().endswith("rna")}
        if len(bodies) == 1:
            return bodies.pop()
    return None


#: A sender line dated at its end, as a letter's head has it: "Revisorerna 2022-01-18".
_TRAILING_DATE = re.compile(r"\s+\d{4}-\d{2}-\d{2}$")
#: A report sent "from" its issuer: "Rapport från stadsrevisionen".
_REPORT_FROM = re.compile(r"^(?:rapport|revisionsrapport|skrivelse)\s+från\s+(?P<name>.+)$", re.I)
_ON_BEHALF = re.compile(
    r"\bpå uppdrag av\s+(?P<name>(?:de\s+)?(?:[\wåäö]+\s+){0,2}?revisorer(?:na)?\b|"
    r"(?:de\s+)?[\wåäö]+)",
    re.I,
)
#: The auditors named by their organisation's genitive ("Xby kommuns revisorer").
_ORGANISATION_AUDITORS = re.compile(
    r"^(?:[\wåäö-]+\s+)?(?P<org>kommun|region)(?:en)?s\s+revisorer(?:na)?$", re.I
)


def labelled_body(doc: Document) -> str | None:
    """The body a field names as answering for the whole report ("Ansvarig
    myndighet/organisation: X, …", ``[labels] body_owner``): in the report's first
    lines, and the only such field of the document (a page of many entries, each
    with its own, names no body of the whole)."""
    pattern = vocabulary().body_owner_label
    found = [m for ln in doc.lines for m in pattern.finditer(ln.text)]
    if len(found) != 1 or not any(pattern.search(ln.text) for ln in doc.lines[:_HEAD_LINES]):
        return None
    value = found[0].group("value").strip(" .")
    # (a name, not a sentence: a few words, capitalised or an abbreviation)
    if not value[:1].isupper() or len(value.split()) > 6:
        return None
    return value


def report_issuer(doc: Document) -> str | None:
    """A supervisory agency or the auditors that wrote the report (see ``[issuers]`` in
    ``followup.toml``): named alone on one of the first lines ("Skolinspektionen") or
    as the ones it was made for ("Genomförd på uppdrag av revisorerna")."""
    issuers = vocabulary().issuers
    for ln in doc.lines[:_ISSUER_LINES]:
        t = _TRAILING_DATE.sub("", ln.text.strip()).strip(" .:")
        if t.lower() in issuers:
            return issuers[t.lower()]
        sent = _REPORT_FROM.match(t)
        if sent and sent.group("name").lower() in issuers:
            return issuers[sent.group("name").lower()]
        if _ORGANISATION_AUDITORS.match(t) and t[:1].isupper():
            # A letter's sender alone on its line, named as it signs: "Xby kommuns revisorer".
            return t
        m = _ON_BEHALF.search(t)
        if m and m.group("name").lower() in issuers:
            return issuers[m.group("name").lower()]
        if m and (org := _ORGANISATION_AUDITORS.match(m.group("name"))):
            return f"{org.group('org').capitalize()}ens revisorer"
    marks = _audit_cover_marks()
    for ln in doc.lines[:_ISSUER_LINES]:
        # An audit firm's report for the auditors, which names them nowhere on its cover:
        # its title ("Prel revisionsrapport") or its author's title ("Certifierad
        # kommunal revisor") alone on a line (``[issuers] cover_marks``).
        if ln.text.strip(" .:").lower() in marks:
            return "Revisorerna"
    return None


@functools.cache
def _audit_cover_marks() -> frozenset[str]:
    data = followup_data()
    return frozenset(w.lower() for w in data["issuers"].get("cover_marks", []))


def answering_organisation(doc: Document) -> str | None:
    """The organisation named most often in the document, at least twice, which answers
    for work the report assigns to no body of its own."""
    counts: Counter[str] = Counter()
    for ln in doc.lines:
        counts.update(
            _organisation_name(m.group(0)) for m in _ANSWERING_ORGANISATION.finditer(ln.text)
        )
    if counts:
        name, n = counts.most_common(1)[0]
        # Named once is enough when no other organisation is named at all (a web page
        # of one kommun's goals names it in its footer).
        if n >= 2 or len(counts) == 1:
            return name
    # An organisation with a name of its own, named as the owner of the plan, the
    # assignments or the board the page tells of ("Storsthlms verksamhetsplan …
    # Storsthlms uppdrag"), twice.
    owners: Counter[str] = Counter()
    for ln in doc.lines:
        owners.update(m.group(1) for m in _OWN_PLAN.finditer(ln.text))
    if owners:
        name, n = owners.most_common(1)[0]
        if n >= 2:
            return name
    return None


#: "Xs verksamhetsplan", "Xs uppdrag", "Xs styrelse": X is the organisation reporting.
_OWN_PLAN = re.compile(
    r"\b([A-ZÅÄÖ][\wåäö-]{2,})s\s+(?:verksamhetsplan|uppdrag|styrelse|verksamhet|budget|"
    r"årsredovisning|verksamhetsberättelse)\b"
)


def _organisation_name(found: str) -> str:
    """ "Luleå kommuns" → "Luleå kommun", "Luleå Kommun" → "Luleå kommun": the name, not
    its genitive or a page's capitals."""
    name = re.sub(r"\s+Kommun\b", " kommun", found)
    if name.endswith(("kommuns", "stads", "förbundets")) or (
        name.startswith("Region ") and name.endswith("s")
    ):
        # (a region's name does not end in -s: "Region Hallands arbete" is a genitive)
        name = name[:-1]
    return name


def organisation_in(doc: Document, lines: int = _HEAD_LINES * 4) -> str | None:
    """The organisation named at least twice in the first ``lines`` lines."""
    counts: Counter[str] = Counter()
    for ln in doc.lines[:lines]:
        counts.update(m.group(1) for m in _ORGANISATION.finditer(ln.text))
    if counts:
        name, n = counts.most_common(1)[0]
        if n >= 2:
            return name
    return None
