"""Small widgets shared by the editor, the review dialog and meeting mode."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

#: The date that stands for "no date" in a :class:`DueDateEdit` (shown as "ingen").
NO_DATE = QDate(2000, 1, 1)


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


def fmt_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as written.  A QLabel guesses: text that looks like
    HTML ("<b>", "<img src=…>") is drawn as rich text, and text read from a document
    (a "Plats:" line, a section name, a file name) must never be."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` as written.  Qt draws a tooltip as rich text when
    it looks like HTML and has no plain-text switch, so the text is escaped and marked
    as rich text explicitly (line breaks kept)."""
    if not text:
        return text
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


class DueDateEdit(QDateEdit):
    """A date field (YYYY-MM-DD, calendar pop-up) that can also hold "no date".

    The lowest date shows the text "ingen"; Delete or Backspace on the whole field
    clears it, and opening the calendar on "ingen" starts at today's month.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(self.tr("ingen"))
        self.setDate(NO_DATE)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendarWidget().setGridVisible(True)

    def value(self) -> dt.date | None:
        qd = self.date()
        return None if qd == NO_DATE else from_qdate(qd)

    def setValue(self, value: dt.date | None) -> None:
        self.setDate(to_qdate(value) if value else NO_DATE)
        if value is None:
            self.calendarWidget().setCurrentPage(
                QDate.currentDate().year(), QDate.currentDate().month()
            )

    def clear_value(self) -> None:
        self.setValue(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear_value()
            return
        super().keyPressEvent(event)


class NameCombo(QComboBox):
    """An editable combo box for a person or forum name: pick a known one or type anew."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)

    def set_names(self, names: list[str]) -> None:
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("")
        self.addItems(names)
        self.setEditText(current)
        self.blockSignals(False)

    def value(self) -> str | None:
        text = self.currentText().strip()
        return text or None

    def setValue(self, value: str | None) -> None:
        self.setEditText(value or "")
