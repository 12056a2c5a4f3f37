"""Where the program keeps its files: the database, backups, user-editable templates and
alias lists.  ``--db`` beats ``TRACKER_DB`` beats the platform's per-user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Balanslistan"
DB_FILE_NAME = "balanslista.db"


def data_dir() -> Path:
    """Per-user data folder, e.g. ``~/.local/share/Balanslistan`` or ``%LOCALAPPDATA%``."""
    override = os.environ.get("TRACKER_DATA_DIR")
    if override:
        return Path(override)
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("TRACKER_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def resources_dir() -> Path:
    """Shipped read-only resources (templates, alias lists, translations, icons).

    In a PyInstaller bundle they sit under ``sys._MEIPASS``; otherwise they are the
    package ``tracker.resources``, built from the top-level ``resources/`` folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "tracker" / "resources"
    # In a checkout, the checkout's own folder: an editable install maps
    # ``tracker.resources`` to the folder it was installed from, which is another
    # checkout's when several work trees share one environment.
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "extract").is_dir():
        return checkout
    # The top-level ``resources/`` folder is installed as the package
    # ``tracker.resources`` (pyproject: package-dir), so this works from a normal
    # install too.
    import tracker.resources

    return Path(tracker.resources.__file__).resolve().parent
