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


# --- finding 10: one line of a megabyte ---------------------------------------------


def test_overlong_line_is_split_at_sentences_keeping_every_word() -> None:
    from tracker.domain import Line
    from tracker.ingest.cleanup import MAX_LINE_CHARS, split_long_lines

    sentence = "Förvaltningen återkommer med svar senast 2024-05-14."
    text = " ".join([sentence] * 30_000)  # about 1.5 MB on one line
    out = split_long_lines([Line(text=text, page=1, line=7)])
    assert len(out) > 1
    assert all(len(ln.text) <= MAX_LINE_CHARS for ln in out)
    assert all(ln.text.endswith(".") for ln in out)  # cut at sentence ends
    assert all((ln.page, ln.line) == (1, 7) for ln in out)
    assert " ".join(ln.text for ln in out) == text


def test_overlong_line_without_sentences_is_cut_at_spaces() -> None:
    from tracker.domain import Line
    from tracker.ingest.cleanup import split_long_lines

    text = " ".join(["ord"] * 5000)
    out = split_long_lines([Line(text=text, page=1, line=1)], limit=1000)
    assert all(len(ln.text) <= 1000 and not ln.text.endswith(" ") for ln in out)
    assert " ".join(ln.text for ln in out) == text
    glued = "x" * 2500
    assert [len(ln.text) for ln in split_long_lines([Line(glued, 1, 1)], limit=1000)] == [
        1000, 1000, 500
    ]


def test_date_overlaps_resolved_as_before() -> None:
    """The non-overlap choice (now by binary search) picks what the quadratic one did:
    the longest, most precise phrase wins, the others that overlap it go."""
    from tracker.language.dates import find_periods

    got = find_periods("senast den 14 maj 2024, i v. 20 och 2024-05-31 samt under våren 2025")
    assert [(p.text, p.precision) for p in got] == [
        ("senast den 14 maj 2024", "day"),
        ("i v. 20", "week"),
        ("2024-05-31", "day"),
        ("under våren 2025", "season"),
    ]


def test_long_paragraph_sentences_unchanged() -> None:
    """split_sentences looks only at the tail of the growing paragraph now; a word
    broken at a line end and an "att"-list still split as before."""
    from tracker.domain import Line
    from tracker.extract.sentence_split import split_sentences

    ln = Line("x", 1, 1)
    parts = [("Nämnden beslutar att ge förvaltningen budget-", ln), ("uppdraget,", ln),
             ("att återkomma senast i maj.", ln)]
    assert [s.text for s in split_sentences(parts, 1)] == [
        "Nämnden beslutar att ge förvaltningen budgetuppdraget,",
        "att återkomma senast i maj.",
    ]


def test_text_file_with_too_much_text_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.ingest import cleanup

    monkeypatch.setattr(cleanup, "MAX_TEXT_CHARS", 1000)
    path = tmp_path / "stor.txt"
    path.write_text("Protokoll\n" + "Frågan förs till SVG.\n" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="för mycket text"):
        read_document(path)


def test_pdf_page_with_too_much_text_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.render import render_pdf
    from tracker.ingest import pdf_reader

    path = render_pdf(["Protokoll", "Frågan förs till SVG. " * 20], tmp_path / "p.pdf")
    monkeypatch.setattr(pdf_reader, "MAX_PAGE_CHARS", 100)
    with pytest.raises(InputError, match=r"Sidan 1 i p\.pdf innehåller ovanligt mycket text"):
        read_document(path)
