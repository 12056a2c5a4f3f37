"""Every user-visible text of the desktop program is translatable and translated:
lupdate over *all* of ``tracker/gui`` finds nothing the English .ts lacks, every text is
marked in a form lupdate can see, and no Swedish text is left unmarked."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tracker.gui.i18n import program_qm

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "tracker" / "gui"
GUI_MODULES = sorted(GUI.glob("*.py"))

#: Calls lupdate reads: ``self.tr("…")``/``x.tr``, ``QCoreApplication.translate(ctx, "…")``
#: and the no-op markers.
_LUPDATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
#: Swedish text that is not shown in the window: log lines (for support, in the log
#: file) and the launcher's command-line help, which is Swedish like the CLI's.
_LOGGERS = {"log", "logger", "logging"}
_LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical"}


def _not_ui(call: ast.Call) -> bool:
    f = call.func
    if not isinstance(f, ast.Attribute):
        return False
    if f.attr == "add_argument":
        return True
    return f.attr in _LOG_CALLS and isinstance(f.value, ast.Name) and f.value.id in _LOGGERS


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_tr", REPO / "scripts/build_translations.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def _name(call: ast.Call) -> str | None:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)


def _docstrings(tree: ast.Module) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def _strings_inside(calls: list[ast.Call]) -> set[int]:
    return {
        id(sub)
        for call in calls
        for sub in ast.walk(call)
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str)
    }


def test_translation_script_collects_every_gui_module() -> None:
    assert _build_script().SOURCES == GUI_MODULES


def test_every_text_of_the_program_is_translated(tmp_path: Path) -> None:
    """lupdate over all GUI modules finds no text without a finished English translation."""
    build = _build_script()
    ts = tmp_path / "balanslistan_en.ts"
    ts.write_bytes((REPO / "resources/translations/balanslistan_en.ts").read_bytes())
    subprocess.run(
        [build._tool("lupdate"), *map(str, GUI_MODULES), "-locations", "none", "-silent",
         "-ts", str(ts)],
        check=True,
    )  # fmt: skip
    assert build.unfinished(ts) == []


def test_texts_are_marked_so_that_lupdate_sees_them() -> None:
    """A literal text given to a home-made wrapper (``_tr("Skriv ut")``) or a ``tr`` call
    inside an f-string is invisible to lupdate, so it would never be translated."""
    hidden = []
    for path in GUI_MODULES:
        tree = ast.parse(path.read_text("utf-8"))
        # lupdate does not look inside f-strings either.
        for fstring in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for call in (n for n in ast.walk(fstring) if isinstance(n, ast.Call)):
                if _name(call) in _LUPDATE_CALLS:
                    hidden.append(f"{path.name}:{call.lineno}: {_name(call)}(…) in an f-string")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node) or ""
            literal = any(isinstance(a, ast.Constant) and isinstance(a.value, str)
                          for a in node.args)  # fmt: skip
            wrapper = name.lstrip("_") in ("tr", "translate") or name.endswith("_tr")
            if literal and wrapper and name not in _LUPDATE_CALLS:
                hidden.append(f"{path.name}:{node.lineno}: {name}(…)")
    assert hidden == []


def test_no_swedish_text_is_left_unmarked() -> None:
    """String literals with å, ä or ö in the GUI are translatable texts, docstrings, or
    not shown in the window (log lines, command-line help)."""
    unmarked = []
    for path in GUI_MODULES:
        tree = ast.parse(path.read_text("utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        allowed = _docstrings(tree) | _strings_inside(
            [c for c in calls if _name(c) in _LUPDATE_CALLS or _not_ui(c)]
        )
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and any(ch in node.value for ch in "åäöÅÄÖ")
                and id(node) not in allowed
            ):
                unmarked.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
    assert unmarked == []


@pytest.fixture
def english() -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(program_qm("en")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_source_meeting_and_file_names_in_english(qtbot, english, store) -> None:
    from tracker.gui.agenda_dialog import AgendaDialog
    from tracker.gui.meeting import MeetingWindow
    from tracker.gui.model import COL_SOURCE, ItemTableModel
    from tracker.services import meetings
    from tracker.store import ItemFilter

    doc = store.insert_document(file_name="fvg.pdf", sha256="b" * 64)
    store.insert_item({"title": "Lokalfrågan", "document_id": doc, "page": 3, "line": 12,
                       "body": "FVG"})  # fmt: skip
    model = ItemTableModel(store)
    model.set_filter(ItemFilter())
    assert model.data(model.index(0, COL_SOURCE)) == "fvg.pdf p. 3 line 12"

    mode = MeetingWindow(store, meetings.ensure_meeting(store, None, None))
    qtbot.addWidget(mode)
    assert mode.header.text() == "Unknown forum unknown date"

    dialog = AgendaDialog(store)
    qtbot.addWidget(dialog)
    dialog.body_combo.setEditText("FVG")
    assert dialog._default_name("pdf") == f"Agenda FVG {dialog.meeting_date().isoformat()}.pdf"


def test_a_moved_text_keeps_its_translation(tmp_path: Path) -> None:
    """Code moved to another class gives its texts a new context: ``--update`` carries
    their translations over from the context they left."""
    build = _build_script()
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">'

    def ts(body: str) -> str:
        return f"{head}{body}</TS>\n"

    old = tmp_path / "old.ts"
    old.write_text(ts(
        "<context><name>Window</name><message><source>Spara</source>"
        "<translation>Save</translation></message></context>"
        "<context><name>Other</name><message><source>Spara</source>"
        "<translation>Keep</translation></message></context>"
    ), encoding="utf-8")  # fmt: skip
    new = tmp_path / "new.ts"
    new.write_text(ts(
        "<context><name>Other</name><message><source>Spara</source>"
        "<translation>Keep</translation></message></context>"
        "<context><name>WindowMenus</name><message><source>Spara</source>"
        '<translation type="unfinished"></translation></message></context>'
    ), encoding="utf-8")  # fmt: skip
    assert build._carry_over(new, build._finished(old)) == 1
    assert build.unfinished(new) == []
    # The translation of the context the text left ("Window"), not another's.
    assert "<translation>Save</translation>" in new.read_text(encoding="utf-8")
