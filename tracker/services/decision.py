"""When a linked close may be applied without the secretary's word (issue 16: never close
silently when unsure).

:mod:`tracker.services.linking` scores how surely a passage speaks of an open item; a
score is a maximum over many kinds of evidence, and the same 91 may rest on the passage's
own topic label or only on the heading it stands under.  A wrong close hides a matter
that is still open, so an automatic close asks for more than the score:

1. *identity from the passage itself* – the same dnr or list number, or a key word of
   the passage's own (its label, subject, title or sentence, not the heading over it)
   that the item has too.  "Läget / – E-postmigrering klar. Projektet avslutas …" shares
   only the heading "Läget" with "Anna tar dialog med ekonomi" (made under the same
   heading): the heading spoke of several matters and identifies none;
2. *a clear margin* – no other open item scores within :data:`linking.AMBIGUITY_GAP` of
   the chosen one, unless another passage of the document links that item.  Two items
   of one matter ("3 | Handlingsplan efter inspektionen …" and "Vision frågar hur
   inspektionen följs upp …") are then both offered, and the secretary closes the one
   meant, or both.  Two items under one dnr are no exception: the dnr names the
   ärende, not the item; the linker puts an item the passage's words single out ahead
   by more than the gap (:func:`linking._part_shared_identifier`), and when the words
   do not, the close is offered.

A close that fails either is kept in the plan, unchecked and marked unsure: the review
offers the top three items and one key picks one.  Updates keep the linker's own rule
(the safe score, and no near runner-up unless a dnr or number identifies the item): an
update wrongly applied adds a history entry, a close wrongly applied ends a matter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.mentions import label_of
from tracker.services import link_words, linking
from tracker.services.link_effects import promise_kept
from tracker.services.plan import PlanEntry
from tracker.store.models import ItemRow


def own_words(entry: PlanEntry) -> list[str]:
    """The content words the passage names itself by (not the heading over it)."""
    c = entry.candidate
    return link_words.words(" ".join(x for x in (c.label, c.subject, c.title, c.text, c.evidence)
                                     if x))  # fmt: skip


#: "En lokalinventering har gjorts …": a subject with the indefinite article brings up a
#: thing not known before, a step on the way, not the earlier matter by name.
_INDEFINITE = re.compile(r"^\s*(?:en|ett)\s+\w", re.IGNORECASE)


def _naming(mine: list[str], target: list[str]) -> list[str]:
    """The words of ``mine`` that name a word of ``target`` as itself (not only a thing
    of its field, "semesterschemat" / "semester", or of its kind, "sommarschema")."""
    return [w for w in dict.fromkeys(mine) if any(link_words.names_itself(w, t) for t in target)]


def _own_sentence(item: ItemRow) -> list[str]:
    """The item's own words: its title and text, without the heading or passage."""
    return link_words.words(f"{item.title} {item.text or ''}")


def identity(entry: PlanEntry, item: ItemRow) -> str | None:
    """What identifies ``item`` as the passage's matter (Swedish), or None.

    A word of the item's own sentence or title identifies it; a word only of its
    passage (the evidence) does when that passage is not labelled as another topic than
    the passage's own label: "Lokalfrågan: Skyddsronden … genomfördes" shares only
    "lokal" with the passage "Distansarbete: … förslag till lokal rutin …" of "Frågan om
    rutin för distansarbete förs till SVG".  Nor does a subject brought up as new ("En
    lokalinventering har gjorts" beside "Utreda utökade lokaler …").  The word must name
    the item's word as itself: a compound alike only by its first part or its head is a
    part or a step of the matter, or another thing of its kind ("Semesterschemat är
    klart" beside "Sommarschema: önskemål om semester lämnas till Maria senast 15
    april")."""
    if linking._strong(entry.reason):
        return entry.reason.split(";")[0]
    c = entry.candidate
    if not c.label and c.subject and _INDEFINITE.match(c.subject):
        return None
    mine = own_words(entry)
    # The item's own words, without the heading it stood under.
    sentence = _own_sentence(item)
    hit = _naming(mine, sentence)
    if hit:
        return f"egna ord: {', '.join(hit[:3])}"
    label = entry.candidate.label
    theirs = label_of(item.evidence or "")
    if (
        label
        and theirs
        and not link_words.coverage(link_words.words(label), link_words.words(theirs))[1]
    ):
        return None  # two topics by their labels
    hit = _naming(mine, sentence + link_words.words(item.evidence))
    return f"egna ord: {', '.join(hit[:3])}" if hit else None


def _only_alike(entry: PlanEntry, item: ItemRow) -> str | None:
    """The words by which the passage meets the item when it names none of them as
    itself, only compounds alike in a part ("semesterschemat~semester"), for the reason
    shown; None when that is not why identity is missing."""
    mine = own_words(entry)
    target = _own_sentence(item) + link_words.words(item.evidence)
    if _naming(mine, target):
        return None
    pairs = [f"{w}~{t}" for w in dict.fromkeys(mine) for t in dict.fromkeys(target)
             if link_words.similar(w, t)]  # fmt: skip
    return ", ".join(pairs[:2]) or None


def same_evidence(entry: PlanEntry, item: ItemRow, others: Sequence[ItemRow],
                  sentences: dict[int, list[str]] | None = None) -> ItemRow | None:  # fmt: skip
    """Another open item the passage names by every word it names ``item`` by: the
    evidence is not specific to ``item`` ("Planprioriteringen är klar" names both "…
    planutskott vill ha ett underlag om planprioritering" and "Sammanställa förslag på
    prioritering av planer"), or None.  (Only for a close by words: a dnr or list number
    that one item carries is specific by itself.)  ``sentences``: the items' own words
    by id, kept between calls."""
    if linking._strong(entry.reason):
        return None
    sentences = {} if sentences is None else sentences
    hit = _naming(own_words(entry), _own_sentence(item))
    if not hit:
        return None
    for other in others:
        if other.id == item.id:
            continue
        theirs = sentences.get(other.id)
        if theirs is None:
            theirs = sentences[other.id] = list(dict.fromkeys(_own_sentence(other)))
        if all(any(link_words.names_itself(w, t) for t in theirs) for w in hit):
            return other
    return None


def rivals(entry: PlanEntry, linked_elsewhere: set[int],
           by_id: dict[int, ItemRow] | None = None) -> list[tuple[int, str, float, str]]:
    """Other open items that score about as well as the chosen one."""
    chosen = next((o for o in entry.options if o[0] == entry.match_id), None)
    if chosen is None:
        return []
    # (One the passage meets only by compounds alike in a part, "arbetsskor~arbeta",
    # beside a chosen item it names by a word as itself, is no rival.)
    by_itself = linking.met_by_own_word(chosen[3])
    # (A row its own list number names, "1 | Rutin ärendefördelning | Klar. …", beside
    # an item of no list that the passage meets only by the words of its passage — a
    # step told in the prose about the matter, "Gruppen lämnar synpunkter till Maria
    # senast 20 april" — is singled out by the number.  An item the passage names by
    # its own words, the question beside its row, stays a rival.)
    numbered = chosen[3].startswith("samma nummer i listan")
    mine = own_words(entry) if numbered and by_id else []

    def step_only(o: tuple[int, str, float, str]) -> bool:
        item = by_id.get(o[0]) if by_id else None
        return bool(numbered and item is not None and "nummer" not in o[3]
                    and "dnr" not in o[3] and not _naming(mine, _own_sentence(item)))

    return [o for o in entry.options
            if o[0] != entry.match_id and o[0] not in linked_elsewhere
            and o[2] >= chosen[2] - linking.AMBIGUITY_GAP
            and not (by_itself and not linking.met_by_own_word(o[3]))
            and not step_only(o)]  # fmt: skip


def _others(entry: PlanEntry, by_id: dict[int, ItemRow], elsewhere: set[int]) -> list[ItemRow]:
    """The open items a close's evidence is compared with: all of a forum's usual few
    hundred; of a larger list the ones the linker offered (it compared them all), so an
    import stays fast with thousands of open items."""
    if len(by_id) <= linking._Shortlist.LIMIT_ALL:
        ids = [i for i in by_id if i not in elsewhere]
    else:
        ids = [o[0] for o in entry.options if o[0] not in elsewhere]
    return [by_id[i] for i in ids if i in by_id]


def hold_back_unsafe_closes(entries: Sequence[PlanEntry], by_id: dict[int, ItemRow]) -> None:
    """Uncheck (and mark unsure) each proposed close that lacks identity evidence of
    the passage's own or a clear margin over the runner-up (see the module text)."""
    linked: dict[int, list[PlanEntry]] = {}
    for e in entries:
        if e.accepted and e.match_id is not None and e.action in ("update", "close"):
            linked.setdefault(e.match_id, []).append(e)
    sentences: dict[int, list[str]] = {}
    held: list[PlanEntry] = []
    for e in entries:
        if not (e.accepted and e.action == "close" and e.match_id is not None) or e.manual:
            continue
        item = by_id.get(e.match_id)
        if item is None:
            continue
        elsewhere = {i for i, es in linked.items() if any(x is not e for x in es)}
        why = None
        if identity(e, item) is None:
            alike = _only_alike(e, item)
            why = (f"bara ord som liknar i en del ({alike})" if alike
                   else "bara rubriken pekar ut punkten")  # fmt: skip
        elif near := rivals(e, elsewhere, by_id):
            why = f"punkt {near[0][0]} passar nästan lika bra"
        elif not promise_kept(e.candidate.evidence or e.candidate.text or "", item) and (
                twin := same_evidence(e, item, _others(e, by_id, elsewhere), sentences)):
            why = f"orden passar lika väl punkt {twin.id}"
        if why:
            e.accepted = False
            e.unsure = True
            e.reason = f"{e.reason}; stängs inte utan ditt ord ({why})" if e.reason else why
            held.append(e)
    for e in held:
        _twin_speaks(e, entries, by_id, linked, sentences)


def _twin_speaks(
    held: PlanEntry,
    entries: Sequence[PlanEntry],
    by_id: dict[int, ItemRow],
    linked: dict[int, list[PlanEntry]],
    sentences: dict[int, list[str]],
) -> None:
    """A close held back whose matter another passage of the document says again (the
    row "Nyckelrutinen (låsboxar) | Sara | Klar." beside the point "Nya låsboxarna är
    installerade", :func:`linking._said_twice`): the linker let one passage speak for
    both, and the other was never judged.  When that other passage closes the item too
    and passes the rules above by its own words, it speaks instead; the held-back one
    becomes its twin (unchecked, as before)."""
    item = by_id.get(held.match_id) if held.match_id is not None else None
    if item is None:
        return
    elsewhere = {i for i, es in linked.items() if any(x is not held for x in es)}
    for twin in entries:
        if (twin is held or twin.accepted or twin.match_id != item.id or twin.manual
                or twin.action != "close" or not twin.reason.endswith(_TWIN)):  # fmt: skip
            continue
        if identity(twin, item) is None or rivals(twin, elsewhere, by_id) or same_evidence(
                twin, item, _others(twin, by_id, elsewhere), sentences):  # fmt: skip
            continue
        twin.accepted, twin.unsure = True, False
        twin.reason = twin.reason[: -len(_TWIN)]
        held.reason += _TWIN
        return


#: How :func:`balance.entry_for_link` marks a passage that says a matter again.
_TWIN = "; samma ärende som ovan"
