"""Follow-up reports in general (report_followup): status lines under body headings,
uppdrag tables with a status line or only a comment, labelled status pages, indicator
pages, running text with work still going on, lists that spread one status over several
owners; titles, due dates, reasons; document kind.  All texts are written here, in the
shapes of real follow-ups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.domain import Candidate, Document, DocumentInfo, Line
from tracker.extract import detect_kind, extract
from tracker.extract.followup_entries import comment_verdict
from tracker.extract.followup_lines import body_heading, status_of
from tracker.extract.followup_sentences import activity_title, due_in, work_name
from tracker.extract.report import extract_report
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    """One line per paragraph; a line indented by two spaces goes on with the one before
    (long paragraphs are written over several lines here)."""
    rows: list[str] = []
    for t in text.strip("\n").split("\n"):
        if t.startswith("  ") and rows:
            rows[-1] += " " + t.strip()
        elif t.strip():
            rows.append(t)
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _doc(text: str) -> Document:
    return Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))


def _items(text: str, body: str | None = "Kommunstyrelsen", ref: dt.date | None = None):
    return read_followup(_lines(text), body, ref).items


def _one(items: list[Candidate], word: str) -> Candidate:
    hits = [it for it in items if word.casefold() in (it.title + " " + it.text).casefold()]
    assert len(hits) == 1, [it.title for it in items]
    return hits[0]


# --- status lines under body headings ---------------------------------------------------

STATUS_LIST = """
Uppföljning av fullmäktiges uppdrag
Varje nämnds uppdrag listas nedan med sin status. Ett uppdrag markerat som pågående är
  inte slutredovisat.
Avslutade uppdrag stryks när fullmäktige godkänt årsredovisningen.
Regionstyrelsen
Kartlägga behovet av laddplatser AVSLUTAT
Ta fram en ny lokalplan PÅGÅENDE
Teknik- och fastighetsnämnden
Utreda en gemensam växel (från budget 2023) PÅGÅENDE
Se över taxorna för bygglov AVSLUTAT
Kultur- och fritidsnämnden
Starta en sommarskola för musik EJ PÅBÖRJAD
"""


@pytest.mark.parametrize(
    ("word", "status", "owner"),
    [
        ("laddplatser", "done", "Regionstyrelsen"),
        ("lokalplan", "open", "Regionstyrelsen"),
        ("gemensam växel", "open", "Teknik- och fastighetsnämnden"),
        ("taxorna", "done", "Teknik- och fastighetsnämnden"),
        ("sommarskola", "open", "Kultur- och fritidsnämnden"),
    ],
)
def test_status_lines_under_body_headings(word: str, status: str, owner: str) -> None:
    item = _one(_items(STATUS_LIST), word)
    assert (item.status, item.owner, item.kind) == (status, owner, "activity")
    assert "rad med status" in item.reasons
    assert any(r.startswith("statusord:") for r in item.reasons)
    assert item.title[:1].isupper() and not item.title.endswith(("PÅGÅENDE", "AVSLUTAT"))


UNIT_HEADINGS = """
Väsentliga händelser per tjänsteområde
1.1 Tjänsteområde Lokalvård
Arbetet med ett nytt schemasystem pågår och väntas vara klart i höst.
1.2 Tjänsteområde Måltider
Översynen av menyerna i skolorna fortsätter under våren.
"""


def test_running_text_under_unit_headings_is_the_units_work() -> None:
    items = _items(UNIT_HEADINGS, body=None)
    assert _one(items, "schemasystem").owner == "Tjänsteområde Lokalvård"
    assert _one(items, "menyerna").owner == "Tjänsteområde Måltider"


def test_bodies_a_decision_passes_own_no_work() -> None:
    text = """Beslutsnivå
1. Kommunstyrelsen
2. Miljönämnden Sammanfattning
Arbetet med de kontroller som inte hanns med fortsätter under våren.
"""
    assert _one(_items(text, body="Miljönämnden"), "kontroller").owner == "Miljönämnden"


def test_explanations_of_the_status_words_are_no_items() -> None:
    items = _items(STATUS_LIST)
    assert len(items) == 5
    assert not any("markerat" in it.text for it in items)


# --- headings that give their status to the list under them -----------------------------

STATUS_HEADINGS = """
Här berättar vi om läget i ombyggnaden av kvarteret.
Avslutade arbeten
Detta är klart:
- Fasaderna på norra längan är omputsade och ställningarna är nedtagna.
- Den nya tvättstugan öppnade i mars.
Pågående arbeten
- Bytet av stammar i södra huset pågår och blir klart under hösten 2026.
- Lekplatsen på gården har börjat byggas om.
- Planerad start för takbytet på gavelhuset är våren 2027.
Kontakta förvaltaren om du har frågor om arbetena.
"""


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Fasaderna", "done"),
        ("tvättstugan", "done"),
        ("stammar", "open"),
        ("Lekplatsen", "open"),
        ("takbytet", "open"),
    ],
)
def test_a_status_heading_gives_its_status_to_the_list_below(word: str, status: str) -> None:
    item = _one(_items(STATUS_HEADINGS), word)
    assert item.status == status
    assert any("punkt under rubriken" in r for r in item.reasons)


@pytest.mark.parametrize("word", ["läget i ombyggnaden", "Detta är klart", "Kontakta"])
def test_a_status_heading_list_ends_at_running_text(word: str) -> None:
    items = _items(STATUS_HEADINGS)
    assert not [it for it in items if word.casefold() in it.text.casefold()]


def test_status_headings_make_a_report() -> None:
    assert detect_kind(_doc(STATUS_HEADINGS)) == "report"


# --- uppdrag tables ---------------------------------------------------------------------

WITH_STATUS_LINES = """
Uppdrag 2025 Kommentar 2025
Ekonomistaben ska ta fram ett sparprogram som gäller för perioden 2025 till 2027.
Inga data
Under våren tillsattes en arbetsgrupp som tar fram förslag på besparingar.
Nämndernas presidier bjuds in till styrelsens sammanträden under 2025 för en dialog om ekonomin.
Grön
Styrelsen beslutade i mars 2024 om dialogerna. Den första sker i juni.
Införa e-arkiv i alla förvaltningar.
Avslutat
E-arkivet togs i drift i februari.
"""


def test_uppdrag_table_with_status_lines() -> None:
    items = _items(WITH_STATUS_LINES, "Regionstyrelsen", dt.date(2025, 4, 30))
    assert len(items) == 3
    plan = _one(items, "sparprogram")
    assert plan.status == "open" and plan.due is None  # the period scopes the plan
    assert "statusord: Inga data" in plan.reasons
    dialog = _one(items, "presidier")
    assert dialog.status == "open" and dialog.due == dt.date(2025, 12, 31)
    assert any(r.startswith("färg: Grön") for r in dialog.reasons)
    # The comment's background (an earlier decision) is not the item; its date is no due.
    assert "mars 2024" not in dialog.text and dialog.due_text == "under 2025"
    arkiv = _one(items, "e-arkiv")
    assert arkiv.status == "done"


WITHOUT_STATUS = """
Nämnd T1 2025 Uppdrag Kommentar T1 2025
(Kommunstyrelsen) .
Under år 2025 presentera ett program för fler arbetstillfällen på landsbygden.
Hittills har underlag samlats in från näringslivet. En workshop med företagare hölls i mars.
(Valnämnden) .
Säkra bemanningen av vallokalerna.
Rekryteringen av röstmottagare har startat inför valet.
(Miljönämnden) .
Ta fram en plan för tillsyn av förorenad mark.
Uppdraget är slutfört och planen antogs i mars.
"""


@pytest.mark.parametrize(
    ("word", "status", "owner", "due"),
    [
        ("landsbygden", "open", "Kommunstyrelsen", dt.date(2025, 12, 31)),
        ("vallokalerna", "open", "Valnämnden", None),
        ("förorenad mark", "done", "Miljönämnden", None),
    ],
)
def test_uppdrag_table_decided_by_the_comment(
    word: str, status: str, owner: str, due: dt.date | None
) -> None:
    item = _one(_items(WITHOUT_STATUS, None, dt.date(2025, 4, 30)), word)
    assert (item.status, item.owner, item.due) == (status, owner, due)
    assert "uppdragstabell: uppdrag och kommentar" in item.reasons


def test_a_finished_step_does_not_finish_the_uppdrag() -> None:
    item = _one(_items(WITHOUT_STATUS, None), "landsbygden")
    assert item.status == "open"
    assert item.title.startswith("Presentera ett program")


COLUMN_TABLE = """
Internkontroll 2025 – uppföljning
Socialnämnden
Status | Aktiviteter | Kommentar
| Se över rutinen för synpunkter | Inväntar instruktioner från kommunens kvalitetsgrupp.
Grön | Kontrollera delegationsbeslut | Stickprov görs varje kvartal.
Klar | Utbilda chefer i arbetsmiljö | Alla chefer har gått utbildningen.
Ej påbörjad | Inventera avtal med leverantörer | Skjuts till hösten.
"""


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("rutinen för synpunkter", "open"),
        ("delegationsbeslut", "open"),
        ("Utbilda chefer", "done"),
        ("Inventera avtal", "open"),
    ],
)
def test_table_with_status_and_comment_columns(word: str, status: str) -> None:
    items = _items(COLUMN_TABLE, None)
    assert len(items) == 4
    item = _one(items, word)
    assert (item.status, item.owner) == (status, "Socialnämnden")
    assert "tabell med kolumnerna Status | Aktiviteter | Kommentar" in item.reasons


def test_table_comment_tells_the_state() -> None:
    item = _one(_items(COLUMN_TABLE, None), "rutinen för synpunkter")
    assert item.evidence and item.evidence.startswith("Inväntar instruktioner")


def test_table_rows_from_word_cells() -> None:
    lines = [
        Line(text="Kontrollmoment Ansvarig Status", page=1, line=1,
             cells=["Kontrollmoment", "Ansvarig", "Status"]),
        Line(text="Attestregler Ekonomichef Avvaktar", page=1, line=2,
             cells=["Följsamhet till attestreglerna", "Ekonomichefen", "Avvaktar"]),
        Line(text="Löner Lönechef Genomförd", page=1, line=3,
             cells=["Kontroll av löneutbetalningar", "Lönechefen", "Genomförd"]),
    ]
    items = read_followup(lines, "Kommunstyrelsen", None).items
    assert [(it.title, it.status, it.owner) for it in items] == [
        ("Följsamhet till attestreglerna", "open", "Ekonomichefen"),
        ("Kontroll av löneutbetalningar", "done", "Lönechefen"),
    ]


# --- labelled pages ----------------------------------------------------------------------

ACTION_PAGE = """
Gå direkt till sidans innehåll
Minska matsvinnet i skolköken
Åtgärd B12. 3.1. 4
Åtgärdsstatus:
Pågår Pågår
Minska matsvinnet i skolköken med hälften senast 2026 genom mätning och nya rutiner
Resultat
Mätningarna startade i fjol och svinnet har minskat något.
Ansvarig organisation
• Kost- och serviceenheten
"""


def test_action_page_with_status_field_and_owner() -> None:
    items = _items(ACTION_PAGE, None)
    assert len(items) == 1
    item = items[0]
    assert item.status == "open" and item.owner == "Kost- och serviceenheten"
    assert item.title == "Minska matsvinnet i skolköken"
    assert "nya rutiner" in item.text and "startade i fjol" not in item.text
    assert item.due == dt.date(2026, 12, 31)
    assert any(r.startswith("sida med statusfält") for r in item.reasons)


GOAL_PAGE = """
Minskade utsläpp från arbetsmaskiner
Mål 4.2
Bedömning:
{status}
Alla arbetsmaskiner i kommunens regi ska drivas med förnybart bränsle.
Ansvarig organisation
• Tekniska förvaltningen
"""


@pytest.mark.parametrize(
    ("status", "kind"),
    [("Målet har delvis uppnåtts", "goal_deviation"), ("Pågår", "activity")],
)
def test_a_status_that_judges_a_goal_makes_a_goal_deviation(status: str, kind: str) -> None:
    items = _items(GOAL_PAGE.format(status=status), None)
    assert [(it.status, it.kind) for it in items] == [("open", kind)]


INDICATOR_PAGE = """
Andel återvunnet byggavfall
Indikator KP3. 2.1
Status:
{status}
Senaste värdet:
41,00 % (2024)
Målvärde 2025:
70,00 % (2025)
Kommentar
Två stora rivningar gav mycket blandat avfall. Sorteringen på plats ska förbättras.
"""


def test_indicator_off_target_is_a_deviation() -> None:
    items = _items(INDICATOR_PAGE.format(status="Tillståndet är dåligt Tillståndet är dåligt"))
    assert len(items) == 1
    item = items[0]
    assert item.kind == "indicator_deviation" and item.status == "open"
    assert "41,00 %" in item.text and "Tillståndet är dåligt" in item.text
    assert item.reasons[0].startswith("indikator: status")


@pytest.mark.parametrize("status", ["Tillståndet är bra", "Grön"])
def test_indicator_on_target_is_none(status: str) -> None:
    assert _items(INDICATOR_PAGE.format(status=status)) == []


# --- running text ---------------------------------------------------------------------

EVENTS = """
Verksamhetsberättelse
Viktiga händelser
Renhållningsenheten
Deponin vid Norrmossen fick sin sluttäckning i september.
Ett nytt system för slamtömning började byggas upp.
Fritidsenheten
En fritidsberedning har fått ansvaret för de nya bidragsreglerna. Målet är att reglerna
  ska antas inför 2026.
Ombyggnaden av ishallen blev klar.
Det första av tre år i läsprojektet för unga är nu genomfört.
Inom Socialförvaltningen pågår införande av digitala ansökningar om bistånd.
Omvärldsanalys
Konjunkturen fortsätter att försvagas och arbetslösheten pågår att stiga.
"""


@pytest.mark.parametrize(
    ("word", "owner", "due"),
    [
        ("slamtömning", "Renhållningsenheten", None),
        ("bidragsreglerna", "Fritidsberedning", dt.date(2025, 12, 31)),
        ("läsprojektet", "Fritidsenheten", None),
        ("digitala ansökningar", "Socialförvaltningen", None),
    ],
)
def test_running_text_with_work_going_on(word: str, owner: str, due: dt.date | None) -> None:
    item = _one(_items(EVENTS), word)
    assert (item.status, item.owner, item.due) == ("open", owner, due)
    assert any(r.startswith("statusord:") for r in item.reasons)


@pytest.mark.parametrize("word", ["deponin", "ishallen", "Konjunkturen", "arbetslösheten"])
def test_running_text_traps(word: str) -> None:
    assert not any(word.casefold() in it.text.casefold() for it in _items(EVENTS))


STATE_OR_WORK = """
Delårsrapport
Inledning
Året har fortsatt präglats av höga energipriser i hela landet.
I länet råder fortsatt brist på sjuksköterskor och lärare.
Museerna fortsätter att främja ett rikt kulturliv för alla åldrar.
Under våren har också en översyn av kollektivtrafikens zoner pågått.
Tekniska enheten har inlett en kartläggning av gatubelysningen.
"""


@pytest.mark.parametrize("word", ["präglats", "brist", "främja"])
def test_a_state_or_standing_mission_is_no_work(word: str) -> None:
    assert not any(word in it.text for it in _items(STATE_OR_WORK))


@pytest.mark.parametrize("word", ["zoner", "gatubelysningen"])
def test_work_begun_or_running_during_the_period_is_open(word: str) -> None:
    assert _one(_items(STATE_OR_WORK), word).status == "open"


@pytest.mark.parametrize(
    ("sentence", "going", "finished"),
    [
        ("Tre utbildningsdagar har genomförts och arbetet med en ny introduktion fortgår.",
         "introduktion", "utbildningsdagar"),
        ("Inventeringen av parkerna är klar, men planeringen av nya lekplatser pågår.",
         "lekplatser", "Inventeringen"),
        ("Flera möten har hållits och rekryteringen av en samordnare pågår.",
         "samordnare", None),
    ],
)
def test_a_sentence_of_finished_and_going_work_offers_the_going_part(
    sentence: str, going: str, finished: str | None
) -> None:
    item = _one(_items(f"Viktiga händelser\n{sentence}\n"), going)
    assert item.status == "open"
    if finished:
        assert finished not in item.text and finished not in item.evidence


GOAL_JUDGEMENTS = """
Måluppfyllelse
Av de åtta målen för året bedöms sex bli uppfyllda.
Ett av målen, läsmålet, bedöms inte bli uppfyllt 2025.
Målet om kortare väntetider i hemtjänsten kommer inte att nås under året.
Budgetmålet bedöms bli uppfyllt.
Symbolerna ska tolkas enligt följande: grön = målet bedöms bli uppfyllt, röd = målet
  bedöms inte bli uppfyllt.
Antalet besökare bedöms inte nå fjolårets nivå.
"""


@pytest.mark.parametrize(
    ("word", "due"),
    [("läsmålet", dt.date(2025, 12, 31)), ("väntetider", dt.date(2025, 12, 31))],
)
def test_a_goal_judged_to_be_missed_is_a_goal_deviation(word: str, due: dt.date) -> None:
    item = _one(_items(GOAL_JUDGEMENTS, ref=dt.date(2025, 8, 31)), word)
    assert (item.status, item.kind, item.due) == ("open", "goal_deviation", due)


@pytest.mark.parametrize("word", ["åtta målen", "Budgetmålet", "Symbolerna", "besökare"])
def test_goals_met_and_keys_to_symbols_are_no_goal_deviations(word: str) -> None:
    items = _items(GOAL_JUDGEMENTS, ref=dt.date(2025, 8, 31))
    assert not [it for it in items if word.casefold() in it.text.casefold()]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Arbetet med den nya webbplatsen pågår och blir klart i höst.",
         "Arbetet med den nya webbplatsen"),
        ("Ombyggnaden av simhallens omklädningsrum är påbörjad.",
         "Ombyggnaden av simhallens omklädningsrum"),
        ("Tekniska enheten har inlett en kartläggning av gatubelysningen.",
         "Kartläggning av gatubelysningen"),
        ("Det pågår ett arbete med nya rutiner.", None),
        ("Under hösten har vi inlett ett samarbete med skolorna.", None),
        ("Kostnaderna är höga och arbetet fortsätter.", None),
        ("Resultatet är fortsatt gult.", None),
    ],
)
def test_work_name_is_what_the_status_sentence_is_about(sentence: str, name: str | None) -> None:
    assert work_name(sentence) == name


def test_a_bullet_under_a_status_heading_is_titled_by_its_work() -> None:
    item = _one(_items(STATUS_HEADINGS), "stammar")
    assert item.title == "Bytet av stammar i södra huset"


@pytest.mark.parametrize(
    ("sentence", "owner", "title"),
    [
        ("Under våren har Norrby kommun och Sjöviks folkhögskola inlett ett samarbete om "
         "språkkurser.", "Norrby kommun och Sjöviks folkhögskola", "Samarbete om språkkurser"),
        ("I år har Kulturnämnden också påbörjat en översyn av bidragen.", "Kulturnämnden",
         "Översyn av bidragen"),
    ],
)
def test_the_subject_after_an_opening_adverbial_owns_the_work(
    sentence: str, owner: str, title: str
) -> None:
    item = _one(_items(f"Viktiga händelser\n{sentence}\n", None), title.split()[-1])
    assert (item.status, item.owner, item.title) == ("open", owner, title)


def test_an_opening_adverbial_before_we_gives_no_owner() -> None:
    text = "Viktiga händelser\nUnder våren har vi inlett en översyn av taxorna.\n"
    assert _one(_items(text), "taxorna").owner == "Kommunstyrelsen"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Nu ska resultaten från försöket utvärderas för att ge underlag till nästa plan.",
         "Resultaten från försöket utvärderas"),
        ("Nästa steg är att upphandla en ny leverantör av skolskjuts.",
         "Upphandla en ny leverantör av skolskjuts"),
    ],
)
def test_the_next_step_announced_is_open(sentence: str, title: str) -> None:
    item = _one(_items(f"Verksamhetsuppföljning\n{sentence}\n"), title.split()[-1])
    assert (item.status, item.title) == ("open", title)


@pytest.mark.parametrize(
    "sentence",
    ["Nu ska vi blicka tillbaka på året som gått.", "Resultaten ska redovisas för nämnden."],
)
def test_no_next_step_without_its_opening_or_a_plan(sentence: str) -> None:
    assert _items(f"Verksamhetsuppföljning\n{sentence}\n") == []


def test_a_report_of_no_body_gives_its_work_to_the_organisation() -> None:
    text = """
Region Norrdal
Delårsrapport för 2025
Inom Region Norrdal pågår ett arbete med nya rutiner för remisser.
Tack till alla medarbetare i Region Norrdals verksamheter.
"""
    info = DocumentInfo(file="f.txt", sha256="0", format="txt", pages=1, kind="report")
    ex = extract_report(_doc(text), info)
    # The organisation is the report's body too: nothing narrower is named.
    assert ex.meeting.body == "Region Norrdal"
    assert _one(ex.items, "remisser").owner == "Region Norrdal"


def test_title_of_work_going_on_is_the_work() -> None:
    item = _one(_items(EVENTS), "digitala ansökningar")
    assert item.title == "Införande av digitala ansökningar om bistånd"


LISTED = """
Medel för pågående projekt 2024 förs över till 2025.
Medel för pågående projekt 2024 förs över till 2025. För kommunstyrelsen gäller det ett nytt
  diariesystem, för tekniska nämnden en ny gång- och cykelbro och belysning i motionsspåret
  och för kulturnämnden nya stolar till biblioteket.
För att inte tappa fart föreslår arbetsutskottet att arbetena fortgår.
"""


@pytest.mark.parametrize(
    ("word", "owner"),
    [
        ("diariesystem", "Kommunstyrelsen"),
        ("cykelbro", "Tekniska nämnden"),
        ("motionsspåret", "Tekniska nämnden"),
        ("biblioteket", "Kulturnämnden"),
    ],
)
def test_a_list_spreads_one_status_over_its_owners(word: str, owner: str) -> None:
    items = _items(LISTED)
    assert len(items) == 4
    item = _one(items, word)
    assert (item.status, item.owner, item.due) == ("open", owner, dt.date(2025, 12, 31))


# --- pieces -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Kommunstyrelsen ska i samråd med stadsdelsnämnderna ta fram en plan för fler parker",
            "Ta fram en plan för fler parker",
        ),
        (
            "Under år 2025 presentera ett program för äldres hälsa.",
            "Presentera ett program för äldres hälsa",
        ),
        ("Revidera lokalplanen", "Revidera lokalplanen"),
        (
            "Socialnämnden får i uppdrag att i samverkan med skolan utreda fritidsgårdarna",
            "Utreda fritidsgårdarna",
        ),
        ("Kulturnämnden uppdras att inventera konsten", "Inventera konsten"),
    ],
)
def test_activity_title(text: str, title: str) -> None:
    assert activity_title(text) == title


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("klart under 2024", dt.date(2024, 12, 31)),
        ("ett beslut ska fattas inför 2022", dt.date(2021, 12, 31)),
        ("redovisas senast T2 2025", dt.date(2025, 8, 31)),
        ("en plan för perioden 2024 till 2026", None),
        ("tas upp igen till hösten", None),  # no year and no report date: not from the clock
    ],
)
def test_due_in(text: str, due: dt.date | None) -> None:
    found = due_in(text, None)
    assert (found.end if found else None) == due


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("PÅGÅENDE", "open"),
        ("Ej påbörjad", "open"),
        ("Inga data", "open"),
        ("Försenad.", "open"),
        ("Genomförs kontinuerligt Genomförs kontinuerligt", "open"),
        ("Avslutat", "done"),
        ("Klar", "done"),
        ("Grön", "colour"),
        ("Utredningen pågår", None),
        ("Avvaktar beslut", "open"),
        ("Klar 2024-05-03", "done"),
        ("Ej helt genomförd", "open"),
        ("Avslutning", None),
        ("Klart?", None),
    ],
)
def test_status_values(value: str, status: str | None) -> None:
    found = status_of(value)
    assert (found[0] if found else None) == status


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden"),
        ("(Valnämnden) .", "Valnämnden"),
        ("Kost- och städenheten", "Kost- och städenheten"),
        ("Nämnd: Kulturnämnden", "Kulturnämnden"),
        ("Tekniska nämnden", "Tekniska nämnden"),
        ("HÄLSO- OCH SJUKVÅRDSNÄMNDEN", "Hälso- och sjukvårdsnämnden"),
        ("3.2 Kulturnämnden", "Kulturnämnden"),
        ("Kulturnämnden (KN)", "Kulturnämnden"),
        ("Kulturnämndens uppdrag", "Kulturnämnden"),
        ("Tekniska nämndens aktiviteter 2025", "Tekniska nämnden"),
        ("Ordförandens uppdrag", None),
        ("Vissa nämnder", None),
        ("Styrelsen", None),
        ("Viktiga händelser", None),
        ("Kommunstyrelsen har beslutat att ta fram en plan.", None),
        # A unit named by its kind first, then its own name.
        ("1.3 Tjänsteområde Lokalvård", "Tjänsteområde Lokalvård"),
        ("Avdelning Ekonomi och styrning", "Avdelning Ekonomi och styrning"),
        ("Verksamhetsområde Individ och familj", "Verksamhetsområde Individ och familj"),
        ("Avdelning", None),
        ("Avdelning Planering Eva Ek 2024-03-01", None),
        ("Avdelning Planering har under året anställt två handläggare.", None),
    ],
)
def test_body_heading(text: str, name: str | None) -> None:
    assert body_heading(text) == name


@pytest.mark.parametrize(
    ("comment", "status"),
    [
        ("Uppdraget är slutfört.", "done"),
        ("Arbetet har avslutats under hösten.", "done"),
        ("En första workshop har genomförts.", "open"),
        ("Arbetet pågår och beräknas vara klart i höst.", "open"),
        ("", "open"),
    ],
)
def test_comment_verdict(comment: str, status: str) -> None:
    assert comment_verdict([comment])[0] == status


# --- document kind and the whole extractor ---------------------------------------------


@pytest.mark.parametrize("text", [STATUS_LIST, WITHOUT_STATUS, ACTION_PAGE])
def test_followups_are_reports(text: str) -> None:
    assert detect_kind(_doc(text)) == "report"


def test_minutes_with_an_action_table_stay_minutes() -> None:
    text = """
Minnesanteckningar APT 2025-01-20
Närvarande: Anna, Bo
Åtgärd | Ansvarig | Klart senast | Status
Byta lampor i korridoren | Bo | 2025-02-01 | Ej påbörjad
Beställa pärmar | Anna | v. 6 | Klar
Städa förrådet | Anna och Bo | 2025-02-10 | Pågår
Rensa kylskåpet | Bo | 2025-01-31 | Pågår
"""
    assert detect_kind(_doc(text)) == "minutes"


def test_report_extractor_reads_followups() -> None:
    info = DocumentInfo(file="f.txt", sha256="0", format="txt", pages=1, kind="report")
    ex = extract_report(_doc(STATUS_LIST), info)
    assert {it.status for it in ex.items} == {"open", "done"}
    assert not any("Inga aktivitetstabeller" in w.message for w in ex.warnings)


def test_unknown_document_gets_possible_items_only() -> None:
    # too few signals to call it a report: read as minutes, the follow-up reading's
    # items offered unchecked
    text = """
Sommar i parken
Regnet har gjort marken blöt.
Vi avvaktar torrare väder innan Byggbolaget fortsätter med lekplatsen.
"""
    ex = extract(_doc(text))
    assert ex.document.kind == "unknown" and ex.items == []
    assert len(ex.possible) == 1
    item = ex.possible[0]
    assert item.tier == "possible" and item.owner == "Byggbolaget"


def test_a_project_page_with_progress_words_is_a_report() -> None:
    # the interrupted work, the waiting and the stage (etapp) tell a report by weak
    # signals; the report rules read the waiting work as a sure item
    text = """
Arbete i parken
Regnet har gjort marken blöt så entreprenören har fått avbryta arbetet.
Vi avvaktar torrare väder innan Byggbolaget fortsätter med den påbörjade etappen.
"""
    ex = extract(_doc(text))
    assert ex.document.kind == "report"
    assert [(it.owner, it.tier) for it in ex.items] == [("Byggbolaget", "confident")]


# --- no place names in the rules ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Göteborgs Stadshus AB ska tillsammans med idrottsnämnden utreda driften",
            "Göteborgs Stadshus AB",
        ),
        ("Umeå Energi AB ska bygga ut laddnätet", "Umeå Energi AB"),
    ],
)
def test_company_owner_whatever_its_place(text: str, owner: str) -> None:
    from tracker.extract.report_rules import owners

    assert owners(text, "Kommunstyrelsen")[0] == owner


def test_own_place_name_is_no_content_word() -> None:
    from tracker.extract.report_rules import place_words, stems

    place = place_words("Vänersborgs kommun")
    assert place == {"vänersborg", "vänersborgs"}
    assert stems("Bygga om Vänersborgs simhall", place) == {"bygga", "simhal"}
    assert "vänersb" not in "".join(stems("Vänersborg växer", place))


# --- the report's date and body -----------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Måluppföljning per den 30 juni 2025\nText om målen.", dt.date(2025, 6, 30)),
        ("Delårsrapport augusti 2024 Xköpings kommun\nSammanfattning", dt.date(2024, 8, 31)),
        ("Nämnd T2 2025 Uppdrag Kommentar T2 2025\n(Kulturnämnden) .", dt.date(2025, 8, 31)),
        ("Årsredovisning 2023\nInledning", dt.date(2023, 12, 31)),
        ("Sidan om åtgärden\nUppdaterad datum: 2021-03-04", dt.date(2021, 3, 4)),
        ("Nyhet om bygget\n2022-05-30 09:15\nArbetet pågår.", dt.date(2022, 5, 30)),
        ("Nyhet om bygget\nArbetet pågår sedan april 2024.", None),
        ("3 mars 2021 08:30\nNyhet om bygget", dt.date(2021, 3, 3)),
        ("Driftrapport 2020\nEnhet Avlopp Eva Ek 2021-04-15\nInnehåll", dt.date(2021, 4, 15)),
        ("Rapport\nVi följde upp arbetet med ventilationen i hela skolan 2021-04-15",
         None),
        # the end of the period a title names, in the general shapes of periods
        ("Tertialrapport 1 2023\nTekniska nämnden", dt.date(2023, 4, 30)),
        ("Månadsrapport mars 2023\nSocialnämnden", dt.date(2023, 3, 31)),
        ("Delårsrapport första halvåret 2023\nInledning", dt.date(2023, 6, 30)),
        ("Kvartalsrapport Q3 2023\nInledning", dt.date(2023, 9, 30)),
        ("Uppföljning av internkontrollplan 2022\nSocialnämnden", dt.date(2022, 12, 31)),
        ("Uppföljning av handlingsplan 2019–2022\nInledning", None),
        ("Rapport\nFör att jämföra används svaren från uppföljning 2022 i stället för de nya "
         "som saknas.", None),
    ],
)
def test_report_date_fallbacks(head: str, date: dt.date | None) -> None:
    from tracker.extract.report import report_date

    assert report_date(_doc(head)) == date


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Delårsrapport april 2025 Xköpings kommun\nViktiga händelser", "Kommunstyrelsen"),
        ("Årsredovisning 2024 Region Ystad\nInledning", "Regionstyrelsen"),
        ("Tertialrapport 1 2025 för Kulturnämnden\nInledning", "Kulturnämnden"),
    ],
)
def test_whole_organisation_report_belongs_to_its_styrelse(head: str, body: str) -> None:
    from tracker.extract.report import report_body

    assert report_body(_doc(head)) == body


def test_flattened_page_splits_at_headings_and_openers() -> None:
    text = (
        "Foto: Nya bryggan vid Sjöviken ÅRSÖVERSIKT Året i korthet Sedan januari har det "
        "gemensamma arbetet med en ny busslinje fortsatt i god takt. "
        "Skolan har byggt om sitt kök."
    )
    items = _items(text)
    assert len(items) == 1
    assert items[0].title == "Det gemensamma arbetet med en ny busslinje"
    assert "Sjöviken" not in items[0].text


EXPORT_FIELDS = """
Uppföljning av uppdrag 2025
Uppdrag
Utreda behovet av fler förskoleplatser i norra delen.
Status
Pågående
Kommentar
En lokalutredning är beställd och ska vara klar i juni.
Uppdrag
Ta fram en ny taxa för sotning.
Status
Avslutat
Kommentar
Taxan antogs av fullmäktige i mars.
Uppdrag
Införa digital signering av beslut.
Status
Gul
Kommentar
Upphandlingen är försenad.
"""

EXPORT_HEADINGS = """
Uppföljning av uppdrag 2025
Utreda behovet av fler förskoleplatser i norra delen
Status: Pågående
Kommentar: En lokalutredning är beställd.
Ta fram en ny taxa för sotning
Status: Klar
Kommentar: Taxan antogs i mars.
Införa digital signering av beslut
Status: Gul
Kommentar: Upphandlingen är försenad.
"""


@pytest.mark.parametrize("text", [EXPORT_FIELDS, EXPORT_HEADINGS])
def test_exported_fields_one_entry_per_status(text: str) -> None:
    items = _items(text, "Barn- och utbildningsnämnden")
    got = [(it.title.rstrip("."), it.status) for it in items]
    assert got == [
        ("Utreda behovet av fler förskoleplatser i norra delen", "open"),
        ("Ta fram en ny taxa för sotning", "done"),
        ("Införa digital signering av beslut", "open"),
    ]
    assert all(it.owner == "Barn- och utbildningsnämnden" for it in items)
    assert not any("antogs" in it.text for it in items)


def test_capitalised_status_word_ends_an_entry_but_not_a_sentence() -> None:
    text = """
Kulturnämnden
Inventera konstsamlingen Pågående
Bygga om stadsbiblioteket Avslutat
Arbetet med konstsamlingen pågår.
"""
    items = _items(text, None)
    assert [(it.title, it.status) for it in items] == [
        ("Inventera konstsamlingen", "open"),
        ("Bygga om stadsbiblioteket", "done"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kostnaderna för försörjningsstöd fortsätter att öka.",
        "Efterfrågan på bygglov var fortsatt hög under året.",
        "Befolkningen fortsätter att växa i kommunens södra delar.",
    ],
)
def test_trends_are_no_work_going_on(sentence: str) -> None:
    assert _items(f"Viktiga händelser\n{sentence}") == []


def test_comment_sets_the_due_date() -> None:
    text = """
Uppdrag | Status | Kommentar
Ta fram en cykelplan | Pågår | Ett förslag beräknas vara klart i juni 2026. Remissen i mars
  2025 gav många svar.
Se över parkeringsnormen | Försenad | Arbetet startade i maj 2025.
"""
    items = _items(text)
    plan = _one(items, "cykelplan")
    assert plan.due == dt.date(2026, 6, 30)
    assert any(r.startswith("slutdatum ur kommentaren") for r in plan.reasons)
    assert _one(items, "parkeringsnormen").due is None  # a start told, no due


def test_wrapped_cells_go_on_with_their_row() -> None:
    lines = [
        Line(text="h", page=1, line=1, cells=["Aktivitet", "Status", "Kommentar"]),
        Line(text="a", page=1, line=2, cells=["Införa ett nytt system för", "Pågår", "Upphandl."]),
        Line(text="b", page=1, line=3, cells=["ärendehantering", "", "klar i höst."]),
        Line(text="c", page=1, line=4, cells=["Utbilda nämndens ledamöter", "Klar", ""]),
    ]
    items = read_followup(lines, "Kommunstyrelsen", None).items
    assert [(it.title, it.status) for it in items] == [
        ("Införa ett nytt system för ärendehantering", "open"),
        ("Utbilda nämndens ledamöter", "done"),
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Nyckeltal\nSkuldmålet uppfylls? Ja\nBalanskravet uppfylls? Nej\nResultat 12 mnkr",
            ["Balanskravet uppfylls: nej"],
        ),
        (
            "Sammanfattning Investeringsmålet Skuldmålet nås? klaras? 4,2 NEJ JA mnkr",
            ["Investeringsmålet nås: nej"],
        ),
        ("Nås målet om fler bostäder? Ja, det ser så ut.", []),
        ("Uppnås balanskravet? JA", []),
    ],
)
def test_yes_no_key_figures(text: str, titles: list[str]) -> None:
    from tracker.extract.report_followup import key_figures

    items = key_figures(_lines(text), "Kommunstyrelsen")
    assert [it.title for it in items] == titles
    assert all(it.kind == "goal_deviation" and it.owner == "Kommunstyrelsen" for it in items)


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Nämnd T1 2025 Uppdrag Kommentar T1 2025", True),
        ("Status Aktiviteter Kommentar", True),
        ("Uppdrag 2025 Kommentar 2025", True),
        ("Uppdrag och resultat", False),
        ("Analys av nämndens uppdrag", False),
    ],
)
def test_uppdrag_table_header_is_only_column_names(text: str, header: bool) -> None:
    from tracker.extract.followup_entries import followup_header

    assert followup_header(text) is header


def test_genitive_heading_names_a_body() -> None:
    assert body_heading("Kommunstyrelsens arbetsutskott") == "Kommunstyrelsens arbetsutskott"


def test_minutes_with_labelled_balance_list_stay_minutes() -> None:
    rows = "\n".join(
        f"Ärende: Fråga {k}\nAnsvarig: Chefen\nStatus: Pågår" for k in range(1, 6)
    )
    text = f"Protokoll förvaltningsgrupp 2025-03-04\nNärvarande: Anna, Bo\nBalanslista\n{rows}"
    assert detect_kind(_doc(text)) == "minutes"


def test_status_lines_without_a_header() -> None:
    text = WITH_STATUS_LINES.split("\n", 2)[2]  # the header line left out
    items = _items(text, "Regionstyrelsen", dt.date(2025, 4, 30))
    assert [it.status for it in items] == ["open", "open", "done"]


def test_lone_lower_case_status_words_are_no_entries() -> None:
    text = "Kommunstyrelsen\nAndelen åtgärder som\ngenomförda\nhar ökat.\ngenomförs\n"
    assert _items(text) == []


CONTROL = """
Uppföljning av internkontrollplan 2024
Socialnämnden
Kontrollmoment: Handläggningstider för ekonomiskt bistånd
Resultat: Avvikelser hittades i 4 av 20 granskade ärenden.
Åtgärd: Rutinen ses över och redovisas senast 2025-03-31.
Kontrollmoment: Attest av leverantörsfakturor
Resultat: Inga avvikelser.
Tekniska nämnden
Kontrollmoment: Besiktning av lekplatser
Resultat: Brister i dokumentationen på tre lekplatser.
"""


@pytest.mark.parametrize(
    ("word", "status", "owner", "due"),
    [
        ("Handläggningstider", "open", "Socialnämnden", dt.date(2025, 3, 31)),
        ("leverantörsfakturor", "done", "Socialnämnden", None),
        ("lekplatser", "open", "Tekniska nämnden", None),
    ],
)
def test_internal_control_points(word: str, status: str, owner: str, due: dt.date | None) -> None:
    item = _one(_items(CONTROL, None), word)
    assert (item.status, item.owner, item.due) == (status, owner, due)
    assert item.title.startswith(word) or word in item.title


def test_uppdrag_comment_without_deviation_is_not_done() -> None:
    assert comment_verdict(["Inga avvikelser från planen hittills."])[0] == "open"


def test_internal_control_table() -> None:
    text = """
Barn- och utbildningsnämnden
Kontrollmoment | Resultat | Åtgärd
Registerutdrag vid nyanställning | Brister i två av tio fall | Checklista senast 2025-09-30
Delegationsordningen följs | Inga avvikelser |
"""
    items = _items(text, None)
    assert [(it.status, it.owner) for it in items] == [
        ("open", "Barn- och utbildningsnämnden"),
        ("done", "Barn- och utbildningsnämnden"),
    ]
    assert items[0].due == dt.date(2025, 9, 30)


@pytest.mark.parametrize(
    ("text", "title_start"),
    [
        ("Kulturenheten\nBiblioteket fick datorer. Arbetet med en ny webb pågår.", "Arbetet med"),
        ("Kulturenheten\nBiblioteket fick nya datorer. Det pågår ett arbete med skyltningen.",
         "Ett arbete med skyltningen"),
        ("Kulturenheten\nEn ny taxa togs fram. Målet är att den ska beslutas inför 2026.",
         "En ny taxa togs fram"),
    ],
)
def test_which_sentence_names_the_work(text: str, title_start: str) -> None:
    items = _items(text)
    assert len(items) == 1 and items[0].title.startswith(title_start)


def test_goal_field_does_not_make_an_uppdrag_page_an_indicator() -> None:
    text = """
Fler unga i feriejobb
Mål: Fler unga i arbete
Utfall: 320 platser
Status: Pågående
Arbetsgivare kontaktas inför sommaren.
"""
    items = _items(text)
    assert [(it.kind, it.status) for it in items] == [("activity", "open")]


def test_running_text_wrapped_over_lines() -> None:
    text = """
Viktiga händelser under året
Fritidsenheten
Under hösten startade projekteringen av en ny
simhall. Arbetet pågår och
beräknas vara klart under 2026.
Omvärldsanalys
Arbetslösheten i regionen pågår att
minska och konjunkturen fortsätter uppåt.
Ekonomi
Arbetet med en ny budgetmodell pågår
"""
    items = _items(text, None, dt.date(2025, 8, 31))
    titles = [it.title for it in items]
    assert len(items) == 2, titles
    pool = _one(items, "simhall")
    assert pool.owner == "Fritidsenheten" and "Arbetet pågår" in pool.text
    assert pool.due == dt.date(2026, 12, 31)
    assert _one(items, "budgetmodell").status == "open"


def test_activity_table_with_a_status_column() -> None:
    text = """
Tertialrapport 2 2025 för Kulturnämnden
Aktivitet Startdatum Slutdatum Status
Revidera biblioteksplanen 2025-01-01 2025-12-31 Klar
Inventera konstsamlingen 2025-01-01 2025-12-31 Pågår
"""
    info = DocumentInfo(file="f.txt", sha256="0", format="txt", pages=1, kind="report")
    items = extract_report(_doc(text), info).items
    got = {it.title: (it.status, it.evidence) for it in items if it.kind == "activity"}
    assert got["Revidera biblioteksplanen"] == ("done", "Status: Klar")
    assert got["Inventera konstsamlingen"][0] == "open"


def test_no_input_makes_the_followup_reader_fail() -> None:
    import random

    pieces = [
        "Kulturnämnden", "(Valnämnden) .", "Status:", "Status", "Pågående", "AVSLUTAT", "Grön",
        "Inga data", "Kommentar", "Uppdrag", "Kontrollmoment: X", "Ansvarig organisation",
        "• Kommunstyrelsen", "Uppdrag | Status | Kommentar", "a | | b", "|", "||",
        "Senaste värdet:",
        "Tillståndet är dåligt", "Arbetet pågår.", "För kommunstyrelsen handlar det om a, för",
        "Balanskravet uppfylls? NEJ JA", "uppnås? uppfylls?", "Målet är att", "inför 2022",
        "Revidera planen PÅGÅENDE", "", "  ", "Omvärldsanalys", "2024-13-45", "T9 2024", "?",
    ]
    rnd = random.Random(7)
    for _ in range(300):
        rows = [rnd.choice(pieces) + rnd.choice(["", " ", " Pågår", "."]) for _ in range(12)]
        lines = [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]
        body = rnd.choice([None, "Kommunstyrelsen"])
        read_followup(lines, body, rnd.choice([None, dt.date(2025, 1, 1)]))
        detect_kind(Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=lines))


def test_a_report_section_ends_the_uppdrag_table() -> None:
    text = WITHOUT_STATUS + """
Ekonomi
Kulturnämnden
Nämnden redovisar ett överskott på två miljoner kronor.
"""
    items = _items(text, None)
    assert len(items) == 3
    assert not any("överskott" in it.text for it in items)
