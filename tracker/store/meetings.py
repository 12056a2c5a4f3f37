"""Meetings, aliases and the settings kept in the database, of a
:class:`~tracker.store.Store`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tracker.errors import NotFoundError
from tracker.store import connection as conn_mod
from tracker.store.convert import MEETING_COLUMNS, meeting_row, to_sql
from tracker.store.core import StoreCore
from tracker.store.models import MeetingRow

_MEETING_FIELDS = (
    "body",
    "organisation",
    "date",
    "time",
    "place",
    "next_meeting",
    "present",
    "absent",
    "adjusters",
    "chair",
    "document_id",
)


class MeetingsPart(StoreCore):
    """Meetings of the forums, the aliases of names and forums, and shared settings."""

    def list_meetings(self, body: str | None = None) -> list[MeetingRow]:
        """Meetings, newest first (of one body when given; case ignored)."""
        if body:
            rows = self._all(
                f"SELECT {MEETING_COLUMNS} FROM meetings WHERE fold(body) = ? "
                "ORDER BY date IS NULL, date DESC, id DESC",
                (body.strip().casefold(),),
            )
        else:
            rows = self._all(
                f"SELECT {MEETING_COLUMNS} FROM meetings ORDER BY date IS NULL, date DESC, id DESC"
            )
        return [meeting_row(r) for r in rows]

    def get_meeting(self, meeting_id: int) -> MeetingRow:
        row = self._one(f"SELECT {MEETING_COLUMNS} FROM meetings WHERE id = ?", (meeting_id,))
        if row is None:
            raise NotFoundError(f"Möte {meeting_id} finns inte i databasen.")
        return meeting_row(row)

    def latest_meeting(self, body: str | None) -> MeetingRow | None:
        """The body's meeting with the latest date (None when it has none)."""
        meetings = self.list_meetings(body) if body else self.list_meetings()
        dated = [m for m in meetings if m.date]
        return dated[0] if dated else (meetings[0] if meetings else None)

    def find_meeting(self, body: str | None, date: dt.date | None) -> MeetingRow | None:
        """The meeting of ``body`` on ``date`` (case of the body ignored)."""
        if date is None:
            return None
        if body:
            row = self._one(
                f"SELECT {MEETING_COLUMNS} FROM meetings WHERE fold(body) = ? AND date = ? "
                "ORDER BY id LIMIT 1",
                (body.strip().casefold(), date.isoformat()),
            )
        else:
            row = self._one(
                f"SELECT {MEETING_COLUMNS} FROM meetings WHERE body IS NULL AND date = ? "
                "ORDER BY id LIMIT 1",
                (date.isoformat(),),
            )
        return meeting_row(row) if row else None

    def insert_meeting(self, **fields: Any) -> int:
        unknown = set(fields) - set(_MEETING_FIELDS)
        if unknown:
            raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
        for key in ("present", "absent", "adjusters"):
            fields.setdefault(key, [])
        cols = [*fields, "created_at"]
        values = [to_sql(k, v) for k, v in fields.items()] + [conn_mod.now_iso()]
        with self.transaction():
            cur = self._exec(
                f"INSERT INTO meetings ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                values,
            )
            return int(cur.lastrowid or 0)

    def update_meeting(self, meeting_id: int, **fields: Any) -> None:
        unknown = set(fields) - set(_MEETING_FIELDS)
        if unknown:
            raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
        if not fields:
            return
        sets = ", ".join(f"{k} = ?" for k in fields)
        values = [to_sql(k, v) for k, v in fields.items()] + [meeting_id]
        with self.transaction():
            cur = self._exec(f"UPDATE meetings SET {sets} WHERE id = ?", values)
            if cur.rowcount != 1:
                raise NotFoundError(f"Möte {meeting_id} finns inte i databasen.")

    def get_setting(self, key: str) -> str | None:
        """A value the program keeps in the database (table ``meta``), None when unset."""
        row = self._one("SELECT value FROM meta WHERE key = ?", ("setting:" + key,))
        return None if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        """Keep ``value`` under ``key`` in the database (None removes it); shared by
        everyone who opens the file, unlike the window's own settings."""
        with self.transaction():
            if value is None:
                self._exec("DELETE FROM meta WHERE key = ?", ("setting:" + key,))
            else:
                self._exec(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    ("setting:" + key, value),
                )

    def delete_meeting(self, meeting_id: int) -> int:
        """Delete a meeting (one recorded by mistake).  History events and items that
        named it keep everything else and lose only the link to it (ON DELETE SET
        NULL).  Returns how many history events named it; NotFoundError when missing."""
        with self.transaction():
            events = self._one(
                "SELECT COUNT(*) FROM item_events WHERE meeting_id = ?", (meeting_id,)
            )[0]
            cur = self._exec("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            if cur.rowcount != 1:
                raise NotFoundError(f"Möte {meeting_id} finns inte i databasen.")
        return int(events)

    def meeting_event_counts(self) -> dict[int, int]:
        """How many history events name each meeting (meetings with none left out)."""
        rows = self._all(
            "SELECT meeting_id, COUNT(*) FROM item_events WHERE meeting_id IS NOT NULL "
            "GROUP BY meeting_id"
        )
        return {int(r[0]): int(r[1]) for r in rows}

    # --- aliases -------------------------------------------------------------------

    def set_alias(self, alias: str, name: str, kind: str = "owner") -> None:
        """Make ``alias`` (e.g. "AG", "FVG") stand for ``name`` for that kind (case of
        the alias ignored: "fvg" replaces "FVG")."""
        with self.transaction():
            self._exec(
                "DELETE FROM aliases WHERE kind = ? AND fold(alias) = ?",
                (kind, alias.strip().casefold()),
            )
            self._exec(
                "INSERT INTO aliases (alias, name, kind) VALUES (?, ?, ?)",
                (alias.strip(), name.strip(), kind),
            )

    def remove_alias(self, alias: str, kind: str = "owner") -> None:
        """Forget ``alias`` for that kind (case ignored)."""
        with self.transaction():
            self._exec(
                "DELETE FROM aliases WHERE kind = ? AND fold(alias) = ?",
                (kind, alias.strip().casefold()),
            )

    def resolve_alias(self, value: str | None, kind: str = "owner") -> str | None:
        """The canonical name for ``value`` (case ignored), or ``value`` itself."""
        if not value:
            return value
        row = self._one(
            "SELECT name FROM aliases WHERE kind = ? AND fold(alias) = ?",
            (kind, value.strip().casefold()),
        )
        return row[0] if row else value

    def list_aliases(self, kind: str | None = None) -> list[tuple[str, str, str]]:
        """(alias, name, kind) rows."""
        if kind:
            rows = self._all(
                "SELECT alias, name, kind FROM aliases WHERE kind = ? ORDER BY sv_key(alias)",
                (kind,),
            )
        else:
            rows = self._all("SELECT alias, name, kind FROM aliases ORDER BY kind, sv_key(alias)")
        return [tuple(r) for r in rows]
