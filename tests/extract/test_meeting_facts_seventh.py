"""Meeting facts, seventh pass: a year written as the horizon of the plans the minutes
speak of ("fram till sommaren 2011") lies after the meeting, and a matter that reports
other forums' protocols ("Redovisning av minnesanteckningar och protokoll från …") names
no body of these minutes.  The texts are written for these tests (no real document is
quoted)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run
from tracker.extract.body_in_text import _body_from
from tracker.extract.meeting_date import _horizons
from tracker.language.aliases import aliases


def test_a_day_past_the_horizon_of_plans_is_in_the_year_before():
    text = (
        "Brukarrådsmöte\n\nNärvarande: Leif, Anna och Per.\n\nPå mötet den 4/11 gick "
        "vi igenom hur rådet arbetar.\n\nVi planerade kommande möten fram till "
        "sommaren 2011.\n"
    )
    result = run(text)
    assert result.meeting.date == dt.date(2010, 11, 4)


def test_a_day_within_the_horizon_keeps_the_horizon_s_year():
    text = (
        "Brukarrådsmöte\n\nNärvarande: Leif, Anna och Per.\n\nPå mötet den 4/3 gick "
        "vi igenom hur rådet arbetar.\n\nVi planerade kommande möten fram till "
        "sommaren 2011.\n"
    )
    assert run(text).meeting.date == dt.date(2011, 3, 4)


def test_a_year_with_no_horizon_word_is_read_as_before():
    # (a budget's year names no horizon: the year written most still dates the day)
    text = (
        "Brukarrådsmöte\n\nNärvarande: Leif, Anna och Per.\n\nPå mötet den 4/11 gick "
        "vi igenom budgeten för 2011.\n"
    )
    assert run(text).meeting.date == dt.date(2011, 11, 4)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("möten fram till sommaren 2011", dt.date(2011, 8, 31)),
        ("inför våren 2020", dt.date(2020, 6, 30)),
        ("till och med februari 2024", dt.date(2024, 2, 29)),
        ("planen gäller fram till 2026", dt.date(2026, 12, 31)),
    ],
)
def test_horizons(text, end):
    assert list(_horizons(text)) == [end]


def test_a_plan_s_year_is_no_horizon():
    assert list(_horizons("budget för 2011 och planen 2012")) == []


@pytest.mark.parametrize(
    "text",
    [
        "22 Redovisning av minnesanteckningar och protokoll från förtroenderåd, FUB och KPR "
        "2019 23 Redovisning av domar",
        "Anmälan av protokoll från samordningsförbundet",
        "Delgivning av protokoll från samordningsförbundet",
    ],
)
def test_a_protocol_reported_to_the_meeting_names_no_body(text):
    assert _body_from(text, aliases()) is None


def test_a_reported_protocol_gives_way_to_the_body_the_matters_name():
    text = (
        "Register\n15 Revidering av delegeringsordning för äldre- och omsorgsnämnden\n"
        "16 Uppföljning av internkontrollplan för äldre- och omsorgsnämnden 2018\n"
        "17 Redovisning av minnesanteckningar och protokoll från förtroenderåd 2019\n"
        "Plats och tid Kommunhuset, torsdagen den 21 februari 2019 kl. 17.30\n\n"
        "§ 15 Revidering av delegeringsordning\nNämnden antar delegeringsordningen.\n"
    )
    body = run(text).meeting.body
    assert body is not None and "omsorgsnämnden" in body.casefold()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Protokoll från förtroenderådet 2019-02-01\n\n§ 1 Öppnande\n", "Förtroenderådet"),
        (
            "Minnesanteckningar från kommunala pensionärsrådet 2022-04-05\n\n§ 1 Öppnande\n",
            "Kommunala pensionärsrådet",
        ),
    ],
)
def test_the_minutes_own_title_still_names_the_body(text, body):
    assert run(text).meeting.body == body


def test_a_body_s_protocol_named_in_the_genitive_gives_its_numbered_year():
    text = (
        "Styrelsens protokoll nr 4/2019\nBostadsrättsföreningen Linden\nTid: 14 maj kl. 19\n"
        "Närvarande: Anna, Bertil, Cecilia\n\n§ 1 Mötet öppnas\n"
    )
    result = run(text)
    assert result.meeting.date == dt.date(2019, 5, 14)
    assert result.meeting.body == "Styrelsen"


def test_a_genitive_body_without_a_protocol_word_is_no_title():
    # (a sentence about the board's work gives no year to the yearless date)
    text = "Möte 14 maj\n\nStyrelsens arbete under 2019 diskuterades.\n\nJusterat 2020-05-20\n"
    assert run(text).meeting.date == dt.date(2020, 5, 14)


def test_a_decision_told_in_a_matter_is_no_meeting_date():
    # (an agenda page with no date of its own: the earlier decision a matter tells of,
    # on a line with no full stop, is not the meeting; the date stays unknown, warned)
    text = (
        "• 1\n\nVal av justerare\n\n• 2\n\nÖversyn av styrdokument\n\n"
        "• Överförmyndarnämnden beslutade 25 januari i år (ÖFN-2021-2) följande: uppdra "
        "åt enheten att se över nämndens styrdokument\n\n"
        "att återkomma till nämnden under hösten\n"
    )
    result = run(text)
    assert result.meeting.date is None
    assert any("Mötesdatumet" in w.message for w in result.warnings)


def test_a_decision_looked_back_on_is_not_told_as_the_meeting():
    text = (
        "Nyheter\n\nKulturnämnden beslutade den 25 januari i år att ge förvaltningen i "
        "uppdrag att ta fram en biblioteksplan. Arbetet pågår.\n"
    )
    assert run(text).meeting.date is None


def test_a_decision_told_by_its_date_still_dates_a_page_of_it():
    text = (
        "Nyheter\n\nKulturnämnden beslutade den 25 januari 2021 att ge förvaltningen i "
        "uppdrag att ta fram en biblioteksplan.\n"
    )
    assert run(text).meeting.date == dt.date(2021, 1, 25)
