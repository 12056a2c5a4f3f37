"""Linking the candidates and mentions of a new document to the open items of its forum.

Later minutes name a matter briefly, so identity is judged on what identifies it, in
this order of strength:

1. the dnr (case number) of the § it stands under – a tabled or sent-back ärende comes
   back under its own § with a new title but the same dnr;
2. the item's own number in an action or balance list ("14 (Trafikverket): Pågår");
3. words: a topic label before a colon, a § title that returns, the key nouns of the
   text – compared compound-aware ("skyddsronder" ~ "skyddsronden", "lokalfrågan" ~
   "lokalerna", "sommarbemanning" ~ "sjuksköterskebemanningen");
4. nudges: the same owner or raiser, and the section it stands under ("Balanslista",
   "Kvarvarande frågor", "Uppföljning av åtgärdslistan" make a link likelier; "Nya
   frågor" less likely), and a fresh question ("Vision frågar …") less likely.

A link at or above :data:`SAFE_SCORE` is proposed as it is; below it (or when two items
score nearly alike) the link is *unsure*: it is never applied without the secretary's
word, and the review offers the top three items with their scores and reasons.

The parts: words are compared in :mod:`tracker.services.link_words`, a passage is
scored against one item in :mod:`tracker.services.link_scoring`, and this module
chooses among the scored items.  What a linked passage does is decided in
:func:`tracker.services.link_effects.effect_for`: closing words close the
item (the sentence is its note), a decision ("beslutar enligt förslaget", "antar")
closes a tabled or sent-back ärende, "kvarstår / pågår / nytt datum" gives a new due
date and a history entry, no new item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.domain import Candidate
from tracker.extract.mentions import POINTS_TO, effect_of, normal_dnr
from tracker.extract.restatements import is_table_row, restates
from tracker.services.link_effects import decides_then_tasks, effect_for
from tracker.services.link_scoring import (
    _fold,
    _item_words,
    _ItemWords,
    inline_ref,
    is_mention,
    score_pair,
)
from tracker.services.link_words import coverage, names_itself, words
from tracker.store.models import ItemRow

#: From this score a link is proposed checked (applied by ``--yes``).
SAFE_SCORE = 75.0
#: Items from this score are offered as candidates of an unsure link.
OFFER_SCORE = 40.0
#: A mention (a passage that is no item of its own) is offered from this score.
MENTION_OFFER_SCORE = 55.0
#: Two items closer than this (without a dnr or list number) make a link unsure.
AMBIGUITY_GAP = 8.0
#: How many candidates not taken are scored per passage (the nearest by their words, and
#: any with its dnr or list number).
NOT_TAKEN_NEAREST = 8
#: How many items the review offers for an unsure link.
OFFERED = 3
#: "– se punkt 7", "(se § 12)", "se nedan": the passage points to where it is said.
_POINTER = re.compile(r"(?:^|[–—(,;:.-]\s*)se\s+(?:punkt|§|paragraf|nedan|ovan|bilaga)\b[^.]{0,20}"
                      r"[.)]?\s*$", re.IGNORECASE)
_PROPOSAL = re.compile(r"\bföreslår\s+att\b|\bförslag\s+till\s+beslut\b", re.IGNORECASE)


@dataclass(slots=True)
class Option:
    """One open item a passage may speak of: its id, title, score 0–100 and why."""

    item_id: int
    title: str
    score: float
    reason: str


@dataclass(slots=True)
class Link:
    """The proposal for one candidate or mention."""

    options: list[Option] = field(default_factory=list)  # best first
    item_id: int | None = None  # the chosen item (None: new / nothing)
    score: float = 0.0
    sure: bool = False
    #: Another passage of the document was linked to the same item by its dnr or
    #: number (e.g. "Ärendet bordlades …" and "bordläggs på nytt" in one §).
    same_as_other: bool = False


#: Said of an option its dnr or list number names as it names a better-fitting item
#: (:func:`_part_shared_identifier`): the identifier no longer picks it out.
SHARED_ID_NOTE = "samma ärende som en bättre träff"


def _reason_words(reason: str) -> list[str]:
    """The shared words a score's reason lists ("ord: arbetsskor, låsboxar~låsboxarna")."""
    m = re.search(r"(?:^|; )ord: ([^;]*)", reason)
    return [w.strip() for w in m.group(1).split(",") if w.strip()] if m else []


def met_by_own_word(reason: str) -> bool:
    """The option was met by at least one word the passage and the item share as itself,
    not only by compounds alike in a part ("arbetsskor~arbeta")."""
    return any("~" not in w for w in _reason_words(reason))


def _strong(reason: str) -> bool:
    return (reason.startswith(("samma dnr", "samma nummer")) and "andra punkter" not in reason
            and SHARED_ID_NOTE not in reason)  # fmt: skip


class _Shortlist:
    """Which items to score for a passage: all of a forum's usual few hundred; of a
    larger list those with the passage's dnr or list number and the closest by text
    (rapidfuzz, in C), so that an import stays fast with thousands of open items."""

    LIMIT_ALL = 300
    NEAREST = 25

    def __init__(self, items: Sequence[ItemRow], *, every: int = LIMIT_ALL,
                 nearest: int = NEAREST, evidence: bool = False):  # fmt: skip
        self.items = items
        self.nearest = nearest
        self.all = len(items) <= every
        if self.all:
            return
        from tracker.services.matching import normalise

        # ``evidence``: a candidate not taken is often named by the label or the
        # paragraph around its sentence rather than by the sentence itself.
        self.norms = [normalise(f"{it.title} {it.text} {(it.evidence or '') if evidence else ''}")
                      for it in items]  # fmt: skip
        self.by_dnr: dict[str, list[int]] = {}
        self.by_ref: dict[str, list[int]] = {}
        for i, it in enumerate(items):
            if it.dnr:
                self.by_dnr.setdefault(normal_dnr(it.dnr), []).append(i)
            if it.ref_no:
                self.by_ref.setdefault(it.ref_no, []).append(i)

    def indexes(self, c: Candidate) -> list[int]:
        if self.all:
            return list(range(len(self.items)))
        from rapidfuzz import fuzz, process

        from tracker.services.matching import normalise

        out = set(self.by_dnr.get(normal_dnr(c.dnr), []) if c.dnr else [])
        ref = c.ref_no or inline_ref(c)
        out |= set(self.by_ref.get(ref, []) if ref else [])
        query = normalise(f"{c.label or ''} {c.title} {c.text}")
        if query:
            for _choice, _s, idx in process.extract(
                query, self.norms, scorer=fuzz.token_set_ratio, limit=self.nearest,
                score_cutoff=30,
            ):
                out.add(idx)
        return sorted(out)


def _part_shared_paragraph(c: Candidate, opts: list[Option], by_id: dict[int, ItemRow]) -> None:
    """Two items made from one paragraph ("… begärt en bullermätning i verkstaden …
    beställer mätningen … / … kompletterar förbandslådorna …") share it as evidence (the
    one's runs on over the other's), so
    its words cannot tell them apart: among the options that score alike and share
    their evidence, the one whose own sentence (its text) fits the passage
    clearly better goes first, and the others are put that gap below it."""
    if len(opts) < 2:
        return
    top = opts[0].score
    evidence = {o.item_id: _fold(by_id[o.item_id].evidence) for o in opts}
    first = evidence[opts[0].item_id]
    # (The evidence of the later item of a paragraph often runs on over the earlier's.)
    group = [o for o in opts if o.score >= top - AMBIGUITY_GAP and first and evidence[o.item_id]
             and (first in evidence[o.item_id] or evidence[o.item_id] in first)]  # fmt: skip
    if len(group) < 2:
        return
    own: dict[int, float] = {}
    for o in group:
        # The item's own sentence, not its title: a title is sometimes the question of
        # the paragraph, shared with the other item.
        it = by_id[o.item_id]
        sentence = words(it.text) or words(it.title)
        own[o.item_id] = score_pair(c, it, _ItemWords(sentence, sentence))[0]
    ranked = sorted(group, key=lambda o: (-own[o.item_id], o.item_id))
    best, second = ranked[0], ranked[1]
    if own[best.item_id] - own[second.item_id] < AMBIGUITY_GAP:
        return
    best.score = max(o.score for o in group)
    for o in ranked[1:]:
        o.score = round(min(o.score, best.score - AMBIGUITY_GAP - 1), 1)
        o.reason += "; samma stycke som en bättre träff"
    opts.sort(key=lambda o: (-o.score, o.item_id))


def _identifier(reason: str) -> str | None:
    """The identifier an option's reason starts with ("samma dnr (TN 2026/196)")."""
    return reason.split(";", 1)[0] if _strong(reason) else None


def _own_sentence(item: ItemRow) -> list[str]:
    """The content words of an item's own sentence: its title and text (not the passage
    it was read from, which may tell of other matters too)."""
    return list(dict.fromkeys(words(item.title) + words(item.text)))


def _part_shared_identifier(c: Candidate, opts: list[Option], by_id: dict[int, ItemRow]) -> None:
    """Two open items of one ärende ("Förvaltningen tar fram förslag till yttrande" and
    "Ta fram ett yttrande över Trafikverkets remiss om Gräsö färjeläge", both made from
    § 103, dnr TN 2026/196) both score 96 by the dnr the passage carries: the identifier
    names the ärende, not which of its items the passage speaks of.  Identity must then
    come from what is specific to one item: the passage's words against each item's
    own sentence (title and text), identifiers aside.  The one that fits clearly better
    goes first and the others are put below it by more than the ambiguity gap, no
    longer picked out by the identifier; when the words do not tell them apart, all
    stay alike (and a close of either is unsure: :mod:`tracker.services.decision`)."""
    if len(opts) < 2:
        return
    ident = _identifier(opts[0].reason)
    if ident is None:
        return
    group = [o for o in opts if _identifier(o.reason) == ident
             and o.score >= opts[0].score - AMBIGUITY_GAP]  # fmt: skip
    if len(group) < 2:
        return
    said = words(" ".join(x for x in (c.label, c.subject, c.title, c.text, c.evidence) if x))

    def fit(item_words: list[str]) -> frozenset[str]:
        return frozenset(w.split("~")[0] for w in coverage(said, item_words)[1])

    titles = {o.item_id: fit(words(by_id[o.item_id].title)) for o in group}
    sentences = {o.item_id: fit(_own_sentence(by_id[o.item_id])) for o in group}
    best = max(group, key=lambda o: (len(titles[o.item_id]), len(sentences[o.item_id]), -o.item_id))
    for o in group:
        # Singled out: the passage meets the other item by no word it does not meet
        # the best one by, and names the best one's title by more.
        if o is not best and not (titles[o.item_id] < titles[best.item_id]
                                  and sentences[o.item_id] <= sentences[best.item_id]):
            return  # no item is singled out
    for o in group:
        if o is not best:
            o.score = round(min(o.score, best.score - AMBIGUITY_GAP - 1), 1)
            o.reason += f"; {SHARED_ID_NOTE}"
    opts.sort(key=lambda o: (-o.score, not _strong(o.reason), o.item_id))


def link_all(
    passages: Sequence[Candidate], items: Sequence[ItemRow],
    not_taken: Sequence[ItemRow] = (),
) -> list[Link]:
    """Score every passage against every open item and choose at most one passage per
    item (best first).  Options below :data:`OFFER_SCORE` are left out.

    ``not_taken``: the forum's candidates earlier imports did not take, as items with
    negative ids (:mod:`tracker.services.not_taken`).  They are a second pool, judged by
    the same :func:`score_pair`, and only for the passages that link to no open item
    safely: a matter on the list is never passed over for one nobody took, and the
    open items' links stay exactly what they are without them.  A passage links a
    not-taken candidate when it scores better than any open item it may mean; it is
    sure only when it is safe by itself and no open item (nor another not-taken
    candidate) scores within :data:`AMBIGUITY_GAP` of it.  Otherwise the not-taken
    candidates are offered beside the open items."""
    links = _link_pool(passages, items)
    if not not_taken:
        return links
    rest = [k for k, ln in enumerate(links) if not ln.sure and not ln.same_as_other]
    # Always pre-selected: the candidates of a forum's last meetings are many, and most
    # passages of a new document are new matters that link none of them.
    shortlist = _Shortlist(not_taken, every=0, nearest=NOT_TAKEN_NEAREST, evidence=True)
    second = _link_pool([passages[k] for k in rest], not_taken, shortlist)
    for k, other in zip(rest, second, strict=True):
        links[k] = _merge(passages[k], links[k], other)
    return links


def _merge(c: Candidate, own: Link, other: Link) -> Link:
    """One passage's link among the open items (``own``, not sure) and among the
    not-taken candidates (``other``), with the options of both.

    The not-taken candidate is chosen when its link is sure and no open item (nor other
    candidate) scores within :data:`AMBIGUITY_GAP` of it; or, unsure, for a passage that
    can never be an item of its own (a mention or a closing sentence) and links no open
    item, so that it is offered instead of dropped.  Otherwise the passage keeps what it
    was without them (a new row stays new), and they are only offered beside."""
    options = sorted([*own.options, *other.options],
                     key=lambda o: (-o.score, o.item_id < 0, o.item_id))[:5]  # fmt: skip
    kept = Link(options=options, item_id=own.item_id, score=own.score, sure=False,
                same_as_other=own.same_as_other)  # fmt: skip
    if other.item_id is None or other.same_as_other:
        return kept
    rivals = [o for o in options if o.item_id != other.item_id
              and o.score >= other.score - AMBIGUITY_GAP]  # fmt: skip
    sure = other.sure and not rivals
    never_an_item = is_mention(c) or c.status == "done" or c.kind == "closing"
    if sure or (own.item_id is None and never_an_item):
        return Link(options=options, item_id=other.item_id, score=other.score, sure=sure)
    return kept


def _link_pool(passages: Sequence[Candidate], items: Sequence[ItemRow],
               shortlist: _Shortlist | None = None) -> list[Link]:  # fmt: skip
    """:func:`link_all` over one pool of items."""
    iws: dict[int, _ItemWords] = {}
    links: list[Link] = []
    shortlist = shortlist or _Shortlist(items)
    refs: dict[str, int] = {}
    for it in items:
        if it.ref_no:
            refs[it.ref_no] = refs.get(it.ref_no, 0) + 1
    for c in passages:
        opts: list[Option] = []
        for idx in shortlist.indexes(c):
            it = items[idx]
            iw = iws.get(idx)
            if iw is None:
                iw = iws[idx] = _item_words(it)
            shared = bool(it.ref_no) and refs.get(it.ref_no, 0) > 1
            s, why = score_pair(c, it, iw, ref_shared=shared)
            if shared and why.startswith("samma nummer"):
                why = why.replace("samma nummer i listan", "samma nummer som andra punkter", 1)
            if s >= OFFER_SCORE:
                opts.append(Option(it.id, it.title, s, why))
        # Of options that score alike, one the list number or dnr identifies goes first.
        opts.sort(key=lambda o: (-o.score, not _strong(o.reason), o.item_id))
        by_id = {it.id: it for it in items}
        _part_shared_identifier(c, opts, by_id)
        _part_shared_paragraph(c, opts, by_id)
        links.append(Link(options=opts[:5]))
    # A proposal ("Förvaltningen föreslår att motionen anses besvarad") says less than
    # the decision taken on it.
    # Of the passages of one ärende, one whose words close it ("Arbetsutskottet godkänner
    # redovisningen och uppdraget är därmed slutfört") speaks before one that hands a
    # part of it on ("… överlämnar ärendet till regionstyrelsen").
    # (An item is judged by its own sentence here: its evidence is the whole paragraph.)
    bonus = [(0.25 if _PROPOSAL.search(c.evidence or c.text or "") else
              1.5 if eff == "close" and effect_of(c.text or "") == "close" else 1.0)
             if (eff := effect_of(c.evidence or c.text or "")) else 0.0
             for c in passages]  # fmt: skip
    # An item that decides the matter and gives a new task in one sentence ("godkänner
    # förfrågningsunderlaget och ger förvaltningen i uppdrag att genomföra upphandlingen")
    # is the new task: the passage of its § that holds the decision speaks for the old
    # matter first, whatever their scores (the item then stays a new one:
    # :func:`balance.entry_for_link`).
    for k, c in enumerate(passages):
        if not is_mention(c) and decides_then_tasks(c.evidence or c.text or ""):
            bonus[k] = -1.0
    # A passage that only points elsewhere ("Tidplan nattpatrull (AG) – se punkt 7")
    # says nothing itself: the passage it points to speaks for the matter first.
    # (One that says its own status besides, "klar, se punkt 2 – punkten stängs",
    # speaks for itself.)
    pointer = [bool(m := _POINTER.search(t := c.evidence or c.text or ""))
               and effect_of(t[: m.start()]) is None for c in passages]  # fmt: skip
    # A dnr or list number makes every passage of that matter score alike (95 and
    # up); among them the one that says what happens goes first, then the extractor's
    # own item before a mention.
    # A sure option its list number or dnr names counts as 95 too: "3 | Utbildning i
    # läkemedelshantering … | Bokad 12/3" is the row of the item, before a sentence
    # elsewhere that names it by words ("Utbildningen i läkemedelshantering är bokad").
    order = sorted(
        ((95.0 if _strong(o.reason) and o.score >= SAFE_SCORE else min(o.score, 95.0),
          bonus[k] + (0.5 if not is_mention(passages[k]) else 0.0), k, o)
         for k, ln in enumerate(links) for o in ln.options),
        key=lambda t: (pointer[t[2]] or bonus[t[2]] < 0, -t[0], not _strong(t[3].reason),
                       -t[1], t[2], t[3].item_id),
    )  # fmt: skip
    taken: dict[int, int] = {}
    for _s, _b, k, o in order:
        ln = links[k]
        if ln.item_id is not None:
            continue
        if o.item_id in taken:
            if _strong(o.reason) and ln.options and ln.options[0].item_id == o.item_id:
                ln.same_as_other = True
                ln.item_id = o.item_id
                ln.score = o.score
            continue
        ln.item_id = o.item_id
        ln.score = o.score
        taken[o.item_id] = k
    _said_twice(passages, links, {it.id: it for it in items})
    _follow_pointers(passages, links)
    for ln in links:
        if ln.item_id is None or ln.same_as_other:
            continue
        chosen = next(o for o in ln.options if o.item_id == ln.item_id)
        others = [o for o in ln.options if o.item_id != ln.item_id]
        # (A runner-up the passage meets only by compounds alike in a part,
        # "arbetsskor~arbeta", is no rival of an item it names by a word as itself.)
        near = [o for o in others if o.score >= chosen.score - AMBIGUITY_GAP
                and not (met_by_own_word(chosen.reason) and not met_by_own_word(o.reason))]
        ambiguous = bool(near and not _strong(chosen.reason))
        ln.sure = chosen.score >= SAFE_SCORE and not ambiguous
    return links


def _said_twice(passages: Sequence[Candidate], links: list[Link],
                by_id: dict[int, ItemRow]) -> None:
    """One matter said twice in one document: a point in the text and its row in the
    action log or balance list ("Bemanning nattetid: … Frågan avslutas." and "2 |
    Bemanning nattetid … | Verksamhetschef"), a status line and the row it repeats.
    Each item is linked from one passage only, so the other passage, left without an
    item although it clearly names one, would become a new item: a duplicate.  A
    passage whose best option is safe and clear of its runner-up, and is the item
    another passage of the document took, is that matter again (nothing of its own is
    applied); when it closes the item and the other passage only updates it, it is the
    one that speaks for the matter (the row may only repeat the old status), and so is
    the point rather than the row when both close it."""
    holder: dict[int, int] = {ln.item_id: k for k, ln in enumerate(links)
                              if ln.item_id is not None and not ln.same_as_other}  # fmt: skip
    for k, ln in enumerate(links):
        if ln.item_id is not None and (ln.same_as_other or ln.score >= SAFE_SCORE):
            continue
        one = next(((i, h) for i, h in holder.items()
                    if h != k and links[h].score >= SAFE_SCORE
                    and any(o.item_id == i for o in ln.options)
                    and _one_unit(passages[k], passages[h])), None)  # fmt: skip
        if one is not None:
            # "Mobilpolicyn: Det kom in 23 synpunkter … Johan arbetar in dem. Rektor
            # fattar beslut om policyn i maj …": two sentences the extractor made items
            # of, read in one labelled passage, speak of its one matter.
            ln.item_id, ln.score, ln.same_as_other = one[0], links[one[1]].score, True
            continue
        if ln.item_id is not None or not ln.options:
            continue
        top = ln.options[0]
        h = holder.get(top.item_id)
        if h is None or (
                len(ln.options) > 1 and ln.options[1].score >= top.score - AMBIGUITY_GAP):
            continue
        # Twins by structure only: one a table row, the other a passage that restates
        # it (a look-alike new matter beside a real update, "skrivbord till Cilla" and
        # "… till Aron", stays new).
        a, b = passages[k], passages[h]
        if (_nested(a, b, passages, links, top.item_id) and top.score >= SAFE_SCORE
                and effect_for(a, by_id[top.item_id]) == effect_for(b, by_id[top.item_id])):
            # "§ 32 Standsberg 4:2 / VD informerade om att underlaget … inte är klart. /
            # Styrelsen beslutade att ärendet återkommer i september.": the § block and a
            # statement inside it that took the item are one passage of one matter.
            ln.item_id, ln.score, ln.same_as_other = top.item_id, top.score, True
            continue
        if is_table_row(a.text) == is_table_row(b.text):
            continue
        row, point = (a, b) if is_table_row(a.text) else (b, a)
        item = by_id[top.item_id]
        mine, theirs = effect_for(a, item), effect_for(b, item)
        # Below the safe score only a mention (never an item of its own, so nothing is
        # lost when it speaks as the twin) that says what the row its list number linked
        # says: "Kompetensdagen 14 mars: föreläsaren är bokad." beside the row "5 | Boka
        # föreläsare till kompetensdagen … | Klar".
        # (The thing it names first is the item's: "Vattenskada på Kvarnbyns bibliotek"
        # beside the row "Utredning meröppet Kvarnbyns bibliotek" shares only the place.)
        held = next((o for o in links[h].options if o.item_id == top.item_id), None)
        named = words(a.label or a.subject or a.title)
        echo = (is_mention(a) and a is point and top.score >= MENTION_OFFER_SCORE
                and mine == theirs and mine in ("close", "update") and held is not None
                and held.score >= SAFE_SCORE and _strong(held.reason) and bool(named)
                and coverage(named[:1], _item_words(item).all)[0] > 0)  # fmt: skip
        if top.score < SAFE_SCORE and not echo:
            continue
        # (Two passages that both close the item need no proof that they are one matter:
        # the item is closed whichever speaks.)
        if not (restates(row, point) or _labelled_by_row(row, point)
                or mine == theirs == "close" or echo):
            continue
        ln.item_id, ln.score, ln.same_as_other = top.item_id, top.score, True
        other = links[h]
        # The passage that closes speaks when the other does not; when both close, the
        # point rather than the row: its sentence says what happened ("Handlingsplanen
        # skickades till Arbetsmiljöverket den 25 februari"), the row only "Åtgärdat".
        # (Of two updates the row keeps it: its list number makes it sure.)
        if mine == "close" and (theirs != "close" or (a is point and top.score >= other.score)):
            ln.same_as_other, other.same_as_other = False, True
            holder[top.item_id] = k


def _one_unit(a: Candidate, b: Candidate) -> bool:
    """``a`` and ``b`` stand in one labelled passage: the same label, and the same
    passage as their evidence."""
    ea, eb = " ".join((a.evidence or "").split()), " ".join((b.evidence or "").split())
    return bool(a.label and a.label == b.label and ea and ea == eb and len(ea) >= 40)


#: The number a passage's section opens with ("2 Felanmälan", "§ 12 …").
_SECTION_NO = re.compile(r"^\s*(?:§\s*)?(\d{1,3})\b")


def _follow_pointers(passages: Sequence[Candidate], links: list[Link]) -> None:
    """A row of the list's follow-up that only sends the reader on ("- 26-05: se p. 2.")
    names its item by the number and says nothing of it; the agenda point it names says
    what happened ("2. Felanmälan / … LG ställer sig bakom. Punkten klar.").  The
    passage of that point that closes or updates a matter and links nothing of its own
    speaks for the row's item instead (a close before an update; the first of them); the
    row is then its twin.  Nothing moves when the point has no such passage, or two that
    close."""
    for k, c in enumerate(passages):
        ln = links[k]
        text = c.evidence or c.text or ""
        m = POINTS_TO.search(text)
        if (m is None or ln.item_id is None or ln.same_as_other or not ln.options
                or effect_of(text[: m.start()]) is not None):  # fmt: skip
            continue
        chosen = next((o for o in ln.options if o.item_id == ln.item_id), None)
        if chosen is None or not _strong(chosen.reason) or chosen.score < SAFE_SCORE:
            continue
        target = m.group(1)
        said = [(j, effect_of(p.evidence or p.text or "")) for j, p in enumerate(passages)
                if j != k and links[j].item_id is None
                and (n := _SECTION_NO.match(p.section or "")) and n.group(1) == target]
        closes = [j for j, eff in said if eff == "close"]
        updates = [j for j, eff in said if eff == "update"]
        if len(closes) > 1 or not (closes or updates):
            continue
        j = (closes or updates)[0]
        why = f"{chosen.reason.split(';')[0]}; hänvisad hit från ”{_clip(c.text, 40)}”"
        links[j].options.insert(0, Option(chosen.item_id, chosen.title, chosen.score, why))
        links[j].item_id, links[j].score = chosen.item_id, chosen.score
        ln.same_as_other = True


def _clip(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _nested(a: Candidate, b: Candidate, passages: Sequence[Candidate], links: Sequence[Link],
            item_id: int) -> bool:  # fmt: skip
    """``a`` is a mention (never an item of its own) and one of the two passages holds
    the other's words: a § block and a statement inside it, when every other passage
    of the document that stands in the block speaks of the same item first (a § of two
    matters, "… Ärendet avslutas. / PRO föreslår att kommunen även tar fram …", is no
    one passage)."""
    if not is_mention(a):
        return False

    def flat(c: Candidate) -> str:
        return " ".join((c.text or "").split()).casefold()

    x, y = flat(a), flat(b)
    if len(min(x, y, key=len)) < 20 or not (x in y or y in x):
        return False
    outer = max(x, y, key=len)
    # (Another passage of the block speaks of the same item when it is linked to it, or
    # meets it best and only says where the matter stands: "Styrelsen beslutade att
    # ärendet återkommer i september" is no new matter.)
    return not any(c is not a and c is not b and len(t := flat(c)) >= 20 and t in outer
                   and ln.item_id != item_id
                   and not (ln.options and ln.options[0].item_id == item_id
                            and effect_of(c.text or "") in ("update", "close"))
                   for c, ln in zip(passages, links, strict=True))  # fmt: skip


def _labelled_by_row(row: Candidate, point: Candidate) -> bool:
    """The point's own topic label names the row's matter: every word of it names a
    word of the row's title as itself ("Friskvårdsbidraget: Beslut om nivå fattas
    centralt …" beside the row "1 | Höjning av friskvårdsbidraget | … | Bevakas").  A
    short row title shares too few words with the point for :func:`restates`; the label
    is the secretary's own name for the matter."""
    label = words(point.label)
    title = words(row.title)
    return bool(label and title) and all(
        any(names_itself(w, t) for t in title) for w in label)


#: The longest note a matter said twice gets from both its passages (characters).
_TWIN_NOTE_MAX = 600


def join_twin_words(passages: Sequence[Candidate], links: Sequence[Link]) -> dict[int, str]:
    """The note of each passage that speaks for a matter said twice in one document: its
    own words and those of the passages that say the same matter and are not applied
    (:func:`_said_twice`, one ärende's passages by its dnr), as {passage index: note}.

    "Parkbänkar längs Kvarngatan / Parkenheten meddelar att yttrandet … försenas och nu
    beräknas till augusti" and the row "… parkbänkar Kvarngatan | Parkenheten | augusti
    2025 | Försenat": the row updates the item, and the history should say what the
    point said, not only "Försenat".  A note that would grow past
    :data:`_TWIN_NOTE_MAX` keeps its own words only; a row not applied adds nothing (it
    repeats the title and an old status word)."""
    holder = {ln.item_id: k for k, ln in enumerate(links)
              if ln.item_id is not None and not ln.same_as_other}  # fmt: skip
    notes: dict[int, str] = {}
    for k, ln in enumerate(links):
        if not ln.same_as_other or ln.item_id is None or (h := holder.get(ln.item_id)) is None:
            continue
        own = " ".join((passages[h].evidence or passages[h].text or "").split())
        note = notes.get(h, own)
        if is_table_row(passages[k].text):
            continue  # a row repeats the title and a status word: no news for the note
        said = " ".join((passages[k].evidence or passages[k].text or "").split())
        if not said or said.casefold() in note.casefold() or note.casefold() in said.casefold():
            if note.casefold() in said.casefold() and len(said) <= _TWIN_NOTE_MAX:
                notes[h] = said  # the other passage holds this one's words and more
            continue
        if len(note) + len(said) + 1 > _TWIN_NOTE_MAX:
            continue
        notes[h] = f"{note} {said}"
    return notes


def describe_options(options: Sequence[Option]) -> list[tuple[int, str, float, str]]:
    """The offered items as plain tuples (id, title, score, reason), best first."""
    return [(o.item_id, o.title, o.score, o.reason) for o in options[:OFFERED]]
