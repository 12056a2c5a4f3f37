"""GUI figures: start-up time, filtering as the user types, and memory, at 100,000 items.

``measure(db, quick=False)`` runs the real program (``tracker --db DB``, Qt offscreen) in
child processes and returns::

    startup_ms       process spawn → first paint of the main window (median of runs)
    filter_100k_ms   one keystroke in the filter bar → the list model reset with the
                     new rows and the view repainted (median over the keystrokes of a
                     few typed words, then clearing the field)
    rss_100k_mb      peak resident memory with the 100,000-item database open in the
                     main window: the larger of a first start (which takes the rolling
                     backup) and a session of filtering over all items

The child is this file (``python bench/gui_speed.py --child startup|session DB``).  It
does not depend on hooks in the GUI: it wraps ``QApplication.exec`` before handing over
to the program's own entry point, so the timer and an application-wide event filter are
in place when the event loop starts, and finds the main window, its table and the
filter field by type and name.  A debounce timer the field starts on a keystroke is fired
at once, so the figure is the work the program does per keystroke, not the pause it
waits for the user to stop typing (that interval is stated in the note).

``BENCH_GUI_PROFILE=FILE`` writes a cProfile of the typing over all items to FILE.

Settings (QSettings) go to a fresh folder under ``bench/out/`` so that remembered
filters of earlier runs — or of the user — cannot change what is measured.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

#: Give up on a child that has not reported after this long.
CHILD_TIMEOUT_S = 120
#: Longest wait for a model reset after a keystroke before it counts as "no reset".
RESET_TIMEOUT_S = 3.0
_RESULT_PREFIX = "BENCH-RESULT "


# --- parent side ------------------------------------------------------------------------


def measure(db: str | Path, *, quick: bool = False) -> dict[str, Any]:
    """Start-up, filter and memory figures of the program on the database ``db``."""
    work = _working_copy(Path(db))
    startup_runs = 5 if quick else 9
    session_runs = 2 if quick else 4
    words = filter_words(work)

    # The first start of a copied database takes the rolling backup and fills the OS
    # file cache: a real user's first start of the day, not the typical one.
    first = _run_child("startup", work, [])
    # The copy and the backup just wrote twice the database's size; flush it now, or
    # the kernel's writeback competes with the measured runs for the CPU.
    if hasattr(os, "sync"):
        os.sync()
    startups = [_run_child("startup", work, [])["shown_ms"] for _ in range(startup_runs)]

    open_ms: list[float] = []
    all_ms: list[float] = []
    details: list[tuple[str, int, float]] = []
    peaks: list[float] = []
    loaded: list[float] = []
    last: dict[str, Any] = {}
    for _ in range(session_runs):
        last = _run_child("session", work, words)
        open_ms.extend(last["open"]["keystroke_ms"])
        all_ms.extend(last.get("all", {}).get("keystroke_ms", []))
        details.extend(last.get("all", last["open"])["detail"])
        peaks.append(last["peak_rss_mb"])
        loaded.append(last["loaded_rss_mb"])
    # The figure is the search over all 100,000 items; the open items (the default view)
    # are a subset and are stated beside it.
    keystrokes = all_ms or open_ms
    if not keystrokes:
        raise RuntimeError("ingen tangenttryckning i filterfältet gav en ny lista")
    phase = last.get("all") or last["open"]
    scope = f"all statuses ({phase.get('rows_all')} items)" if all_ms else "open items only"
    filter_note = (
        f"median of {len(keystrokes)} keystrokes over {scope} typing "
        f"{', '.join(repr(w) for w in words)} and clearing; max {max(keystrokes):.0f} ms, "
        f"{phase['rows_min']}–{phase['rows_max']} rows"
    )
    by_length = _by_search_length(details)
    if by_length:
        filter_note += f"; {by_length}"
    if all_ms and open_ms:
        filter_note += (
            f"; default view (open items): median {statistics.median(open_ms):.0f}, "
            f"max {max(open_ms):.0f} ms"
        )
    if last.get("debounce_ms"):
        filter_note += f"; the field waits {last['debounce_ms']:.0f} ms for typing to pause"
    if last.get("skipped"):
        filter_note += f"; {last['skipped']} changes gave no new list"
    return {
        "startup_ms": statistics.median(startups),
        "filter_100k_ms": statistics.median(keystrokes),
        # The first start of the day copies the database (rolling backup), which
        # raises the peak: part of a real session, so part of the figure.
        "rss_100k_mb": max(*peaks, first["peak_rss_mb"]),
        "notes": {
            "startup_ms": (
                f"median of {len(startups)} starts on the 100k database "
                f"(min {min(startups):.0f}, max {max(startups):.0f}; first start "
                f"{first['shown_ms']:.0f} ms incl. backup); {first.get('rows')} rows shown"
            ),
            "filter_100k_ms": filter_note,
            "rss_100k_mb": (
                f"peak over a first start (with backup: {first['peak_rss_mb']:.0f} MB) "
                f"and filtering with all statuses shown ({max(peaks):.0f} MB); "
                f"{statistics.median(loaded):.0f} MB after a start without backup, "
                f"{last.get('rows_start')} rows in the list"
            ),
        },
    }


def _by_search_length(details: list[tuple[str, int, float]]) -> str:
    """Medians per kind of search: 1–2 letters (a scan: too short for the trigram
    index), 3 letters or more (the index), and the cleared field (the whole list)."""
    groups: dict[str, list[float]] = {"1–2 letters": [], "3+ letters": [], "cleared": []}
    for text, _rows, ms in details:
        size = len(text.strip())
        key = "cleared" if size == 0 else "1–2 letters" if size < 3 else "3+ letters"
        groups[key].append(ms)
    return ", ".join(
        f"{name} {statistics.median(values):.0f}" for name, values in groups.items() if values
    )


def _working_copy(db: Path) -> Path:
    """A copy of ``db`` the program may change (its backups land beside it)."""
    folder = OUT / "work" / "gui"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    target = folder / "balanslista.db"
    shutil.copyfile(db, target)
    return target


def filter_words(db: Path, count: int = 3) -> list[str]:
    """Search words a user would type: a common, a middling and a rare word of the titles.

    Taken from the database itself so that the figure does not depend on the
    generator's vocabulary.
    """
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        titles = [r[0] for r in conn.execute("SELECT title FROM items ORDER BY id LIMIT 5000")]
    finally:
        conn.close()
    counts: Counter[str] = Counter()
    for title in titles:
        for word in title.split():
            word = word.strip(".,:;()\"'").lower()
            if len(word) >= 6 and word.isalpha():
                counts[word] += 1
    ranked = [w for w, _ in counts.most_common()]
    if not ranked:
        raise RuntimeError("databasen har inga rubriker att söka på")
    picks = [ranked[0], ranked[len(ranked) // 2], ranked[-1]][:count]
    # Users type the start of a word; six letters narrow the list well enough.
    return list(dict.fromkeys(p[:7] for p in picks))


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    config = OUT / "work" / "gui" / "home"
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config / "config"),
        XDG_DATA_HOME=str(config / "data"),
        XDG_CACHE_HOME=str(config / "cache"),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p),
    )
    env.pop("TRACKER_DB", None)
    return env


def _run_child(mode: str, db: Path, words: list[str]) -> dict[str, Any]:
    env = _child_env()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(db), *words]
    # Taken just before the spawn: the child's figure includes interpreter start-up.
    env["BENCH_T0"] = repr(time.time())
    proc = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False
    )
    for line in proc.stdout.splitlines():
        if line.startswith(_RESULT_PREFIX):
            result = json.loads(line[len(_RESULT_PREFIX) :])
            if "error" in result:
                raise RuntimeError(result["error"])
            return result
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
    raise RuntimeError(
        f"programmet avslutades (kod {proc.returncode}) utan mätvärde: {' | '.join(tail)}"
    )


# --- child side -------------------------------------------------------------------------


def _peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (psutil where there is no rusage)."""
    try:
        import resource
    except ImportError:
        import psutil

        info = psutil.Process().memory_info()
        return float(getattr(info, "peak_wset", info.rss)) / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def _rss_parts() -> dict[str, float]:
    """Current resident memory by kind in MB (Linux): anonymous (the program's own),
    file (mapped libraries and files) and shared memory."""
    parts: dict[str, float] = {}
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("RssAnon:", "RssFile:", "RssShmem:")):
                name, value = line.split(":", 1)
                parts[name[3:].lower()] = int(value.split()[0]) / 1024
    return parts


def _report(result: dict[str, Any]) -> None:
    print(_RESULT_PREFIX + json.dumps(result), flush=True)
    # Leave without closing the window: its close handlers (save settings, confirm
    # dialogs) are not part of what is measured and must not block the child.
    os._exit(0)


def _child(mode: str, db: str, words: list[str]) -> None:
    t0 = float(os.environ.get("BENCH_T0") or time.time())
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    state: dict[str, Any] = {"done": False}

    class FirstPaint(QObject):
        """Notices the first paint of a visible main window, anywhere in the app."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                not state["done"]
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QMainWindow)
            ):
                state["done"] = True
                state["window"] = obj
                # Runs after this paint has finished.
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        shown_ms = (time.time() - t0) * 1000
        try:
            if mode == "startup":
                _report(
                    {
                        "shown_ms": shown_ms,
                        "rows": _rows_of(state["window"]),
                        "peak_rss_mb": _peak_rss_mb(),
                        "rss_parts": _rss_parts(),
                    }
                )
            else:
                _report(_session(state["window"], words))
        except Exception as exc:  # reported to the parent, which prints n/a
            _report({"error": f"{type(exc).__name__}: {exc}"})

    def give_up() -> None:
        _report({"error": "huvudfönstret visades inte inom 60 s"})

    original_exec = QApplication.exec
    spy = FirstPaint()

    def exec_(*args: Any) -> int:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(spy)
        QTimer.singleShot(60_000, give_up)
        # exec is static in Qt: called on the instance, ``args`` holds only the app.
        return original_exec()

    QApplication.exec = exec_  # type: ignore[method-assign]
    from tracker.cli.main import main

    code = main(["--db", db])
    _report({"error": f"programmet avslutades (kod {code}) innan fönstret visades"})


def _table_model(window: Any) -> tuple[Any, Any]:
    """The main window's list: the table view showing the most rows, and its model."""
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtWidgets import QTableView

    views = [v for v in window.findChildren(QTableView) if v.model() is not None]
    if not views:
        raise RuntimeError("ingen tabell i huvudfönstret")
    view = max(views, key=lambda v: (v.isVisible(), v.model().rowCount()))
    model = view.model()
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    return view, model


def _rows_of(window: Any) -> int | None:
    with contextlib.suppress(RuntimeError):
        return _table_model(window)[1].rowCount()
    return None


def _filter_field(window: Any) -> Any:
    """The filter bar's free-text field: by name, placeholder or accessible name."""
    from PySide6.QtWidgets import QLineEdit

    hints = ("sök", "search", "filter", "fritext", "text")
    fields = [
        e
        for e in window.findChildren(QLineEdit)
        if e.isVisible() and e.isEnabled() and not e.isReadOnly()
    ]

    def score(edit: Any) -> int:
        names = " ".join(
            (edit.objectName(), edit.placeholderText(), edit.accessibleName(), edit.toolTip())
        ).casefold()
        return max((len(hints) - i for i, h in enumerate(hints) if h in names), default=0)

    ranked = sorted(fields, key=score, reverse=True)
    if not ranked or score(ranked[0]) == 0:
        raise RuntimeError("hittar inget sökfält (QLineEdit med 'Sök'/'filter') i huvudfönstret")
    return ranked[0]


def _type_char(widget: Any, char: str) -> None:
    """Press and release the key of one character, as the keyboard would.

    QTest's character helpers only know ASCII; Swedish words need å, ä and ö, whose Qt
    key codes are their upper-case Latin-1 code points.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = ord(char.upper()) if len(char.upper()) == 1 else int(Qt.Key.Key_unknown)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(widget, event)


def _paint_watch(widget: Any) -> Any:
    """An event filter on ``widget``: ``finished`` lists, for each paint of it that has
    completed, the ``perf_counter`` time at which that paint began."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.finished: list[float] = []

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                began = time.perf_counter()
                # The filter sees the event before the widget paints; a zero timer
                # fires only after that paint has returned to the event loop.
                QTimer.singleShot(0, lambda: self.finished.append(began))
            return False

    watch = PaintWatch()
    widget.installEventFilter(watch)
    return watch


def _all_statuses_choice(window: Any) -> tuple[Any, int] | None:
    """The filter bar's status list and the index of its "all statuses" entry."""
    from PySide6.QtWidgets import QComboBox

    for combo in window.findChildren(QComboBox):
        index = combo.findData("all")
        if index < 0:
            index = combo.findText("Alla")
        if index >= 0 and combo.isVisible():
            return combo, index
    return None


def _session(window: Any, words: list[str]) -> dict[str, Any]:
    """Type ``words`` in the filter field, first over the open items (the default view),
    then with the status filter on "all" so that the search covers all 100,000 items."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    view, model = _table_model(window)
    edit = _filter_field(window)
    loaded_rss = _peak_rss_mb()
    rows_start = model.rowCount()
    resets: list[float] = []
    model.modelReset.connect(lambda: resets.append(time.perf_counter()))
    # Timers already running (autosave, clocks) are not the filter's debounce.  Listed
    # once here: searching the widget tree on every keystroke would be timed with it.
    candidates = [t for t in window.findChildren(QTimer) if t.isSingleShot() and not t.isActive()]
    debounce_ms: float | None = None
    skipped = 0
    paints = _paint_watch(view.viewport())

    def change(action: Any) -> tuple[float, int] | None:
        """Do ``action``; the ms until the model has reset and the view repainted."""
        nonlocal debounce_ms, skipped
        before = len(resets)
        start = time.perf_counter()
        action()
        for timer in candidates:
            if timer.isActive():
                debounce_ms = float(timer.interval())
                timer.stop()
                timer.timeout.emit()
        deadline = start + RESET_TIMEOUT_S
        while len(resets) == before and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if len(resets) == before:
            skipped += 1
            return None
        # The user sees the new list once the view has painted it: let Qt run its own
        # (single) paint of the viewport instead of forcing an extra one.
        reset_at = resets[-1]
        while time.perf_counter() < deadline and not any(
            began >= reset_at for began in paints.finished[-3:]
        ):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return (time.perf_counter() - start) * 1000, model.rowCount()

    def type_words() -> dict[str, Any]:
        timings: list[float] = []
        rows: list[int] = []
        detail: list[tuple[str, int, float]] = []

        def keystroke(action: Any) -> None:
            done = change(action)
            if done is not None:
                timings.append(done[0])
                rows.append(done[1])
                detail.append((edit.text(), done[1], round(done[0], 1)))

        edit.setFocus()
        for word in words:
            for char in word:
                keystroke(lambda c=char: _type_char(edit, c))
            # Select all and delete: back to the whole list, the costliest reset.
            keystroke(lambda: (edit.selectAll(), QTest.keyClick(edit, Qt.Key.Key_Backspace)))
        return {
            "keystroke_ms": timings,
            "detail": detail,
            "rows_min": min(rows, default=None),
            "rows_max": max(rows, default=None),
        }

    result: dict[str, Any] = {"open": type_words()}
    choice = _all_statuses_choice(window)
    if choice is not None:
        combo, index = choice
        switched = change(lambda: combo.setCurrentIndex(index))
        if switched is not None:
            profile_to = os.environ.get("BENCH_GUI_PROFILE")
            if profile_to:
                # Finding out where a slow keystroke goes: cProfile over the typing.
                import cProfile

                profiler = cProfile.Profile()
                result["all"] = profiler.runcall(type_words)
                profiler.dump_stats(profile_to)
            else:
                result["all"] = type_words()
            result["all"]["switch_ms"] = switched[0]
            result["all"]["rows_all"] = switched[1]
    result.update(
        debounce_ms=debounce_ms,
        skipped=skipped,
        rows_start=rows_start,
        loaded_rss_mb=loaded_rss,
        peak_rss_mb=_peak_rss_mb(),
    )
    return result


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--child":
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        _child(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.path.insert(0, str(ROOT))
        from bench.database import ensure_database

        path, note = ensure_database(100_000)
        print(f"[database: {note}]", file=sys.stderr)
        for name, value in measure(path, quick="--quick" in sys.argv).items():
            if name != "notes":
                print(f"{name}: {value:.0f}")
