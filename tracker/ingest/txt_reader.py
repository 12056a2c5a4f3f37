"""Plain-text reader: UTF-8 (with or without BOM), else Windows-1252 (line by line, so a
file pasted together from both still reads right).

A form feed (``\\f``, as written by ``pdftotext``) starts a new page.  ``line`` is the
line number within its page as an editor shows it (empty lines count), so a reference
"s. 1, rad 629" can be found in the file.  Binary files (NUL bytes, many control
characters) are refused: they are not text, whatever their name says.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from tracker.domain import Line
from tracker.errors import InputError
from tracker.ingest.cleanup import check_text_size, clean

SUFFIXES = (".txt", ".text", ".md")

#: Share of control characters (other than tab, newline, carriage return, form feed)
#: above which a file is binary, not text.
MAX_CONTROL_SHARE = 0.01


def decode(data: bytes, name: str) -> str:
    """Bytes → text: UTF-8 (BOM removed) when valid, else cp1252; binary is refused."""
    if b"\x00" in data[: 1 << 16]:
        # UTF-16 files have NULs too; say so, because Notepad offers that encoding.
        utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        raise InputError(
            f"Filen {name} är ingen vanlig textfil"
            + (" (den är sparad som UTF-16)" if utf16 else " (den innehåller binära data)")
            + ". Spara den som text i UTF-8, eller som PDF eller Word-dokument, och "
            "importera igen.",
            path=name,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_lines(data)
    sample = text[:200_000]
    control = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f") + sample.count("\ufffd")
    if sample and control / len(sample) > MAX_CONTROL_SHARE:
        raise InputError(
            f"Filen {name} är ingen läsbar textfil (den innehåller binära data). "
            "Kontrollera att rätt fil valdes; spara dokumentet som text, PDF eller Word "
            "och importera igen.",
            path=name,
        )
    return text


def _decode_lines(data: bytes) -> str:
    """Windows-1252, line by line: a line that is valid UTF-8 (a file pasted together
    from two sources) stays UTF-8, so "å" never turns into "Ã¥".  Plain ASCII and
    cp1252 text decode the same either way."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    out = []
    for raw in data.split(b"\n"):
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; map them rather than fail on one byte.
            out.append(raw.decode("cp1252", errors="replace"))
    return "\n".join(out)


def split_lines(text: str) -> tuple[int, list[Line]]:
    """Text → (pages, raw lines numbered per page, empty lines skipped)."""
    lines: list[Line] = []
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    # pdftotext ends its output with a form feed: no page follows it.
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    for page_no, page in enumerate(pages, 1):
        for line_no, raw in enumerate(page.split("\n"), 1):
            if raw.strip():
                lines.append(Line(text=raw, page=page_no, line=line_no))
    return len(pages), lines


def read(path: Path, furniture: list[Line] | None = None) -> tuple[int, list[Line]]:
    """Read a text file into (pages, cleaned lines)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(
            f"Filen {Path(path).name} kan inte läsas ({exc.strerror or exc}).", path=str(path)
        ) from exc
    text = decode(data, Path(path).name)
    check_text_size(len(text), Path(path).name)
    pages, lines = split_lines(text)
    return pages, clean(lines, pages, removed=furniture)
