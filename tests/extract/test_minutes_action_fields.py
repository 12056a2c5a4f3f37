"""The "Åtgärd:/Ansvar:/Klart:" field shape in any wording (fields on lines of their own, an
"Åtgärd:" line under a matter and its negatives, a thing to be made or reworked given its
fields, also in a paragraph of their own), the person behind a role in an "Ansvar:" field,
"Ansvar X, klart Y." in one sentence, and a balance table's "Bevakas till" column and
dash-joined closing comment – with the traps each must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import FSG_HEAD, FSG_NEXT, SK_HEAD, open_items, run, run_lines
from tracker.domain import Extraction, Line

D = dt.date

HEAD = ("Protokoll skyddskommitté\n"
        "Datum: 2026-02-05 kl. 08.30–10.30\n"
        "Deltagare: Anna Wik, Emma Fransson, Jonas Berg, Mikael Ström\n")


@pytest.mark.parametrize(("action", "owner_line", "due_line", "owner", "due"), [
    # an infinitive ("Köpa in …") and a subject no name ("Varje station tar fram …"):
    # the fields after the line make either a decided task
    ("Åtgärd: Köpa in ytterligare en tvättmaskin till stationen.",
     "Ansvar: Lokalansvarig Emma Fransson.", "Klart: 2026-04-30.",
     "Emma Fransson", D(2026, 4, 30)),
    ("Åtgärd: Varje station tar fram en handlingsplan utifrån enkätresultatet.",
     "Ansvar: Respektive stationschef.", "Klart: 2026-03-20.",
     "stationschef", D(2026, 3, 20)),
    # a role, then the present person: the person is responsible
    ("Åtgärd: Sandning av gångytorna ska föras in i vinterrutinen.",
     "Ansvar: Stationschef Tenhult, Mikael Ström.", "Klart: 2026-02-28.",
     "Mikael Ström", D(2026, 2, 28)),
])
def test_action_field_with_fields_after(action, owner_line, due_line, owner, due):
    ex = run(HEAD + "5. Arbetsmiljö\nJonas Berg tog upp frågan.\n"
             + action + "\n" + owner_line + "\n" + due_line + "\n6. Övrigt\nInget.\n")
    items = open_items(ex)
    assert len(items) == 1
    assert owner.lower() in (items[0].owner or "").lower()
    assert items[0].due == due


@pytest.mark.parametrize("line", [
    "Åtgärd: ingen ytterligare.",
    "Åtgärd: ingen.",
    # trap: an infinitive under "Åtgärd:" with no fields after it is no decided task
    "Åtgärd: Köpa in ytterligare en tvättmaskin diskuterades.",
])
def test_no_action_without_fields(line):
    ex = run(HEAD + "3. Tillbud\nEtt tillbud har anmälts.\n" + line + "\n4. Övrigt\nInget.\n")
    assert open_items(ex) == []


def test_bracketed_person_does_not_replace_the_named_owner():
    # trap: "the one named before the brackets" still leads
    ex = run(HEAD + "5. Arbetsmiljö\nÅtgärd: Kemikalieförteckningen ska uppdateras.\n"
             "Ansvar: Ämneslag kemi (Emma Fransson)\nKlart: 2026-03-01\n6. Övrigt\nInget.\n")
    items = open_items(ex)
    assert len(items) == 1
    assert items[0].owner == "Ämneslag kemi"


# --- a balance table: "Bevakas till" is the due column; "– avförs från listan" closes ---

def _table(rows: list[list[str]]) -> Extraction:
    lines = [Line("Protokoll socialnämndens arbetsutskott 2025-10-14", 1, 1),
             Line("Närvarande: Karin Dahl, Eva Hed", 1, 2),
             Line("§ 116 Bevakningslista", 1, 3, heading=2)]
    for r, row in enumerate(rows):
        lines.append(Line(" ".join(row), 1, 4 + r, cells=row, table=1))
    lines.append(Line("Arbetsutskottets beslut: Bevakningslistan noteras.", 1, 10))
    return run_lines(lines)


@pytest.mark.parametrize(("comment", "status"), [
    ("Antagen av nämnden i september – avförs från listan", "done"),
    ("Remissrunda pågår", "open"),
    # trap: a dash clause that only mentions the list is not a closing word
    ("Förhandling inledd – listan ses över i december", "open"),
])
def test_bevakas_till_column_and_dash_closing(comment, status):
    ex = _table([["Ärende", "Handläggare", "Bevakas till", "Kommentar"],
                 ["SN 2025/118 Handlingsplan mot hemlöshet", "Karin Dahl", "2025-12-09",
                  comment]])
    assert len(ex.items) == 1
    assert ex.items[0].status == status
    if status == "open":
        assert ex.items[0].due == D(2025, 12, 9)


# --- "Ansvar X, klart Y." in one sentence, no colons ------------------------------------

APT = ("Anteckningar APT Parkdrift 19/8 2026\n"
       "Närvarande: Johanna Wik, Ahmed Karimi, Zoran Petrović, Maja Lindgren\n\n")


@pytest.mark.parametrize(("fields", "owner", "due"), [
    ("Ansvar Ahmed och Zoran, klart 27/8.", "Ahmed Karimi", D(2026, 8, 27)),
    ("Ansvarig Maja Lindgren, senast 2026-09-04.", "Maja Lindgren", D(2026, 9, 4)),
])
def test_inline_owner_and_due_make_a_task(fields, owner, due):
    ex = run(APT + "Stadsparken\nKonsert i Stadsparken fredag 28/8. Vi ställer ut extra sopkärl "
             "och tömmer dem på lördag morgon. " + fields + "\n\nÖvrigt\nInget mer.\n")
    items = open_items(ex)
    assert len(items) == 1
    assert "sopkärl" in items[0].title
    assert items[0].owner in (owner, owner.split()[0])
    assert items[0].due == due


@pytest.mark.parametrize("fields", [
    # traps: the owner alone, or the words in running text, are no such pair
    "Ansvar för detta har Ahmed.",
    "Ahmed har ansvar, klart att det behövs.",
])
def test_no_task_without_the_inline_pair(fields):
    ex = run(APT + "Stadsparken\nKonsert i Stadsparken fredag 28/8. Vi ställer ut extra sopkärl "
             "och tömmer dem på lördag morgon. " + fields + "\n\nÖvrigt\nInget mer.\n")
    assert open_items(ex) == []


@pytest.mark.parametrize(("line", "owner", "due"), [
    ("Åtgärd: Rektor anmäler felet till fastighetsägaren. Uppföljning i FSG efter sommaren.",
     "Rektor", D(2026, 9, 30)),
    ("Åtgärd: Lotta Brandt kontaktar fastighetsägaren.", "Lotta Brandt", None),
])
def test_an_action_line_under_a_matter_is_an_action(line, owner, due):
    ex = run(FSG_HEAD + "1. Arbetsmiljö\n"
             "Kommunal lyfter problem med inomhusklimatet i skolköket.\n" + line + "\n"
             "2. Övrigt\nInget.\n" + FSG_NEXT)
    items = open_items(ex)
    assert len(items) == 1
    assert items[0].owner == owner
    assert items[0].due == due
    assert "skolköket" in (items[0].evidence or "")  # the matter it answers


@pytest.mark.parametrize("line", [
    "Åtgärd: Ingen.", "Åtgärd: –", "Åtgärd: -", "Åtgärd: Inga.", "Åtgärd: Ingen åtgärd krävs.",
    # trap: a label with no one acting
    "Åtgärd: fortsatt dialog.",
])
def test_no_action_opens_nothing(line):
    ex = run(FSG_HEAD + "1. Rekrytering\n"
             "Vision frågar om tjänsterna ska centraliseras. Arbetsgivaren svarar att frågan "
             "inte är aktuell.\n" + line + "\n2. Övrigt\nInget.\n" + FSG_NEXT)
    assert open_items(ex) == []


@pytest.mark.parametrize(("action", "owner_line", "due_line", "owner", "due"), [
    ("Åtgärd: Dragskåpen i sal K2 ska funktionskontrolleras.",
     "Ansvar: Peter Gustafsson, Gavlefastigheter", "Klart: senast den 31 oktober",
     "Peter Gustafsson", D(2025, 10, 31)),
    ("Åtgärd: Kemikalieförteckningen uppdateras i KLARA.",
     "Ansvar: Ämneslag kemi (förstelärare Jonas Wiik)", "Klart: v. 43",
     "Ämneslag kemi", D(2025, 10, 26)),
    ("Åtgärd: Peter Gustafsson byter lysrören.", "Ansvar: Lina Ek", "Senast: 2025-11-15",
     "Lina Ek", D(2025, 11, 15)),
])
def test_action_fields_on_lines_of_their_own(action, owner_line, due_line, owner, due):
    ex = run(SK_HEAD + "2. Skyddsronder\nSkyddsrond i kemisalarna genomfördes 2025-09-10.\n"
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
    ex = run(SK_HEAD + "4. Tillbud\nTvå tillbud har anmälts sedan förra mötet.\n" + line + "\n"
             "Ansvar: Maria Sjöberg\n5. Övrigt\nInget.\n")
    assert open_items(ex) == []


def test_a_thing_to_be_made_with_fields_is_an_action():
    ex = run(SK_HEAD + "5. Arbetsmiljö\nInför införandet av nyckelfria lås ska en riskbedömning "
             "göras tillsammans med skyddsombuden.\nAnsvar: Lina Ek. Senast: 27/2.\n"
             "6. Övrigt\nInget.\n")
    items = open_items(ex)
    assert [(c.owner, c.due) for c in items] == [("Lina Ek", D(2026, 2, 27))]


def test_a_thing_to_be_made_without_date_or_fields_is_talk():
    ex = run(SK_HEAD + "5. Arbetsmiljö\nPå sikt ska en riskbedömning göras av hela huset.\n"
             "6. Övrigt\nInget.\n")
    assert open_items(ex) == []


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_thing_to_be_reworked_takes_its_fields(gap):
    ex = run(SK_HEAD + "3. Informationssäkerhet\n\nBeslut: Incidentrutinen ska revideras utifrån "
             "de nya föreskrifterna." + gap + "Ansvar: Lina Ek. Klart: Q1 2026.\n\n"
             "4. Övrigt\nInget.\n")
    items = open_items(ex)
    assert [(c.kind, c.owner, c.due) for c in items] == [("action", "Lina Ek", D(2026, 3, 31))]


def test_a_thing_to_be_reworked_without_date_or_fields_is_talk():
    ex = run(SK_HEAD + "3. Informationssäkerhet\n\nRutinen ska revideras vid behov av "
             "förvaltningen.\n\n4. Övrigt\nInget.\n")
    assert open_items(ex) == []
