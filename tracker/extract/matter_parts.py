"""Which part of its matter a sentence of minutes stands in: the decision, the background,
or the matter's opening lines before either.

A matter in a protocol or a page that summarises a meeting is told in parts: what it is
about and how it came here ("Ärendebeskrivning", "Bakgrund", or just the lines under the
matter's heading), and what the meeting decided ("Beslut", "Kommunstyrelsens beslut").
The parts are written as labels inside a section ("Beslut: …", a line "Bakgrund") or as
headings of their own after the matter's heading.  ``lexicon.toml``'s ``[matter_parts]``
names them; a heading or label is a part only when it is nothing but the part's name
("Beslut", "Nämndens beslut"; not "Beslut om taxa", which names a matter).

A matter here is a section and the part sections right after it.  What this module
answers, for the sentence an item was read from (:func:`place_of`):

- its part (``decision``, ``background``, ``proposal``, ``other`` for votes, reservations
  and the like, or None: the matter's opening lines);
- whether its matter has a decision part, and whether one follows the sentence;

and, for the whole document, whether it tells itself a summary of the decisions a meeting
took (:func:`summary_page`: "Beslut i korthet", "Nedan följer en sammanfattning av besluten").

:mod:`tracker.extract.not_open` uses it to offer unchecked what the matter's own structure
says is no task given at this meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Candidate, Line
from tracker.extract.clause_lexicon import alternation, lexicon_data
from tracker.extract.sections import Section, Sentence

#: A genitive before the part's name: "Kommunstyrelsens beslut", "Nämndens beslut".
_GENITIVE = r"(?:[\wåäö-]+s\s+)?"
#: What may close a heading or label: a colon, a dash, spaces.
_TAIL = r"[\s:.–-]*"


def _table() -> dict[str, list[str]]:
    table = lexicon_data().get("matter_parts", {})
    return table if isinstance(table, dict) else {}


@lru_cache(maxsize=1)
def _parts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each part's pattern: the whole heading or label is the part's name."""
    out = []
    for part in ("decision", "background", "proposal", "other"):
        words = _table().get(part, [])
        if words:
            out.append(
                (part, re.compile(rf"{_GENITIVE}{alternation(words)}{_TAIL}", re.IGNORECASE))
            )
    return tuple(out)


def part_of(heading: str | None) -> str | None:
    """The part a heading or label names, or None when it names a matter (or nothing)."""
    text = " ".join((heading or "").split())
    if not text:
        return None
    return next((part for part, pat in _parts() if pat.fullmatch(text)), None)


#: The shortest sentence looked for inside an item's text (shorter ones, "Klart.", may
#: stand anywhere).
_TOLD_MIN = 20
#: How many lines from the top a summary page says what it is.
_SUMMARY_LINES = 40


@lru_cache(maxsize=1)
def _summary() -> re.Pattern[str] | None:
    words = _table().get("summary", [])
    if not words:
        return None
    return re.compile(rf"(?<![\wåäö]){alternation(words)}(?![\wåäö])", re.IGNORECASE)


def summary_page(lines: list[Line]) -> bool:
    """Whether the document says, near its top, that it summarises the decisions a
    meeting took (``[matter_parts] summary``)."""
    pat = _summary()
    if pat is None:
        return False
    top = " ".join(" ".join(ln.text.split()) for ln in lines[:_SUMMARY_LINES])
    return pat.search(top) is not None


@dataclass(frozen=True, slots=True)
class Place:
    """Where a sentence stands in its matter."""

    #: ``decision``, ``background``, ``proposal``, ``other`` or None (the matter's
    #: opening lines).
    part: str | None
    #: The matter has a decision part somewhere.
    has_decision: bool
    #: A decision part follows the sentence in its matter.
    decision_after: bool
    #: The sentences of the matter after this one (in document order).
    after: tuple[Sentence, ...]
    #: The sentences of the matter's decision part after this one.
    decided_after: tuple[Sentence, ...] = ()
    #: The part the sentence itself stands in (``part`` is the decision when the item's
    #: text runs on into it).
    own_part: str | None = None
    #: The last sentences of the matter (its verdict, where it has one).
    ending: tuple[Sentence, ...] = ()


#: How many of a matter's last sentences :attr:`Place.ending` holds.
_ENDING = 2
#: The most sentences a matter under a heading without "§" holds to be read as one.
_ONE_MATTER = 8


@dataclass(frozen=True, slots=True)
class _Spot:
    sentence: Sentence
    part: str | None
    matter: int
    section: str | None
    norm: str


def _spots(sections: list[Section]) -> list[_Spot]:
    """Every sentence with its part and the number of its matter, in document order."""
    out: list[_Spot] = []
    matter = -1
    for sec in sections:
        sec_part = part_of(sec.title) if not sec.number else None
        if sec_part is None or matter < 0:
            matter += 1
        for s in sec.sentences:
            # (a label inside the section names the part from there on; a bare line
            # naming one is read as the label of what follows it)
            part = part_of(s.label) if s.label else sec_part
            out.append(_Spot(s, part, matter, sec.label or None, _norm(s.text)))
    return out


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _sentence_of(item: Candidate, spots: list[_Spot]) -> int | None:
    """The index in ``spots`` of the sentence ``item`` was read from: the one its text
    opens with, else the one holding the start of its text (a proposal received is read
    from inside a sentence), else the one on its page and line."""
    text = _norm(item.text)
    if not text:
        return None
    sections = {sp.section for sp in spots}
    in_section = [
        i
        for i, sp in enumerate(spots)
        if item.section not in sections or sp.section == item.section
    ]
    head = text[:60]
    for i in in_section:
        s = spots[i].norm
        if s and (text.startswith(s[:60]) or s.startswith(head)):
            return i
    for i in in_section:
        if head in spots[i].norm:
            return i
    return next(
        (
            i
            for i in in_section
            if (spots[i].sentence.page, spots[i].sentence.line) == (item.page, item.line)
        ),
        None,
    )


class Parts:
    """The matter parts of one document's sections, for looking items up."""

    def __init__(self, sections: list[Section]) -> None:
        self.spots = _spots(sections)

    def place_of(self, item: Candidate) -> Place | None:
        """Where ``item``'s sentence stands, or None when it is not found.  An item read
        from several sentences of its matter (a rule's hits in the background and in the
        decision: "Remissvar ska lämnas senast … / Beslut: Förvaltningen får i uppdrag
        att …") stands in the decision when any of them does."""
        i = _sentence_of(item, self.spots)
        if i is None:
            return None
        here = self.spots[i]
        same = [sp for sp in self.spots if sp.matter == here.matter]
        after = [sp for sp in self.spots[i + 1 :] if sp.matter == here.matter]
        text = _norm(item.text)
        told = [sp for sp in same if len(sp.norm) >= _TOLD_MIN and sp.norm in text]
        return Place(
            part="decision" if any(sp.part == "decision" for sp in told) else here.part,
            has_decision=any(sp.part == "decision" for sp in same),
            decision_after=any(sp.part == "decision" for sp in after),
            after=tuple(sp.sentence for sp in after),
            decided_after=tuple(sp.sentence for sp in after if sp.part == "decision"),
            own_part=here.part,
            # (a § is one matter; under another heading, only a short matter is told
            # as one: "Övriga frågor" runs several under one heading)
            ending=tuple(sp.sentence for sp in same[-_ENDING:])
            if (here.section or "").startswith("§") or len(same) <= _ONE_MATTER else (),
        )
