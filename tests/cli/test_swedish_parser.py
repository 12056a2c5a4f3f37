"""The command line's own messages in Swedish, and values that start with "-"
(issue 17, finding 10): a file name after ``--``, an option value with ``=``, and a
Swedish hint instead of argparse's English "usage … error"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.cli.main import main
from tracker.cli.parser import translate
from tracker.services import balance
from tracker.store import Store


def _err(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "usage" not in err and "error:" not in err
    return err


def test_missing_argument_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    err = _err(capsys, ["extract"])
    assert err.startswith("Användning: tracker extract")
    assert "tracker extract: fel: dessa argument saknas: FIL" in err


def test_unknown_command_and_bad_choice(capsys: pytest.CaptureFixture[str]) -> None:
    assert "ogiltigt val 'nope'" in _err(capsys, ["nope"])
    assert "argumentet --sort: ogiltigt val 'bad'" in _err(capsys, ["list", "--sort", "bad"])
    assert "'abc' är inget heltal" in _err(capsys, ["show", "abc"])
    assert "--csv kan inte kombineras med --json" in _err(capsys, ["list", "--json", "--csv"])


def test_help_headings_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Användning: tracker extract")
    assert "Flaggor:" in out and "visa den här hjälpen och avsluta" in out
    assert "usage" not in out and "options:" not in out


def test_file_name_starting_with_dash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    Path("-protokoll.txt").write_text("Protokoll\nFrågan förs till SVG.\n", encoding="utf-8")
    err = _err(capsys, ["extract", "-protokoll.txt"])
    assert "skrivs efter --, t.ex. tracker extract -- -protokoll.txt" in err
    assert main(["extract", "--", "-protokoll.txt"]) == 0
    assert "Dokument: -protokoll.txt" in capsys.readouterr().out


def test_option_value_starting_with_dash(db_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db_path) as store:
        balance.add_item(store, title="Fråga")
    err = _err(capsys, ["--db", str(db_path), "edit", "1", "--title", "-x"])
    assert "argumentet --title behöver ett värde" in err
    assert "--title=-x" in err
    assert main(["--db", str(db_path), "edit", "1", "--title=-x"]) == 0
    assert main(["--db", str(db_path), "edit", "1", "--note", "- punkt ett", "--owner=-HR"]) == 0
    with Store.open(db_path) as store:
        item = store.get_item(1)
    assert (item.title, item.owner) == ("-x", "-HR")


def test_unknown_message_passes_through() -> None:
    assert translate("something new") == "something new"
