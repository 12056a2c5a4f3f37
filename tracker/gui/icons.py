"""Icons: the desktop theme's icon when there is one (Linux), else our own SVGs from
``resources/icons`` (sharp at every scale factor)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from tracker.paths import resources_dir

#: Our icon file → the freedesktop theme name that means the same.
_THEME_NAMES = {
    "import": "document-open",
    "new-item": "list-add",
    "save": "document-save",
    "meeting": "x-office-presentation",
    "print": "document-print",
    "agenda": "x-office-document",
    "open-document": "document-open",
    "undo": "edit-undo",
    "redo": "edit-redo",
    "done": "dialog-ok-apply",
    "export": "document-export",
}


def icons_dir() -> Path:
    return resources_dir() / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (a file stem in resources/icons); an empty icon if missing."""
    own = icons_dir() / f"{name}.svg"
    fallback = QIcon(str(own)) if own.is_file() else QIcon()
    theme = _THEME_NAMES.get(name)
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme, fallback)
    return fallback


def app_icon() -> QIcon:
    """The program icon: the SVG when present, else the PNG renders, else none."""
    base = icons_dir()
    result = QIcon()
    svg = base / "balanslistan.svg"
    if svg.is_file():
        result.addFile(str(svg))
    for size in (16, 32, 48, 64, 128, 256):
        png = base / f"balanslistan-{size}.png"
        if png.is_file():
            result.addFile(str(png))
    return result
