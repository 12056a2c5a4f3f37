"""General mechanisms added in the h9 round (tuned on the h9 documents, aimed at shapes any
minutes may have): "Åtgärd:/Ansvar:/Klart:" fields each on a line of their own, a passive
action under "Åtgärd:", a bare "Klart!" closing a note, "stryks från vår lista", a need
taken up with those above the meeting, the meeting date in a repeated two-column title
block, and the traps each must leave alone."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from tests.extract.minutes_helpers import run
from tracker.domain import Document, DocumentInfo, Extraction, Line
from tracker.extract.minutes import extract_minutes

D = dt.date

HEAD = ("Protokoll skyddskommitté\n"
        "Datum: 2025-09-24 kl. 15.00–16.30\n"
        "Deltagare: Maria Sjöberg, Peter Gustafsson, Lina Ek, Johanna Berg\n")




def open_items(ex: Extraction) -> list:
    return [c for c in ex.items if c.status == "open"]


# --- "Åtgärd:" / "Ansvar:" / "Klart:" on lines of their own ------------------------------

@pytest.mark.parametrize(("action", "owner_line", "due_line", "owner", "due"), [
    ("Åtgärd: Dragskåpen i sal K2 ska funktionskontrolleras.",
     "Ansvar: Peter Gustafsson, Gavlefastigheter", "Klart: senast den 31 oktober",
     "Peter Gustafsson", D(2025, 10, 31)),
    ("Åtgärd: Kemikalieförteckningen uppdateras i KLARA.",
     "Ansvar: Ämneslag kemi (förstelärare Jonas Wiik)", "Klart: v. 43",
     "Ämneslag kemi", D(2025, 10, 24)),
    ("Åtgärd: Peter Gustafsson byter lysrören.", "Ansvar: Lina Ek", "Senast: 2025-11-15",
     "Lina Ek", D(2025, 11, 15)),
])
def test_action_fields_on_lines_of_their_own(action, owner_line, due_line, owner, due):
    ex = run(HEAD + "2. Skyddsronder\nSkyddsrond i kemisalarna genomfördes 2025-09-10.\n"
             + action + "\n" + owner_line + "\n" + due_line + "\n3. Övrigt\nInget.\n")
    items = open_items(ex)
    assert len(items) == 1
    assert items[0].owner == owner
    assert items[0].due == due


@pytest.mark.parametrize("line", [
    "Åtgärd: ingen.",
    # trap: a passive with no modal is a report of what was done, not an action
    "Åtgärd: fortsatt dialog.",
])
def test_no_action_under_fields(line):
    ex = run(HEAD + "4. Tillbud\nTvå tillbud har anmälts sedan förra mötet.\n" + line + "\n"
             "Ansvar: Maria Sjöberg\n5. Övrigt\nInget.\n")
    assert open_items(ex) == []


# --- a bare closing word ends a note ----------------------------------------------------

@pytest.mark.parametrize(("note", "word"), [
    ("* Sandlådan på gården är bytt. Klart!", "Sandlådan"),
    ("1.3 Hörselskydd i textilslöjden. Inköpta och utdelade till personalen. Klart.",
     "Hörselskydd"),
    ("* Leveranstestet från Public 360 är godkänt - punkten stryks från vår lista.",
     "Leveranstestet"),
])
def test_a_bare_closing_word_closes_the_note(note, word):
    ex = run(HEAD + "1. Från förra mötet\n" + note + "\n2. Övrigt\nInget.\n")
    done = [c for c in ex.items if c.status == "done"]
    assert len(done) == 1
    assert word.lower() in (done[0].title + " " + (done[0].evidence or "")).lower()
    assert open_items(ex) == []


@pytest.mark.parametrize("note", [
    "* Schemat klart v. 47.",  # a deadline, not a closing
    "* Är allt klart inför julfesten? Maria svarar ja.",
])
def test_klart_inside_a_sentence_closes_nothing(note):
    ex = run(HEAD + "1. Från förra mötet\n" + note + "\n2. Övrigt\nInget.\n")
    assert [c for c in ex.items if c.status == "done"] == []


# --- a need taken up with those above the meeting --------------------------------------

@pytest.mark.parametrize(("sentence", "owner"), [
    ("Johanna tar upp behovet av fler timvikarier med förvaltningen.", "Johanna"),
    ("Lina påminner och följer upp.", "Lina"),
])
def test_someone_carries_a_matter_on(sentence, owner):
    ex = run(HEAD + "1. Arbetsmiljö\n* Svårt att få tag på vikarier. " + sentence + "\n"
             "2. Övrigt\nInget.\n")
    items = open_items(ex)
    assert len(items) == 1
    assert items[0].owner == owner


@pytest.mark.parametrize("sentence", [
    "Johanna tar upp att vikarierna är för få.",  # raises a matter here, takes it nowhere
    "Lina påminner om att listorna ska lämnas in.",
])
def test_raising_or_reminding_is_no_task(sentence):
    ex = run(HEAD + "1. Arbetsmiljö\n* " + sentence + "\n2. Övrigt\nInget.\n")
    assert open_items(ex) == []


# --- the meeting date in a repeated two-column title block ------------------------------

def test_meeting_date_from_a_repeated_title_block():
    block = ("UDDEVALLA KOMMUN                     SAMMANTRÄDESPROTOKOLL              Sida\n"
             "                                      Sammanträdesdatum                  {p}\n"
             "Gymnasienämnden                       2026-06-11\n")
    body = ("\nPlats och tid          Stadshuset, kl. 13.00-16.30\n\n"
            "§ 58 Frågor\n\nErik Svensson (KD) frågar om lärarbehörigheten. "
            "Förvaltningschefen återkommer med statistik efter sommaren.\n\n")
    text = block.format(p="1 (2)") + body + "\f" + block.format(p="2 (2)") + (
        "\n§ 59 Övrigt\n\nInget.\n")
    pages = text.split("\f")
    lines = [Line(t, pi, i) for pi, page in enumerate(pages, 1)
             for i, t in enumerate(page.split("\n"), 1)]
    doc = Document(Path("t.txt"), hashlib.sha256(text.encode()).hexdigest(), "txt", 2, lines)
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 2, "minutes"))
    assert ex.meeting.date == D(2026, 6, 11)
    items = open_items(ex)
    assert [c.due for c in items] == [D(2026, 9, 30)]


# --- a numbered sub-item runs on over its wrapped lines ---------------------------------

def test_a_numbered_sub_item_is_one_matter_over_its_lines():
    ex = run(HEAD + "1. Uppföljning av protokoll från 2025-05-21\n"
             "1.1 Ventilation i sal B214. Gavlefastigheter har injusterat ventilationen.\n"
             "Mätning i augusti visar godkända värden. Punkten avslutas.\n"
             "1.2 Trasig belysning vid cykelparkeringen. Ej åtgärdat. Peter Gustafsson "
             "återkommer med\ntidplan för utbytet.\n"
             "1.3 Hörselskydd i textilslöjden. Inköpta och utdelade. Klart.\n"
             "1.4 Städning av förråd. Lina Ek tar fram ett förslag.\n"
             "2. Övrigt\nInget.\n")
    done = [c for c in ex.items if c.status == "done"]
    assert len(done) == 2
    assert "B214" in done[0].title + (done[0].evidence or "")
    items = open_items(ex)
    assert [c.owner for c in items] == ["Peter Gustafsson", "Lina Ek"]
    assert "tidplan" in items[0].evidence


# --- referred to another body's meeting, to FSG -----------------------------------------

@pytest.mark.parametrize(("sentence", "owner", "due"), [
    ("Frågan lyfts till elevrådets möte med skolledningen den 8 oktober.", "elevrådet",
     D(2025, 10, 8)),
    ("Frågan förs till FSG Vård och omsorg.", "FSG", None),
])
def test_referred_to_another_meeting(sentence, owner, due):
    ex = run(HEAD + "5. Frågor\nElevskyddsombuden önskar fler sittplatser. " + sentence
             + "\n6. Övrigt\nInget.\n")
    items = open_items(ex)
    assert len(items) == 1
    assert items[0].kind == "referred"
    assert owner.lower() in items[0].owner.lower()
    assert items[0].due == due


@pytest.mark.parametrize("sentence", [
    "Frågan tas till dagens möte.",
    "Frågan lyfts till nästa möte med skolledningen.",
])
def test_own_meeting_is_not_another_body(sentence):
    ex = run(HEAD + "5. Frågor\nElevskyddsombuden önskar fler sittplatser. " + sentence
             + "\n6. Övrigt\nInget.\n")
    assert all(c.kind != "referred" for c in ex.items)


# --- a thing to be made, given its fields -----------------------------------------------

def test_a_thing_to_be_made_with_fields_is_an_action():
    ex = run(HEAD + "5. Arbetsmiljö\nInför införandet av nyckelfria lås ska en riskbedömning "
             "göras tillsammans med skyddsombuden.\nAnsvar: Lina Ek. Senast: 27/2.\n"
             "6. Övrigt\nInget.\n")
    items = open_items(ex)
    assert [(c.owner, c.due) for c in items] == [("Lina Ek", D(2026, 2, 27))]


def test_a_thing_to_be_made_without_date_or_fields_is_talk():
    ex = run(HEAD + "5. Arbetsmiljö\nPå sikt ska en riskbedömning göras av hela huset.\n"
             "6. Övrigt\nInget.\n")
    assert open_items(ex) == []


# --- a matter handed on; decisions that are no closings ---------------------------------

@pytest.mark.parametrize(("sentence", "owner"), [
    ("Frågan lämnas till kultur- och fritidsförvaltningen, som ska svara senast i mars.",
     "Kultur- och fritidsförvaltningen"),
    ("Frågan lämnas till socialförvaltningen.", "Socialförvaltningen"),
])
def test_a_matter_handed_to_another_forum(sentence, owner):
    ex = run(HEAD + "7. Hörselslinga\nRolf Ek påtalar att hörselslingan inte fungerar. "
             + sentence + "\n8. Övrigt\nInget.\n")
    items = open_items(ex)
    assert [(c.kind, c.owner.lower()) for c in items] == [("referred", owner.lower())]


def test_a_request_to_hand_something_in_is_not_referred():
    ex = run(HEAD + "7. Semester\nSynpunkter lämnas till socialförvaltningen.\n"
             "8. Övrigt\nInget.\n")
    assert all(c.kind != "referred" for c in ex.items)


@pytest.mark.parametrize(("heading", "text"), [
    ("§ 119 Yttrande över motion om solceller på kommunala byggnader",
     "Tekniska nämnden föreslår kommunfullmäktige att anse motionen besvarad."),
    ("6. Skrivelse om snöröjning",
     "Skrivelse från SPF Seniorerna om snöröjningen. Skrivelsen har besvarats av "
     "samhällsbyggnadsförvaltningen och läggs till handlingarna."),
])
def test_answering_under_its_own_heading_is_no_closing(heading, text):
    ex = run(HEAD + heading + "\n" + text + "\n§ 130 Övrigt\nInget.\n")
    assert [c for c in ex.items if c.status == "done"] == []


def test_a_letter_listed_before_is_closed_when_answered():
    ex = run(HEAD + "6. Skrivelse om snöröjning\nSkrivelsen bordlades vid föregående möte. "
             "Skrivelsen har besvarats av samhällsbyggnadsförvaltningen.\n7. Övrigt\nInget.\n")
    assert len([c for c in ex.items if c.status == "done"]) == 1


# --- a table row struck off a named list ------------------------------------------------

@pytest.mark.parametrize(("status", "done"), [
    ("Riskbedömning genomförd. Åtgärderna följs upp i LSG psykiatri. Avförs från CSG:s lista.",
     True),
    ("Klar. Avförs från listan.", True),
    # trap: struck off another list is said of something else
    ("Pågår. Avförs från CSG:s lista när rutinen är klar.", False),
])
def test_a_row_struck_off_a_named_list_is_done(status, done):
    ex = run(HEAD + "6. Balanslista\n"
             "| Nr | Fråga | Väckt av | Ansvar | Läge | Åter |\n"
             f"| 7/26 | Larm och ensamarbete | SRAT | Verksamhetschef psykiatri | {status} | – |\n"
             "7. Övrigt\nInget.\n")
    rows = [c for c in ex.items if "ensamarbete" in c.title.lower()]
    assert len(rows) == 1
    assert (rows[0].status == "done") is done


# --- "punkten stryks"; a thing to be reworked, its fields in paragraphs of their own -----

def test_point_struck_closes():
    ex = run(HEAD + "1. Föregående protokoll\nPunkterna från december gicks igenom. Bytet av "
             "UV-lampor i linje 2 är klart och punkten\nstryks.\n2. Övrigt\nInget.\n")
    done = [c for c in ex.items if c.status == "done"]
    assert len(done) == 1
    assert "UV-lampor" in done[0].title + (done[0].evidence or "")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_thing_to_be_reworked_takes_its_fields(gap):
    ex = run(HEAD + "3. Informationssäkerhet\n\nBeslut: Incidentrutinen ska revideras utifrån "
             "de nya föreskrifterna." + gap + "Ansvar: Lina Ek. Klart: Q1 2026.\n\n"
             "4. Övrigt\nInget.\n")
    items = open_items(ex)
    assert [(c.kind, c.owner, c.due) for c in items] == [("action", "Lina Ek", D(2026, 3, 31))]


def test_a_thing_to_be_reworked_without_date_or_fields_is_talk():
    ex = run(HEAD + "3. Informationssäkerhet\n\nRutinen ska revideras vid behov av "
             "förvaltningen.\n\n4. Övrigt\nInget.\n")
    assert open_items(ex) == []
