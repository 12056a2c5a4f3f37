"""Sentences of a paragraph of minutes: where one ends and the next begins (a full stop
before a capital, a small "att" that opens the next decision point, a field line, an
arrow), and what each keeps (page, line, paragraph, its label and bullet).  Used by
:mod:`tracker.extract.sections`, which finds the paragraphs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from tracker.domain import Line
from tracker.extract.clause_lexicon import is_first_name, lexicon_data

#: Bullet characters, including the private-use glyphs of the Symbol and Wingdings fonts
#: that PDF and Word text often carries ("\uf0b7").
BULLETS = "-–•·○►➢▸*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u2219"
#: "5.2 Delade turer på Solgläntan (Kommunal, SVG 2024-09-10)": a numbered sub-item starts
#: a matter of its own, even when the text runs on without a blank line.
SUB_ITEM = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+[A-ZÅÄÖ]")
#: A line that ends a sentence (the same test as :mod:`tracker.extract.sections`').
_TERMINAL = re.compile(r"[.!?:;]['\"”’)]*$")


@dataclass(slots=True)
class Sentence:
    text: str
    page: int
    line: int
    paragraph: int  # running paragraph number in the document
    para_start: bool  # first sentence of its paragraph
    label: str | None = None  # sub-heading inside a section: "Beslut", "Ärendebeskrivning"
    bullet: bool = False  # its paragraph is a bullet-list item
    labelled: bool = False  # its paragraph opens with its label ("Åtgärd: Rektor anmäler …")
    line_start: bool = False  # it begins a source line (hard-wrapped text: maybe a new note)
    #: Which split of :func:`clause_breaks` cut it from the sentence it was written in
    #: ("bullet", "run_on", "stop_lower", "att_list", "coordinated", "comma_clause",
    #: "numbered"), None for a sentence the text itself ends.
    split: str | None = None


#: A field of an action written on a line of its own (the field names minutes.py reads).
_FIELD_LINE = re.compile(
    r"^(?:ansvarig|ansvar|ansv|vem|klart\s+senast|klart|klar\s+senast|senast|när|deadline)\s*:\s*\S",
    re.IGNORECASE,
)
#: "att godkänna rapporten, samt" / "att uppdra åt …": each att-clause is one decision.
_ATT_LIST_END = re.compile(r"(?:,|;|\bsamt|\boch)\s*$")
_ARROW = re.compile(r"\s*(?:→|->|=>)\s*")
_ABBREV = re.compile(
    r"(?:\b(?:kl|t\.ex|bl\.a|m\.m|mm|ca|resp|nr|s|st|jfr|d\.v\.s|dvs|fr\.o\.m|t\.o\.m|inkl|exkl|"
    r"tf|ev|o\.s\.v|osv|p\.g\.a|pga|etc|dnr|v|tel|enl|avd|forts|f\.d|bl|kap|prop|sek|"
    r"ordf|tjf|vice|mån|tis|ons|tors|fre)\.)$",
    re.IGNORECASE,
)
#: (Read by :mod:`tracker.extract.status_sentences` too.)
ABBREVIATION = _ABBREV
#: Abbreviations that may end a sentence ("… förnyelser etc."): after one, a capitalised
#: name and a finite verb ("Karin kontaktar …", "Styrelsen har …") open the next sentence.
_FINAL_ABBREV = re.compile(r"\b(?:etc|m\.m|mm|bl\.a|osv|o\.s\.v|m\.fl)\.$", re.IGNORECASE)
_NAME_AND_VERB = re.compile(
    r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?\s+"
    r"(?:[a-zåäö]{2,}(?:ar|er|ir|ur|or|ade|de|te)|ska|skall|har|kan|får|går|gör|ser|bör|"
    r"vill|kommer|är|var|tar|blir|fick|gav|sa)\b"
)
#: A case reference ("Dnr 2024KS012") inside a run-on line, after a word that ends a
#: clause (not "i ärende", "med"): a new matter starts there.
_INLINE_DNR = re.compile(r"(?<=[a-zåäö0-9)])\s+(?=Dnr\s+\S*\d)")
_DNR_LEAD_WORD = re.compile(
    r"(?:\b(?:i|med|under|enligt|se|och|samt|eller|nr|ärende|ärendet|ärendena|till|från|"
    r"om|av|på|för|diarienummer|diariefört|diarieförd))$", re.IGNORECASE)
_MONTH_ABBREV = re.compile(
    r"\b(?:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.$", re.IGNORECASE
)
_SPLIT = re.compile(
    r"(?<=[.!?])['\"”’)]*\s+(?=[\"”“«(\-–" + re.escape(BULLETS) + r"]?\s*[A-ZÅÄÖÉ0-9§])"
    # "… handlägga ärendena. att be Pecca fotografera båtarna. att be …": the points of
    # a decision, each opened by a small "att" after a full stop
    r"|(?<=[.!?])\s+(?=att\s)"
    # "… återkomma angående detta.Gruppen vill också …": a space lost in the copy; only
    # between words (not "www.Exempel.se", not an abbreviation: checked below)
    r"|(?<=[a-zåäö]{3}[.!?])(?=[A-ZÅÄÖ][a-zåäö]{2,}\s)"
)


@lru_cache(maxsize=1)
def _split_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(run-on openers, words after which no sentence starts, finite verbs) from
    ``lexicon.toml``'s ``[split]``."""
    data = lexicon_data()["split"]
    return (frozenset(data["run_on_openers"]), frozenset(data["run_on_not_after"]),
            frozenset(data["finite_verbs"]))


#: A finite verb by its ending (present, past, passive), for the splits below.
_FINITE_END = re.compile(r"[a-zåäö]{2,}(?:ar|er|ir|ur|or|ade|de|te|as|s)")
#: Bullet glyphs inside a line (not the dash, which joins words and ranges too).
_GLYPHS = BULLETS.replace("-", "").replace("–", "").replace("*", "")
_INLINE_GLYPH = re.compile(r"(?<=\S)\s+[" + re.escape(_GLYPHS) + r"]\s*(?=\S)")
#: " - Har fortsatt dialog …": a dash between spaces before a capital.
_INLINE_DASH = re.compile(r"(?<=[^\s:])\s+[-–]\s+(?=[A-ZÅÄÖ][a-zåäö])")
#: "Magnus: - Bevakar …": a label over a dashed list written on one line.
_LABEL_DASH = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+:\s*[-–]\s+\S")
#: "… till styrelsen Frågan bordläggs …": a capitalised opener and the word after it.
_RUN_ON = re.compile(r"(?<=[\wåäö)])\s+(?=(?P<w>[A-ZÅÄÖ][a-zåäö]+)\s+(?P<v>[a-zåäö]+)\b)")
#: "… bokföringen från Lena. tittar på …": a lowercase present-tense verb after a full
#: stop (its subject lost in the copy).
_STOP_LOWER = re.compile(r"(?<=[a-zåäö]{3}\.)\s+(?=(?P<v>[a-zåäö]{3,}(?:ar|er|ir|or))\s+[a-zåäö])")
_NOT_VERB = frozenset({"efter", "under", "över", "mer", "fler", "senare", "vidare", "eller",
                      "kronor", "sommar", "vinter", "timmar", "dagar", "veckor", "år",
                      "tider", "andra", "anser"})
#: "…, att en uppföljning ska ske … samt att genomföra …": the att-clauses of one decision.
_ATT_JOIN = re.compile(r"(?:\s+samt|,\s+och|;\s+och|,\s+samt|;)\s+(?=att\s+[a-zåäö])")
_MANDATE = re.compile(r"\b(?:i\s+uppdrag|uppdra\w*|uppdrog\w*)\b", re.IGNORECASE)
_ATT_COMMA = re.compile(r",\s+(?=att\s+[a-zåäö])")
#: "…, och Peter kontaktar …" / "…, Surströmmingsfest ordnas …": a new subject and verb.
_COMMA_SUBJECT = re.compile(
    r",\s+(?P<och>och\s+)?(?=(?P<w>[A-ZÅÄÖ][a-zåäö]+)\s+(?P<v>[a-zåäö]+)\b)")
#: "…, ev adventsfika kommer att diskuteras …": a new subject of one or two small words
#: and what is owed of it.
_COMMA_OWED = re.compile(r",\s+(?=(?P<w1>[a-zåäö]+)(?:\s+(?P<w2>[a-zåäö]+))?\s+"
                         r"(?:kommer\s+att|ska|skall|måste|bör)\s)")
_SUBORDINATORS = frozenset({"så", "eftersom", "om", "vilket", "vilka", "där", "dit", "ifall",
                            "fast", "medan", "innan", "tills", "sedan", "varför", "hur",
                            "vad", "vem", "vi", "man", "det", "den", "de", "han", "hon",
                            "ni", "jag", "du", "detta", "dessa", "denna", "vilken"})
#: "1. Ekonomin … 2. Hemsidan …" / "A) … B) …": points of a list written on one line.
_INLINE_POINT = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2}|[A-H])[.)]\s+(?=[A-ZÅÄÖ])")


#: The splits whose parts a rule reads as matters of their own (minutes_candidates).
OWN_PARTS = frozenset({"bullet", "numbered", "run_on", "stop_lower", "att_list",
                       "coordinated", "comma_clause", "listed"})


@lru_cache(maxsize=1)
def _list_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a verb and the body a list of matters goes to, a plural noun naming listed
    matters) from ``lexicon.toml``'s ``[split]``."""
    data = lexicon_data()["split"]
    verbs = "|".join(map(re.escape, data["list_verbs"]))
    ends = "|".join(map(re.escape, data["list_body_endings"]))
    nouns = "|".join(map(re.escape, data["list_nouns"]))
    sent_on = re.compile(rf"^(?P<lead>.*?\b(?:{verbs})\s+(?:[\wåäö-]*(?:{ends})\s+)?)"
                         rf"(?P<list>[^,.;:]+(?:,\s*[^,.;:]+)+\s+(?:samt|och)\s+[^,.;:]+?)"
                         rf"(?P<end>[.!]?)$", re.IGNORECASE)
    subject = re.compile(rf"^(?P<lead>.*?\b(?:{nouns})\s+(?:gällande|om|angående|rörande|"
                         rf"kring)\s+)(?P<list>[^,.;:]+?(?:,\s*[^,.;:]+?)*\s+(?:samt|och)\s+"
                         rf"[^\s,.;:]+)(?P<rest>\s+[a-zåäö]+(?:des|ades|ats|ts|s|r)\b.*)$",
                         re.IGNORECASE)
    return sent_on, subject


#: A matter of a list: a few words, no finite verb, no clause of its own.
_LIST_ITEM_WORDS = 8
_CLAUSE_WORD = re.compile(r"\b(?:att|som|är|var|har|ska|skall|kommer|blir)\b", re.IGNORECASE)


def listed_matters(text: str) -> list[str] | None:
    """The sentence told once for each matter of its list, when one verb sends a list
    of matters on ("… föreslå regionfullmäktige A, B samt C." → "… föreslå
    regionfullmäktige A", "… B", "… C"), or a plural noun names them as the subject
    ("ärendena gällande A och B bordlades …"); None when it holds no such list."""
    sent_on, subject = _list_patterns()
    m = subject.match(text)
    if m is not None:
        items = re.split(r",\s*|\s+(?:samt|och)\s+", m.group("list"))
        min_items, tail = 2, m.group("rest")
    else:
        m = sent_on.match(text)
        if m is None:
            return None
        items = re.split(r",\s*|\s+(?:samt|och)\s+", m.group("list"))
        min_items, tail = 3, m.group("end")
    items = [x.strip() for x in items if x.strip()]
    if len(items) < min_items or any(
            len(x.split()) > _LIST_ITEM_WORDS or _CLAUSE_WORD.search(x) for x in items):
        return None
    return [f"{m.group('lead')}{x}{tail}" for x in items]


def split_reason(kind: str) -> str:
    """The reason a candidate made from a split part carries: which split made it."""
    return f"del av en mening: {kind}"


def _has_verb(text: str, at: int, verbs: frozenset[str]) -> bool:
    """Whether the sentence before ``at`` has a finite verb of its own (a clause, not
    the first names of a list that shares the verb after the comma)."""
    start = text.rfind(". ", 0, at) + 1
    words = [w.strip(",;:()") for w in text[start:at].split()]
    return any(w.islower() and _finite(w, verbs) for w in words)


def _finite(word: str, verbs: frozenset[str]) -> bool:
    return word in verbs or (bool(_FINITE_END.fullmatch(word)) and word not in _NOT_VERB)


def clause_breaks(text: str) -> list[tuple[int, str]]:
    """Where one sentence of the text holds several things to do, the offsets in ``text``
    at which each further part starts, with the split that found it: bullets and dashes
    written inside a line, a sentence run on without its full stop, a lowercase sentence
    whose subject was lost, the att-clauses of one decision, a new subject and verb after
    a comma, the points of a list written on one line."""
    openers, not_after, verbs = _split_words()
    out: list[tuple[int, str]] = []
    for m in _INLINE_GLYPH.finditer(text):
        out.append((m.end(), "bullet"))
    dashes = list(_INLINE_DASH.finditer(text))
    if len(dashes) >= 2 or (dashes and _LABEL_DASH.search(text)):
        out += [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), "bullet")
                for m in dashes]
    for m in _RUN_ON.finditer(text):
        if m.group("w").lower() not in openers or not _finite(m.group("v"), verbs):
            continue
        before = text[: m.start()].split()
        if len(before) < 3 or before[-1].lower().strip(",") in not_after:
            continue
        if before[-1][-1:] in ",;:" or before[-1][-1:].isdigit():
            continue
        out.append((m.end(), "run_on"))
    for m in _STOP_LOWER.finditer(text):
        if _ABBREV.search(text[max(0, m.start() - 16): m.start()]):
            continue
        if m.group("v") in _NOT_VERB:
            continue
        out.append((m.end(), "stop_lower"))
    # (not "… i uppdrag att undersöka …, och att rapportera tillbaka …": the att-clauses
    # after a mandate are the parts of that one task)
    joins = [m for m in _ATT_JOIN.finditer(text)
             if not _MANDATE.search(text, text.rfind(". ", 0, m.start()) + 1, m.start())]
    for m in joins:
        out.append((m.end(), "att_list"))
    if joins:
        # "att godkänna X, att uppdra åt Y samt att …": the commas of the same list
        last = joins[-1].start()
        out += [(m.end(), "att_list") for m in _ATT_COMMA.finditer(text, 0, last)]
    for m in _COMMA_SUBJECT.finditer(text):
        w, v = m.group("w"), m.group("v")
        if not _finite(v, verbs) or len(text[: m.start()].split()) < 3:
            continue
        if not _has_verb(text, m.start(), verbs):
            continue
        if w.lower() in not_after or is_first_name(w):
            # (", Helena bevakar": who does it, of the same matter; "…, och Jonas
            # kontaktar …" is read by possible._person_clauses, one task each)
            continue
        out.append((m.end(), "coordinated" if m.group("och") else "comma_clause"))
    for m in _COMMA_OWED.finditer(text):
        words = [w for w in (m.group("w1"), m.group("w2")) if w]
        if len(text[: m.start()].split()) < 3 or any(
                w in not_after or w in _SUBORDINATORS for w in words):
            continue
        if not _has_verb(text, m.start(), verbs):
            continue  # "Jonas P, ordf, vice ordf skall …": one subject, listed
        out.append((m.end(), "comma_clause"))
    points = list(_INLINE_POINT.finditer(text))
    for a, b in pairwise(points):
        if _next_point(a.group("n"), b.group("n")):
            out += [(a.start(), "numbered"), (b.start(), "numbered")]
    seen: dict[int, str] = {}
    for pos, kind in out:
        if 0 < pos < len(text):
            seen.setdefault(pos, kind)
    return sorted(seen.items())


def _next_point(a: str, b: str) -> bool:
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return len(a) == len(b) == 1 and a.isalpha() and ord(b) == ord(a) + 1


def split_sentences(
    parts: list[tuple[str, Line]], paragraph: int, label: str | None = None
) -> list[Sentence]:
    """Sentences of one paragraph; each keeps the page and line it starts on."""
    text = ""
    starts: list[tuple[int, Line]] = []
    breaks: list[int] = []
    for chunk, ln in parts:
        # The end-anchored patterns below look at the tail only: searching the whole
        # growing paragraph for each line made a long paragraph quadratic.
        tail = text[-16:]
        if text and chunk.startswith("att ") and _ATT_LIST_END.search(tail):
            breaks.append(len(text) + 1)  # the next "att"-clause of a decision list
        elif (
            text
            and SUB_ITEM.match(parts[len(starts) - 1][0])
            and not _TERMINAL.search(tail)
            and not re.search(r"[.!?]\s", parts[len(starts) - 1][0])
        ):
            # after the title line of a numbered sub-item (not a line of sentences wrapped
            # mid-sentence: "1.2 Trasig belysning. Ej åtgärdat. Peter återkommer med")
            breaks.append(len(text) + 1)
        elif text and _FIELD_LINE.match(chunk):
            # "Åtgärd: …" / "Ansvar: Peter Gustafsson, Gavlefastigheter" / "Klart: v. 43",
            # one field a line without full stops: each field is a sentence of its own.
            breaks.append(len(text) + 1)
        if text:
            # A word broken by the line end ("budget-" / "förändringar") is joined.
            if (
                re.search(r"[a-zåäö]-$", tail)
                and chunk[:1].islower()
                and not re.match(r"(?:och|eller|samt|till)\b", chunk)
            ):
                text = text[:-1]
            else:
                text += " "
        starts.append((len(text), ln))
        text += chunk
    out: list[Sentence] = []
    pos = 0
    pieces: list[tuple[int, str]] = []
    for m in _SPLIT.finditer(text):
        before = text[pos : m.start()]
        tail = before[-16:]  # abbreviations are short: no need to scan the whole sentence
        if _ABBREV.search(tail.rstrip("'\"”’)")) and not (
            _FINAL_ABBREV.search(tail) and _NAME_AND_VERB.match(text, m.end())
        ):
            continue
        if _MONTH_ABBREV.search(tail) and text[m.end() : m.end() + 1].isdigit():
            continue  # "3 jan. 2025"
        pieces.append((pos, before))
        pos = m.end()
    pieces.append((pos, text[pos:]))
    for m in _ARROW.finditer(text):
        breaks.append(m.end())
    for m in _INLINE_DNR.finditer(text):
        if not _DNR_LEAD_WORD.search(text[max(0, m.start() - 16): m.start()]):
            breaks.append(m.end())
    kinds = dict(clause_breaks(text))
    breaks += list(kinds)
    if breaks:
        # "… undrar över rastvakterna → rektor kollar och återkommer": the arrow of
        # bullet notes ends the question; its answer or action is a sentence of its own.
        split: list[tuple[int, str]] = []
        for start, piece in pieces:
            cuts = sorted(b for b in breaks if start < b < start + len(piece))
            prev = start
            for b in cuts:
                split.append((prev, text[prev:b].rstrip(" →" + _GLYPHS)))
                prev = b
            split.append((prev, text[prev : start + len(piece)]))
        pieces = split
    first = True
    offsets = [off for off, _ in starts]
    for start, piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        src = starts[max(0, bisect.bisect_right(offsets, start) - 1)][1]
        lead = start + len(text[start:]) - len(text[start:].lstrip())
        kind = kinds.get(start) or kinds.get(lead)
        for k, part in enumerate(listed_matters(piece) or [piece]):
            sent = Sentence(part, src.page, src.line, paragraph, first, label)
            sent.split = kind if part is piece else "listed"
            sent.line_start = lead in offsets and k == 0
            out.append(sent)
            first = False
    return out
