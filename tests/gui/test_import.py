"""Import from the window: a PDF read and extracted in the worker thread, reviewed in
the dialog, saved in one transaction; broken files reported in one dialog with nothing
written; already imported files; drag and drop; the review dialog's edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QPushButton

from tests.conftest import MINUTES_SAMPLE
from tests.gui.conftest import Boxes, add
from tests.render import make_random_bytes, make_truncated_pdf, render_pdf, sample_blocks
from tracker.domain import Candidate, DocumentInfo, Extraction, Meeting
from tracker.gui import review as review_module
from tracker.gui.review import ReviewDialog
from tracker.gui.review_rows import COL_CONF, COL_DUE, COL_TITLE, COL_USE
from tracker.services import balance
from tracker.store import ItemFilter, Store


@pytest.fixture(scope="module")
def minutes_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "fvg_2024-03-12.pdf"
    render_pdf(
        sample_blocks(MINUTES_SAMPLE.read_text("utf-8")), path,
        header="Hägersten-Älvsjö", footer="Sida {page} av {pages}",
    )  # fmt: skip
    return path


class Reviews:
    """Stands in for the user in the review dialog."""

    def __init__(self) -> None:
        self.seen: list[ReviewDialog] = []
        self.edit = None  # callable(dialog) before accepting
        self.accept = True

    def __call__(self, dialog: ReviewDialog) -> int:
        self.seen.append(dialog)
        if self.edit:
            self.edit(dialog)
        if self.accept:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()


@pytest.fixture
def reviews(monkeypatch: pytest.MonkeyPatch) -> Reviews:
    r = Reviews()
    monkeypatch.setattr(review_module.ReviewDialog, "exec", lambda dialog: r(dialog))
    return r


def wait_import(qtbot, window) -> None:
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        pass


def all_items(store: Store):
    return store.list_items(ItemFilter(status=None))


def test_import_pdf_review_accept(
    qtbot, store: Store, window, minutes_pdf: Path, reviews: Reviews, boxes: Boxes
) -> None:
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        assert window.import_files([minutes_pdf])
    dialog = reviews.seen[0]
    assert dialog.body.text() == "Förvaltningsgruppen"
    rows_shown = dialog.table.rowCount()
    checked = [r for r in range(rows_shown)
               if dialog.table.item(r, COL_USE).checkState() == Qt.CheckState.Checked]
    n = len(checked)
    assert n >= 3
    # Every candidate starts as a new item, with its evidence and confidence shown.
    assert {dialog.action_boxes[r].currentData() for r in range(rows_shown)} == {"new"}
    assert dialog.table.item(0, 5).text().endswith("%")
    dialog.table.selectRow(0)
    assert "”" in dialog.evidence.toPlainText()
    # … and the rule that made it.
    assert "Varför: regel phrases.toml #" in dialog.evidence.toPlainText()
    # The possible items come after the confident ones, unchecked, marked and explained.
    possible = [r for r in range(rows_shown) if r not in checked]
    assert possible and min(possible) > max(checked)
    assert all(dialog.table.item(r, 5).text() == "möjlig" for r in possible)
    dialog.table.selectRow(possible[0])
    assert "lexikon: ska" in dialog.evidence.toPlainText()
    # One key decides: Space checks the selected possible item, again unchecks it.
    use = dialog.table.item(possible[0], COL_USE)
    dialog.table.setCurrentCell(possible[0], COL_TITLE)  # the key works from any column
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert use.checkState() == Qt.CheckState.Checked
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert use.checkState() == Qt.CheckState.Unchecked
    assert not boxes.shown
    qtbot.waitUntil(lambda: window.model.rowCount() == n, timeout=2000)
    rows = all_items(store)
    assert {r.body for r in rows} == {"Förvaltningsgruppen"}
    assert all(r.document_file == minutes_pdf.name and r.evidence for r in rows)
    assert len(store.list_documents()) == 1
    assert store.list_meetings("Förvaltningsgruppen")[0].date.isoformat() == "2024-03-12"
    assert "Importerat: " in window.statusBar().currentMessage()

    # The same file again: a note, nothing written, no review.
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_files([minutes_pdf])
    assert len(reviews.seen) == 1
    assert "redan importerats" in boxes.texts("information")[0]
    assert len(all_items(store)) == n


def test_review_edits_are_saved(
    qtbot, store: Store, window, minutes_pdf: Path, reviews: Reviews
) -> None:
    def edit(dialog: ReviewDialog) -> None:
        dialog.table.item(0, COL_TITLE).setText("Enhetssamverkan på familjerätten")
        dialog.table.item(0, COL_DUE).setText("2024-06-30")
        dialog.table.item(1, COL_USE).setCheckState(Qt.CheckState.Unchecked)

    reviews.edit = edit
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_files([minutes_pdf])
    table = reviews.seen[0].table
    n = sum(table.item(r, COL_USE).checkState() == Qt.CheckState.Checked
            for r in range(table.rowCount()))
    rows = all_items(store)
    assert len(rows) == n
    edited = [r for r in rows if r.title == "Enhetssamverkan på familjerätten"]
    assert len(edited) == 1 and edited[0].due.isoformat() == "2024-06-30"


def test_cancelled_review_writes_nothing(
    qtbot, store: Store, window, minutes_pdf: Path, reviews: Reviews
) -> None:
    reviews.accept = False
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_files([minutes_pdf])
    assert reviews.seen and all_items(store) == [] and store.list_documents() == []


@pytest.mark.parametrize(
    "make",
    [
        lambda d: make_truncated_pdf(d / "avklippt.pdf"),
        lambda d: make_random_bytes(d / "skräp.pdf"),
        lambda d: make_random_bytes(d / "skräp.docx"),
    ],
    ids=["truncated-pdf", "random-pdf", "random-docx"],
)
def test_corrupt_file_shows_error_and_writes_nothing(
    qtbot, tmp_path: Path, store: Store, window, reviews: Reviews, boxes: Boxes, make
) -> None:
    bad = make(tmp_path)
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_files([bad])
    errors = boxes.texts("critical")
    assert len(errors) == 1 and bad.name in errors[0]
    assert "Inget sparades" in errors[0]
    assert "Traceback" not in errors[0]
    assert not reviews.seen
    assert all_items(store) == [] and store.list_documents() == [] and store.list_meetings() == []


def test_one_bad_file_does_not_stop_the_others(
    qtbot, tmp_path: Path, store: Store, window, minutes_pdf: Path, reviews: Reviews, boxes: Boxes
) -> None:
    bad = make_random_bytes(tmp_path / "trasig.pdf")
    other = tmp_path / "anteckningar.odt"
    other.write_text("inte ett stöttat format", "utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_files([bad, minutes_pdf, other])
    errors = boxes.texts("critical")
    assert len(errors) == 1
    assert "trasig.pdf" in errors[0] and "anteckningar.odt" in errors[0]
    assert "importerades" in errors[0]
    assert len(store.list_documents()) == 1 and all_items(store)


def test_drop_starts_import(
    qtbot, store: Store, window, minutes_pdf: Path, reviews: Reviews
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(minutes_pdf))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.dropEvent(event)
    assert reviews.seen and window.model.rowCount() > 0


def _extraction(*cands: Candidate) -> Extraction:
    return Extraction(
        document=DocumentInfo(
            file="fvg.txt", sha256="ab" * 32, format="txt", pages=1, kind="minutes"
        ),
        meeting=Meeting(body="Förvaltningsgruppen"),
        items=list(cands),
    )


def test_review_dialog_offers_match_and_new(qtbot, store: Store) -> None:
    old = add(store, "Skyddsronder på förskolorna", body="Förvaltningsgruppen", owner="Kommunal")
    plan = balance.plan_import(store, _extraction(
        Candidate(title="Skyddsronder på förskolorna", text="Skyddsronder på förskolorna "
                  "lämnas som kvarstående.", kind="carried_over", owner="Kommunal"),
        Candidate(title="Helt ny fråga om parkering", text="Ny fråga.", kind="carried_over"),
    ))  # fmt: skip
    dialog = ReviewDialog(store, plan, Path("fvg.txt"))
    qtbot.addWidget(dialog)
    combo = dialog.action_boxes[0]
    assert combo.currentData() == f"update:{old}"
    assert f"Uppdaterar #{old}" in combo.currentText()
    assert dialog.action_boxes[1].currentData() == "new"
    assert "1 nya, 1 uppdaterade" in dialog.counts.text()
    combo.setCurrentIndex(combo.findData("new"))
    dialog.accept()
    assert dialog.result() == ReviewDialog.DialogCode.Accepted
    assert [e.action for e in plan.entries] == ["new", "new"]
    result = balance.apply_import(store, plan)
    assert len(result.created) == 2 and result.updated == []


def test_review_dialog_refuses_bad_date(qtbot, store: Store, boxes: Boxes) -> None:
    plan = balance.plan_import(store, _extraction(
        Candidate(title="Fråga", text="Fråga.", kind="carried_over")))  # fmt: skip
    dialog = ReviewDialog(store, plan, Path("fvg.txt"))
    qtbot.addWidget(dialog)
    dialog.table.item(0, COL_DUE).setText("snart")
    dialog.accept()
    assert dialog.result() != ReviewDialog.DialogCode.Accepted
    assert "”snart”" in boxes.texts("critical")[0]
    dialog.table.item(0, COL_DUE).setText("2024-04-30")
    dialog.accept()
    assert dialog.result() == ReviewDialog.DialogCode.Accepted
    assert plan.entries[0].candidate.due.isoformat() == "2024-04-30"


def test_cancel_in_progress_dialog_saves_nothing(
    qtbot, store: Store, window, minutes_pdf: Path, reviews: Reviews, boxes: Boxes
) -> None:
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as done:
        assert window.import_files([minutes_pdf, minutes_pdf])
        window.importer.progress.findChild(QPushButton).click()  # the dialog's Avbryt
    assert done.args[0].cancelled
    assert not reviews.seen and not boxes.shown
    assert all_items(store) == [] and store.list_documents() == []
    assert "avbröts" in window.statusBar().currentMessage()
    # The next import runs normally.
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        assert window.import_files([minutes_pdf])
    assert reviews.seen and all_items(store)


def test_review_dialog_says_which_pages_were_read_by_ocr(qtbot, store: Store) -> None:
    extraction = _extraction(
        Candidate(title="Skannad fråga", text="Skannad fråga.", kind="carried_over", page=2,
                  confidence=0.6, reasons=["OCR: sidan 2 lästes med textigenkänning"]),
        Candidate(title="Skriven fråga", text="Skriven fråga.", kind="carried_over", page=1),
    )
    extraction.document.ocr_pages = [2]
    plan = balance.plan_import(store, extraction)
    dialog = ReviewDialog(store, plan, Path("fvg.pdf"))
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any("Sidorna 2 var skannade och lästes med textigenkänning (OCR)" in t for t in labels)
    conf = dialog.table.item(0, COL_CONF)
    assert conf.text() == "60 % OCR" and "lästes med textigenkänning" in conf.toolTip()
    assert "OCR" not in dialog.table.item(1, COL_CONF).text()
    dialog.table.selectRow(0)
    assert dialog.evidence.toPlainText().startswith("Sidan lästes med OCR")
    dialog.table.selectRow(1)
    assert "OCR" not in dialog.evidence.toPlainText()


def test_progress_bar_follows_the_ocr_pages_then_the_files(qtbot, window) -> None:
    from PySide6.QtWidgets import QProgressDialog

    importer = window.importer
    importer.progress = QProgressDialog("", "Avbryt", 0, 3, window)
    qtbot.addWidget(importer.progress)
    importer._on_ocr_progress("skannad.pdf", 2, 10)
    bar = importer.progress
    assert (bar.minimum(), bar.maximum(), bar.value()) == (0, 10, 2)
    assert bar.labelText() == "Textigenkänning (OCR) av skannad.pdf: sida 3 av 10…"
    importer._on_progress(1, "nästa.pdf")
    assert bar.value() == 1 and "nästa.pdf" in bar.labelText()
    importer.progress = None


def test_the_database_itself_is_not_imported(
    qtbot, store: Store, window, reviews: Reviews, boxes: Boxes
) -> None:
    """Dropping the database file on the window is refused like the CLI refuses it:
    reading it outside SQLite would drop the window's locks on it (issue 17)."""
    disguised = store.path.with_name("balanslista.txt")  # a name the window accepts
    disguised.symlink_to(store.path)
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_files([disguised])
    errors = boxes.texts("critical")
    assert len(errors) == 1 and "själva databasen" in errors[0]
    assert not reviews.seen
