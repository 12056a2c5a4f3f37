"""General mechanisms added in the h3 round (tuned on the h3 documents, aimed at shapes
any minutes may have): owner-led commitments, requests to the employer in samverkan,
referrals to presidium/arbetsutskott, report-back sentences, wrapped table rows, adopted
meeting schedules, and the traps each must leave alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.extract.minutes_helpers import run
from tracker.domain import Document, DocumentInfo, Line
from tracker.extract.minutes import extract_minutes

D = dt.date




FVG = """Protokoll från förvaltningsgruppen den 12 mars 2024

Närvarande:
Arbetsgivaren: Lars Wennberg, Anna Ek
Vision: Indu Bala Chopra
Kommunal: Emma Stålkrantz

1 Mötets öppnande
Lars Wennberg öppnade mötet.

7. Övriga frågor
"""

# (sentence, expected kind or None, owner or None (not checked), due or None (not checked))
CASES = [
    # requests to someone: in samverkan the employer owes what the unions ask for
    ("Fackliga parterna önskar få återkoppling vid nästa FVG om hur rekryteringen gått.",
     "follow_up", "Arbetsgivaren", None),
    ("Vision begär besked till nästa möte om friskvårdsbidraget.", "follow_up",
     "Arbetsgivaren", None),
    ("Arbetsgivaren önskar få återkoppling från Vision till nästa möte.", "follow_up",
     "Vision", None),
    # referrals to another body's forum
    ("Frågan kräver beslut och lyfts därför till nämndens presidium den 8 april.",
     "referred", None, D(2024, 4, 8)),
    ("Ordföranden tar med frågan till kommunstyrelsens arbetsutskott.", "referred", None,
     None),
    ("Frågan är stadsövergripande och lyfts till central samverkan (CSG) av HR-chefen.",
     "referred", "CSG", None),
    ("Frågan bereds vidare av presidiet inför nämndens sammanträde i september.",
     "referred", "Presidiet", D(2024, 9, 30)),
    # answers owed later
    ("Vision frågar om snöröjningen. Anna Ek kan inte svara på detta i dag. Svar ges "
     "skriftligen till ledamöterna.", "awaiting_reply", "Arbetsgivaren", None),
    # carried over to a named meeting
    ("Städschemat för diskrummet – Emma har inte hunnit, ligger kvar till nästa APT.",
     "carried_over", None, None),
    ("Ärendet utgår från dagens sammanträde och tas upp vid sammanträdet den 17 juni.",
     "carried_over", None, D(2024, 6, 17)),
    ("En risk- och konsekvensbedömning tas fram i samverkan under v. 15–16.", "follow_up",
     None, D(2024, 4, 19)),
    # owner-led commitments (a person or party, then a verb of doing in the present)
    ("Anna Ek fixar en ny lista till nästa möte.", "action", "Anna Ek", None),
    ("Anna Ek gör nytt vikarieschema efter sportlovet.", "action", "Anna Ek", None),
    ("Anna Ek kollar upp det med fastighet.", "action", "Anna Ek", None),
    ("Lars Wennberg och Emma Stålkrantz sammanställer synpunkterna senast den 31 oktober.",
     "action", "Lars Wennberg", D(2024, 10, 31)),
    # closing of a motion
    ("Nämnden beslutar att i övrigt anse motionen besvarad.", "closing", None, None),
    # traps: history, information, the past, a request without a time
    ("Ärendet bordlades vid nämndens sammanträde den 22 februari 2024, § 38.", None, None,
     None),
    ("Tertialrapport 1 behandlas i kulturnämnden den 20 juni.", None, None, None),
    ("Ärende 9 utgår då ingen rapport har lämnats in.", None, None, None),
    ("Brandövningen gjordes 12/11, alla kom ut på under 3 min.", None, None, None),
    ("Anna Ek redovisade prognosen efter maj.", None, None, None),
    ("DIK informerade om förbundets lönestatistik.", None, None, None),
    ("Vision önskar få återkoppling.", None, None, None),
    ("Anna Ek har kollat, vi får köpa skor för max 800 kr.", None, None, None),
]


@pytest.mark.parametrize(("sentence", "kind", "owner", "due"), CASES)
def test_general_phrases(sentence, kind, owner, due):
    items = run(FVG + sentence + "\n").items
    if kind is None:
        assert items == [], [(it.kind, it.title) for it in items]
        return
    assert [it.kind for it in items] == [kind], [(it.kind, it.title) for it in items]
    it = items[0]
    if owner is not None:
        assert it.owner == owner
    if due is not None:
        assert it.due == due


NAMND = """Socialnämnden
Protokoll
Sammanträdesdatum 2024-10-17

§ 115 Delårsrapport per augusti 2024
Beslut
Nämnden uppdrar åt förvaltningen att ta fram en åtgärdsplan för köpta placeringar.
Återrapportering sker i december.

§ 123 Anmälningsärenden
Beslut
Anmälningsärendena läggs till handlingarna.
1. IVO:s beslut i tillsynsärende avseende HVB Tuve, ärendet avslutat

§ 124 Sammanträdestider 2025
Beslut
Nämnden fastställer följande sammanträdestider för 2025: 23 januari, 20 februari och
10 december.
"""


def test_report_back_sentence_dates_the_task_before_it():
    items = run(NAMND).items
    assert [(it.kind, it.due) for it in items] == [("assignment", D(2024, 12, 31))]


def test_correspondence_list_closes_nothing_of_ours():
    assert not [it for it in run(NAMND).items if it.status == "done"]


def test_next_meeting_from_adopted_schedule():
    assert run(NAMND).meeting.next_meeting == D(2025, 1, 23)


def test_report_back_is_no_item_of_its_own():
    items = run(FVG + "Återrapportering sker i december.\n").items
    assert items == []


def test_wrapped_row_of_a_pdf_table_continues_the_row_above():
    text = "Anteckningar från APT 2024-05-14\n\n3. Beslutslogg\n"
    lines = [Line(t, 1, i) for i, t in enumerate(text.split("\n"), 1)]
    rows = [["Nr", "Beskrivning", "Ansvarig", "Deadline", "Status"],
            ["1", "Översyn av larmrutiner", "Jasmina Kovač", "2024-06-30", "Pågående"],
            ["", "Kulturskolan Medborgarplatsen", "", "", ""],
            ["2", "Ny krisledningsplan", "Cecilia Norén", "Nästa möte", "Stängd"]]
    for n, cells in enumerate(rows, 10):
        lines.append(Line(" ".join(c for c in cells if c), 1, n, cells=cells, table=1))
    doc = Document(Path("t.pdf"), "x" * 64, "pdf", 1, lines)
    items = extract_minutes(doc, DocumentInfo("t", "x", "pdf", 1, "minutes")).items
    assert [(i.title, i.owner, i.status) for i in items] == [
        ("Översyn av larmrutiner Kulturskolan Medborgarplatsen", "Jasmina Kovač", "open"),
        ("Ny krisledningsplan", "Cecilia Norén", "done"),
    ]


# The title block with the meeting date is a running page header, dropped at reading:
# only the signing date and "X beslutar" remain.
HEADLESS = """Plats och tid          Regionhuset, kl. 09.00–15.20
Justeringens plats     Regionkansliet, 2025-06-02
och tid

§ 49 Tillgänglighet inom BUP
Göran Hed (V) vill veta hur stor andel av remisserna som avvisas. Förvaltningen
återkommer med skriftligt svar till ledamöterna före sommaren.

§ 50 Patientavgifter 2026
Ärendet utgår från dagens sammanträde och tas upp vid nämndens sammanträde den 17 juni.

§ 51 Övrigt
Hälso- och sjukvårdsnämnden beslutar att notera informationen.
"""


def test_signing_date_gives_year_less_dates_their_year():
    result = run(HEADLESS)
    assert result.meeting.date is None
    assert result.meeting.body == "Hälso- och sjukvårdsnämnden"
    got = {it.kind: (it.due, it.owner) for it in result.items}
    assert got["awaiting_reply"] == (D(2025, 6, 30), "Förvaltningen")
    assert got["carried_over"] == (D(2025, 6, 17), "Hälso- och sjukvårdsnämnden")
    assert any("Mötesdatumet hittades inte" in w.message and "2025-06-02" in w.message
               for w in result.warnings)


def test_without_signing_date_year_less_dates_stay_unresolved():
    result = run(HEADLESS.replace("Regionkansliet, 2025-06-02", "Regionkansliet"))
    assert all(it.due is None for it in result.items if it.kind == "carried_over")


# Who raised the matter.
RAISED = [
    ("Vision frågar om parkeringen. Göran Hed vill dessutom veta om garaget är öppet. "
     "Arbetsgivaren återkommer till nästa möte.", "Göran Hed"),
    ("Britt-Marie Carlsson, PRO, frågar om bänkarna. Förvaltningen återkommer till nästa "
     "möte.", "PRO"),
    ("Mirja föreslår längre öppettider. Frågan lyfts därför till nämndens presidium den 8 "
     "april.", "Mirja"),
]


@pytest.mark.parametrize(("text", "raised"), RAISED)
def test_raised_by(text, raised):
    items = run(FVG + text + "\n").items
    assert [it.raised_by for it in items] == [raised]


PROTOCOL_TABLING = """Socialnämnden
Protokoll 2024-10-17

§ 122                                                   Dnr SNH 2024/00391
Ansökan om föreningsbidrag

Bo Gustafsson (SD) yrkar att ärendet bordläggs.
Ordföranden ställer proposition på yrkandet och finner att nämnden bifaller det.
Socialnämnden beslutar att bordlägga ärendet till nästa sammanträde.
"""


def test_the_member_who_moves_a_tabling_raised_it():
    items = run(PROTOCOL_TABLING).items
    assert [(it.kind, it.raised_by) for it in items] == [("tabled", "Bo Gustafsson")]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Kommunala pensionärsrådet (KPR)      Sammanträdesdatum\n2024-09-05",
         "Kommunala pensionärsrådet"),
        ("Kungsbacka kommun\n\nLedningsgruppsmöte – anteckningar\nDatum: 24 mars 2025",
         "Ledningsgruppen"),
        ("Alingsås kommun\nKommunfullmäktiges demokratiberedning     JUSTERAT PROTOKOLL\n"
         "Sammanträdesdatum 2023-12-05", "Kommunfullmäktiges demokratiberedning"),
        # the name keeps to its line; a title-block label after it is no part of it
        ("Minnesanteckningar arbetsmiljögrupp\nTekniska förvaltningen, Gata/park\n"
         "Datum: 2024-03-14", "Arbetsmiljögrupp"),
        ("REGION GOTLAND                 PROTOKOLL\nSocialnämndens arbetsutskott       "
         "Sammanträdesdatum 2025-06-03", "Socialnämndens arbetsutskott"),
    ],
)
def test_body_from_the_title_block(head, body):
    assert run(head + "\n\n1. Övrigt\nInget att rapportera.\n").meeting.body == body


# --- terse notes (h4 round) -------------------------------------------------------------

NOTES = """ENHETSMÖTE 6/11 2024 kl 13.30-14.30 personalrummet

Närv: EC Lena Gustavsson, SSK Ahmed Rahimi, AT Jonna Berg, USK Birgitta Olsson
Ej närv: natten
Ant: Birgitta

1. Föreg. ant. (2/10)
{notes}

9. Nästa möte
Nästa enhetsmöte 4/12 kl 13.30.
"""

# (note lines, kind or None, owner or None (not checked), due or None (not checked))
TERSE = [
    # a bare closing word closes the bullet it ends
    ("- Larmet avd 2, dörr mot trädgård. Fixat av fastighet 15/10. Stängs.", "closing", None,
     None),
    ("• Luftkvaliteten i magasinet – mätning gjord 12/5, inom gränsvärdet.\n  Avslutas.",
     "closing", None, None),
    # "Åter <date>": followed up then, by the one the note names just before
    ("Taklyft avd 1 trasig sen 2 v. Lena jagar fastighet. Åter 4/12.", "follow_up", "Lena",
     D(2024, 12, 4)),
    ("Nyckelskåpet fortf. trasigt. Lena tar det med fastighet, åter 4/12.", None, "Lena",
     D(2024, 12, 4)),
    # "<thing> klart <date>": a deadline, owned by the note's subject or "Ansv X"
    ("Lena lägger schemat. Schemat klart v47.", "action", "Lena", D(2024, 11, 22)),
    ("SSK Ahmed går igenom rutinen med varje avd. Klart nov.", "action", "Ahmed",
     D(2024, 11, 30)),
    ("Introplan för Elin klar 15/11. Ansv Birgitta + Sara.", "action", "Birgitta",
     D(2024, 11, 15)),
    # handed in by a date
    ("Önskemål lämnas till Lena senast 13/11.", "action", None, D(2024, 11, 13)),
    # traps: leave, information, forecasts said in full, the past, conditions, bare words
    ("Kent sjukskriven, åter 4/12.", None, None, None),
    ("Ahmed är åter 4/12 efter semestern.", None, None, None),
    ("Rekryteringen pågår och är klar i maj.", None, None, None),
    ("Konfigurationen är klar till 85 %.", None, None, None),
    ("Sommarschemat var klart 3/5.", None, None, None),
    ("Lena tar kontakt med HR vid behov, inget för gruppen.", None, None, None),
    ("Föranmälda frågor lämnas till Lena senast 13/11.", None, None, None),
    ("Caféet stängs kl 16 under jullovet.", None, None, None),
    ("Besvarad.", None, None, None),
]


@pytest.mark.parametrize(("notes", "kind", "owner", "due"), TERSE)
def test_terse_notes(notes, kind, owner, due):
    items = run(NOTES.format(notes=notes)).items
    if kind is None and owner is None:
        assert items == [], [(it.kind, it.title) for it in items]
        return
    if kind is not None:
        assert [it.kind for it in items] == [kind], [(it.kind, it.title) for it in items]
    it = items[0]
    if owner is not None:
        assert it.owner == owner
    if due is not None:
        assert it.due == due


def test_terse_notes_one_a_line_are_separate_matters():
    notes = ("Nya rullatorer beställda, lev. v46.\n"
             "Jonna kollar med hjälpmedelscentralen, återkommer.\n"
             "Taklyft trasig. Felanmäld 2 ggr. Lena jagar fastighet. Åter 4/12.")
    items = run(NOTES.format(notes=notes)).items
    assert [(it.kind, it.owner) for it in items] == [
        ("awaiting_reply", "Jonna"), ("follow_up", "Lena")]


def test_terse_present_list_with_titles():
    ex = run(NOTES.format(notes="Inget."))
    assert [p.name for p in ex.meeting.present] == [
        "Lena Gustavsson", "Ahmed Rahimi", "Jonna Berg", "Birgitta Olsson"]
    assert ex.meeting.present[1].role == "SSK"


LSG_FOLLOWUP = """LSG Stadsbiblioteket, minnesanteckningar 2026-06-09

§1 Uppföljning från förra LSG (7/4)
• Luftkvaliteten i magasinet – mätning gjord 12/5, värdena inom gränsvärdet.
  Avslutas.
• Självbetjäningsautomaterna – reservdelar fortfarande inte levererade.
  Kvarstår till nästa LSG, Helena bevakar.
• Bemanning meröppet kvällstid – Vision väntar på besked från AG.
  Helena återkommer senast 19/6.

§4 Övrigt
• Kommunal: städningen av personalrummet har blivit sämre. Gäller flera enheter,
  därför tas frågan till förvaltningens SVG.

Nästa LSG: 25/8 kl. 14.00.
"""


def test_bullets_under_a_paragraph_sign_are_matters_of_their_own():
    items = run(LSG_FOLLOWUP).items
    assert [it.status for it in items[:3]] == ["done", "open", "open"]
    assert "Självbetjäningsautomaterna" in items[1].evidence
    assert (items[2].due, "meröppet" in items[2].evidence) == (D(2026, 6, 19), True)
    # "förvaltningens SVG": an organisation's own forum under its abbreviation
    assert items[3].kind == "referred" and "SVG" in (items[3].owner or "")


# --- protocols and samverkan minutes (h4 round) ----------------------------------------

MORE = [
    # the verb before its subject
    ("Inför budgetdialogen skickar arbetsgivaren ut underlaget till facken senast fredag "
     "den 26 april.", "action", "Arbetsgivaren", D(2024, 4, 26)),
    # referral to a delegation
    ("Frågan om beredskapsersättningen förs vidare till förhandlingsdelegationen.",
     "referred", "Förhandlingsdelegationen", None),
    # a report owed later
    ("Anna Ek följer upp resultatet och återrapporterar senast i slutet av maj.",
     "awaiting_reply", "Anna Ek", D(2024, 5, 31)),
    # an id in a log closes its entry
    ("A-08 stängs.", "closing", None, None),
    # traps
    ("Arbetsgivaren noterar synpunkten och tar med den i beredningen.", None, None, None),
    ("Förvaltningen återrapporterar uppdraget om lokalerna.", None, None, None),
    ("Inför mötet skickar Vision ut en enkät.", None, None, None),
]


@pytest.mark.parametrize(("sentence", "kind", "owner", "due"), MORE)
def test_more_general_phrases(sentence, kind, owner, due):
    test_general_phrases(sentence, kind, owner, due)


AU = """Kultur- och fritidsnämndens arbetsutskott
Protokoll 2025-03-18

§ 30 Kulturpolitiskt program
Arbetsutskottets förslag till beslut
Arbetsutskottet föreslår kultur- och fritidsnämnden besluta
att ge förvaltningen i uppdrag att ta fram förslag till nytt kulturpolitiskt
program, att redovisas för nämnden senast i december 2025.

§ 35 Uppföljning av uppdrag om öppettider
Arbetsutskottet gav 2024-11-12 § 88 förvaltningen i uppdrag att utreda
utökade öppettider på filialerna.
Arbetsutskottets beslut
Arbetsutskottet anser att uppdraget om öppettider på filialerna är slutfört.

§ 35 a Information
Halmstads Ungdomsråd har valt ny ordförande.
"""


def test_arbetsutskott_proposal_to_the_namnd_is_not_its_own_item():
    items = run(AU).items
    # § 30: a proposal to the nämnd; § 35: the uppdrag told of is closed, not open
    assert [(it.kind, it.status) for it in items] == [("closing", "done")]


def test_in_the_namnds_minutes_the_same_proposal_is_kept():
    text = AU.replace("Kultur- och fritidsnämndens arbetsutskott", "Kultur- och fritidsnämnden")
    kinds = [it.kind for it in run(text).items]
    assert "assignment" in kinds


def test_sub_paragraph_heading():
    from tracker.extract.sections import structure

    lines = [Line(t, 1, i) for i, t in enumerate(AU.split("\n"), 1)]
    doc = Document(Path("t.txt"), "0" * 64, "txt", 1, lines)
    assert "§ 35 a" in [s.number for s in structure(doc).sections]


def test_decision_lead_on_every_page_is_no_running_header():
    pages = []
    for n in range(1, 5):
        pages += [f"§ {n} Ärende {n}", "Ärendet har beretts.", "Miljönämnden beslutar",
                  f"att godkänna punkt {n}."]
    lines = [Line(t, p // 4 + 1, p % 4 + 1) for p, t in enumerate(pages)]
    doc = Document(Path("t.txt"), "0" * 64, "txt", 4, lines)
    from tracker.extract.sections import structure

    texts = [s.text for sec in structure(doc).sections for s in sec.sentences]
    assert any(t.startswith("Miljönämnden beslutar") for t in texts), texts


def test_task_list_introduced_by_a_line():
    text = FVG.replace("7. Övriga frågor\n", "7. Övriga frågor\nTILL NÄSTA GÅNG:\n"
                       "Anna Ek bokar aulan för öppet hus.\n\n8. Nästa möte\n"
                       "Nästa möte 9 april 2024.\n")
    items = run(text).items
    assert [(it.owner, it.due) for it in items] == [("Anna Ek", D(2024, 4, 9))]


def test_meeting_date_and_body_from_the_running_header(tmp_path):
    from tracker.extract import extract
    from tracker.ingest import read_document

    page = ("LJUSNARSBERGS KOMMUN          PROTOKOLL {p} (3)\nSammanträdesdatum\n"
            "Kommunstyrelsens arbetsutskott 2026-02-03\n\n§ {n} Ärende {n}\n"
            "Arbetsutskottets beslut\nÄrendet bordläggs till nästa sammanträde.\n\n"
            "Justerandes sign          Utdragsbestyrkande\n")
    f = tmp_path / "ksau.txt"
    f.write_text("\f".join(page.format(p=p, n=p + 10) for p in range(1, 4)), encoding="utf-8")
    ex = extract(read_document(f))
    assert ex.meeting.date == D(2026, 2, 3)
    assert ex.meeting.body == "Kommunstyrelsens arbetsutskott"


def test_running_header_does_not_override_the_title_block(tmp_path):
    from tracker.extract import extract
    from tracker.ingest import read_document

    page = ("Socialnämnden          Sida {p} av 3\n§ {n} Ärende {n}\n"
            "Nämnden beslutar att lägga informationen till handlingarna.\n")
    text = "Protokoll från Miljönämnden 2024-03-05\n" + "\f".join(
        page.format(p=p, n=p) for p in range(1, 4))
    f = tmp_path / "mn.txt"
    f.write_text(text, encoding="utf-8")
    ex = extract(read_document(f))
    assert ex.meeting.date == D(2024, 3, 5)
    assert ex.meeting.body == "Miljönämnden"


LAST = [
    ("Självbetjäningsautomaterna. Kvarstår till nästa FVG, Anna Ek bevakar.", "carried_over",
     None, None),
    ("Direktionen beslutar att återremittera ärendet till förbundsledningen.", "sent_back",
     "Förbundsledningen", None),
    # trap: "kvarstår" about a state, not about the matter's place on the agenda
    ("Problemen kvarstår trots åtgärderna.", None, None, None),
]


@pytest.mark.parametrize(("sentence", "kind", "owner", "due"), LAST)
def test_last_general_phrases(sentence, kind, owner, due):
    test_general_phrases(sentence, kind, owner, due)


def test_sent_back_matter_dated_by_its_return_sentence():
    text = NAMND + ("§ 130 Detaljplan\nBeslut\nNämnden beslutar att ärendet återremitteras till "
                    "förvaltningen för att komplettera underlaget.\nÄrendet ska åter till nämnden "
                    "senast i maj 2025.\n")
    it = next(it for it in run(text).items if it.kind == "sent_back")
    assert it.due == D(2025, 5, 31)


def test_project_steering_group_lists_its_members():
    text = ("Minnesanteckningar styrgruppsmöte\nDatum: 2026-01-22\n\nStyrgrupp:\n"
            "Annelie Hjort, socialdirektör\nAdjungerade:\nEmil Sandberg, projektledare\n\n"
            "1. Tidplan\nProjektledaren Emil Sandberg återkommer med en ny tidplan till nästa "
            "styrgruppsmöte.\n")
    ex = run(text)
    assert [p.name for p in ex.meeting.present] == ["Annelie Hjort", "Emil Sandberg"]
    assert ex.items[0].owner == "Emil Sandberg"


# --- h5 round: general phrases, with their traps ------------------------------------------

# (sentence, kind or None, owner or None (not checked), due or None (not checked))
H5 = [
    # "X ser till att … före/senast …": X's task
    ("Avtalet går ut vid årsskiftet. Lotta ser till att avtalet förlängs före årsskiftet så "
     "att det inte blir något glapp.", "action", "Lotta", D(2024, 12, 31)),
    # trap: no date, nothing to follow up
    ("Anna ser till att alla får informationen.", None, None, None),
    # invited to a coming meeting to report: the invited one owes the report
    ("Socialförvaltningen bjuds in till nästa möte för att redovisa handläggningstiderna.",
     "follow_up", "Socialförvaltningen", None),
    # ... before a request with a guessed owner, in the same matter
    ("Rådet vill ha en redovisning av handläggningstiderna. Socialförvaltningen bjuds in "
     "till nästa möte för att redovisa dem.", "follow_up", "Socialförvaltningen", None),
    # traps: invited without a task, or to today's meeting
    ("Alla bjuds in till nästa möte.", None, None, None),
    ("Socialförvaltningen bjöds in till dagens möte för att redovisa läget.", None, None, None),
    # a matter put off to the next meeting
    ("Beslut om integrationen med e-arkivet skjuts upp till nästa styrgrupp i väntan på "
     "Stadsarkivets yttrande.", "tabled", None, None),
    # trap: a date moved, not a matter put off
    ("Driftstarten skjuts upp till februari.", None, None, None),
    # a logged risk closed in a sentence that gives the reason
    ("Risk R3, att projektet är beroende av en nyckelperson, stängs eftersom en ersättare "
     "är rekryterad.", "closing", None, None),
    # trap: not closed
    ("Risk R4, att leveransen försenas, stängs inte än.", None, None, None),
    # "tar också upp" raises a new matter: its referral is an item of its own
    ("Maria Grönlund tar fram statistiken senast den 31 mars. Vision tar också upp "
     "ersättningen för extra pass. Eftersom frågan gäller hela regionen lyfts den till "
     "förvaltningssamverkansgruppen (FSG) den 20 februari.", None, None, None),
    # finding out and coming back: the answer is owed
    ("Lotta kollar med fastighetsavdelningen och återkommer på nästa APT.", "awaiting_reply",
     "Lotta", None),
    # trap: checking and then doing something else is a task
    ("Lotta kollar upp priset och bokar lokalen till nästa möte.", "action", "Lotta", None),
]


@pytest.mark.parametrize(("sentence", "kind", "owner", "due"), H5)
def test_h5_general_phrases(sentence, kind, owner, due):
    if kind is None and "tar också upp" in sentence:
        items = run(FVG + sentence + "\n").items
        assert [(it.kind, it.due) for it in items] == [
            ("action", D(2024, 3, 31)), ("referred", D(2024, 2, 20))]
        return
    test_general_phrases(sentence, kind, owner, due)


def test_styrgruppsmote_names_the_steering_group():
    text = "Styrgruppsmöte – projekt e-bygglov\nDatum: 2025-09-30\n\n1. Övrigt\nInget.\n"
    assert run(text).meeting.body == "Styrgrupp"


TABLE_STATUS = """Minnesanteckningar FVG 2024-10-15

3. Kvarstående frågor
Nr | Fråga | Ansvarig | Åter | Läge/kommentar
11 | Lönekartläggning 2024 | HR-chef | 2024-10-15 | Resultatet redovisades under punkt 6. Klar.
12 | Hörslinga i Folkets hus | Kultur- och fritidsförvaltningen | Q2 | Ny slinga. Stängs.
13 | Ljudmiljön | Enhetschef | T3 | Åtgärdsförslag när mätningen är klar.
14 | Friskvård | HR | v. 47 | Svar har inte kommit. Kvarstår.
"""


def test_status_from_the_last_sentence_of_a_status_cell():
    items = {it.title.split()[0]: it for it in run(TABLE_STATUS).items}
    assert items["Lönekartläggning"].status == "done"
    assert items["Hörslinga"].status == "done"
    # "… när mätningen är klar." says when, not that the row is done (trap)
    assert items["Ljudmiljön"].status == "open"
    assert items["Friskvård"].status == "open"
    # "Kultur- och fritidsförvaltningen" is one owner
    assert items["Hörslinga"].owner == "Kultur- och fritidsförvaltningen"
    assert items["Hörslinga"].co_owners == []


# --- h6 round ------------------------------------------------------------------------

H6 = [
    # referrals in the active voice, the matter between "frågan om" and "till"
    ("Nämnden beslutar att hänskjuta frågan om ersättning till lantbrukare till "
     "kommunstyrelsen.", "referred", "Kommunstyrelsen", None),
    ("Nämnden beslutar att överlämna frågan till Länsnätverket för överförmyndare i "
     "Kalmar län.", "referred", None, None),
    # a forum under an organisation's genitive, its name an abbreviation compound
    ("Eftersom frågan berör flera förvaltningar lyfts den till stadsledningskontorets "
     "HR-avdelning.", "referred", None, None),
    # "uppmanas att … senast": an assignment to the body named
    ("Socialnämnden uppmanas att inkomma med en åtgärdsplan för en budget i balans senast "
     "den 13 juni 2024.", "assignment", "Socialnämnden", D(2024, 6, 13)),
    # trap: an appeal without a date
    ("Kommunen uppmanar allmänheten att spara på vattnet.", None, None, None),
    # trap: how the list is kept, said of a class of matters, closes nothing
    ("Ärenden som markerats Klar eller Stängd avförs efter dagens möte.", None, None, None),
    ("Åtgärder som är klara eller stängda tas bort ur loggen till nästa möte.", None, None,
     None),
    # … while one matter taken off the list is closed
    ("Frågan om parkeringen avförs från listan.", "closing", None, None),
    # trap: "redovisar att" reports; "redovisar X senast" is a task
    ("Enhetschefen redovisar att 92 procent av årsräkningarna är granskade den 31 oktober.",
     None, None, None),
    ("Fråga 2024-17: Anna Ek redovisar att ersättningen regleras i avtalet från den 1 "
     "november.", None, None, None),
    ("Anna Ek redovisar prognosen senast den 31 oktober.", "action", "Anna Ek",
     D(2024, 10, 31)),
    # trap: another body's agenda, told as information in the FVG's minutes …
    ("En lokalutredning presenteras för nämnden i december.", None, None, None),
    # … while what this forum will hear is a follow-up
    ("Planen presenteras på FVG i december.", "follow_up", None, D(2024, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "kind", "owner", "due"), H6)
def test_h6_general_phrases(sentence, kind, owner, due):
    test_general_phrases(sentence, kind, owner, due)


def test_another_bodys_agenda_is_the_namnds_own_follow_up_in_its_minutes():
    text = ("Socialnämnden\nProtokoll 2024-10-17\n\n§ 5 Lokaler\n"
            "En lokalutredning presenteras för nämnden i december.\n")
    assert [it.kind for it in run(text).items] == ["follow_up"]


NEXT_OWN = """Minnesanteckningar ledningsgruppen
Datum: 2025-06-12

1. Rapport från styrelsen
Nästa styrelsemöte är den 18 september 2025.

2. Ekonomi
Ekonomichefen återkommer till nästa ledningsgrupp med en prognos.

3. Nästa möte
Nästa ledningsgrupp: torsdag 14 augusti 2025 kl. 08.30.
"""


def test_next_meeting_is_the_forums_own_not_another_bodys():
    ex = run(NEXT_OWN)
    assert ex.meeting.next_meeting == D(2025, 8, 14)
    assert [it.due for it in ex.items] == [D(2025, 8, 14)]


@pytest.mark.parametrize("forum", ["RSG", "FSG", "LSG"])
def test_a_samverkansgrupp_abbreviation_is_a_meeting(forum):
    text = (f"Minnesanteckningar {forum}\nDatum: 2025-10-09\n\n1. Arbetsmiljö\n"
            f"Arbetsgivaren får i uppdrag att till nästa {forum} ta fram statistik.\n\n"
            f"2. Nästa möte\nNästa {forum} Primärvård: torsdag 13 november 2025.\n")
    ex = run(text)
    assert ex.meeting.next_meeting == D(2025, 11, 13)
    assert [it.due for it in ex.items] == [D(2025, 11, 13)]


def test_a_title_styled_as_a_heading_keeps_the_title_block():
    """Word's title style makes "APT Gruppbostaden Tallbacken" a heading: the date and
    those present under it are still the meeting's."""
    lines = [Line("Eskilstuna kommun – Vård- och omsorgsförvaltningen", 1, 1),
             Line("APT Gruppbostaden Tallbacken", 1, 2, heading=1),
             Line("Arbetsplatsträff onsdag 5 mars 2025, kl. 14.00–15.30", 1, 3),
             Line("Närvarande: Maria Lund (enhetschef), Jonna Eklöf", 1, 4),
             Line("1. Åtgärder", 1, 5, heading=2),
             Line("Jonna Eklöf bokar brandövningen senast 28/3.", 1, 6)]
    doc = Document(Path("t.docx"), "0" * 64, "docx", 1, lines)
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "docx", 1, "minutes"))
    assert ex.meeting.date == D(2025, 3, 5)
    assert [it.due for it in ex.items] == [D(2025, 3, 28)]


H6_RAISED = [
    # the number of a sub-item is no part of who asks
    ("7.1 Kommunal tog upp att elevassistenterna saknar förvaringsskåp. Arbetsgivaren tar "
     "med sig frågan och återkommer senast vid samverkansmötet i november.", "Kommunal"),
    # "begär att få ta del av": a request raised by the union
    ("Vision begär att få ta del av underlaget innan förhandlingen fortsätter. "
     "Arbetsgivaren återkommer med underlaget senast den 3 mars.", "Vision"),
]


@pytest.mark.parametrize(("text", "raised"), H6_RAISED)
def test_h6_raised_by(text, raised):
    items = run(FVG + text + "\n").items
    # "… innan förhandlingen fortsätter" is a condition: the answer owed is the item
    assert [(it.kind, it.raised_by) for it in items] == [("awaiting_reply", raised)]


def test_a_members_party_is_not_who_raised_the_matter():
    text = ("Kommunstyrelsen\nProtokoll 2025-04-22\nBeslutande: Per-Olof Granström (C), "
            "Anna Lind (S)\n\n§ 70 Frågor\nPer-Olof Granström (C) frågar hur vägen ska "
            "finansieras. Kommunchefen återkommer med svar vid nästa sammanträde.\n")
    assert [it.raised_by for it in run(text).items] == ["Per-Olof Granström"]


def test_a_dash_between_the_title_word_and_the_body():
    text = ("Minnesanteckningar – Regional samverkansgrupp\nDatum: 2025-10-09\n\n"
            "1. Övrigt\nInget.\n")
    assert run(text).meeting.body == "Regional samverkansgrupp"
