#!/usr/bin/env python3
"""Screenshots of the windows and dialogs changed for issue 18, under Xvfb, on the same
sample database as ``scripts/screenshots.py``:

    python scripts/screenshots_issue18.py [--out docs/screenshots]

Saves date-entry-detail.png (the detail pane's date field reading "v. 20", with the
Swedish calendar open), meeting-mode-date.png (Ctrl+T and "fre 21 maj" typed),
new-item-dialog.png, meetings-dialog.png, removed-dialog.png, undo-import-dialog.png,
help-dialog.png, reminders-dialog.png, agenda-dialog.png and main-window-small.png (the main
window on a 960×540 screen — a 1920×1080 laptop at 200 % — with a remembered search shown).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

import screenshots as base  # noqa: E402

FVG = base.FVG


def capture(out: Path, db: Path, folder: Path, small: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from tracker.gui import settings
    from tracker.gui.app import create_application
    from tracker.gui.i18n import install_translators
    from tracker.gui.main_items import NewItemDialog
    from tracker.gui.main_window import MainWindow
    from tracker.services import balance

    app = create_application(["balanslistan"])
    install_translators(app)
    days = 7 * round(((dt.date.today() - dt.date(2024, 4, 9)).days - 7) / 7)
    store, plan, reviewed, _document = base.build_database(db, folder, days)
    balance.apply_import(store, plan, source_path=reviewed)
    settle = base.settle

    if small:
        # A search remembered from last time, on a small (scaled) screen.
        settings.set_value(settings.FILTER_TEXT, "kommunal")
        window = MainWindow(store)
        window.show()
        settle(app, 400)
        print("main window on", window.screen().availableGeometry(), "size", window.size())
        window.grab().save(str(out / "main-window-small.png"))
        window.close()
        store.close()
        return

    window = MainWindow(store)
    window.resize(1560, 900)
    window.show()
    settle(app)
    window.table.selectRow(1)
    settle(app)
    pane = window.detail
    pane.due.setFocus()
    pane.due.edit.selectAll()
    pane.due.edit.insert("v. 20")
    pane.due.show_calendar()
    settle(app, 300)
    # The pane and the calendar pop-up (a window of its own) side by side.
    from PySide6.QtGui import QPainter, QPixmap

    left = window.dock.grab()
    cal = pane.due._popup.grab()
    top = pane.due.edit.mapTo(window.dock, pane.due.edit.rect().bottomLeft())
    from PySide6.QtCore import QSize

    canvas = QPixmap(QSize(max(left.width(), top.x() + cal.width() + 4), left.height()))
    canvas.fill()
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, left)
    painter.drawPixmap(top.x(), top.y() + 2, cal)
    painter.end()
    canvas.save(str(out / "date-entry-detail.png"))
    pane.due._popup.hide()
    pane.revert()

    dialog = NewItemDialog(store, FVG, window)
    dialog.title.setText("Friskvårdsbidraget höjs")
    dialog.owner.setValue("Arbetsgivaren")
    dialog.due.setText("2025-03-31")
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "new-item-dialog.png"))
    dialog.close()

    from tracker.gui.meeting import MeetingWindow

    mode = MeetingWindow(store, body=FVG, date=dt.date.today())
    mode.resize(1280, 720)
    mode.show()
    settle(app)
    mode._edit_mode("date")
    mode.date_edit.edit.selectAll()
    mode.date_edit.edit.insert("fre 21 maj")
    settle(app)
    mode.grab().save(str(out / "meeting-mode-date.png"))
    mode.close()

    from tracker.gui.meetings_dialog import MeetingsDialog

    dialog = MeetingsDialog(store, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "meetings-dialog.png"))
    dialog.close()

    from tracker.gui.reminders_dialog import RemindersDialog

    dialog = RemindersDialog(store, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "reminders-dialog.png"))
    dialog.close()

    # Two items deleted, for the list of deleted items.
    for row in window.model.all_rows()[:2]:
        from tracker.services import removal

        removal.delete_item(store, row.id, row.version, note="dubblett")
    from tracker.gui.removed_dialog import RemovedDialog

    dialog = RemovedDialog(store, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "removed-dialog.png"))
    dialog.close()

    from tracker.gui.undo_import_dialog import UndoImportDialog

    dialog = UndoImportDialog(store, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "undo-import-dialog.png"))
    dialog.close()

    from tracker.gui.help_dialog import HelpDialog

    dialog = HelpDialog(window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "help-dialog.png"))
    dialog.close()

    from tracker.gui.agenda_dialog import AgendaDialog

    dialog = AgendaDialog(store, window)
    dialog.body_combo.setEditText("FVG")
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "agenda-dialog.png"))
    dialog.close()

    window.close()
    store.close()
    QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--small", action="store_true", help="(internal) the 960×540 run")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.small:
        # The small-screen picture in a process of its own (another X screen).
        subprocess.run([sys.executable, __file__, "--out", str(args.out), "--small"], check=True)
    xvfb = base.start_xvfb("960x540" if args.small else "1600x1000")
    tmp = Path(tempfile.mkdtemp(prefix="balanslistan-screens-"))
    os.environ.update(
        QT_QPA_PLATFORM="xcb",
        TRACKER_LANG="sv",
        TRACKER_DATA_DIR=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
    )
    try:
        capture(args.out, tmp / "balanslista.db", tmp, args.small)
    finally:
        xvfb.terminate()
        xvfb.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
