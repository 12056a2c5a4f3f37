"""Language of the program: Swedish source strings, an English translation from
``resources/translations/balanslistan_en.qm``, and Qt's own Swedish strings for the
standard buttons (Avbryt, Ja, Nej …).

The language is the setting ``settings.LANGUAGE`` ("sv", "en" or "system"; environment variable
``TRACKER_LANG`` wins).  "system" means English when the system's UI language is
neither Swedish nor the neutral C/POSIX locale, else Swedish.

``balanslistan_sv.qm`` holds only the Swedish plural forms ("1 punkt", "2 punkter").
The ``.qm`` files are built from the ``.ts`` sources by ``scripts/build_translations.py``
and committed.  When it is missing (a checkout where someone deleted it) it is compiled
on the fly into the user's cache folder with PySide6's ``lrelease``, so English still
works; if that fails too the program simply stays Swedish.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tracker.gui import settings
from tracker.paths import resources_dir

log = logging.getLogger("tracker.gui")

LANGUAGES = settings.LANGUAGE.choices


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(use_setting: bool = False) -> str:
    """ "sv" or "en" after resolving the environment, the setting (when ``use_setting``)
    and the system locale."""
    env = os.environ.get("TRACKER_LANG", "").strip().lower()
    choice = env if env in LANGUAGES else ""
    if not choice and use_setting:
        choice = settings.value(settings.LANGUAGE)
    if choice in ("sv", "en"):
        return choice
    locale = QLocale.system()
    if locale.language() in (QLocale.Language.Swedish, QLocale.Language.C):
        return "sv"
    # Languages the user reads: e.g. ["en-US", "sv-SE"]; Swedish anywhere → Swedish.
    if any(lang.lower().startswith("sv") for lang in locale.uiLanguages()):
        return "sv"
    return "en"


def lrelease_executable() -> str | None:
    """PySide6's bundled ``lrelease`` (or one on PATH)."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return None
    base = Path(PySide6.__file__).resolve().parent
    names = ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",)
    for name in names:
        candidate = base / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` with lrelease; False when that is not possible."""
    exe = lrelease_executable()
    if exe is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [exe, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease kunde inte köras: %s", exc)
        return False
    return done.returncode == 0 and qm.is_file()


def program_qm(lang: str) -> Path | None:
    """The program's .qm for ``lang``: the shipped one, else one compiled into the cache
    folder from the .ts (None when neither works)."""
    shipped = translations_dir() / f"balanslistan_{lang}.qm"
    if shipped.is_file():
        return shipped
    ts = shipped.with_suffix(".ts")
    if not ts.is_file():
        return None
    from platformdirs import user_cache_dir

    cached = Path(user_cache_dir("Balanslistan", appauthor=False)) / shipped.name
    if cached.is_file() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if compile_ts(ts, cached) else None


def install_translators(app: QCoreApplication, use_setting: bool = False) -> str:
    """Install the translators for the chosen language; return "sv" or "en"."""
    lang = chosen_language(use_setting)
    # Kept on the application object so that they live as long as it does.
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == "en":
        qm = program_qm("en")
        own = QTranslator(app)
        if qm is not None and own.load(str(qm)):
            translators.append(own)
        else:
            log.warning("Den engelska översättningen saknas; programmet visas på svenska.")
            lang = "sv"
    if lang == "sv":
        # Qt's own texts (Avbryt, Spara, Ja …) and our Swedish plural forms.
        qt_tr = QTranslator(app)
        if qt_tr.load("qtbase_sv", qt_dir):
            translators.append(qt_tr)
        qm = program_qm("sv")
        plural = QTranslator(app)
        if qm is not None and plural.load(str(qm)):
            translators.append(plural)
    for tr in translators:
        app.installTranslator(tr)
    # Calendars and weekday names follow the window's language (widgets.ui_locale).
    app.setProperty("tracker_language", lang)
    app._tracker_translators = translators  # type: ignore[attr-defined]
    return lang
