"""Every kind of unreadable input: a clear Swedish message, exit code 2 on the command
line, no traceback, nothing written."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.render import (
    make_bad_zip_docx,
    make_binary_txt,
    make_encrypted_pdf,
    make_random_bytes,
    make_scanned_pdf,
    make_truncated_pdf,
    make_zip_not_docx,
)
from tracker.cli.main import main
from tracker.errors import InputError
from tracker.ingest import MAX_FILE_BYTES, read_document


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _pdf_header_then_junk(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return path


def _oversize(path: Path) -> Path:
    with path.open("wb") as fh:  # sparse: no 100 MB written to disk
        fh.truncate(MAX_FILE_BYTES + 1)
    return path


def _utf16(path: Path) -> Path:
    path.write_bytes("Protokoll\n".encode("utf-16"))
    return path


def _xlsx_named_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return path


def _encrypted_docx(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    return path


def _images_docx_empty(path: Path) -> Path:
    import docx

    docx.Document().save(str(path))
    return path


CASES: list[tuple[str, str, Callable[[Path], Path], tuple[str, ...]]] = [
    ("empty-pdf", "tom.pdf", _empty, ("är tom",)),
    ("empty-txt", "tom.txt", _empty, ("är tom",)),
    ("random-bytes-pdf", "slump.pdf", make_random_bytes, ("ingen PDF-fil",)),
    ("corrupt-pdf", "trasig.pdf", _pdf_header_then_junk, ("skadad",)),
    ("truncated-pdf", "avklippt.pdf", make_truncated_pdf, ("ofullständig", "avklippt")),
    ("encrypted-pdf", "hemlig.pdf", make_encrypted_pdf, ("lösenordsskyddad", "utan lösenord")),
    ("scanned-pdf", "skannad.pdf", make_scanned_pdf, ("skannad", "textigenkänning", "OCR")),
    ("random-bytes-docx", "slump.docx", make_random_bytes, ("inget giltigt Word-dokument",)),
    ("bad-zip-docx", "trasig.docx", make_bad_zip_docx, ("inget giltigt Word-dokument",)),
    ("zip-not-docx", "arkiv.docx", make_zip_not_docx, ("inget Word-innehåll",)),
    ("xlsx-named-docx", "tabell.docx", _xlsx_named_docx, ("Excel",)),
    ("encrypted-docx", "hemlig.docx", _encrypted_docx, ("lösenordsskyddat",)),
    ("empty-docx", "tomt.docx", _images_docx_empty, ("ingen text",)),
    ("binary-txt", "skrap.txt", make_binary_txt, ("binära data",)),
    ("utf16-txt", "utf16.txt", _utf16, ("UTF-16",)),
    ("oversize", "stor.pdf", _oversize, ("för stor", "100 MB")),
]


@pytest.mark.parametrize(
    ("name", "maker", "phrases"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    maker: Callable[[Path], Path],
    phrases: tuple[str, ...],
) -> None:
    # Scans are read by OCR where Tesseract is installed; here it is turned off to see
    # the message a workstation without it gives (tests/ingest/test_ocr.py reads them).
    monkeypatch.setenv("TRACKER_OCR", "0")
    path = maker(tmp_path / name)
    with pytest.raises(InputError) as exc:
        read_document(path)
    message = exc.value.message
    for phrase in phrases:
        assert phrase in message, message
    assert name in message  # the user sees which file


@pytest.mark.parametrize(
    ("name", "maker", "phrases"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_cli_exit_2_one_message_nothing_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    maker: Callable[[Path], Path],
    phrases: tuple[str, ...],
) -> None:
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("TRACKER_OCR", "0")
    path = maker(tmp_path / name)
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main(["--db", str(tmp_path / "db.sqlite"), "extract", str(path), "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.startswith("Fel: ") and err.count("\n") == 1
    assert phrases[0] in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("case", ["missing", "folder"])
def test_missing_file_and_folder(tmp_path: Path, case: str) -> None:
    path = tmp_path / ("saknas.pdf" if case == "missing" else "mapp")
    if case == "folder":
        path.mkdir()
    with pytest.raises(InputError, match="finns inte" if case == "missing" else "mapp"):
        read_document(path)


def test_cli_subprocess_has_no_traceback(tmp_path: Path) -> None:
    path = make_encrypted_pdf(tmp_path / "hemlig.pdf")
    proc = subprocess.run(
        [sys.executable, "-m", "tracker", "extract", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"TRACKER_DATA_DIR": str(tmp_path / "u"), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "lösenordsskyddad" in proc.stderr
