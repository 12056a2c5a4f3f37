"""Read a PDF back (pypdfium2): the text of each page, for the agenda and list tests."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in pdf:
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return out
    finally:
        pdf.close()


def page_size_pt(path: Path, index: int = 0) -> tuple[float, float]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        width, height = pdf[index].get_size()
        return width, height
    finally:
        pdf.close()


def text_right_edge(path: Path, needle_chars: str, index: int = 0) -> float:
    """The rightmost x (pt) of the characters of ``needle_chars`` on page ``index``.

    The characters are looked up in order in the page text, skipping line breaks, so a
    word wrapped over several lines is still found.
    """
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[index].get_textpage()
        text = textpage.get_text_range()
        start = text.replace("\r", "").replace("\n", "").find(needle_chars)
        assert start >= 0, f"{needle_chars!r} not on page {index + 1}"
        right = 0.0
        found = 0
        for i in range(textpage.count_chars()):
            ch = textpage.get_text_range(i, 1)
            if ch in "\r\n":
                continue
            if found >= start and found < start + len(needle_chars):
                right = max(right, textpage.get_charbox(i)[2])
            found += 1
        textpage.close()
        return right
    finally:
        pdf.close()
