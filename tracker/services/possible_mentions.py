"""A later document's possible items read as mentions of the matters they speak of.

The extractor offers a sentence no rule confirmed as a *possible* item, unchecked
("Lokalfrågan: klart", "Arbetet med tillgänglighetsanpassningen pågår", scored low by
the clause scorer).  Such a sentence is often no new matter but a statement about one on
the list, or about a candidate an earlier import offered and nobody took
(:mod:`tracker.services.not_taken`).  Left as a possible item it links nothing: the
matter stays open and the statement is offered again as a new item.

So the import reads each possible item that says something about a matter – by the
words :func:`tracker.extract.mentions.effect_of` knows (closed, still going on, decided,
a new date; read by its verbs too, as a short unit about one matter), or by its dnr, or
by a label under a follow-up heading, the same test a mention passage must pass in
:mod:`tracker.extract.mention_passages` – as a mention, and links it with exactly the
linker's evidence and rules (:func:`tracker.services.linking.link_all`: the safe score,
the ambiguity gap, the not-taken pool as a second one; the decision policy's identity
and margin for a close).  Linked safely, it updates or closes the item and is not
offered as a new possible item; below the safe score it is offered like any unsure
link (the top three, one key), never applied without the secretary's word; linked to
nothing, it stays the possible item it was.

The document's items and mention passages are linked first, and unchanged: a possible
item is linked afterwards, only to an item or candidate none of them took.  A possible
item whose best match one of them took says that matter again (the question beside its
own answer, a sentence beside its row) and stays a possible item, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from tracker.domain import Candidate
from tracker.extract.mentions import FOLLOW_UP_SECTIONS, effect_of
from tracker.services import linking
from tracker.store.models import ItemRow

#: The reason a possible item read as a mention carries (shown in the review).
REASON = "möjlig punkt läst som omnämnande"


def as_mention(c: Candidate) -> Candidate | None:
    """The mention ``c`` (a possible item) makes, or None when it says nothing about a
    matter (no effect in its own sentence, no dnr and no label under a follow-up
    heading) or does not name the matter it speaks of (no label, subject, dnr or list
    number of its own)."""
    own = " ".join((c.text or c.title or "").split())
    eff = effect_of(own) or effect_of(own, by_verb=True)
    if eff is None and c.status == "done":
        eff = "close"
    follow_up = bool(c.section and FOLLOW_UP_SECTIONS.search(c.section))
    if eff is None and not c.dnr and not (follow_up and c.label):
        return None
    if not (c.label or c.subject or c.dnr or c.ref_no):
        # A sentence that does not name its matter ("Det är en annan grind än den som
        # lagades i september") would be linked by the heading over it, and a heading
        # of running prose ("4. Arbetsmiljö") holds many matters and names none.
        return None
    closing = eff in ("close", "decide")
    reasons = ["omnämnande i dokumentet", REASON]
    if eff:
        reasons.append(f"effekt: {eff}")
    return replace(
        c, kind="closing" if closing else "carried_over", status="done" if closing else "open",
        tier="confident", reasons=reasons, co_owners=list(c.co_owners),
    )  # fmt: skip


def link(
    mentions: Sequence[Candidate],
    items: Sequence[ItemRow],
    not_taken: Sequence[ItemRow],
    taken: Iterable[int],
) -> list[linking.Link]:
    """The links of ``mentions`` (made by :func:`as_mention`) to the open ``items`` and
    the ``not_taken`` candidates, by :func:`linking.link_all`; a link to an item or
    candidate in ``taken`` (linked by another passage of the document) is dropped, as is
    one made only because another possible item holds the same dnr or number."""
    if not mentions:
        return []
    taken = set(taken)
    links = linking.link_all(mentions, items, not_taken)
    return [linking.Link(options=ln.options) if ln.item_id is None or ln.item_id in taken
            or ln.same_as_other else ln for ln in links]  # fmt: skip
