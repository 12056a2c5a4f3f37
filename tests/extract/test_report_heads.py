"""Who a follow-up report is from and when, read from its head (issue 15, sixth
session): a field that names who answers for the whole report, the addressee of an
auditors' letter, the meeting a page tells of, a goal verdict's year, a year in a name.
Text written here, never copied from a real document."""

from __future__ import annotations

import datetime as dt

from tests.extract.minutes_helpers import nonblank_doc
from tracker.extract.report_date import report_date
from tracker.extract.report_facts import labelled_body

_doc = nonblank_doc


def test_field_naming_who_answers_for_the_whole_report_is_its_body() -> None:
    doc = _doc(
        "Slutredovisning av projektmedel 2021 Ansvarig myndighet/organisation: ELM, "
        "energi- och luftmätningsnätet Projektnamn: Mätnät i länet Diarienummer: "
        "Arbetet har fortsatt enligt projektplanen.\n"
    )
    assert labelled_body(doc) == "ELM"


def test_field_on_its_own_line() -> None:
    doc = _doc("Lägesrapport\nAnsvarig nämnd: Kultur- och fritidsnämnden\nStatus: pågår\n")
    assert labelled_body(doc) == "Kultur- och fritidsnämnden"


def test_many_such_fields_name_no_body_of_the_whole() -> None:
    doc = _doc(
        "Projekt A\nAnsvarig förvaltning: Miljöförvaltningen\nProjekt B\n"
        "Ansvarig förvaltning: Tekniska förvaltningen\n"
    )
    assert labelled_body(doc) is None


def test_a_bare_responsible_field_is_an_entry_persons() -> None:
    doc = _doc("Ta fram en ny rutin\n• Ansvarig: Kim Exempel\n• Färdig: 2022-12-31\n")
    assert labelled_body(doc) is None


def test_page_about_the_meeting_that_dealt_with_the_report_is_dated_that_day() -> None:
    doc = _doc(
        "Nytt efter socialnämndens möte 14/6\n"
        "Socialnämndens delårsrapport 1 2024\n"
        "Socialnämnden godkände idag delårsrapporten med en prognos i balans.\n"
    )
    assert report_date(doc) == dt.date(2024, 6, 14)


def test_meeting_named_with_its_month_and_year() -> None:
    doc = _doc("Från kulturnämndens sammanträde den 3 oktober 2023\nTertialrapport 2\n")
    assert report_date(doc) == dt.date(2023, 10, 3)


def test_meeting_day_without_a_single_year_gives_way() -> None:
    # (two years in the head: which one the meeting was in is not told)
    doc = _doc("Efter nämndens möte 14/6\nJämförelse 2022 och 2023\n")
    assert report_date(doc) is None


def test_goal_verdict_naming_its_year_dates_the_follow_up() -> None:
    doc = _doc(
        "Målanalys\nAlla ska kunna påverka\n"
        "Exby stad har delvis nått ambitionen för 2019 inom målet.\n"
        "Andelen var 40 procent 2015 och 42 procent 2018.\n"
    )
    assert report_date(doc) == dt.date(2019, 12, 31)


def test_year_beside_a_goal_without_a_verdict_dates_nothing() -> None:
    doc = _doc("Målanalys\nMålet för 2019 beskrivs i planen.\n")
    assert report_date(doc) is None


def test_a_year_in_a_plans_name_does_not_date_the_report() -> None:
    doc = _doc(
        "Målanalys\nInvånarna ska kunna påverka planeringen.\n"
        "2019 har det varit stort fokus på samråd. Under året som gick hölls samrådet för "
        "Parkplan 2020 och Parkplan 2020 väckte stort intresse. Dialogen om Parkplan 2020 "
        "fortsätter.\n"
    )
    assert report_date(doc) == dt.date(2019, 12, 31)


def test_a_year_named_once_in_passing_dates_nothing() -> None:
    doc = _doc("Målanalys\nUnder året har arbetet fortsatt som planerat sedan 2015.\n")
    assert report_date(doc) is None


def test_an_auditors_letter_gives_the_work_found_to_its_addressee() -> None:
    from tracker.extract.report_facts import audited_body

    doc = _doc(
        "Revisorerna 2023-02-10\nTill:\nNämnden för miljö och hälsa För kännedom:\n"
        "Kommunstyrelsen Kommunfullmäktige\nRevisionsrapport: Uppföljande granskning\n"
        "Vi, de förtroendevalda revisorerna i Exby kommun, har följt upp tidigare granskningar.\n"
    )
    assert audited_body(doc) == "Nämnden för miljö och hälsa"


def test_an_addressee_field_naming_several_bodies_names_none() -> None:
    from tracker.extract.report_facts import audited_body

    doc = _doc("Revisorerna 2023-02-10\nTill: Socialnämnden och Kulturnämnden\nRevisionsrapport\n")
    assert audited_body(doc) is None


def test_the_next_meeting_does_not_date_the_report() -> None:
    doc = _doc("Tertialrapport 1 2024\nNästa möte 14/6\nSocialnämnden\n")
    assert report_date(doc) == dt.date(2024, 4, 30)
