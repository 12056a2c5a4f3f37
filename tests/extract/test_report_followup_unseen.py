"""Follow-up shapes that the rules missed on reports never seen while they were written
(issue 15), in text written here (never copied from a real document): a transcript's
table of contents, statuses written as short sentences in a flattened table, planned
work in the future tense, and a goal's verdict under a label."""

from __future__ import annotations

import datetime as dt

from tracker.domain import Candidate, Line
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    """One line per printed line, as a PDF or a web page gives them; an empty line
    leaves a gap in the line numbers, as the reader's lines do."""
    out = []
    for k, t in enumerate(text.strip("\n").split("\n"), 1):
        if t.strip():
            out.append(Line(text=t, page=1, line=k))
    return out


def _items(text: str, body: str | None = "Kulturnämnden", ref: dt.date | None = None):
    return read_followup(_lines(text), body, ref).items


def _open(items: list[Candidate]) -> list[Candidate]:
    return [it for it in items if it.status == "open"]


def _one(items: list[Candidate], word: str) -> Candidate:
    hits = [it for it in items if word.casefold() in (it.title + " " + it.text).casefold()]
    assert len(hits) == 1, [it.title for it in items]
    return hits[0]


# --- a transcript's table of contents is no section --------------------------------------

TRANSCRIPT = "\n".join(
    [
        "1 Delårsrapport Kulturnämnden per 31 augusti 2025",
        "",
        (
            "2 Innehållsförteckning 1 Sammanfattning Viktiga händelser Omvärldsanalys "
            "Ekonomi Bilagor"
        ),
        "",
        (
            "3 1 Sammanfattning Biblioteksplanen antogs i mars. Inom nämnden pågår arbete "
            "med en ny plan för läsfrämjande insatser som ska vara klar till årsskiftet. "
            "Ekonomin är i balans."
        ),
    ]
)


def test_a_table_of_contents_line_starts_no_section_left_out() -> None:
    # "Omvärldsanalys" in the contents line once made the reader skip the whole
    # transcript as a section about the world outside.
    items = _open(_items(TRANSCRIPT, ref=dt.date(2025, 8, 31)))
    assert _one(items, "läsfrämjande").owner == "Kulturnämnden"
    assert not [it for it in items if "Innehållsförteckning" in it.text]


# --- a flattened table whose status cells are short sentences ----------------------------

SENTENCE_STATUS = """
Åtgärd Status Slutår Ansvar

Arbetet är avslutat

Arbetet är avslutat
Belysning i gångtunneln
Arbetet är avslutat 2024 Tekniska nämnden

Arbetet pågår

Arbetet pågår
Ny gång- och cykelbro över ån
Arbetet pågår 2026 Tekniska nämnden
Åtgärd TN.4.1
Senast uppdaterad: 2025-03-01
Kontakt:
Relaterade sidor
"""


def test_status_sentences_and_a_joined_last_cell_in_a_flattened_table() -> None:
    items = _items(SENTENCE_STATUS, body=None, ref=dt.date(2025, 3, 1))
    bridge = _one(items, "cykelbro")
    assert bridge.status == "open"
    assert bridge.owner == "Tekniska nämnden"
    assert bridge.due == dt.date(2026, 12, 31)
    assert _one(items, "gångtunneln").status == "done"
    # the page's fields after the table and its code are no rows
    assert [it.title for it in _open(items)] == ["Ny gång- och cykelbro över ån"]


# --- planned work in the future tense ----------------------------------------------------

PLANNED = "\n".join(
    [
        "Uppföljning av revisionens granskning av lokalförsörjningen",
        "",
        "Kulturnämnden ställer sig bakom revisorernas rekommendationer.",
        "",
        (
            "Kommunen kommer också att ta fram en gemensam lokalförsörjningsplan för alla "
            "förvaltningar. Planen för underhåll kommer att revideras under 2026 då den är "
            "inaktuell. Nya hyresavtal har tecknats och lokalinventeringar kommer "
            "genomföras under hösten 2025. Kommunen kommer inte att bygga nya lokaler. "
            "Kostnaderna kommer att öka. Under året har en rutin som visar hur lokalerna "
            "kommer följas upp arbetats fram."
        ),
    ]
)


def test_planned_work_in_the_future_tense_is_open() -> None:
    items = _open(_items(PLANNED, ref=dt.date(2025, 4, 30)))
    plan = _one(items, "lokalförsörjningsplan")
    assert plan.owner == "Kulturnämnden"
    assert _one(items, "revideras").due == dt.date(2026, 12, 31)
    # the finished clause stays out of the open one
    inventory = _one(items, "lokalinventeringar")
    assert "hyresavtal" not in inventory.title
    # a negation, a trend and a future inside a clause about finished work plan nothing
    assert not [it for it in items if "bygga nya" in it.text or "öka" in it.text]
    assert not [it for it in items if "arbetats fram" in it.text]


# --- a goal's verdict under a label ------------------------------------------------------

VERDICTS = """
Mål för kultur och fritid

Alla barn i kommunen har tillgång till en meningsfull fritid.

Når vi målet? : Osäkert om målet kan nås till 2030Osäkert om målet kan nås till 2030
Trend: 2 av 5 indikatorer har en positiv trend

Biblioteken är öppna för alla invånare.

Når vi målet? : Målet nås Målet nås

Läsandet bland unga ökar.

Målbedömning: Målet kan inte nås till 2030 Målet kan inte nås till 2030
Målet kommer inte att nås utan nya satsningar.
"""


def test_a_labelled_verdict_judges_the_goal_stated_above_it() -> None:
    goals = [it for it in _open(_items(VERDICTS)) if it.kind == "goal_deviation"]
    assert [it.title for it in goals] == [
        "Alla barn i kommunen har tillgång till en meningsfull fritid",
        "Läsandet bland unga ökar",
    ]
    assert {it.due for it in goals} == {dt.date(2030, 12, 31)}
    assert {it.owner for it in goals} == {"Kulturnämnden"}


# --- an auditors' summary read as one line, its list kept as dashes ----------------------

AUDIT_LINE = (
    "3 1 Sammanfattning Vi har följt upp granskningen av kulturnämndens inköp. Nämnden har "
    "åtgärdat de flesta av våra synpunkter men vi vill lyfta fram ett par områden: "
    "-Avtalstroheten följs inte upp systematiskt vilket vi anser är en brist. -Arbetet pågår "
    "med att ta fram en rutin för attest av fakturor under ett visst belopp. 3"
)


def test_a_dash_list_glued_into_a_page_line_is_split() -> None:
    items = _open(_items(AUDIT_LINE))
    routine = _one(items, "attest av fakturor")
    assert routine.title.startswith("Ta fram en rutin")
    assert "Avtalstroheten" not in routine.text


def test_a_page_of_goal_verdicts_is_a_report() -> None:
    from pathlib import Path

    from tracker.domain import Document
    from tracker.extract import detect_kind

    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(VERDICTS))
    assert detect_kind(doc) == "report"


def test_samt_closing_a_purpose_clause_adds_no_measure() -> None:
    text = (
        "Arbete pågår med att införa en ny modell för uppföljning för att öka kvaliteten, "
        "för likvärdighet samt en god ekonomisk hushållning."
    )
    items = _open(_items(text))
    assert len(items) == 1, [it.title for it in items]
    assert items[0].title.startswith("Införa en ny modell för uppföljning")


# --- bullets after a lead that plans the work --------------------------------------------

LEAD_LIST = "\n".join(
    [
        "Åtgärder efter granskningen av informationssäkerheten",
        "",
        (
            "Kommunen kommer under året att arbeta vidare med revisorernas "
            "rekommendationer. Det ska leda till att:"
        ),
        "  • att alla förvaltningar har en utsedd informationssäkerhetssamordnare,",
        "  • att rutinen för behörigheter i verksamhetssystemen är uppdaterad,",
        "  • klassning.",
        "Kommunstyrelsen har antagit en ny policy. Resultatet blev att:",
        "  • policyn publicerades på intranätet,",
        "  • cheferna fick information på ett möte.",
    ]
)


def test_bullets_after_a_planning_lead_are_its_pieces_of_work() -> None:
    items = _open(_items(LEAD_LIST, body="Kommunstyrelsen"))
    titles = [it.title for it in items]
    assert "Alla förvaltningar har en utsedd informationssäkerhetssamordnare" in titles
    assert "Rutinen för behörigheter i verksamhetssystemen är uppdaterad" in titles
    assert {it.owner for it in items} == {"Kommunstyrelsen"}
    # a bullet of a word or two is no work; a lead telling what was done plans nothing
    assert not [t for t in titles if t.startswith(("Klassning", "Policyn", "Cheferna"))]


# --- a supervisor's injunction -----------------------------------------------------------

INJUNCTION = (
    "Föreläggande vid vite. Myndigheten förelägger med stöd av 26 kap. 10 § skollagen "
    "(2010:800) Åby kommun att vid vite av 200 000 kr senast den 15 mars 2026 vidta "
    "åtgärder för att avhjälpa de brister som kvarstår."
)


def test_an_injunction_is_work_its_addressee_owes_by_its_date() -> None:
    items = _open(_items(INJUNCTION, body=None, ref=dt.date(2025, 11, 1)))
    order = _one(items, "avhjälpa")
    assert order.owner == "Åby kommun"
    assert order.due == dt.date(2026, 3, 15)


# --- a paragraph framed by its opening time ----------------------------------------------

FRAMED = (
    "Under 2026 kommer arbetet med pågående uppdrag att fortsätta. Inom kultur fortsätter "
    "bland annat arbetet med läsfrämjande, bibliotekens öppettider, kulturskolans kö samt "
    "lokaler för föreningslivet. Under året kommer bland annat en dialog om en ny "
    "kulturpolitisk strategi att inledas."
)


def test_a_paragraphs_opening_time_dates_its_listed_work() -> None:
    items = _open(_items(FRAMED, ref=dt.date(2026, 1, 15)))
    assert {it.due for it in items} == {dt.date(2026, 12, 31)}
    assert "Läsfrämjande" in [it.title for it in items]
    assert _one(items, "kulturpolitisk strategi").status == "open"
    # the opening sentence tells the time of the work in general: no item of its own
    assert not [it for it in items if it.title.startswith("Under 2026")]


# --- the auditors' verdict that a body has not fully acted --------------------------------

NOT_ACTED = "\n".join(
    [
        "Uppföljande granskning av revisionens granskningar 2024",
        "",
        "Sammanfattning",
        "",
        "  • Vi bedömer att kulturnämnden inte helt har vidtagit åtgärder med hänsyn",
        "    till revisorernas rekommendationer utifrån genomförd granskning av",
        "    bidragen till föreningslivet.",
        (
            "  • Vi bedömer att kommunstyrelsen har vidtagit åtgärder med hänsyn till "
            "revisorernas rekommendationer utifrån genomförd granskning av "
            "lokalförsörjningen."
        ),
        (
            "  • Vi bedömer att tekniska nämnden och kommunstyrelsen ej har vidtagit "
            "åtgärder utifrån genomförd granskning av vinterväghållningen."
        ),
    ]
)


def test_an_auditors_verdict_of_not_acted_is_open_work_of_that_body() -> None:
    from tracker.extract.followup_advice import not_acted

    items = not_acted(_lines(NOT_ACTED))
    assert [(it.owner, it.title) for it in items] == [
        ("Kulturnämnden", "Åtgärder efter granskningen av bidragen till föreningslivet"),
        ("Tekniska nämnden", "Åtgärder efter granskningen av vinterväghållningen"),
    ]


MEASURES = """
Brister i hur beslut verkställs

En handlingsplan har tagits fram efter utvärderingen.

Exempel på åtgärder:
  • ta in verkställigheten av beslut i internkontrollplanen 2026.
  • ta fram en mall för återrapportering av uppdrag.
Genomförda åtgärder:
  • en ny rutin för diarieföring infördes i mars.
"""


def test_bullets_under_a_plans_measures_are_open() -> None:
    items = _open(_items(MEASURES, body="Kommunstyrelsen"))
    assert [it.title for it in items] == [
        "Ta in verkställigheten av beslut i internkontrollplanen 2026",
        "Ta fram en mall för återrapportering av uppdrag",
    ]


# --- a company's year: building under way, two pieces of work in one sentence ----------

BUILDING = (
    "Under året färdigställdes 30 lägenheter i kvarteret Lärkan. 40 lägenheter i kvarteret "
    "Svalan är under produktion och i kvarteret Tranan pågår nybyggnation av ett "
    "äldreboende."
)


def test_two_pieces_of_work_going_on_in_one_sentence_are_two_items() -> None:
    items = _open(_items(BUILDING, body="Åbybostäder AB"))
    assert "Svalan" in _one(items, "Svalan").text
    tranan = _one(items, "äldreboende")
    assert "Svalan" not in tranan.text
    assert not [it for it in items if "Lärkan" in it.text]


def test_an_annual_report_for_its_financial_year_is_dated_at_its_end() -> None:
    from pathlib import Path

    from tracker.domain import Document
    from tracker.extract.report import report_date

    text = (
        "Årsredovisning\n2025\nFörvaltningsberättelse\nStyrelsen för Åbybostäder AB får "
        "härmed avge årsredovisning för räkenskapsåret 2025."
    )
    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))
    assert report_date(doc) == dt.date(2025, 12, 31)


# --- a page of one action: its status glued to its label, its end as a field -----------

ACTION_PAGE = """
Byt belysningen i idrottshallarna till LED
Åtgärdsstatus:Pågående Pågående
Påbörjas senast:2024-01-01
Avslutas senast:2026-06-30
Resultat
Två av fem hallar har fått ny belysning. Resten byts när upphandlingen är klar.
Ansvarig organisation: Fritidsnämnden
"""


def test_a_single_action_page_reads_its_status_owner_and_end() -> None:
    items = _open(_items(ACTION_PAGE, body=None, ref=dt.date(2025, 5, 1)))
    assert len(items) == 1, [it.title for it in items]
    led = items[0]
    assert led.title == "Byt belysningen i idrottshallarna till LED"
    assert led.owner == "Fritidsnämnden"
    assert led.due == dt.date(2026, 6, 30)


# --- an action plan: each action, its fields as bullets, a status sentence ---------------

ACTION_PLAN = """
Åtgärder
Ordna utbildning i hållbart byggande för handläggarna.
 • Resursbehov: 60 timmar,
 • Ansvarig: Eva Ek,
 • Färdig: 2026-06-30,
Aktiviteten pågår. (2025-10-01)
Ordna studiebesök hos en annan kommuns bygglovsenhet
 • Ansvarig: Eva Ek,
 • Färdig: 2025-06-30,
Aktiviteten är genomförd. (2025-10-01)
"""


def test_an_action_plans_status_sentences_and_bullet_fields() -> None:
    items = _items(ACTION_PLAN, body=None, ref=dt.date(2025, 10, 1))
    course = _one(items, "hållbart byggande")
    assert (course.status, course.owner, course.due) == ("open", "Eva Ek", dt.date(2026, 6, 30))
    assert "studiebesök" not in course.text
    assert _one(items, "studiebesök").status == "done"


# --- a finished uppdrag with a step still to come ---------------------------------------

DONE_WITH_STEP = "\n".join(
    [
        "T3 2025 Uppdrag. Kommentar T3 2025",
        ".",
        "Se över kommunens riktlinjer för representation (KS)",
        "Uppdraget är genomfört under året.",
        (
            "Riktlinjerna har setts över och ett förslag har tagits fram. Förslaget ska "
            "presenteras för kommunstyrelsen tertial 1 2026."
        ),
        ".",
        "Inventera lekplatserna (Tekniska nämnden)",
        "Uppdraget är genomfört under året.",
        "Alla lekplatser inventerades under hösten 2025.",
    ]
)


def test_a_step_still_to_come_after_a_finished_uppdrag_is_open() -> None:
    items = _items(DONE_WITH_STEP, ref=dt.date(2025, 12, 31))
    assert _one(items, "Se över kommunens riktlinjer").status == "done"
    step = _one(items, "presenteras för kommunstyrelsen")
    assert (step.status, step.owner, step.due) == ("open", "Kommunstyrelsen", dt.date(2026, 4, 30))
    assert [it.title for it in _open(items)] == [step.title]


# --- a needed measure, and a comment cell that says it is done ---------------------------

NEEDED = """
Riskbedömning Riskvärde Åtgärd
Kontroll av attester - Ekonomienheten
4 Utvärdering av den nya attestrutinen behöver göras under 2025.
Kommentar Genomförd Kontroll av avtalstrohet
- Inköpsenheten
4 Uppföljningen av avtalstroheten behöver förbättras under 2025.
Kommentar
"""


def test_a_needed_measure_is_open_unless_its_comment_says_done() -> None:
    items = _open(_items(NEEDED, body="Kommunstyrelsen", ref=dt.date(2025, 12, 31)))
    assert len(items) == 1, [it.title for it in items]
    assert "avtalstroheten" in items[0].title
    assert items[0].due == dt.date(2025, 12, 31)


# --- a company's important events --------------------------------------------------------

COMPANY = "\n".join(
    [
        "Viktiga händelser under räkenskapsåret",
        (
            "- Ansökan om nytt tillstånd lämnades till domstolen i mars 2025 och "
            "huvudförhandling är planerad att hållas i juni 2026."
        ),
        "- Förberedande arbete är även startat för en ny återvinningscentral.",
        (
            "- Under året har bolaget beslutat om och förberett för övertagande av driften "
            "av hamnen."
        ),
    ]
)


def test_a_companys_preparations_and_planned_hearing_are_open() -> None:
    items = _open(_items(COMPANY, body="Åby Vatten och Energi AB", ref=dt.date(2025, 12, 31)))
    assert _one(items, "huvudförhandling").due == dt.date(2026, 6, 30)
    assert _one(items, "Förberedande arbete").status == "open"
    harbour = _one(items, "hamnen")
    # "bolaget" names no owner of its own: the report's company answers
    assert harbour.owner == "Åby Vatten och Energi AB"


def test_a_company_named_with_och_answers_for_its_report() -> None:
    from pathlib import Path

    from tracker.domain import Document
    from tracker.extract.report import answering_organisation

    text = (
        "Styrelsen för Åby Vatten och Energi AB avger årsredovisning.\n"
        "Åby Vatten och Energi AB ägs av kommunen."
    )
    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))
    assert answering_organisation(doc) == "Åby Vatten och Energi AB"


# --- an auditors' summary: what is missing, what was only partly followed up ------------

AUDIT_SUMMARY = (
    "Efter genomförd granskning är vår sammanfattande bedömning att kulturnämndens "
    "uppföljning har utvecklats sedan förra granskningen, men bedöms ännu inte vara "
    "tillräcklig. Detta eftersom rutiner för återrapportering av bidrag fortfarande saknas. "
    "Vidare är vår sammanfattande bedömning att kommunstyrelsen vidtagit tillräckliga "
    "åtgärder inom granskat område, men inte i alla delar följt upp verkställigheten av dessa."
)


def test_missing_routines_and_a_partial_follow_up_are_open() -> None:
    from tracker.extract.followup_advice import not_acted

    items = _open(_items(AUDIT_SUMMARY, body="Kulturnämnden"))
    missing = _one(items, "återrapportering av bidrag")
    assert "utvecklats sedan förra" not in missing.text
    ks = not_acted(_lines(AUDIT_SUMMARY))
    assert [(it.owner, it.text) for it in ks] == [
        (
            "Kommunstyrelsen",
            "Kommunstyrelsen: inte i alla delar följt upp verkställigheten av dessa.",
        )
    ]


# --- work about to start, a project named in the sentence before -------------------------

ABOUT_TO_START = (
    "Årets största utvecklingsinitiativ handlar om att förenkla processen för "
    "fakturahantering i förvaltningarna. Projektet har gjort en nulägesanalys och påbörjar "
    "inom kort arbetet med en ny process. Övriga projekt inom området startas efter "
    "semestrarna."
)


def test_work_about_to_start_is_open_and_the_finished_step_left_out() -> None:
    items = _open(_items(ABOUT_TO_START))
    invoices = _one(items, "fakturahantering")
    assert "nulägesanalys" not in invoices.text
    assert _one(items, "Övriga projekt").status == "open"
