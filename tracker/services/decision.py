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


def identity(entry: PlanEntry, item: ItemRow) -> str | None:
    """What identifies ``item`` as the passage's matter (Swedish), or None.

    A word of the item's own sentence or title identifies it; a word only of its
    passage (the evidence) does when that passage is not labelled as another topic than
    the passage's own label: "Lokalfrågan: Skyddsronden … genomfördes" shares only
    "lokal" with the passage "Distansarbete: … förslag till lokal rutin …" of "Frågan om
    rutin för distansarbete förs till SVG".  Nor does a subject brought up as new ("En
    lokalinventering har gjorts" beside "Utreda utökade lokaler …")."""
    if linking._strong(entry.reason):
        return entry.reason.split(";")[0]
    c = entry.candidate
    if not c.label and c.subject and _INDEFINITE.match(c.subject):
        return None
    mine = own_words(entry)
    # The item's own words, without the heading it stood under.
    sentence = link_words.words(f"{item.title} {item.text or ''}")
    _cov, hit = link_words.coverage(mine, sentence)
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
    _cov, hit = link_words.coverage(mine, sentence + link_words.words(item.evidence))
    return f"egna ord: {', '.join(hit[:3])}" if hit else None


def rivals(entry: PlanEntry, linked_elsewhere: set[int]) -> list[tuple[int, str, float, str]]:
    """Other open items that score about as well as the chosen one."""
    chosen = next((o for o in entry.options if o[0] == entry.match_id), None)
    if chosen is None:
        return []
    return [o for o in entry.options
            if o[0] != entry.match_id and o[0] not in linked_elsewhere
            and o[2] >= chosen[2] - linking.AMBIGUITY_GAP]  # fmt: skip


def hold_back_unsafe_closes(entries: Sequence[PlanEntry], by_id: dict[int, ItemRow]) -> None:
    """Uncheck (and mark unsure) each proposed close that lacks identity evidence of
    the passage's own or a clear margin over the runner-up (see the module text)."""
    linked: dict[int, list[PlanEntry]] = {}
    for e in entries:
        if e.accepted and e.match_id is not None and e.action in ("update", "close"):
            linked.setdefault(e.match_id, []).append(e)
    for e in entries:
        if not (e.accepted and e.action == "close" and e.match_id is not None) or e.manual:
            continue
        item = by_id.get(e.match_id)
        if item is None:
            continue
        elsewhere = {i for i, es in linked.items() if any(x is not e for x in es)}
        why = None
        if identity(e, item) is None:
            why = "bara rubriken pekar ut punkten"
        elif near := rivals(e, elsewhere):
            why = f"punkt {near[0][0]} passar nästan lika bra"
        if why:
            e.accepted = False
            e.unsure = True
            e.reason = f"{e.reason}; stängs inte utan ditt ord ({why})" if e.reason else why
