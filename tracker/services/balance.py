"""The balance-list rules, shared by the CLI and the GUI.

Import in two steps: :func:`plan_import` matches an extraction's candidates to the open
items of the same body and proposes, per candidate, "new", "update" (the item was
discussed again: new due date, a "behandlad 2024-04-09" history entry) or "close" (later
minutes close it: the closing sentence becomes the note).  The reviewer may change the
plan (accept/reject entries, pick another match, edit the candidate), then
:func:`apply_import` saves it in one transaction.  A file already imported (same sha256)
gives a plan that changes nothing.

Manual edits go through :func:`add_item`, :func:`update_item`, :func:`close_item` and
:func:`add_note`: each is one transaction, checks the item's version (a stale edit is
refused with :class:`~tracker.errors.StaleEditError`) and writes one history event per
changed field.  :func:`revert_item` is the undo/redo of an edit, :func:`remove_item`
takes back an item added by mistake (status ``removed``: kept with its history, shown
nowhere) and :func:`restore_item` brings it back; a removed item cannot be edited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from tracker.domain import MAX_DUE, MIN_DUE, Candidate, Extraction, due_in_range
from tracker.errors import StaleEditError, TrackerError
from tracker.extract.mentions import FOLLOW_UP_SECTIONS
from tracker.labels import STATUS_LABELS, status_label
from tracker.services import (
    decision,
    link_effects,
    linking,
    not_taken,
    possible_mentions,
    report_review,
    restated,
)
from tracker.services.meetings import (
    canonical_body,
    ensure_meeting,
    forum_of_attendees,
    forum_of_organisation,
)
from tracker.services.plan import ImportPlan, ImportResult, PlanEntry, _short
from tracker.store import (
    EDITABLE_FIELDS,
    REMOVED,
    STATUSES,
    ItemEvent,
    ItemFilter,
    ItemRow,
    Store,
)
from tracker.store.store import STALE_MESSAGE


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def _is_closing(c: Candidate) -> bool:
    return c.status == "done" or c.kind == "closing"


def resolve_body(store: Store, extraction: Extraction, body: str | None = None) -> str | None:
    """The body (forum) an import belongs to: ``body`` if given, else the minutes' own,
    with aliases applied ("FVG" → "Förvaltningsgruppen")."""
    if body:
        return canonical_body(store, body)
    name = canonical_body(store, extraction.meeting.body)
    # Two förvaltningar's forums of one name are told apart by their organisation.
    name = forum_of_organisation(store, name, extraction.meeting.organisation) or name
    if name is None or not store.list_meetings(name):
        # A forum the list does not know by this name (or minutes that name none): the
        # known forum whose last meeting had the same people is the one meeting again.
        name = forum_of_attendees(store, extraction.meeting.present) or name
    return name


def open_items_of_body(store: Store, body: str | None) -> list[ItemRow]:
    """Open items of exactly this body (case ignored); with no body, those without one."""
    if body:
        rows = store.list_items(ItemFilter(status="open", body=body, sort="id"))
        return [r for r in rows if _same(r.body, body)]
    rows = store.list_items(ItemFilter(status="open", sort="id"))
    return [r for r in rows if not r.body]


# --- import ---------------------------------------------------------------------------


def plan_import(
    store: Store, extraction: Extraction, *, body: str | None = None,
    today: dt.date | None = None,
) -> ImportPlan:
    """Propose what importing ``extraction`` does to the balance list (changes nothing).
    A follow-up report's entries are grouped by responsible body and goal; one whose
    period is long past (before ``today`` by more than a year) is flagged and its
    overdue new items are left unchecked."""
    resolved = resolve_body(store, extraction, body)
    existing = store.find_document(extraction.document.sha256)
    if existing is not None:
        return ImportPlan(
            extraction=extraction,
            body=resolved,
            already_imported=True,
            existing_document_id=existing.id,
            entries=[],
            existing_imported_at=existing.imported_at,
        )
    items = open_items_of_body(store, resolved)
    by_id = {it.id: it for it in items}
    # The forum's candidates earlier imports did not take: a second pool the linker
    # judges a passage against when no open item is its safe match.
    waiting = not_taken.waiting(store, resolved)
    pseudo = [row.as_item(pid) for pid, row in waiting.items()]
    by_id.update((it.id, it) for it in pseudo)
    entries = link_entries(extraction, items, by_id, not_taken=pseudo)
    # The possible items that speak of a matter no passage above took: read as mentions.
    spoken = _possible_mentions(extraction, entries, items, by_id, pseudo)
    # The mentions that link an open item, by the line they stand on.  (Not a possible
    # item read as one: another possible sentence placed on its line is another matter.)
    linked = {(e.candidate.page, e.candidate.line): e for e in entries
              if e.mention and e.match_id is not None}  # fmt: skip
    entries = _without_restated_items(entries, linked)
    entries += spoken.values()
    if spoken:
        # (A close of a possible item needs the identity and margin of any close.)
        decision.hold_back_unsafe_closes(entries, by_id)
    # A new item whose sentence only restates a linked passage's matter is its twin.
    restated.mark_restated(entries, by_id)
    for e in entries:
        ids = {e.match_id, *(o[0] for o in e.options), *(a[0] for a in e.alternatives)}
        e.offered_on = {i: waiting[i].offered_on() for i in ids if i is not None and i in waiting}
    for cand in extraction.possible:
        # A possible item on a line that a mention already links ("13: Klar, …") would
        # only offer the same passage again as a new item; one read as a mention itself
        # is offered as its link.
        if (cand.page, cand.line) in linked or id(cand) in spoken:
            continue
        # The second tier: offered unchecked with its reasons; saved only when the
        # secretary checks it (``--yes`` never does).
        entries.append(PlanEntry(candidate=cand, action="new", accepted=False))
    past_year = None
    if extraction.document.kind == "report":
        entries = report_review.group_report_entries(entries)
        past_year = report_review.past_report_year(extraction, today)
        if past_year is not None:
            report_review.hold_back_overdue(entries, past_year, today)
    return ImportPlan(
        extraction=extraction,
        body=resolved,
        already_imported=False,
        existing_document_id=None,
        entries=entries,
        past_year=past_year,
        not_taken=waiting,
    )


def _without_restated_items(
    entries: list[PlanEntry], linked: dict[tuple[int | None, int | None], PlanEntry]
) -> list[PlanEntry]:
    """Drop a new item made from the very line a mention links to an open item, when
    that item is also the new one's own safe match: the line says the listed matter
    once ("1. Genomföra inventering … – Eva Ek / Status: Pågår"), and reading it both
    as a new action and as the old one's update would list the matter twice.  A new
    task told on the same line as a close ("… godkänns. Nämnden ger X i uppdrag …")
    stays: its words match another item, or none, not the one the mention closes."""
    kept = []
    for e in entries:
        mention = linked.get((e.candidate.page, e.candidate.line))
        if (not e.mention and e.action == "new" and mention is not None
                and mention.action in ("update", "close")
                and any(i == mention.match_id and score >= linking.SAFE_SCORE
                        for i, _, score in e.alternatives)):
            continue
        kept.append(e)
    return kept


def _possible_mentions(
    extraction: Extraction, entries: list[PlanEntry], items: list[ItemRow],
    by_id: dict[int, ItemRow], not_taken_items: Sequence[ItemRow],
) -> dict[int, PlanEntry]:
    """The entries of the possible items that, read as mentions, link an item or a
    not-taken candidate no entry of ``entries`` took, by the id of the possible item
    (:mod:`tracker.services.possible_mentions`)."""
    pairs = [(c, m) for c in extraction.possible
             if (m := possible_mentions.as_mention(c)) is not None]  # fmt: skip
    taken = {e.match_id for e in entries if e.match_id is not None}
    links = possible_mentions.link([m for _c, m in pairs], items, not_taken_items, taken)
    meeting = extraction.meeting
    out: dict[int, PlanEntry] = {}
    for (c, m), ln in zip(pairs, links, strict=True):
        if ln.item_id is None:
            continue
        entry = entry_for_link(m, ln, by_id, mention=True, meeting_date=meeting.date,
                               next_meeting=meeting.next_meeting)  # fmt: skip
        if entry is not None and entry.match_id is not None:
            out[id(c)] = entry
    return out


def link_entries(
    extraction: Extraction, items: list[ItemRow], by_id: dict[int, ItemRow],
    *, not_taken: Sequence[ItemRow] = (),
) -> list[PlanEntry]:
    """The plan's entries for the extractor's items and the document's mentions,
    linked to the open ``items`` and, where none is safe, to the candidates earlier
    imports did not take (``not_taken``, negative ids, also in ``by_id``; see
    :mod:`tracker.services.linking`)."""
    passages = [*extraction.items, *extraction.mentions]
    n_items = len(extraction.items)
    links = linking.link_all(passages, items, not_taken)
    meeting = extraction.meeting
    entries: list[PlanEntry] = []
    for k, (cand, ln) in enumerate(zip(passages, links, strict=True)):
        entry = entry_for_link(cand, ln, by_id, mention=k >= n_items,
                               meeting_date=meeting.date,
                               next_meeting=meeting.next_meeting)  # fmt: skip
        if entry is not None:
            entries.append(entry)
    # A close needs more than a high score (issue 16): see :mod:`tracker.services.decision`.
    decision.hold_back_unsafe_closes(entries, by_id)
    # A matter said twice: the passage that speaks carries the other's words in its note
    # (after the decision above, which judges each passage by its own words).
    notes = linking.join_twin_words(passages, links)
    for e in entries:
        k = next((k for k in notes if passages[k] is e.candidate), None)
        if k is not None and e.match_id is not None:
            e.candidate = replace(e.candidate, evidence=notes[k])
    return entries


def entry_for_link(
    cand: Candidate,
    ln: linking.Link,
    by_id: dict[int, ItemRow],
    *,
    mention: bool = False,
    meeting_date: dt.date | None = None,
    next_meeting: dt.date | None = None,
) -> PlanEntry | None:
    """The plan entry of one passage and its link (None: a mention that links to
    nothing, or too weakly to offer).  Shared by the import and the items the
    secretary adds by hand (:mod:`tracker.services.manual`)."""
    match = by_id.get(ln.item_id) if ln.item_id is not None else None
    options = linking.describe_options(ln.options)
    alternatives = [(o.item_id, o.title, o.score) for o in ln.options
                    if match is None or o.item_id != match.id]  # fmt: skip
    reason = next((o.reason for o in ln.options if match and o.item_id == match.id), "")
    closing = _is_closing(cand)
    if match is not None and ln.same_as_other:
        if mention:
            return None
        if link_effects.decides_then_tasks(cand.evidence or cand.text or ""):
            # "… godkänner förfrågningsunderlaget och ger förvaltningen i uppdrag att
            # genomföra upphandlingen": another passage of the § closed the old matter
            # by the decision; the task given with it is new.
            return PlanEntry(candidate=cand, action="new", score=ln.score,
                             alternatives=alternatives, options=options,
                             reason=reason + "; nytt uppdrag efter beslutet")  # fmt: skip
        # The same matter again in this document (its dnr or number linked it to
        # an item another passage updates or closes): no new item, nothing applied.
        return PlanEntry(
            candidate=cand, action=link_effects.effect_for(cand, match), match_id=match.id,
            match_title=match.title, score=ln.score, alternatives=alternatives,
            accepted=False, match_version=match.version, match_due=match.due,
            unsure=True, options=options, reason=reason + "; samma ärende som ovan",
        )  # fmt: skip
    if match is not None:
        action = link_effects.effect_for(cand, match)
        follow_up = bool(cand.section and FOLLOW_UP_SECTIONS.search(cand.section))
        if mention and not ln.sure and ln.score < linking.MENTION_OFFER_SCORE:
            return None
        # A row of a follow-up list that looks only a little like an open item ("Laga
        # trasig grind vid cykelförrådet" beside "… grinden mot parkeringen") is a new
        # row of the list, as anywhere else.
        weak = ln.score < linking.MENTION_OFFER_SCORE
        # Unsure only because two open items score alike at a safe score ("A12 FS01:
        # ingen förändring" beside both the action and its row in the action log): the
        # matter is known, only which item is not; a new item would be a duplicate.
        alike = ln.score >= linking.SAFE_SCORE
        # A passage that reads as a matter going on ("… kvarstår på balanslistan",
        # "Inköp pågår … Kvarstår.") speaks of one known before: no new matter either.
        # So does one that says the plan it keeps to was made before ("… tas upp på
        # decembermötet som planerat", "… som tidigare utlovat").
        carried = cand.kind == "carried_over" or bool(
            link_effects.AS_BEFORE.search(cand.evidence or cand.text or ""))
        if (not ln.sure and action == "update" and not mention and not closing
                and not alike and not carried and (not follow_up or weak)):  # fmt: skip
            # Looks a little like an open item, but is most likely a new matter:
            # a new item, with the look-alikes offered.
            return PlanEntry(candidate=cand, action="new", score=ln.score,
                             alternatives=[(o.item_id, o.title, o.score) for o in ln.options],
                             unsure=True, options=options)  # fmt: skip
        if action == "update" and meeting_date is not None:
            link_effects.carry_due(cand, meeting_date, next_meeting)
        return PlanEntry(
            candidate=cand, action=action, match_id=match.id, match_title=match.title,
            score=ln.score, alternatives=alternatives, accepted=ln.sure,
            match_version=match.version, match_due=match.due, unsure=not ln.sure,
            options=options, reason=reason, mention=mention,
        )  # fmt: skip
    if mention:
        return None
    if closing:
        # A closing sentence that matches nothing cannot close anything: keep it
        # visible (the reviewer may pick an item from the alternatives) but
        # unaccepted, so that --yes never guesses.
        return PlanEntry(candidate=cand, action="close", score=ln.score,
                         alternatives=alternatives, accepted=False,
                         unsure=bool(options), options=options)  # fmt: skip
    # A passage that reads as a matter going on ("… frågan kvarstår på balanslistan"),
    # whose best open item another passage of the document took (the row of the
    # balance list that restates it): known before too.
    taken_carry = (cand.kind == "carried_over" and ln.item_id is None and bool(options)
                   and options[0][0] > 0 and options[0][2] >= linking.MENTION_OFFER_SCORE)
    if options and (taken_carry
                    or link_effects.AS_BEFORE.search(cand.evidence or cand.text or "")):
        # "Resultatet presenteras på novembermötet som tidigare utlovat": a matter known
        # before, whose item another passage of the document took (a new item would be
        # a duplicate); offered as an unsure update of the best item, never applied.
        best = by_id.get(options[0][0])
        if best is not None:
            return PlanEntry(candidate=cand, action="update", match_id=best.id,
                             match_title=best.title, score=options[0][2],
                             alternatives=alternatives, accepted=False,
                             match_version=best.version, match_due=best.due, unsure=True,
                             options=options, reason=options[0][3])  # fmt: skip
    return PlanEntry(candidate=cand, action="new", score=ln.score,
                     alternatives=alternatives, options=options)  # fmt: skip


def apply_import(
    store: Store, plan: ImportPlan, *, source_path: str | Path | None = None
) -> ImportResult:
    """Save an (edited) plan in one transaction: the document, the meeting, the new,
    updated and closed items, and their history events pointing at both."""
    ext = plan.extraction
    info = ext.document
    if plan.already_imported:
        return ImportResult(plan.existing_document_id, None, already_imported=True)
    result = ImportResult(None, None)
    with store.transaction():
        # Checked again inside the write lock: another program may have imported the
        # same file since the plan was made.
        existing = store.find_document(info.sha256)
        if existing is not None:
            return ImportResult(existing.id, None, already_imported=True)
        doc_id = store.insert_document(
            file_name=info.file,
            sha256=info.sha256,
            path=str(Path(source_path).resolve()) if source_path else None,
            format=info.format,
            kind=info.kind,
            pages=info.pages,
        )
        result.document_id = doc_id
        m = ext.meeting
        meeting_id: int | None = None
        if m.date is not None or plan.body:
            meeting = ensure_meeting(
                store,
                plan.body,
                m.date,
                organisation=m.organisation,
                time=m.time,
                place=m.place,
                next_meeting=m.next_meeting,
                present=m.present,
                absent=m.absent,
                adjusters=m.adjusters,
                chair=m.chair,
                document_id=doc_id,
            )
            meeting_id = meeting.id
        result.meeting_id = meeting_id
        when = m.date.isoformat() if m.date else info.file
        touched: set[int] = set()  # items this import has already changed
        taken_up: dict[int, int] = {}  # not-taken candidate (pseudo id) → its new item
        for entry in plan.entries:
            if not entry.accepted or (entry.action != "new" and entry.match_id is None):
                result.skipped += 1
                continue
            if entry.action != "new" and not_taken.is_not_taken(entry.match_id):
                # A candidate an earlier import did not take, spoken of again: it goes on
                # the list first, then the update or close applies to it as to any item.
                assert entry.match_id is not None
                if entry.match_id not in taken_up:
                    taken_up[entry.match_id] = _take_up(store, plan, entry.match_id,
                                                        doc_id, meeting_id)  # fmt: skip
                    result.taken_up.append(taken_up[entry.match_id])
                entry = replace(entry, match_id=taken_up[entry.match_id], match_version=None)
            if entry.match_id is not None and entry.match_id in touched:
                # Two passages of one document about the same item (the secretary
                # checked both): the second sees the first's change, not a stranger's.
                entry.match_version = None
            if entry.match_id is not None and entry.action != "new":
                touched.add(entry.match_id)
            if entry.action == "new":
                c = entry.candidate
                if (
                    _is_closing(c)
                    or entry.mention
                    or not (c.title.strip() or (c.text or "").strip())
                ):
                    # A closing sentence or a mention is never an item of its own;
                    # an empty candidate (nothing to show) is not worth one.
                    result.skipped += 1
                    continue
                code = "added_by_hand" if entry.manual else None
                result.created.append(
                    _create_from_candidate(store, c, plan.body, doc_id, meeting_id, code=code)
                )
            elif entry.action == "update":
                assert entry.match_id is not None
                _update_from_candidate(store, entry, when, doc_id, meeting_id)
                result.updated.append(entry.match_id)
            elif entry.action == "close":
                assert entry.match_id is not None
                if _close_from_candidate(store, entry, doc_id, meeting_id):
                    result.closed.append(entry.match_id)
                else:
                    result.skipped += 1
            else:
                raise TrackerError(f"Okänd åtgärd i importplanen: {entry.action}")
        # What was offered and not taken is kept for later minutes to speak of.
        result.kept_not_taken = not_taken.keep(store, plan, plan.entries, doc_id, meeting_id)
    return result


def _take_up(
    store: Store, plan: ImportPlan, pseudo: int, doc_id: int, meeting_id: int | None
) -> int:
    """The item of the not-taken candidate ``pseudo``: made now, or the one another
    import made of it since this plan was made."""
    row = store.get_not_taken(not_taken.row_id(pseudo))
    if row is None:
        raise StaleEditError(
            "En ej tagen punkt som importen skulle ta upp finns inte längre. Inget av "
            "dokumentet sparades; importera det igen."
        )
    if row.taken_item_id is not None:
        item = store.get_item(row.taken_item_id)
        if item.status != REMOVED:
            return item.id
    return not_taken.take_up(store, row, plan.body, doc_id, meeting_id)


def _current(store: Store, entry: PlanEntry) -> ItemRow:
    assert entry.match_id is not None
    item = store.get_item(entry.match_id)
    if entry.match_version is not None and item.version != entry.match_version:
        raise StaleEditError(
            f"Punkt {item.id} har ändrats av någon annan sedan importen förbereddes. "
            "Inget av dokumentet sparades; importera det igen."
        )
    return item


def _create_from_candidate(
    store: Store,
    c: Candidate,
    body: str | None,
    doc_id: int,
    meeting_id: int | None,
    *,
    code: str | None = None,
) -> int:
    status = "done" if c.status == "done" else "open"
    item_id = store.insert_item(
        {
            "title": " ".join(c.title.split()) or _short(c.text, 120),
            "text": c.text or "",
            "kind": c.kind,
            "status": status,
            "owner": c.owner,
            "co_owners": list(c.co_owners),
            "raised_by": c.raised_by,
            # A date outside 1900–2200 that reached a candidate (a hand-edited JSON, an
            # older extractor) is not saved; what the document said stays in due_text.
            "due": c.due if due_in_range(c.due) else None,
            "due_text": c.due_text,
            "due_precision": c.due_precision if due_in_range(c.due) else None,
            "start": c.start if due_in_range(c.start) else None,
            "deviation": c.deviation,
            "body": body,
            "section": c.section,
            "page": c.page,
            "line": c.line,
            "evidence": c.evidence,
            "dnr": c.dnr,
            "ref_no": c.ref_no,
            "document_id": doc_id,
            "meeting_id": meeting_id,
        }
    )
    store.add_event(item_id, "created", code=code, document_id=doc_id, meeting_id=meeting_id)
    return item_id


def _update_from_candidate(
    store: Store, entry: PlanEntry, when: str, doc_id: int, meeting_id: int | None
) -> None:
    item = _current(store, entry)
    c = entry.candidate
    changes: dict[str, Any] = {}
    if c.due is not None and c.due != item.due and due_in_range(c.due):
        changes.update(due=c.due, due_text=c.due_text, due_precision=c.due_precision)
    if c.owner and not item.owner:
        changes["owner"] = c.owner
    if changes:
        store.update_item_fields(item.id, item.version, changes)
        for key in ("due", "owner"):
            if key in changes:
                store.add_event(
                    item.id, key, getattr(item, key), changes[key],
                    document_id=doc_id, meeting_id=meeting_id,
                )  # fmt: skip
    store.add_event(
        item.id,
        "discussed",
        None,
        _short(c.evidence or c.text or c.title, 500),
        params={"when": when, "by_hand": True} if entry.manual else {"when": when},
        document_id=doc_id,
        meeting_id=meeting_id,
    )


def _close_from_candidate(
    store: Store, entry: PlanEntry, doc_id: int, meeting_id: int | None
) -> bool:
    item = _current(store, entry)
    if item.status != "open":
        return False
    c = entry.candidate
    note = " ".join((c.evidence or c.text or c.title).split())
    store.update_item_fields(item.id, item.version, {"status": "done"})
    store.add_event(
        item.id, "status", item.status, "done",
        note=note, document_id=doc_id, meeting_id=meeting_id,
    )  # fmt: skip
    return True


# --- manual edits ------------------------------------------------------------------------


def parse_due(value: Any) -> dt.date | None:
    """A due date from the user: a date, "YYYY-MM-DD", or empty (no date)."""
    if value is None or isinstance(value, dt.date):
        check_due(value)
        return value
    text = str(value).strip()
    if not text or text in ("-", "–"):
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise TrackerError(
            f"Ogiltigt datum: {text!r}. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-04-09."
        ) from None
    check_due(day)
    return day


def check_due(value: dt.date | None) -> None:
    """Refuse a date outside 1900–2200 (see :data:`tracker.domain.MAX_DUE`)."""
    if not due_in_range(value):
        assert value is not None
        raise TrackerError(
            f"Datumet {value.isoformat()} ligger utanför det tillåtna spannet "
            f"{MIN_DUE.year}–{MAX_DUE.year}. Kontrollera årtalet."
        )


def _clean_changes(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TrackerError(f"Fälten kan inte ändras: {', '.join(sorted(unknown))}.")
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key in ("due", "start"):
            value = parse_due(value)
        elif isinstance(value, str):
            value = " ".join(value.split()) if key != "text" else value.strip()
            if value == "" and key != "text":
                value = None
        out[key] = value
    if "title" in out and not out["title"]:
        raise TrackerError("En punkt måste ha en rubrik.")
    if "status" in out and out["status"] not in STATUSES:
        raise TrackerError(f"Okänd status: {out['status']}. Giltiga värden: {', '.join(STATUSES)}.")
    if "due" in out and "due_precision" not in out:
        # A date typed by the secretary is exact; the old vague phrase no longer applies.
        out["due_precision"] = "day" if out["due"] else None
        out.setdefault("due_text", None)
    return out


def add_item(
    store: Store,
    *,
    title: str,
    body: str | None = None,
    owner: str | None = None,
    due: dt.date | str | None = None,
    raised_by: str | None = None,
    text: str | None = None,
    kind: str = "action",
    meeting_id: int | None = None,
    note: str | None = None,
    code: str | None = None,
) -> ItemRow:
    """Add an item by hand (in a meeting or from the list); one "created" event, with
    the person's ``note`` or the program's ``code`` (``new_in_meeting``)."""
    fields = _clean_changes(
        {"title": title, "body": body, "owner": owner, "due": due, "raised_by": raised_by,
         "kind": kind}
    )  # fmt: skip
    fields["text"] = (text or "").strip()
    fields["meeting_id"] = meeting_id
    with store.transaction():
        item_id = store.insert_item(fields)
        store.add_event(item_id, "created", code=code, note=note, meeting_id=meeting_id)
    return store.get_item(item_id)


def _check_not_removed(item: ItemRow) -> None:
    if item.status == REMOVED:
        raise TrackerError(
            f"Punkt {item.id} är borttagen (den lades till av misstag och ångrades) och "
            "kan inte ändras."
        )


def update_item(
    store: Store,
    item_id: int,
    expected_version: int,
    changes: dict[str, Any],
    *,
    note: str | None = None,
    code: str | None = None,
    params: dict[str, Any] | None = None,
    meeting_id: int | None = None,
) -> ItemRow:
    """Change fields of an item loaded at ``expected_version``.

    Only fields that really differ are written, each with a history event (the note, and
    the program's ``code`` and ``params`` when it says why, go with the first).
    StaleEditError when the item changed since it was loaded.
    """
    clean = _clean_changes(changes)
    with store.transaction():
        item = store.get_item(item_id)
        if item.version != expected_version:
            raise StaleEditError(STALE_MESSAGE)
        _check_not_removed(item)
        diff = {k: v for k, v in clean.items() if getattr(item, k) != v}
        if "due" not in diff:
            # The same date typed again keeps its phrase ("i april-maj") and precision.
            for key in ("due_text", "due_precision"):
                if key not in changes:
                    diff.pop(key, None)
        if not diff:
            if note and note.strip():
                store.add_event(item_id, "note", note=note, meeting_id=meeting_id)
            return store.get_item(item_id)
        store.update_item_fields(item_id, expected_version, diff)
        pending: dict[str, Any] = {"note": note, "code": code, "params": params}
        # Events for what the user sees; the precision/phrase follow the date silently.
        shown = [k for k in diff if k not in ("due_precision", "due_text") or "due" not in diff]
        for key in shown:
            store.add_event(
                item_id, key, getattr(item, key), diff[key], **pending, meeting_id=meeting_id,
            )  # fmt: skip
            pending = {}
    return store.get_item(item_id)


def close_item(
    store: Store,
    item_id: int,
    expected_version: int,
    *,
    note: str | None,
    status: str = "done",
    code: str | None = None,
    params: dict[str, Any] | None = None,
    meeting_id: int | None = None,
) -> ItemRow:
    """Close an item as done or struck (avförd) with a note saying why (or the program's
    ``code``, such as ``done_in_meeting``)."""
    if status not in ("done", "struck"):
        raise TrackerError("En punkt kan bara stängas som klar (done) eller avförd (struck).")
    with store.transaction():
        item = store.get_item(item_id)
        _check_not_removed(item)
        if item.status == status:
            raise TrackerError(
                f"Punkt {item_id} är redan {'klar' if status == 'done' else 'avförd'}."
            )
        return update_item(
            store, item_id, expected_version, {"status": status},
            note=note, code=code, params=params, meeting_id=meeting_id,
        )  # fmt: skip


def add_note(store: Store, item_id: int, note: str, *, meeting_id: int | None = None) -> ItemEvent:
    """A note on an item (e.g. what was said in the meeting) without changing it."""
    if not note or not note.strip():
        raise TrackerError("Anteckningen är tom.")
    with store.transaction():
        _check_not_removed(store.get_item(item_id))
        return store.add_event(item_id, "note", note=note, meeting_id=meeting_id)


def revert_item(
    store: Store,
    item_id: int,
    expected_version: int,
    values: dict[str, Any],
    *,
    code: str,
    last_note: str | None,
    meeting_id: int | None = None,
) -> ItemRow:
    """Undo or redo of an edit: set ``values`` (one history event per changed field, the
    first with ``code``: ``undone`` or ``redone``) and make the item's latest note
    ``last_note`` again (what it was before the undone edit: the edit's own note goes
    with it)."""
    if code not in ("undone", "redone"):
        raise ValueError(f"not an undo or redo: {code!r}")
    with store.transaction():
        row = update_item(store, item_id, expected_version, values, code=code,
                          meeting_id=meeting_id)  # fmt: skip
        if row.last_note != last_note:
            store.update_item_fields(item_id, row.version, {"last_note": last_note})
    return store.get_item(item_id)


def _set_removed(
    store: Store,
    item_id: int,
    expected_version: int,
    old: str,
    new: str,
    code: str,
    meeting_id: int | None,
) -> ItemRow:
    with store.transaction():
        item = store.get_item(item_id)
        if item.version != expected_version:
            raise StaleEditError(STALE_MESSAGE)
        if item.status != old:
            raise TrackerError(
                f"Punkt {item_id} är {status_label(item.status)}, inte {STATUS_LABELS[old]}."
            )
        store.add_event(item_id, "status", old, new, code=code, meeting_id=meeting_id)
        store.update_item_fields(item_id, expected_version, {"status": new})
    return store.get_item(item_id)


def remove_item(
    store: Store, item_id: int, expected_version: int, *, meeting_id: int | None = None
) -> ItemRow:
    """Take back an open item that was added by mistake (the undo of "Ny punkt").

    Nothing is deleted: the item gets the status ``removed``, which every list, count,
    export and import match leaves out, and a history event ``removed`` ("Ångrad:
    skapad av misstag").  StaleEditError when the item changed since it was loaded."""
    return _set_removed(store, item_id, expected_version, "open", REMOVED, "removed",
                        meeting_id)  # fmt: skip


def restore_item(
    store: Store, item_id: int, expected_version: int, *, meeting_id: int | None = None
) -> ItemRow:
    """Bring a removed item back as open (the redo of "Ny punkt")."""
    return _set_removed(store, item_id, expected_version, REMOVED, "open", "restored",
                        meeting_id)  # fmt: skip
