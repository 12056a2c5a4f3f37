"""Small widgets shared by the editor, the review dialog and meeting mode."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.extract.typed_dates import TypedDate, parse_typed_date


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


def fmt_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, but never larger than the screen has room for
    (a 1920×1080 laptop at 200 % scaling has 960×540)."""
    screen = widget.screen() or (widget.parentWidget().screen() if widget.parentWidget() else None)
    if screen is not None:
        avail = screen.availableGeometry()
        width = min(width, int(avail.width() * 0.95))
        height = min(height, int(avail.height() * 0.92))
    widget.resize(width, height)


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


# --- typed dates -----------------------------------------------------------------------


def ui_locale() -> QLocale:
    """The locale of the program's language: Swedish unless the window is in English."""
    app = QCoreApplication.instance()
    lang = app.property("tracker_language") if app is not None else None
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def swedish_calendar(parent: QWidget | None = None) -> QCalendarWidget:
    """A calendar in the program's language, weeks from Monday, week numbers shown."""
    cal = QCalendarWidget(parent)
    cal.setLocale(ui_locale())
    cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    cal.setGridVisible(True)
    cal.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
    cal.setMinimumDate(QDate(1900, 1, 1))
    cal.setMaximumDate(QDate(2200, 12, 31))
    return cal


def localise_date_edit(edit: QDateEdit) -> None:
    """A QDateEdit's calendar pop-up in the program's language (Monday first)."""
    edit.setLocale(ui_locale())
    edit.setCalendarWidget(swedish_calendar(edit))


class DueDateEdit(QWidget):
    """A date field that accepts what people type, read by the Swedish date parser:
    "2024-05-14", "14/5", "14 maj", "fre 17 maj", "v. 20", "i maj", "idag"; an empty
    field (or "ingen") means no date.  What the text will be saved as is shown beside it
    before saving ("→ fredag 17 maj 2024"), or that it cannot be read.  The button
    (or Alt+↓, F4) opens a calendar in the program's language.

    :meth:`value` is the date (None: no date, or text that cannot be read — see
    :meth:`is_valid`); :attr:`valueChanged` is emitted as the typed date changes;
    :attr:`editingFinished` and :attr:`returnPressed` come from the text field.
    """

    valueChanged = Signal(object)
    editingFinished = Signal()
    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None, *, preview: bool = True) -> None:
        super().__init__(parent)
        self._ref: dt.date | None = None
        self._last: TypedDate = TypedDate(True, None)
        self._forwarding = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("ingen"))
        self.edit.setToolTip(
            self.tr(
                "Skriv ett datum: 2024-05-14, 14/5, 14 maj, fre 17 maj, v. 20, i maj eller "
                "idag. Tomt fält = inget datum. Alt+↓ öppnar kalendern."
            )
        )
        self._fit_width()
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Välj i kalendern"))
        self.button.setAccessibleName(self.tr("Kalender"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setObjectName("datePreview")
        self.preview.setWordWrap(True)
        self.preview.setVisible(preview)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        layout.addSpacing(6)
        layout.addWidget(self.preview, 2)
        self.setFocusProxy(self.edit)
        self._popup: QFrame | None = None
        self._calendar: QCalendarWidget | None = None
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self.editingFinished)
        self.edit.returnPressed.connect(self.returnPressed)
        self.button.clicked.connect(self.show_calendar)
        self.edit.installEventFilter(self)
        self._show_preview()

    # --- value ---------------------------------------------------------------------

    def lineEdit(self) -> QLineEdit:
        return self.edit

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_reference(self, ref: dt.date | None) -> None:
        """The date a year-less entry is read near (the meeting's; default today)."""
        self._ref = ref
        self._text_changed(self.edit.text())

    def parsed(self) -> TypedDate:
        return parse_typed_date(self.edit.text(), self._ref)

    def is_valid(self) -> bool:
        return self.parsed().ok

    def value(self) -> dt.date | None:
        return self.parsed().value

    def setValue(self, value: dt.date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")
        self.edit.setCursorPosition(len(self.edit.text()))

    def clear_value(self) -> None:
        self.setValue(None)

    def error_text(self) -> str:
        return self.tr(
            "Datumet ”{text}” går inte att läsa. Skriv till exempel 2024-05-14, 14/5, "
            "14 maj, v. 20 eller i maj, eller lämna fältet tomt för inget datum."
        ).format(text=self.edit.text().strip())

    def _text_changed(self, _text: str) -> None:
        parsed = self.parsed()
        changed = parsed.value != self._last.value or parsed.ok != self._last.ok
        self._last = parsed
        self._show_preview()
        if changed:
            self.valueChanged.emit(parsed.value)

    def _show_preview(self) -> None:
        parsed = self._last
        text = self.edit.text().strip()
        if not parsed.ok:
            self.preview.setText(self.tr("⚠ okänt datum"))
            self.preview.setStyleSheet("color: #b3261e;")
            self.edit.setStyleSheet("color: #b3261e;")
            return
        self.edit.setStyleSheet("")
        self.preview.setStyleSheet("")
        if parsed.value is None:
            self.preview.setText(self.tr("inget datum") if text else "")
            return
        shown = ui_locale().toString(to_qdate(parsed.value), "dddd d MMMM yyyy")
        if text == parsed.value.isoformat():
            self.preview.setText(shown)
        else:
            self.preview.setText("→ " + shown)
        if parsed.weekday_mismatch:
            self.preview.setText(
                self.preview.text() + " " + self.tr("(obs: veckodagen stämmer inte)")
            )
            self.preview.setStyleSheet("color: #8a5a00;")

    # --- calendar ------------------------------------------------------------------

    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setFrameShape(QFrame.Shape.StyledPanel)
            self._calendar = swedish_calendar(self._popup)
            box = QVBoxLayout(self._popup)
            box.setContentsMargins(2, 2, 2, 2)
            box.addWidget(self._calendar)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        return self._calendar

    def show_calendar(self) -> None:
        cal = self.calendar()
        start = self.value() or self._ref or dt.date.today()
        cal.setSelectedDate(to_qdate(start))
        cal.setCurrentPage(start.year, start.month)
        assert self._popup is not None
        self._popup.adjustSize()
        pos = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            pos.setX(max(screen.left(), min(pos.x(), screen.right() - self._popup.width())))
            if pos.y() + self._popup.height() > screen.bottom():
                pos.setY(self.edit.mapToGlobal(self.edit.rect().topLeft()).y()
                         - self._popup.height())  # fmt: skip
        self._popup.move(pos)
        self._popup.show()
        cal.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.setValue(from_qdate(qdate))
        if self._popup is not None:
            self._popup.hide()
        self.edit.setFocus()
        self.editingFinished.emit()

    def _fit_width(self) -> None:
        # Room for "fre 17 maj 2024" in the field's own font (meeting mode's is large).
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("fre 17 maj 2024__"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys sent to the field as a whole are typing in its text (a key the text field
        # does not take comes back here through its parent: passed on, not resent).
        if self._forwarding:
            super().keyPressEvent(event)
            return
        self._forwarding = True
        try:
            QCoreApplication.sendEvent(self.edit, event)
        finally:
            self._forwarding = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.show_calendar()
            return True
        return super().eventFilter(watched, event)


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
