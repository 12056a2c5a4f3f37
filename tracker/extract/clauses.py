"""Clause analysis: sentences that state an obligation in words no phrase rule foresaw.

The phrase rules (``phrases.toml``) make the confident candidates.  Real minutes say the
same things in many more ways ("Förskolorna ska erbjuda …", "Nämnden önskar att
förvaltningen redovisar …", "… beräknas behandla motionen i mars").  This module reads
every sentence the rules left alone with a Swedish lexicon (``lexicon.toml``, read by
:mod:`tracker.extract.clause_lexicon`: obligation
and future markers, verb classes with generated inflections, negation, done words, start
and past time cues, agent nouns) and describes its clauses:

- the marker and the verb class;
- the time expressions relative to the meeting: deadline, start or past reference;
- the agent: the subject before the marker, "av X" after a passive, "ger X i uppdrag";
  a recipient ("redovisa till förvaltningen") is not the agent;
- negation and done wording.

A sentence with a marker or a verb of a class, whose clause is neither negated nor done,
and which has a future time or an agent (or whose marker governs a verb, of a class or
not: "Taket ska renoveras"), becomes a *possible* candidate: shown unchecked
in review with its reasons (:mod:`tracker.extract.clause_candidates` makes it), so that
the secretary sees nearly every obligation and decides with one key.  Nothing here
reads the clock: without a meeting date, dates that need a year are not resolved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.clause_actor import is_actor
from tracker.extract.clause_lexicon import (
    DONE_TENSES,
    Lexicon,
    alternation,
    deed_verbs,
    first_names,
    is_first_name,
    lexicon,
    lexicon_data,
)
from tracker.language.date_period import MONTHS, Period
from tracker.language.date_shapes import NEXT_MEETING
from tracker.language.dates import find_periods

#: Sentences longer than this are run-on text (tables flattened into prose): not offered.
_MAX_SENTENCE = 450
MIN_SENTENCE = 25
#: "Anette köper färg." is a whole task; a person's action may sit in a long decision.
_MIN_PERSON = 12
_MAX_PERSON = 700

_KIND_NAMES = {
    "obligation": "skyldighet",
    "future": "framtid",
    "mandate": "uppdrag",
    "request": "begäran",
}


@dataclass(slots=True)
class Clause:
    """What the lexicon finds in one sentence."""

    text: str
    markers: list[tuple[str, str]] = field(default_factory=list)  # (class, word)
    verbs: list[tuple[str, str, str]] = field(default_factory=list)  # (class, kind, word)
    tenses: list[str] = field(default_factory=list)  # the tense of each of ``verbs``
    deadline: Period | None = None
    starts: list[Period] = field(default_factory=list)
    past: list[Period] = field(default_factory=list)
    agent: str | None = None
    recipient: str | None = None
    negated: bool = False
    done: bool = False
    #: The verb an obligation or future marker governs, whatever its class ("ska
    #: renoveras", "kommer att erbjudas"): the marker says what is to be done.
    governed: str | None = None
    #: The verb a decision formula decides ("beslutade att begära in …"): a task for the
    #: forum unless the decision settles the matter itself.
    decided: str | None = None
    #: The forum a verb of referral sends the matter to, named right after it ("gick till
    #: tekniska nämnden", "överlåter styrelsen till SVB"): the receiver owns the item.
    referred_to: str | None = None

    @property
    def signal(self) -> bool:
        return bool(self.markers or self.verbs or self.decided)

    @property
    def kind(self) -> str:
        """The candidate kind the verbs tell: a matter sent on, put off or sent back
        before any other verb of the sentence ("skickades tillbaka" is no "skicka")."""
        for cls, kind, _ in self.verbs:
            if cls in OPENING_CLASSES:
                return kind
        # The verb still to be done, not one that tells the past ("Kontakt tas med
        # Trafikverket angående … planerade arbeten": a contact, no planning).
        live = [v for v, t in zip(self.verbs, self.tenses, strict=True)
                if t not in DONE_TENSES] or self.verbs
        if not live:
            if self.governed and any(c == "obligation" for c, _ in self.markers) and (
                _DEED_FORM.search(self.governed)
            ):
                # "Snöpinnar skall sättas ner", "Duschmiljön behöver fräschas upp": a deed
                # to be done to a thing, whatever the verb, is an action.
                return "action"
            return "follow_up"
        cls, kind, _ = live[0]
        if cls == "decide" and _TO_MEMBERS.search(self.text):
            # "… förslag till stadgeändringar som kommer tas upp på ordinarie
            # föreningsstämma 2019": the board puts it before the members, who decide.
            return "referred"
        if kind in ("action", "follow_up") and _given_task().search(self.text):
            # "Uppdrogs åt Eddie att beställa skyltar": the task is an uppdrag given,
            # whatever its verb.
            return "assignment"
        if kind == "assignment" and not self._mandated():
            # Producing something is an uppdrag when one is given ("får i uppdrag att ta
            # fram …") or a body is to do it ("Förvaltningen ska utreda …"); a person's or
            # the writers' own doing is an action ("Peder W tar fram adresser", "Vi
            # behöver besikta våra byggnader").
            return "action"
        return kind

    def _mandated(self) -> bool:
        if any(word.startswith(("i uppdrag", "uppdra", "uppdrag")) for _, word in self.markers):
            return True
        if _given_task().search(self.text):
            return True
        return self.agent is not None and lexicon().agent_nouns.search(self.agent) is not None

    def reasons(self) -> list[str]:
        out = [f"lexikon: {w} ({_KIND_NAMES.get(c, c)})" for c, w in self.markers]
        out += [f"verb: {w} ({c})" for c, _, w in self.verbs]
        if self.governed and self.governed not in {w for _, _, w in self.verbs}:
            out.append(f"verb efter markören: {self.governed}")
        if self.decided:
            out.append(f"beslutat att: {self.decided}")
        if self.deadline is not None:
            out.append(f"tid: {self.deadline.text} (framåt)")
        out += [f"tid: {p.text} (start, ingen sista dag)" for p in self.starts]
        if self.agent:
            out.append(f"agent: {self.agent}")
        if self.referred_to and self.kind in ("referred", "sent_back"):
            out.append(f"skickas till (ansvarig): {self.referred_to}")
        elif self.recipient:
            out.append(f"mottagare (inte ansvarig): {self.recipient}")
        return out


#: The passive or the infinitive an obligation governs ("sättas", "grusbeläggas",
#: "fräschas", "åtgärda"): a deed, not a state (``[given_task] states``: "vara", "bli").
_DEED_FORM = re.compile(
    r"(?i)^(?!" + alternation(list(lexicon_data()["given_task"]["states"]))  # type: ignore[index]
    + r"$)[a-zåäö]{3,}(?:as|a)$"
)


@lru_cache(maxsize=1)
def _given_task() -> re.Pattern[str]:
    """An uppdrag given or taken on (``[given_task]`` of the lexicon)."""
    words = lexicon_data()["given_task"]["words"]  # type: ignore[index]
    return re.compile(r"(?i)(?<![\wåäö])" + alternation(list(words)) + r"(?![\wåäö])")


_CAP_PHRASE = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+(?:och\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,3}"
#: "ger barn- och utbildningsförvaltningen i uppdrag", "uppdrar åt kommundirektören"
_GIVEN_TO = re.compile(
    r"\b(?:ge|ger|gav|ges)\s+(?P<who>(?:[\wåäö-]+\s+){0,4}?[\wåäö-]+)\s+i\s+uppdrag"
    # "jag ger förvaltningen tydliga uppdrag"
    r"|\b(?:ge|ger|gav)\s+(?P<who3>[\wåäö-]*(?:förvaltningen|nämnden|styrelsen|kontoret|"
    r"chefen|direktören))\s+(?:[\wåäö]+\s+)?uppdrag(?:et|en)?\b"
    r"|\buppdra(?:r|s)?\s+åt\s+(?P<who2>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+?)(?=\s+att\b|[,.]|$)"
    # "uppdra till förvaltningen att …", "Uppdrogs kassören Eva Ek att …", "uppdrar Kim
    # att …": the one given the task before "att"
    r"|\b(?:uppdra\s+till|uppdrog(?:s)?(?:\s+(?:åt|till))?|uppdrar)\s+"
    r"(?P<who4>(?:[\wåäö-]+\s+){0,4}?[\wåäö-]+?)(?=\s+att\b)"
    # "Styrelsen uppdrar Kim skriver …": a name, then the task in the present
    r"|\buppdrar\s+(?P<who5>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?)"
    r"(?=\s+[a-zåäö]{3,}(?:ar|er|ör)\b)",
    re.IGNORECASE,
)
#: "… ska redovisas av förvaltningen", "tas fram av HR", "infordras genom ordföranden"
_BY = re.compile(r"\b\w+(?:s|as)\s+(?:\w+\s+)?(?:av|genom(?!\s+att\b))\s+"
                 r"(?P<who>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]+?)"
                 r"(?=\s+(?:senast|till|i|under|före|innan|inför|och|samt)\b|[,.;]|$)",
                 re.IGNORECASE)
#: "redovisas till nämnden", "rapportera till kommunstyrelsen": who receives it
_TO = re.compile(r"\b(?:till|för)\s+(?P<who>(?:[\wåäö-]+\s+){0,2}?[\wåäö-]*(?:nämnden|"
                 r"styrelsen|förvaltningen|fullmäktige|utskottet|gruppen|rådet|kommittén))",
                 re.IGNORECASE)
#: A matter sent on or back to a body named by its proper name ("till Trafikverket").
_TO_NAMED = re.compile(
    r"\btill\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})")
QUESTION = re.compile(r"\?\s*$")
_MONTHS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
           "december")
#: A month alone, written short, closing a line after a capitalised word (an action
#: list's "Vem" and "När" read as one line: "Bjuda in Helen, Johan okt").
_ROW_MONTH = re.compile(r"(?:^|\s)[A-ZÅÄÖ][a-zåäöé]+\s+(?P<month>jan|feb|mar|apr|maj|jun|jul|aug|"
                        r"sep|sept|okt|nov|dec)\.?\s*$")
#: "oktobersammanträdet", "junimötet", "decemberfullmäktige"
_MONTH_MEETING = re.compile(
    rf"\b({_MONTHS})(?:sammanträde|sammanträdet|mötet|möte|fullmäktige|nämnden|styrelsen)\b",
    re.IGNORECASE)
#: "… ska vidare till kommunfullmäktige", "föreslår till kommunfullmäktige att …": the
#: forum the matter goes on to is the next to act on it.
_GOES_TO = re.compile(
    r"\b(?:ska|skall|går)\s+(?:också\s+|även\s+|sedan\s+)?(?:vidare\s+)?till\s+"
    r"|\bföresl(?:å|år|og|ås)\s+(?:till\s+)?(?=[\wåäö-]*(?:fullmäktige|nämnden|styrelsen)\s+att\b)",
    re.IGNORECASE)
_FORUM_WORD = re.compile(
    r"(?P<who>(?:(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+)?[\wåäö-]*(?:fullmäktige|nämnden|styrelsen|"
    r"utskottet|regionen|förbundet))(?![\wåäö-])", re.IGNORECASE)
#: "Vi på Solgläntan ska …", "Vi i KPR …": the unit the writer speaks for.
_WE_AT = re.compile(r"(?:^|[.;:]\s+)[Vv]i\s+(?:på|i|från|inom)\s+"
                    r"(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?)")
#: "begär en ny sammanräkning av Länsstyrelsen": the one asked acts.
_ASKED_OF = re.compile(
    r"\bbegär(?:de|s|a)?\s+(?:[\wåäö-]+\s+){1,4}?av\s+(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö-]+"
    r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?|[\wåäö-]*(?:nämnden|styrelsen|förvaltningen))",
    re.IGNORECASE)
#: "Gunnar Axe ansvarar för att …": a full name before "ansvarar för", anywhere.
_RESPONSIBLE = re.compile(
    r"(?P<who>(?-i:[A-ZÅÄÖ])[a-zåäöé]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöé]+)?\s+(?-i:[A-ZÅÄÖ])"
    r"[a-zåäöé]+)\s+(?:ska\s+)?ansvara(?:r)?\s+för\b")
#: "Anna ska kolla upp …": one name before the marker
_NAMED_SUBJECT = re.compile(r"^([A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?)$")


#: "Anna Berg får i uppdrag": the verb before the mandate is no part of the subject.
_GETS = re.compile(r"\s+(?:får|fick|har\s+fått|hade\s+fått|ges|gavs)$", re.IGNORECASE)
#: The first part of a pair of compounds ("Kultur- och " before "fritidsnämnden").
_BOTH_PARTS = re.compile(r"[\wåäöÅÄÖ]+-\s+(?:och|&)\s+$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:i|på|av|för|från|till|med|om|inom|under|vid|åt|"
                                 r"mot|genom|efter|kring|bland)\s+$", re.IGNORECASE)
#: "Förskolorna Hästhagen och Stenkulan": names that follow an agent noun.
_NAMES_AFTER = re.compile(r"(?:\s+(?:och\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*)+")


def _subject(text: str, marker_at: int, lex: Lexicon) -> str | None:
    """The subject before the first marker or verb: a capitalised phrase or an agent noun
    at the start of the clause ("Förskolorna Hästhagen och Stenkulan ska …")."""
    head = _GETS.sub("", text[:marker_at].strip(" ,:;–-"))
    clause = re.split(r"[,;:]\s+|\s+(?:och|men|samt)\s+(?=[a-zåäö]+\s+(?:ska|bör)\b)", head)[-1]
    words = clause.split()
    if not words or len(words) > 8:
        return None
    if m := lex.agent_nouns.search(clause):
        start = clause.rfind(" ", 0, m.start()) + 1 if m.start() else 0
        if (both := _BOTH_PARTS.search(clause[:start])) is not None:
            start = both.start()  # "Kultur- och fritidsförvaltningen": one body
        if _PREPOSITION_BEFORE.search(clause[:start]):
            return None  # "Utredningen av hur internservicen i kommunen …": not the subject
        # The noun phrase, not the rest of the clause ("Regionfullmäktige godkänner …").
        tail = _NAMES_AFTER.match(clause, m.end())
        name = clause[start: tail.end() if tail else m.end()].strip()
        return name[:1].upper() + name[1:] if name else None
    # A name ("Anna Berg", "Lena och Omar Said"), not a thing that merely begins the
    # sentence with a capital ("Rutinen ska redovisas …": the routine acts on nothing).
    if re.fullmatch(_CAP_PHRASE, clause) and len(words) >= 2 and all(
        w[:1].isupper() or w == "och" for w in words
    ):
        return clause
    return None


#: "Beslutades att …", "Styrelsen beslöt att …": the decision opens the sentence, the
#: clause after "att" tells who acts.
_DECIDED_THAT = re.compile(
    r"^\s*(?:[\wåäöÅÄÖ]+\s+){0,2}?(?:beslutades|beslöts|beslutade|beslutar|beslöt|"
    r"bestämdes|enades\s+om|kom\s+överens\s+om)\s+att\s+", re.IGNORECASE)


#: An obligation or future right before a verb: the verb is still to be done.
_OWED_BEFORE = re.compile(r"(?<![\wåäö])(?:ska|skall|bör|måste|kommer\s+att)\s+$",
                          re.IGNORECASE)
#: A matter laid before the members' meeting, another forum than the board that writes.
_TO_MEMBERS = re.compile(
    r"\b(?:tas|tags|läggs|lyfts|behandlas|föreläggs)\s+(?:upp\s+|fram\s+)?(?:på|vid|till|inför)\s+"
    r"(?:(?:ordinarie|nästa|kommande|extra|höstens|vårens)\s+)?[\wåäö]*(?:stämma|stämman|"
    r"årsmöte|årsmötet|medlemsmöte|medlemsmötet)\b", re.IGNORECASE)


def _decided_subject(text: str, lex: Lexicon) -> str | None:
    """"Beslutades att Sture Hortlund presenterar ett budgetförslag …": the subject of
    the clause decided (a name or a body before its verb or marker), not the meeting."""
    m = _DECIDED_THAT.match(text)
    if m is None:
        return None
    rest = text[m.end():]
    stops = [v.search(rest) for _, _, v in lex.verbs]
    stops += [p.search(rest) for p in lex.markers.values()]
    at = min((x.start() for x in stops if x is not None), default=None)
    if not at:
        return None
    who = rest[:at].strip()
    if (n := _NAMED_SUBJECT.match(who)) and (
        is_first_name(who.split()[0]) or len(who.split()) == 2
    ):
        return n.group(1)
    return _subject(rest, at, lex)


#: A decision formula anywhere in the sentence, also with its subject after the verb
#: ("Förutom att bifalla motionen beslutade kommunfullmäktige att …").
_DECISION_ANYWHERE = re.compile(
    r"(?<![\wåäö])(?:beslutar|beslutade|beslöt|beslutades|beslöts|bestämmer|bestämde|"
    r"bestämdes|enades\s+om|enas\s+om|kom\s+överens\s+om|kommer\s+överens\s+om)"
    r"(?:\s+[\wåäö-]+){0,2}?\s+att\s+", re.IGNORECASE)
#: The subject of the clause decided, right after "att": one to three names ("Foxears",
#: "Per Bunnstad", "Hans-Rune / Willy") or a body, also in its indefinite form ("teknisk
#: servicenämnd") – before its own finite verb or mandate.  An infinitive after "att"
#: ("beslutade att lägga …") has no subject of its own: the deciding forum acts.
_ONE_NAME_PATTERN = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?"
_DECIDED_WHO = re.compile(
    r"(?P<who>" + _ONE_NAME_PATTERN + r"(?:\s*(?:,|&|/|\boch\b)\s*" + _ONE_NAME_PATTERN
    + r"){0,2}|(?:[\wåäö-]+\s+(?:och\s+)?)?[\wåäö-]+)"
    r"\s+(?:(?:ska|skall|bör|måste|kommer\s+att)\s+[a-zåäö]{2,}|(?:får|fick)\s+(?:\w+\s+)?"
    r"i\s+uppdrag|(?P<verb>[a-zåäö]{2,}(?:ar|er|ör|ir|år)))(?![\wåäö])")
#: Capitalised words after "att" that are no subject's name.
_NOT_SUBJECTS = frozenset({"vi", "man", "ni", "de", "den", "det", "detta", "denna", "dessa",
                           "mötet", "ärendet", "frågan", "protokollet"})


def decided_agent(text: str, lex: Lexicon | None = None) -> tuple[str, int] | None:
    """(the subject, where it starts) of the clause a decision formula decides, when that
    clause names its own actor: "Styrelsen beslutar att Foxears skriver …", "… beslutade
    kommunfullmäktige att teknisk servicenämnd får i uppdrag att …".  The forum that
    decides only gives the task; the one named after "att" does it."""
    lex = lex or lexicon()
    for m in _DECISION_ANYWHERE.finditer(text):
        w = _DECIDED_WHO.match(text, m.end())
        if w is None:
            continue
        who = w.group("who")
        first = who.split()[0].lower()
        if first in _NOT_SUBJECTS or (w.group("verb") or "").lower() in _NOT_PRESENT:
            continue
        head = who.split()[-1]
        if who[:1].islower() and not (
            lex.agent_nouns.fullmatch(head) or re.search(r"(?:nämnd|förvaltning)$", head)
        ):
            continue  # "beslutade att arbetet fortsätter": a thing, no actor
        return who[:1].upper() + who[1:], w.start()
    return None


#: Words ending like a verb in the present that are none ("Per Larsson under …").
_NOT_PRESENT = frozenset({"eller", "under", "över", "efter", "vidare", "senare", "tidigare",
                          "andra", "sommar", "vinter", "nummer", "kronor", "timmar",
                          "veckor", "dagar"})


def _requested_of(text: str, lex: Lexicon) -> str | None:
    """"Nämnden önskar att kultursekreteraren redovisar …": the one asked is the agent,
    the words between "att" and the verb; the body that asks is not."""
    m = re.search(r"\b(?:önskar|vill|begär|ber)\s+att\s+", text, re.IGNORECASE)
    if m is None:
        return None
    rest = text[m.end():]
    stops = [v.search(rest) for _, _, v in lex.verbs]
    stops += [re.search(r"\b(?:ska|skall|bör|kommer)\b", rest)]
    at = min((x.start() for x in stops if x is not None), default=None)
    if at is None:
        return None
    who = rest[:at].strip()
    return who if 0 < len(who.split()) <= 4 else None


#: "<Namn> [Efternamn] [ska] <verb>": the name at the start of a clause.
#: Sentence-initial words that are no names, before an action verb ("Vi kontaktar …").
_NOT_NAMES = frozenset({"vi", "man", "ni", "de", "den", "det", "alla", "var", "någon",
                        "detta", "denna", "dessa", "sedan", "därefter", "vidare", "dessutom",
                        "styrelsen", "gruppen", "föreningen", "ordförande", "kassören",
                        "sekreteraren", "nämnden", "förvaltningen", "kommunen"})
#: One person: a first name, hyphenated or not, then a surname or the initial of one
#: ("Bengt R ser över …").
_ONE_NAME = (r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
             r"(?:\s+[A-ZÅÄÖ][a-zåäöé]+|\s+[A-ZÅÄÖ]\.?(?=\s))?")
#: Two or three people who share the task: "Rolf och Kaj", "Hans-Rune / Willy".
_NAMES_JOINED = re.compile(r"\s*(?:,|&|/|\boch\b)\s*")
_PERSON_VERB = re.compile(
    r"(?:^|[.;:•·–(-]\s*|,\s+|\b(?:och|att|samt|men)\s+|"
    # (or a bare space after a word, before one name and its verb: "… bullar Håkan fixar";
    # or after a number, an attachment's or a point's: "Bilaga 3 Karin beställer …")
    r"(?P<bare>(?<=[a-zåäö\d])\s+(?=" + _ONE_NAME + r"\s+(?:(?:kan|får|måste)\s+)?"
    r"[a-zåäö]+(?:ar|er|ör|ir|år|ra|a)\b)))"
    r"(?P<who>" + _ONE_NAME + r"(?:\s*(?:,|&|/|\boch)\s+" + _ONE_NAME + r"){0,2}"
    r"|[A-ZÅÄÖ]{2,3})"
    # (a qualifier in brackets after the name: "Arne Berg (Åby)", "Eva Ek (S)", "(ordf.)")
    r"(?P<qual>\s*\([^()]{1," + str(lexicon_data()["person_action"]["qualifier_max"])  # type: ignore[index]
    + r"}\))?"
    r"\s+(?:(?:kan|får|måste)\s+(?P<inf>[a-zåäö]{3,}a)(?=[\s,.;]|$)|"
    r"(?:ska\s+|skall\s+)?(?P<verb>[a-zåäö]+(?:ar|er|ör|ir|år|ra)))"
    r"(?:\s+(?P<part>[a-zåäö]+))?\b"
)


#: The words after which a name opens a subordinate clause or is an object, not a task.
_SUBORDINATE_END = re.compile(
    r"\b(?:om|när|att|eftersom|hur|som|då|innan|tills|medan|ifall|vad|var|vem|med|till|"
    r"för|av|på|i|hos|från|och|eller|än|vilket|vilken|vilka|där|så)\s+$",
    re.IGNORECASE,
)


_INVERTED_PERSON = re.compile(
    # (or a clause cut after its joining adverb, the verb first: "hämtar Mait dem")
    r"^(?:(?:Det|Detta|Den|Denna|Dessa|Sedan|Därefter|Vidare|Dessutom|Nu)\s+|(?=[a-zåäö]))"
    r"(?P<verb>[a-zåäö]+(?:ar|er|ör|ir|år))\s+"
    r"(?P<who>[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?)(?![\wåäö])(?:\s+(?P<part>[a-zåäö]+))?"
)

#: The same inversion after an adverb that joins a second task to the first, inside the
#: sentence: "Doris beställer skyltarna och så hämtar Mait dem", "…, sedan ringer Per
#: hyresvärden" (the verb second, the name after it).
_INVERTED_JOINED = re.compile(
    r"(?:,\s*|\b(?:och|men)\s+)(?:så|sedan|sen|därefter|dessutom)\s+"
    r"(?P<verb>[a-zåäö]+(?:ar|er|ör|ir|år))\s+"
    r"(?P<who>[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?)(?![\wåäö])(?:\s+(?P<part>[a-zåäö]+))?"
)


def _person_matches(text: str) -> Iterator[re.Match[str]]:
    """Every :data:`_PERSON_VERB` in ``text``, each searched from the end of the one
    before's subject: a clause that is none of a person's ("Styrelsen beslutar att …")
    does not hide the person after it ("… att Kim kontaktar kommunen")."""
    pos = 0
    while (m := _PERSON_VERB.search(text, pos)) is not None:
        yield m
        pos = max(m.end("who"), pos + 1)


def person_actions(text: str, people: frozenset[str]) -> list[tuple[str, str, int]]:
    """"Martin kollar med medlemmarna", "… och Karolin gör vaktschemat", "Anna ska
    kolla upp": a person (a known first name, someone present, or initials) and a verb
    in the present that is not one of the meeting's own verbs (informerar, frågar …),
    or any capitalised word before a verb of the action list ("Bosse kontaktar …").
    Every one in the sentence, as (who, verb, where the person's clause starts)."""
    lex = lexicon()
    names = first_names()
    out = []
    for m in _person_matches(text):
        # ("Sture kan hämta …": the infinitive after "kan" read as its present, "hämtar")
        who, verb = m.group("who"), m.group("verb") or f"{m.group('inf')}r"
        each = [w for w in _NAMES_JOINED.split(who) if w]
        known = any(
            (first := one.split()[0].split("-")[0]) in names or one in people
            or any(p.split()[0] == first for p in people) for one in each) or all(
            _role_word(one) for one in each)
        phrase = f"{verb} {m.group('part') or ''}".strip()
        if phrase not in lex.action_verbs and (
            verb in lex.not_actions or phrase in lex.not_actions
        ) and not (m.group("verb") and tells_someone(text, m.end("verb"), verb)):
            continue
        if m.group("bare") is not None and (
            not known or _SUBORDINATE_END.search(text, 0, m.start("who"))
        ):
            # A name run on after the last word of a task without a comma ("Ann bakar
            # bullar Håkan fixar korv"): only a known first name or someone present, and
            # not the subject of a subordinate clause ("när vi vet om Kicki kommer").
            continue
        if m.group("qual") and phrase not in lex.action_verbs and verb not in lex.action_verbs \
                and not (m.group("verb") and tells_someone(text, m.end("verb"), verb)):
            continue  # "Eva Ek (S) bifaller …": a member's part in the protocol
        if not known and not (who.isupper() and who in people) and not (
            (verb in lex.action_verbs or phrase in lex.action_verbs)
            and not any(one.lower() in _NOT_NAMES for one in each)
        ):
            continue
        part = m.group("part") if m.group("part") in lex.particles else None
        out.append((who, f"{verb} {part}" if part else verb, m.start("who")))
    if out:
        for m in _INVERTED_JOINED.finditer(text):
            who, verb = m.group("who"), m.group("verb")
            if m.start() <= out[0][2] or (
                who.split()[0] not in names and who not in people
            ) or verb in lex.not_actions or verb in lex.not_joined:
                continue
            part = m.group("part") if m.group("part") in lex.particles else None
            out.append((who, f"{verb} {part}" if part else verb, m.start("verb")))
        out.sort(key=lambda x: x[2])
    if not out and (m := _INVERTED_PERSON.match(text)):
        # "Det kollar Lasse upp", "Sedan kontaktar Anna Berg skolan": the name after the
        # verb when the sentence opens with an object or an adverb.
        who, verb = m.group("who"), m.group("verb")
        first = who.split()[0]
        if (first in names or who in people) and verb not in lex.not_actions:
            part = m.group("part") if m.group("part") in lex.particles else None
            out.append((who, f"{verb} {part}" if part else verb, 0))
    return out


@lru_cache(maxsize=1)
def _telling() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The verbs of telling (``[person_action] telling_verbs``), the words that make what
    follows them information given in the meeting, and the words that name the meeting
    as the one told."""
    data = lexicon_data()
    pa, mv = data["person_action"], data["main_verb"]
    assert isinstance(pa, dict) and isinstance(mv, dict)
    content = re.compile(r"(?i)(?<![\wåäö])" + alternation(
        [w for w in pa["telling_content"] if w not in ("kort", "muntligt", "skriftligt",
                                                         "löpande", "detta", "det")]
    ) + r"(?![\wåäö])")
    first = re.compile(r"(?i)^\s*" + alternation(
        [*pa["telling_content"], *pa["telling_meeting"], *mv["prepositions"]])
        + r"(?![\wåäö])")
    return frozenset(pa["telling_verbs"]), content, first


def tells_someone(text: str, at: int, verb: str) -> bool:
    """Whether a verb of telling at ``at`` ("meddelar", "informerar") has a recipient of
    its own and tells nothing in the meeting: "Katarina meddelar kommunen." is a task
    (she must tell them); "… meddelar att …", "… informerar om …", "… informerar
    styrelsen." (told in the meeting) stay information."""
    verbs, content, first = _telling()
    if verb.lower() not in verbs:
        return False
    rest = re.split(r"[.;:!?]", text[at:], maxsplit=1)[0]
    if not rest.strip() or first.match(rest) or content.search(rest):
        return False
    return re.match(r"\s+[\wåäöÅÄÖ]", rest) is not None


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """The definite forms of the roles a person holds (``[subject] roles``: "kassören",
    "ordföranden", "sekreteraren", "rektorn")."""
    return frozenset(r.casefold() for r in lexicon_data()["subject"]["roles"]
                     if r.casefold().endswith(("en", "n")))


def _role_word(word: str) -> bool:
    """Whether ``word`` is one person named by the role held ("Kassören betalar fakturan"
    as "Per betalar fakturan"): a role's definite form, as one word."""
    return " " not in word.strip() and word.strip().casefold() in _roles()


#: The joint of a second verb that shares the first one's subject: "och", "samt", a
#: comma, perhaps "sedan" or "därefter" ("Lisa kollar priset och återkommer", "…, sedan
#: bokar").
_SHARED_SUBJECT = re.compile(r"(?:,\s*|\s+(?:och|samt)\s+)(?:(?:sedan|sen|därefter|då|"
                             r"också|även)\s+)?$", re.IGNORECASE)


def coordinated_owner(text: str, at: int, people: frozenset[str]) -> str | None:
    """The subject of a verb at ``at`` that has none of its own, joined to the verb of a
    person's clause before it ("Hesse kollar vilka regler som gäller och återkommer med
    en kalkyl": Hesse comes back): the person of the nearest :func:`person_actions`
    clause before ``at``, when the verb at ``at`` follows a joining word and no other
    sentence or subject stands between."""
    if _SHARED_SUBJECT.search(text, 0, at) is None:
        return None
    before = [(who, start) for who, _, start in person_actions(text, people) if start < at]
    if not before:
        return None
    who, start = before[-1]
    if re.search(r"[.;:!?]\s", text[start:at]):
        return None
    return who


#: The scorer's feature of a clause whose subject is a named person doing a deed.
PERSON_DEED = "own:person+verb:deed"


def named_person(who: str, people: frozenset[str]) -> bool:
    """Whether ``who`` (one name, or names joined by "och", "/", ",") names someone: a
    known first name, someone present or listed in the document (``people``), or the
    first name of one of them.  Not a role ("Kassören") nor a capitalised word alone."""
    names = first_names()
    firsts = {p.split()[0] for p in people if p.strip()}
    for one in _NAMES_JOINED.split(who):
        one = one.strip()
        if not one:
            continue
        first = one.split()[0]
        if (first in names or first.split("-")[0] in names or one in people
                or first in firsts) and first.lower() not in _NOT_NAMES:
            return True
    return False


def person_deed(text: str, people: frozenset[str]) -> tuple[str, str, int] | None:
    """The first clause of :func:`person_actions` whose subject is a named person
    (:func:`named_person`) and whose verb is a deed (``clause_lexicon.deed_verbs``:
    "Nils publicerar …", "… beslutar att Kim kontaktar …", "…, och Bo ringer …", "Anna
    och Per undersöker …"): something that person will do, not a verb of the meeting
    itself (informerar, säger, rapporterar …)."""
    deeds = deed_verbs()
    for who, verb, at in person_actions(text, people):
        if not named_person(who, people):
            continue
        # (with the word after it, a particle the reading of persons does not keep:
        # "håller i", "fyller i")
        after = re.compile(re.escape(verb) + r"\s+(?P<next>[a-zåäö]+)").search(text, at)
        phrases = [verb, verb.split()[0]] + ([f"{verb} {after['next']}"] if after else [])
        if any(p in deeds for p in phrases):
            return who, verb, at
    return None


def person_action(text: str, people: frozenset[str]) -> tuple[str, str] | None:
    """The first of :func:`person_actions`, without its place."""
    found = person_actions(text, people)
    return (found[0][0], found[0][1]) if found else None


def time_role(p: Period, text: str, ref: dt.date | None) -> str:
    """What a period found in ``text`` is to the meeting: a ``"start"`` ("från 1 juli",
    "fr.o.m. 2022-04-01", "införs 1 maj"), a ``"past"`` reference ("gjordes före 1 augusti
    2010", "inlämnad 2022-12-05", or over before the meeting ``ref``) or a
    ``"deadline"``, or the ``"scope"`` a plan covers ("verksamhetsplan för kommande år").
    The cue words are the lexicon's (``lexicon.toml``, ``[time]``)."""
    lex = lexicon()
    lead = text[max(0, p.pos - 24) : p.pos]
    start = lex.start_cue.search(lead[-14:]) or lex.start_cue.match(p.text)
    # "efter sommaren", "efter nyår" are deadlines by convention (30 September, 31
    # January): only a day after "efter" ("efter 1 juli") starts something.
    if start and not (start.group(0).strip().lower() == "efter" and p.precision != "day"):
        if _ceasing().search(text, max(0, p.pos - 100), p.pos):
            return "deadline"  # "upphöra med … från och med 1 oktober": stopped by then
        return "start"
    if lex.past_cue.search(lead) or (
        _PERFECT_BEFORE.search(lead) and _BARE_DATE.match(p.text)
    ):
        return "past"
    if ref is not None and p.end is not None and p.end <= ref:
        return "past"  # over before the meeting, or its own day: no time left to act
    if p.precision in ("year", "half", "quarter", "tertial", "season") and _scope().search(
        text[max(0, p.pos - 40):p.pos]
    ):
        return "scope"  # "verksamhetsplan för kommande år": what the plan covers
    return "deadline"


@lru_cache(maxsize=1)
def _scope() -> re.Pattern[str]:
    """A noun of plans and budgets, perhaps the end of a compound, then "för", ending the
    text before a period."""
    time = lexicon_data()["time"]
    assert isinstance(time, dict)
    return re.compile(r"[\wåäö-]*" + alternation(time["scope_nouns"]) + r"\s+för\s+$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _ceasing() -> re.Pattern[str]:
    time = lexicon_data()["time"]
    assert isinstance(time, dict)
    return re.compile(r"(?<![\wåäö])(?:" + alternation(time["ceasing"]) + r")(?![\wåäö])",
                      re.IGNORECASE)


#: A date right after a perfect's auxiliary tells when it was done ("… har den 19 juni
#: avsagt sig uppdraget", "… har 13 februari lämnat in en motion"); "har till den 5 maj"
#: is a deadline.
_PERFECT_BEFORE = re.compile(r"(?<![\wåäö])(?:har|hade)\s+(?:den\s+)?$", re.IGNORECASE)
_BARE_DATE = re.compile(r"(?:den\s+)?\d", re.IGNORECASE)


def deadlines(periods: list[Period], text: str, ref: dt.date | None) -> list[Period]:
    """The periods of ``text`` that can be a deadline: neither a start nor a past
    reference (:func:`time_role`)."""
    return [p for p in periods if time_role(p, text, ref) == "deadline"]


#: The marker classes whose verb follows them ("ska …", "kommer att …").
_GOVERNING = frozenset({"obligation", "future"})
#: The verb right after a marker (an adverb may come between): an infinitive or a
#: passive ("ska renoveras", "bör utredas", "kommer att erbjuda").
_GOVERNED = re.compile(r"\s+(?:(?:också|även|sedan|därefter|nu|först|snarast|då)\s+)?"
                       r"(?P<verb>[a-zåäö]{2,}(?:a|as|s))(?![\wåäö])")
#: A relative clause's "som": a negation after it qualifies a noun, not the task.
_RELATIVE = re.compile(r"(?<![\wåäö])som(?![\wåäö])", re.IGNORECASE)
#: A subordinate clause of time ("till dess att", "tills", "när", "innan", "efter att",
#: "förrän", "så snart"): what it says is done is a condition of the future, no fact.
_TIME_CLAUSE = re.compile(r"(?<![\wåäö])(?:till\s+dess(?:\s+att)?|tills|när|innan|efter\s+att|"
                          r"förrän|så\s+snart|så\s+fort)(?![\wåäö])", re.IGNORECASE)


def _in_time_clause(text: str, start: int, at: int) -> bool:
    """Whether the words at ``at`` stand in a clause of time opened after ``start`` and
    not closed by a comma before them."""
    seg_start = max(text.rfind(",", start, at), start)
    return _TIME_CLAUSE.search(text, seg_start, at) is not None


#: The verb inside a marker of the spoken future, which takes its bare infinitive
#: ("Hemsidan kommer göras om", "Mail kommer skickas ut": [auxiliary] in lexicon.toml).
_BARE_GOVERNED = re.compile(r"^kommer\s+(?P<verb>[a-zåäö]{2,}(?:a|as))$", re.IGNORECASE)
#: Infinitives of being, having or being able: a state or a norm, no act ("ska vara
#: roligt", "bör finnas", "måste kunna").
_NOT_GOVERNED = frozenset({"vara", "bli", "ha", "kunna", "få", "finnas", "heta", "gälla",
                           "alla", "andra", "dessa", "hela", "nya", "sina"})


@lru_cache(maxsize=1)
def _decided_verb() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], frozenset[str]]:
    """A decision formula and the verb it decides ("beslutade att begära", "bestämdes
    att var och en granskar"): an infinitive right after "att", or a present after a subject of
    at most three words; and the roots of the verbs the meeting settles a matter with
    itself (``[decided]`` ``settled``: "beslutade att godkänna …"), which are no task."""
    data = lexicon_data()
    decided, mv = data["decided"], data["main_verb"]
    assert isinstance(decided, dict) and isinstance(mv, dict)
    adverb = r"(?:(?:också|även|därför|sedan|vidare|slutligen)\s+)?"
    formula = "|".join(
        r"\s+".join(map(re.escape, w.split()[:-1])) + rf"\s+{adverb}att"
        for w in decided["words"])
    lead = rf"(?<![\wåäö])(?:{formula})\s+(?:(?:också|även|därför|sedan)\s+)?"
    infinitive = re.compile(rf"{lead}(?P<verb>[a-zåäö]{{3,}}a)(?![\wåäö])", re.IGNORECASE)
    present = re.compile(rf"{lead}(?:[\wåäö-]+\s+){{1,3}}?(?P<verb>[a-zåäö]{{3,}}"
                         r"(?:ar|er|ör|r))(?![\wåäö])", re.IGNORECASE)
    stop = {w[:-1] if w.endswith("a") else w for w in decided["settled"]}
    stop |= {*mv["determiners"], *mv["prepositions"], "alla", "andra", "sina", "nya",
             "är", "har", "kan", "får", "ska", "skall", "vill", "måste", "bör", "blir"}
    return (infinitive, present), frozenset(stop)


def _decision_task(text: str) -> tuple[str, int] | None:
    """(verb, where its formula starts) of a decision that gives the forum a task."""
    (infinitive, present), settled = _decided_verb()
    for pattern, ending in ((infinitive, r"a$"), (present, r"(?:ar|er|r)$")):
        for m in pattern.finditer(text):
            verb = m.group("verb").lower()
            if verb in settled or re.sub(ending, "", verb) in settled:
                continue
            return verb, m.start()
    return None


def analyse(
    text: str,
    ref: dt.date | None,
    next_meeting: dt.date | None,
    people: frozenset[str] = frozenset(),
    *,
    full: bool = False,
) -> Clause:
    """Describe one sentence.  ``ref`` is the meeting date; without it no date that needs
    a year is resolved (the clock is never asked).  A sentence with no marker or verb of
    the lexicon is described no further unless ``full`` (the wide reading scores it)."""
    lex = lexicon()
    c = Clause(text)
    first = len(text)
    # One pass over the whole lexicon first: most sentences hold none of its words.
    if not lex.any_word.isdisjoint(_WORD.findall(text.lower())):
        for name, pat in lex.markers.items():
            for m in pat.finditer(text):
                c.markers.append((name, m.group(0).lower()))
                first = min(first, m.start())
                if name in _GOVERNING and c.governed is None and (
                    g := _GOVERNED.match(text, m.end()) or _BARE_GOVERNED.search(m.group(0))
                ) and g.group("verb").lower() not in _NOT_GOVERNED:
                    c.governed = g.group("verb").lower()
        for cls, kind, pat in lex.verbs:
            for m in pat.finditer(text):
                word = m.group(0).lower()
                tense = _tense_in_context(
                    lex.tenses.get(" ".join(word.split()), "any"), text[: m.start()])
                if tense == "imperative" and _PAST_PASSIVE_AFTER.match(text, m.end()):
                    # "Köpa in en tvättmaskin diskuterades.": the infinitive is the
                    # subject of a past passive, a matter talked of, no order
                    tense = "past"
                if cls in ("refer", "send_back") and tense in ("supine", "participle") and (
                    _BEING.search(text, 0, m.start())
                ):
                    tense = "passive"  # "Förslaget är remitterat till …": out, unanswered
                c.verbs.append((cls, kind, word))
                c.tenses.append(tense)
                first = min(first, m.start())
                if cls == "refer" and c.referred_to is None and (
                    rm := lex.refer_to.match(text, m.end())
                ):
                    c.referred_to = rm.group("who")
    if dm := _decision_task(text):
        c.decided = dm[0]
        first = min(first, dm[1])
    if (pm := lex.proposal.search(text)) and _OWED_BEFORE.search(text, 0, pm.start()):
        # "KSAU beslutade att kommunstyrelsen ska föreslå kommunfullmäktige att besluta
        # …": the proposal is still to be made, by its subject; the body it goes to
        # does not act yet.
        c.verbs.append(("investigate", "assignment", pm.group(0).lower()))
        c.tenses.append("inf")
        first = min(first, pm.start())
    elif pm and _DEBATER.search(text, 0, pm.start()):
        pass  # "Eva Ek (S) föreslår fullmäktige att …": a yrkande in the debate
    elif pm:
        # "Arbetsutskottet föreslår styrelsen besluta …": sent on to the body that
        # decides, which is the one to act (unless it is this meeting's own body: the
        # caller drops those, decided here).
        c.verbs.append(("refer", "referred", pm.group(0).lower()))
        c.tenses.append("present")
        c.recipient = pm.group("who") or pm.group("who2")
        first = min(first, pm.start())
    if pa := person_action(text, people):
        if pa[1] in _telling()[0]:
            # "Eva informerar grannföreningen": she is to tell them, an action, not the
            # report back to the meeting the verb's class says
            keep = [i for i, v in enumerate(c.verbs) if v[2] != pa[1]]
            c.verbs = [c.verbs[i] for i in keep]
            c.tenses = [c.tenses[i] for i in keep]
        if ("do", "action", pa[1]) not in c.verbs:  # the lexicon may know the verb too
            c.verbs.append(("do", "action", pa[1]))
            c.tenses.append("present")
        c.agent = pa[0]
        first = min(first, text.find(pa[0]))
    if not c.signal and not full:
        return c
    # Negation right after the marker or before the verb ("ska inte", "behöver ej"),
    # unless a relative clause after the signal holds it: it tells of a thing the task
    # names ("Sture ordnar frågor som inte är googlingsbara"), the task stands.
    for m in lex.negation.finditer(text):
        if m.start() >= first - 12 and m.start() <= first + 40 and not (
            m.start() > first and _RELATIVE.search(text, first, m.start())
        ):
            c.negated = True
    # Done wording counts in the clause of the signal, not in a sentence before it
    # ("Brevet är klart. Lena mejlar det …" still leaves the mailing to do), nor in a
    # clause of time that sets a condition ("Till dess att planen är genomförd, ska …").
    clause_start = max(text.rfind(". ", 0, first), text.rfind("? ", 0, first), 0)
    c.done = any(not _in_time_clause(text, clause_start, m.start())
                 for m in lex.done.finditer(text, clause_start))
    for p in find_periods(text, ref, next_meeting):
        if p.end is None and p.precision != "next_meeting":
            continue  # a date that needs the meeting's year, which is unknown
        role = time_role(p, text, ref)
        if role == "start":
            c.starts.append(p)
        elif role == "past":
            c.past.append(p)
        elif role == "scope":
            continue  # what a plan covers ("verksamhetsplan för kommande år")
        elif c.deadline is None or p.precision == "day":
            c.deadline = p
    if c.deadline is None and ref is not None and (mm := _MONTH_MEETING.search(text)):
        # "får ärendet återkomma till oktobersammanträdet": the meeting of that month.
        c.deadline = next(iter(find_periods(f"i {mm.group(1)}", ref, None)), None)
        if c.deadline is not None:
            c.deadline = dataclasses.replace(c.deadline, text=mm.group(0))
    if c.deadline is None and ref is not None and (mm := _ROW_MONTH.search(text)):
        # "Bjuda in Helen, Johan okt": an action list's "När" after its "Vem", a month
        # written short at the end of the line
        month = MONTHS[mm.group("month").lower().rstrip(".")]
        full = max((n for n, v in MONTHS.items() if v == month), key=len)
        row = next(iter(find_periods(f"i {full}", ref, None)), None)
        if row is not None and row.end is not None and row.end > ref:
            c.deadline = dataclasses.replace(row, text=mm.group("month"))
    if ref is None and re.search(r"nästa\s+(?:möte|sammanträde)", text, re.I):
        c.deadline = Period(None, None, "next_meeting", "till nästa möte")
    if not c.signal:
        return c  # (``full``) the times are all the wide reading asks of the lexicon
    if c.agent is not None:
        pass  # the person who will act, found above
    elif m := _GIVEN_TO.search(text):
        c.agent = (m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")
                   or m.group("who5") or "").strip() or None
    if c.agent is None and (m := _RESPONSIBLE.search(text)):
        c.agent = m.group("who")
    goes_to = None
    if c.agent is None and (m := _GOES_TO.search(text)) and (
        f := _FORUM_WORD.match(text, m.end())
    ) and not (m.group(0)[:1] in "fF" and _OWED_BEFORE.search(text, 0, m.start())):
        c.agent = goes_to = f.group("who")
    if c.agent is None and (m := _ASKED_OF.search(text)):
        c.agent = m.group("who")
    if c.agent is None and (m := _WE_AT.search(text)):
        c.agent = m.group("who")
    if c.agent is None:
        c.agent = _requested_of(text, lex)
    if c.agent is None and (da := decided_agent(text, lex)):
        c.agent = da[0]  # "Styrelsen beslutar att Foxears skriver …": not the forum
    if c.agent is None and (m := _NAMED_SUBJECT.match(_GETS.sub("", text[:first].strip()))) and (
        is_first_name(m.group(1).split()[0]) or m.group(1) in people
    ):
        c.agent = m.group(1)
    if c.agent is None and (m := _BY.search(text)) and not (
        m.group(0).split()[-len(m.group("who").split()) - 1].lower() == "genom"
        and not is_actor(m.group("who"), people)
    ):
        # (a means is no one: "återremitterades genom en så kallad minoritetsåterremiss")
        c.agent = m.group("who").strip()
    if c.agent is None:
        c.agent = _subject(text, first, lex)
    if c.agent is None:
        c.agent = _decided_subject(text, lex)
    # (the forum a matter goes on to is its next actor and still its recipient)
    if (m := _TO.search(text)) and (c.agent is None or c.agent == goes_to
                                    or m.group("who") not in c.agent):
        c.recipient = m.group("who").strip()
    if c.recipient is None and any(cls in ("refer", "send_back") for cls, _, _ in c.verbs) and (
        m := _TO_NAMED.search(text)
    ):
        c.recipient = m.group("who")  # "skickas till Västra Götalandsregionen för beredning"
    if c.referred_to is not None:
        # the forum named right after the verb of referral, not an earlier "till …"
        c.recipient = c.referred_to
    if c.agent:
        c.agent = c.agent[:1].upper() + c.agent[1:]
    return c


#: A form of being right before a participle of referral: "är remitterad", "är nu
#: överlämnat", "har blivit hänskjuten": the matter is out and not yet answered.
_BEING = re.compile(r"(?<![\wåäö])(?:är|blir|har\s+blivit)\s+(?:nu\s+|redan\s+)?$",
                    re.IGNORECASE)
#: A member's own proposal in the debate before "föreslår": a party in brackets right
#: before the verb ("Eva Ek (S) föreslår …"), or a yrkande told in the same sentence.
_DEBATER = re.compile(r"\((?:s|m|c|l|v|kd|mp|sd|fp|fi)\)\s*$|\byrka(?:r|de)\b",
                      re.IGNORECASE)


#: Verb classes whose every tense leaves a matter open: sent on, put off, sent back.
OPENING_CLASSES = frozenset({"refer", "table", "send_back"})

#: An infinitive after these is allowed or possible, not to be done ("vi får köpa för
#: max 800 kr", "Industri kan eventuellt fixa detta").
_PERMITTED = re.compile(r"\b(?:får|fick|kan|kunde|vill|ville|brukar|slipper|"
                        r"behöver inte|måste inte)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A supine after these is a perfect; without them it is a participle ("återremitterat
#: ärende", "tidigare bordlagt"): a state told of an earlier decision.
_AUXILIARY = re.compile(r"\b(?:har|hade|ha|har\s+inte|blivit|har\s+\w+)\s+$", re.IGNORECASE)
#: A determiner before a past form makes it the weak participle of a noun phrase ("Det
#: återremitterade ärendet går nu tillbaka …", "den bordlagda frågan"): a state told of
#: an earlier act, as "återremitterat ärende" is.
_DETERMINED = re.compile(r"(?<![\wåäö])(?:det|den|de|detta|denna|dessa)\s+$", re.IGNORECASE)
#: Nothing but a bullet, a number or a label before a verb: it opens its clause.
_CLAUSE_START = re.compile(r"\s*(?:[-–•·*]\s*|\d{1,2}[.)]\s*|[\wåäöÅÄÖ ]{1,25}:\s*)?")
#: The finite verb of a clause opened by an infinitive is a past passive of the first
#: conjugation ("… diskuterades", "… behandlades") before any comma or stop: the
#: infinitive phrase is its subject.
_PAST_PASSIVE_AFTER = re.compile(r"[^,;:.!?\n]*?\b[a-zåäö]{3,}ades\b", re.IGNORECASE)
#: Words that put a past decision at an earlier meeting.
_EARLIER = re.compile(r"\b(?:tidigare|förra|föregående|sedan)\b", re.IGNORECASE)


def _tense_in_context(tense: str, before: str) -> str:
    """A form's tense as the words before it tell it: an infinitive that is only
    allowed ("permitted"), a supine without an auxiliary (a "participle")."""
    if tense == "inf" and _PERMITTED.search(before):
        return "permitted"
    if tense == "inf" and _CLAUSE_START.fullmatch(before):
        return "imperative"  # "• Definiera begrepp …", "Boka lokal till mötet."
    if tense == "supine" and not _AUXILIARY.search(before):
        return "participle"
    if tense == "past" and _DETERMINED.search(before):
        return "participle"
    return tense


def _live_verbs(c: Clause) -> list[tuple[str, str]]:
    """(class, tense) of the verbs that speak of something still to come: a past or a
    supine ("kontaktades", "har bokats") tells what was done, except of a matter sent
    on, put off or sent back, which the meeting's decision leaves open."""
    earlier = bool(c.past) or _EARLIER.search(c.text) is not None
    out = []
    for (cls, _, _), t in zip(c.verbs, c.tenses, strict=True):
        if t == "permitted":
            continue
        if cls in OPENING_CLASSES:
            # The meeting's own decision told in the past stays open; a state
            # ("återremitterat ärende") or a decision of an earlier meeting does not.
            if t == "participle" or (t in DONE_TENSES and earlier):
                continue
        elif t in DONE_TENSES:
            continue
        out.append((cls, t))
    return out


def is_possible(c: Clause) -> bool:
    """An obligation worth showing: a signal, not negated or done, not a question, and
    something to hold on to (a future time or an agent)."""
    if not c.signal or c.negated or c.done or QUESTION.search(c.text):
        return False
    if lexicon().procedure.search(c.text):
        return False  # signing or posting the minutes
    if (rm := lexicon().reported.search(c.text)) and not person_actions(c.text[: rm.start()],
                                                                     frozenset()):
        return False  # told as news or a reminder of a rule, not given as a task
    if c.decided is not None and MIN_SENTENCE <= len(c.text) <= _MAX_SENTENCE:
        return True  # the forum decided to do something it has not done yet
    live = _live_verbs(c)
    if not c.markers and not live:
        return False  # only what was done
    # A task: someone who will do something, a task in the present passive, or an
    # order opening its clause ("Definiera begrepp för …").
    does = any(cls == "do" or t == "imperative" for cls, t in live)
    if not ((_MIN_PERSON if does else MIN_SENTENCE) <= len(c.text)
            <= (_MAX_PERSON if does else _MAX_SENTENCE)):
        return False
    # A marker and a verb of a class, two words ("planeras" alone is both).
    strong = bool(c.markers) and (
        bool({w for _, _, w in c.verbs} - {w for _, w in c.markers}) or c.governed is not None)
    if c.deadline is not None and (c.markers or live):
        return True
    if does:
        return True  # a person who will do something, or a task in the present passive
    if any(cls in OPENING_CLASSES for cls, _ in live):
        return True  # sent on, put off or sent back: open until decided
    # An obligation marker with a verb of a class says what will happen even without a
    # named agent ("… kommer ärendet att kompletteras med socialnämndens yttrande").
    return strong or (bool(c.markers) and c.agent is not None)


_WORD = re.compile(r"[\wåäö]+")

def features(
    c: Clause,
    *,
    label: str | None = None,
    bullet: bool = False,
    para_start: bool = False,
    people: frozenset[str] = frozenset(),
) -> list[str]:
    """The clause as named features for the scorer (:mod:`tracker.extract.scorer`)."""
    out = [f"marker:{m}" for m in dict.fromkeys(m for m, _ in c.markers)]
    out += [f"verb:{v}" for v in dict.fromkeys(v for v, _, _ in c.verbs)]
    if c.markers and c.verbs:
        out.append("marker+verb")
    out += [f"tense:{t}" for t in dict.fromkeys(c.tenses) if t != "any"]
    if c.deadline is not None:
        exact = c.deadline.precision in ("day", "week")
        # "till nästa möte" is the same cue whether or not the document dates that meeting.
        nxt = c.deadline.precision == "next_meeting" or bool(NEXT_MEETING.search(
            c.deadline.text))
        out.append("deadline:" + ("next_meeting" if nxt else "exact" if exact else "period"))
    if c.starts:
        out.append("time:start")
    if c.past:
        out.append("time:past")
    if c.agent:
        first = c.agent.split()[0]
        if is_first_name(first) or c.agent in people or any(
            p.split()[0] == first for p in people
        ):
            out.append("agent:person")
        elif lexicon().agent_nouns.search(c.agent):
            out.append("agent:body")
        else:
            out.append("agent:other")
    if c.recipient:
        out.append("recipient")
    if person_deed(c.text, people):
        out.append(PERSON_DEED)
    if c.referred_to and c.kind == "referred":
        # a matter sent on to a forum named after the verb: the receiver owns it
        out.append("refer:to")
    if any("föresl" in w for cls, _, w in c.verbs if cls == "refer"):
        out.append("refer:proposal")  # "föreslår kommunfullmäktige att …"
    low = (label or "").lower()
    if "beslut" in low:
        out.append("label:beslut")
    elif low:
        out.append("label:other")
    if bullet:
        out.append("bullet")
    if para_start:
        out.append("para_start")
    if re.match(r"(?:att|-|–|•)\s", c.text):
        out.append("starts:att")
    n = len(c.text)
    out.append("len:short" if n < 60 else "len:mid" if n < 160 else "len:long")
    return out
