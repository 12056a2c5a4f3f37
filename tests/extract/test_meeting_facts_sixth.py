"""Meeting facts, sixth pass: a page's report of a meeting titled by it ("Referat från
…", "Beslut i korthet …"), the year of a heading over a yearless date, spans of years
that name a plan's period, a place written before the date in "Plats och tid", and a
meeting page that lists its protocol file.  The texts are written for these tests (no
real document is quoted)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import doc_from_text, run
from tracker.domain import DocumentInfo
from tracker.extract.kind import detect_kind
from tracker.extract.minutes import extract_minutes

DATED = [
    pytest.param(
        "2023-03-16\n\nReferat från kulturnämnden 14 mars\n\nHär följer ett kort referat "
        "från nämndens möte den 14 mars 2023.\n\nNämnden beslutade att anta en ny "
        "biblioteksplan.\n", dt.date(2023, 3, 14), id="a-report-title-over-the-page-date"),
    pytest.param(
        "Exempelby kommun\n\nSammanfattning kommunfullmäktige 9 oktober - budget och "
        "motioner\n\nFullmäktige antog budgeten och planen för 2025-2028. Planen "
        "för 2025-2028 gäller från januari.\n\nÅrets miljöstipendium 2024 delades ut.\n",
        dt.date(2024, 10, 9), id="a-span-of-years-is-no-year-of-the-text"),
    pytest.param(
        "Beslut i korthet 2017\n\nBeslut i korthet den 20 mars\n\nHär är några av "
        "ärendena som nämnden beslutade om vid sammanträdet den 20 mars.\n\nEn utredning "
        "ska redovisas i februari 2018. Budgeten för 2018 ska följas upp i januari 2018.\n",
        dt.date(2017, 3, 20), id="the-heading-s-year-over-the-year-written-most"),
    pytest.param(
        "Protokoll\n\nPlats och tid Stadshuset i Exempelby, Lokal: Ekensalen och "
        "Björksalen, ingång B Onsdagen den 8 maj 2019, kl. 18:00 20:10 Eva Lind (S), "
        "ordförande Per Holm (M) Ali Berg (V)\n\n§ 1 Budget\nNämnden antar budgeten.\n",
        dt.date(2019, 5, 8), id="a-long-place-before-the-date"),
    pytest.param(
        "Kommunstyrelsen, sammanträde\n\nTid:\nPlats: Sessionssalen, Stadshuset\n\n"
        "Protokoll\n\nFiler att ladda ned\nKommunstyrelsen 2021-09-20 protokoll.pdf Pdf, "
        "812 kB 2021-10-04 09.12\n\nKommunstyrelsen gav förvaltningen i uppdrag att ta fram "
        "en ny lokalplan.\n", dt.date(2021, 9, 20), id="a-listed-protocol-file"),
]


@pytest.mark.parametrize(("text", "date"), DATED)
def test_meeting_date(text, date):
    assert run(text).meeting.date == date


def test_a_report_title_dates_only_by_its_first_words():
    # a background paragraph is no title: its decision date is not the meeting's
    text = ("Sammanfattning av ärendet: nämnden har tidigare fått information och i ett "
            "långt ärende beslutade fullmäktige 2019-03-04 att ge uppdraget.\n\n"
            "Protokoll 2019-06-10\n\nNärvarande: Eva Lind, Per Holm\n")
    assert run(text).meeting.date == dt.date(2019, 6, 10)


def test_only_a_protocol_file_dates_the_meeting():
    text = ("Kommunstyrelsen, sammanträde\n\nFiler att ladda ned\n"
            "Handlingar 2021-09-13.pdf Pdf, 200 kB\nBilaga 3 2021-08-30.pdf Pdf, 90 kB\n\n"
            "Kommunstyrelsen gav förvaltningen i uppdrag att ta fram en lokalplan.\n")
    assert run(text).meeting.date is None


def test_a_report_of_a_meeting_is_read_as_minutes():
    doc = doc_from_text("2023-03-16\n\nReferat från kulturnämnden 14 mars\n\nNämnden "
                        "beslutade att anta en ny biblioteksplan. Förvaltningen ska följa "
                        "upp planen i december.\n")
    assert detect_kind(doc) == "minutes"
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))
    assert ex.meeting.date == dt.date(2023, 3, 14)


# --- the next meeting, and the dues it gives -----------------------------------------------


def test_the_next_meeting_told_under_its_heading():
    text = ("Styrelsemöte 2021-03-02\n\nNärvarande: Eva Lind, Per Holm\n\n"
            "1. Staket\nEva kollar upp priser på staket till nästa möte.\n\n"
            "2. Nästa möte\nVi bestämde först den 2021-04-06 kl 18, men mötet flyttades "
            "sedan till 2021-04-13.\n\n3. Avslutning\nOrdföranden avslutade mötet.\n")
    ex = run(text)
    assert ex.meeting.next_meeting == dt.date(2021, 4, 13)
    assert [c.due for c in ex.items if "staket" in c.title.lower()] == [dt.date(2021, 4, 13)]


def test_the_next_meeting_heading_without_a_date_gives_none():
    text = ("Styrelsemöte 2021-03-02\n\nNärvarande: Eva Lind, Per Holm\n\n"
            "2. Nästa möte\nOrdföranden kallar till möte i vår.\n\n"
            "3. Avslutning\nMötet avslutades 2021-03-02.\n")
    assert run(text).meeting.next_meeting is None


# --- the body: from the file's name, and the bare noun of the meeting's own body ---------


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("KS protokoll 2023-05-16.pdf", "Kommunstyrelsen"),
        ("KSAU 2024-01-10.docx", "Kommunstyrelsens arbetsutskott"),
        ("protokoll_socialnämnden_20230512.docx", "Socialnämnden"),
        ("Kultur- och fritidsnämnden protokoll 2022-02-01.pdf", "Kultur- och fritidsnämnden"),
        ("Styrelsemöte 230512.pdf", "Styrelsen"),
        ("protokoll 2023-05-12.pdf", None),
        ("Möte med gruppen 2023-05-12.docx", None),  # some group, named nowhere
        ("Remiss till nämnden.pdf", None),
        ("scan0001.pdf", None),
    ],
)
def test_the_file_name_names_a_body_the_text_does_not(name, body):
    text = "Protokoll 2023-05-12\n\nNärvarande: Eva Lind, Per Holm\n\n1. Lokaler\nPer " \
           "återkommer senast 30 maj.\n"
    doc = doc_from_text(text, name)
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))
    assert ex.meeting.body == body
    assert any("filnamnet" in w.message for w in ex.warnings) == (body is not None)


def test_the_text_s_body_before_the_file_name():
    text = "Protokoll från byggnadsnämnden 2023-05-12\n\nNärvarande: Eva Lind, Per Holm\n"
    doc = doc_from_text(text, "KS protokoll 2023-05-12.pdf")
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))
    assert ex.meeting.body == "Byggnadsnämnden"
    assert not any("filnamnet" in w.message for w in ex.warnings)


def test_the_bare_noun_of_the_own_body_owns_as_the_body():
    from tracker.extract.own_body import own_body

    assert own_body("Nämnden", "Socialnämnden") == "Socialnämnden"
    assert own_body("Utskottet", "Kommunstyrelsens arbetsutskott") == (
        "Kommunstyrelsens arbetsutskott")
    assert own_body("Styrelsen", "Socialnämnden") == "Styrelsen"  # another forum
    assert own_body("Styrelsen", "Styrelsen") == "Styrelsen"
    assert own_body("Förvaltningen", "Socialnämnden") == "Förvaltningen"
    text = ("Protokoll Socialnämnden 2023-05-12\n\nNärvarande: Eva Lind, Per Holm\n\n"
            "§ 4 Boenden\nNämnden ska återkomma med en plan för nya boenden senast den 30 "
            "september.\n")
    owners = [c.owner for c in run(text).items + run(text).possible]
    assert "Socialnämnden" in owners and "Nämnden" not in owners


# --- a page telling one meeting's decisions ----------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Kommunfullmäktige i korthet", "Debatt och nya beslut i kommunfullmäktige",
     "Beslut från regionstyrelsens sammanträde"],
)
def test_a_page_titled_by_a_meeting_s_decisions_is_minutes(title):
    doc = doc_from_text(f"{title}\n\nFullmäktige biföll motionen om fler cykelbanor. "
                        "Kommunstyrelsen ska ta fram en plan till hösten.\n")
    assert detect_kind(doc) == "minutes"


def test_the_same_words_deep_in_a_report_make_no_minutes():
    lines = ["Verksamhetsberättelse 2022"] + [f"Avsnitt {i}. Text om verksamheten." for i in
                                              range(12)]
    doc = doc_from_text("\n".join([*lines, "Socialnämnden i korthet", "Mål 1 uppfylls."]))
    assert detect_kind(doc) != "minutes"


def test_the_meeting_a_page_tells_of_names_the_body_before_a_proposer():
    text = ("Beslut i korthet den 15 oktober\n\nFöljande ärenden beslutades på "
            "kommunstyrelsens sammanträde.\n\nNya avgifter för torghandel\n\n"
            "Byggnadsnämnden föreslår att avgifterna för torghandel ska ändras.\n")
    assert run(text).meeting.body == "Kommunstyrelsen"


# --- days of one month written once ------------------------------------------------------


def test_days_of_one_month_written_once_are_due_on_the_last():
    from tracker.language.dates import find_periods

    (p,) = find_periods("Vattnet stängs av mellan 5-10/10.", dt.date(2020, 9, 5))
    assert (p.start, p.end, p.precision) == (dt.date(2020, 10, 5), dt.date(2020, 10, 10), "day")
    assert find_periods("tel 08-5/6", dt.date(2020, 9, 5)) == []  # no span of days


# --- written shapes: a year after a dash, a bare forum line beside the title -------------


@pytest.mark.parametrize(
    ("text", "end"),
    [("Datum: 3 maj -23", dt.date(2023, 5, 3)), ("mötet 12/10 -21.", dt.date(2021, 10, 12)),
     ("den 4 mars -19 kl 18", dt.date(2019, 3, 4))],
)
def test_a_year_written_short_after_a_dash(text, end):
    from tracker.language.dates import find_periods

    assert [p.end for p in find_periods(text, dt.date(2020, 9, 5))] == [end]


@pytest.mark.parametrize("text", ["3 maj -23 maj", "3/5 -17/5", "1 jan -31 dec"])
def test_a_span_s_end_is_no_short_year(text):
    from tracker.language.dates import find_periods

    assert all(p.end.year == 2021 for p in find_periods(text, dt.date(2020, 9, 5)))


@pytest.mark.parametrize(
    ("text", "body"),
    [("Protokoll 2023-05-03\nStyrelsen\nNärvarande: Eva, Per\n", "Styrelsen"),
     ("Styrelsen\nProtokoll 2023-05-03\nNärvarande: Eva, Per\n", "Styrelsen"),
     ("Protokoll 2023-05-03\nStyrelsen för Exempelby Energi AB\nNärvarande: Eva, Per\n",
      "Styrelsen för Exempelby Energi AB")],
)
def test_the_bare_forum_on_a_line_beside_the_title(text, body):
    assert run(text).meeting.body == body



# --- owners from clause shapes: a person named by the role held --------------------------


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [("Kassören betalar fakturan senast 31 mars.", "Kassören"),
     ("Rektorn besöker skolan i april.", "Rektorn")],
)
def test_a_role_acts_as_a_person_does(sentence, owner):
    text = ("Protokoll styrelsemöte 2023-03-14\n\nNärvarande: Eva Lind, Per Holm\n\n"
            f"1. Ärenden\n{sentence}\n")
    ex = run(text)
    assert [(c.owner, c.due is not None) for c in ex.items + ex.possible] == [(owner, True)]


@pytest.mark.parametrize("sentence", ["Ordföranden informerar om läget.",
                                      "Ordföranden hälsar alla välkomna."])
def test_a_role_telling_the_meeting_gives_no_task(sentence):
    text = ("Protokoll styrelsemöte 2023-03-14\n\nNärvarande: Eva Lind, Per Holm\n\n"
            f"1. Ärenden\n{sentence}\n")
    ex = run(text)
    assert ex.items + ex.possible == []


# --- a body's meeting named by the body in a sentence -----------------------------------


def test_the_meeting_named_by_its_body_dates_a_page():
    text = ("Publicerad 2023-04-26\n\nHär är besluten från kommunfullmäktiges möte den 24 "
            "april.\n\nFullmäktige gav kommunstyrelsen i uppdrag att ta fram en plan.\n")
    assert run(text).meeting.date == dt.date(2023, 4, 24)


def test_a_body_s_meeting_to_come_does_not_date_the_page():
    text = ("Publicerad 2023-04-26\n\nFrågan om cykelbanor ska behandlas på "
            "kommunstyrelsens sammanträde den 5 juni.\n\nFörvaltningen tar fram ett "
            "underlag till dess.\n")
    assert run(text).meeting.date != dt.date(2023, 6, 5)


# --- owners: a cleft, a forum of the employer and the unions -----------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [("Det är gruppledarna för alla partier i fullmäktige som ska sköta utvärderingen.",
      "Gruppledarna för alla partier i fullmäktige"),
     ("Det är förvaltningen som ska återkomma i frågan.", "Förvaltningen"),
     ("Nu kommer central samverkan att besöka de lokala grupperna.", "Central samverkan")],
)
def test_the_one_who_acts_in_a_cleft_and_a_samverkan(text, who):
    from tracker.extract.clause_actor import actor

    assert actor(text) == who


def test_a_cleft_of_no_one_gives_no_owner():
    from tracker.extract.clause_actor import actor

    assert actor("Det är viktigt att frågan som helhet utreds.") is None


# --- a later decision point that dates earlier points by number --------------------------


def test_a_point_dates_earlier_points_by_number():
    text = ("Protokoll kommunstyrelsen 2019-04-15\n\nNärvarande: Eva Lind, Per Holm\n\n"
            "§ 12 Laddstolpar och cykelställ\nBeslut\n"
            "1. Förvaltningen får i uppdrag att inventera cykelställen vid kommunens skolor.\n"
            "2. Förvaltningen får i uppdrag att utreda laddstolpar vid kommunens arbetsplatser.\n"
            "3. Punkt 1 återrapporteras till kommunstyrelsen senast i januari 2020.\n")
    ex = run(text)
    dues = {c.text.split()[-1]: c.due for c in ex.items}
    assert dues == {"skolor.": dt.date(2020, 1, 31), "arbetsplatser.": None}


def test_a_point_number_with_no_such_point_stays_an_item():
    text = ("Protokoll kommunstyrelsen 2019-04-15\n\nNärvarande: Eva Lind, Per Holm\n\n"
            "§ 12 Cykelställ\nBeslut\nFörvaltningen får i uppdrag att inventera cykelställen.\n"
            "Punkt 4 återrapporteras till kommunstyrelsen senast i januari 2020.\n")
    ex = run(text)
    assert any("Punkt 4" in c.text for c in ex.items)


# --- structure: a list numbered anew under its own heading --------------------------------


def _sections_of(text: str) -> list[str]:
    from tracker.extract.sections import structure

    return [s.title for s in structure(doc_from_text(text)).sections]


def test_a_list_numbered_anew_under_its_heading_is_a_section_of_its_own():
    text = ("Minnesanteckningar arkivnätverket 2026-03-05\n\n1. Inledning\nEva hälsade "
            "välkomna till mötet.\n2. Föreskrifter\nGruppen gick igenom nya regler.\n"
            "3. Utbildning\nBehovet av utbildning i gallring är stort.\n"
            "Att göra till nästa träff\n1. Per skickar ut sin mall senast 31 mars.\n"
            "2. Eva sammanställer behoven till maj.\n")
    assert _sections_of(text)[-1] == "Att göra till nästa träff"


def test_a_decision_label_over_its_points_stays_in_its_item():
    text = ("Protokoll 2021-01-20\n\n1. Inledning\nMötet öppnades.\n2. Granskning\n"
            "Nämnden fick information om granskningen.\n"
            "Äldre- och omsorgsnämndens förslag till beslut\n1. Granskningen noteras.\n"
            "2. Åtgärder återrapporteras till nämnden senast den 25 mars 2021.\n")
    assert _sections_of(text)[-1] == "Granskning"
