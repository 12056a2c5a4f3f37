"""Issue 18, problem 3: the agenda dialog's header follows the forum and the date, and
the meeting facts (organisation, place, who is called) can be edited and are remembered
per forum."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from tests.agenda.fixtures import BODY, ORGANISATION, fvg_store
from tests.agenda.pdftext import page_texts
from tracker.gui.agenda_dialog import AgendaDialog
from tracker.store import Store

PADDAN = "Mötesrum Paddan plan 10 samt via Zoom"


@pytest.fixture
def store(db_path: Path):
    store, _meeting = fvg_store(db_path)
    yield store
    store.close()


def test_header_follows_the_date(qtbot, store: Store) -> None:
    dialog = AgendaDialog(store)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2024, 4, 9))  # after the meeting of 12 March
    assert dialog.place_edit.text() == PADDAN
    assert "Vision:" in dialog.called_edit.toPlainText()
    dialog.date_edit.setDate(QDate(2024, 3, 1))  # before it: February's meeting is the last
    assert dialog.place_edit.text() != PADDAN
    assert "Vision:" not in dialog.called_edit.toPlainText()
    dialog.date_edit.setDate(QDate(2024, 4, 9))
    assert dialog.place_edit.text() == PADDAN
    assert "Vision:" in dialog.called_edit.toPlainText()


def test_organisation_is_editable_and_remembered_per_forum(
    qtbot, store: Store, tmp_path: Path
) -> None:
    store.update_meeting(store.latest_meeting(BODY).id, organisation="Beräknad")
    dialog = AgendaDialog(store)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2024, 4, 9))
    assert dialog.organisation_edit.text() == "Beräknad"
    dialog.organisation_edit.setText(ORGANISATION)
    dialog.place_edit.setText("Rum 7")
    out = dialog.write(tmp_path / "dagordning.pdf")
    assert out is not None
    text = " ".join(" ".join(page_texts(out)).split())
    assert ORGANISATION in text and "Beräknad" not in text and "Rum 7" in text

    again = AgendaDialog(store)
    qtbot.addWidget(again)
    again.date_edit.setDate(QDate(2024, 4, 9))
    assert again.organisation_edit.text() == ORGANISATION
    assert again.place_edit.text() == "Rum 7"
    # Another forum has its own facts.
    again.body_combo.setCurrentText("Socialnämnden")
    assert again.organisation_edit.text() != ORGANISATION
