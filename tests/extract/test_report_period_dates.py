"""A follow-up's date from the period its title names (issue 15), in text written here:
an interim period named as "delår 1"/"delår 2" closes at the end of April or August."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract

_ENTRIES = """Uppdrag: Utreda behovet av en ny förskola
Status: Pågår
Kommentar: Utredningen beräknas vara klar i december.
"""


@pytest.mark.parametrize(
    ("title", "day"),
    [
        pytest.param("Uppföljning av nämndens uppdrag, delår 2 2030", dt.date(2030, 8, 31),
                     id="delår-2"),
        pytest.param("Uppföljning av nämndens uppdrag, delår 1 2030", dt.date(2030, 4, 30),
                     id="delår-1"),
        pytest.param("Uppföljning av nämndens uppdrag 2030", dt.date(2030, 12, 31),
                     id="the-year-alone"),
    ],
)
def test_the_interim_period_a_title_names_dates_the_report(title, day):
    result = extract(doc_from_text(f"{title}\n{_ENTRIES}"))
    assert result.document.kind == "report"
    assert result.meeting.date == day
