#!/usr/bin/env python3
"""Screenshots of the desktop program for the documentation, made under a virtual X
server (Xvfb) on a sample database, plus the start-up time to the shown window.

    python scripts/screenshots.py [--out docs/screenshots] [--runs 5]

1. Starts ``Xvfb`` on a free display (1600×1000) unless ``--no-xvfb`` (then the current
   ``DISPLAY`` is used).
2. Builds a sample database in a temporary folder: the minutes sample 002 rendered to
   PDF (needs reportlab from the ``test`` extra; else the text file is imported) and
   further minutes from ``tests/data/fixtures/minutes``, imported through the same
   services as the program.  The documents are from 2024; their dates are moved forward
   by whole weeks so that the list looks like a current one (some items overdue, some
   due soon, most later).
3. Saves ``main-window.png`` (list + detail pane), ``review-dialog.png`` (importing the
   next FVG minutes, which update and close items of 002, at 1280×800, with the
   document's text beside the candidates and one item added by hand from it) and
   ``meeting-mode.png``.  With ``SCREENSHOT_SIZES=1`` the review is also saved at
   1280×800 and 1600×1000 next to the output folder, to check its layout by eye.
4. Starts the real program (``tracker --db``) ``--runs`` times in child processes and
   prints ``startup_to_shown_ms`` (process start → main window shown and painted).

Prints ``name: value`` lines.  Settings and the data folder are temporary: the user's
own settings are never read or changed.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from tracker.domain import Document, Extraction
    from tracker.services.plan import ImportPlan
    from tracker.store import Store

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "data" / "fixtures" / "minutes"
SAMPLE_002 = REPO / "tests" / "data" / "samples" / "002_67bf5d675aa1465c.txt"
#: Imported into the sample database (in this order) besides sample 002.
OTHER_MINUTES = (
    "svg_aldreomsorg_2024-02-06.txt",
    "socialnamnden_2024-03-20.txt",
    "skyddskommitte_2024-04-18.txt",
    "apt_forskolan_solen_2024-05-14.txt",
)
REVIEWED = "fvg_2024-04-09.txt"
#: A sentence of REVIEWED that the screenshot adds by hand in the review.
ADDED_BY_HAND = "Arbetsgivaren presenterade prognosen"
FVG = "Förvaltningsgruppen"


def start_xvfb(size: str = "1600x1000") -> subprocess.Popen[bytes]:
    exe = shutil.which("Xvfb")
    if exe is None:
        sys.exit("Xvfb saknas: installera paketet xvfb (apt-get install xvfb).")
    for n in range(90, 140):
        if Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
            continue
        proc = subprocess.Popen(
            [exe, f":{n}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                os.environ["DISPLAY"] = f":{n}"
                return proc
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.kill()
    sys.exit("Xvfb kunde inte startas.")


def shift(ext: Extraction, days: int) -> Extraction:
    """The extraction with every date moved ``days`` forward."""
    delta = dt.timedelta(days=days)

    def move(value: dt.date | None) -> dt.date | None:
        return value + delta if value else None

    m = ext.meeting
    ext.meeting = dataclasses.replace(m, date=move(m.date), next_meeting=move(m.next_meeting))
    ext.items = [dataclasses.replace(c, due=move(c.due), start=move(c.start)) for c in ext.items]
    ext.possible = [dataclasses.replace(c, due=move(c.due), start=move(c.start))
                    for c in ext.possible]
    return ext


def sample_documents(folder: Path) -> list[Path]:
    docs: list[Path] = []
    try:
        sys.path.insert(0, str(REPO))
        from tests.render import render_pdf, sample_blocks

        pdf = folder / "Minnesanteckningar FVG 2024-03-12.pdf"
        render_pdf(sample_blocks(SAMPLE_002.read_text("utf-8")), pdf,
                   header="Hägersten-Älvsjö", footer="Sida {page} av {pages}")  # fmt: skip
        docs.append(pdf)
    except ImportError:
        docs.append(SAMPLE_002)
    docs += [FIXTURES / name for name in OTHER_MINUTES]
    return docs


def build_database(db: Path, folder: Path, days: int) -> tuple[Store, ImportPlan, Path, Document]:
    from tracker.extract import extract
    from tracker.ingest import read_document
    from tracker.services import balance
    from tracker.store import Store

    store = Store.open(db)
    for path in sample_documents(folder):
        plan = balance.plan_import(store, shift(extract(read_document(path)), days))
        balance.apply_import(store, plan, source_path=path)
    reviewed = FIXTURES / REVIEWED
    document = read_document(reviewed)
    plan = balance.plan_import(store, shift(extract(document), days))
    return store, plan, reviewed, document


def settle(app: QCoreApplication, ms: int = 150) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def capture(out: Path, db: Path, folder: Path) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from tracker.gui.app import create_application
    from tracker.gui.i18n import install_translators
    from tracker.gui.main_window import MainWindow
    from tracker.gui.meeting import MeetingWindow
    from tracker.gui.review import ReviewDialog
    from tracker.services import balance, meetings

    app = create_application(["balanslistan"])
    install_translators(app)
    # The 2024 documents become current ones: the last FVG meeting about a week ago.
    days = 7 * round(((dt.date.today() - dt.date(2024, 4, 9)).days - 7) / 7)
    store, plan, reviewed, document = build_database(db, folder, days)

    dialog = ReviewDialog(store, plan, reviewed.with_suffix(".pdf"), document=document)
    dialog.resize(1280, 800)
    dialog.show()
    closing = [i for i, e in enumerate(plan.entries) if e.action == "close"]
    dialog.table.selectRow(closing[0] if closing else 0)
    settle(app)
    # A missed item added by hand from the document pane (the dialog's newest feature):
    # mark a sentence, Ctrl+Shift+A, then look at the row and its highlighted source.
    view = dialog.doc_view.view
    cursor = view.document().find(ADDED_BY_HAND)
    if not cursor.isNull():
        # From the phrase to the end of the following line (the sentence's end).
        cursor.setPosition(cursor.selectionStart())
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        row = dialog.add_from_text()
        if row is not None:
            dialog.table.closePersistentEditor(dialog.table.item(row, 2))
            dialog.table.selectRow(row)
    settle(app)
    dialog.grab().save(str(out / "review-dialog.png"))
    if os.environ.get("SCREENSHOT_SIZES"):
        # The layout at the smaller and the larger screen (checked by eye, not kept).
        for w, h in ((1280, 800), (1600, 1000)):
            dialog.resize(w, h)
            settle(app)
            dialog.grab().save(str(out.parent / f"review-dialog-{w}x{h}.png"))
    dialog.accept()
    balance.apply_import(store, plan, source_path=reviewed)

    window = MainWindow(store)
    window.resize(1560, 900)
    window.show()
    settle(app)
    # Select an item from the PDF so that the pane shows page, section and sentence.
    for row in range(window.model.rowCount()):
        item = window.model.item_at(row)
        if item and item.document_file and item.document_file.endswith(".pdf") and item.evidence:
            window.table.selectRow(row)
            break
    settle(app)
    window.grab().save(str(out / "main-window.png"))

    date = meetings.suggest_next_meeting(store, FVG) or dt.date.today()
    meeting = meetings.ensure_meeting(store, FVG, date)
    mode = MeetingWindow(store, meeting)
    mode.resize(1280, 720)
    mode.show()
    settle(app)
    mode.next_item()
    mode._edit_mode("note")
    mode.note_edit.setText("Mätningen är beställd; resultatet redovisas på nästa möte")
    settle(app)
    mode.grab().save(str(out / "meeting-mode.png"))
    mode.close()
    window.close()
    store.close()
    QApplication.processEvents()


CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def timed_exec(*args):
    def shown():
        w = QApplication.activeWindow() or next(
            (w for w in QApplication.topLevelWidgets() if w.isVisible()), None)
        w.repaint()  # the first paint is done when this returns
        print("SHOWN", w.windowTitle(), flush=True)
        QApplication.quit()
    QTimer.singleShot(0, shown)
    return real_exec()
QApplication.exec = timed_exec
from tracker.cli.main import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def measure_startup(db: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", CHILD, str(db)], capture_output=True,
                              text=True, timeout=60, check=False)  # fmt: skip
        elapsed = (time.perf_counter() - start) * 1000
        if "SHOWN" not in done.stdout:
            print(done.stdout, done.stderr, file=sys.stderr)
            sys.exit("Programmet visade inget fönster.")
        times.append(elapsed)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--runs", type=int, default=5, help="start-up measurements")
    parser.add_argument("--no-xvfb", action="store_true", help="use the current DISPLAY")
    parser.add_argument("--lang", choices=("sv", "en"), default="sv", help="language")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    xvfb = None if args.no_xvfb else start_xvfb()
    tmp = Path(tempfile.mkdtemp(prefix="balanslistan-screens-"))
    os.environ.update(
        QT_QPA_PLATFORM="xcb",
        TRACKER_LANG=args.lang,
        TRACKER_DATA_DIR=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
    )
    try:
        db = tmp / "balanslista.db"
        capture(args.out, db, tmp)
        for name in ("main-window", "review-dialog", "meeting-mode"):
            print(f"screenshot: {args.out / f'{name}.png'}")
        if args.runs > 0:
            times = measure_startup(db, args.runs)
            print(f"startup_to_shown_ms: {statistics.median(times):.0f}")
            print(f"startup_to_shown_max_ms: {max(times):.0f}")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
