"""Closings: a status or comment cell that says a row is done, a row struck off a named list,
a bare closing word ("Klart!", "stryks från vår lista", "punkten stryks") ending a note,
a letter or proposal answered after it was listed or tabled – and the traps that close
nothing ("klart" inside a sentence, answering under its own heading)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import (
    IT_HEADER,
    IT_PRESENT,
    SK_HEAD,
    open_items,
    run,
    run_lines,
    table_doc,
)

D = dt.date


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


@pytest.mark.parametrize(("comment", "status"), [
    ("Klar. Rapporten finns i Teams.", "done"),
    ("Stängd – ersätts av regionens kontinuitetsplan.", "done"),
    ("Klart", "done"),
    # traps: a deadline word, work going on, a condition
    ("Klart senast i maj enligt plan.", "open"),
    ("Pågår, ca 60 % av användarna flyttade.", "open"),
    ("Startar när upphandlingen är klar.", "open"),
])
def test_a_comment_that_opens_with_a_status_word(comment, status):
    ex = run_lines(table_doc(IT_PRESENT, IT_HEADER, [["Licensinventering", "EL", "2025-12-15",
                                                 comment]]))
    assert [it.status for it in ex.items] == [status]


@pytest.mark.parametrize(("status", "done"), [
    ("Riskbedömning genomförd. Åtgärderna följs upp i LSG psykiatri. Avförs från CSG:s lista.",
     True),
    ("Klar. Avförs från listan.", True),
    # trap: struck off another list is said of something else
    ("Pågår. Avförs från CSG:s lista när rutinen är klar.", False),
])
def test_a_row_struck_off_a_named_list_is_done(status, done):
    ex = run(SK_HEAD + "6. Balanslista\n"
             "| Nr | Fråga | Väckt av | Ansvar | Läge | Åter |\n"
             f"| 7/26 | Larm och ensamarbete | SRAT | Verksamhetschef psykiatri | {status} | – |\n"
             "7. Övrigt\nInget.\n")
    rows = [c for c in ex.items if "ensamarbete" in c.title.lower()]
    assert len(rows) == 1
    assert (rows[0].status == "done") is done


@pytest.mark.parametrize(("note", "word"), [
    ("* Sandlådan på gården är bytt. Klart!", "Sandlådan"),
    ("1.3 Hörselskydd i textilslöjden. Inköpta och utdelade till personalen. Klart.",
     "Hörselskydd"),
    ("* Leveranstestet från Public 360 är godkänt - punkten stryks från vår lista.",
     "Leveranstestet"),
])
def test_a_bare_closing_word_closes_the_note(note, word):
    ex = run(SK_HEAD + "1. Från förra mötet\n" + note + "\n2. Övrigt\nInget.\n")
    done = [c for c in ex.items if c.status == "done"]
    assert len(done) == 1
    assert word.lower() in (done[0].title + " " + (done[0].evidence or "")).lower()
    assert open_items(ex) == []


@pytest.mark.parametrize("note", [
    "* Schemat klart v. 47.",  # a deadline, not a closing
    "* Är allt klart inför julfesten? Maria svarar ja.",
])
def test_klart_inside_a_sentence_closes_nothing(note):
    ex = run(SK_HEAD + "1. Från förra mötet\n" + note + "\n2. Övrigt\nInget.\n")
    assert [c for c in ex.items if c.status == "done"] == []


def test_point_struck_closes():
    ex = run(SK_HEAD + "1. Föregående protokoll\nPunkterna från december gicks igenom. Bytet av "
             "UV-lampor i linje 2 är klart och punkten\nstryks.\n2. Övrigt\nInget.\n")
    done = [c for c in ex.items if c.status == "done"]
    assert len(done) == 1
    assert "UV-lampor" in done[0].title + (done[0].evidence or "")


@pytest.mark.parametrize(("heading", "text"), [
    ("§ 119 Yttrande över motion om solceller på kommunala byggnader",
     "Tekniska nämnden föreslår kommunfullmäktige att anse motionen besvarad."),
    ("6. Skrivelse om snöröjning",
     "Skrivelse från SPF Seniorerna om snöröjningen. Skrivelsen har besvarats av "
     "samhällsbyggnadsförvaltningen och läggs till handlingarna."),
])
def test_answering_under_its_own_heading_is_no_closing(heading, text):
    ex = run(SK_HEAD + heading + "\n" + text + "\n§ 130 Övrigt\nInget.\n")
    assert [c for c in ex.items if c.status == "done"] == []


def test_a_letter_listed_before_is_closed_when_answered():
    ex = run(SK_HEAD + "6. Skrivelse om snöröjning\nSkrivelsen bordlades vid föregående möte. "
             "Skrivelsen har besvarats av samhällsbyggnadsförvaltningen.\n7. Övrigt\nInget.\n")
    assert len([c for c in ex.items if c.status == "done"]) == 1


ANSWER = """Vård- och omsorgsnämnden
Protokoll 2025-05-21

§ 57 Svar på medborgarförslag om utegym vid Ringsjögården
Beslut
Vård- och omsorgsnämnden föreslår kommunfullmäktige att anse medborgarförslaget
besvarat med hänvisning till att ett utegym ingår i den planerade utemiljön.
"""


def test_answering_a_citizen_proposal_is_a_decision_not_a_closing():
    assert run(ANSWER).items == []


def test_a_proposal_tabled_before_and_now_answered_closes():
    text = ANSWER.replace("§ 57 Svar på medborgarförslag om utegym vid Ringsjögården",
                          "§ 57 Svar på medborgarförslag om utegym (bordlagt 2025-04-23)")
    assert [it.kind for it in run(text).items] == ["closing"]
