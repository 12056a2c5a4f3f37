"""The Swedish lexicon of the clause analysis (``lexicon.toml``) and the verb forms it
generates.

Verb classes are written as infinitives with their conjugation and inflected here
(:func:`_inflect`: redovisa, redovisar, redovisas, redovisat …, each with its tense);
:func:`lexicon` compiles the markers, verb classes, negation, done words, time cues,
agent nouns and the rest into patterns for :mod:`tracker.extract.clauses`, and
:func:`state_forms` the ``[state]`` tables the status reader uses.  :func:`first_names`
is the list of common Swedish first names the person readers share.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from tracker.paths import resources_dir


def _words(entry: str) -> str:
    """A lexicon entry as a pattern: whole words, any whitespace between them; a word
    ending in "*" takes any ending ("justering*": justeringen, justeringsdatum)."""
    return r"\s+".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in entry.split()
    )


def alternation(entries: list[str]) -> str:
    """A word list of the lexicon as one non-capturing group, the longest entry first (so
    "tar över" is tried before "tar"); the one way every module turns a list into a
    pattern."""
    ordered = sorted(set(entries), key=len, reverse=True)
    return "(?:" + "|".join(_words(e) for e in ordered) + ")"


#: The tenses :func:`_inflect` tells apart.  Present, present passive and the infinitive
#: (after "ska") speak of what is to come; past, supine and participle of what was done.
FUTURE_TENSES = frozenset({"inf", "present", "passive", "imperative"})
DONE_TENSES = frozenset({"past", "supine", "participle"})


def _inflect(stem: str, conj: str, past: str = "", supine: str = "") -> list[tuple[str, str]]:
    """The forms of a verb from its infinitive, each with its tense: first conjugation
    (-a: redovisa, redovisar, redovisas, redovisat, redovisats, redovisade, redovisad),
    second (-er: utreda, utreder, utreds, utrett, utredde; köpa, köper, köps, köpt, köpte:
    a voiceless root takes -te), or a strong verb whose past and supine are given (gå,
    går, gås, gick, gått; överlåta, överlåter, överlåts, överlät, överlåtit).  A particle
    ("se över") stays after the verb."""
    verb, _, particle = stem.partition(" ")
    tail = f" {particle}" if particle else ""
    if conj == "strong":
        root = verb[:-1] if verb.endswith("a") else verb
        present = root + "er" if verb.endswith("a") else verb + "r"
        forms = [(verb, "inf"), (present, "present"), (root + "s", "passive"),
                 (past, "past"), (past + "s", "past"), (supine, "supine"),
                 (supine + "s", "supine")]
        if verb.endswith("a"):
            forms.append((verb + "s", "passive"))
        return [(f + tail, t) for f, t in dict.fromkeys(forms)]
    if conj == "a":
        forms = [(verb, "inf"), (verb + "r", "present"), (verb + "s", "passive"),
                 (verb + "t", "supine"), (verb + "ts", "supine"), (verb + "de", "past"),
                 (verb + "des", "past"), (verb + "d", "participle")]
    else:
        root = verb[:-1]  # utreda → utred, genomföra → genomför
        present = root if root.endswith("r") else root + "er"
        supine = root[:-1] + "tt" if root.endswith("d") else root + "t"
        past = root + ("te" if root.endswith(("k", "p", "s", "t", "x")) else "de")
        forms = [(verb, "inf"), (present, "present"), (root + "s", "passive"),
                 (verb + "s", "passive"), (supine, "supine"), (supine + "s", "supine"),
                 (past, "past"), (past + "s", "past"), (root + "d", "participle")]
        if root.endswith(("g", "k")):  # kartlägga → kartlagt is irregular; keep the rest
            forms.append((root[:-1] + "t", "supine"))
    return [(f + tail, t) for f, t in forms]


def _forms(spec: dict[str, object]) -> list[tuple[str, str]]:
    """The forms one lexicon entry stands for: generated from a stem, or written out
    (``forms``) with the ``tense`` they share ("any" when the entry tells none)."""
    if "stem" in spec:
        return _inflect(str(spec["stem"]), str(spec["conj"]), str(spec.get("past", "")),
                        str(spec.get("supine", "")))
    forms = spec["forms"]
    assert isinstance(forms, list)
    return [(str(f), str(spec.get("tense", "any"))) for f in forms]


def _decline(noun: str, spec: str) -> dict[str, str]:
    """A noun's four forms (sg, def, pl, defpl) from its gender ("en", "ett") and, for an
    en-noun ending in a consonant, its plural ending ("en:ar"): fråga → frågan, frågor,
    frågorna; skrivelse → skrivelsen, skrivelser, skrivelserna; punkt → punkten,
    punkter, punkterna; ärende → ärendet, ärenden, ärendena; uppdrag → uppdraget,
    uppdrag, uppdragen."""
    gender, _, ending = spec.partition(":")
    vowel = noun.endswith(("a", "e", "i", "o", "u", "y", "å", "ä", "ö"))
    if gender == "ett":
        if vowel:
            return {"sg": noun, "def": noun + "t", "pl": noun + "n", "defpl": noun + "na"}
        return {"sg": noun, "def": noun + "et", "pl": noun, "defpl": noun + "en"}
    if noun.endswith("a"):
        pl = noun[:-1] + "or"
        return {"sg": noun, "def": noun + "n", "pl": pl, "defpl": pl + "na"}
    if noun.endswith("e"):
        return {"sg": noun, "def": noun + "n", "pl": noun + "r", "defpl": noun + "rna"}
    pl = noun + (ending or "er")
    return {"sg": noun, "def": noun + "en", "pl": pl, "defpl": pl + "na"}


@lru_cache(maxsize=256)
def noun_forms(noun: str) -> dict[str, str]:
    """The forms of a noun of the lexicon's ``[nouns]`` (sg, def, pl, defpl), generated
    from its gender or written out there."""
    spec = lexicon_data()["nouns"][noun]  # type: ignore[index]
    if isinstance(spec, dict):
        return {k: str(v) for k, v in spec.items()}
    return _decline(noun, str(spec))


#: Which forms each placeholder of a rule stands for.
_NOUN_SLOTS = {"DEF": ("def", "defpl"), "PL": ("pl", "defpl"),
               "ALL": ("sg", "def", "pl", "defpl")}
_NOUN_PLACEHOLDER = re.compile(r"\{(?P<slot>DEF|PL|ALL):(?P<nouns>[^{}]+)\}")


def expand_nouns(pattern: str) -> str:
    """A rule's pattern with its noun placeholders written out: ``{DEF:fråga,ärende}`` is
    "(?:frågan|frågorna|ärendet|ärendena)", the definite forms of each noun (``{PL:…}``
    the plural ones, ``{ALL:…}`` every form), the longest first."""
    def forms(m: re.Match[str]) -> str:
        slots = _NOUN_SLOTS[m.group("slot")]
        words = [noun_forms(n.strip())[k] for n in m.group("nouns").split(",") for k in slots]
        return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"
    return _NOUN_PLACEHOLDER.sub(forms, pattern)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common Swedish first names (``first_names.txt``)."""
    text = (resources_dir() / "extract" / "first_names.txt").read_text("utf-8")
    return frozenset(
        ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
    )


def is_first_name(word: str) -> bool:
    """A first name of ``first_names.txt``, or a double name whose first part is one
    ("Karl-Erland", "Eva-Lotta", "Britt-Inger"): Swedish double names are many, and
    listing each would never end."""
    names = first_names()
    return word in names or ("-" in word and word.split("-")[0] in names)


@dataclass(frozen=True, slots=True)
class Lexicon:
    any_word: frozenset[str]
    markers: dict[str, re.Pattern[str]]
    verbs: list[tuple[str, str, re.Pattern[str]]]  # (class, kind, pattern)
    tenses: dict[str, str]  # a verb form (lower case, single spaces) -> its tense
    negation: re.Pattern[str]
    done: re.Pattern[str]
    start_cue: re.Pattern[str]
    past_cue: re.Pattern[str]
    history: re.Pattern[str]  # a past decision verb ("beslutade", "gav", "har beslutat")
    history_near: int  # at most this many characters between it and its date
    agent_nouns: re.Pattern[str]
    not_actions: frozenset[str]
    action_verbs: frozenset[str]
    owner_verbs: frozenset[str]
    particles: frozenset[str]
    incoming: re.Pattern[str]
    procedure: re.Pattern[str]
    proposal: re.Pattern[str]
    settled: re.Pattern[str]
    answered: re.Pattern[str]  # "svar på", "yttrande över" up to a few words before the noun
    reported: re.Pattern[str]
    #: The receiving forum after a verb of referral (``[refer_to]``): "till" within a few
    #: words of the verb's end, then the body (group ``who``).
    refer_to: re.Pattern[str]
    #: Verbs of being or going that no clause joined by "och så" makes a task.
    not_joined: frozenset[str] = frozenset()


def _alternation(entries: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\wåäö])" + alternation(entries) + r"(?![\wåäö])", re.IGNORECASE)


def _auxiliary(data: dict[str, object], cls: str) -> str | None:
    """The pattern of the ``[auxiliary]`` shapes of one marker class (``lexicon.toml``):
    the auxiliary, its subject (a few words, none of them "att") and "att" ("kommer
    den nya rutinen att"), or the auxiliary and a bare infinitive ("kommer tas upp"): a word
    in -a or -as, or a short infinitive, that is no preposition, determiner or particle."""
    aux = data.get("auxiliary", {})
    assert isinstance(aux, dict)
    words = aux.get(cls)
    if not words:
        return None
    mv = data["main_verb"]
    assert isinstance(mv, dict)
    stop = {*aux["not_after"], *mv["prepositions"], *mv["determiners"], "att", "och", "som"}
    no = r"(?!(?:" + "|".join(sorted(map(re.escape, stop), key=len, reverse=True)) + r")\b)"
    n = int(aux["subject_words"])
    short = "|".join(map(re.escape, aux["short_infinitives"]))
    head = "|".join(_words(w) for w in words)
    return (rf"(?:{head})\s+(?:{no}[\wåäö-]+\s+){{1,{n}}}att(?=\s+[a-zåäö])"
            rf"|(?:{head})\s+{no}(?:[a-zåäö]{{2,}}as?|{short})(?![\wåäö])")


def _refer_to(data: dict[str, object]) -> re.Pattern[str]:
    """"… till tekniska nämnden", "… styrelsen till SVB": the forum a verb of referral
    sends its matter to (``[refer_to]``), read from right after the verb."""
    spec = data.get("refer_to", {})
    assert isinstance(spec, dict)
    n = int(spec.get("words_between", 2))
    nouns = alternation(list(spec.get("bodies", ["nämnden", "styrelsen", "fullmäktige"])))
    # (an adjective first: "tekniska nämnden", "gemensamma nämnden"; the first part of
    # a pair of compounds: "kultur- och fritidsnämnden")
    body = (r"(?:[a-zåäö]+(?:a|iga)\s+)?(?:[\wåäö]+-\s+(?:och|&)\s+)?[\wåäö-]*" + nouns
            + r"(?![\wåäö])"
            r"|(?-i:[A-ZÅÄÖ]{2,}[A-ZÅÄÖ/-]*)(?![\wåäö])")
    return re.compile(rf"(?:\s+(?!till\b)[\wåäö-]+){{0,{n}}}?\s+till\s+(?P<who>{body})",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def lexicon_data() -> dict[str, object]:
    """``lexicon.toml`` as read, for the modules that use a table of it directly."""
    return tomllib.loads((resources_dir() / "extract" / "lexicon.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = lexicon_data()
    markers = {name: _alternation(words) for name, words in data["markers"].items()}
    for name, pat in markers.items():
        if (aux := _auxiliary(data, name)) is not None:
            markers[name] = re.compile(
                rf"{pat.pattern}|(?<![\wåäö])(?:{aux})", re.IGNORECASE)
    verbs = []
    verb_forms: list[str] = []
    tenses: dict[str, str] = {}
    refer_to = _refer_to(data)
    _bodies = "|".join(_words(w) for w in data["proposal"]["bodies"])  # type: ignore[index]
    for v in data.get("verb", []):
        forms: list[str] = []
        for spec in v["stems"]:
            for form, tense in _forms(spec):
                forms.append(form)
                tenses.setdefault(form.lower(), tense)
        pat = _alternation(forms)
        if v.get("to_body"):
            # (a verb that sends a matter on only to a forum named after it: "gick till
            # tekniska nämnden", not "gick till val")
            pat = re.compile(pat.pattern + "(?=" + refer_to.pattern + ")", re.IGNORECASE)
        verbs.append((v["class"], v["kind"], pat))
        verb_forms.extend(forms)
    # The first word of every marker and verb form: a sentence with none of them is
    # skipped with a set look-up instead of eleven long patterns.
    entries = [w for words in data["markers"].values() for w in words] + verb_forms
    any_word = frozenset(e.split()[0].lower() for e in entries)
    return Lexicon(
        any_word=any_word,
        markers=markers,
        verbs=verbs,
        tenses=tenses,
        # (not the first part of a name: "Inga-Lill")
        negation=re.compile(r"(?<![\wåäö-])(?:" + "|".join(
            _words(w) for w in data["negation"]["words"]) + r")(?![\wåäö-])", re.IGNORECASE),
        done=_alternation(data["done"]["words"]),
        # The cue stands just before the date, or begins the phrase the date finder
        # returned ("från och med den 1 juli").
        start_cue=re.compile(
            r"(?:^|(?<=\s))(?:" + "|".join(_words(w) for w in data["time"]["start"])
            + r")(?:\s|$)", re.IGNORECASE),
        past_cue=_alternation(data["time"]["past"]),
        history=_alternation(data["history"]["verbs"]),
        history_near=int(data["history"]["near"]),
        # Compounds name agents too: "Socialnämnden", "miljöförvaltningen".
        agent_nouns=re.compile(
            r"(?<![\wåäö-])[\wåäö-]*(?:" + "|".join(_words(w) for w in data["agents"]["nouns"])
            + r")(?![\wåäö])", re.IGNORECASE),
        procedure=_alternation(data["procedure"]["words"]),
        # "föreslår styrelsen", "föreslog kommunfullmäktige": verb, then the body; also
        # with "att" between when the body's own verb follows ("föreslår att
        # kommunstyrelsen beslutar"), and the passive with the body first
        # ("Kommunfullmäktige föreslås besluta").
        proposal=re.compile(
            r"(?<![\wåäö])(?:(?:" + "|".join(_words(w) for w in data["proposal"]["verbs"])
            + r")\s+(?:att\s+(?=[\wåäö-]*(?:" + _bodies + r")\s+beslut))?"
            r"(?P<who>[\wåäö-]*(?:" + _bodies + r"))(?![\wåäö])"
            r"|(?<![\wåäö])(?P<who2>[\wåäö-]*(?:" + _bodies + r"))\s+föreslås"
            r"(?=\s+(?:besluta|att)\b))",
            re.IGNORECASE),
        settled=_alternation(data["incoming"]["settled"]),
        answered=re.compile(
            r"(?<![\wåäö])(?:" + "|".join(_words(w) for w in data["incoming"]["answered"])
            + r")\s+(?:[\wåäö:/-]+\s+){0,3}$", re.IGNORECASE),
        reported=_alternation(data["reported"]["words"]),
        refer_to=refer_to,
        not_actions=frozenset(data["person_action"]["not_actions"]),
        action_verbs=frozenset(data["person_action"]["action_verbs"]),
        owner_verbs=frozenset(data["person_action"]["owner_verbs"]),
        particles=frozenset(data["person_action"]["particles"]),
        not_joined=frozenset(data["person_action"].get("not_joined", [])),
        # Anywhere a proposal's own line begins: at the start, after a sentence, or
        # glued to the case number before it ("RS 912-2025Motion nr 1-2026 från …").
        incoming=re.compile(
            r"(?:^|(?<=[\s.:;–•·-])|(?<=\d))(?:" + "|".join(
                _words(w.capitalize()) + "|" + _words(w) for w in data["incoming"]["nouns"])
            + r")\s+(?:nr\s+[\d-]+\s+)?(?:av|från|om|angående|gällande|rörande)\s"),
    )


@lru_cache(maxsize=1)
def deed_verbs() -> frozenset[str]:
    """The verbs (present, lower case, with a particle where it has one) that are a deed
    when a named person stands before them ("Nils publicerar …", "Bo tar in offerter"):
    ``[person_action]`` ``action_verbs`` and ``deeds``, and the present of the verb
    classes ``deed_classes`` (``lexicon.toml``), the meeting's own verbs
    (``not_actions``) left out."""
    data = lexicon_data()
    pa = data["person_action"]
    assert isinstance(pa, dict)
    out = {*pa["action_verbs"], *pa.get("deeds", [])}
    classes = set(pa.get("deed_classes", []))
    for v in data.get("verb", []):
        if v["class"] not in classes:
            continue
        for spec in v["stems"]:
            out.update(" ".join(f.lower().split()) for f, t in _forms(spec) if t == "present")
    return frozenset(w for w in out if w not in pa["not_actions"] or w in pa["action_verbs"])


@lru_cache(maxsize=1)
def state_forms() -> dict[str, tuple[str, str]]:
    """The verb forms of the ``[state]`` tables of ``lexicon.toml`` (what a later
    statement does to its matter), each with its class ("completion" or
    "continuation") and tense, inflected as the verb classes are (:func:`_inflect`) and
    with the plural participle ("genomförda", "tätade").  The adjectives of a finished
    matter ("klar", "färdigt") are completion participles."""
    out: dict[str, tuple[str, str]] = {}
    for cls, table in lexicon_data().get("state", {}).items():
        for spec in table.get("stems", []):
            forms = _forms(spec)
            if "stem" in spec:
                plural = "a" if spec["conj"] != "a" else "e"
                forms += [(f + plural, "participle") for f, t in forms
                          if t == "participle" and " " not in f]
            for form, tense in forms:
                out.setdefault(" ".join(form.lower().split()), (cls, tense))
        for word in table.get("done_adjectives", []):
            out.setdefault(word.lower(), (cls, "participle"))
    return out
