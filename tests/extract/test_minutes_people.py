"""People in minutes: those present (semicolon lists, participant tables, bracketed roles and
initials, a steering group's members), owners written as initials or as a role's
abbreviation, who reports back in a balance line, two people acting in one paragraph, and
who raised a matter (a party, a member moving a tabling, a party label, initials, a
letter's sender, a question about the same thing) – with traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import (
    FSG_HEAD,
    FSG_NEXT,
    FVG,
    IT_HEADER,
    IT_PRESENT,
    open_items,
    run,
    run_lines,
    table_doc,
)
from tracker.domain import Line

D = dt.date


def test_a_semicolon_list_of_people_with_roles():
    ex = run_lines(table_doc(IT_PRESENT, IT_HEADER, [["Avveckla VPN", "HS", "2026-03-31", ""]]))
    assert [p.name for p in ex.meeting.present] == [
        "Jonas Hedlund", "Henrik Sandberg", "Eva Lund", "Hanna Rask"]


@pytest.mark.parametrize(("who", "owner"), [
    ("HS", "Henrik Sandberg"),  # the initials of exactly one person present
    ("EL", "Eva Lund"),
    ("JH", "Jonas Hedlund"),
    ("HR", "HR"),  # trap: a known abbreviation stays what it is
    ("AB", "AB"),  # trap: no one present has them
])
def test_initials_resolve_to_the_one_person_present(who, owner):
    ex = run_lines(table_doc(IT_PRESENT, IT_HEADER,
                             [["Avveckla gammal VPN", who, "2026-03-31", ""]]))
    assert [it.owner for it in ex.items] == [owner]


def test_initials_shared_by_two_people_stay_as_written():
    present = "Henrik Sandberg, sektionschef; Hanna Svensson, controller"
    ex = run_lines(table_doc(present, IT_HEADER, [["Avveckla gammal VPN", "HS", "2026-03-31", ""]]))
    assert [it.owner for it in ex.items] == ["HS"]


FSG_LINES = [
    Line("Minnesanteckningar förvaltningssamverkansgrupp (FSG)", 1, 1),
    Line("Datum: onsdag 4 mars 2026, kl. 09.00–11.30", 1, 2),
    Line("Deltagare", 1, 3),
    Line("Part Namn Roll", 1, 4, cells=["Part", "Namn", "Roll"], table=1),
    Line("x", 1, 5, cells=["Arbetsgivaren", "Anna Berglund", "Rektor"], table=1),
    Line("x", 1, 6, cells=["Arbetsgivaren", "Lina Östman", "HR-specialist"], table=1),
    Line("x", 1, 7, cells=["Sveriges Lärare", "Helena Sjödin, Olle Marklund", "Ombud"],
         table=1),
    Line("3. Balanslista", 1, 8),
    Line("1. Lokalfrågan Dragonskolan – kvarstår, rektor återkommer i vecka 12.", 1, 9),
    Line("2. Arbetsmiljöenkät för elevhälsan – kvarstår, HR-specialist Lina Östman "
         "presenterar resultatet på nästa FSG.", 1, 10),
    Line("3. Undervisningstid – kvarstår, arbetsgivaren återkommer efter sommaren.", 1, 11),
    Line("4. Schemaläggning av mentorstid – klar, stryks från listan.", 1, 12),
    Line("9. Nästa möte", 1, 13),
    Line("Onsdag 8 april 2026 kl. 09.00, Forumrummet.", 1, 14),
]


def test_a_participant_table_lists_people_not_its_header():
    ex = run_lines(FSG_LINES)
    assert [(p.name, p.organisation) for p in ex.meeting.present] == [
        ("Anna Berglund", "Arbetsgivaren"), ("Lina Östman", "Arbetsgivaren"),
        ("Helena Sjödin", "Sveriges Lärare"), ("Olle Marklund", "Sveriges Lärare")]


def test_who_reports_back_in_a_balance_line_owns_it():
    items = run_lines(FSG_LINES).items
    assert [(it.owner, it.due, it.status) for it in items] == [
        ("Rektor", D(2026, 3, 22), "open"),
        ("Lina Östman", D(2026, 4, 8), "open"),
        ("Arbetsgivaren", D(2026, 9, 30), "open"),
        (None, None, "done"),
    ]


NAMND = """Vård- och omsorgsnämnden
Protokoll 2025-05-21
Beslutande: Ann-Charlotte Persson (S), ordförande
Övriga deltagare
Karin Blom, medicinskt ansvarig sjuksköterska (MAS)
Arne Ek (PRO)

§ 58 Patientsäkerhet
Karin Blom informerar om avvikelser.
MAS återkommer till nämnden i augusti med en fördjupad redovisning av fallskadorna.
"""


def test_a_roles_abbreviation_is_the_person_in_that_role():
    assert [it.owner for it in run(NAMND).items] == ["Karin Blom"]


def test_an_organisation_in_brackets_is_no_role():
    text = NAMND.replace("MAS återkommer", "PRO återkommer")
    assert [it.owner for it in run(text).items] != ["Arne Ek"]


def test_present_with_bracketed_roles_and_initials():
    ex = run("Ledningsgrupp kultur och fritid - anteckningar\nDatum: 14/4 2026 kl 9-11\n"
             "Närvarande: Ingela Nordström (IN, förvaltningschef), Per-Olof Granström (PG, "
             "fritidschef), Sofia Lundberg (SL, chef ungdom och fritidsgårdar)\n"
             "Ärenden\n- Ungdomens hus: hyran är fortfarande oklar. SL återkommer när hon "
             "pratat med Pitebo.\n- Föreningsbidrag: PG tar fram förslag till nämnden innan "
             "sommaren.\n")
    assert [p.name for p in ex.meeting.present] == [
        "Ingela Nordström", "Per-Olof Granström", "Sofia Lundberg"]
    assert [c.owner for c in open_items(ex)] == ["Sofia Lundberg", "Per-Olof Granström"]


def test_a_party_in_brackets_is_no_initials():
    ex = run("Protokoll kommunstyrelsen\nDatum: 2026-04-14\n"
             "Närvarande: Anna Svensson (S), ordförande, Karl Berg (M)\n"
             "§ 1 Budget\nÄrendet bordläggs till nästa sammanträde.\n")
    assert all(p.role != "S" for p in ex.meeting.present)


def test_someone_else_coming_back_after_an_assignment_is_a_matter_of_its_own():
    ex = run(FSG_HEAD + "4. Ekonomi\n"
             "Styrgruppen ger Lotta Brandt i uppdrag att ta fram en känslighetsanalys av "
             "hyresnivån till nästa möte.\n"
             "Mattias Ek återkommer med besked om avkastningskravet i mitten av mars.\n"
             "5. Övrigt\nInget.\n" + FSG_NEXT)
    items = open_items(ex)
    assert [(c.owner, c.due) for c in items] == [
        ("Lotta Brandt", D(2026, 2, 24)), ("Mattias Ek", D(2026, 3, 20))]


def test_the_same_person_coming_back_on_her_task_stays_one_item():
    ex = run(FSG_HEAD + "4. Ekonomi\n"
             "Styrgruppen ger Lotta Brandt i uppdrag att ta fram en känslighetsanalys. "
             "Lotta Brandt återkommer med den till nästa möte.\n5. Övrigt\nInget.\n" + FSG_NEXT)
    assert len(open_items(ex)) == 1


def test_project_steering_group_lists_its_members():
    text = ("Minnesanteckningar styrgruppsmöte\nDatum: 2026-01-22\n\nStyrgrupp:\n"
            "Annelie Hjort, socialdirektör\nAdjungerade:\nEmil Sandberg, projektledare\n\n"
            "1. Tidplan\nProjektledaren Emil Sandberg återkommer med en ny tidplan till nästa "
            "styrgruppsmöte.\n")
    ex = run(text)
    assert [p.name for p in ex.meeting.present] == ["Annelie Hjort", "Emil Sandberg"]
    assert ex.items[0].owner == "Emil Sandberg"


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


RAISED_SUB_ITEM_OR_REQUEST = [
    # the number of a sub-item is no part of who asks
    ("7.1 Kommunal tog upp att elevassistenterna saknar förvaringsskåp. Arbetsgivaren tar "
     "med sig frågan och återkommer senast vid samverkansmötet i november.", "Kommunal"),
    # "begär att få ta del av": a request raised by the union
    ("Vision begär att få ta del av underlaget innan förhandlingen fortsätter. "
     "Arbetsgivaren återkommer med underlaget senast den 3 mars.", "Vision"),
]


@pytest.mark.parametrize(("text", "raised"), RAISED_SUB_ITEM_OR_REQUEST)
def test_raised_by_behind_a_sub_item_number_or_a_request(text, raised):
    items = run(FVG + text + "\n").items
    # "… innan förhandlingen fortsätter" is a condition: the answer owed is the item
    assert [(it.kind, it.raised_by) for it in items] == [("awaiting_reply", raised)]


def test_a_members_party_is_not_who_raised_the_matter():
    text = ("Kommunstyrelsen\nProtokoll 2025-04-22\nBeslutande: Per-Olof Granström (C), "
            "Anna Lind (S)\n\n§ 70 Frågor\nPer-Olof Granström (C) frågar hur vägen ska "
            "finansieras. Kommunchefen återkommer med svar vid nästa sammanträde.\n")
    assert [it.raised_by for it in run(text).items] == ["Per-Olof Granström"]


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


def test_a_party_label_starting_a_line_raises_the_matter():
    ex = run(FSG_HEAD + "8. Övriga frågor\n"
             "Vision: Kuratorernas handledning har diskuterats utan lösning. "
             "Frågan lyfts till CSG.\n"
             "Ledarna: Frågan om ersättning vid lägerskolor bordläggs till nästa FSG.\n"
             "9. Övrigt\nInget.\n" + FSG_NEXT)
    assert [(c.kind, c.raised_by) for c in open_items(ex)][1] == ("tabled", "Ledarna")


def test_a_label_mid_line_raises_nothing():
    ex = run(FSG_HEAD + "8. Övriga frågor\n"
             "Frågan om ersättning vid lägerskolor diskuterades, se bilaga. Ledarna: Frågan\n"
             "bordläggs till nästa FSG.\n9. Övrigt\nInget.\n" + FSG_NEXT)
    assert [c.raised_by for c in open_items(ex)] == [None]


def test_who_raised_it_by_initials_is_the_person():
    ex = run(FSG_HEAD + "3. Arbetsmiljö\nTE tar upp att hjärtstartaren i bil 4 visar fel. "
             "Mattias Ek kontaktar MT-avdelningen och återkommer.\n4. Övrigt\nInget.\n" + FSG_NEXT)
    (item,) = open_items(ex)
    assert item.raised_by == "Tobias Ekman"


SKK = """Minnesanteckningar skyddskommittén
Datum: 2026-02-10
Närvarande: Anna Ek, Kommunal: Lars Ek

13. Arbetsmiljö
Sjukfrånvaron i december var 8,4 procent. Kommunal lyfte de höga sjuktalen i hemtjänsten.
{second}
"""


@pytest.mark.parametrize(("second", "raised"), [
    # "Frågan om X" right after a sentence about X goes on with the same matter
    ("Frågan om sjuktalen i hemtjänsten förs vidare till SVG äldreomsorg.", "Kommunal"),
    # trap: a matter of its own, not raised by Kommunal
    ("Frågan om parkeringen vid kommunhuset förs vidare till SVG äldreomsorg.", None),
])
def test_the_question_about_the_same_thing_keeps_who_raised_it(second, raised):
    items = run(SKK.format(second=second)).items
    assert [(it.kind, it.raised_by) for it in items] == [("referred", raised)]


LETTER = """Förbundsstyrelsen
Sammanträdesprotokoll 2025-06-12

§ 38 {title}
Förbundsstyrelsens beslut
Skrivelsen överlämnas till förbundets beredningsgrupp, som ska yttra sig till
förbundsstyrelsen i november.
"""


@pytest.mark.parametrize(("title", "raised"), [
    ("Skrivelse från Lindesbergs kommun om hämtning av trädgårdsavfall", "Lindesbergs kommun"),
    ("Framställan från Vision angående arbetstider", "Vision"),
    # trap: a letter's subject without a sender
    ("Skrivelse om hämtning av trädgårdsavfall", None),
])
def test_the_sender_of_a_letter_raised_the_matter(title, raised):
    items = run(LETTER.format(title=title)).items
    assert [(it.kind, it.raised_by) for it in items] == [("referred", raised)]
