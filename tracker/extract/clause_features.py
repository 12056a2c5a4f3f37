"""General features of a body sentence for the learned scorer, and which sentences are
the minutes' furniture.

The second reading of minutes (:mod:`tracker.extract.possible`) scores every sentence of
the body that no rule took, not only those with an obligation word: the scorer
(:mod:`tracker.extract.scorer`) ranks them, and only the best are offered.  Besides the
lexicon's markers and verb classes (:func:`tracker.extract.clauses.features`) a sentence
is described by features that hold in any minutes:

- ``mv:*`` the finite verb of the main clause (Swedish puts it second): future
  auxiliary, modal, perfect, copula, present, passive, past, an imperative opening the
  line, or an ``att``-clause (a numbered decision point "att ge förvaltningen …");
- ``subj:*`` who the sentence opens with: a person, a role, a forum or body, "vi", a
  pronoun, initials or a thing;
- ``sec:*`` and ``lbl:*`` the type of the section title and of the sub-heading
  (information, follow-up, other questions, next meeting, economy; proposal, decision,
  background, action);
- ``info`` information or the meeting's own act ("noteras", "läggs till handlingarna"),
  ``decided`` a decision formula ("beslutade att", "beslutades att") that may carry a task,
  ``reported`` reported speech, ``neg`` a negation, ``question``, ``numbered``;
- ``time:none`` no time expression at all, and the sentence's place and length.

The words are data (``lexicon.toml``: ``[furniture]``, ``[main_verb]``, ``[subject]``,
``[info]``, ``[decided]``, ``[section_types]``, ``[label_types]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.clause_lexicon import first_names, lexicon, lexicon_data
from tracker.extract.clauses import Clause

#: What may precede a sentence's first word: a bullet, a number, a letter point.
_LEAD = re.compile(r"\s*(?:[-–•·*]\s*|\(?\d{1,2}[.)]\s*|[a-zåäö][.)]\s+)?")
_NUMBERED = re.compile(r"\s*\(?\d{1,2}[.)]\s")
#: The number of an agenda point written without a stop ("11 Ny taxa …", "§ 4 Val …").
_AGENDA_NO = re.compile(r"\s*(?:§\s*)?\d{1,3}\s+(?=[A-ZÅÄÖ])")
_TOKEN = re.compile(r"[\wåäöÅÄÖéÉ]+(?:-[\wåäöÅÄÖéÉ]+)*-?")
_QUESTION = re.compile(r"\?\s*$")
_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?")
#: "Barn- och " before "utbildningsnämnden": one body.
_FIRST_PART = re.compile(r"[\wåäöÅÄÖ]+-\s+(?:och|&)\s+")
#: A sentence this short, or with this few words, is a heading or a fragment.
_MIN_CHARS = 20
_MIN_WORDS = 4
#: A line with no full stop and no more words than this is a bare heading.
_HEADING_WORDS = 6
_MAX_CHARS = 450


@dataclass(frozen=True, slots=True)
class WideLexicon:
    furniture: re.Pattern[str]
    future: frozenset[str]
    perfect: frozenset[str]
    copula: frozenset[str]
    modal: frozenset[str]
    present: frozenset[str]
    past: frozenset[str]
    endings: tuple[tuple[str, str], ...]  # (ending, tense), longest first
    we: frozenset[str]
    pronouns: frozenset[str]
    roles: tuple[str, ...]
    imperatives: frozenset[str]  # "boka", "ring", "se över": a verb's imperative
    info: re.Pattern[str]
    decided: re.Pattern[str]
    section_types: tuple[tuple[str, re.Pattern[str]], ...]
    label_types: tuple[tuple[str, re.Pattern[str]], ...]


def _any_of(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile(
        r"(?<![\wåäö])(?:"
        + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
        + r")(?![\wåäö])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def wide_lexicon() -> WideLexicon:
    data = lexicon_data()
    mv = data["main_verb"]
    subject = data["subject"]
    endings = [(e, "past") for e in mv["past_endings"]]
    endings += [(e, "passive") for e in mv["passive_endings"]]
    endings += [(e, "present") for e in mv["present_endings"]]
    endings.sort(key=lambda x: -len(x[0]))
    furniture = sorted(data["furniture"]["starts"], key=len, reverse=True)
    return WideLexicon(
        furniture=re.compile(
            r"(?:"
            + "|".join(r"\s+".join(map(re.escape, w.split())) for w in furniture)
            + r")(?![\wåäö])",
            re.IGNORECASE,
        ),
        future=frozenset(mv["future"]),
        perfect=frozenset(mv["perfect"]),
        copula=frozenset(mv["copula"]),
        modal=frozenset(mv["modal"]),
        present=frozenset(mv["present"]),
        past=frozenset(mv["past"]),
        endings=tuple(endings),
        we=frozenset(subject["we"]),
        pronouns=frozenset(subject["pronouns"]),
        roles=tuple(subject["roles"]),
        imperatives=_imperatives(data),
        info=_any_of(data["info"]["words"]),
        decided=_any_of(data["decided"]["words"]),
        section_types=tuple((k, _any_of(v)) for k, v in data["section_types"].items()),
        label_types=tuple((k, _any_of(v)) for k, v in data["label_types"].items()),
    )


def _imperatives(data: dict[str, object]) -> frozenset[str]:
    """The imperative of every verb of the lexicon given by its stem: the infinitive of
    the first conjugation ("boka"), the root of the second ("ring", "köp", "följ upp")."""
    out = set()
    tables = [*data.get("verb", []), *data.get("state", {}).values()]  # type: ignore[union-attr]
    for table in tables:
        for spec in table.get("stems", []):
            if "stem" not in spec:
                continue
            verb, _, particle = str(spec["stem"]).partition(" ")
            root = verb if spec["conj"] == "a" else verb[:-1]
            out.add(f"{root} {particle}".strip())
    return frozenset(out)


def _body(text: str) -> str:
    """The sentence without its bullet or number."""
    m = _LEAD.match(text)
    return text[m.end() :] if m else text


def is_furniture(text: str, procedural: bool = False) -> bool:
    """Attendance lists, signatures, case references, page furniture, bare headings and
    the meeting's own procedure ("justeras"): never an item, not worth a score."""
    if procedural or len(text) < _MIN_CHARS or len(text) > _MAX_CHARS:
        return True
    body = _body(text)
    words = body.split()
    if len(words) < _MIN_WORDS:
        return True
    letters = sum(map(str.isalpha, body))
    if letters < 0.6 * len(body.replace(" ", "")):
        return True  # numbers, dates, table cells
    if (
        not body.rstrip().endswith((".", "!", "?", ":", ")"))
        and len(words) <= _HEADING_WORDS
        and main_verb(body) == "none"
    ):
        return True  # a bare heading: short, no full stop, no verb
    agenda = _AGENDA_NO.match(text)
    if agenda and len(text[agenda.end() :].split()) <= _HEADING_WORDS and (
        main_verb(text[agenda.end() :]) == "none"
    ):
        return True  # an agenda line: "11 Ny taxa för återvinningscentralen."
    if wide_lexicon().furniture.match(body):
        return True
    return lexicon().procedure.search(text) is not None


def is_bare_heading(text: str) -> bool:
    """A short line without a full stop that opens with a capital: a heading inside
    a section ("Att göra till nästa träff")."""
    body = _body(text).rstrip()
    return (
        bool(body[:1].isupper())
        and not body.endswith((".", "!", "?", ":", ")", ","))
        and len(body.split()) <= _HEADING_WORDS
    )


def main_verb(text: str) -> str:
    """The class of the finite verb of the main clause, looked for among the first
    words after the subject (Swedish puts it second): ``future``, ``modal``,
    ``perfect``, ``copula``, ``present``, ``passive``, ``past``; ``imperative`` when a
    verb's infinitive opens the line, ``att`` for a decision point's "att …", ``none``."""
    wl = wide_lexicon()
    tenses = lexicon().tenses
    tokens = _TOKEN.findall(_body(text)[:160])
    if not tokens:
        return "none"
    first = tokens[0].lower()
    if first == "att":
        return "att"
    pair = " ".join(t.lower() for t in tokens[:2])
    if first in wl.imperatives or pair in wl.imperatives or tenses.get(pair) == "inf":
        return "imperative"  # "Boka lokal …", "Ring hyresvärden …", "Följ upp …"
    for i, tok in enumerate(tokens[:5]):
        low = tok.lower()
        if low in wl.future:
            return "future"
        if low in wl.modal:
            return "modal"
        if low in wl.perfect:
            return "perfect"
        if low in wl.copula:
            return "copula"
        if i == 0 or tok[:1].isupper() or tok.endswith("-") or low in ("och", "samt"):
            continue  # the subject: a name, a body's first part
        if low in wl.present:
            return "present"
        if low in wl.past:
            return "past"
        known = tenses.get(low)
        if known in ("present", "passive", "past", "supine"):
            return known
        for ending, tense in wl.endings:
            if low.endswith(ending) and len(low) > len(ending) + 2:
                return tense
    return "none"


def subject_kind(text: str, people: frozenset[str] = frozenset()) -> str:
    """Who the sentence opens with: ``person``, ``initials``, ``role``, ``forum``,
    ``we``, ``pronoun``, ``thing`` (another capitalised word) or ``other``."""
    wl = wide_lexicon()
    body = _body(text)
    tokens = _TOKEN.findall(body[:80])
    if not tokens:
        return "other"
    first = tokens[0]
    low = first.lower()
    if low in wl.we:
        return "we"
    if low in wl.pronouns:
        return "pronoun"
    if first in first_names() or any(p.split()[0] == first for p in people):
        return "person"
    if first.isupper() and 2 <= len(first) <= 4:
        return "initials"
    if (
        len(tokens) > 2
        and tokens[1][:1].isupper()
        and tokens[2][:1].islower()
        and (_NAME.fullmatch(first) and _NAME.fullmatch(tokens[1]))
    ):
        return "person"  # a first and a last name before the verb: "Alva Ek ringer …"
    if low.endswith(wl.roles):
        return "role"
    m = lexicon().agent_nouns.search(body[:60])
    if m is not None and (m.start() == 0 or _FIRST_PART.fullmatch(body[: m.start()])):
        return "forum"
    return "thing" if first[:1].isupper() else "other"


def _type_of(title: str | None, types: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    if not title:
        return None
    return next((name for name, pat in types if pat.search(title)), None)


def section_type(title: str | None) -> str:
    """The type the lexicon gives the heading, else ``matter``; a section without a
    heading is one too (a running page header read as a heading in a PDF must not
    change a sentence's features)."""
    return _type_of(title, wide_lexicon().section_types) or "matter"


def label_type(label: str | None) -> str | None:
    return _type_of(label, wide_lexicon().label_types)


def wide_features(
    c: Clause,
    *,
    section_title: str | None,
    numbered_section: bool,
    label: str | None,
    position: tuple[int, int],
    people: frozenset[str] = frozenset(),
    gate: bool,
) -> list[str]:
    """The general features of one sentence (module docstring); ``gate`` tells that
    the clause analysis alone would offer it (:func:`tracker.extract.clauses.is_possible`),
    ``position`` is its index among the section's sentences and their number."""
    text = c.text
    words = len(text.split())
    out = [
        "gate" if gate else "wide",
        f"mv:{main_verb(text)}",
        f"subj:{subject_kind(text, people)}",
        f"sec:{section_type(section_title)}",
    ]
    if numbered_section:
        out.append("sec:numbered")
    if (lt := label_type(label)) is not None:
        out.append(f"lbl:{lt}")
    if _NUMBERED.match(text):
        out.append("numbered")
    lex = lexicon()
    if lex.negation.search(text):
        out.append("neg")
    if _QUESTION.search(text):
        out.append("question")
    if wide_lexicon().info.search(text):
        out.append("info")
    if wide_lexicon().decided.search(text):
        out.append("decided")
    if lex.reported.search(text):
        out.append("reported")
    if c.deadline is None and not c.starts and not c.past:
        out.append("time:none")
    k, n = position
    if k == 0:
        out.append("pos:first")
    if k == n - 1:
        out.append("pos:last")
    out.append(
        "words:"
        + ("1-6" if words <= 6 else "7-15" if words <= 15 else "16-30" if words <= 30 else "31+")
    )
    return out
