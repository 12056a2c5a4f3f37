"""Bounded input (issue 17, findings 6 and 10): a .docx that unpacks to far more than
it weighs on disk is refused before python-docx parses it, and an overlong line or
PDF page does not make reading slow or memory-hungry."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from tests.render import render_docx
from tracker.cli.main import main
from tracker.errors import InputError
from tracker.ingest import docx_reader, read_document


def _bomb(tmp_path: Path, filler_bytes: int, name: str = "bomb.docx") -> Path:
    """A real .docx whose document.xml carries ``filler_bytes`` of whitespace inside
    the body (valid XML: python-docx would parse it all)."""
    good = render_docx(["# Protokoll", "Vanlig text."], tmp_path / "good.docx")
    out = tmp_path / name
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                head, sep, tail = data.partition(b"<w:body>")
                with dst.open("word/document.xml", "w", force_zip64=True) as fh:
                    fh.write(head + sep)
                    chunk = b" " * (1 << 20)
                    for _ in range(filler_bytes // len(chunk)):
                        fh.write(chunk)
                    fh.write(tail)
            else:
                dst.writestr(info, data)
    return out


def test_docx_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    # 80 MB of whitespace packs to well under 1 MB: a ratio far above any Word file.
    path = _bomb(tmp_path, 80 * 1024 * 1024)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError) as err:
        read_document(path)
    assert "packas upp" in err.value.message
    assert err.value.exit_code == 2


def test_docx_bomb_cli_exit_2_swedish_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bomb(tmp_path, 80 * 1024 * 1024)
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Word-dokumentet bomb.docx kan inte läsas" in err
    assert "Traceback" not in err


def test_docx_total_unpacked_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _bomb(tmp_path, 3 * 1024 * 1024)
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(docx_reader, "MAX_RATIO", 10**9)
    with pytest.raises(InputError, match="mer än 2 MB"):
        read_document(path)


def test_docx_lying_header_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The zip directory may understate a part's size; the part is then read with a
    cap and the file refused, not trusted."""
    path = _bomb(tmp_path, 3 * 1024 * 1024)
    data = bytearray(path.read_bytes())
    # Rewrite the uncompressed size of word/document.xml in the central directory
    # (and in the zip64 extra field) to 1000 bytes.
    name = b"word/document.xml"
    cd = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    assert cd >= 0 and data[cd + 46 : cd + 46 + len(name)] == name
    struct.pack_into("<I", data, cd + 24, 1000)
    extra_at = cd + 46 + len(name)
    extra_len = struct.unpack_from("<H", data, cd + 30)[0]
    pos = extra_at
    while pos < extra_at + extra_len:
        tag, size = struct.unpack_from("<HH", data, pos)
        if tag == 1:  # zip64: the first 8 bytes are the uncompressed size
            struct.pack_into("<Q", data, pos + 4, 1000)
        pos += 4 + size
    path.write_bytes(bytes(data))
    monkeypatch.setattr(docx_reader, "MAX_RATIO", 10**9)
    with pytest.raises(InputError):
        read_document(path)


def test_ordinary_docx_still_reads(tmp_path: Path) -> None:
    path = render_docx(["# Protokoll", "Frågan förs till SVG."], tmp_path / "ok.docx")
    doc = read_document(path)
    assert [ln.text for ln in doc.lines] == ["Protokoll", "Frågan förs till SVG."]
