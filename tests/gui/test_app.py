"""Start-up and polish: a database that cannot be opened gives a Swedish dialog (no
traceback), uncaught errors become dialogs, the translations are complete and current,
the table model fetches rows lazily, and run_app starts and stops cleanly."""

from __future__ import annotations

import importlib.util
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import Boxes
from tracker.errors import TrackerError
from tracker.gui import app as app_module
from tracker.gui.i18n import chosen_language, program_qm
from tracker.gui.model import PAGE_SIZE, ItemTableModel
from tracker.store import ItemFilter, Store

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "make",
    [
        lambda p: (p.write_bytes(b"this is not a database" * 100), p)[1],
        lambda p: (p.mkdir(), p)[1],
    ],
    ids=["garbage-file", "directory"],
)
def test_unopenable_database_shows_dialog(tmp_path: Path, boxes: Boxes, make) -> None:
    path = make(tmp_path / "balanslista.db")
    assert app_module.open_main_window(str(path)) is None
    [text] = boxes.texts("critical")
    assert str(path) in text and "kunde inte öppnas" in text
    assert "Traceback" not in text


def test_excepthook_shows_dialog_instead_of_traceback(boxes: Boxes, monkeypatch) -> None:
    from tracker.gui.errors import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: "/tmp/balanslistan.log")
    try:
        raise ValueError("något gick snett")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    sys.excepthook(TrackerError, TrackerError("Filen är skrivskyddad."), None)
    first, second = boxes.texts("critical")
    assert "något gick snett" in first and "/tmp/balanslistan.log" in first
    assert second == "Filen är skrivskyddad."


def test_run_app_shows_window_and_exits(qtbot, db_path: Path, monkeypatch) -> None:
    shown: list[str] = []

    def fake_exec() -> int:
        # Stands in for the main loop: a second real app.exec() inside pytest-qt leaves
        # Qt's timers stalled for the later tests.
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w.objectName() == "MainWindow":
                shown.append(w.windowTitle())
                w.close()
        return 0

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_app(str(db_path)) == 0
    assert shown and db_path.exists()
    # run_app installed the Swedish translators and a log file; undo both for the
    # other tests.
    for tr in getattr(QApplication.instance(), "_tracker_translators", []):
        QCoreApplication.removeTranslator(tr)
    tracker_log = logging.getLogger("tracker")
    for handler in list(tracker_log.handlers):
        if isinstance(handler, RotatingFileHandler):
            tracker_log.removeHandler(handler)
            handler.close()
    assert (db_path.parent / "userdata" / "balanslistan.log").is_file()


@pytest.mark.parametrize(
    ("env", "setting", "expected"),
    [("sv", "en", "sv"), ("en", None, "en"), ("", "en", "en"), ("", "sv", "sv")],
)
def test_language_choice(monkeypatch, env: str, setting: str | None, expected: str) -> None:
    from tracker.gui import settings

    monkeypatch.setenv("TRACKER_LANG", env)
    if setting:
        settings.set_value(settings.LANGUAGE, setting)
    assert chosen_language(use_setting=True) == expected


def test_english_translation_is_complete_and_current() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_tr", REPO / "scripts/build_translations.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    ts = REPO / "resources/translations/balanslistan_en.ts"
    assert build.unfinished(ts) == []
    assert build.check() == 0


def test_english_ui(qtbot, store: Store) -> None:
    from tracker.gui.main_window import MainWindow

    translator = QTranslator()
    assert translator.load(str(program_qm("en")))
    QCoreApplication.installTranslator(translator)
    try:
        win = MainWindow(store)
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&View", "&Help"]
        # Texts of the window's parts (main_menus, main_items, main_files: own contexts).
        assert win.import_action.text() == "&Import…"
        assert win.bulk_close_action.text() == "Mark selected as &done…"
        assert win.list_title() == "Balance list"
        assert win.model.headerData(1, Qt.Orientation.Horizontal) == "Title"
        assert win.counts.text() == "0 items"
        from tracker.gui.meeting import MeetingWindow
        from tracker.services import balance, meetings

        balance.add_item(store, title="Fråga", body="APT", owner="Vision")
        mode = MeetingWindow(store, meetings.ensure_meeting(store, "APT", None))
        qtbot.addWidget(mode)
        assert "Owner: <b>Vision</b>" in mode.meta.text()
        assert mode.position.text() == "Item 1 of 1"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_swedish_plural_forms(qtbot, store: Store) -> None:
    from tracker.gui.main_window import MainWindow
    from tracker.services import balance

    balance.add_item(store, title="En enda punkt")
    translator = QTranslator()
    assert translator.load(str(program_qm("sv")))
    QCoreApplication.installTranslator(translator)
    try:
        win = MainWindow(store)
        qtbot.addWidget(win)
        assert win.counts.text() == "1 punkt"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_model_fetches_rows_lazily(store: Store, monkeypatch) -> None:
    with store.transaction():
        for i in range(3 * PAGE_SIZE + 10):
            store.insert_item({"title": f"Punkt {i:04d}", "status": "open"})
    calls: list[int] = []
    real = store.fetch_items
    monkeypatch.setattr(store, "fetch_items", lambda ids: calls.append(len(ids)) or real(ids))
    model = ItemTableModel(store)
    model.set_filter(ItemFilter(sort="title"))
    assert model.rowCount() == 3 * PAGE_SIZE + 10 and calls == []
    assert model.data(model.index(0, 1)) == "Punkt 0000"
    assert model.data(model.index(5, 1)) == "Punkt 0005"
    assert calls == [PAGE_SIZE]  # one page for both rows
    assert model.data(model.index(3 * PAGE_SIZE + 9, 1)) == f"Punkt {3 * PAGE_SIZE + 9:04d}"
    assert calls == [PAGE_SIZE, 10]
