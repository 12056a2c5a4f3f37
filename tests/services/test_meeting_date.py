"""Issue 14, part 6: the meeting date given when importing (review or ``--date``).  The
plan's meeting takes it and due dates written without a year are read against it; a date
with its own year and a due date the secretary edited stay as they were."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.services.helpers import cand, extraction
from tracker.cli.main import main
from tracker.services import balance, importing
from tracker.services.meeting_date import read_meeting_date, resolve_due, set_meeting_date
from tracker.store import Store

D = dt.date

#: Minutes whose date has no year, nor does anything else in them (invented).
YEARLESS = """\
Minnesanteckningar från Förvaltningsgruppen 20 februari

Närvarande: Anna Berg (Arbetsgivaren), Per Ek (Kommunal), Lisa Holm (Vision)

1. Arbetsmiljö på förskolorna
Kommunal tog upp ventilationen på förskolan Solen. Arbetsgivaren återkommer med svar till nästa möte.

2. Lokaler
Arbetsgivaren ska ta fram en tidplan för belysningen senast 15 mars.

3. Budget
Ekonomichefen ska redovisa budgetläget i maj.

4. Nästa möte
Nästa möte är den 16 april.
"""  # noqa: E501 (lines as a secretary writes them)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def yearless(tmp_path: Path) -> Path:
    path = tmp_path / "fvg_februari.txt"
    path.write_text(YEARLESS, "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2025-02-20", D(2025, 2, 20)),
        (" 2025-02-20 ", D(2025, 2, 20)),
        ("20 februari 2025", D(2025, 2, 20)),
        ("20/2 2025", D(2025, 2, 20)),
        ("20 februari", None),  # the year is what was missing
        ("2025-02-30", None),
        ("2025-13-01", None),
        ("0025-02-20", None),
        ("februari 2025", None),  # a month is no meeting date
        ("i morgon", None),
        ("", None),
    ],
)
def test_a_typed_meeting_date_needs_day_and_year(text: str, day: dt.date | None) -> None:
    assert read_meeting_date(text) == day


def test_due_dates_without_a_year_are_read_against_the_given_date(
    store: Store, yearless: Path
) -> None:
    planned = importing.plan_file(store, yearless)
    plan = planned.plan
    assert plan.extraction.meeting.date is None
    before = {e.candidate.due_text: e.candidate.due for e in plan.entries}
    assert before == {"till nästa möte": None, "senast 15 mars": None, "i maj": None}

    changed = set_meeting_date(plan, D(2025, 2, 20), document=planned.document)
    assert len(changed) == 3
    assert plan.extraction.meeting.date == D(2025, 2, 20)
    # The next meeting, written without a year, is dated now too.
    assert plan.extraction.meeting.next_meeting == D(2025, 4, 16)
    dues = {e.candidate.due_text: (e.candidate.due, e.candidate.due_precision)
            for e in plan.entries}  # fmt: skip
    assert dues == {
        "till nästa möte": (D(2025, 4, 16), "day"),
        "senast 15 mars": (D(2025, 3, 15), "day"),
        "i maj": (D(2025, 5, 31), "month"),
    }
    # Saved: the meeting with the given date, the items with their dues.
    result = balance.apply_import(store, plan)
    meeting = store.get_meeting(result.meeting_id)
    assert (meeting.date, meeting.next_meeting) == (D(2025, 2, 20), D(2025, 4, 16))
    assert sorted(store.get_item(i).due for i in result.created) == [
        D(2025, 3, 15), D(2025, 4, 16), D(2025, 5, 31)
    ]  # fmt: skip


def test_own_years_and_edited_dues_stay() -> None:
    own = cand("Rapport", due=D(2024, 6, 1), due_text="senast 2024-06-01", due_precision="day")
    edited = cand("Plan", due=D(2026, 1, 9), due_text="senast 13 maj", due_precision="day")
    loose = cand("Svar", due_text="senast 13 maj")
    late = cand("Lista", due_text="i december")
    plan = balance.ImportPlan(
        extraction("x.txt", [own, edited, loose, late], date=None), "FVG", False, None,
        [balance.PlanEntry(c, "new") for c in (own, edited, loose, late)],
    )  # fmt: skip
    changed = set_meeting_date(plan, D(2024, 11, 5), keep={id(edited)})
    assert changed == [loose, late]
    assert own.due == D(2024, 6, 1)
    assert edited.due == D(2026, 1, 9)
    # "13 maj" at a meeting in November is next May; "i december" this December.
    assert (loose.due, loose.due_precision) == (D(2025, 5, 13), "day")
    assert (late.due, late.due_precision) == (D(2024, 12, 31), "month")


def test_a_due_already_right_is_not_changed() -> None:
    c = cand("Svar", due=D(2025, 5, 13), due_text="senast 13 maj", due_precision="day")
    assert resolve_due(c, D(2025, 2, 20)) is None
    assert resolve_due(c, D(2025, 9, 1)) is not None  # another meeting: next May


def test_cli_date_gives_the_meeting_date(
    db_path: Path, yearless: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "import", "--yes", "--date", "2025-02-20",
                 str(yearless)]) == 0  # fmt: skip
    captured = capsys.readouterr()
    assert "Förvaltningsgruppen 2025-02-20" in captured.out
    assert "senast: 2025-03-15" in captured.out
    assert "mötesdatumet" not in captured.err
    with Store.open(db_path) as store:
        [meeting] = store.list_meetings()
        assert meeting.date == D(2025, 2, 20)


def test_cli_says_when_the_meeting_date_is_unknown(
    db_path: Path, yearless: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "import", "--yes", str(yearless)]) == 0
    err = capsys.readouterr().err
    assert "fvg_februari.txt: mötesdatumet framgår inte av dokumentet" in err
    assert "--date ÅÅÅÅ-MM-DD" in err


def test_cli_refuses_a_bad_date(
    db_path: Path, yearless: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "import", "--yes", "--date", "20 februari", str(yearless)])
    assert exc.value.code == 2
    assert "”20 februari” är inget mötesdatum" in capsys.readouterr().err
