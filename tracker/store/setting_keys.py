"""The settings kept in the database (``Store.get_setting``/``set_setting``, table
``meta``), declared in one place: shared by everyone who opens the file, unlike the
window's own settings (per user, in QSettings), which are declared in
:mod:`tracker.gui.settings`.  One list per layer; this one has no Qt.

A database setting is a family of keys, one per forum for instance: :func:`key` builds
the key from the declaration and refuses any other, so no caller writes a key by hand.
"""

from __future__ import annotations

from dataclasses import dataclass


class UnknownSetting(KeyError):
    """A key that is not declared here."""


@dataclass(frozen=True, slots=True)
class DbSetting:
    """One kind of setting in the database.  ``prefix`` ends with ":" when the key names
    something (``per``: "forum" → ``prefix + the forum's name in casefold``); the value
    is text (``encoding`` says what kind); unset means ``default``."""

    prefix: str
    per: str | None
    encoding: str
    default: str | None
    description: str


FORUM_FACTS = DbSetting(
    prefix="forum_facts:",
    per="forum",
    encoding="json",
    default=None,
    description="The meeting facts last entered for a forum's agenda (organisation, time, "
    "place, video link, whom to notify, who is called); the next agenda starts from them.",
)

#: Every database setting.
DB_SETTINGS: tuple[DbSetting, ...] = (FORUM_FACTS,)


def key(setting: DbSetting, name: str | None = None) -> str:
    """The key under which ``setting`` is kept (for the forum ``name`` when it is kept
    per forum).  A setting not declared here, or a name missing or given where none
    belongs, is refused."""
    if setting not in DB_SETTINGS:
        raise UnknownSetting(setting.prefix)
    if setting.per is None:
        if name is not None:
            raise ValueError(f"{setting.prefix} is not kept per {name!r}")
        return setting.prefix
    if not name or not name.strip():
        raise ValueError(f"{setting.prefix} needs a {setting.per}")
    return setting.prefix + name.casefold()


def declared(stored_key: str) -> DbSetting:
    """The declaration a stored key belongs to; :class:`UnknownSetting` otherwise."""
    for setting in DB_SETTINGS:
        if setting.per is None and stored_key == setting.prefix:
            return setting
        if setting.per is not None and stored_key.startswith(setting.prefix) and (
            len(stored_key) > len(setting.prefix)
        ):
            return setting
    raise UnknownSetting(stored_key)
