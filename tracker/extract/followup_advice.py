"""What the auditors and supervisors ask of the body they audit: recommendations and
shortcomings that remain.

An audit report closes its summary with what the audited bodies should do: a lead
("För att utveckla verksamheten bör följande rekommendationer prioriteras:", "Vi
rekommenderar att …") and then sentences that open with a body and its verb
("Kommunstyrelsen vidareutvecklar anvisningar för …", "Nämnden bör säkerställa att …").
Each such sentence is an open follow-up owned by that body.  Anywhere in the report a
sentence "<body> bör <verb> …" is one too.  A last sentence the text cuts off (no full
stop at the end of the document) is left out: its work cannot be told.

A supervisor's follow-up decision names the areas whose shortcomings remain after a cue
("Sammanfattning av kvarstående brister", "ännu ej åtgärdade"): each numbered area
("Arbetsområde 2. Extra anpassningar och särskilt stöd") is open work of the
organisation the decision concerns.

The lead words, cues and area nouns are data (``[prose] recommendation_lead``,
``remaining_cue``, ``area_nouns`` … in ``resources/extract/followup.toml``).
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.domain import Candidate, Line
from tracker.extract.dates import due_fields
from tracker.extract.followup_lines import _clean
from tracker.extract.followup_sentences import due_in
from tracker.extract.followup_words import vocabulary
from tracker.extract.report_rules import find_bodies, sentences, short_title

#: How many lines a cue that shortcomings remain reaches past it (or past its last area).
_AREA_SPAN = 40
#: How many lines after a lead its recommendations may run.
_LEAD_SPAN = 8
#: A body's recommended verb after its name: a present tense or "bör" and an infinitive.
_VERB = re.compile(r"^(?:bör\s+(?:även\s+|också\s+|fortsatt\s+)?)?(?P<verb>[a-zåäö]{2,})\b")
_NOT_VERBS = frozenset(
    {
        "och",
        "i",
        "inom",
        "på",
        "för",
        "med",
        "har",
        "är",
        "var",
        "som",
        "samt",
        "eller",
        "den",
        "det",
        "de",
    }
)


#: A point's mark left at a sentence's start when its list was flattened into a line.
_GLUED_POINT = re.compile(r"^[-–•]\s+")
_GLUED_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[-–•]\s+[A-ZÅÄÖ])")


def answers_audit(lines: list[Line], head: int = 40) -> bool:
    """The document is a body's answer to the auditors ("Svar på revisionsskrivelse"),
    said on one of its first lines or in its first 600 characters."""
    voc = vocabulary()
    text = " ".join(_clean(ln.text) for ln in lines[:head])[:600]
    return voc.audit_answer.search(text) is not None


def _imperative(word: str) -> str:
    """The work's name from its present tense: "vidareutvecklar" → "vidareutveckla",
    "säkerställer" → "säkerställ", "ser" → "se"; other forms stay."""
    if word.endswith("ar"):
        return word[:-1]
    if word.endswith("er"):
        return word[:-2] if len(word) > 4 else word[:-1]
    return word


def _addressee(after_lead: str) -> str | None:
    """The body a lead recommends to, named right after it: "(rekommenderar vi)
    socialnämnden att:", "(Vi rekommenderar) kommunstyrelsen att …"."""
    found = find_bodies(after_lead)
    if not found or found[0][0] > 2:
        return None
    owner = found[0][1]
    rest = after_lead.lstrip()[len(owner) :]
    return owner if re.match(r"\s*(?:att\b|:)", rest) else None


def _addressed(sentence: str, owner: str) -> tuple[str, str] | None:
    """(owner, title) of a recommended piece of work written as its verb alone, as the
    points under a lead addressed to a body stand ("• Säkerställa att …")."""
    s = re.sub(r"^(?:att\s+)", "", sentence.strip())
    v = _VERB.match(s[:1].lower() + s[1:])
    if v is None or v.group("verb") in _NOT_VERBS or find_bodies(s[: v.end()]):
        return None
    if not re.search(r"(?:a|era|ja)$", v.group("verb")):
        # (an infinitive: "säkerställa", "förbättra", "utreda"; not a finite clause)
        return None
    return owner, short_title(s[:1].upper() + s[1:])


#: A body named by its kind alone, as an audit report names the one it audits.
_GENERIC_SUBJECT = re.compile(
    r"^(?:Nämnden|Nämnderna|Styrelsen|Bolaget|Förvaltningen|Bolagets styrelse)(?![\wåäö])"
)


def _advice(sentence: str, lead: bool) -> tuple[str, str] | None:
    """(owner, title) of a sentence that recommends work to a body, else None.
    Without a lead only "<body> bör <verb>" counts."""
    s = re.sub(r"^att\s+", "", sentence.strip())
    found = find_bodies(s)
    generic = _GENERIC_SUBJECT.match(s)
    if generic is not None and (not found or found[0][0] != 0):
        # "Nämnden bör säkerställa …": the body audited, named by its kind; the report
        # names it (its owner is set where the audited body is known).
        rest = s[generic.end() :].lstrip()
        if not rest.startswith("bör"):
            return None
        v = _VERB.match(rest)
        if v is None or v.group("verb") in _NOT_VERBS:
            return None
        work = rest[v.start("verb") :]
        return "", short_title(work[:1].upper() + work[1:])
    if not found or found[0][0] != 0:
        return None
    owner = found[0][1]
    if not s.casefold().startswith(owner.casefold()):
        return None
    rest = s[len(owner) :].lstrip()
    if lead:
        # "(rekommenderar vi) kommunstyrelsen att stärka …": the work after "att".
        rest = re.sub(r"^att\b\s*", "", rest)
    if not rest.strip(" :,"):
        # "Vi rekommenderar kommunstyrelsen att" closing its line: the lead to the
        # points below, no work of its own.
        return None
    v = _VERB.match(rest)
    if v is None or v.group("verb") in _NOT_VERBS:
        return None
    should = rest.startswith("bör")
    if not lead and not should:
        return None
    work = rest[v.start("verb") :]
    if not should:
        work = _imperative(v.group("verb")) + work[len(v.group("verb")) :]
    return owner, short_title(work[:1].upper() + work[1:])


def recommendations(lines: list[Line]) -> list[Candidate]:
    """The recommendations of an audit report as open follow-ups of their bodies."""
    voc = vocabulary()
    texts = [(ln, _clean(ln.text)) for ln in lines if ln.text.strip()]
    last_line = texts[-1][0] if texts else None
    out: list[Candidate] = []
    seen: set[str] = set()
    for k, (ln, t) in enumerate(texts):
        lead = voc.recommendation_lead.search(t)
        spans = [(ln, t, False)]
        addressee = None
        if lead:
            after = t[lead.end() :]
            addressee = _addressee(after)
            # "… följande rekommendationer prioriteras: X …": they start after the colon.
            colon = after.find(":")
            after = after[colon + 1 :] if 0 <= colon <= 40 else after
            spans = [(ln, after.lstrip(" :"), True)]
            spans += [(o, ot, True) for o, ot in texts[k + 1 : k + 1 + _LEAD_SPAN]]
        for sln, st, led in spans:
            # (points glued into one line by a flattened page: "… rekommendationer. -
            # Kommunstyrelsen bör … - Nämnden bör …")
            sents = [
                _GLUED_POINT.sub("", p) for s in sentences(st) for p in _GLUED_SPLIT.split(s)
            ]
            for n, s in enumerate(sents):
                cut = sln is last_line and n == len(sents) - 1 and not s.endswith((".", "!", "?"))
                if cut or s in seen:
                    continue
                found = _advice(s, led)
                if found is None and led and addressee is not None and sln is not ln:
                    # A point under "rekommenderar vi socialnämnden att:": that body's.
                    found = _addressed(s, addressee)
                if found is None:
                    continue
                seen.add(s)
                owner, title = found
                owner = owner or None  # (named by its kind: the audited body, set later)
                out.append(
                    Candidate(
                        title=title,
                        text=s,
                        kind="follow_up",
                        status="open",
                        owner=owner,
                        page=sln.page,
                        line=sln.line,
                        evidence=s[:200],
                        confidence=0.6,
                        reasons=[
                            "rekommendation i revisionsrapporten"
                            + (" (efter inledningen om rekommendationer)" if led else ""),
                        ] + ([f"ansvarig: {owner}"] if owner else []),
                    )
                )
    return out


def improvement_areas(lines: list[Line], ref: dt.date | None = None) -> list[Candidate]:
    """What a label or lead names as still to improve ("Förbättringsområden: …", "…
    områden där ytterligare förbättringar kan ske: -X … -Y …"), on its own line: each
    point (a dash glued into the line starts one) or, without points, each sentence is
    open work; the owner is left to the body the report follows up."""
    voc = vocabulary()
    out: list[Candidate] = []
    for ln in lines:
        t = _clean(ln.text)
        m = voc.improvement_lead.search(t)
        if m is None:
            continue
        after = t[m.end() :]
        points = [p.strip(" -–•") for p in _POINTS.split(after) if p.strip(" -–•")]
        if len(points) < 2:
            points = sentences(after)
        for p in points:
            s = sentences(p)[0] if sentences(p) else p
            if len(s.split()) < 4 or not s.endswith((".", "!", "?")):
                continue
            # (a time the sentence gives: "… kommer att bytas ut under 2020")
            due = due_in(s, ref)
            out.append(
                Candidate(
                    title=short_title(s),
                    text=s,
                    kind="follow_up",
                    status="open",
                    **due_fields(due),
                    page=ln.page,
                    line=ln.line,
                    evidence=s[:200],
                    confidence=0.5,
                    reasons=[f"förbättringsområde: {m.group(0).strip(' :')}"],
                )
            )
    return out


#: Points glued into a line: " -Hanteringen av …", " – Rutinerna för …".
_POINTS = re.compile(r"(?:^|\s)[-–•]\s*(?=[A-ZÅÄÖ])")


def remaining_shortcomings(lines: list[Line]) -> list[Candidate]:
    """A supervisor's follow-up decision: the numbered areas named after a cue that
    shortcomings remain ("nedanstående brister är ännu ej åtgärdade … Arbetsområde 2.
    Extra anpassningar och särskilt stöd"), open, until a cue of shortcomings put right.
    The owner is left to the organisation the decision concerns."""
    voc = vocabulary()
    out: list[Candidate] = []
    remaining = False
    last = 0  # the line of the last cue or area: a cue reaches only the areas that follow it
    seen: set[str] = set()
    for k, ln in enumerate(lines):
        if remaining and k - last > _AREA_SPAN:
            remaining = False
        t = _clean(ln.text)
        events = sorted(
            [(m.start(), "R", m) for m in voc.remaining_cue.finditer(t)]
            + [(m.start(), "D", m) for m in voc.remedied_cue.finditer(t)]
            + [(m.start(), "A", m) for m in voc.area.finditer(t)],
            key=lambda e: e[0],
        )
        for _pos, what, m in events:
            if what in "RD":
                remaining = what == "R"
                last = k
                continue
            name = m.group("name").strip()
            if not remaining or name.casefold() in seen or len(name.split()) < 2:
                continue
            last = k
            seen.add(name.casefold())
            out.append(
                Candidate(
                    title=short_title(name),
                    text=m.group(0),
                    kind="activity",
                    status="open",
                    owner=None,
                    page=ln.page,
                    line=ln.line,
                    evidence=t[max(0, m.start() - 80) : m.end() + 80],
                    confidence=0.6,
                    reasons=[
                        "tillsynsbeslut: område med kvarstående brister",
                        f"område {m.group('n')}",
                    ],
                )
            )
    return out


#: The auditors' verdict that a body has not (fully) acted on their recommendations: "Vi
#: bedömer att kommunstyrelsen inte helt har vidtagit åtgärder …", "… har ej åtgärdat …".
_NOT_ACTED = re.compile(
    r"\b(?:bedömer\s+(?:vi\s+)?|bedömning\s+(?:är\s+)?)att\s+(?P<who>.{3,200}?)\s+(?:"
    r"(?:ej|inte)\s+(?:helt\s+|fullt\s+ut\s+|tillräckligt\s+|i\s+tillräcklig\s+utsträckning\s+|"
    r"i\s+alla\s+delar\s+)?"
    r"(?:har\s+)?|har\s+(?:ej|inte)\s+(?:helt\s+|fullt\s+ut\s+|tillräckligt\s+)?|"
    r"(?:endast\s+)?delvis\s+(?:har\s+)?|har\s+(?:endast\s+)?delvis\s+)"
    r"(?:vidtagit|genomfört|åtgärdat|hanterat|beaktat|följt\s+upp)\b",
    re.IGNORECASE,
)


def not_acted(lines: list[Line]) -> list[Candidate]:
    """The auditors' follow-up verdicts that a body has not, or not fully, acted on their
    recommendations: each is work that body still owes (the first body the verdict
    names; the others are in its text)."""
    out: list[Candidate] = []
    texts = [_clean(ln.text) for ln in lines]
    k = 0
    while k < len(lines):
        ln, t = lines[k], texts[k]
        k += 1
        # a bullet wrapped over lines that go on in lower case
        while k < len(lines) and texts[k][:1].islower():
            t = f"{t} {texts[k]}"
            k += 1
        for s in sentences(t):
            m = _NOT_ACTED.search(s)
            if m is None:
                continue
            found = find_bodies(m.group("who"))
            if not found:
                continue
            owner = found[0][1]
            about = re.search(r"\bgranskning(?:en)?\s+av\s+(?P<what>[^.]{4,120})", s[m.end() :])
            title = (
                f"Åtgärder efter granskningen av {about.group('what').strip()}"
                if about
                else s[m.start("who") :]
            )
            # "… att kommunstyrelsen vidtagit tillräckliga åtgärder, men inte i alla delar
            # följt upp …": what was done is not part of the work still owed.
            who = m.group("who")
            men = list(re.finditer(r",?\s+men\b", who))
            but = men[-1].end() if men else -1
            said = f"{owner}: {s[m.start('who') + but:].strip(' ,')}" if but >= 0 else s
            out.append(
                Candidate(
                    title=short_title(title if but < 0 or about else said), text=said,
                    kind="follow_up", status="open",
                    owner=owner, page=ln.page, line=ln.line, evidence=said[:200], confidence=0.6,
                    reasons=["revisorernas bedömning: rekommendationerna är inte (helt) åtgärdade",
                             f"ansvarig: {owner}"],
                )
            )
    return out


__all__ = ["not_acted", "recommendations", "remaining_shortcomings"]
