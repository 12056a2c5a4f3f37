"""The meeting date from the file's metadata, the last resort: the year from when the file
was made for a date written without one, a whole date only from a title that names one;
always with a warning that says where it came from.  Never the clock."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.extract.minutes_helpers import doc_from_text
from tracker.domain import DocumentInfo, Extraction, FileMeta
from tracker.extract.meeting_date_sources import date_in_title, yearless_near
from tracker.extract.minutes import extract_minutes

YEARLESS = ("Protokoll styrgruppen 26 oktober\n\nNärvarande: Eva Lind, Per Holm\n\n"
            "1. Lokaler\nPer återkommer med en kostnadsbild senast den 20 november.\n")
UNDATED = ("Styrgruppens möte\n\nNärvarande: Eva Lind, Per Holm\n\n1. Lokaler\n"
           "Per återkommer med en kostnadsbild senast den 20 november.\n")


def extract(text: str, meta: FileMeta | None, name: str = "protokoll.pdf") -> Extraction:
    doc = dataclasses.replace(doc_from_text(text, name), metadata=meta)
    return extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "pdf", 1, "minutes"))


def from_metadata(ex: Extraction) -> list[str]:
    return [w.message for w in ex.warnings if "filens egenskaper" in w.message]


def test_a_yearless_meeting_date_takes_the_year_the_file_was_made():
    ex = extract(YEARLESS, FileMeta(created=dt.date(2023, 10, 27), modified=dt.date(2023, 10, 30)))
    assert ex.meeting.date == dt.date(2023, 10, 26)
    assert ex.items[0].due == dt.date(2023, 11, 20)
    warned = from_metadata(ex)
    assert len(warned) == 1 and "2023-10-27" in warned[0] and "Kontrollera" in warned[0]
    assert not any("utan årtal" in w.message for w in ex.warnings)


@pytest.mark.parametrize(
    ("phrase", "created", "date"),
    [
        ("26 oktober", dt.date(2023, 10, 27), dt.date(2023, 10, 26)),
        # typed in the new year: the meeting was last year's
        ("14 december", dt.date(2024, 1, 8), dt.date(2023, 12, 14)),
        # a template made the week before a meeting early in the new year
        ("9 januari", dt.date(2023, 12, 28), dt.date(2024, 1, 9)),
        ("29 februari", dt.date(2024, 3, 2), dt.date(2024, 2, 29)),
        ("den 5 maj", None, None),
    ],
)
def test_the_year_nearest_the_creation_date(phrase, created, date):
    assert yearless_near(phrase, created) == date


def test_a_reused_file_whose_dates_disagree_gives_no_year():
    # made for an older protocol, saved again for this one: which year is not known
    meta = FileMeta(created=dt.date(2019, 3, 1), modified=dt.date(2023, 10, 27))
    ex = extract(YEARLESS, meta)
    assert ex.meeting.date is None
    assert any("utan årtal" in w.message for w in ex.warnings)
    assert ex.items[0].due is None


def test_a_title_that_names_the_date_dates_an_undated_text():
    meta = FileMeta(created=dt.date(2023, 5, 20), title="Protokoll styrgruppen 2023-05-12")
    ex = extract(UNDATED, meta)
    assert ex.meeting.date == dt.date(2023, 5, 12)
    assert ex.items[0].due == dt.date(2023, 11, 20)
    warned = from_metadata(ex)
    assert len(warned) == 1 and "titel" in warned[0] and "Protokoll styrgruppen" in warned[0]


def test_a_title_the_signing_date_contradicts_is_not_taken():
    signed = UNDATED + "\nJusterat 2023-05-19\nEva Lind\n"
    ex = extract(signed, FileMeta(title="Protokoll styrgruppen 2023-05-12"))
    assert ex.meeting.date == dt.date(2023, 5, 12)
    # a template's title, years before the signing: not this meeting's
    ex = extract(signed, FileMeta(title="Protokoll styrgruppen 2019-02-07"))
    assert ex.meeting.date is None
    assert not from_metadata(ex)


def test_the_creation_date_alone_never_dates_an_undated_text():
    ex = extract(UNDATED, FileMeta(created=dt.date(2023, 5, 20), title="Protokoll"))
    assert ex.meeting.date is None
    assert not from_metadata(ex)
    assert ex.items[0].due is None  # "20 november" of no known year


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("Protokoll KS 2023-05-12", dt.date(2023, 5, 12)),
        ("Microsoft Word - Protokoll styrelsen 20230512.docx", dt.date(2023, 5, 12)),
        ("Styrelsemöte 12 maj 2023", dt.date(2023, 5, 12)),
        ("Protokoll 12.5.2023", dt.date(2023, 5, 12)),
        ("Protokoll", None),
        ("Styrelsemöte 12 maj", None),  # no year: not a whole date
        ("Utkast 2023-05-12 och 2023-05-19", None),  # two dates: which?
        (None, None),
    ],
)
def test_dates_in_titles(title, date):
    assert date_in_title(title) == date


def test_the_title_s_year_before_the_creation_year():
    meta = FileMeta(created=dt.date(2024, 1, 5), title="Styrgruppen 2022")
    ex = extract(YEARLESS, meta)
    assert ex.meeting.date == dt.date(2022, 10, 26)
    assert "titel" in from_metadata(ex)[0]


def test_the_text_and_the_file_name_come_before_the_metadata():
    meta = FileMeta(created=dt.date(2021, 1, 1), modified=dt.date(2021, 1, 1),
                    title="Protokoll 2021-01-01")
    dated = "Protokoll styrgruppen 2023-05-03\n\nNärvarande: Eva, Per\n"
    ex = extract(dated, meta)
    assert ex.meeting.date == dt.date(2023, 5, 3)
    assert not from_metadata(ex)
    ex = extract(UNDATED, meta, name="Styrgruppen 2023-05-12.pdf")
    assert ex.meeting.date == dt.date(2023, 5, 12)
    assert not from_metadata(ex) and any("filnamnet" in w.message for w in ex.warnings)
    ex = extract(YEARLESS, meta, name="Styrgruppen 2022.pdf")
    assert ex.meeting.date == dt.date(2022, 10, 26)
    assert not from_metadata(ex)


def test_no_metadata_changes_nothing():
    ex = extract(YEARLESS, None)
    assert ex.meeting.date is None
    assert any("utan årtal" in w.message for w in ex.warnings)


# --- through ingest: generated files ---------------------------------------------------


def test_a_generated_pdf_s_creation_date_gives_the_year(tmp_path):
    from tests.ingest.test_file_meta import make_pdf
    from tracker.extract import extract as extract_any
    from tracker.ingest import read_document

    pdf = tmp_path / "protokoll.pdf"
    make_pdf(pdf, created="D:20221028101500+02'00'", title="Protokoll",
             lines=YEARLESS.splitlines())
    doc = read_document(pdf)
    ex = extract_any(doc)
    assert ex.meeting.date == dt.date(2022, 10, 26)
    assert from_metadata(ex)


def test_a_generated_word_file_s_title_gives_the_date(tmp_path):
    from tests.ingest.test_file_meta import make_docx
    from tracker.extract import extract as extract_any
    from tracker.ingest import read_document

    path = tmp_path / "protokoll.docx"
    make_docx(path, UNDATED.splitlines(), created=dt.datetime(2022, 11, 2, 8, 0),
              modified=dt.datetime(2022, 11, 2, 9), title="Protokoll styrgruppen 2022-10-26")
    doc = read_document(path)
    ex = extract_any(doc)
    assert ex.meeting.date == dt.date(2022, 10, 26)
    assert any("titel" in m for m in from_metadata(ex))
