"""Sentences of a paragraph of minutes: where one ends and the next begins (a full stop
before a capital, a small "att" that opens the next decision point, a field line, an
arrow), and what each keeps (page, line, paragraph, its label and bullet).  Used by
:mod:`tracker.extract.sections`, which finds the paragraphs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tracker.domain import Line

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
    if breaks:
        # "… undrar över rastvakterna → rektor kollar och återkommer": the arrow of
        # bullet notes ends the question; its answer or action is a sentence of its own.
        split: list[tuple[int, str]] = []
        for start, piece in pieces:
            cuts = sorted(b for b in breaks if start < b < start + len(piece))
            prev = start
            for b in cuts:
                split.append((prev, text[prev:b].rstrip(" →")))
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
        sent = Sentence(piece, src.page, src.line, paragraph, first, label)
        lead = start + len(text[start:]) - len(text[start:].lstrip())
        sent.line_start = lead in offsets
        out.append(sent)
        first = False
    return out
