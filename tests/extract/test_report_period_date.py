"""A report's date is the end of the period its title names, before the day its cover,
its signature or its page dates it; a title that names no period with its year leaves
the report's own date.  The texts are written for these tests (no real document is
quoted)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import nonblank_doc
from tracker.extract import extract

_ENTRIES = ("\nUppdrag\nUtreda förskolans lokaler. Pågår, arbetet fortsätter under hösten.\n"
            "Ta fram en plan för bemanningen. Avslutat.\n")


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Delårsrapport augusti 2022\nBarn- och utbildningsnämnden", dt.date(2022, 8, 31)),
        ("Verksamhetsberättelse 2021\nSocialnämnden", dt.date(2021, 12, 31)),
        ("Tertialrapport 1 2023\nMiljö- och byggnämnden", dt.date(2023, 4, 30)),
        # the cover's date, the signature's and the page's own come after the title's period
        ("Delårsrapport augusti 2022\nSocialnämnden\nDatum: 2022-09-20", dt.date(2022, 8, 31)),
        ("Verksamhetsberättelse 2021\nSocialnämnden\nUtdrag\nExempelby den 15 februari 2022",
         dt.date(2021, 12, 31)),
        ("Publicerad 2023-03-15\nÅrsredovisning 2022\nExempelby kommun", dt.date(2022, 12, 31)),
    ],
)
def test_a_report_is_dated_by_its_title_s_period(head, day):
    assert extract(nonblank_doc(head + _ENTRIES)).meeting.date == day


def test_a_title_without_a_period_leaves_the_report_s_own_date():
    result = extract(nonblank_doc("Uppföljning av uppdragen\nSocialnämnden\nDatum: 2022-09-20"
                                  + _ENTRIES))
    assert result.meeting.date == dt.date(2022, 9, 20)


def test_a_region_s_nämnd_keeps_its_adjective():
    result = extract(nonblank_doc("Delårsrapport april 2021\nRegionala utvecklingsnämnden"
                                  + _ENTRIES))
    assert result.meeting.body == "Regionala utvecklingsnämnden"
