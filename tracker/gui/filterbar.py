"""The filter bar above the list: free-text search (debounced), owner, forum and status
choices, and the "Försenade" / "Förfaller inom 14 dagar" switches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tracker.gui.flowlayout import FlowLayout
from tracker.gui.model import SOON_DAYS, status_label
from tracker.store import ItemFilter

#: Search is run this long after the last key press (typing stays smooth on big lists).
SEARCH_DELAY_MS = 150


class FilterBar(QWidget):
    """Emits :attr:`changed` whenever the filter differs (search text after a pause)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök i titel, text, ansvarig och källa…"))
        # Words of one or two letters are too short for the trigram index: they are
        # matched against title and owner only, which keeps them quick at 100,000 items
        # (tracker.store.queries._short_word).
        self.search.setToolTip(
            self.tr(
                "Alla ord måste finnas. Ord med minst tre tecken söks i titel, text, "
                "ansvarig och källmening, även inuti ord (”miljö” hittar "
                "”arbetsmiljöfrågan”). Ord med en eller två tecken söks bara i titel och "
                "ansvarig."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Sök"))
        self.search.setMinimumWidth(160)

        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Ansvarig"))
        self.owner.setMinimumContentsLength(12)
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.body = QComboBox(self)
        self.body.setAccessibleName(self.tr("Forum"))
        self.body.setMinimumContentsLength(14)
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for label, value in (
            (self.tr("Öppna"), "open"),
            (self.tr("Klara"), "done"),
            (self.tr("Avförda"), "struck"),
            (self.tr("Alla"), "all"),
        ):
            self.status.addItem(label, value)
        self.overdue = QCheckBox(self.tr("Försenade"), self)
        self.overdue.setAccessibleName(self.tr("Visa bara försenade punkter"))
        self.soon = QCheckBox(self.tr("Förfaller inom %n dagar", "", SOON_DAYS), self)
        self.soon.setAccessibleName(self.tr("Visa bara punkter som förfaller snart"))
        self.set_choices([], [])

        # The filters wrap onto a second row when the window is narrow (a laptop at
        # 200 % has about 960 pixels): the bar never forces the window wider.
        layout = FlowLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.add(self.search, 3)
        for label, widget in (
            (self.tr("&Ansvarig:"), self.owner),
            (self.tr("&Forum:"), self.body),
            (self.tr("S&tatus:"), self.status),
        ):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            lbl = QLabel(label, pair)
            lbl.setBuddy(widget)
            row.addWidget(lbl)
            row.addWidget(widget, 1)
            layout.add(pair, 1)
        layout.add(self.overdue)
        layout.add(self.soon)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        # Enter runs the search at once, without waiting for the pause.
        self.search.returnPressed.connect(self._flush)
        for combo in (self.owner, self.body, self.status):
            combo.currentIndexChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)
        self.soon.toggled.connect(self.changed)

    def _flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def flush(self) -> None:
        """Apply a search still waiting for the typing pause now (before printing)."""
        self._flush()

    def set_choices(self, owners: list[str], bodies: list[str]) -> None:
        """Fill the owner and forum lists, keeping the current choice when it still exists."""
        for combo, all_label, names in (
            (self.owner, self.tr("Alla ansvariga"), owners),
            (self.body, self.tr("Alla forum"), bodies),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, None)
            for name in names:
                combo.addItem(name, name)
            idx = combo.findData(current) if current else 0
            if idx < 0:
                # Keep a remembered choice visible even if no item carries it right now.
                combo.addItem(current, current)
                idx = combo.count() - 1
            combo.setCurrentIndex(idx)
            combo.blockSignals(False)

    def apply_to(self, flt: ItemFilter) -> ItemFilter:
        """``flt`` with this bar's settings (its sort order untouched)."""
        flt.text = self.search.text().strip() or None
        flt.owner = self.owner.currentData()
        flt.body = self.body.currentData()
        status = self.status.currentData()
        flt.status = None if status == "all" else status
        flt.overdue = self.overdue.isChecked()
        flt.due_within_days = SOON_DAYS if self.soon.isChecked() else None
        return flt

    def current_body(self) -> str | None:
        return self.body.currentData()

    def is_default(self) -> bool:
        """No search and no filter: every open item is listed."""
        return not self.search.text().strip() and self.state() == {
            "text": self.search.text(),
            "owner": "",
            "body": "",
            "status": "open",
            "overdue": False,
            "soon": False,
        }

    def reset(self) -> None:
        """Back to every open item ("Visa alla"), one change signal."""
        self._timer.stop()
        self.restore({"status": "open"})
        self.owner.setCurrentIndex(0)
        self.body.setCurrentIndex(0)
        self.changed.emit()

    # --- remembered state (settings.FILTER) ---------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            "owner": self.owner.currentData() or "",
            "body": self.body.currentData() or "",
            "status": self.status.currentData(),
            "overdue": self.overdue.isChecked(),
            "soon": self.soon.isChecked(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        widgets = (self.search, self.owner, self.body, self.status, self.overdue, self.soon)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.search.setText(str(state.get("text") or ""))
            for combo, key in ((self.owner, "owner"), (self.body, "body")):
                value = str(state.get(key) or "")
                if value:
                    idx = combo.findData(value)
                    if idx < 0:
                        combo.addItem(value, value)
                        idx = combo.count() - 1
                    combo.setCurrentIndex(idx)
            status = str(state.get("status") or "open")
            idx = self.status.findData(status)
            self.status.setCurrentIndex(max(idx, 0))
            self.overdue.setChecked(bool(state.get("overdue")))
            self.soon.setChecked(bool(state.get("soon")))
        finally:
            for w in widgets:
                w.blockSignals(False)


class FilterBanner(QWidget):
    """A strip under the filter bar while a search or filter hides part of the list
    (also one remembered from the last session), with "Visa alla"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBanner")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#filterBanner { background: #fff4ce; }")
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a search may look like HTML
        self.text.setWordWrap(True)
        self.show_all = QPushButton(self.tr("&Visa alla"), self)
        self.show_all.setToolTip(self.tr("Ta bort sökning och filter: visa alla öppna punkter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_all)
        self.hide()

    def update_for(self, flt: ItemFilter, shown: int, default: bool) -> None:
        if default:
            self.hide()
            return
        self.text.setText(
            self.tr("Urval: {filter} – %n punkter visas.", "", shown).format(
                filter=describe_filter(flt)
            )
        )
        self.show()


def describe_filter(flt: ItemFilter) -> str:
    """The filter in the words of the filter bar, for the printed list:
    "Öppna punkter · Ansvarig: Vision · Forum: APT · Sök: ”lokal”" (translated).

    Built here rather than by ``ItemFilter.describe()``, which is the CLI's Swedish.
    (Every text is a literal ``translate`` call so that lupdate finds it.)"""
    statuses = [flt.status] if isinstance(flt.status, str) else flt.status
    if statuses is None:
        parts = [QCoreApplication.translate("FilterBar", "Alla punkter")]
    elif list(statuses) == ["open"]:
        parts = [QCoreApplication.translate("FilterBar", "Öppna punkter")]
    elif list(statuses) == ["done"]:
        parts = [QCoreApplication.translate("FilterBar", "Klara punkter")]
    elif list(statuses) == ["struck"]:
        parts = [QCoreApplication.translate("FilterBar", "Avförda punkter")]
    else:
        names = ", ".join(status_label(s) for s in statuses)
        parts = [
            QCoreApplication.translate("FilterBar", "Status: {statuses}").format(statuses=names)
        ]
    if flt.overdue:
        parts.append(QCoreApplication.translate("FilterBar", "Försenade"))
    if flt.due_within_days is not None:
        days = flt.due_within_days
        parts.append(QCoreApplication.translate("FilterBar", "Förfaller inom %n dagar", "", days))
    if flt.owner:
        parts.append(
            QCoreApplication.translate("FilterBar", "Ansvarig: {owner}").format(owner=flt.owner)
        )
    if flt.body:
        parts.append(QCoreApplication.translate("FilterBar", "Forum: {body}").format(body=flt.body))
    if flt.text:
        parts.append(QCoreApplication.translate("FilterBar", "Sök: ”{text}”").format(text=flt.text))
    return " · ".join(parts)
