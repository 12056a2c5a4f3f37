"""The Swedish date parser: phrase + meeting date → period (due date and precision), also
with a typesetter's hyphen inside a date word."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.dates import parse_period
from tracker.language.date_period import infer_year
from tracker.language.dates import find_periods, parse_iso

D = dt.date
MEETING = D(2024, 3, 12)  # the FVG meeting of sample 002 (a Tuesday)
NEXT = D(2024, 4, 9)

# (text, meeting date, next meeting, expected due, expected precision)
CASES = [
    ("den 20 mars", MEETING, None, D(2024, 3, 20), "day"),
    ("SACO-rådet har årsmöte den 20 mars", MEETING, None, D(2024, 3, 20), "day"),
    ("fredagen den 15 februari", MEETING, None, D(2024, 2, 15), "day"),
    ("senast torsdagen den 14 mars kl. 12:00", MEETING, None, D(2024, 3, 14), "day"),
    ("12 mars 2024 kl. 13:00", MEETING, None, D(2024, 3, 12), "day"),
    ("Kommunals kollektivavtal går ut 31 mars.", MEETING, None, D(2024, 3, 31), "day"),
    ("2024-03-12", MEETING, None, D(2024, 3, 12), "day"),
    ("Slutdatum 2015-12-\n31", D(2015, 6, 1), None, D(2015, 12, 31), "day"),
    ("15/3", MEETING, None, D(2024, 3, 15), "day"),
    ("senast 30/4", MEETING, None, D(2024, 4, 30), "day"),
    ("30/4-25", MEETING, None, D(2025, 4, 30), "day"),
    ("130522", D(2013, 5, 1), None, D(2013, 5, 22), "day"),
    ("23-05-12", D(2023, 5, 1), None, D(2023, 5, 12), "day"),
    ("den 12.5.2023", MEETING, None, D(2023, 5, 12), "day"),
    ("2023.05.12", MEETING, None, D(2023, 5, 12), "day"),
    ("den 3e maj 2022", MEETING, None, D(2022, 5, 3), "day"),
    ("den 3 jan. 2025", MEETING, None, D(2025, 1, 3), "day"),
    ("den 14–15 maj", MEETING, None, D(2024, 5, 15), "day"),
    ("i februari", D(2024, 11, 20), None, D(2025, 2, 28), "month"),
    ("den 10 januari", D(2024, 11, 20), None, D(2025, 1, 10), "day"),
    ("den 20 december", D(2025, 1, 15), None, D(2024, 12, 20), "day"),
    ("v. 16", MEETING, None, D(2024, 4, 21), "week"),
    ("vecka 16", MEETING, None, D(2024, 4, 21), "week"),
    ("vecka 10–12", MEETING, None, D(2024, 3, 24), "week"),
    ("v. 2", D(2024, 11, 20), None, D(2025, 1, 12), "week"),
    ("under våren", MEETING, None, D(2024, 6, 30), "season"),
    ("under hösten 2024", MEETING, None, D(2024, 12, 31), "season"),
    ("före sommaren", MEETING, None, D(2024, 6, 30), "season"),
    ("efter sommaren", MEETING, None, D(2024, 9, 30), "season"),
    ("före midsommar", MEETING, None, D(2024, 6, 21), "day"),
    ("under våren", D(2024, 11, 5), None, D(2025, 6, 30), "season"),
    ("vt 2025", MEETING, None, D(2025, 6, 30), "season"),
    ("men i april-maj.", MEETING, None, D(2024, 5, 31), "months"),
    ("i september", MEETING, None, D(2024, 9, 30), "month"),
    ("i början av april", MEETING, None, D(2024, 4, 10), "month"),
    ("i slutet av maj", MEETING, None, D(2024, 5, 31), "month"),
    ("T1 2016", MEETING, None, D(2016, 4, 30), "tertial"),
    ("i samband med T2", MEETING, None, D(2024, 8, 31), "tertial"),
    ("Q2", MEETING, None, D(2024, 6, 30), "quarter"),
    ("Q1 2024", D(2023, 11, 8), None, D(2024, 3, 31), "quarter"),
    ("första halvåret 2016", MEETING, None, D(2016, 6, 30), "half_year"),
    ("under 2016", MEETING, None, D(2016, 12, 31), "year"),
    ("före årsskiftet", MEETING, None, D(2024, 12, 31), "year"),
    # The meeting's own year: due at its end.
    ("ska utföras under året", MEETING, None, D(2024, 12, 31), "year"),
    ("tas upp längre fram under året", MEETING, None, D(2024, 12, 31), "year"),
    ("ska färdigställas i år", MEETING, None, D(2024, 12, 31), "year"),
    ("under innevarande år", MEETING, None, D(2024, 12, 31), "year"),
    # This coming season without the article, the end of the meeting's month, a month's
    # last day, the summer break, the next ordinary meeting.
    ("klart i höst", MEETING, None, D(2024, 12, 31), "season"),
    ("det ska ske i vår.", MEETING, None, D(2024, 6, 30), "season"),
    ("i slutet av månaden", MEETING, None, D(2024, 3, 31), "month"),
    ("vid månadsskiftet", MEETING, None, D(2024, 3, 31), "month"),
    ("till sista juni", MEETING, None, D(2024, 6, 30), "day"),
    ("innan sommaruppehållet", MEETING, None, D(2024, 6, 30), "season"),
    ("vid nästa ordinarie sammanträde", MEETING, NEXT, NEXT, "day"),
    # A weekday alone: the first such day after the meeting (a Tuesday).
    ("Anna skickar förslaget på fredag", MEETING, None, D(2024, 3, 15), "day"),
    ("senast på tisdag", MEETING, None, D(2024, 3, 19), "day"),
    ("till måndag", MEETING, None, D(2024, 3, 18), "day"),
    ("inom två veckor", MEETING, None, D(2024, 3, 26), "week"),
    ("till nästa möte", MEETING, None, None, "next_meeting"),
    ("till kommande förvaltningsgrupp", MEETING, None, None, "next_meeting"),
    ("återkommer till nästa APT", MEETING, NEXT, NEXT, "day"),
    ("bordläggs till nästa sammanträde", MEETING, NEXT, NEXT, "day"),
    # A sitting named by its month, the turn of the half year, a school year, a month or
    # a season of the next year: each due at its end.
    ("får återkomma till oktobersammanträdet", MEETING, None, D(2024, 10, 31), "month"),
    ("redovisas vid decembermötet", MEETING, None, D(2024, 12, 31), "month"),
    ("tas upp på junifullmäktige", D(2024, 9, 3), None, D(2025, 6, 30), "month"),
    ("klart till halvårsskiftet", MEETING, None, D(2024, 6, 30), "half_year"),
    ("under läsåret 2024/25", MEETING, None, D(2025, 6, 30), "year"),
    ("under läsåret", D(2024, 9, 3), None, D(2025, 6, 30), "year"),
    ("i januari nästa år", MEETING, None, D(2025, 1, 31), "month"),
    ("under våren nästa år", MEETING, None, D(2025, 6, 30), "season"),
    # Before a year begins: by the end of the year before it.
    ("se över taxan inför 2025", MEETING, None, D(2024, 12, 31), "year"),
    ("klart före 2026", MEETING, None, D(2025, 12, 31), "year"),
    ("senast 2025", MEETING, None, D(2025, 12, 31), "year"),
    # A comma before the year; a short date ending the sentence.
    ("senast 30 april, 2024", MEETING, None, D(2024, 4, 30), "day"),
    ("tas upp vid mötet 240521.", MEETING, None, D(2024, 5, 21), "day"),
    ("klart 24-05-21.", MEETING, None, D(2024, 5, 21), "day"),
    # A body's sitting named by its month after the body's name, a year after it; the
    # tertial's report.
    ("bordläggs till styrelsens oktobermöte 2024", MEETING, None, D(2024, 10, 31), "month"),
    ("återkommer vid fullmäktiges decembersammanträde", MEETING, None, D(2024, 12, 31),
     "month"),
    ("redovisas i samband med tertialrapport 2", MEETING, None, D(2024, 8, 31), "tertial"),
]


@pytest.mark.parametrize(("text", "ref", "nxt", "due", "precision"), CASES)
def test_due_and_precision(text, ref, nxt, due, precision):
    periods = find_periods(text, ref, nxt)
    assert periods, f"no date found in {text!r}"
    p = periods[-1]
    assert (p.due, p.precision) == (due, precision)


# Text that is not a date (or not a deadline) must give nothing.
NOT_DATES = [
    "Dnr SN 2024/56",
    "Dnr 182-70/2016",
    "Totalt 3 133,4 -3,5 3 129,9",
    "Prognosen visar 14 mars-nivå",  # month word glued to another word
    "mars",  # bare month word in running text
    "Kommunal genomför arbetsplatsbesök.",
    "Det har pågått i åratal.",  # "år" inside another word
    "Vi träffas på fredagar.",  # a habit, not a day
    "Det gäller i vår kommun.",  # "our", not spring
    "Mötet började kl 12.05.",  # a time, no year
    "Ring 08-12 34 56.",  # a telephone number
    "Se avsnitt 1.2.3.",  # a section number
    "Vi hade ett bra decembermöte.",  # a sitting told of, no time anything is due by
    "Läsårets planering presenterades.",
    "Styrelseprotokoll nr 8/11 justerades.",  # a protocol numbered within its year
    "Se § 4/12 i förra protokollet.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_periods(text, MEETING) == []


@pytest.mark.xfail(reason="a fraction such as '1/2 tjänst' reads as 1 February; no context rule")
def test_fraction_is_not_a_date():
    assert find_periods("Hon har en 1/2 tjänst.", MEETING) == []


def test_weekday_mismatch_is_flagged_not_fixed():
    (p,) = find_periods("Justering sker fredagen den 15 februari.", MEETING)
    assert p.due == D(2024, 2, 15)  # the date as written
    assert p.weekday == "fredag"
    assert p.weekday_mismatch is True


def test_matching_weekday_is_not_flagged():
    (p,) = find_periods("senast torsdagen den 14 mars kl. 12:00", MEETING)
    assert p.weekday == "torsdag"
    assert p.weekday_mismatch is False
    assert p.time == "12:00"
    assert p.text == "senast torsdagen den 14 mars kl. 12:00"


def test_period_keeps_start_and_phrase():
    (p,) = find_periods("Vision startar i april-maj.", MEETING)
    assert (p.start, p.end, p.text) == (D(2024, 4, 1), D(2024, 5, 31), "i april-maj")


def test_week_is_due_on_its_sunday():
    (p,) = find_periods("v. 16", MEETING)
    assert p.start == D(2024, 4, 15)  # Monday
    assert p.due.weekday() == 6  # the end of the ISO week


def test_several_dates_left_to_right():
    texts = [p.text for p in find_periods("Från 1 mars till 30 april, sedan v. 20.", MEETING)]
    assert texts == ["Från 1 mars", "till 30 april", "v. 20"]


def test_cells_accept_bare_months():
    assert parse_period("april", MEETING).due == D(2024, 4, 30)
    assert parse_period("Löpande", MEETING) is None


def test_fuzzy_parsing_is_not_used():
    # dateutil's fuzzy mode would make "vecka 12" into 12 March.
    (p,) = find_periods("vecka 12", MEETING)
    assert p.precision == "week" and p.due == D(2024, 3, 24)


@pytest.mark.parametrize(
    ("month", "day", "ref", "year"),
    [
        (3, 20, MEETING, 2024),
        (1, 5, D(2024, 12, 1), 2025),
        (12, 20, D(2025, 1, 10), 2024),
        (2, 15, MEETING, 2024),  # a month back stays in the meeting's year
    ],
)
def test_infer_year(month, day, ref, year):
    assert infer_year(month, day, ref) == year


def test_parse_iso():
    assert parse_iso("2024-03-12") == D(2024, 3, 12)
    assert parse_iso("12 mars") is None


def test_empty_and_garbage():
    assert find_periods("", MEETING) == []
    assert find_periods("\x00\x01 ??? 99/99", MEETING) == []


@pytest.mark.parametrize(
    ("text", "ref", "end", "precision"),
    [
        ("13/2 2024", dt.date(2026, 11, 1), dt.date(2024, 2, 13), "day"),
        ("innan semestrarna", dt.date(2025, 5, 13), dt.date(2025, 6, 30), "season"),
        ("efter semestern", dt.date(2025, 5, 13), dt.date(2025, 9, 30), "season"),
        ("efter nyår", dt.date(2023, 11, 14), dt.date(2024, 1, 31), "month"),
        ("före nyår", dt.date(2023, 11, 14), dt.date(2023, 12, 31), "year"),
        ("till jul", dt.date(2023, 11, 14), dt.date(2023, 12, 23), "season"),  # Christmas
        ("jul 2024", dt.date(2023, 11, 14), dt.date(2024, 7, 31), "month"),  # the month
        ("sept", dt.date(2025, 5, 13), dt.date(2025, 9, 30), "month"),
    ],
)
def test_holdout_round_phrases(text, ref, end, precision):
    p = parse_period(text, ref)
    assert p is not None and (p.end, p.precision) == (end, precision)


def test_lopande_is_no_date():
    assert parse_period("löpande", dt.date(2025, 5, 13)) is None


# h3 round: named days and the forums' own words for "the next meeting".
@pytest.mark.parametrize(
    ("text", "ref", "nxt", "end", "precision"),
    [
        ("beställer lussekatter innan lucia", D(2025, 11, 18), None, D(2025, 12, 12), "day"),
        ("före lucia", D(2025, 11, 18), None, D(2025, 12, 12), "day"),
        ("till lucia", D(2025, 11, 18), None, D(2025, 12, 13), "day"),
        ("fixar en ny lista till nästa gång", D(2025, 11, 18), D(2025, 12, 16),
         D(2025, 12, 16), "day"),
        ("redovisar resultatet vid nästa råd", D(2024, 9, 5), D(2024, 11, 28),
         D(2024, 11, 28), "day"),
        ("till beredningens nästa sammanträde", D(2023, 12, 5), D(2024, 2, 6),
         D(2024, 2, 6), "day"),
    ],
)
def test_named_days_and_next_meeting_words(text, ref, nxt, end, precision):
    p = find_periods(text, ref, nxt)[-1]
    assert (p.end, p.precision) == (end, precision)


@pytest.mark.parametrize(
    "text",
    ["Luciafika för oss i personalen", "Lucia firas i aulan", "gick en gång till"],
)
def test_named_days_need_a_preposition(text):
    assert find_periods(text, D(2025, 11, 18), D(2025, 12, 16)) == []


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # after a deadline word even a month's abbreviation is a date
        ("Klart nov.", dt.date(2024, 11, 30)),
        ("åter i dec", dt.date(2024, 12, 31)),
        ("senast jan", dt.date(2025, 1, 31)),
        # traps: a bare abbreviation in running text is not
        ("Vi ses i nov", None),
        ("jan", None),
    ],
)
def test_month_abbreviation_after_a_deadline_word(text, end):
    periods = find_periods(text, dt.date(2024, 11, 6))
    assert (periods[-1].end if periods else None) == end


@pytest.mark.parametrize(
    ("text", "end"),
    [("till nästa styrgruppsmöte", dt.date(2026, 2, 19)), ("nästa SG", dt.date(2026, 2, 19)),
     ("på nästa enhetsmöte", dt.date(2026, 2, 19)),
     # trap: another meeting's name
     ("nästa förhandlingsmöte", None)],
)
def test_next_meeting_of_steering_groups_and_units(text, end):
    periods = find_periods(text, dt.date(2026, 1, 22), dt.date(2026, 2, 19))
    assert (periods[-1].end if periods else None) == end


@pytest.mark.parametrize(("text", "due", "phrase"), [
    ("Hon återkommer med en utvärdering efter som-maren.", D(2026, 9, 30), "efter som-maren"),
    ("Klart i novem-ber.", D(2026, 11, 30), "i novem-ber"),
    ("Besked i mitten av no-vember.", D(2026, 11, 20), "i mitten av no-vember"),
])
def test_a_hyphen_inside_a_date_word(text, due, phrase):
    (p,) = find_periods(text, D(2026, 6, 9))
    assert (p.end, p.text) == (due, phrase)
    assert text[p.pos:p.stop] == phrase


@pytest.mark.parametrize("text", [
    "Skicka e-post till alla.",  # not a date word joined
    "Efter ett halv-års drift.",
    "Anna-maria återkommer.",
])
def test_other_hyphenated_words_make_no_date(text):
    assert find_periods(text, D(2026, 6, 9)) == []


def test_a_weekday_alone_needs_the_meeting_date() -> None:
    (p,) = find_periods("senast på fredag", None)
    assert (p.end, p.precision) == (None, "day")  # never from the clock
