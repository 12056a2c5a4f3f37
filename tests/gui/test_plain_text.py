"""Document text is shown as written, never as HTML (issue 17, finding 10): a "Plats:"
line such as "<b>Rådhuset</b><img src=…>" in the review dialog, the list's tooltips,
the detail pane and meeting mode."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import TODAY, add
from tracker.domain import Candidate, DocumentInfo, Extraction, Meeting
from tracker.gui.detail import DetailPane
from tracker.gui.meeting import MeetingWindow
from tracker.gui.model import COL_TITLE
from tracker.gui.review import ReviewDialog
from tracker.gui.review_rows import COL_TITLE as REVIEW_TITLE
from tracker.gui.widgets import plain_tooltip
from tracker.services import balance, meetings
from tracker.store import Store

HTML = '<b>Rådhuset</b><img src="http://example.invalid/x.png">'


def _shown_as(tooltip: str) -> str:
    """What Qt draws for a tooltip: rich text when it looks like HTML."""
    doc = QTextDocument()
    if QtGui.Qt.mightBeRichText(tooltip):  # (the QtGui part of Qt)
        doc.setHtml(tooltip)
    else:
        doc.setPlainText(tooltip)
    return doc.toPlainText()


def test_plain_tooltip_shows_the_characters() -> None:
    assert _shown_as(plain_tooltip(HTML)) == HTML
    assert _shown_as(plain_tooltip("rad ett\nrad <två>")) == "rad ett\nrad <två>"
    assert plain_tooltip("") == "" and plain_tooltip(None) is None


def test_review_dialog_place_line_is_plain_text(qtbot, store: Store) -> None:
    ext = Extraction(
        document=DocumentInfo(file="<i>fvg</i>.txt", sha256="ab" * 32, format="txt", pages=1,
                              kind="minutes"),
        meeting=Meeting(body="Förvaltningsgruppen", date=dt.date(2024, 3, 12), place=HTML),
        items=[Candidate(title="<u>Fråga</u>", text=HTML, kind="carried_over",
                         due_text="<b>senast</b> i maj")],
    )
    plan = balance.plan_import(store, ext)
    dialog = ReviewDialog(store, plan, Path("fvg.txt"))
    qtbot.addWidget(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if HTML in w.text()]
    assert labels, "the place is shown"
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    doc_labels = [w for w in dialog.findChildren(QLabel) if "<i>fvg</i>" in w.text()]
    assert doc_labels and doc_labels[0].textFormat() == Qt.TextFormat.PlainText
    assert _shown_as(dialog.table.item(0, REVIEW_TITLE).toolTip()) == HTML


def test_list_tooltips_are_plain(store: Store, window) -> None:
    add(store, HTML, due=TODAY)
    window.reload()
    model = window.model
    tips = [model.data(model.index(r, COL_TITLE), Qt.ItemDataRole.ToolTipRole)
            for r in range(model.rowCount())]
    assert HTML in [_shown_as(t) for t in tips if t]


def test_detail_pane_and_meeting_mode_plain(qtbot, store: Store) -> None:
    item_id = add(store, "Fråga", body=HTML, due=TODAY)
    pane = DetailPane(store, QUndoStack(), None)
    qtbot.addWidget(pane)
    pane.show_item(item_id)
    for label in (pane.due_info, pane.doc_label, pane.evidence, pane.heading):
        assert label.textFormat() == Qt.TextFormat.PlainText
    meeting = meetings.ensure_meeting(store, HTML, TODAY)
    win = MeetingWindow(store, meeting)
    qtbot.addWidget(win)
    for label in (win.header, win.title, win.text, win.notes, win.flash):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_error_box_quoting_document_text_is_plain(boxes) -> None:
    from tracker.gui.errors import show_error

    show_error(None, f"Datumet för punkten ”{HTML}” går inte att läsa.")
    show_error(None, "Vanligt fel.")
    first, second = boxes.texts("critical")
    assert _shown_as(first) == f"Datumet för punkten ”{HTML}” går inte att läsa."
    assert second == "Vanligt fel."
