"""Meetings of a body (forum): find-or-create a meeting row, and guess the next meeting's
date for agendas and "till nästa möte" deadlines."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import statistics
from dataclasses import dataclass, field
from typing import Any

from tracker.domain import Person
from tracker.store import MeetingRow, Store, setting_keys
from tracker.store.connection import sv_key

_FACT_FIELDS = (
    "organisation",
    "time",
    "place",
    "next_meeting",
    "present",
    "absent",
    "adjusters",
    "chair",
    "document_id",
)


def _people(value: Any) -> list[dict[str, Any]]:
    """Persons (domain objects or dicts) → list of dicts name/organisation/role."""
    out: list[dict[str, Any]] = []
    for p in value or []:
        if isinstance(p, Person):
            out.append({"name": p.name, "organisation": p.organisation, "role": p.role})
        elif isinstance(p, dict):
            out.append(
                {"name": p.get("name"), "organisation": p.get("organisation"),
                 "role": p.get("role")}
            )  # fmt: skip
        elif isinstance(p, str):
            out.append({"name": p, "organisation": None, "role": None})
    return out


def canonical_body(store: Store, name: str | None) -> str | None:
    """The canonical name of a body (forum) as the user or a document writes it.

    The database's own aliases (set by the secretary) win; then the shipped and the
    user's alias lists of the extractor ("FVG" → "Förvaltningsgruppen"); otherwise the
    name as given, tidied.
    """
    name = " ".join((name or "").split()) or None
    if name is None:
        return None
    resolved = store.resolve_alias(name, "body")
    if resolved != name:
        return resolved
    # Imported here: the alias lists are only needed when a body is named.
    from tracker.language.aliases import aliases

    return aliases().forum_index.get(name.casefold(), name)


def ensure_meeting(
    store: Store, body: str | None, date: dt.date | None, **facts: Any
) -> MeetingRow:
    """The meeting of ``body`` on ``date``, created when missing.

    ``facts``: organisation, time, place, next_meeting, present, absent, adjusters
    (Person objects or dicts), chair, document_id.  For an existing meeting only empty
    fields are filled in: what the secretary entered is never overwritten by an import.
    A meeting without a date is always created anew (it cannot be recognised again).
    """
    unknown = set(facts) - set(_FACT_FIELDS)
    if unknown:
        raise ValueError(f"unknown meeting facts: {sorted(unknown)}")
    clean: dict[str, Any] = {}
    for key, value in facts.items():
        if key in ("present", "absent", "adjusters"):
            value = _people(value)
            if not value:
                continue
        if value is None or value == "":
            continue
        clean[key] = value
    with store.transaction():
        existing = store.find_meeting(body, date)
        if existing is None:
            meeting_id = store.insert_meeting(body=body, date=date, **clean)
            return store.get_meeting(meeting_id)
        fill = {k: v for k, v in clean.items() if not getattr(existing, k)}
        if fill:
            store.update_meeting(existing.id, **fill)
            return store.get_meeting(existing.id)
        return existing


#: The meeting facts of a forum that the secretary corrects and the agenda reuses.
FORUM_FACTS = ("organisation", "time", "place", "video_link", "notify_absence", "called")


def forum_facts(store: Store, body: str | None) -> dict[str, str]:
    """The facts last entered for the forum's agenda (see :func:`remember_forum_facts`):
    organisation, time, place, video link, whom to notify, who is called (one line per
    organisation).  Empty when none were entered."""
    name = canonical_body(store, body)
    if not name:
        return {}
    raw = store.get_setting(setting_keys.key(setting_keys.FORUM_FACTS, name))
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {k: str(v) for k, v in data.items() if k in FORUM_FACTS and isinstance(v, str)}


def remember_forum_facts(store: Store, body: str | None, facts: dict[str, str]) -> None:
    """Keep the facts entered for the forum's agenda (in the database, for everyone who
    uses it): the next agenda of the forum starts from them instead of what was read
    from its last minutes (e.g. "Beräknad" read as the organisation)."""
    name = canonical_body(store, body)
    if not name:
        return
    clean = {k: v.strip() for k, v in facts.items() if k in FORUM_FACTS and v is not None}
    store.set_setting(
        setting_keys.key(setting_keys.FORUM_FACTS, name), json.dumps(clean, ensure_ascii=False)
    )


@dataclass(slots=True)
class ForumInfo:
    """A forum as the secretary manages it: its name, the organisation it belongs to
    (the FVG of which förvaltning) and the short names that stand for it."""

    name: str
    organisation: str = ""
    aliases: list[str] = field(default_factory=list)


def forums(store: Store) -> list[ForumInfo]:
    """Every forum the list knows (from its items and aliases), in Swedish
    order, with its remembered organisation and its aliases."""
    by_body: dict[str, list[str]] = {}
    for alias, name, _ in store.list_aliases("body"):
        by_body.setdefault(name, []).append(alias)
    names = {*store.distinct_bodies(), *by_body}
    return [
        ForumInfo(n, forum_facts(store, n).get("organisation", ""), sorted(by_body.get(n, [])))
        for n in sorted(names, key=sv_key)
    ]


def save_forum(store: Store, name: str, organisation: str, aliases: list[str]) -> None:
    """Set the forum's organisation and exactly these aliases, in one transaction."""
    name = " ".join(name.split())
    wanted = {a.strip(): None for a in aliases if a.strip() and a.strip() != name}
    with store.transaction():
        for alias, target, _ in store.list_aliases("body"):
            if target == name and alias.casefold() not in {w.casefold() for w in wanted}:
                store.remove_alias(alias, "body")
        for alias in wanted:
            store.set_alias(alias, name, "body")
        facts = forum_facts(store, name)
        facts["organisation"] = " ".join(organisation.split())
        remember_forum_facts(store, name, facts)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\wåäöÅÄÖ-]{4,}", text.casefold())}


def forum_of_organisation(store: Store, name: str | None, organisation: str | None) -> str | None:
    """Of several forums that share a name ("Förvaltningsgruppen Hägersten-Älvsjö",
    "Förvaltningsgruppen Skärholmen"), the one whose organisation is the document's: so
    that two förvaltningar's FVGs never mix.  None when that does not single one out."""
    if not name or not organisation:
        return None
    org = _words(organisation)
    same = [f for f in forums(store)
            if f.name.casefold().startswith(name.casefold()) and f.organisation]
    hits = []
    for f in same:
        # The words that tell this forum's organisation from the others' ("Skärholmens",
        # not the "stadsdelsförvaltning" they all share).
        others = set().union(*(_words(g.organisation) for g in same if g is not f))
        if (_words(f.organisation) - others) & org:
            hits.append(f.name)
    return hits[0] if len(hits) == 1 else None


def _names(people: Any) -> set[str]:
    out = set()
    for p in people or ():
        name = p.get("name") if isinstance(p, dict) else getattr(p, "name", None)
        if name:
            out.add(" ".join(str(name).casefold().split()))
    return out


#: A forum recognised by who attends: at least this many names in common, and this
#: share of the smaller list of attendees.
_MIN_SHARED_PEOPLE = 3
_MIN_SHARED_SHARE = 0.6


def forum_of_attendees(store: Store, present: Any) -> str | None:
    """The known forum whose latest meeting had mostly the same attendees as ``present``
    (the later minutes of one forum that name it another way, "LEDNINGSGRUPP KULTUR OCH
    FRITID" after "Förvaltningens ledningsgrupp", or not at all), or None when no forum
    or more than one fits."""
    mine = _names(present)
    if len(mine) < _MIN_SHARED_PEOPLE:
        return None
    hits: list[str] = []
    for body in store.distinct_bodies():
        latest = store.latest_meeting(body)
        theirs = _names(latest.present) if latest is not None else set()
        shared = len(mine & theirs)
        if theirs and shared >= _MIN_SHARED_PEOPLE and (
            shared >= _MIN_SHARED_SHARE * min(len(mine), len(theirs))
        ):
            hits.append(body)
    return hits[0] if len(hits) == 1 else None


def suggest_next_meeting(
    store: Store, body: str | None, *, today: dt.date | None = None
) -> dt.date | None:
    """The body's next meeting date: the stated "nästa möte" of its latest meeting when
    that lies ahead, else its usual rhythm (median gap of the last meetings) carried
    forward past today.  None when there is too little to go on."""
    today = today or dt.date.today()
    meetings = [m for m in store.list_meetings(body) if m.date] if body else []
    if not meetings:
        return None
    latest = meetings[0]
    stated = [m.next_meeting for m in meetings if m.next_meeting and m.next_meeting >= today]
    if stated:
        return min(stated)
    dates = sorted({m.date for m in meetings if m.date})[-5:]
    if len(dates) < 2:
        return None
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    gap = int(statistics.median(gaps))
    if gap <= 0:
        return None
    start = latest.next_meeting or dates[-1]
    nxt = start
    while nxt < today or nxt <= dates[-1]:
        nxt += dt.timedelta(days=gap)
    return nxt
