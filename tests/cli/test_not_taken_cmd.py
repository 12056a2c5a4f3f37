"""The command line says where a candidate an earlier import did not take comes from,
when a later document takes it up (``--yes``) or offers it for an unsure link."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.not_taken_minutes import CLOSED, FIRST
from tracker.cli import items_cmd
from tracker.cli.main import main
from tracker.services import balance
from tracker.store import ItemFilter, Store

from ..services.helpers import cand


def test_import_yes_takes_up_an_untaken_candidate_and_says_so(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "fvg_1.txt", tmp_path / "fvg_2.txt"
    first.write_text(FIRST, "utf-8")
    second.write_text(CLOSED, "utf-8")
    assert main(["--db", str(db_path), "import", "--yes", str(first)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", "--yes", str(second)]) == 0
    out = capsys.readouterr().out
    assert "[tar upp och stänger ej tagen punkt från 2024-03-01 (Tekniska förvaltningen" in out
    assert "1 av dem togs upp från tidigare ej tagna" in out
    with Store.open(db_path) as store:
        done = store.list_items(ItemFilter(status="done"))
        assert [it.title for it in done] == ["Tekniska förvaltningen ombeds svara efter sommaren"]


def test_offered_candidates_name_their_origin() -> None:
    entry = balance.PlanEntry(
        candidate=cand("Cykelparkeringen: klart.", kind="closing", status="done"),
        action="close", unsure=True, accepted=False,
        options=[(-7, "Tekniska förvaltningen ombeds svara", 70.0, "ord: cykelparkering"),
                 (12, "Cykelställ vid skolan", 64.0, "ord: cykel")],
        offered_on={-7: "2024-03-01"},
    )  # fmt: skip
    lines = items_cmd._option_lines(entry)
    assert lines[0].strip().startswith("1) ej tagen punkt från 2024-03-01: Tekniska")
    assert lines[1].strip().startswith("2) punkt 12: Cykelställ vid skolan")
