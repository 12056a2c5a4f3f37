"""Follow-up shapes of many organisations, written here (never copied from a real
document): uppdrag tables with a period in their header and the owner in parentheses,
findings under a status heading (kvarstående/åtgärdade brister), matters planned for a
month (obesvarade motioner), action plans that name their owner once, standing duties,
a supervisor's or the auditors' report, and the report's own date and body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.domain import Candidate, Document, DocumentInfo, Line
from tracker.extract import detect_kind
from tracker.extract.followup_lines import status_of
from tracker.extract.followup_owners import owner_note
from tracker.extract.report import extract_report, report_date
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    """One line per printed line, as a PDF or a web page gives them."""
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _doc(text: str) -> Document:
    return Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))


def _report(text: str):
    info = DocumentInfo(file="f.txt", sha256="0", format="txt", pages=1, kind="report")
    return extract_report(_doc(text), info)


def _items(text: str, body: str | None = "Kommunstyrelsen", ref: dt.date | None = None):
    return read_followup(_lines(text), body, ref).items


def _one(items: list[Candidate], word: str) -> Candidate:
    hits = [it for it in items if word.casefold() in (it.title + " " + it.text).casefold()]
    assert len(hits) == 1, [it.title for it in items]
    return hits[0]


# --- an uppdrag table: period in the header, owner in parentheses, a forecast -----------

UPPDRAG_T2 = """
T2 2025 Uppdrag. Kommentar T2 2025
.
Inför digital signering av avtal (KS)
Uppdraget bedöms bli genomfört under året.
Upphandlingen är klar och leverantören börjar i november.
.
Ta fram en plan för lokalförsörjning (Tekniska nämnden)
Arbetet med planen fortgår och ett utkast går på remiss i höst.
.
Se över reglementet för kommunens råd
Uppdraget är slutfört och redovisades i maj.
"""


def test_each_named_uppdrag_under_a_period_header_is_an_entry() -> None:
    items = _items(UPPDRAG_T2, body=None, ref=dt.date(2025, 8, 31))
    assert [it.status for it in items] == ["open", "open", "done"]


def test_an_owner_in_parentheses_owns_the_uppdrag_and_leaves_its_title() -> None:
    items = _items(UPPDRAG_T2, body=None, ref=dt.date(2025, 8, 31))
    signing = _one(items, "signering")
    assert signing.owner == "Kommunstyrelsen"
    assert signing.title == "Inför digital signering av avtal"
    assert _one(items, "lokalförsörjning").owner == "Tekniska nämnden"


def test_a_forecast_keeps_the_uppdrag_open_until_the_end_of_the_reports_year() -> None:
    signing = _one(_items(UPPDRAG_T2, body=None, ref=dt.date(2025, 8, 31)), "signering")
    assert signing.status == "open"
    assert signing.due == dt.date(2025, 12, 31)
    assert "bedöms bli genomfört" in (signing.evidence or "")


def test_the_period_in_the_header_dates_the_report_and_the_owners_name_its_body() -> None:
    ex = _report(UPPDRAG_T2.replace("(Tekniska nämnden)", "(KS)"))
    assert ex.meeting.date == dt.date(2025, 8, 31)
    assert ex.meeting.body == "Kommunstyrelsen"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inför e-arkiv (KS)", ("Inför e-arkiv", "Kommunstyrelsen")),
        ("Ny taxa (KF).", ("Ny taxa", "Kommunfullmäktige")),
        ("Ny renhållningsordning (Miljönämnden)", ("Ny renhållningsordning", "Miljönämnden")),
        ("Ny taxa (se bilaga 2)", None),
        ("Ny taxa (2025)", None),
    ],
)
def test_owner_note(text: str, expected: tuple[str, str] | None) -> None:
    assert owner_note(text) == expected


# --- findings under a status heading ------------------------------------------------------

FINDINGS = """
Beslut efter uppföljning
Myndigheten har följt upp de brister som framkom vid tillsynen hösten 2024.
Sammanfattning av kvarstående brister
Enligt myndighetens bedömning är nedanstående brister ännu inte
åtgärdade, och huvudmannen uppfyller inte kraven avseende att:
Område
Senaste datum
för redovisning
2025-11-30
1. Dokumentation
• Varje ärende dokumenteras så att
det går att följa handläggningen.
2. Rutiner
Rutinen för klagomål är känd av all
personal och följs.
Datum för när bristerna senast ska vara åtgärdade anges längre fram.
Sammanfattning av åtgärdade brister
• Nämnden har en aktuell delegationsordning.
"""


@pytest.mark.parametrize(("word", "status"), [("dokumenteras", "open"), ("klagomål", "open"),
                                              ("delegationsordning", "done")])
def test_a_findings_heading_gives_its_status_to_the_points_below(word: str, status: str) -> None:
    item = _one(_items(FINDINGS, body=None), word)
    assert item.status == status
    assert any("punkt under rubriken" in r for r in item.reasons)


def test_the_lead_of_a_findings_list_sets_the_date_for_all_of_them() -> None:
    items = _items(FINDINGS, body=None)
    assert {_one(items, w).due for w in ("dokumenteras", "klagomål")} == {dt.date(2025, 11, 30)}


@pytest.mark.parametrize("word", ["nedanstående brister", "längre fram", "1. Dokumentation"])
def test_the_lead_the_group_names_and_the_text_after_the_list_are_no_entries(word: str) -> None:
    items = _items(FINDINGS, body=None)
    assert not [it for it in items if word.casefold() in it.text.casefold()]


def test_a_wrapped_point_is_one_entry() -> None:
    item = _one(_items(FINDINGS, body=None), "dokumenteras")
    assert item.text == (
        "Varje ärende dokumenteras så att det går att följa handläggningen. (senast 2025-11-30)"
    )


@pytest.mark.parametrize(
    ("value", "status"),
    [("Åtgärdat", "done"), ("Delvis åtgärdat", "open"), ("Ej åtgärdad", "open"),
     ("Kvarstår", "open"), ("Avhjälpt", "done")],
)
def test_the_states_of_a_finding_are_status_words(value: str, status: str) -> None:
    found = status_of(value)
    assert found is not None and found[0] == status


# --- matters planned for a month, and standing duties -------------------------------------

MOTIONS = """
Rapport obesvarade motioner
Två gånger per år ska kommunstyrelsen redovisa de motioner som inte är färdigberedda.
Redovisningen görs på fullmäktiges ordinarie sammanträden i maj och november.
En motion om fler laddplatser vid kommunens förskolor.
Svar på motionen behandlas preliminärt av kommunstyrelsen i juni 2025.
En motion om belysning längs cykelvägen till badet. Ärendet planeras behandlas i
kommunstyrelsen i september 2025.
"""


def test_a_matter_planned_for_a_month_is_open_until_then() -> None:
    items = _items(MOTIONS, ref=dt.date(2025, 4, 20))
    charging = _one(items, "laddplatser")
    assert (charging.status, charging.due) == ("open", dt.date(2025, 6, 30))
    assert charging.title.startswith("En motion om fler laddplatser")
    assert _one(items, "belysning").due == dt.date(2025, 9, 30)


def test_the_body_that_deals_with_a_matter_owns_it() -> None:
    items = _items(MOTIONS, body=None, ref=dt.date(2025, 4, 20))
    assert _one(items, "laddplatser").owner == "Kommunstyrelsen"


@pytest.mark.parametrize("word", ["Två gånger per år", "ordinarie sammanträden"])
def test_a_duty_that_recurs_is_no_item(word: str) -> None:
    items = _items(MOTIONS, ref=dt.date(2025, 4, 20))
    assert not [it for it in items if word.casefold() in it.text.casefold()]


def test_reports_of_what_is_not_yet_done_are_reports() -> None:
    assert detect_kind(_doc(MOTIONS)) == "report"
    assert detect_kind(_doc("Rapportering av icke verkställda beslut\nAntal: 0\n")) == "report"
    assert detect_kind(_doc(FINDINGS)) == "report"


# --- an action plan that names its owner once ---------------------------------------------

ACTION_PLAN = """
Socialnämnden
Tillsynsmyndigheten har begärt en redovisning av hur bristerna ska åtgärdas.
En genomgång av rutinerna för akuta placeringar planeras under våren samt en
utbildning i dokumentation för alla handläggare.
Uppföljningen av fattade beslut ska förbättras. Ansvarig för genomförandet är
sektionschefen för mottagningen.
"""


def test_measures_joined_by_samt_are_items_of_their_own() -> None:
    titles = [it.title for it in _items(ACTION_PLAN, body=None)]
    assert titles[:2] == [
        "En genomgång av rutinerna för akuta placeringar",
        "Utbildning i dokumentation för alla handläggare",
    ]


def test_a_measure_to_be_taken_beside_others_counts_without_a_date() -> None:
    item = _one(_items(ACTION_PLAN, body=None), "beslut ska förbättras")
    assert item.status == "open"


def test_the_named_owner_answers_for_every_measure_before_it() -> None:
    items = _items(ACTION_PLAN, body=None)
    assert {it.owner for it in items} == {"sektionschefen för mottagningen"}


def test_without_a_measure_a_future_passive_is_still_no_item() -> None:
    assert _items("Socialnämnden\nResultaten ska redovisas för nämnden.\n") == []


# --- a supervisor's or the auditors' report -----------------------------------------------

SUPERVISOR = """
Beslut
2025-03-10
Skolinspektionen
Ekby kommun
Beslut efter uppföljning för grundskola i Ekby kommun
Sammanfattning av kvarstående brister
• Eleverna får det stöd de behöver i matematik.
Ekby kommun ska senast 2025-09-30 redovisa vilka åtgärder som vidtagits.
"""


def test_a_supervisors_report_has_it_as_body_and_gives_the_work_to_the_organisation() -> None:
    ex = _report(SUPERVISOR)
    assert ex.meeting.body == "Skolinspektionen"
    assert _one(ex.items, "matematik").owner == "Ekby kommun"


def test_a_report_made_for_the_auditors_has_them_as_body() -> None:
    text = "Revisionsrapport 2024 Genomförd på uppdrag av revisorerna i Ekby kommun\n"
    assert _report(text + "Granskning av delårsrapport per 31 augusti 2024\n").meeting.body == (
        "Revisorerna"
    )
    # named as the report names them: "de förtroendevalda revisorerna" are no kommun's
    # alone, a region has them too
    text = "Revisionsrapport 2024 Genomförd på uppdrag av de förtroendevalda revisorerna\n"
    assert _report(text + "Granskning av delårsrapport per 31 augusti 2024\n").meeting.body == (
        "De förtroendevalda revisorerna"
    )


# --- the report's date ------------------------------------------------------------------


def test_a_report_mentioned_in_a_sentence_gives_no_date() -> None:
    text = """
Redovisning av motioner
En motion om att ändra kommunens årsredovisning. Svar på motionen behandlas i april 2025.
"""
    assert report_date(_doc(text)) is None


# --- the auditors' recommendations in a table -----------------------------------------------

RECOMMENDATIONS = """
Uppföljning av tidigare granskningar
Rekommendation | Vidtagen åtgärd | Status
Ta fram rutiner för attest av egna utlägg | Rutinen är beslutad i mars | Åtgärdad
Följ upp avtalstroheten vid inköp | En första mätning görs i höst | Delvis åtgärdad
Inför en plan för intern kontroll av bisysslor | Inget gjort ännu | Ej påbörjad
"""


@pytest.mark.parametrize(
    ("word", "status"), [("attest", "done"), ("avtalstroheten", "open"), ("bisysslor", "open")]
)
def test_a_recommendation_table_gives_each_row_its_status(word: str, status: str) -> None:
    item = _one(_items(RECOMMENDATIONS), word)
    assert item.status == status
    assert "Rekommendation" in item.reasons[0]


def test_an_auditors_follow_up_is_a_report() -> None:
    assert detect_kind(_doc(RECOMMENDATIONS)) == "report"


# --- a table printed one cell a line, numbered points, a status that says when ----------------

VERTICAL = """
Uppföljning av revisionens rekommendationer
Rekommendation
Status
Kommentar
Ta fram rutiner för avtalsuppföljning
Pågår
Ett förslag tas fram under hösten.
Säkerställ kompetens i upphandling
Åtgärdad
Utbildningen är genomförd.
"""


def test_a_header_printed_one_column_a_line_makes_a_table() -> None:
    items = _items(VERTICAL, body=None)
    assert [(it.title, it.status) for it in items] == [
        ("Ta fram rutiner för avtalsuppföljning", "open"),
        ("Säkerställ kompetens i upphandling", "done"),
    ]


def test_a_numbered_point_with_its_status_is_named_without_its_number() -> None:
    text = """
Uppföljning av tidigare års granskningar
1. Säkerställ att delegationsbeslut anmäls till nämnden – Ej åtgärdad
2. Upprätta en dokumenthanteringsplan – Åtgärdad
"""
    items = _items(text, body=None)
    assert [(it.title, it.status) for it in items] == [
        ("Säkerställ att delegationsbeslut anmäls till nämnden", "open"),
        ("Upprätta en dokumenthanteringsplan", "done"),
    ]


def test_a_status_that_plans_a_month_gives_the_due_and_the_body_that_deals_with_it() -> None:
    text = """
Redovisning av obesvarade motioner
Motion | Inkom | Status
Motion om solceller på kommunens tak | 2024-03-12 | Planeras behandlas i KF i juni 2025
Motion om fler bänkar i centrum | 2024-05-02 | Besvarad
"""
    solar, benches = _items(text, body=None)
    assert (solar.status, solar.due, solar.owner) == (
        "open", dt.date(2025, 6, 30), "Kommunfullmäktige"
    )
    assert benches.status == "done"


def test_a_status_opening_a_line_gives_it_to_the_entry() -> None:
    text = """
Uppföljning av uppdrag 2025
Pågår: Ta fram en ny avfallsplan
Klart: Revidera taxan för bygglov
Ej påbörjat – Utreda gemensam växel med grannkommunen
"""
    items = _items(text, body=None)
    assert [(it.title, it.status) for it in items] == [
        ("Ta fram en ny avfallsplan", "open"),
        ("Revidera taxan för bygglov", "done"),
        ("Utreda gemensam växel med grannkommunen", "open"),
    ]


AUDIT_PROSE = """
Uppföljning av granskning av IT-säkerhet
Revisorerna rekommenderade kommunstyrelsen att ta fram en kontinuitetsplan för IT-driften.
Rekommendationen bedöms som delvis åtgärdad. En plan finns men har inte övats.
Revisorerna rekommenderade även att behörigheter ses över årligen.
Rekommendationen bedöms som åtgärdad.
"""


def test_a_recommendation_judged_partly_done_is_open_and_named_by_what_it_asks() -> None:
    (item,) = _items(AUDIT_PROSE, body=None)
    assert item.title == "Ta fram en kontinuitetsplan för IT-driften"
    assert item.owner == "Kommunstyrelsen"
    assert "delvis åtgärdad" in (item.evidence or "")


@pytest.mark.parametrize(
    ("comment", "status"),
    [
        ("Uppdraget bedöms bli genomfört under året.", "open"),
        ("Arbetet beräknas vara klart i oktober.", "open"),
        ("Uppdraget är slutfört och rapporten kommer att behandlas i nämnden i maj.", "done"),
    ],
)
def test_a_forecast_keeps_an_uppdrag_open_but_not_one_said_to_be_finished(
    comment: str, status: str
) -> None:
    from tracker.extract.followup_entries import comment_verdict

    assert comment_verdict([comment])[0] == status


# --- a tertial's action plan: its period, work to go on, states that are no work ---------------

TERTIAL_PLAN = """
Miljönämnden, Åtgärdsplan tertial 2 2025 4(6)
Uppföljning tertial 2 – åtgärder
Det är för tidigt att veta om de planerade, pågående och genomförda åtgärderna har gett effekt.
Resultatet är fortsatt "gult" och inte längre "rött".
Arbetet med de nya rutinerna för tillsyn bör fortsätta enligt plan under hösten.
"""


def test_a_tertial_named_with_its_year_makes_a_report_and_dates_it() -> None:
    assert detect_kind(_doc(TERTIAL_PLAN)) == "report"
    assert report_date(_doc(TERTIAL_PLAN)) == dt.date(2025, 8, 31)


def test_work_that_is_to_go_on_is_open_and_states_are_no_work() -> None:
    (item,) = _items(TERTIAL_PLAN, body="Miljönämnden")
    assert item.title.startswith("Arbetet med de nya rutinerna för tillsyn")


def test_a_column_of_planned_treatment_gives_due_and_body() -> None:
    text = """
Redovisning av obesvarade motioner
Motion | Inkom | Beräknad behandling
Motion om gratis simskola för alla sexåringar | 2024-09-10 | KS i mars 2025
Motion om solpaneler på skolor | 2024-10-01 | Kommunfullmäktige i juni 2025
"""
    swim, solar = _items(text, body=None, ref=dt.date(2025, 2, 1))
    assert (swim.status, swim.due, swim.owner) == ("open", dt.date(2025, 3, 31), "Kommunstyrelsen")
    assert (solar.due, solar.owner) == (dt.date(2025, 6, 30), "Kommunfullmäktige")


# --- labelled fields with the owner before the status, statuses in parentheses, assignments -----

LABELLED_OWNER_FIRST = """
Uppföljning av uppdrag T2 2025
Uppdrag
Utreda förutsättningarna för ett nytt äldreboende
Ansvarig
Vård- och omsorgsnämnden
Status
Pågående
Kommentar
Utredningen presenteras i nämnden i november.
Uppdrag
Ta fram en ny bostadsförsörjningsplan
Ansvarig
Kommunstyrelsen
Status
Avslutad
"""


def test_an_owner_field_before_the_status_belongs_to_its_own_entry() -> None:
    items = _items(LABELLED_OWNER_FIRST, body=None)
    assert [(it.status, it.owner) for it in items] == [
        ("open", "Vård- och omsorgsnämnden"), ("done", "Kommunstyrelsen")
    ]


def test_a_status_in_parentheses_closes_an_entry_line() -> None:
    text = """
Verksamhetsberättelse 2025 Tekniska nämnden
Viktiga händelser
• Ny cykelplan (pågår)
• Ny renhållningstaxa (klar)
"""
    ex = _report(text)
    assert ex.meeting.body == "Tekniska nämnden"
    assert [(it.title, it.status, it.owner) for it in ex.items] == [
        ("Ny cykelplan", "open", "Tekniska nämnden"),
        ("Ny renhållningstaxa", "done", "Tekniska nämnden"),
    ]


def test_work_going_on_with_an_assignment_is_named_by_the_assignment() -> None:
    text = """
Barn- och utbildningsnämnden
Kommunfullmäktige gav nämnden i uppdrag att utreda en ny skolorganisation på landsbygden.
Utredningen pågår och beräknas vara klar under 2026.
Nämnden fick också i uppdrag att införa frukost i alla skolor. Uppdraget är genomfört.
"""
    (item,) = _items(text, body=None)
    assert item.title == "Utreda en ny skolorganisation på landsbygden"
    assert item.owner == "Barn- och utbildningsnämnden"
    assert item.due == dt.date(2026, 12, 31)


# --- a delårsrapport's running text: what goes on, what is done, goals, the world ------------

INTERIM = """
Delårsrapport januari–augusti 2025
Kultur- och fritidsnämnden
Viktiga händelser
Under perioden har biblioteket i Norrby flyttat till nya lokaler. Invigningen skedde i april.
Sommarlovsaktiviteterna genomfördes med statsbidrag. Kostnaderna för energi fortsätter att öka.
Arbetet med en ny idrottspolitisk plan pågår och planen beräknas antas i december 2025.
Nämnden har beslutat om nya taxor för uthyrning av lokaler som gäller från 1 juli.
Framtid
Nämnden står inför stora utmaningar. Behovet av nya idrottshallar kommer att öka.
Måluppfyllelse
Mål 1: Fler barn och unga ska vara fysiskt aktiva. Målet bedöms delvis uppfyllt.
Mål 2: Biblioteken ska vara öppna för alla. Målet bedöms uppfyllt.
Av nämndens sex mål bedöms fyra vara uppfyllda och två är delvis uppfyllda.
Uppdrag från kommunfullmäktige
Nämnden har i uppdrag att ta fram en strategi för föreningsstöd. Uppdraget är påbörjat och
ska redovisas i mars 2026.
Nämnden har i uppdrag att utvärdera fritidsbanken. Uppdraget är slutfört och redovisades i maj.
"""


def test_an_interim_reports_running_text_gives_only_what_is_still_open() -> None:
    ex = _report(INTERIM)
    assert ex.meeting.body == "Kultur- och fritidsnämnden"
    assert ex.meeting.date == dt.date(2025, 8, 31)
    got = [(it.kind, it.title, it.due) for it in ex.items if it.status == "open"]
    assert got == [
        ("activity", "Arbetet med en ny idrottspolitisk plan", dt.date(2025, 12, 31)),
        ("goal_deviation", "Mål 1: Fler barn och unga ska vara fysiskt aktiva", None),
        ("activity", "Ta fram en strategi för föreningsstöd", dt.date(2026, 3, 31)),
    ]


@pytest.mark.parametrize(
    ("heading", "status"),
    [
        ("Pågående och planerade åtgärder", "open"),
        ("Ej genomförda aktiviteter", "open"),
        ("Uppdrag som pågår", "open"),
        ("Uppdrag som är avslutade", "done"),
        ("Avslutade och pågående uppdrag", None),
    ],
)
def test_status_headings_in_other_words(heading: str, status: str | None) -> None:
    text = f"Uppföljning 2025\n{heading}\n• Ny rutin för inköp av skyddsutrustning\n"
    items = [it for it in _items(text) if "skyddsutrustning" in it.text]
    assert [it.status for it in items] == ([status] if status else [])


def test_a_listed_motion_is_named_without_its_case_number() -> None:
    text = """
Redovisning av obesvarade motioner och medborgarförslag
Medborgarförslag om en hundrastgård. Förslaget bereds av tekniska nämnden och beräknas
besvaras under hösten 2025.
Motion om fler papperskorgar i centrum (dnr KS 2024/123) – beräknas besvaras i september 2025
"""
    dogs, bins = _items(text, body=None)
    assert bins.title == "Motion om fler papperskorgar i centrum"
    assert bins.due == dt.date(2025, 9, 30)
    assert (dogs.title, dogs.owner) == ("Medborgarförslag om en hundrastgård", "Tekniska nämnden")


def test_an_empty_line_ends_a_paragraph_even_without_a_full_stop() -> None:
    rows = [
        "Redovisning av obesvarade motioner",
        "Motion om fler papperskorgar i centrum – beräknas besvaras i september 2025",
        "Motion om en ny skatepark – beräknas besvaras i november 2025",
    ]
    # Web pages and text files: an empty line between paragraphs (its number is missing).
    lines = [Line(text=t, page=1, line=2 * k + 1) for k, t in enumerate(rows)]
    items = read_followup(lines, None, dt.date(2025, 4, 1)).items
    assert [(it.title, it.due) for it in items] == [
        ("Motion om fler papperskorgar i centrum", dt.date(2025, 9, 30)),
        ("Motion om en ny skatepark", dt.date(2025, 11, 30)),
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Uppföljning av uppdrag\nUppdragen avslutas med fullmäktiges beslut om "
         "årsredovisning 2024.\n", dt.date(2024, 12, 31)),
        ("Verksamhetsberättelsen för 2023\nNämnden redovisar sitt år.\n", dt.date(2023, 12, 31)),
        ("Uppföljning av uppdrag\nUppdragen redovisas i kommunens årsredovisning.\n", None),
    ],
)
def test_the_year_a_report_names_dates_it(text: str, date: dt.date | None) -> None:
    assert report_date(_doc(text)) == date


def test_an_indicator_page_is_dated_by_the_year_of_its_latest_value() -> None:
    text = "Indikator 4.2 Andel förnybar energi\nStatus:\nGrön\nSenaste värdet:\n61 % (2024)\n"
    assert report_date(_doc(text)) == dt.date(2024, 12, 31)


# --- a company's annual report: running text before a programme's status lines -------------

COMPANY = """
Förvaltningsberättelse 2025
Viktiga händelser under året
Bolaget har påbörjat byggnationen av 40 lägenheter i kvarteret Lärkan, inflyttning planeras
till hösten 2026.
Under året färdigställdes ombyggnaden av fastigheten Svalan 3.
Renoveringen av stambyten i Norrby fortsätter och beräknas vara klar 2027.
Styrelsen har beslutat att utreda försäljning av bostäder i Söderby. Utredningen pågår.
Miljöprogram – uppföljning
Åtgärd 3.2 Byta till LED-belysning i kommunens lokaler. Status: Genomförd.
Åtgärd 3.3 Installera solceller på skolor. Status: Påbörjad.
"""


def test_running_text_before_status_lines_is_read_too() -> None:
    items = _items(COMPANY, body="Bostadsbolaget AB", ref=dt.date(2025, 12, 31))
    got = {(it.title, it.status, it.due) for it in items}
    # The action's number ("Åtgärd 3.2") stays in its text; the title is its name.
    assert got == {
        ("Byta till LED-belysning i kommunens lokaler", "done", None),
        ("Installera solceller på skolor", "open", None),
        ("Byggnationen av 40 lägenheter i kvarteret Lärkan", "open", dt.date(2026, 12, 31)),
        ("Renoveringen av stambyten i Norrby", "open", dt.date(2027, 12, 31)),
        ("Utreda försäljning av bostäder i Söderby", "open", None),
    }


def test_a_place_before_a_verb_of_going_on_is_no_owner() -> None:
    items = _items(COMPANY, body="Bostadsbolaget AB", ref=dt.date(2025, 12, 31))
    assert _one(items, "stambyten").owner == "Bostadsbolaget AB"


def test_who_has_an_assignment_owns_it_and_who_gives_one_does_not() -> None:
    text = """
Uppföljning 2025
Kulturnämnden har i uppdrag att ta fram en biblioteksplan. Uppdraget är påbörjat.
Kommunfullmäktige gav tekniska nämnden i uppdrag att utreda en ny bro. Utredningen pågår.
"""
    items = _items(text)
    assert [(it.title, it.owner) for it in items] == [
        ("Ta fram en biblioteksplan", "Kulturnämnden"),
        ("Utreda en ny bro", "Tekniska nämnden"),
    ]
