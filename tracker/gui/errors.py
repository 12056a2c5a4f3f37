"""Errors as dialogs: a message box for the user's errors, and a ``sys.excepthook`` that
turns any unexpected exception into a dialog (and a log entry) instead of a traceback."""

from __future__ import annotations

import html
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tracker.errors import TrackerError

log = logging.getLogger("tracker.gui")


def show_error(
    parent: QWidget | None, error: BaseException | str, title: str | None = None
) -> None:
    """Show ``error`` in a modal message box: a TrackerError's Swedish message as is,
    anything else with a general explanation."""
    if isinstance(error, TrackerError):
        text = error.message
    elif isinstance(error, str):
        text = error
    else:
        text = QCoreApplication.translate(
            "Errors",
            "Ett oväntat fel inträffade: {error}\n\nInget har sparats av den pågående "
            "åtgärden. Försök igen; om felet återkommer, starta om programmet.",
        ).format(error=error)
    if QtGui.Qt.mightBeRichText(text):
        # A message may quote document text (an item's title, a file name): a message
        # box guesses HTML like a label does, so such text is escaped to show as written.
        text = "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"
    QMessageBox.critical(parent, title or QCoreApplication.translate("Errors", "Fel"), text)


def install_excepthook(log_path_hint: Callable[[], str] | None = None) -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to a dialog and the log."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("Oväntat fel:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        parent = QApplication.activeWindow()
        if isinstance(exc, TrackerError):
            show_error(parent, exc)
            return
        where = log_path_hint() if log_path_hint else ""
        text = QCoreApplication.translate(
            "Errors",
            "Ett oväntat fel inträffade: {error}\n\nÅtgärden avbröts; det som redan "
            "sparats finns kvar. Försök igen; om felet återkommer, starta om programmet.",
        ).format(error=f"{exc_type.__name__}: {exc}")
        if where:
            text += "\n\n" + QCoreApplication.translate(
                "Errors", "Detaljer finns i loggfilen {path}."
            ).format(path=where)
        QMessageBox.critical(parent, QCoreApplication.translate("Errors", "Oväntat fel"), text)

    sys.excepthook = hook
