"""The window's own settings (QSettings: per user and computer), declared in one place.

Each setting is declared once below with its key, default, type and a label (Swedish
source text, translated like every other text: ``label()``).  The rest of the program
reads and writes them only through :func:`value` and :func:`set_value` with these
declarations (``settings.value(settings.LANGUAGE)``), never with a string key of its own:
an unknown key is refused with :class:`UnknownSetting`.

:func:`value` gives back the declared type whatever the settings file holds.  QSettings
returns what it stored only on some platforms: from an INI file (Linux, and the tests)
a bool comes back as the string ``"true"``, a number as ``"14"``, so the conversion is
done here once.  A value that cannot be read as its type (a hand-edited file) gives the
default.

There is one such list per layer: the settings kept in the database for everyone who
opens the file (``Store.get_setting``/``set_setting``) are declared in
:mod:`tracker.store.setting_keys`, which has no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings

# The translation context of the labels.
CONTEXT = "Settings"

_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off", "")


class UnknownSetting(KeyError):
    """A key that is not declared in this module."""


@dataclass(frozen=True, slots=True)
class Setting:
    """One remembered setting.  ``type`` is ``str``, ``bool``, ``int``, ``float``,
    ``Path`` or ``QByteArray`` (a saved geometry); ``default`` may be a function (the
    home folder is looked up when it is needed); ``choices`` limits a ``str``."""

    key: str
    default: Any
    type: type
    label: str
    choices: tuple[str, ...] | None = None

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default


def _home() -> Path:
    return Path.home()


_DECLARED: dict[str, Setting] = {}


def _declare(
    key: str,
    default: Any | Callable[[], Any],
    kind: type,
    label: str,
    choices: tuple[str, ...] | None = None,
) -> Setting:
    if key in _DECLARED:
        raise ValueError(f"setting {key!r} declared twice")
    setting = Setting(key, default, kind, label, choices)
    _DECLARED[key] = setting
    return setting


# --- the settings --------------------------------------------------------------------

LANGUAGE = _declare(
    "language", "system", str, QT_TRANSLATE_NOOP("Settings", "Språk"),
    choices=("system", "sv", "en"),
)  # fmt: skip

WINDOW_GEOMETRY = _declare(
    "window/geometry", None, QByteArray, QT_TRANSLATE_NOOP("Settings", "Fönstrets läge och storlek")
)
WINDOW_STATE = _declare(
    "window/state", None, QByteArray, QT_TRANSLATE_NOOP("Settings", "Verktygsfält och detaljpanel")
)
WINDOW_HEADER = _declare(
    "window/header", None, QByteArray, QT_TRANSLATE_NOOP("Settings", "Listans kolumner")
)
# None: the window's own font size.
TABLE_FONT_SIZE = _declare(
    "view/table_font_size", None, float, QT_TRANSLATE_NOOP("Settings", "Listans textstorlek")
)

FILTER_TEXT = _declare("filter/text", "", str, QT_TRANSLATE_NOOP("Settings", "Sökning"))
FILTER_OWNER = _declare("filter/owner", "", str, QT_TRANSLATE_NOOP("Settings", "Ansvarig"))
FILTER_BODY = _declare("filter/body", "", str, QT_TRANSLATE_NOOP("Settings", "Forum"))
FILTER_STATUS = _declare("filter/status", "open", str, QT_TRANSLATE_NOOP("Settings", "Status"))
FILTER_OVERDUE = _declare(
    "filter/overdue", False, bool, QT_TRANSLATE_NOOP("Settings", "Bara försenade")
)
FILTER_SOON = _declare(
    "filter/soon", False, bool, QT_TRANSLATE_NOOP("Settings", "Bara de som förfaller snart")
)
FILTER_SORT = _declare("filter/sort", "due", str, QT_TRANSLATE_NOOP("Settings", "Sortering"))
FILTER_DESCENDING = _declare(
    "filter/descending", False, bool, QT_TRANSLATE_NOOP("Settings", "Omvänd sortering")
)
# The filter bar's remembered state by the names of ``FilterBar.state()``.
FILTER = {
    "text": FILTER_TEXT,
    "owner": FILTER_OWNER,
    "body": FILTER_BODY,
    "status": FILTER_STATUS,
    "overdue": FILTER_OVERDUE,
    "soon": FILTER_SOON,
}

IMPORT_FOLDER = _declare(
    "import/last_dir", _home, Path, QT_TRANSLATE_NOOP("Settings", "Mapp för import")
)
EXPORT_FOLDER = _declare(
    "export/last_dir", _home, Path, QT_TRANSLATE_NOOP("Settings", "Mapp för export")
)
AGENDA_FOLDER = _declare(
    "agenda/folder", _home, Path, QT_TRANSLATE_NOOP("Settings", "Mapp för dagordningar")
)
PRINT_FOLDER = _declare(
    "print/folder", _home, Path, QT_TRANSLATE_NOOP("Settings", "Mapp för utskrifter som PDF")
)

MEETING_FONT_SIZE = _declare(
    "meeting/font_size", 22, int, QT_TRANSLATE_NOOP("Settings", "Mötesfönstrets textstorlek")
)
MEETING_GEOMETRY = _declare(
    "meeting/geometry",
    None,
    QByteArray,
    QT_TRANSLATE_NOOP("Settings", "Mötesfönstrets läge och storlek"),
)

#: Every setting, in the order declared.
SETTINGS: tuple[Setting, ...] = tuple(_DECLARED.values())


# --- reading and writing ---------------------------------------------------------------


def declared(key: Setting | str) -> Setting:
    """The declaration of ``key``; :class:`UnknownSetting` for any other key."""
    name = key.key if isinstance(key, Setting) else key
    try:
        setting = _DECLARED[name]
    except KeyError:
        raise UnknownSetting(name) from None
    if isinstance(key, Setting) and key != setting:
        raise UnknownSetting(name)
    return setting


def convert(setting: Setting, raw: Any) -> Any:
    """``raw`` as read from QSettings in the setting's type (its default when it cannot
    be read as one)."""
    if raw is None:
        return setting.default_value()
    kind = setting.type
    try:
        if kind is bool:
            if isinstance(raw, str):
                text = raw.strip().lower()
                if text in _TRUE:
                    return True
                if text in _FALSE:
                    return False
                return setting.default_value()
            return bool(raw)
        if kind is int:
            if isinstance(raw, bool):
                return setting.default_value()
            return int(float(raw)) if isinstance(raw, str) and "." in raw else int(raw)
        if kind is float:
            if isinstance(raw, str) and not raw.strip():
                return setting.default_value()
            return float(raw)
        if kind is QByteArray:
            return QByteArray(raw) if isinstance(raw, QByteArray | bytes) else None
        if kind is Path:
            text = str(raw).strip()
            return Path(text) if text else setting.default_value()
        text = str(raw)
    except (TypeError, ValueError):
        return setting.default_value()
    if setting.choices is not None and text not in setting.choices:
        return setting.default_value()
    return text


def value(key: Setting | str, store: QSettings | None = None) -> Any:
    """The setting's value in its type, the default when it is not set."""
    setting = declared(key)
    return convert(setting, (store or QSettings()).value(setting.key))


def set_value(key: Setting | str, new: Any, store: QSettings | None = None) -> None:
    """Remember ``new`` (None forgets the setting: its default applies again)."""
    setting = declared(key)
    qs = store or QSettings()
    if new is None:
        qs.remove(setting.key)
        return
    kind = setting.type
    if kind is bool:
        # Written as text everywhere, so that every format reads back alike.
        stored: Any = "true" if new else "false"
    elif kind is int:
        stored = int(new)
    elif kind is float:
        stored = float(new)
    elif kind is QByteArray:
        stored = QByteArray(new)
    else:
        stored = str(new)
        if setting.choices is not None and stored not in setting.choices:
            raise ValueError(f"{setting.key}: {stored!r} is not one of {setting.choices}")
    qs.setValue(setting.key, stored)


def label(key: Setting | str) -> str:
    """The setting's name in the user interface's language."""
    return QCoreApplication.translate(CONTEXT, declared(key).label)


def sync() -> None:
    """Write the settings to disk now (QSettings otherwise does it later)."""
    QSettings().sync()
