"""Who is working: the name that stands in the history beside every change.

A secretary's history should say "Anna Lind", not the login "root" or "al1234".  The
name is, in this order: ``TRACKER_USER`` from the environment; the name the user gave the
program (asked at the first start of the window, changed under Arkiv → Ditt namn i
historiken…, kept in the per-user data folder); the account's full name from the
operating system; the login name.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

from tracker.paths import data_dir

USER_FILE = "anvandare.json"
#: Longer names are cut: the history shows it on one line.
MAX_NAME = 80


def _file() -> Path:
    return data_dir() / USER_FILE


def saved_name() -> str | None:
    """The name the user gave the program, or None (no file, or a broken one)."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return clean(name) if isinstance(name, str) else None


def save_name(name: str) -> str:
    """Keep ``name`` for this user (written whole or not at all); returns it cleaned."""
    cleaned = clean(name)
    if not cleaned:
        raise ValueError("empty name")
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"name": cleaned}, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return cleaned


def clean(name: str | None) -> str | None:
    text = " ".join((name or "").split())[:MAX_NAME]
    return text or None


def account_full_name() -> str | None:
    """The account's full name as the operating system knows it, if it does."""
    if sys.platform == "win32":
        with contextlib.suppress(Exception):
            import ctypes

            size = ctypes.c_ulong(0)
            secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
            secur32.GetUserNameExW(3, None, ctypes.byref(size))  # 3: NameDisplay
            buf = ctypes.create_unicode_buffer(size.value)
            if secur32.GetUserNameExW(3, buf, ctypes.byref(size)):
                return clean(buf.value)
        return None
    with contextlib.suppress(Exception):
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
        return clean(gecos.split(",")[0])
    return None


def login_name() -> str:
    """The login name (never fails)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors without a user database
        return os.environ.get("USERNAME") or os.environ.get("USER") or "okänd"


def history_user() -> str:
    """The name for history entries (see the module's docstring for the order)."""
    return (
        clean(os.environ.get("TRACKER_USER"))
        or saved_name()
        or account_full_name()
        or login_name()
    )
