"""Report prose about measures and states (issue 15), in text written here: a measure
told worse than before is an indicator deviation; "en fortsatt …" before a noun that is
no work tells a state that lasts, not work going on."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.domain import Line
from tracker.extract.report_followup import read_followup

REPORT_DATE = dt.date(2030, 12, 31)


def _open(text: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(text=t, page=1, line=k) for k, t in enumerate(text.split("\n"), 1) if t.strip()]
    items = read_followup(lines, "Fritidsnämnden", REPORT_DATE).items
    return [(it.kind, it.title, it.owner) for it in items if it.status == "open"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        pytest.param("Trots nya öppettider har nöjdheten försämrats.", "Nöjdheten har försämrats",
                     id="inverted-after-an-adverbial"),
        pytest.param("Placeringen i länsjämförelsen blev sämre än året innan.",
                     "Placeringen i länsjämförelsen blev sämre än året innan", id="blev-sämre"),
        pytest.param("Handläggningstiden har försämrats under hösten.",
                     "Handläggningstiden har försämrats under hösten", id="subject-first"),
    ],
)
def test_a_measure_told_worse_is_an_indicator_deviation(sentence, title):
    found = _open(f"Måluppföljning\nFler ska motionera i kommunens anläggningar. {sentence}")
    assert ("indicator_deviation", title, "Fritidsnämnden") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Handläggningstiden har inte försämrats under året.", id="negated"),
        pytest.param("Konjunkturen har försämrats under året.", id="the-world-not-a-measure"),
        pytest.param("Resultatet har förbättrats jämfört med förra året.", id="better"),
    ],
)
def test_no_deviation_without_a_measure_gone_worse(sentence):
    assert [k for k, _, _ in _open(f"Måluppföljning\n{sentence}")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Överskottet beror på ökade avgifter och en fortsatt jämn efterfrågan på "
                     "halltider.", id="a-state-that-lasts"),
        pytest.param("Det goda resultatet ger ett fortsatt stabilt läge inför nästa år.",
                     id="neuter"),
    ],
)
def test_an_indefinite_fortsatt_before_a_state_is_no_work(sentence):
    assert _open(f"Ekonomi\n{sentence}") == []


def test_an_indefinite_fortsatt_before_work_is_work_going_on():
    found = _open("Aktiviteter\nUnder hösten sker ett fortsatt arbete med den nya "
                  "bokningsportalen.")
    assert [k for k, _, _ in found] == ["activity"], found


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        pytest.param("Parallellt med bygget av ishallen pågår upphandlingen av nya sarger.",
                     "Upphandlingen av nya sarger", id="parallellt-med"),
        pytest.param("Samtidigt pågår en översyn av taxorna för uthyrning.",
                     "En översyn av taxorna för uthyrning", id="samtidigt"),
    ],
)
def test_an_opening_adverbial_is_not_the_name_of_the_work(sentence, title):
    found = _open(f"Viktiga händelser\n{sentence}")
    assert [t for _, t, _ in found] == [title], found


def test_the_next_step_of_the_matter_just_told_joins_it():
    lines = [Line(text=t, page=1, line=k) for k, t in enumerate([
        "Viktiga händelser",
        "Samtidigt pågår arbetet med en ny bygglovsprocess. Bygglovshandläggningen "
        "flyttades till ett nytt system i mars och utbildning av personalen är planerad att "
        "hållas i maj 2031.",
    ], 1)]
    items = [it for it in read_followup(lines, "Byggnadsnämnden", REPORT_DATE).items
             if it.status == "open"]
    assert [it.title for it in items] == ["Arbetet med en ny bygglovsprocess"], items
    assert items[0].due == dt.date(2031, 5, 31)
    assert "utbildning av personalen" in items[0].text


def test_a_sentence_about_another_matter_stays_an_item_of_its_own():
    found = _open("Viktiga händelser\nSamtidigt pågår arbetet med en ny bygglovsprocess. "
                  "Ombyggnaden av stadshuset är planerad att starta i maj 2031.")
    assert len(found) == 2, found


def test_bodies_that_report_their_own_work_going_on_own_it():
    found = _open("Medarbetare\nSjukfrånvaron minskade under året och enheterna rapporterar "
                  "att arbete pågår med nya rutiner för schemaläggning.")
    assert found == [("activity", "Arbete med nya rutiner för schemaläggning", "Enheterna")]


def test_a_generic_singular_reporter_leaves_the_owner_to_the_report():
    found = _open("Medarbetare\nFörvaltningen rapporterar att arbete pågår med nya rutiner "
                  "för schemaläggning.")
    assert [o for _, _, o in found] == ["Fritidsnämnden"], found


def test_a_question_a_page_answers_is_no_work():
    found = _open("Frågor och svar\nKommer simhallens öppettider att ses över?\n"
                  "Öppettiderna ses över under 2031.")
    assert [t for _, t, _ in found] == ["Öppettiderna ses över under 2031"], found
