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
  ``reported`` reported speech, ``answered`` an answer given in the meeting ("X svarar
  att …"), ``neg`` a negation, ``pending`` one that leaves the matter waiting ("har
  ännu inte besvarats", "inget datum är bestämt"), ``question``, ``numbered``;
- ``time:none`` no time expression at all, and the sentence's place and length;
- by :func:`lexical_features`, for a model that reads words (``lexical``, as shipped):
  ``w:*`` the stems of the sentence's words and ``v:*`` the stem of the verb a marker or
  decision governs or of the main clause's finite verb (the model keeps those that occur
  in the training rows of several organisations, so no document's own words).

The words are data (``lexicon.toml``: ``[furniture]``, ``[main_verb]``, ``[subject]``,
``[info]``, ``[decided]``, ``[pending]``, ``[section_types]``, ``[label_types]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.clause_lexicon import is_first_name, lexicon, lexicon_data
from tracker.extract.clauses import Clause
from tracker.language.word_stems import stem

#: What may precede a sentence's first word: a bullet, a number, a letter point.
_LEAD = re.compile(r"\s*(?:[-–•·*]\s*|\(?\d{1,2}[.)]\s*|[a-zåäö][.)]\s+)?")
_NUMBERED = re.compile(r"\s*\(?\d{1,2}[.)]\s")
#: The number of an agenda point written without a stop ("11 Ny taxa …", "§ 4 Val …").
_AGENDA_NO = re.compile(r"\s*(?:§\s*)?\d{1,3}\s+(?=[A-ZÅÄÖ])")
_TOKEN = re.compile(r"[\wåäöÅÄÖéÉ]+(?:-[\wåäöÅÄÖéÉ]+)*-?")
_QUESTION = re.compile(r"\?\s*$")
_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?")
#: "Barn- och " before "utbildningsnämnden": one body.
_FIRST_PART = re.compile(r"[\wåäöÅÄÖ]+-\s*(?:och|&)\s+")
#: A sentence this short, or with this few words, is a heading or a fragment.
#: "Annika Berg svarar att samtliga uppdrag förlängs …": an answer or explanation given
#: in the meeting, told in reported speech (feature ``answered``).
ANSWERED = re.compile(r"^[^,.;:]{1,60}?\b(?:svarar|svarade|förklarar|förklarade|upplyser|"
                      r"upplyste|konstaterar|konstaterade)\s+(?:om\s+)?att\b", re.IGNORECASE)
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
    not_verb: tuple[str, ...]  # endings of a participle or a plural noun, never finite
    prepositions: frozenset[str]
    determiners: frozenset[str]
    fronted: frozenset[str]  # openers that put the subject after the verb
    we: frozenset[str]
    pronouns: frozenset[str]
    roles: tuple[str, ...]
    forums: tuple[str, ...]
    imperatives: frozenset[str]  # "boka", "ring", "se över": a verb's imperative
    imperative_endings: tuple[str, ...]
    info: re.Pattern[str]
    decided: re.Pattern[str]
    pending: re.Pattern[str]
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
        not_verb=tuple(mv["not_verb_endings"]),
        prepositions=frozenset(mv["prepositions"]),
        determiners=frozenset(mv["determiners"]),
        fronted=frozenset(mv["fronted"]),
        we=frozenset(subject["we"]),
        pronouns=frozenset(subject["pronouns"]),
        roles=tuple(subject["roles"]),
        forums=tuple(subject["forums"]),
        imperatives=_imperatives(data) | frozenset(mv["imperatives"]),
        imperative_endings=tuple(mv["imperative_endings"]),
        info=_any_of(data["info"]["words"]),
        decided=_any_of(data["decided"]["words"]),
        pending=_any_of(data["pending"]["words"]),
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


def is_furniture(text: str, procedural: bool = False, listed: bool = False) -> bool:
    """Attendance lists, signatures, case references, page furniture, bare headings and
    the meeting's own procedure ("justeras"): never an item, not worth a score.

    ``listed``: the sentence is a point of a list that a sentence leads into ("Det gäller
    bland annat", "… följande:"): the lead carries the verb, so a point's shortness
    ("• parkeringsavgifter") does not make it a heading or a fragment."""
    if len(text) > _MAX_CHARS or (len(text) < _MIN_CHARS and not listed):
        return True
    if procedural and main_verb(_body(text)) not in ("future", "modal"):
        # The meeting's opening, agenda and signing: furniture, unless a sentence there
        # says what will be done (a web page's agenda list may put the matters that
        # follow under "Mötets öppnande").
        return True
    body = _body(text)
    words = body.split()
    if listed:
        if not words or sum(map(str.isalpha, body)) < 0.6 * len(body.replace(" ", "")):
            return True  # a number or a date in the list, no matter
        return bool(wide_lexicon().furniture.match(body) or lexicon().procedure.search(text))
    if len(words) < _MIN_WORDS - 1 or (
        len(words) < _MIN_WORDS and main_verb(body) in ("none", "copula")
    ):
        # (three words with a verb of their own are a sentence: "Nöjesgruppen
        # ombesörjer inköpet.", "Alternativ får undersökas.")
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
        # "Protokollet justeras …", "Handlingar: …": the meeting's papers; unless the
        # sentence says they are not ready ("Protokollet från styrelsens förra möte är
        # ännu inte klart", "Handlingarna till budgetärendet är under utarbetande"):
        # someone still owes them.
        return not wide_lexicon().pending.search(body)
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


#: A definite noun: "rapporten", "förslaget", "principerna", "sträckan".
_DEFINITE = ("en", "et", "na", "an", "in")
#: A genitive noun phrase opens the next noun: "dagens sammanträde", "kommunens ekonomi".
_GENITIVE = ("ens", "ets", "ernas", "arnas", "ornas")
#: A weak adjective or participle inside a noun phrase: "den asfalterade sträckan",
#: "kommunens ekonomiska situation", "största" (a noun in -e is more often one in -de,
#: -te, -re: "möte", "arbete", "område", "vårdnadshavare").
_ADJECTIVE = ("a", "ade", "ande", "ende", "ede", "ste")
#: How far into the sentence its finite verb is looked for.
_VERB_WINDOW = 10


def main_verb(text: str) -> str:
    """The class of the finite verb of the main clause, looked for among the first
    words after the subject (Swedish puts it second): ``future``, ``modal``,
    ``perfect``, ``copula``, ``present``, ``passive``, ``past``; ``imperative`` when a
    verb's infinitive opens the line, ``att`` for a decision point's "att …", ``none``."""
    return finite_verb(text)[0]


def _opens_noun_phrase(
    low: str, nxt: str | None, after: str | None, *, word: str = "", first: bool = False
) -> bool:
    """``low`` is a determiner: the words after it are a noun phrase.  "den", "det" and
    "de" only before an adjective and a definite noun ("Den ekonomiska rapporten …"),
    else they are the pronoun subject ("Det finns …", "De kommer …")."""
    wl = wide_lexicon()
    if low in wl.determiners or low in wl.prepositions or low.isdigit():
        return True
    if low.endswith(_GENITIVE) and len(low) > 4 and (first or low == word):
        return True  # (a capitalised word in -ens further on is a name: "Elin Nirjens går")
    if low in ("den", "det", "de") and nxt is not None:
        return nxt.endswith(_ADJECTIVE) and (
            nxt.endswith(("ande", "ende")) or (after or "").endswith(_DEFINITE)
        )
    return False


def _looks_finite(low: str) -> bool:
    """A word that is most likely a finite verb whatever stands before it: a closed-class
    verb, a known form, a past or passive ending ("En presentationsrunda gjordes")."""
    wl = wide_lexicon()
    if low in wl.future or low in wl.modal or low in wl.perfect or low in wl.copula:
        return True
    if low in wl.present or low in wl.past or lexicon().tenses.get(low) in ("past", "passive"):
        return True
    return any(low.endswith(e) and len(low) > len(e) + 2
               for e, tense in wl.endings if tense != "present")


def _is_imperative(first: str, pair: str) -> bool:
    wl = wide_lexicon()
    if first in wl.imperatives or pair in wl.imperatives or lexicon().tenses.get(pair) == "inf":
        return True
    return first.endswith(wl.imperative_endings) and len(first) >= 6


def finite_verb(text: str) -> tuple[str, int]:
    """:func:`main_verb`'s class and the index of that verb among the sentence's words
    (-1 when there is none, 0 for an imperative or "att").  The words of a noun phrase
    (after a determiner, a preposition, a number or a genitive) are skipped: a plural
    noun or an adjective in -de is no verb ("Dessa myndigheter bör …", "Även den
    asfalterade sträckan … skall …"); so is the verb of a relative clause ("Den som vill
    delta ska …")."""
    wl = wide_lexicon()
    tenses = lexicon().tenses
    tokens = _TOKEN.findall(_body(text)[:200])
    if not tokens:
        return "none", -1
    first = tokens[0].lower()
    if first == "att":
        return "att", 0
    pair = " ".join(t.lower() for t in tokens[:2])
    if _is_imperative(first, pair) and not (len(tokens) > 1 and tokens[1].lower() in wl.copula):
        return "imperative", 0  # "Boka lokal …", "Ring hyresvärden …", "Följ upp …"
    lows = [t.lower() for t in tokens[:_VERB_WINDOW]]
    in_phrase = False  # inside a noun phrase: its noun still to come
    relative = False  # after "som": the relative clause's verb is not the main one
    for i, tok in enumerate(tokens[:_VERB_WINDOW]):
        low = lows[i]
        nxt = lows[i + 1] if i + 1 < len(lows) else None
        after = lows[i + 2] if i + 2 < len(lows) else None
        closed = next((cls for cls, words in (("future", wl.future), ("modal", wl.modal),
                                               ("perfect", wl.perfect),
                                               ("copula", wl.copula)) if low in words), None)
        if closed is not None:
            if relative:
                relative = False
                continue
            return closed, i
        if low == "som" and i > 0:
            relative = True
            continue
        if low.isdigit() and in_phrase:
            in_phrase = False  # the number is the phrase: "Från 2026 beräknas …"
            continue
        if _opens_noun_phrase(low, nxt, after, word=tok, first=i == 0):
            in_phrase = True
            continue
        if in_phrase:
            if (
                low.endswith(_ADJECTIVE)
                and nxt is not None
                and not low.endswith("na")
                and not _looks_finite(nxt)
            ):
                continue  # an adjective: the noun comes after it
            in_phrase = False
            continue  # the phrase's noun
        if i == 0 or tok[:1].isupper() or tok.endswith("-") or low in ("och", "samt"):
            continue  # the subject: a name, a body's first part
        if low.endswith(wl.not_verb) and low not in wl.present and low not in wl.past:
            continue
        found = None
        if low in wl.present:
            found = "present"
        elif low in wl.past:
            found = "past"
        elif (known := tenses.get(low)) in ("present", "passive", "past", "supine"):
            found = known
        else:
            found = next((tense for ending, tense in wl.endings
                          if low.endswith(ending) and len(low) > len(ending) + 2), None)
        if found is not None:
            if relative:
                relative = False
                continue
            return found, i
    return "none", -1


#: A capitalised word that is a noun in its definite form ("Temat", "Protokollet",
#: "Principerna"), not a name the first-name list lacks.
_DEFINITE_NOUN = ("et", "at", "na", "erna", "arna", "orna")
#: Longer than any first name: a compound noun ("Direktionsprotokoll").
_MAX_NAME = 10


def subject_kind(text: str, people: frozenset[str] = frozenset()) -> str:
    """Who the sentence opens with: ``person``, ``initials``, ``role``, ``forum``,
    ``we``, ``pronoun``, ``thing`` (another capitalised word) or ``other``.  After a
    fronted adverb or phrase the subject follows the verb ("Vidare går Sandra igenom …",
    "Vid sammanträdet informerar Harold Nilsson …") and is read there."""
    wl = wide_lexicon()
    body = _body(text)
    spans = list(_TOKEN.finditer(body[:200]))
    if not spans:
        return "other"
    cls, verb = finite_verb(body)
    low = spans[0].group().lower()
    if (
        (low in wl.fronted or low in wl.prepositions)
        and cls not in ("none", "att", "imperative")
        and 0 < verb < len(spans) - 1
    ):
        rest = body[spans[verb + 1].start() :]
        return _subject_at(rest[:1].upper() + rest[1:], people, inverted=True, verb=-1)
    if cls == "imperative":
        return "other"  # no subject: an order ("Renovera skolan …")
    return _subject_at(body, people, inverted=False, verb=verb)


def _subject_at(body: str, people: frozenset[str], *, inverted: bool, verb: int) -> str:
    """The kind of the subject that opens ``body``; ``verb`` is the index of the finite
    verb after it (-1 unknown)."""
    wl = wide_lexicon()
    tokens = _TOKEN.findall(body[:80])
    if not tokens:
        return "other"
    first = tokens[0]
    low = first.lower()
    if low in wl.we:
        return "we"
    nxt = [t.lower() for t in tokens[1:3]] + [None, None]
    if low in wl.pronouns and not (
        ((low in wl.determiners or low in ("den", "det", "de")) and verb > 1)
        or (inverted and low in ("den", "det", "de") and _opens_noun_phrase(low, *nxt[:2]))
    ):
        return "pronoun"  # not a determiner's noun phrase: "Dessa myndigheter bör …"
    if is_first_name(first) or any(p.split()[0] == first for p in people):
        return "person"
    if first.isupper() and 2 <= len(first) <= 4 and not inverted:
        return "initials"
    between = body[len(first) : body.find(tokens[1]) if len(tokens) > 1 else 0]
    if (
        len(tokens) > 2
        and tokens[1][:1].isupper()
        and tokens[2][:1].islower()
        and (_NAME.fullmatch(first) and _NAME.fullmatch(tokens[1]))
        and low not in wl.determiners
        and (verb == 2 or inverted)  # the verb right after the name, or right before it
        and len(first) <= _MAX_NAME
        and not low.endswith(_DEFINITE_NOUN)
        and not any(q in between for q in "\"”“'«»:")
    ):
        return "person"  # a first and a last name before the verb: "Alva Ek ringer …"
    if low.endswith(wl.roles):
        return "role"
    m = lexicon().agent_nouns.search(body[:60])
    if m is not None and (m.start() == 0 or _FIRST_PART.fullmatch(body[: m.start()])):
        return "forum"
    if low.endswith(wl.forums):
        return "forum"
    return "thing" if first[:1].isupper() or inverted else "other"


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
    if wide_lexicon().pending.search(text):
        out.append("pending")  # a negation that leaves the matter waiting
    if lex.reported.search(text):
        out.append("reported")
    if ANSWERED.match(text):
        out.append("answered")  # news given in the meeting, seldom a task left open
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


#: Words shorter than this are not stemmed into ``w:`` features ("i", "på", "om"): the
#: closed-class words are already read by the other features.
_MIN_WORD = 3


def lexical_features(c: Clause) -> list[str]:
    """The words of the sentence as features: ``w:<stem>`` for each word (a name, a
    capitalised word after the first, and numbers left out) and ``v:<stem>`` for the verb
    a marker or decision formula governs ("ska *renoveras*"), else the main clause's
    finite verb (:func:`finite_verb`).  A general mechanism: the model weighs a stem only
    when it occurs in the training rows of several organisations
    (``scripts/train_scorer.py``, ``MIN_ORGS``)."""
    tokens = _TOKEN.findall(_body(c.text))
    out: dict[str, None] = {}
    for i, tok in enumerate(tokens):
        word = tok.strip("-").lower()
        if len(word) < _MIN_WORD or not word.replace("-", "").isalpha():
            continue
        if i > 0 and tok[:1].isupper():
            continue  # a name or a body: the organisation's, not the sentence's kind
        out[f"w:{stem(word)}"] = None
    verb = c.governed or c.decided
    if verb is None:
        _, at = finite_verb(c.text)
        words = _TOKEN.findall(_body(c.text)[:200])
        verb = words[at] if 0 <= at < len(words) else None
    if verb:
        out[f"v:{stem(verb.split()[0].lower())}"] = None
    return list(out)
