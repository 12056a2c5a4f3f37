"""A follow-up report's own facts in the general shapes of Swedish kommuner and regions
(issue 15): the date its title's period ends or its cover says it was adopted, the body
that reports.  Text written here, never copied from a real document."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import nonblank_doc
from tracker.extract.report_date import report_date
from tracker.extract.report_facts import report_body

_doc = nonblank_doc


_BODY_TEXT = "\nUppdrag\nUtreda behovet av nya lokaler PÅGÅENDE\n"


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # An interim report names its year only: the interim accounts close in August.
        ("Delårsrapport 2023\nÄldrenämnden", dt.date(2023, 8, 31)),
        ("Kulturnämndens delårsrapport 2023", dt.date(2023, 8, 31)),
        ("Delårsbokslut 2021\nKommunstyrelsen", dt.date(2021, 8, 31)),
        ("Delårsrapport 2 2023 Region Exempel", dt.date(2023, 8, 31)),
        ("Delårsrapport 1 2023\nRegionstyrelsen", dt.date(2023, 4, 30)),
        # A tertial and its year apart by a comma, a dash or a slash.
        ("Tertialrapport 2, 2023\nÄldrenämnden", dt.date(2023, 8, 31)),
        ("Uppföljning tertial 2 – 2023\nÄldrenämnden", dt.date(2023, 8, 31)),
        ("Tertialrapport 1/2023 Äldrenämnden", dt.date(2023, 4, 30)),
        # The cover prints the year a line or two below the title.
        ("Verksamhetsberättelse\nÄldrenämnden\n2022", dt.date(2022, 12, 31)),
        ("Årsredovisning\n2022\nÄldrenämnden", dt.date(2022, 12, 31)),
        # The day the body adopted the report beats the period its title names.
        ("Tertialrapport 1 2023\nAntagen av socialnämnden den 12 maj 2023", dt.date(2023, 5, 12)),
        ("Tertialrapport 1 2023\nGodkänd av nämnden 2023-05-10 § 45", dt.date(2023, 5, 10)),
        (
            "Verksamhetsberättelse 2022\nBeslutad i kulturnämnden 14 februari 2023",
            dt.date(2023, 2, 14),
        ),
        # … or a sentence that tells the decision adopting it.
        (
            "Verksamhetsberättelse 2022\nKulturnämnden godkände verksamhetsberättelsen den "
            "20 februari 2023.",
            dt.date(2023, 2, 20),
        ),
        (
            "Delårsrapport 2023\nRapporten behandlades av kulturnämnden 2023-09-18.",
            dt.date(2023, 9, 18),
        ),
        ("Delårsrapport 2023\nKommunfullmäktige antog budgeten 2022-11-20.", dt.date(2023, 8, 31)),
        # … or a labelled decision date.
        ("Verksamhetsberättelse 2022\nBeslutsdatum: 15 februari 2023", dt.date(2023, 2, 15)),
    ],
)
def test_the_report_date_from_its_title_and_cover(title: str, day: dt.date) -> None:
    assert report_date(_doc(title + _BODY_TEXT)) == day


def test_a_plan_adopted_in_running_text_does_not_date_the_report() -> None:
    text = (
        "Tertialrapport 1 2023\nSocialnämnden\n"
        "Planen antogs av kommunfullmäktige 2019-04-25 och gäller till 2025."
    )
    assert report_date(_doc(text)) == dt.date(2023, 4, 30)


# --- a document host's wrapper ----------------------------------------------------------

WRAPPED = """
• No results found
Protected
Academic year: 2022
Share "Bokslut och verksamhet"
Copied!
Loading.... (view fulltext now)
Full text
(1)
Storlek: px
Starta visningen från sidan:
Transkript
Äldrenämndens verksamhetsberättelse 2022
(2)
Uppdrag
Införa en ny modell för uppföljning av insatser PÅGÅENDE
Kommunstyrelsen och kommunstyrelsens arbetsutskott har fått rapporter under året.
"""


def test_a_hosts_wrapper_is_left_out_of_the_report() -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.host_wrapper import is_host_line
    from tracker.extract.report import extract_report

    assert is_host_line("Loading.... (view fulltext now)")
    assert is_host_line('Share "Bokslut och verksamhet"')
    assert not is_host_line("Share the cost")
    result = extract_report(_doc(WRAPPED), DocumentInfo("r.txt", "0", "txt", 1, kind="report"))
    assert result.meeting.body == "Äldrenämnden"
    assert result.meeting.date == dt.date(2022, 12, 31)
    titles = [it.title for it in result.items if it.status == "open"]
    assert titles == ["Införa en ny modell för uppföljning av insatser"], titles


def test_a_page_telling_of_its_year_is_dated_at_the_years_end() -> None:
    told = (
        "Prioriterade aktiviteter\nUnder året har arbetet med 2021 års plan fortsatt.\n"
        "Inför 2022 planeras en uppföljning. Planen för 2021 följs upp i december."
    )
    assert report_date(_doc(told)) == dt.date(2021, 12, 31)
    # Two years named as often: no guess.
    even = "Under året har arbetet fortsatt.\nPlanen för 2021 och budgeten för 2022."
    assert report_date(_doc(even)) is None


# --- what makes a confident item wrong: contents lines, list headings, a bare verdict ----

TERTIAL = """
Tertialrapport 2 2025
Kultur- och fritidsnämnden
Innehållsförteckning
Sammanfattning ........................ 3
Pågående arbeten ...................... 4
Mål och måluppfyllelse
Mål 1: Fler invånare ska delta i kulturlivet
Målet är delvis uppfyllt.
Uppdrag från kommunfullmäktige
Uppdrag Status Kommentar
Ta fram en ny biblioteksplan Pågår Planen ska beslutas i december 2025.
Införa e-tjänst för lokalbokning Klar Tjänsten infördes i maj.
Nämndens uppdrag
Revidera föreningsbidragen Genomförd
Kartlägga behovet av fritidsgårdar Ej påbörjad
"""


def test_contents_list_headings_and_a_bare_verdict_make_no_wrong_items() -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    result = extract_report(_doc(TERTIAL), DocumentInfo("r.txt", "0", "txt", 1, kind="report"))
    opened = {it.title: it for it in result.items if it.status == "open"}
    # (the contents line "Pågående arbeten …… 4" and the heading "Nämndens uppdrag")
    assert set(opened) == {
        "Ta fram en ny biblioteksplan",
        "Kartlägga behovet av fritidsgårdar",
        "Mål 1: Fler invånare ska delta i kulturlivet",
    }, list(opened)
    assert opened["Mål 1: Fler invånare ska delta i kulturlivet"].kind == "goal_deviation"


WRITTEN_TABLE = """
Uppföljning av kommunfullmäktiges uppdrag 2025
Exby kommun
Uppdrag | Ansvarig | Status | Kommentar
Ta fram en bostadsförsörjningsplan | Kommunstyrelsen | Pågår | Planen beräknas klar i juni 2026.
Utreda ny simhall | Kultur- och fritidsnämnden | Pågår | Utredningen redovisas i december.
Införa digital post | Kommunstyrelsen | Klar | Införd i maj.
"""


def test_a_table_written_as_rows_gives_each_row_its_owner_and_status() -> None:
    # Its header is one of a table printed one cell a line too: the rows decide.
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    result = extract_report(
        _doc(WRITTEN_TABLE), DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    )
    found = {it.title: (it.status, it.owner) for it in result.items}
    assert found == {
        "Ta fram en bostadsförsörjningsplan": ("open", "Kommunstyrelsen"),
        "Utreda ny simhall": ("open", "Kultur- och fritidsnämnden"),
        "Införa digital post": ("done", "Kommunstyrelsen"),
    }, found


WHOLE = """
Delårsrapport 2025
Exby kommun
Nämndernas verksamhet
Socialnämnden
Arbetet med att införa en ny organisation för hemtjänsten pågår och blir klart våren 2026.
Tekniska nämnden
Upphandlingen av ny entreprenör för snöröjning pågår.
Exby kommun fortsätter arbetet med att byta gatubelysning till LED.
"""


def test_a_whole_organisations_report_gives_each_section_to_its_body() -> None:
    # The organisation on the title's next line: its styrelse answers for the report;
    # work under a body's heading is that body's, the organisation as subject or not.
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    result = extract_report(_doc(WHOLE), DocumentInfo("r.txt", "0", "txt", 1, kind="report"))
    assert result.meeting.body == "Kommunstyrelsen"
    assert result.meeting.date == dt.date(2025, 8, 31)
    found = {it.title: it.owner for it in result.items if it.status == "open"}
    assert found == {
        "Arbetet med att införa en ny organisation för hemtjänsten": "Socialnämnden",
        "Upphandlingen av ny entreprenör för snöröjning": "Tekniska nämnden",
        "Arbetet med att byta gatubelysning till LED": "Tekniska nämnden",
    }, found


COLUMN_COMMENTS = """
Tertialrapport 1 2026
Socialnämnden
Uppdrag Ansvar Status Kommentar
Ta fram en handlingsplan mot våld i nära relationer
Socialnämnden
Uppdraget redovisades till kommunstyrelsen i mars 2026.
Utreda ett nytt boende för ensamkommande
Socialnämnden
Utredningen har slutförts och beslut fattades i februari.
Minska antalet placeringar
Socialnämnden
Arbetet fortsätter under året.
Utveckla samverkan med skolan
Socialnämnden
Uppdraget är avslutat.
"""


def test_a_column_tables_comments_are_the_rows_and_say_when_they_are_finished() -> None:
    # The comment sentences are no rows of their own; a status printed after a row's
    # name is that row's (not the next one's); a comment whose subject is the uppdrag or
    # a word of it ("Utreda …" / "Utredningen har slutförts") finishes it.
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    result = extract_report(
        _doc(COLUMN_COMMENTS), DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    )
    found = {it.title: it.status for it in result.items}
    assert found == {
        "Ta fram en handlingsplan mot våld i nära relationer": "done",
        "Utreda ett nytt boende för ensamkommande": "done",
        "Minska antalet placeringar": "open",
        "Utveckla samverkan med skolan": "done",
    }, found


def test_a_finished_step_of_another_name_does_not_finish_the_uppdrag() -> None:
    from tracker.extract.followup_entries import comment_verdict

    said = ["En kartläggning har genomförts under våren."]
    assert comment_verdict(said, entry="Minska antalet placeringar")[0] == "open"
    assert comment_verdict(said, entry="Kartlägga behovet av platser")[0] == "done"


SENTENCE_ROWS = """
Verksamhetsberättelse 2025
Miljö- och byggnämnden
Nämndens uppdrag
Digitalisera bygglovsprocessen. Genomfört. E-tjänsten lanserades i juni.
Ta fram en ny taxa. Pågår. Taxan beslutas i KF i mars 2026.
Kartlägga förorenade områden. Ej påbörjat. Prioriteras 2026.
"""

INDICATORS = """
Verksamhetsberättelse 2025
Miljö- och byggnämnden
Händelser under året
Arbetet med den nya översiktsplanen har påbörjats och fortsätter nästa år.
Indikatorer
Nöjd kund index 70 Målvärde 75 Delvis uppfyllt
"""


def test_entries_written_as_sentences_with_their_status() -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    found = {it.title: it.status for it in extract_report(_doc(SENTENCE_ROWS), info).items}
    assert found == {
        "Digitalisera bygglovsprocessen": "done",
        "Ta fram en ny taxa": "open",
        "Kartlägga förorenade områden": "open",
    }, found
    # An indicator's value and target run into a line are a measurement, no work.
    titles = [it.title for it in extract_report(_doc(INDICATORS), info).items]
    assert titles == ["Arbetet med den nya översiktsplanen"], titles


def _labelled_page(numbered: bool) -> str:
    head = "Åtgärd {n}: " if numbered else ""
    rows = [
        ("Ta fram en ny klimatplan", "Kommunstyrelsen", "Pågår"),
        ("Installera solceller på skolor", "Fastighetsnämnden", "Genomförd"),
        ("Byta till fossilfria fordon", "Tekniska nämnden", "Försenad"),
    ]
    out = ["Uppföljning av åtgärdsplan 2025", "Exby kommun"]
    for n, (name, owner, status) in enumerate(rows, 1):
        out += [head.format(n=n) + name, f"Ansvarig: {owner}", f"Status: {status}"]
    return "\n".join(out)


@pytest.mark.parametrize("numbered", [True, False])
def test_an_owner_field_before_the_status_is_its_entrys(numbered: bool) -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    result = extract_report(_doc(_labelled_page(numbered)), info)
    found = {it.title: (it.status, it.owner) for it in result.items}
    assert found == {
        "Ta fram en ny klimatplan": ("open", "Kommunstyrelsen"),
        "Installera solceller på skolor": ("done", "Fastighetsnämnden"),
        "Byta till fossilfria fordon": ("open", "Tekniska nämnden"),
    }, found


FLAT_ROWS = """
Uppföljning av uppdrag 2025
Exby kommun
Uppdrag Nämnd Status Kommentar
Ta fram en bostadsförsörjningsplan Kommunstyrelsen Pågår Planen beräknas klar i juni 2026.
Utreda ny simhall Kultur- och fritidsnämnden Pågår Utredningen redovisas i december.
Införa digital post Kommunstyrelsen Klar Införd i maj.
Redovisa kostnaderna till kommunstyrelsen Pågår Redovisas i oktober.
"""


def test_a_flattened_rows_owner_cell_is_its_owner_not_part_of_its_name() -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    found = {it.title: (it.status, it.owner) for it in extract_report(_doc(FLAT_ROWS), info).items}
    assert found == {
        "Ta fram en bostadsförsörjningsplan": ("open", "Kommunstyrelsen"),
        "Utreda ny simhall": ("open", "Kultur- och fritidsnämnden"),
        "Införa digital post": ("done", "Kommunstyrelsen"),
        # (a body after "till" is the work's object, not its owner column)
        "Redovisa kostnaderna till kommunstyrelsen": ("open", "Kommunstyrelsen"),
    }, found


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Bokslut 2025\nNämnden för funktionsstöd", "Nämnden för funktionsstöd"),
        (
            "Årsredovisning 2025 för Nämnden för arbetsmarknad och vuxenutbildning",
            "Nämnden för arbetsmarknad och vuxenutbildning",
        ),
    ],
)
def test_a_body_named_for_what_it_does_reports(title: str, body: str) -> None:
    assert report_body(_doc(title + _BODY_TEXT)) == body


def test_a_unit_named_for_what_it_does_is_a_sentences_subject_not_its_work() -> None:
    from tracker.extract.followup_sentences import work_name

    said = "Enheten för försörjningsstöd fortsätter arbetet med att minska biståndsberoendet."
    assert work_name(said) == "Arbetet med att minska biståndsberoendet"


def test_work_named_by_what_it_is_with_and_not_by_a_relative_clause() -> None:
    from tracker.extract.followup_sentences import work_name

    said = "Ett liknande arbete pågår med förbättring av statistiken."
    assert work_name(said) == "Ett liknande arbete med förbättring av statistiken"
    # "De planer som det har pågått arbete med …" names no work before its status word.
    assert work_name("De planer som det har pågått arbete med under året är: A och B.") is None


def test_a_sentence_leading_to_examples_is_no_work() -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    text = (
        "Handlingsplan 2025\nLöpande aktiviteter\n"
        "Löpande aktiviteter genomförs av andra aktörer och pågår ofta under en längre tid, "
        "till exempel:\n"
    )
    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    assert [it.title for it in extract_report(_doc(text), info).items] == []


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # A body of three names ("X-, Y- och Z-nämnden").
        (
            "Tertialrapport 1 2025 för kultur-, fritids- och turismnämnden",
            "Kultur-, fritids- och turismnämnden",
        ),
        # The title alone on its line below a web page's menu of bodies.
        (
            "Hoppa till innehåll\nKontakt\nKommun och politik\nPolitisk organisation\n"
            "Kommunfullmäktige\nKommunstyrelsen\nTekniska nämndens delårsrapport 2025",
            "Tekniska nämnden",
        ),
    ],
)
def test_the_reporting_body_in_more_title_shapes(title: str, body: str) -> None:
    assert report_body(_doc(title + _BODY_TEXT)) == body


def test_a_report_back_line_below_the_sender_dates_the_report() -> None:
    text = "Rapport från Socialnämnden\nÅterrapportering av uppdrag 2025"
    assert report_date(_doc(text + _BODY_TEXT)) == dt.date(2025, 12, 31)
    # (not the word inside a listed matter: " Uppsikt och återrapportering av … (2011)")
    listed = (
        "Rapport\nUppföljning\n Kommunstyrelsens uppsikt och återrapportering av ärenden (2011)"
    )
    assert report_date(_doc(listed)) != dt.date(2011, 12, 31)


def test_a_bare_status_judges_the_sentence_before_it() -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    text = (
        "Vård- och omsorgsnämndens verksamhetsberättelse 2025\n"
        "Mål 1. Den enskilde ska uppleva trygghet. Uppfyllt.\n"
        "Mål 2. Vårdtagarna ska få en god vård. Delvis uppfyllt.\n"
    )
    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    found = [(it.title, it.kind) for it in extract_report(_doc(text), info).items]
    assert found == [("Mål 2: Vårdtagarna ska få en god vård", "goal_deviation")], found


def test_points_under_a_lead_that_plans_them_are_open_and_done_ones_are_not() -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    text = (
        "Vård- och omsorgsnämndens verksamhetsberättelse 2025\nVerksamhetens resultat\n"
        "Nämnden har under året vidtagit följande åtgärder:\n"
        "• Infört digital nattillsyn\n• Startat en ny korttidsenhet\n"
        "Till nästa år planerar nämnden följande åtgärder:\n"
        "• Utreda behovet av fler platser i särskilt boende\n"
        "• Ta fram en kompetensförsörjningsplan\n"
    )
    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    found = [it.title for it in extract_report(_doc(text), info).items if it.status == "open"]
    assert found == [
        "Utreda behovet av fler platser i särskilt boende",
        "Ta fram en kompetensförsörjningsplan",
    ], found


OWNER_MARKS = """
Uppföljning av kommunfullmäktiges uppdrag 2025
Exby kommun
Uppdrag som pågår
Ta fram en ny översiktsplan (KS)
Utreda samordnad varudistribution (KS, TN)
Utveckla föreningsstödet – Kultur- och fritidsnämnden
Kartlägga behovet av trygghetsboenden. Ansvarig: Vård- och omsorgsnämnden
Genomförda uppdrag
Införa e-arkiv (KS)
Revidera arkivreglementet (KS)
"""


def test_entries_a_line_each_under_a_status_heading_with_their_owner_marks() -> None:
    # The whole organisation's follow-up: its styrelse is the body; each entry names its
    # owner in parentheses (the first of several), after a dash or after "Ansvarig:";
    # the status heading itself is no entry.
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    result = extract_report(_doc(OWNER_MARKS), info)
    assert result.meeting.body == "Kommunstyrelsen"
    found = {it.title: (it.status, it.owner) for it in result.items}
    assert found == {
        "Ta fram en ny översiktsplan": ("open", "Kommunstyrelsen"),
        "Utreda samordnad varudistribution": ("open", "Kommunstyrelsen"),
        "Utveckla föreningsstödet": ("open", "Kultur- och fritidsnämnden"),
        "Kartlägga behovet av trygghetsboenden": ("open", "Vård- och omsorgsnämnden"),
        "Införa e-arkiv": ("done", "Kommunstyrelsen"),
        "Revidera arkivreglementet": ("done", "Kommunstyrelsen"),
    }, found


def test_a_report_read_by_the_minutes_rules_gives_unowned_work_to_its_body() -> None:
    from tracker.domain import Candidate, DocumentInfo, Extraction
    from tracker.extract import _owners_from_reporter

    mine = Candidate(title="Ta fram en plan", text="Ta fram en plan.", kind="action")
    named = Candidate(
        title="Se över taxan", text="Se över taxan.", kind="action", owner="Tekniska nämnden"
    )
    done = Candidate(title="Klart", text="Klart.", kind="action", status="done")
    result = Extraction(DocumentInfo("r.txt", "0", "txt", 1), items=[named, done])
    result.possible = [mine]
    _owners_from_reporter(result, "Socialnämnden")
    assert (mine.owner, named.owner, done.owner) == ("Socialnämnden", "Tekniska nämnden", None)


HEADINGS = """
Verksamhetsberättelse 2025
Tekniska nämnden
Pågående projekt
Ombyggnaden av Storgatan pågår och ska vara klar i juni 2026.
Kommande utmaningar
Klimatanpassningen kräver stora investeringar de kommande åren.
Status för uppdragen
Samtliga uppdrag är genomförda.
Fortsatt utveckling av e-tjänster
"""


def test_headings_with_status_words_are_no_status_lines() -> None:
    # "Pågående projekt", "Kommande utmaningar" head text; they are no status cells that
    # make the sentence before them an entry; a line that says it is finished stays so.
    from tracker.domain import DocumentInfo
    from tracker.extract.followup_lines import status_of
    from tracker.extract.report import extract_report

    assert status_of("Kommande utmaningar") is None
    assert status_of("Planerade åtgärder 2026") is None
    assert status_of("Avvaktar beslut") == ("open", "Avvaktar beslut")
    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    opened = [it.title for it in extract_report(_doc(HEADINGS), info).items if it.status == "open"]
    assert opened == ["Ombyggnaden av Storgatan"], opened


def test_the_chairs_foreword_and_a_lasting_state_are_no_work() -> None:
    from tracker.domain import DocumentInfo
    from tracker.extract.report import extract_report

    text = (
        "Verksamhetsberättelse 2025\nSocialnämnden\nOrdförande har ordet\n"
        "Det har varit ett intensivt år. Vi fortsätter att sätta brukaren i centrum.\n"
        "Medarbetare\nArbetet med att minska sjukfrånvaron fortsätter under 2026.\n"
        "Rekryteringen av socionomer är fortsatt svår.\n"
    )
    info = DocumentInfo("r.txt", "0", "txt", 1, kind="report")
    titles = [it.title for it in extract_report(_doc(text), info).items]
    assert titles == ["Arbetet med att minska sjukfrånvaron"], titles


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Socialnämndens verksamhet", "Socialnämnden"),
        ("Tekniska nämndens ansvarsområde", "Tekniska nämnden"),
        ("Kultur- och fritidsnämnden – verksamhetsberättelse", "Kultur- och fritidsnämnden"),
        ("Socialnämnden i korthet", "Socialnämnden"),
        ("Kommunens verksamhet", None),
    ],
)
def test_a_heading_over_a_bodys_part_of_the_report_names_its_owner(
    heading: str, body: str | None
) -> None:
    from tracker.extract.followup_lines import body_heading

    assert body_heading(heading) == body


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a report of a year named by what it follows up ([report_date] in followup.toml)
        ("Miljörapport Exby kommun 2018\nUtsläppen minskade under året.", dt.date(2018, 12, 31)),
        ("Måluppfyllelse – trygghet och hälsa 2020\nMålet nås delvis.", dt.date(2020, 12, 31)),
        ("SAMMANSTÄLLNING AV UTFÖRDA KONTROLLER 2021\nKontrollen är gjord.",
         dt.date(2021, 12, 31)),
        # a page with no title: the newest year its table gives outcomes for
        ("Verksamheten\nKostnaderna ökade.\nNyckeltal Utfall\n2016\nBudget\n2018\nUtfall\n2017\n"
         "Antal ärenden 12 14 15", dt.date(2017, 12, 31)),
    ],
)
def test_a_report_dated_by_the_year_it_follows_up(text: str, day: dt.date) -> None:
    assert report_date(_doc(text)) == day


def test_a_page_naming_its_text_updated_is_dated_so() -> None:
    doc = _doc("Ta fram en cykelplan\nTexten uppdaterad 2024-02-19\nStatus: Pågår\n"
               "Planen tas fram under året.")
    assert report_date(doc) == dt.date(2024, 2, 19)


def test_a_sentence_naming_a_report_word_and_a_year_does_not_date_the_report() -> None:
    doc = _doc("Nyheter\nEnligt miljörapporten från 2015 har utsläppen minskat sedan dess, "
               "och arbetet fortsätter.")
    assert report_date(doc) != dt.date(2015, 12, 31)


def test_a_follow_up_of_fullmaktiges_goals_is_the_styrelses_report() -> None:
    from tracker.extract.report_facts import goals_owner

    text = ("Måluppföljning per den 31 december 2022\nKommunfullmäktige har i budgeten "
            "fastställt mål för verksamheten.\nAv fullmäktiges mål nås sex av tio.")
    assert goals_owner(_doc(text)) == "Kommunstyrelsen"
    # a body named in the title reports itself; no assembly named, no owner guessed
    assert goals_owner(_doc("Måluppföljning 2022 för Kulturnämnden\nKommunfullmäktige "
                            "har fastställt målen.")) is None
    assert goals_owner(_doc("Måluppföljning 2022\nAv målen nås sex av tio.")) is None


def test_a_report_with_no_date_of_its_own_is_dated_by_the_meeting_it_tells_of() -> None:
    from tests.extract.minutes_helpers import doc_from_text
    from tracker.extract import extract

    text = ("Uppföljning av verksamhetsplanen\nBeslutat av kulturnämnden 12 maj\n"
            "Nämnden har följt upp sina aktiviteter.\nAktivitet: Ny bibliotekslokal. Status: "
            "Pågår. Arbetet ska vara klart 31 december 2023.\n")
    assert extract(doc_from_text(text)).meeting.date == dt.date(2023, 5, 12)
    # an activity's start field near the top is no date of the report
    text = ("Ta fram riktlinjer för lokaler\nÅtgärdsstatus: Försenad\nPåbörjas senast: "
            "2013-01-01\nAvslutas senast: 2014-12-31\nResultat\nArbetet är försenat.\n")
    assert extract(doc_from_text(text)).meeting.date != dt.date(2013, 1, 1)
