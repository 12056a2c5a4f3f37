"""Shapes of reports read from web pages and PDFs (issue 15), in text written here: a
status table whose header and cells stand one a line, and an auditors' lead to their
recommendations that closes its line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.domain import Document, Line
from tracker.extract import extract
from tracker.extract.report_date import report_date


def _doc(text: str) -> Document:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    lines = [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]
    return Document(path=Path("r.txt"), sha256="0", format="txt", pages=1, lines=lines)


#: An assignments page flattened to text: header names and cells one a line; the units
#: in the owner column are no body names the extractor knows.
STACKED_TABLE = """
Uppdragslista för fritidsförvaltningen
Uppdrag
Ansvarig
Status
Ta fram en plan för fler spontanytor
Anläggning
Pågår
Utreda bidrag till kvällsöppna hallar
Föreningsservice
Ej påbörjad
Byta belysning på konstgräsplanen
Anläggning
Klar
"""


def test_a_stacked_table_is_read_row_by_row():
    got = extract(_doc(STACKED_TABLE))
    rows = {c.title: (c.status, c.owner) for c in got.items}
    assert rows == {
        "Ta fram en plan för fler spontanytor": ("open", "Anläggning"),
        "Utreda bidrag till kvällsöppna hallar": ("open", "Föreningsservice"),
        "Byta belysning på konstgräsplanen": ("done", "Anläggning"),
    }


@pytest.mark.parametrize(
    "cells",
    [
        # a row without its owner cell: the cells no longer fit the header's places
        ["Ta fram en plan för fler spontanytor", "Pågår",
         "Utreda bidrag till kvällsöppna hallar", "Föreningsservice", "Ej påbörjad"],
    ],
)
def test_cells_that_do_not_fit_the_header_are_read_by_their_kind(cells):
    text = "Uppdragslista\nUppdrag\nAnsvarig\nStatus\n" + "\n".join(cells)
    got = extract(_doc(text))
    open_titles = {c.title for c in got.items if c.status == "open"}
    assert "Ta fram en plan för fler spontanytor" in open_titles


AUDIT = """
Granskning av kommunens arbete med lokalförsörjning
Sammanfattning
Vi har på uppdrag av de förtroendevalda revisorerna granskat lokalförsörjningen.
Vår bedömning är att styrningen delvis är ändamålsenlig.
Vi rekommenderar kommunstyrelsen att
• ta fram en samlad lokalförsörjningsplan.
• säkerställa att behoven följs upp varje år.
"""


def test_the_lead_to_the_recommendations_is_no_recommendation():
    got = extract(_doc(AUDIT))
    titles = [c.title for c in got.items if c.status == "open"]
    assert titles == [
        "Ta fram en samlad lokalförsörjningsplan",
        "Säkerställa att behoven följs upp varje år",
    ]
    assert {c.owner for c in got.items} == {"Kommunstyrelsen"}


#: A council's page of matters still to answer, each with the meeting planned for it.
PLANNED_ANSWERS = """
Motioner och medborgarförslag 2030
Motion om laddstolpar vid simhallen – planeras till fullmäktige i juni 2030
Medborgarförslag om en hundrastgård – beräknas besvaras 2030-09-14
Motion om fler papperskorgar – besvarad
"""


@pytest.mark.parametrize(
    ("word", "status", "due"),
    [
        ("laddstolpar", "open", "2030-06-30"),
        ("hundrastgård", "open", "2030-09-14"),
        ("papperskorgar", "done", None),
    ],
)
def test_matters_listed_with_their_planned_answer(word, status, due):
    got = extract(_doc(PLANNED_ANSWERS))
    assert got.document.kind == "report"
    (item,) = [c for c in got.items if word in c.title]
    assert item.status == status
    assert (item.due.isoformat() if item.due else None) == due


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param(
            "Tjänsteskrivelse Handläggare Datum Diarienummer Per Holm 2030-02-11 SN 2030/14 "
            "Socialnämndens kvalitetsberättelse 2029 Förslag till beslut Nämnden fastställer "
            "kvalitetsberättelsen. Arbetet med avvikelser pågår.",
            "2030-02-11",
            id="letterhead-on-one-line",
        ),
        pytest.param(
            "Patientsäkerhetsberättelse 2029\nVårdförbundet i länet\n"
            "Arbetet med fallprevention pågår och fortsätter.",
            "2029-12-31",
            id="yearly-account-named-with-its-year",
        ),
    ],
)
def test_a_reports_date_from_its_letterhead_or_its_named_year(text, date):
    got = extract(_doc(text))
    assert got.document.kind == "report"
    assert got.meeting.date is not None and got.meeting.date.isoformat() == date
    # (the report's own date, not a meeting's its sentences might tell)
    found = report_date(_doc(text))
    assert found is not None and found.isoformat() == date


#: A goal page of the whole organisation's annual report: an office is named in passing,
#: in lower case inside a sentence; the styrelse answers for the goals.
GOAL_PAGE = """
Måluppfyllelse
Av totalt 12 mål uppnås 10. Kommunstyrelsens bedömning är att måluppfyllelsen är god.
Mål Kommentarer Uppfyllt
Fler ska välja kollektivtrafik
Arbetet pågår och en ny busslinje är en bevakad fråga även inom tekniska förvaltningen.
Nej
Fler ska cykla till arbetet
Cykelvägarna ses över av tekniska förvaltningen tillsammans med trafikverket.
Delvis
Tryggheten i centrum ska öka
Belysningen har förbättrats.
Ja
"""


def test_an_office_named_in_passing_is_not_the_reporting_body():
    got = extract(_doc(GOAL_PAGE))
    assert got.meeting.body == "Kommunstyrelsen"


#: A plan's follow-up page: each measure opens with its number and name, then its fields.
MEASURE_RECORDS = """
Åtgärdsplan för trygga skolvägar – uppföljning
Åtgärd 2.1 Sänka hastigheten vid skolorna
Ansvarig: Tekniska nämnden
Tidplan: 2030
Status: Genomförd
Åtgärd 2.2 Inventera belysningen längs skolvägarna
Ansvarig: Tekniska nämnden
Tidplan: 2031
Status: Ej påbörjad
"""


def test_a_measures_number_and_name_title_its_record():
    got = extract(_doc(MEASURE_RECORDS))
    rows = [(c.title, c.status) for c in got.items]
    assert rows == [
        ("Sänka hastigheten vid skolorna", "done"),
        ("Inventera belysningen längs skolvägarna", "open"),
    ]


def test_an_assignment_not_yet_started_is_told_by_the_sentence_after_it():
    text = (
        "Uppföljning av uppdrag 2030\n"
        "Kulturnämnden fick i uppdrag att utreda en ny konsthall. Utredningen har inte "
        "startat på grund av vakanser.\n"
    )
    got = extract(_doc(text))
    (item,) = [c for c in got.items if c.status == "open"]
    assert "konsthall" in item.text and item.owner == "Kulturnämnden"


#: An audit report that names the body it audits by its kind in its recommendations.
AUDIT_BY_KIND = """
Granskning av överförmyndarnämndens verksamhet
Revisionsrapport 2030
På uppdrag av kommunens förtroendevalda revisorer har vi tagit del av nämndens protokoll.
Vår bedömning är att nämnden delvis säkerställer en tillräcklig intern kontroll.
Nämnden bör säkerställa att årsräkningarna granskas inom utsatt tid.
Nämnden bör ta fram rutiner för att följa upp ställföreträdarna.
"""


def test_the_audited_body_named_by_its_kind_owes_the_recommendations():
    got = extract(_doc(AUDIT_BY_KIND))
    owed = [(c.title, c.owner) for c in got.items if c.status == "open"]
    assert [o for _, o in owed] == ["Överförmyndarnämnden", "Överförmyndarnämnden"]
    assert all(c.kind == "follow_up" for c in got.items)


def test_a_planned_answers_date_is_not_the_pages_date():
    got = extract(_doc(PLANNED_ANSWERS))
    assert got.meeting.date != dt.date(2030, 9, 14)


#: A register whose rows are answered, waiting, or planned for a coming meeting.
MIXED_REGISTER = """
Interpellationer 2030
Interpellation om skolskjutsarna – besvarad 2030-03-12
Interpellation om nattpatrullen i hemtjänsten – ej besvarad
Interpellation om belysningen i parken – besvaras i april 2030
"""


def test_a_planned_answer_is_a_registers_row_beside_the_others():
    got = extract(_doc(MIXED_REGISTER))
    rows = {c.title.split(" – ")[0]: (c.status, c.due) for c in got.items}
    assert rows == {
        "Interpellation om skolskjutsarna": ("done", None),
        "Interpellation om nattpatrullen i hemtjänsten": ("open", None),
        "Interpellation om belysningen i parken": ("open", dt.date(2030, 4, 30)),
    }
