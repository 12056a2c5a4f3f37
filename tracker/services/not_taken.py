"""The candidates an import did not take, and taking one up when later minutes speak of it.

A secretary who leaves a possible item unchecked ("Arbetsgivaren svarar till nästa
möte") says "not a matter for the list now", not "this was never said".  When the next
minutes report "Lokalfrågan: klart" or "… kvarstår, nytt datum 30/4", she expects the
program to know what they speak of.  So :func:`keep` stores, at every import, the
candidates the plan offered and nobody took – possible items left unchecked and
confident ones she unchecked – for the document's forum, with their sentence, document
and meeting date (schema step 6, ``tracker.store.not_taken``).  They are no items: no
list, count, search, agenda or export reads that table.

The linker (:func:`tracker.services.linking.link_all`) judges a later passage against
them by exactly the evidence it uses for open items (dnr, § title, topic label, list
number, key nouns) – as a second pool, used only for passages that link to no open item
safely, so that a matter on the list is never passed over for one nobody took, and a
not-taken candidate never makes an open item's link unsure.  In the plan such a match
has a negative id (:func:`pseudo_id`); applying it :func:`take_up` first:

* an **update** ("kvarstår", "pågår", "nytt datum …") puts the matter on the list as an
  item with its original sentence, section, date and source, and a history entry
  "erbjöds <date> men togs inte med; togs upp nu"; the update then applies to it as to
  any item (the new due date, a "behandlad" entry), and the later passage does not
  become an item of its own;
* a **close** ("X: klart", "Frågan är besvarad") does the same and closes the item at
  once, with the sentence as its note.  Why an item and not just a mark on the stored
  row: the secretary's list and each matter's history are then complete – the matter was
  raised at one meeting and reported done at the next, and a search for it, the "Klara"
  view and the printed history show that – while nothing open is added, so the balance
  list itself is unchanged.  (Recording the close only on the hidden row would leave the
  later minutes' "klart" pointing at nothing the secretary can find.)

Below the safe score, or when an open item scores nearly alike, the link is offered like
any unsure one (the top three, one key), with where the candidate comes from ("ej tagen
punkt från 2024-03-01").  A close needs the same identity and margin as for an item
(:mod:`tracker.services.decision`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tracker.domain import Candidate, due_in_range
from tracker.extract.mentions import effect_of
from tracker.extract.restatements import is_table_row
from tracker.services.link_scoring import _item_words, _ItemWords, score_pair
from tracker.services.linking import SAFE_SCORE
from tracker.services.plan import ImportPlan, PlanEntry
from tracker.services.possible_mentions import REASON as POSSIBLE_REASON
from tracker.store import ItemRow, NotTakenRow, Store

#: The rows of a forum's last this many documents are kept (see :func:`prune`).
KEEP_DOCUMENTS = 12
#: … and none from a meeting more than this many days (18 months) before its newest.
KEEP_DAYS = 548


def pseudo_id(row_id: int) -> int:
    """The id a not-taken row has in a plan and among the linker's options: negative,
    so that it can never be taken for an item's id."""
    return -int(row_id)


def is_not_taken(item_id: int | None) -> bool:
    return item_id is not None and item_id < 0


def row_id(item_id: int) -> int:
    return -int(item_id)


def waiting(store: Store, body: str | None) -> dict[int, NotTakenRow]:
    """The forum's not-taken rows that no later import took up, by pseudo id."""
    return {pseudo_id(r.id): r for r in store.list_not_taken(body)}


def _possible_read_as_mention(entry: PlanEntry) -> bool:
    """A possible item read as a mention (:mod:`tracker.services.possible_mentions`)
    whose link to an open item is unsure and left unchecked: it replaced the possible
    item's own "new" entry in the plan, so unkept, the sentence would be lost, not left
    waiting as any unchecked possible item is.  (Not one linked to a candidate that
    already waits: that matter is kept once.)"""
    return (entry.mention and entry.unsure and POSSIBLE_REASON in entry.candidate.reasons
            and entry.match_id is not None and entry.match_id > 0)  # fmt: skip


def _untaken(entry: PlanEntry) -> bool:
    """An entry that would have made an item, and was not saved.  Not a sentence that
    itself says its matter is done or decided (:func:`_says_done`): nothing is left of
    it for later minutes to carry on."""
    c = entry.candidate
    return (
        not entry.accepted
        and ((entry.action == "new" and not entry.mention) or _possible_read_as_mention(entry))
        and not entry.manual
        and c.kind != "closing"
        and c.status != "done"
        and bool(c.title.strip() or (c.text or "").strip())
        and not _says_done(c)
    )


def _says_done(c: Candidate) -> bool:
    """The candidate's own sentence says its matter is done or decided: by the listed
    words, or by its verbs when it sets no date still ahead ("… därmed är redovisat";
    not "Alla ska ha gjort utbildningen senast 28 februari")."""
    text = c.text or c.title
    if effect_of(text) in ("close", "decide"):
        return True
    return c.due is None and effect_of(text, by_verb=True) in ("close", "decide")


def _as_item(c: Candidate) -> ItemRow:
    return ItemRow(
        id=0, title=c.title, text=c.text or "", kind=c.kind, status="open", owner=c.owner,
        raised_by=c.raised_by, due=c.due, due_text=c.due_text, due_precision=c.due_precision,
        start=c.start, deviation=c.deviation, body=None, section=c.section, page=c.page,
        line=c.line, evidence=c.evidence, document_id=None, document_file=None,
        document_path=None, meeting_id=None, created_at="", updated_at="", version=1,
        last_note=None, dnr=c.dnr, ref_no=c.ref_no,
    )  # fmt: skip


def _same_matter(entry: PlanEntry, pool: Sequence[tuple[Candidate, ItemRow, _ItemWords]]) -> bool:
    """The entry's candidate names, by the linker's own evidence and at its safe score,
    a matter another entry of the document saved or closed: the question and the action
    taken on it under one heading, a point and its table row.  Only those shapes are
    scored (word comparison is what an import spends its time on)."""
    c = entry.candidate
    row = is_table_row(c.text)
    return any(
        (other.section == c.section or row or is_table_row(other.text))
        and score_pair(c, item, iw)[0] >= SAFE_SCORE
        for other, item, iw in pool
    )


def keep(
    store: Store,
    plan: ImportPlan,
    entries: Sequence[PlanEntry],
    doc_id: int,
    meeting_id: int | None,
) -> int:
    """Store the candidates of ``entries`` that were offered as new items and not taken
    (inside the import's transaction), then keep the forum's rows bounded; returns how
    many were stored.

    Not one that names, at the linker's safe score, the matter of an entry the
    secretary did take or of a close, under the same heading or as a point and its table
    row: the question of a paragraph whose action she took ("Elevhälsan: SSR frågar hur
    … bemannas … Frågan om kuratorsbemanningen lämnas som kvarstående"), or a sentence
    beside its own row, was left unchecked *because* its matter is on the list or settled;
    kept, a later "stryks" would take it up as a second item of that matter.  Nor one
    whose own sentence says its matter is done (:func:`_untaken`)."""
    when = plan.extraction.meeting.date
    entries = list(entries)
    taken = [e.candidate for e in entries
             if (e.accepted and (e.action == "new" or e.match_id is not None))
             or e.action == "close" or e.candidate.kind == "closing"]  # fmt: skip
    pool = [(c, item, _item_words(item)) for c in taken for item in (_as_item(c),)]
    n = 0
    for entry in entries:
        if not _untaken(entry) or _same_matter(entry, pool):
            continue
        c = entry.candidate
        store.insert_not_taken({
            "body": plan.body, "document_id": doc_id, "meeting_id": meeting_id,
            "meeting_date": when,
            "tier": "possible" if _possible_read_as_mention(entry) else c.tier,
            "title": " ".join(c.title.split())
            or " ".join((c.text or "").split())[:120], "text": c.text or "", "kind": c.kind,
            "owner": c.owner, "co_owners": list(c.co_owners), "raised_by": c.raised_by,
            "due": c.due if due_in_range(c.due) else None, "due_text": c.due_text,
            "due_precision": c.due_precision if due_in_range(c.due) else None,
            "start": c.start if due_in_range(c.start) else None, "deviation": c.deviation,
            "section": c.section, "page": c.page, "line": c.line, "evidence": c.evidence,
            "dnr": c.dnr, "ref_no": c.ref_no, "label": c.label,
        })  # fmt: skip
        n += 1
    prune(store, plan.body, when)
    return n


def prune(store: Store, body: str | None, newest: dt.date | None) -> int:
    """Keep a forum's not-taken rows bounded: those of its last :data:`KEEP_DOCUMENTS`
    documents, none older than :data:`KEEP_DAYS` before ``newest``.

    Why: a forum that meets monthly speaks of an open matter again within a few
    meetings; a candidate nobody took and no minutes mentioned for a year is no longer a
    matter the forum carries, and matched later it would more likely be a look-alike of a
    new one (many matters come back every year: "lönerevision", "skyddsrond").  The
    bound also keeps the linker's second pool small, so an import stays fast however
    long the list has been kept."""
    return store.prune_not_taken(body, keep_documents=KEEP_DOCUMENTS, newest=newest,
                                 max_days=KEEP_DAYS)  # fmt: skip


def take_up(
    store: Store, row: NotTakenRow, body: str | None, doc_id: int, meeting_id: int | None
) -> int:
    """Make an open item of ``row`` (its own sentence, section, due date and source
    document and meeting kept) with the history entry "erbjöds <date> men togs inte med;
    togs upp nu"
    under this import, record the item on the row, and return its id."""
    item_id = store.insert_item({
        "title": row.title, "text": row.text, "kind": row.kind, "status": "open",
        "owner": row.owner, "co_owners": list(row.co_owners), "raised_by": row.raised_by,
        "due": row.due, "due_text": row.due_text, "due_precision": row.due_precision,
        "start": row.start, "deviation": row.deviation, "body": body or row.body,
        "section": row.section, "page": row.page, "line": row.line,
        "evidence": row.as_item(0).evidence, "dnr": row.dnr, "ref_no": row.ref_no,
        "document_id": row.document_id, "meeting_id": row.meeting_id,
    })  # fmt: skip
    # The "created" event belongs to this import (undoing it takes the item back, and
    # the row waits again); its parameters say when the matter was first offered.
    store.add_event(item_id, "created", code="taken_up", params={"offered": row.offered_on()},
                    document_id=doc_id, meeting_id=meeting_id)  # fmt: skip
    store.mark_not_taken_taken(row.id, item_id)
    return item_id
