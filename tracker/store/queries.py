"""The item filter and its translation into SQL (WHERE + ORDER BY).

Filtering and sorting happen inside SQLite so that a list of 100,000 items stays quick:
the status/due index serves the default view, text search goes through the FTS5 trigram
index (parts of Swedish compounds match), and text sorts use ``sv_key`` (computed once
per row) to get Swedish alphabetical order (… x y z å ä ö).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tracker.errors import TrackerError
from tracker.labels import STATUS_LABELS
from tracker.store.models import REMOVED, STATUSES

#: Sort keys accepted by :class:`ItemFilter` (and the GUI's column headers).
SORT_KEYS = ("id", "title", "owner", "raised_by", "due", "status", "body", "source", "updated_at")

#: Columns selected for an :class:`~tracker.store.models.ItemRow`, in its field order.
ITEM_COLUMNS = (
    "items.id, items.title, items.text, items.kind, items.status, items.owner, "
    "items.raised_by, items.due, items.due_text, items.due_precision, items.start, "
    "items.deviation, items.body, items.section, items.page, items.line, items.evidence, "
    "items.document_id, documents.file_name, documents.path, items.meeting_id, "
    "items.created_at, items.updated_at, items.version, items.last_note, items.co_owners, "
    "items.dnr, items.ref_no"
)
#: One item as a JSON object, built by SQLite: the same keys and values as
#: ``ItemRow.to_dict()`` (kept in step by a test).
ITEM_JSON = (
    "json_object('id', items.id, 'title', items.title, 'status', items.status, "
    "'owner', items.owner, 'raised_by', items.raised_by, 'due', items.due, "
    "'body', items.body, 'kind', items.kind, 'due_text', items.due_text, "
    "'due_precision', items.due_precision, 'text', items.text, "
    "'co_owners', json(coalesce(items.co_owners, '[]')), 'start', items.start, "
    "'deviation', items.deviation, "
    "'source', json_object('document', documents.file_name, 'document_id', items.document_id, "
    "'page', items.page, 'line', items.line, 'section', items.section, "
    "'evidence', items.evidence), "
    "'meeting_id', items.meeting_id, 'last_note', items.last_note, "
    "'created_at', items.created_at, 'updated_at', items.updated_at, "
    "'version', items.version)"
)
#: ITEM_JSON plus ``history``: the item's events, oldest first, as ``ItemEvent.to_dict()``.
#: (The inner ORDER BY over the (item_id, id) index gives the order.)
ITEM_JSON_WITH_HISTORY = (
    ITEM_JSON[:-1]
    + ", 'history', json((SELECT json_group_array(json_object('id', e.id, 'at', e.at, "
    "'user', e.user, 'field', e.field, 'old', e.old, 'new', e.new, 'note', e.note, "
    "'document_id', e.document_id, 'meeting_id', e.meeting_id, 'code', e.code, "
    "'params', json(e.params))) FROM (SELECT * FROM "
    "item_events AS ev WHERE ev.item_id = items.id ORDER BY ev.id) AS e)))"
)
ITEM_FROM = "items LEFT JOIN documents ON documents.id = items.document_id"

# Trigrams need at least three characters; shorter search words use LIKE on the title
# and the owner (see ``_short_word``).
_MIN_FTS_LEN = 3


@dataclass(slots=True)
class ItemFilter:
    """What to show of the balance list, and in which order.

    ``status``: one of STATUSES, a sequence of them, or None for all (removed items,
    whose adding was undone, are never included).  ``text``: words
    that must all occur (in title, text, owner or the source sentence; case ignored,
    parts of words match; a word of one or two letters is looked for in the title and
    the owner only).  ``owner``/``body``: case-insensitive part of the name.
    ``overdue``: open items whose due date has passed.  ``due_within_days``: items due
    within that many days from ``today`` (overdue ones included).
    """

    text: str | None = None
    owner: str | None = None
    body: str | None = None
    status: str | Sequence[str] | None = "open"
    overdue: bool = False
    due_within_days: int | None = None
    sort: str = "due"
    descending: bool = False
    today: dt.date | None = None
    kind: str | None = None
    document_id: int | None = None
    meeting_id: int | None = None

    def describe(self) -> str:
        """The filter in Swedish words, for printed lists ("öppna · ansvarig: HR")."""
        parts: list[str] = []
        if self.status is None:
            parts.append("alla punkter")
        elif isinstance(self.status, str):
            parts.append(f"status: {STATUS_LABELS.get(self.status, self.status)}")
        else:
            parts.append("status: " + ", ".join(STATUS_LABELS.get(s, s) for s in self.status))
        if self.overdue:
            parts.append("försenade")
        if self.due_within_days is not None:
            parts.append(f"senast inom {self.due_within_days} dagar")
        if self.owner:
            parts.append(f"ansvarig: {self.owner}")
        if self.body:
            parts.append(f"forum: {self.body}")
        if self.text:
            parts.append(f"sökord: {self.text}")
        return " · ".join(parts)


def _statuses(status: str | Sequence[str] | None) -> list[str] | None:
    if status is None:
        return None
    values = [status] if isinstance(status, str) else list(status)
    bad = [s for s in values if s not in STATUSES]
    if bad:
        raise TrackerError(
            f"Okänd status: {', '.join(bad)}. Giltiga värden: {', '.join(STATUSES)}."
        )
    return values


def fts_query(text: str) -> tuple[str | None, list[str]]:
    """Split a search text into an FTS5 MATCH expression (words of ≥ 3 characters,
    each a quoted phrase, all required) and the short words left for LIKE."""
    phrases: list[str] = []
    short: list[str] = []
    for word in text.split():
        word = word.strip()
        if not word:
            continue
        if len(word) >= _MIN_FTS_LEN:
            phrases.append('"' + word.replace('"', '""') + '"')
        else:
            short.append(word)
    return (" AND ".join(phrases) if phrases else None), short


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column: str, needle: str, params: list[Any]) -> str:
    """Case-insensitive "contains".  SQLite's LIKE (in C, fast) folds only ASCII, which
    is exact when the search word is ASCII; other words go through the Python ``fold``
    (Unicode case folding: "ÄLDRE" finds "äldre")."""
    folded = needle.casefold()
    if folded.isascii():
        params.append(f"%{_like_escape(folded)}%")
        return f"{column} LIKE ? ESCAPE '\\'"
    params.append(folded)
    return f"instr(fold({column}), ?) > 0"


def _case_variants(word: str) -> list[str]:
    """``word`` with its non-ASCII letters in either case ("på" → "på", "pÅ"): SQLite's
    LIKE ignores the case of ASCII letters only."""
    choices = []
    for ch in word:
        lower, upper = ch.lower(), ch.upper()
        if ch.isascii() or len(lower) != 1 or len(upper) != 1 or lower == upper:
            choices.append((ch,))
        else:
            choices.append((lower, upper))
    return ["".join(p) for p in itertools.product(*choices)]


def _short_word(word: str, params: list[Any]) -> str:
    """A search word of one or two letters, too short for the trigram index: it must
    occur in the title or the owner.  Those two are in the ``items_due_order`` index,
    which the all-items list walks in due order, so the match costs a pass over that
    index rather than reading every row with its long text and source sentence (at
    100,000 items about 20 instead of 70–90 ms); the text and the source sentence are
    searched by words of three letters or more."""
    clauses = []
    for variant in _case_variants(word):
        pattern = f"%{_like_escape(variant)}%"
        clauses.append("items.title LIKE ? ESCAPE '\\' OR items.owner LIKE ? ESCAPE '\\'")
        params.extend((pattern, pattern))
    return " OR ".join(clauses)


def search_only(flt: ItemFilter) -> bool:
    """True when ``flt`` is all statuses in due order with no condition but the search
    text: what the list shows while a secretary types with the status on "Alla"
    (:meth:`Store.query_item_ids` answers it from its cached due order)."""
    return (
        flt.status is None
        and not flt.overdue
        and flt.due_within_days is None
        and not (flt.owner and flt.owner.strip())
        and not (flt.body and flt.body.strip())
        and not flt.kind
        and flt.document_id is None
        and flt.meeting_id is None
        and flt.sort == "due"
        and not flt.descending
    )


def build_where(flt: ItemFilter) -> tuple[str, list[Any]]:
    """WHERE clause (without the keyword; "1" when empty) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    today = flt.today or dt.date.today()
    statuses = _statuses(flt.status)
    if statuses is None:
        # "All" still leaves out removed items.  "!=" (not an IN list of the other
        # statuses): SQLite then scans the covering (status, due) index, which costs
        # about what the unfiltered scan did (measured at 100,000 items).
        clauses.append("items.status != ?")
        params.append(REMOVED)
    else:
        if len(statuses) == 1:
            clauses.append("items.status = ?")
            params.append(statuses[0])
        else:
            clauses.append(f"items.status IN ({', '.join('?' * len(statuses))})")
            params.extend(statuses)
    if flt.overdue:
        clauses.append("items.status = 'open' AND items.due IS NOT NULL AND items.due < ?")
        params.append(today.isoformat())
    if flt.due_within_days is not None:
        limit = today + dt.timedelta(days=int(flt.due_within_days))
        clauses.append("items.due IS NOT NULL AND items.due <= ?")
        params.append(limit.isoformat())
    for column, needle in (("owner", flt.owner), ("body", flt.body)):
        if needle and needle.strip():
            clauses.append(_contains(f"items.{column}", needle.strip(), params))
    if flt.kind:
        clauses.append("items.kind = ?")
        params.append(flt.kind)
    if flt.document_id is not None:
        clauses.append("items.document_id = ?")
        params.append(flt.document_id)
    if flt.meeting_id is not None:
        clauses.append("items.meeting_id = ?")
        params.append(flt.meeting_id)
    if flt.text and flt.text.strip():
        match, short = fts_query(flt.text)
        if match:
            clauses.append("items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(match)
        for word in short:
            clauses.append(_short_word(word, params))
    return (" AND ".join(f"({c})" for c in clauses) if clauses else "1"), params


def build_order(flt: ItemFilter) -> tuple[str, bool]:
    """ORDER BY clause (without the keywords) and whether it needs the documents join.

    Empty values sort last in both directions; ties fall back to the item number.
    """
    key = flt.sort if flt.sort in SORT_KEYS else "due"
    d = " DESC" if flt.descending else ""
    needs_docs = False
    if key == "id":
        return f"items.id{d}", False
    if key == "due":
        parts = ["items.due IS NULL", f"items.due{d}"]
    elif key == "title":
        parts = [f"sv_key(items.title){d}"]
    elif key in ("owner", "raised_by", "body"):
        parts = [f"items.{key} IS NULL", f"sv_key(items.{key}){d}"]
    elif key == "status":
        parts = [
            "CASE items.status WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END" + d,
            "items.due IS NULL",
            "items.due",
        ]
    elif key == "updated_at":
        parts = [f"items.updated_at{d}"]
    else:  # source
        needs_docs = True
        parts = [
            "documents.file_name IS NULL",
            # File names: case-insensitive is enough, and cheap for 100,000 rows.
            f"documents.file_name COLLATE NOCASE{d}",
            f"items.page{d}",
            f"items.line{d}",
        ]
    parts.append(f"items.id{d}")
    return ", ".join(parts), needs_docs
