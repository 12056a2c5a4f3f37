"""Requests for an answer in a report's covering letter.

An audit report, a supervisor's decision or a follow-up sent for comment comes with a
letter that hands it to named bodies and asks for their answer: "Vi överlämnar härmed
rapporten till tekniska nämnden och kommunstyrelsen för yttrande. Svar önskas senast den
10 december 2020", "Revisionen önskar att kommunstyrelsen lämnar synpunkter … senast den
30 juni 2021", "Revisorerna önskar ta del av nämndens yttrande senast den 21 februari".
Each body addressed owes that answer: one open item each (``awaiting_reply``), due at
the date asked for, which may stand in the next sentence.  The request and answer words
are the lexicon's (``followup.toml``, ``[requests]``); the body names are read as the
report's other readings read them (:func:`~tracker.extract.report_rules.find_bodies`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Candidate, Line
from tracker.extract.dates import due_fields
from tracker.extract.followup_sentences import due_in
from tracker.extract.followup_words import _alt, followup_data
from tracker.extract.report_rules import short_title
from tracker.extract.sentence_split import Sentence, split_sentences
from tracker.language.date_period import Period

#: A covering letter stands at the start: the lines read (the report after it is long).
LETTER_LINES = 400
#: How many sentences after a request may give its date ("Svar önskas senast …").
DUE_LOOKAHEAD = 2
REASON = "begäran om svar: rapporten överlämnas för yttrande"


@dataclass(frozen=True, slots=True)
class _Patterns:
    handed: re.Pattern[str]
    wished_from: re.Pattern[str]
    wished_that: re.Pattern[str]
    asked: re.Pattern[str]
    due_only: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = followup_data()
    spec = data["requests"]
    hand = _alt(spec["hand_over"])
    purpose = _alt(spec["purpose"])
    wish = _alt(spec["wish"])
    answer = _alt(spec["answer_nouns"])
    act = _alt(spec["answer_verbs"])
    asked = _alt(spec["asked"])
    due_verbs = _alt(spec["due_verbs"])
    return _Patterns(
        # "överlämnar (härmed) rapporten till X för yttrande"
        handed=re.compile(
            rf"\b(?:{hand})\b[^.]{{0,80}}?\btill\s+(?P<to>[^.]{{3,160}}?)\s+för\s+(?:{purpose})\b",
            re.IGNORECASE,
        ),
        # "önskar (få) ett yttrande från X", "begär svar från X"
        wished_from=re.compile(
            rf"\b(?:{wish})\s+(?:att\s+)?(?:få\s+|ta\s+del\s+av\s+)?(?:ett\s+|en\s+)?"
            rf"(?:skriftligt?\s+)?(?:{answer})\s+från\s+(?P<to>[^.]{{3,160}}?)"
            r"(?=\s+(?:avseende|om|över|gällande|kring|på|senast|inom|före|till)\b|[.;]|$)",
            re.IGNORECASE,
        ),
        # "önskar att kommunstyrelsen lämnar synpunkter", "förväntar sig att nämnden svarar"
        wished_that=re.compile(
            rf"\b(?:{wish})\s+att\s+(?P<to>[^.]{{3,120}}?)\s+(?:{act})\b", re.IGNORECASE
        ),
        # "Nämnden ombeds yttra sig", "Kommunstyrelsen anmodas att inkomma med svar"
        asked=re.compile(
            rf"(?P<to>[^.]{{3,120}}?)\s+(?:{asked})\s+(?:att\s+)?(?:{act}|yttra)\b",
            re.IGNORECASE,
        ),
        # "Svar önskas senast …", "Revisorerna önskar ta del av nämndens yttrande senast …"
        due_only=re.compile(
            rf"\b(?:{answer})(?:et|n|na)?\s+(?:{due_verbs})\b|"
            rf"\b(?:{wish})\s+(?:att\s+)?(?:få\s+)?(?:ta\s+del\s+\w{{1,3}}\s+)(?:\w+\s+){{0,2}}?(?:{answer})",
            re.IGNORECASE,
        ),
    )


#: A heading: a short line without a closing mark whose last word is no word a sentence
#: wraps after ("… till" / "Tekniska nämnden").
_HEADING_MAX = 80
_WRAPS_AFTER = re.compile(
    r"\b(?:till|och|för|av|i|på|att|med|om|den|det|en|ett|från|samt|eller|som|vid|under|"
    r"över|de|dess|sin|sitt|sina)$|[.!?:;,-]$",
    re.IGNORECASE,
)


def _heading(line: str) -> bool:
    return len(line) <= _HEADING_MAX and not _WRAPS_AFTER.search(line)


def _sentences(lines: list[Line]) -> list[Sentence]:
    """The letter's sentences, each at the line it starts on (the minutes' splitter,
    :func:`~tracker.extract.sentence_split.split_sentences`, over each paragraph).  A
    paragraph runs until an empty line or a heading line."""
    out: list[Sentence] = []
    parts: list[tuple[str, Line]] = []
    for ln in lines[:LETTER_LINES]:
        chunk = " ".join(ln.text.split())
        if parts and (not chunk or (_heading(parts[-1][0]) and chunk[:1].isupper())):
            # (the line before was a heading, "Granskning av X", not a wrapped sentence)
            out += split_sentences(parts, len(out))
            parts = []
        if chunk:
            parts.append((chunk, ln))
    if parts:
        out += split_sentences(parts, len(out))
    return out


#: One addressed body: "kommunstyrelsen", "tekniska nämnden", "Hägersten-Liljeholmens
#: stadsdelsnämnd", "Nämnden för teknik, fritid och kultur", "Stadshus AB".  Wider than
#: the reports' own body reading (``report_rules.find_bodies``), which knows only the
#: definite forms an activity's owner is written in: a letter addresses a body by its
#: indefinite or its full name too.
_BODY_NAME = re.compile(
    r"(?<![\w-])(?:(?:[A-ZÅÄÖ][\w-]+s\s+)?(?:(?:tekniska|sociala|gemensamma)\s+)?"
    r"[\w-]*(?:nämnd|styrelse|förvaltning|fullmäktige|direktion|utskott)"
    r"(?:erna|arna|ens|ets|rna|en|et|er|ar|ns|n|r|s)?"
    r"(?:\s+för\s+[\w-]+(?:,\s+[\w-]+)*(?:\s+och\s+[\w-]+)?)?"
    r"|(?:[A-ZÅÄÖ][\w-]*\s+){1,3}AB)(?![\w-])",
    re.IGNORECASE,
)


def _addressees(to: str) -> list[str]:
    """The bodies named in a request's addressee part, each once ("tekniska nämnden och
    kommunstyrelsen" → two)."""
    seen: list[str] = []
    for m in _BODY_NAME.finditer(to):
        name = " ".join(m.group(0).split())
        name = name[:1].upper() + name[1:]
        if name.casefold() not in {n.casefold() for n in seen}:
            seen.append(name)
    return seen


def _due(sentence: str, ref: dt.date | None) -> Period | None:
    found = due_in(sentence, ref)
    if found is None or not re.search(
        r"\b(?:senast|före|innan|till|inom)\b",
        sentence[max(0, found.pos - 12) : found.stop],
        re.IGNORECASE,
    ):
        # A date that is no deadline ("Revisorerna har den 19 mars behandlat …").
        return None
    return found


def answer_requests(lines: list[Line], ref: dt.date | None) -> list[Candidate]:
    """Open items for the bodies a covering letter asks to answer (module docstring)."""
    pats = _patterns()
    sents = _sentences(lines)
    out: list[Candidate] = []
    for i, s in enumerate(sents):
        m = (
            pats.handed.search(s.text)
            or pats.wished_from.search(s.text)
            or pats.wished_that.search(s.text)
            or pats.asked.search(s.text)
        )
        if m is None:
            continue
        bodies = _addressees(m.group("to"))
        if not bodies:
            continue
        due = _due(s.text, ref)
        text = s.text
        if due is None:
            for nxt in sents[i + 1 : i + 1 + DUE_LOOKAHEAD]:
                if pats.due_only.search(nxt.text) and (due := _due(nxt.text, ref)):
                    text = f"{s.text} {nxt.text}"
                    break
        for body in bodies:
            out.append(
                Candidate(
                    title=short_title(s.text),
                    text=text,
                    kind="awaiting_reply",
                    status="open",
                    owner=body,
                    **due_fields(due),
                    page=s.page,
                    line=s.line,
                    evidence=s.text,
                    confidence=0.8,
                    reasons=[REASON, f"ansvarig: {body} (mottagare)"]
                    + ([f"datum: {due.text}"] if due else []),
                )
            )
    return out


__all__ = ["answer_requests"]
