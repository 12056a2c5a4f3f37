"""The "Åtgärd:/Ansvar:/Klart:" field shape in any wording, the person behind a role in an
"Ansvar:" field, and a balance table's "Bevakas till" column and dash-joined closing
comment – with the traps each must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run, run_lines
from tracker.domain import Extraction, Line

D = dt.date

HEAD = ("Protokoll skyddskommitté\n"
        "Datum: 2026-02-05 kl. 08.30–10.30\n"
        "Deltagare: Anna Wik, Emma Fransson, Jonas Berg, Mikael Ström\n")


def open_items(ex: Extraction) -> list:
    return [c for c in ex.items if c.status == "open"]


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
