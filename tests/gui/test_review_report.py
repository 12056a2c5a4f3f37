"""The review of a follow-up report: a long-past report is flagged above the table with
its overdue activities unchecked; the rows come grouped by responsible body."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from tests.services.helpers import cand, extraction
from tracker.gui.review import ReviewDialog
from tracker.gui.review_rows import COL_OWNER, COL_TITLE, COL_USE
from tracker.services import balance
from tracker.store import Store


def _dialog(qtbot, store: Store, date: dt.date) -> ReviewDialog:
    items = [
        cand("Ny taxa", kind="activity", owner="Miljönämnden", due=dt.date(2015, 12, 31)),
        cand("E-arkiv", kind="activity", owner="Kommunstyrelsen"),
        cand("Laddplatser", kind="activity", owner="Miljönämnden"),
    ]
    ext = extraction("rapport.txt", items, date=date, body="Kommunstyrelsen")
    ext.document = dataclasses.replace(ext.document, kind="report")
    plan = balance.plan_import(store, ext, today=dt.date(2026, 12, 7))
    dialog = ReviewDialog(store, plan, Path("rapport.txt"))
    qtbot.addWidget(dialog)
    return dialog


def test_a_long_past_report_is_flagged_and_its_overdue_rows_unchecked(qtbot, store: Store) -> None:
    dialog = _dialog(qtbot, store, dt.date(2015, 8, 31))
    assert dialog.past_label is not None
    assert "Rapporten gäller 2015" in dialog.past_label.text()
    checks = {
        dialog.table.item(r, COL_TITLE).text(): dialog.table.item(r, COL_USE).checkState()
        for r in range(dialog.table.rowCount())
    }
    assert checks["Ny taxa"] == Qt.CheckState.Unchecked
    assert checks["E-arkiv"] == Qt.CheckState.Checked


def test_a_recent_report_has_no_flag_and_its_rows_come_grouped_by_body(
    qtbot, store: Store
) -> None:
    dialog = _dialog(qtbot, store, dt.date(2026, 8, 31))
    assert dialog.past_label is None
    owners = [dialog.table.item(r, COL_OWNER).text() for r in range(dialog.table.rowCount())]
    assert owners == ["Miljönämnden", "Miljönämnden", "Kommunstyrelsen"]
