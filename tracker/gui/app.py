"""Starting the desktop program: the Qt application (name, icon, high-DPI, language),
the error hook, opening the database (a Swedish dialog when that fails, never a
traceback) and the main window.

``run_app(db)`` is what ``tracker`` without a command calls; ``main()`` is the
``balanslistan`` gui-script (``balanslistan [--db PATH]``).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tracker.errors import StoreError
from tracker.paths import APP_NAME, data_dir, resolve_db_path

log = logging.getLogger("tracker.gui")


def _setup_logging() -> Path | None:
    """Log to ``<data folder>/balanslistan.log`` (rotating); None when not writable."""
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "balanslistan.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("tracker")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one), set up for this program."""
    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (125 %, 150 %) as they are: sharp text and SVG icons.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("balanslistan")
    from tracker import __version__
    from tracker.gui.icons import app_icon

    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def run_app(db: str | os.PathLike[str] | None = None) -> int:
    """Open the program on the database ``db`` (resolved like the CLI's ``--db``)."""
    log_path = _setup_logging()
    app = create_application()
    from tracker.gui.errors import install_excepthook
    from tracker.gui.i18n import install_translators

    install_excepthook(lambda: str(log_path) if log_path else "")
    install_translators(app, use_setting=True)
    window = open_main_window(db)
    if window is None:
        return 3
    window.show()
    from tracker.user import saved_name

    if saved_name() is None and not os.environ.get("TRACKER_USER"):
        # The first start: ask who is working (window-modal, it does not block here).
        window.ask_user_name(first=True)
    rc = app.exec()
    window.store.close()
    return int(rc)


def open_main_window(db: str | os.PathLike[str] | None = None):
    """Open the store and build the main window; None after telling the user why not."""
    from tracker.gui.main_window import MainWindow
    from tracker.store import Store

    path = resolve_db_path(db)
    offered = False
    while True:
        try:
            store = Store.open(path)
        except StoreError as exc:
            log.error("Databasen kunde inte öppnas: %s", exc.message)
            title = QCoreApplication.translate("App", "Balanslistan kan inte starta")
            text = QCoreApplication.translate(
                "App", "Databasen {path} kunde inte öppnas.\n\n{reason}"
            ).format(path=path, reason=exc.message)
            # A file the window cannot open (damaged, not a database) can still be
            # restored from its backups here: Arkiv → Återställ is out of reach.
            if not offered and _has_backups(path):
                offered = True
                answer = QMessageBox.question(
                    None,
                    title,
                    text
                    + "\n\n"
                    + QCoreApplication.translate(
                        "App", "Vill du återställa databasen från en säkerhetskopia?"
                    ),
                )
                if answer == QMessageBox.StandardButton.Yes and _restore_at_start(path):
                    continue
                return None
            QMessageBox.critical(None, title, text)
            return None
        return MainWindow(store)


def _has_backups(path: Path) -> bool:
    from tracker.store import backups

    try:
        return bool(backups.list_backups(path, check=False))
    except StoreError:
        return False


def _restore_at_start(path: Path) -> bool:
    from tracker.gui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(None, path=path)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome is not None


def main(argv: Sequence[str] | None = None) -> int:
    """The ``balanslistan`` command: open the window (``--db PATH`` like ``tracker``)."""
    from tracker.cli.parser import SwedishArgumentParser  # Swedish like the CLI's

    parser = SwedishArgumentParser(prog="balanslistan", description="Balanslistan")
    parser.add_argument("--db", metavar="SÖKVÄG", help="databasfil")
    args, _qt_args = parser.parse_known_args(argv)
    return run_app(args.db)


if __name__ == "__main__":
    sys.exit(main())
