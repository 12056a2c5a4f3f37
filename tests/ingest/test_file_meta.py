"""The file's own metadata (created, modified, title) read by ingest: from generated PDFs
and Word files, with odd values turned into None and never an import error."""

from __future__ import annotations

import datetime as dt
import re
import time
import zipfile
from pathlib import Path

import pytest

from tests.render import render_docx
from tracker.domain import FileMeta
from tracker.ingest import read_document
from tracker.ingest.file_meta import parse_pdf_date

TEXT = ["Protokoll styrgruppen", "", "Närvarande: Eva Lind, Per Holm", "", "1. Lokaler",
        "Per återkommer senast den 20 november."]


def make_pdf(path: Path, *, created: str | None, title: str | None,
             lines: list[str] = TEXT) -> Path:
    """A one-page PDF of ``lines`` whose document information holds ``created`` (as both
    CreationDate and ModDate, written verbatim) and ``title``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if title is not None:
        c.setTitle(title)
    if created is not None:
        # reportlab writes the time of rendering; its formatter is the one way in.
        c._doc.info._dateFormatter = lambda *_parts: created
    y = 800
    for line in lines:
        c.drawString(72, y, line)
        y -= 16
    c.save()
    return path


def make_docx(path: Path, lines: list[str] = TEXT, **props: object) -> Path:
    """A Word file of ``lines`` with the core properties ``props`` (created, title, …)."""
    import docx

    render_docx(lines, path)
    document = docx.Document(str(path))
    for name, value in props.items():
        setattr(document.core_properties, name, value)
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("D:20230512082657+02'00'", dt.date(2023, 5, 12)),
        ("D:20230512", dt.date(2023, 5, 12)),
        ("20230512082657Z", dt.date(2023, 5, 12)),
        ("2023-05-12T08:26:57Z", dt.date(2023, 5, 12)),
        ("D:2023", None),  # no day
        ("D:00000101000000", None),  # a placeholder year
        ("D:16010101000000Z", None),  # Windows' zero time
        ("D:20231345", None),  # no 13th month
        ("D:20230230", None),  # no 30 February
        ("i går", None),
        ("", None),
        (None, None),
        (20230512, None),
    ],
)
def test_pdf_dates_are_parsed_or_none(value, date):
    assert parse_pdf_date(value) == date


def test_a_long_odd_date_is_read_in_bounded_time():
    start = time.perf_counter()
    assert parse_pdf_date("D:" + "9" * 1_000_000) is None
    assert parse_pdf_date(" " * 1_000_000 + "D:20230512") is None
    assert time.perf_counter() - start < 0.05


def test_a_pdf_s_dates_and_title_are_read(tmp_path):
    path = make_pdf(tmp_path / "p.pdf", created="D:20230512093000+02'00'",
                    title="Protokoll styrgruppen 2023-05-12")
    doc = read_document(path)
    assert doc.metadata == FileMeta(dt.date(2023, 5, 12), dt.date(2023, 5, 12),
                                    "Protokoll styrgruppen 2023-05-12")
    assert "Per återkommer" in doc.text()


def test_a_pdf_s_odd_metadata_becomes_none(tmp_path):
    path = make_pdf(tmp_path / "p.pdf", created="D:00000000000000", title="  ")
    doc = read_document(path)
    assert doc.metadata is None or (doc.metadata.created is None
                                    and doc.metadata.modified is None
                                    and doc.metadata.title is None)
    assert "Per återkommer" in doc.text()


def test_a_title_s_control_characters_are_spaces(tmp_path):
    path = make_pdf(tmp_path / "p.pdf", created=None, title="Protokoll\tstyrgruppen\x07  maj")
    meta = read_document(path).metadata
    assert meta is not None and meta.title == "Protokoll styrgruppen maj"


def test_a_word_file_s_properties_are_read(tmp_path):
    path = make_docx(tmp_path / "p.docx", created=dt.datetime(2023, 5, 12, 9, 30),
                     modified=dt.datetime(2023, 5, 15, 14, 0), title="Protokoll 12 maj 2023")
    doc = read_document(path)
    assert doc.metadata == FileMeta(dt.date(2023, 5, 12), dt.date(2023, 5, 15),
                                    "Protokoll 12 maj 2023")


def _replace_core(path: Path, core: str) -> None:
    """Rewrite the Word file with another docProps/core.xml (or none for "")."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            if name == "docProps/core.xml":
                if not core:
                    continue
                data = core.encode()
            elif name == "_rels/.rels" and not core:
                # and the package's reference to it, as a file made without one has
                data = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", data)
            zf.writestr(name, data)


_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "{body}</cp:coreProperties>"
)


@pytest.mark.parametrize(
    "core",
    [
        _CORE.format(body='<dcterms:created xsi:type="dcterms:W3CDTF">i förrgår</dcterms:created>'
                          "<dc:title>Protokoll</dc:title>"),
        _CORE.format(body='<dcterms:created xsi:type="dcterms:W3CDTF">0000-00-00T00:00:00Z'
                          "</dcterms:created>"),
        "",  # no core properties at all
    ],
)
def test_a_word_file_s_odd_properties_are_no_error(tmp_path, core):
    path = make_docx(tmp_path / "p.docx")
    _replace_core(path, core)
    doc = read_document(path)
    assert "Per återkommer" in doc.text()
    assert doc.metadata is None or doc.metadata.created is None
    if not core:  # not properties python-docx makes up (modified: now)
        assert doc.metadata is None
    if "<dc:title>" in core and doc.metadata is not None:
        assert doc.metadata.title == "Protokoll"


def test_a_text_file_has_no_metadata(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(TEXT), encoding="utf-8")
    assert read_document(path).metadata is None
