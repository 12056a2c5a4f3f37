"""What a follow-up report's sentence names: an activity's title (:func:`activity_title`),
the body a recommendation or assignment is for (:func:`recommended_to`,
:func:`assigned`), the work it speaks of (:func:`work_name`) and a due phrase
(:func:`due_in`).  Used by the follow-up reader (:mod:`tracker.extract.report_followup`)
and the report extractor.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from tracker.extract.dates import is_cued
from tracker.extract.followup_lines import BODY_FOR, _clean, _subject_body, body_heading
from tracker.extract.followup_words import followup_data, vocabulary
from tracker.extract.report_rules import find_bodies, sentences, short_title
from tracker.language.date_period import Period
from tracker.language.dates import find_periods

#: Prepositions, modals and adverbials before an activity's own verb: "Kommunstyrelsen
#: ska i samråd med … ta fram …" → "Ta fram …".
_MODAL = re.compile(
    r"^(?P<subject>.{0,160}?)\b(?:(?:får|ges|gavs|fick)\s+(?:\w+\s+)?(?:i\s+)?uppdrag(?:et)?\s+att|"
    r"(?:ger|gav)\s+(?:\S+\s+){1,4}?i\s+uppdrag\s+att|uppdrog\s+(?:åt\s+)?(?:\S+\s+){1,4}?att|"
    r"(?:har|hade)\s+(?:\w+\s+)?i\s+uppdrag\s+att|"
    r"(?:har\s+|hade\s+)?(?:beslutat|beslöt|beslutade)\s+att|"
    r"uppdras\s+att|ska|skall|bör|behöver)\s+(?P<rest>.+)$",
    re.I,
)
_LEAD_TIME = re.compile(
    r"^(?:under|inom|före|senast|till|inför)\s+(?:år(?:et)?\s+)?(?:\d{4}|\w+et|\w+en)\s+", re.I
)
_NOT_VERB = frozenset(
    {"i", "med", "och", "samråd", "samverkan", "tillsammans", "under", "inom", "för", "år",
     "arbetet", "en", "ett", "den", "det", "på", "att", "även", "också", "vidare", "fortsatt",
     "ska", "skall", "bör", "kommer", "nämnden", "styrelsen", "förvaltningen"}
)


#: Infinitives that do not end in -a: "se över", "ge stöd", "nå målet".
_SHORT_VERBS = frozenset({"se", "ge", "nå", "gå", "få", "stå", "slå", "bli", "dra"})


def _first_verb(words: list[str]) -> int | None:
    body = vocabulary().body_name
    for k, w in enumerate(words[:14]):
        lw = w.lower().strip(",")
        if lw in _SHORT_VERBS:
            return k
        if lw in _NOT_VERB or not lw.isalpha() or len(lw) < 2:
            continue
        following = words[k + 1].lower().strip(",.") if k + 1 < len(words) else ""
        if following and body.match(following):
            # "i samråd med tekniska nämnden ta fram …": an adjective of a body.
            continue
        if lw.endswith("a") and not body.match(lw):
            return k
    return None


#: What a numbered or labelled entry starts with besides its name: "Uppdrag 3.",
#: "Uppdrag:", "1.2", "Att" (an att-clause written as the uppdrag).
_ENTRY_LEAD = re.compile(
    r"^(?:(?:uppdrag|aktivitet|åtgärd|insats)(?:\s+(?:nr\.?\s*)?[\w.]*\d[\w.]*)?\s*[.:]\s+|"
    r"(?:uppdrag|aktivitet|åtgärd|insats)\s+(?:nr\.?\s*)?[\w.]*\d[\w.]*\s+(?=(?-i:[A-ZÅÄÖ]))|"
    r"\d{1,2}(?:\.\d{1,2})+\.?\s+|att\s+)(?=\w)",
    re.IGNORECASE,
)


def activity_title(text: str, limit: int = 90) -> str:
    """The activity's name, short: the verb phrase after the subject and its modal
    ("Kommunstyrelsen ska i samråd med … ta fram en plan" → "Ta fram en plan"), a leading
    time ("Under år 2024 presentera …") left out."""
    # "1. Säkerställ att …": the point's number is no part of its name.
    t = re.sub(r"^\d{1,2}[.)]\s+(?=\S)", "", _clean(text))
    t = _ENTRY_LEAD.sub("", t, count=1)
    first = sentences(t)[0] if t else t
    rec = _RECOMMENDED.search(first)
    if rec:
        # "Revisorerna rekommenderade kommunstyrelsen att ta fram en plan" → "Ta fram
        # en plan": what is recommended is the work.
        first = rec.group("rest")
    m = _MODAL.match(first)
    rest = None
    if m and (
        find_bodies(m.group("subject"))
        or _subject_body(m.group("subject"))
        # "Nämnden har i uppdrag att …": a generic body is a subject all the same.
        or vocabulary().body_name.match(m.group("subject").strip().lower())
    ):
        rest = m.group("rest")
    elif _LEAD_TIME.match(first):
        rest = _LEAD_TIME.sub("", first)
    if rest:
        words = rest.split()
        k = _first_verb(words)
        if k is not None:
            first = " ".join(words[k:])
        elif m and m.group(0).rstrip()[:-len(m.group("rest"))].rstrip().endswith("att"):
            # "Nämnden får i uppdrag att <work>": what follows "att" is the work.
            first = rest
    first = first[:1].upper() + first[1:]
    return short_title(first, limit)


#: A recommendation: "X rekommenderar (Y) att <work>", "Y rekommenderas att <work>".
_RECOMMENDED = re.compile(
    r"\brekommender(?:ar|ade|as|ades)\s+(?:(?P<who>[^,.]{2,60}?)\s+)?att\s+(?P<rest>\w.+)$",
    re.IGNORECASE,
)


def recommended_to(sentence: str) -> str | None:
    """The body a recommendation is made to: "Revisorerna rekommenderar kommunstyrelsen
    att …" → Kommunstyrelsen; "Nämnden rekommenderas att …" → Nämnden."""
    m = _RECOMMENDED.search(_clean(sentence))
    if m is None:
        return None
    who = m.group("who")
    if who:
        found = find_bodies(who)
        return found[0][1] if found else body_heading(who)
    if re.search(r"rekommenderas|rekommenderades", m.group(0), re.I):
        found = find_bodies(sentence[: m.start()])
        return found[-1][1] if found else None
    return None


#: An assignment given to someone: "Kommunfullmäktige gav nämnden i uppdrag att …",
#: "KS uppdrog åt förvaltningen att …".
_ASSIGNED = re.compile(
    r"\b(?:ger|gav)\s+(?P<who>(?:\S+\s+){0,3}?\S+)\s+i\s+uppdrag\s+att\b|"
    r"\buppdrog\s+(?:åt\s+)?(?P<who2>(?:\S+\s+){0,3}?\S+)\s+att\b|"
    # a decision to do the work oneself: "Styrelsen har beslutat att utreda X"
    r"\b(?:har\s+|hade\s+)?(?:beslutat|beslöt|beslutade|i\s+uppdrag)\s+att\b",
    re.IGNORECASE,
)


def assigned(sentence: str) -> tuple[bool, bool, str | None]:
    """(whether ``sentence`` gives or takes on work, whether its subject gives it to
    another, the body it is given to): "Kommunfullmäktige gav tekniska nämnden i uppdrag
    att …" → (True, True, "Tekniska nämnden"); "… gav nämnden i uppdrag …" → (True, True,
    None): a generic word names no body; "Styrelsen har beslutat att utreda …" → (True,
    False, None): the subject does the work itself."""
    m = _ASSIGNED.search(sentence)
    if m is None:
        return False, False, None
    if m.group("who") is None and m.group("who2") is None:
        return True, False, None
    who = m.group("who") or m.group("who2") or ""
    if who.lower() in vocabulary().generic:
        return True, True, None
    found = find_bodies(who)
    return True, True, found[0][1] if found else body_heading(who)


#: Auxiliaries that may stand before a status word ("är påbörjad", "har inletts").
_AUX = re.compile(r"\s+(?:är|har|blev|har\s+nu|är\s+nu|har\s+under\s+\w+)$", re.IGNORECASE)


def work_name(sentence: str) -> str | None:
    """The work a status sentence names, short: "Arbetet med X pågår och …" → "Arbetet
    med X"; "Renoveringen av Y är påbörjad" → "Renoveringen av Y"; "Z-enheten har inlett
    en kartläggning av W" → "Kartläggning av W" (the body is the owner, not the work).
    None when the sentence does not start with what it is about."""
    s = _clean(sentence).rstrip(".")
    cue = vocabulary().prose_open.search(s)
    if cue is None or not s[:1].isupper():
        return None
    before = _AUX.sub("", s[: cue.start()].rstrip(" ,"))
    words = before.split()
    if not 1 <= len(words) <= 12 or any(w.lower() in _NO_SUBJECT for w in words[:1]):
        return None
    if (
        find_bodies(before)
        or _subject_body(before)
        or body_heading(before)
        # "Bolaget har påbörjat X", "Nämnden har inlett Y": a generic body is the
        # subject all the same, and the work is what follows.
        or before.lower() in vocabulary().generic
        # "Exby kommun fortsätter arbetet med X": the organisation is the subject.
        or _ORGANISATION_NAME.match(before)
        or BODY_FOR.match(before)
    ):
        after = s[cue.end() :].strip(" ,")
        after = re.sub(r"^(?:också\s+|även\s+|nu\s+)*(?:en|ett|de|den|det)\s+", "", after)
        after = re.split(r",|\s+(?:och|men|som|för att)\s+", after)[0].strip()
        if len(after.split()) < 2:
            return None
        return short_title(after[:1].upper() + after[1:], 90)
    if re.search(r"\b(?:som|vilka|vilket|där)\b", before, re.I):
        # "De planer som det har pågått arbete med …": a relative clause names no work.
        return None
    with_what = re.match(r"\s+med\s+(?P<what>[^,.;]+)", s[cue.end() :])
    if with_what and 2 <= len(words) <= 3 and not with_what.group("what").startswith("att "):
        # "Ett liknande arbete pågår med förbättring av X": the work is "med" what.
        what = re.split(r"\s+(?:och|men|som|för att)\s+", with_what.group("what"))[0]
        return short_title(f"{before} med {what.strip()}", 90)
    if len(words) < 2 or any(w.lower() in _FINITE for w in words):
        # "Arbetet pågår", "Resultatet är fortsatt gult": one word names no work.
        return None
    # "Motion om X (dnr KS 2024/123) – beräknas besvaras …": the name without its
    # case number and the dash before the status.
    before = re.sub(r"\s*\((?:dnr|diarienr|diarienummer)[^)]*\)", "", before, flags=re.I)
    return short_title(before.rstrip(" –-:|,"), 90)


#: An organisation named as a sentence's subject: "Exby kommun", "Region Exempel".
_ORGANISATION_NAME = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö-]+s?\s+(?:kommun|stad)|Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?|"
    r"Landstinget(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)$"
)
#: First words of a sentence that does not start with its topic.
_NO_SUBJECT = frozenset({"det", "under", "inom", "i", "på", "vi", "man", "efter", "sedan",
                         "bland", "som", "där", "när", "eftersom", "även", "också", "för",
                         *followup_data()["prose"].get("adverbial_openers", [])})
#: Finite verbs that show the words before the status are a clause, not a name.
_FINITE = frozenset({"är", "har", "var", "hade", "kan", "ska", "skall", "bör", "kommer",
                     "blir", "blev", "gör", "finns", "fick", "får"})


_INFOR = re.compile(r"\binför\s+(?:år\s+)?(?P<y>(?:19|20)\d{2})\b", re.IGNORECASE)
_FINISH_YEAR = re.compile(
    r"\b(?:klar|klart|färdig|färdigt|färdigställd|färdigställt|slutförd|slutfört|avslutad|"
    r"avslutat|avslutas|slutföras|färdigställas)\s+(?:år\s+)?(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


#: A word of finishing right before a time: "klar i november", "avslutas under hösten".
_FINISH_BEFORE = re.compile(
    r"(?<![\wåäö])(?:klar|klart|klara|färdig|färdigt|färdiga|färdigställ\w*|avslutas|"
    r"slutförs|slutföras|levereras|driftsätts|driftsättas)\s+(?:under\s+|i\s+|till\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _year_after() -> re.Pattern[str]:
    """A bare year after a verb or noun of planned work ("… följs upp 2027", "… planeras
    starta 2026", "utvärdering 2027"; ``[prose] year_after``), perhaps with its season."""
    words = sorted(followup_data()["prose"]["year_after"], key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(
        rf"(?<![\wåäö])(?:{alt})\s+(?:(?:även|också|igen|därefter|sedan)\s+)?"
        r"(?:år\s+|under\s+)?(?:(?:hösten|våren|sommaren|vintern)\s+)?"
        r"(?P<y>(?:19|20)\d{2})\b(?![-–/]\d)",
        re.IGNORECASE,
    )


_THIS_YEAR = re.compile(
    r"\b(?:under|före|inom)\s+(?:innevarande\s+)?året\b|\binnan\s+årets\s+slut\b", re.I
)
_SCOPE = re.compile(r"(?:perioden|från|sedan|mellan|åren|t\.o\.m\.?)\s*$", re.IGNORECASE)


def due_in(text: str, ref: dt.date | None) -> Period | None:
    """The due date an entry states: "under 2024", "senast 31 mars", "T2 2024",
    "inför 2022" (the end of the year before); a period that only scopes
    ("för perioden 2024 till 2026") is none.  Without the report's date only periods
    that name their year count (no date is resolved from the clock)."""
    found: list[Period] = []
    for p in find_periods(text, ref):
        head = text[max(0, p.pos - 20) : p.pos]
        if _SCOPE.search(head) or re.search(r"\bperioden\s+\d{4}\s*$", head, re.I):
            continue
        if ref is None and not re.search(r"\d{4}", p.text):
            continue
        found.append(p)
    for m in _INFOR.finditer(text):
        year = int(m.group("y")) - 1
        found.append(
            Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", m.group(0), pos=m.start(),
                   stop=m.end())
        )
    for m in [*_FINISH_YEAR.finditer(text), *_year_after().finditer(text)]:
        # "… beräknas vara klar 2027": a bare year after a finishing word.
        year = int(m.group("y"))
        found.append(
            Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", m.group(0),
                   pos=m.start(), stop=m.end())
        )
    this_year = _THIS_YEAR.search(text)
    if this_year and ref is not None:
        # "… bedöms bli genomfört under året": the year the report follows up.
        y = ref.year
        found.append(
            Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", this_year.group(0),
                   pos=this_year.start(), stop=this_year.end())
        )
    if not found:
        return None
    found.sort(key=lambda p: p.pos)
    cued = [p for p in found if is_cued(p)]
    # "… påbörjades i maj och beräknas vara klar i november": the time the work is to be
    # finished, not the time it began.
    finish = [p for p in found if _FINISH_BEFORE.search(text[max(0, p.pos - 30) : p.pos])]
    return (cued or finish or found)[0]
