"""The person in the history: asked at the first start, changed under Arkiv → Ditt namn
i historiken…  The name is kept per user (:mod:`tracker.user`) and used from then on by
the window and the command line alike."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from tracker import user
from tracker.store import Store

log = logging.getLogger(__name__)


def ask_user_name(parent: QWidget, store: Store, *, first: bool = False) -> QInputDialog:
    """Open the question (window-modal, not blocking the caller); saving on OK sets the
    name for this store and for later starts.  Returns the dialog (tests answer it)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("UserNameDialog")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setWindowTitle(dialog.tr("Ditt namn i historiken"))
    intro = (
        dialog.tr("Välkommen till Balanslistan. ") if first else ""
    ) + dialog.tr(
        "Vilket namn ska stå i historiken vid dina ändringar? (Det kan ändras under "
        "Arkiv → Ditt namn i historiken…)"
    )
    dialog.setLabelText(intro)
    dialog.setTextValue(
        user.saved_name() or user.account_full_name() or store.user or user.login_name()
    )

    def accepted(text: str) -> None:
        name = user.clean(text)
        if not name:
            return
        try:
            store.user = user.save_name(name)
        except OSError as exc:  # the data folder is read-only: keep it for this session
            log.warning("Namnet kunde inte sparas: %s", exc)
            store.user = name

    dialog.textValueSelected.connect(accepted)
    dialog.open()
    return dialog
