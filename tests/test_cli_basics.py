"""The command line's global behaviour: version, help, database path resolution."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tracker import __version__
from tracker.cli.main import main
from tracker.paths import resolve_db_path


def test_version_prints_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"tracker {__version__}"


def test_help_lists_subcommands_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "extract" in out
    assert "databasfil" in out


def test_db_path_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.delenv("TRACKER_DB", raising=False)
    assert resolve_db_path() == tmp_path / "d" / "balanslista.db"
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.db"))
    assert resolve_db_path() == tmp_path / "env.db"
    assert resolve_db_path(str(tmp_path / "cli.db")) == tmp_path / "cli.db"


def test_default_data_dir_is_per_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_DATA_DIR", raising=False)
    monkeypatch.delenv("TRACKER_DB", raising=False)
    path = resolve_db_path()
    assert path.name == "balanslista.db"
    assert "Balanslistan" in str(path)


def test_console_script_runs_as_module() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tracker", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0
    assert __version__ in proc.stdout
