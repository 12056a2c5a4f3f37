"""Status and kind names as the window shows them: translatable copies of the store's
labels, in a module of their own so that the list model and the history view both use
them without importing each other."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.labels import STATUS_LABELS

#: Status names for the screen (translatable copies of the store's STATUS_LABELS).
STATUS_TEXT = {
    "open": QT_TRANSLATE_NOOP("Status", "öppen"),
    "done": QT_TRANSLATE_NOOP("Status", "klar"),
    "struck": QT_TRANSLATE_NOOP("Status", "avförd"),
    "removed": QT_TRANSLATE_NOOP("Status", "borttagen"),  # only seen in an item's history
}

#: Kind names for the screen (translatable copies of the store's KIND_LABELS).
KIND_TEXT = {
    "carried_over": QT_TRANSLATE_NOOP("Kind", "kvarstående fråga"),
    "referred": QT_TRANSLATE_NOOP("Kind", "hänskjuten fråga"),
    "awaiting_reply": QT_TRANSLATE_NOOP("Kind", "inväntar svar"),
    "tabled": QT_TRANSLATE_NOOP("Kind", "bordlagt"),
    "sent_back": QT_TRANSLATE_NOOP("Kind", "återremitterat"),
    "assignment": QT_TRANSLATE_NOOP("Kind", "uppdrag"),
    "follow_up": QT_TRANSLATE_NOOP("Kind", "uppföljning"),
    "action": QT_TRANSLATE_NOOP("Kind", "åtgärd"),
    "balance_row": QT_TRANSLATE_NOOP("Kind", "balanslistepunkt"),
    "closing": QT_TRANSLATE_NOOP("Kind", "avslut"),
    "activity": QT_TRANSLATE_NOOP("Kind", "aktivitet"),
    "goal_deviation": QT_TRANSLATE_NOOP("Kind", "målavvikelse"),
    "indicator_deviation": QT_TRANSLATE_NOOP("Kind", "indikatoravvikelse"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Kind", KIND_TEXT.get(kind, kind))


def status_label(status: str) -> str:
    return QCoreApplication.translate(
        "Status", STATUS_TEXT.get(status, STATUS_LABELS.get(status, status))
    )
