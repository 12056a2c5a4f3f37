"""A covering letter's request for an answer: each body addressed owes it, by the date
asked for (tracker.extract.answer_requests)."""

from __future__ import annotations

import datetime as dt

from tracker.domain import Line
from tracker.extract.answer_requests import answer_requests


def _lines(text: str) -> list[Line]:
    return [Line(t, 1, i + 1) for i, t in enumerate(text.splitlines())]


def test_a_report_handed_to_two_bodies_for_comment_gives_each_an_item_due_at_the_asked_date():
    letter = _lines(
        "Revisorerna\n"
        "Till\n"
        "Miljönämnden och kommunstyrelsen\n"
        "\n"
        "Granskning av tillsynsverksamheten\n"
        "Vi överlämnar härmed rapporten till miljönämnden och kommunstyrelsen för\n"
        "yttrande. Svar önskas senast den 15 mars 2024.\n"
    )
    got = answer_requests(letter, dt.date(2023, 12, 1))
    assert [(c.owner, c.due, c.kind) for c in got] == [
        ("Miljönämnden", dt.date(2024, 3, 15), "awaiting_reply"),
        ("Kommunstyrelsen", dt.date(2024, 3, 15), "awaiting_reply"),
    ]
    assert got[0].line == 6
    assert "Svar önskas senast" in got[0].text


def test_a_wish_that_a_named_body_answers_by_a_date_in_the_same_sentence():
    got = answer_requests(
        _lines(
            "Revisionen önskar att byggnadsnämnden lämnar synpunkter på iakttagelserna "
            "senast den 30 april 2025."
        ),
        dt.date(2025, 2, 1),
    )
    assert [(c.owner, c.due) for c in got] == [("Byggnadsnämnden", dt.date(2025, 4, 30))]


def test_a_body_named_with_its_remit_and_a_date_on_the_next_line_broken_word_joined():
    got = answer_requests(
        _lines(
            "Revisionen önskar få ett yttrande från Nämnden för kultur, fritid och idrott\n"
            "avseende bedöm-\nningen av underhållet.\n"
            "Revisorerna önskar ta del av nämndens svar senast den 1 juni 2023."
        ),
        dt.date(2023, 1, 20),
    )
    assert [(c.owner, c.due) for c in got] == [
        ("Nämnden för kultur, fritid och idrott", dt.date(2023, 6, 1))
    ]
    assert "bedömningen" in got[0].text


def test_a_report_sent_for_information_or_a_date_that_is_no_deadline_asks_nothing():
    got = answer_requests(
        _lines(
            "Rapporten överlämnas till kommunfullmäktiges presidium för kännedom.\n"
            "\n"
            "Revisorerna har den 19 mars 2024 behandlat rapporten och överlämnar den till "
            "socialnämnden för yttrande."
        ),
        dt.date(2024, 3, 19),
    )
    assert [(c.owner, c.due) for c in got] == [("Socialnämnden", None)]
