"""What every part of the :class:`~tracker.store.Store` stands on: the connection, the
SQL helpers that turn SQLite errors into the program's messages, and transactions.

The Store is put together from parts, one module per kind of data (``documents``,
``meetings``, ``events``, the items in ``store``); each part is a class on top of
:class:`StoreCore`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Self

from tracker.store import connection as conn_mod


class StoreCore:
    """The connection and its transactions (see ``Store`` for the whole)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._db: Any = None
        self._depth = 0
        #: Non-fatal problems found while opening (e.g. the rolling backup failed).
        self.warnings: list[str] = []
        self._user = conn_mod.os_user()
        self._database_id: str | None = None
        # Facts about the whole list, kept while the data is unchanged (see _data_key):
        # all item ids in due order, and the overdue ids (with the day they are for).
        self._due_order: tuple[tuple[int, int], list[int]] | None = None
        self._overdue: tuple[tuple[tuple[int, int], dt.date], set[int]] | None = None

    @property
    def user(self) -> str:
        """The person recorded in history entries (:func:`tracker.user.history_user`)."""
        return self._user

    @user.setter
    def user(self, name: str) -> None:
        # The window asks for the name at its first start; later changes are theirs.
        self._user = " ".join(name.split()) or self._user

    # --- SQL helpers ---------------------------------------------------------------

    def _exec(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise conn_mod.translate_error(exc, self.path) from None

    def _all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise conn_mod.translate_error(exc, self.path) from None

    def _one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        try:
            return self.conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise conn_mod.translate_error(exc, self.path) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Self]:
        """One write transaction (BEGIN IMMEDIATE: the write lock is taken at the start,
        so a busy database is reported before any work is done).  Nested use becomes a
        savepoint: an inner failure undoes only the inner part if the caller catches it.
        """
        if self._depth:
            name = f"sp{self._depth}"
            self._exec(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self._exec(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        self._exec("BEGIN IMMEDIATE")
        self._depth = 1
        changes_before = self.conn.total_changes
        try:
            yield self
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                if self.conn.total_changes != changes_before:
                    # A persistent change counter: the rolling backup compares it with
                    # the one at the last backup (file times are unreliable in WAL mode).
                    self.conn.execute(
                        "INSERT INTO meta (key, value) VALUES ('changes', 1) "
                        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                    )
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise conn_mod.translate_error(exc, self.path) from None
        finally:
            self._depth = 0

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0
