"""Safe output (issue 17, findings 7–9): one formula guard for every CSV writer, due
dates bounded to 1900–2200 where they enter, an ICS export that cannot crash or leave
a temporary file, exports that follow links and refuse devices, and files readable by
colleagues (the user's umask, not 0600; the database's own mode is the store's
business and not tested here)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.cli.main import main
from tracker.domain import Candidate
from tracker.errors import TrackerError
from tracker.language.dates import find_periods
from tracker.services import balance
from tracker.services.export import export_csv, export_ics, export_xlsx
from tracker.services.outfile import formula_safe, looks_like_formula
from tracker.store import ItemFilter, ItemRow, Store

from .helpers import extraction

D = dt.date

TITLES = ['=HYPERLINK("http://x","klicka")', "+46 70 123", "@SUM(A1)", "-2+3",
          "-cmd|' /C calc'!A0", "- punkt om skolan", "Vanlig rubrik"]


@pytest.fixture
def rows(db_path: Path) -> list[ItemRow]:
    with Store.open(db_path) as store:
        for title in TITLES:
            balance.add_item(store, title=title, due=D(2024, 5, 1))
        return store.list_items(ItemFilter(status=None, sort="id"))


# --- 7: formulas in CSV ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "formula"),
    [("=1+1", True), ("+1", True), ("@SUM(A1)", True), ("\tx", True), ("\r=1", True),
     ("-2+3", True), ("-1", True), ("-A1", True), ("- $B$2", True), ("-(1)", True),
     ("-x+SUM(A1:A3)", True), ("-cmd|' /C calc'!A0", True), ("-- 2", True),
     ("- punkt", False), ("-x", False), ("- Möte (FVG) i maj", False), ("- Viktigt!", False),
     ("– tankstreck", False), ("-", False), ("", False), ("Punkt = 2", False)],
)
def test_formula_guard(text: str, formula: bool) -> None:
    assert looks_like_formula(text) is formula
    assert formula_safe(text) == ("'" + text if formula else text)


def _guarded(title: str) -> str:
    return title if title in ("- punkt om skolan", "Vanlig rubrik") else "'" + title


def test_list_csv_guards_formulas(db_path: Path, rows: list[ItemRow],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "list", "--csv", "--sort", "id"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert [r[1] for r in table[1:]] == [_guarded(t) for t in TITLES]


def test_export_csv_guards_formulas_keeps_dash_text(rows: list[ItemRow], tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    export_csv(rows, path)
    table = list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    assert [r[1] for r in table[1:]] == [_guarded(t) for t in TITLES]


def test_xlsx_formula_text_stays_text(rows: list[ItemRow], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "lista.xlsx"
    export_xlsx(rows, path)
    ws = load_workbook(path).active
    cells = [ws.cell(row=i, column=2) for i in range(2, 2 + len(TITLES))]
    assert [c.value for c in cells] == TITLES  # the text as written, no apostrophe
    assert all(c.data_type == "s" for c in cells)
    assert [bool(c.quotePrefix) for c in cells] == [looks_like_formula(t) for t in TITLES]


# --- 8: due dates out of range ---------------------------------------------------------


def test_ics_far_future_due_no_crash_no_temp_file(rows: list[ItemRow], tmp_path: Path) -> None:
    far = [dataclasses.replace(rows[0], due=D(9999, 12, 31)),
           dataclasses.replace(rows[1], due=D(1, 1, 1)), rows[2]]
    path = tmp_path / "lista.ics"
    assert export_ics(far, path) == 1  # only the item with a real date
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".lista.ics")]
    # XLSX writes such a date as text instead of failing.
    export_xlsx(far, tmp_path / "lista.xlsx")


def test_failed_export_leaves_no_temp_file_and_keeps_the_old_file(
    rows: list[ItemRow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from icalendar import Calendar

    path = tmp_path / "lista.ics"
    path.write_text("förra exporten")

    def boom(self: Calendar) -> bytes:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(Calendar, "to_ical", boom)
    with pytest.raises(OverflowError):
        export_ics(rows, path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert path.read_text() == "förra exporten"


def test_cli_edit_refuses_due_outside_1900_2200(
    db_path: Path, rows: list[ItemRow], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "edit", "1", "--due", "9999-12-31"]) == 1
    err = capsys.readouterr().err
    assert "utanför det tillåtna spannet 1900–2200" in err
    assert main(["--db", str(db_path), "edit", "1", "--due", "2200-12-31"]) == 0
    with Store.open(db_path) as store:
        assert store.get_item(1).due == D(2200, 12, 31)


def test_extraction_ignores_dates_outside_the_span() -> None:
    assert [p.text for p in find_periods("Klart senast 9999-12-31.")] == []
    assert [p.end for p in find_periods("senast 0224-05-14 eller 2024-05-14")] == [
        D(2024, 5, 14)
    ]


def test_import_does_not_save_a_due_date_outside_the_span(db_path: Path) -> None:
    cand = Candidate(title="Utred lokalfrågan", text="Utred lokalfrågan senast 9999-12-31.",
                     kind="assignment", status="open", due=D(9999, 12, 31),
                     due_text="senast 9999-12-31", due_precision="day")
    with Store.open(db_path) as store:
        plan = balance.plan_import(store, extraction("fvg_2024-03-12.txt", [cand]))
        balance.apply_import(store, plan)
        (item,) = store.list_items(ItemFilter(status=None))
    assert item.due is None and item.due_text == "senast 9999-12-31"


# --- 9: links, devices, permissions -------------------------------------------------------


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_exports_are_created_with_the_umask(
    rows: list[ItemRow], tmp_path: Path, umask_022: None
) -> None:
    for name, fn in (("a.csv", export_csv), ("a.xlsx", export_xlsx), ("a.ics", export_ics)):
        fn(rows, tmp_path / name)
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_agenda_and_printout_are_created_with_the_umask(
    tmp_path: Path, umask_022: None
) -> None:
    from tests.agenda.fixtures import BODY, NEXT_DATE, fvg_store
    from tracker.services.agenda import build_agenda, render_agenda_docx, render_agenda_pdf
    from tracker.services.print_list import print_list_pdf

    store, _meeting = fvg_store(tmp_path / "fvg.db")
    with store:
        agenda = build_agenda(store, BODY, NEXT_DATE)
        render_agenda_pdf(agenda, tmp_path / "dagordning.pdf")
        render_agenda_docx(agenda, tmp_path / "dagordning.docx")
        print_list_pdf(store.list_items(ItemFilter()), tmp_path / "lista.pdf", title="Lista")
    for name in ("dagordning.pdf", "dagordning.docx", "lista.pdf"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_export_writes_through_a_symlink(rows: list[ItemRow], tmp_path: Path) -> None:
    shared = tmp_path / "gemensam"
    shared.mkdir()
    target = shared / "lista.csv"
    target.write_text("gammal")
    link = tmp_path / "lista.csv"
    link.symlink_to(target)
    export_csv(rows, link)
    assert link.is_symlink() and link.resolve() == target
    assert "Vanlig rubrik" in target.read_text("utf-8-sig")
    assert sorted(p.name for p in shared.iterdir()) == ["lista.csv"]
    # A link to a file that does not exist yet: the file is created where it points.
    dangling = tmp_path / "ny.xlsx"
    dangling.symlink_to(shared / "ny.xlsx")
    export_xlsx(rows, dangling)
    assert dangling.is_symlink() and (shared / "ny.xlsx").stat().st_size > 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_export_refuses_a_fifo_or_device(
    db_path: Path, rows: list[ItemRow], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "rör.csv"
    os.mkfifo(fifo)
    with pytest.raises(TrackerError, match="ingen vanlig fil"):
        export_csv(rows, fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    link = tmp_path / "null.ics"
    link.symlink_to(fifo)
    assert main(["--db", str(db_path), "export", "--out", str(link), "--format", "ics"]) == 1
    assert "ingen vanlig fil" in capsys.readouterr().err
    assert stat.S_ISFIFO(fifo.stat().st_mode) and link.is_symlink()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="making a device node needs root")
def test_export_as_root_keeps_a_device_node(rows: list[ItemRow], tmp_path: Path) -> None:
    """``--out /dev/full`` as root replaced the device node.  A copy of /dev/full's
    node in the test folder stands in for it (the real one is never risked)."""
    node = tmp_path / "full"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    with pytest.raises(TrackerError, match="ingen vanlig fil"):
        export_csv(rows, node)
    assert stat.S_ISCHR(node.stat().st_mode) and node.stat().st_rdev == os.makedev(1, 7)
