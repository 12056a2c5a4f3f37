"""Fixtures for the desktop program's tests: an isolated QSettings folder, Swedish UI,
a store with a few items, the main window, and captured message boxes."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tracker.services import balance
from tracker.store import Store

TODAY = dt.date.today()


@dataclass
class Boxes:
    """Message boxes shown during a test (kind, title, text), answered automatically."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for k, _, t in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def gui_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[None]:
    """Settings in a temporary folder (nothing remembered between tests, the user's own
    settings never touched), Swedish UI; the application's names and settings location
    are put back afterwards for the tests of other packages."""
    monkeypatch.setenv("TRACKER_LANG", "sv")
    names = (qapp.organizationName(), qapp.applicationName())
    fmt = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    qapp.setOrganizationName("BalanslistanTest")
    qapp.setApplicationName("BalanslistanTest")
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    QSettings.setDefaultFormat(fmt)
    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, default)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    captured = Boxes()

    def fake(kind: str):
        def show(parent, title, text, *args, **kwargs):
            captured.shown.append((kind, title, text))
            if kind == "question":
                return captured.answer
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("critical", "information", "warning", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return captured


@pytest.fixture
def store(db_path: Path):
    s = Store.open(db_path)
    yield s
    s.close()


def add(store: Store, title: str, **kw) -> int:
    return balance.add_item(store, title=title, **kw).id


@pytest.fixture
def filled(store: Store) -> Store:
    """Eight items: two forums, three owners, overdue / soon / later / no date, one done."""
    d = dt.timedelta
    add(store, "Arbetsmiljön på förskolorna", body="Förvaltningsgruppen", owner="Arbetsgivaren",
        due=TODAY - d(days=10))  # fmt: skip
    add(store, "Lönekartläggning 2024", body="Förvaltningsgruppen", owner="Vision",
        due=TODAY + d(days=5))  # fmt: skip
    add(store, "Skyddsronder på familjerätten", body="Förvaltningsgruppen", owner="Kommunal",
        due=TODAY + d(days=60))  # fmt: skip
    add(store, "Budget för kompetensutveckling", body="Förvaltningsgruppen", owner="Arbetsgivaren")
    add(store, "Rutin för tillbudsrapportering", body="APT", owner="Vision",
        due=TODAY - d(days=1))  # fmt: skip
    add(store, "Ventilationen i matsalen", body="APT", owner="Arbetsgivaren",
        due=TODAY + d(days=30))  # fmt: skip
    add(store, "Zonindelning av kontoret", body="APT", owner="Kommunal", due=TODAY + d(days=90))
    done = balance.add_item(store, title="Avslutad fråga om parkering", body="APT", owner="Vision")
    balance.close_item(store, done.id, done.version, note="klart")
    return store


@pytest.fixture
def window(qtbot, store: Store):
    from tracker.gui.main_window import MainWindow

    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
