"""Errors the user sees.  Each carries a Swedish message that says what happened and
what to do; the CLI prints it (exit code 2 for unreadable input) and the GUI shows it
in a dialog.  Never a traceback."""

from __future__ import annotations


class TrackerError(Exception):
    """Base class: ``message`` is complete Swedish text meant for the user."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class InputError(TrackerError):
    """A document that cannot be read (empty, wrong type, corrupt, encrypted, scanned …)."""

    exit_code = 2


class StoreError(TrackerError):
    """The database cannot be opened or written (locked, read-only, damaged …)."""

    exit_code = 3


class StaleEditError(StoreError):
    """Someone else changed the item after it was loaded; the edit was not saved."""


class NotFoundError(TrackerError):
    """An item, meeting or document number that does not exist."""

    exit_code = 4
