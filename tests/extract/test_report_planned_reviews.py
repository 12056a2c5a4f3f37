"""Report prose that tells work still to come or a goal left behind (issue 15), in text
written here: a review planned for a later year, a tally that singles out the one goal
missed, work told with the verb before its subject, and a period that "went on"."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.domain import Line
from tracker.extract.followup_sentences import due_in
from tracker.extract.report_followup import read_followup

REPORT_DATE = dt.date(2030, 12, 31)


def _open_titles(text: str, ref: dt.date | None = REPORT_DATE) -> list[tuple[str, dt.date | None]]:
    lines = [Line(text=t, page=1, line=k) for k, t in enumerate(text.split("\n"), 1) if t.strip()]
    items = read_followup(lines, "Fritidsnämnden", ref).items
    return [(it.title, it.due) for it in items if it.status == "open"]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        pytest.param("Simskolans nya upplägg utvärderas under 2031.", dt.date(2031, 12, 31),
                     id="present-passive-with-a-year"),
        pytest.param("Planen för spontanidrott följs upp 2032.", dt.date(2032, 12, 31),
                     id="bare-year-after-the-verb"),
        pytest.param("En utvärdering av bidragsreglerna görs hösten 2031.",
                     dt.date(2031, 12, 31), id="noun-with-a-verb-of-doing"),
        pytest.param("Nästa uppföljning av föreningsstödet sker 2031.", dt.date(2031, 12, 31),
                     id="next-follow-up"),
        pytest.param("Riktlinjerna för lokalbokning ska ses över 2031.", dt.date(2031, 12, 31),
                     id="duty-with-a-bare-year"),
    ],
)
def test_a_review_planned_for_a_later_year_is_open_work(sentence, due):
    found = _open_titles(f"Aktiviteter\n{sentence}")
    assert [d for _, d in found] == [due], found


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Simskolans upplägg utvärderades under 2029.", id="past-tense"),
        pytest.param("Föreningsstödet följs upp under 2029.", id="a-year-gone-by"),
        pytest.param("Föreningsstödet följs upp genom en årlig enkät.", id="no-time"),
        pytest.param("Verksamheten utvärderas varje år.", id="a-standing-routine"),
    ],
)
def test_a_review_without_a_time_to_come_tells_no_work(sentence):
    assert _open_titles(f"Aktiviteter\n{sentence}") == []


def test_a_bare_year_after_a_verb_of_planned_work_is_its_time():
    found = due_in("Ombyggnaden planeras starta 2032.", REPORT_DATE)
    assert found is not None and found.end == dt.date(2032, 12, 31)
    # (a span of years is a scope, not a time)
    assert due_in("Planen följs upp 2031-2034 genom indikatorer.", REPORT_DATE) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Nämndens ekonomiska mål nås för tre mål och ett mål nås inte.",
                     "Nämndens ekonomiska mål: ett mål nås inte", id="tally-then-the-miss"),
        pytest.param("Av sju mål uppnås sex, ett av målen uppnås ej.",
                     "Av sju mål: ett av målen uppnås ej", id="one-of-the-goals"),
    ],
)
def test_a_tally_singles_out_the_one_goal_missed(sentence, expected):
    found = _open_titles(f"Måluppfyllelse\n{sentence}")
    assert [t for t, _ in found] == [expected]


def test_a_tally_without_one_goal_singled_out_stays_a_tally():
    assert _open_titles("Måluppfyllelse\nAv sju mål uppnås fyra och tre mål nås delvis.") == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Nu tar vi fram ett nytt program för fritidsgårdarna.",
         "Nu tar vi fram ett nytt program för fritidsgårdarna"),
        ("Under hösten ser vi över taxorna för idrottshallarna.", "Taxorna för idrottshallarna"),
    ],
)
def test_work_told_with_the_verb_before_its_subject(sentence, title):
    assert [t for t, _ in _open_titles(f"Händelser\n{sentence}")] == [title]


def test_a_period_that_went_on_is_no_work():
    text = "Händelser\nÅrets redovisning är den sista för den programperiod som pågått sedan 2024."
    assert _open_titles(text) == []


#: A goal page whose fields judge each goal by a colour.
COLOURED_GOALS = """
Nämndens mål 2030 – uppföljning
Mål 1: Fler barn ska lära sig simma
Bedömning: Röd
Mål 2: Fler besök på fritidsgårdarna
Bedömning: Grön
"""


def test_a_goals_colour_judges_the_goal():
    lines = [Line(text=t, page=1, line=k)
             for k, t in enumerate(COLOURED_GOALS.strip().split("\n"), 1)]
    items = read_followup(lines, "Fritidsnämnden", REPORT_DATE).items
    got = {it.title: (it.status, it.kind) for it in items}
    assert got == {
        "Mål 1: Fler barn ska lära sig simma": ("open", "goal_deviation"),
        "Mål 2: Fler besök på fritidsgårdarna": ("done", "activity"),
    }


@pytest.mark.parametrize(
    "sentence",
    ["Nämnden planerar att se över taxorna för simhallen.",
     "Vi avser att ta fram en ny idrottspolitisk plan."],
)
def test_work_the_body_plans_or_means_to_do_is_open(sentence):
    assert [t for t, _ in _open_titles(f"Framtid\n{sentence}")] == [sentence.rstrip(".")]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        pytest.param("Bidragsprojektet avslutas i mars 2031 med en slutrapport.",
                     dt.date(2031, 3, 31), id="end-of-work-in-a-month-to-come"),
        pytest.param("Ombyggnaden av ishallen färdigställs under 2032.", dt.date(2032, 12, 31),
                     id="finished-in-a-year-to-come"),
        pytest.param("Därefter kommer granskning och revidering ske 2031.",
                     dt.date(2031, 12, 31), id="kommer-put-first-then-ske"),
        pytest.param("Uppföljning sker även 2033.", dt.date(2033, 12, 31),
                     id="an-adverb-before-the-bare-year"),
    ],
)
def test_work_planned_to_end_or_be_reviewed_later_is_open(sentence, due):
    found = _open_titles(f"Aktiviteter\n{sentence}")
    assert [d for _, d in found] == [due], found


def test_work_put_after_kommer_is_named_by_its_nouns():
    found = _open_titles("Aktiviteter\nUtöver det löpande arbetet kommer utvärdering och "
                         "revidering av planen ske 2031.")
    assert found == [("Utvärdering och revidering av planen", dt.date(2031, 12, 31))]


def test_work_that_ended_before_the_report_is_no_open_item():
    assert _open_titles("Aktiviteter\nBidragsprojektet avslutas i mars 2029 med en "
                        "slutrapport.") == []


def test_the_work_ahead_named_by_what_it_is_about_is_open_and_names_itself():
    found = _open_titles(
        "Målanalys\nUnder året togs en ny bokningsrutin fram för föreningarna. Arbetet framåt "
        "handlar om att införa digital nyckelhantering i alla hallar."
    )
    assert [t for t, _ in found] == ["Införa digital nyckelhantering i alla hallar"], found


def test_the_time_work_is_to_be_finished_wins_over_the_time_it_began():
    found = _open_titles("Viktiga händelser\nOmbyggnaden av konstgräsplanen påbörjades i "
                         "maj 2030 och beräknas vara klar i november 2031.")
    assert found == [("Ombyggnaden av konstgräsplanen", dt.date(2031, 11, 30))]
