"""General mechanisms added in the h7 round (tuned on the h7 documents, aimed at shapes any
minutes may have): owners written as initials or as a role's abbreviation, a comment or
status cell that says the row is done or when it is due, participant tables and
semicolon lists, hard-wrapped balance lists, "Frågor till nästa FVG" after the closing
item, and the traps each must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run, run_lines
from tracker.domain import Line

D = dt.date






def _table_doc(present: str, header: list[str], rows: list[list[str]]) -> list[Line]:
    lines = [Line("Ledningsgruppsmöte Regional IT", 1, 1, heading=1),
             Line("Datum: måndag 19 januari 2026, 08.30–10.00", 1, 2),
             Line(f"Närvarande: {present}", 1, 3),
             Line("1. Föregående åtgärdspunkter", 1, 4, heading=2),
             Line(" ".join(header), 1, 5, cells=header, table=1)]
    for i, r in enumerate(rows, 6):
        lines.append(Line(" ".join(r), 1, i, cells=r, table=1))
    lines.append(Line("2. Nästa möte", 1, 20, heading=2))
    lines.append(Line("Måndag 2 februari 2026, 08.30.", 1, 21))
    return lines


PRESENT = ("Jonas Hedlund, IT-chef (JH, ordf.); Henrik Sandberg, sektionschef infrastruktur "
           "(HS); Eva Lund, sektionschef förvaltning (EL); Hanna Rask, controller (HR)")
HEADER = ["Åtgärdspunkter", "Ansvarig", "Datum", "Kommentar"]


def test_a_semicolon_list_of_people_with_roles():
    ex = run_lines(_table_doc(PRESENT, HEADER, [["Avveckla VPN", "HS", "2026-03-31", ""]]))
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
    ex = run_lines(_table_doc(PRESENT, HEADER, [["Avveckla gammal VPN", who, "2026-03-31", ""]]))
    assert [it.owner for it in ex.items] == [owner]


def test_initials_shared_by_two_people_stay_as_written():
    present = "Henrik Sandberg, sektionschef; Hanna Svensson, controller"
    ex = run_lines(_table_doc(present, HEADER, [["Avveckla gammal VPN", "HS", "2026-03-31", ""]]))
    assert [it.owner for it in ex.items] == ["HS"]


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
    ex = run_lines(_table_doc(PRESENT, HEADER, [["Licensinventering", "EL", "2025-12-15",
                                                 comment]]))
    assert [it.status for it in ex.items] == [status]


KPR_HEADER = ["Fråga", "Väckt av", "Ansvarig", "Status"]


@pytest.mark.parametrize(("status", "due"), [
    ("Beställd, installeras i november.", D(2026, 11, 30)),
    ("Återkommer till KPR i februari med statistik.", D(2027, 2, 28)),
    # traps: a date already past is history, not a due date; no date at all
    ("Beställd i september, leverans oklar.", None),
    ("Kvarstår.", None),
])
def test_a_status_cell_dates_a_row_without_a_date_column(status, due):
    lines = _table_doc(PRESENT, KPR_HEADER, [["Hörslinga i sessionssalen", "PRO",
                                              "Kommunledningsförvaltningen", status]])
    lines[1] = Line("Datum: torsdag 16 oktober 2026", 1, 2)
    ex = run_lines(lines)
    assert [it.due for it in ex.items] == [due]


LG = """Minnesanteckningar ledningsgruppen
Datum: 2026-01-19
Närvarande: Jonas Hedlund, Eva Lund

1. Ärenden
"""

PHRASES = [
    # a named forum with its field after an indefinite "grupp"
    ("Frågan om gemensam telefoniplattform med kommunerna lyfts till Regional "
     "samverkansgrupp e-hälsa, eftersom den berör kommunernas avtal.", "referred",
     "Regional samverkansgrupp e-hälsa", None),
    ("Frågan lyfts till Lokal samverkansgrupp, eftersom den gäller alla enheter.",
     "referred", "LSG", None),
    # the deadline between "ska" and the verb
    ("Alla förvaltningschefer ska senast den 31 januari redovisa sina handlingsplaner till "
     "HR.", "assignment", "Förvaltningschefer", D(2026, 1, 31)),
    # trap: a later time, no deadline
    ("Rapporten ska senare publiceras på webben.", None, None, None),
    # a matter taken to a manager above the meeting
    ("Malin har lyft frågan om fler parkeringstillstånd till verksamhetschefen, vi får se "
     "vad som händer.", "referred", "Verksamhetschefen", None),
    # trap: raised at the meeting itself, taken nowhere
    ("Malin lyfte frågan om parkeringen under mötet.", None, None, None),
    # two people go through a routine by a date
    ("Samira och Peter går igenom larmrutinen och uppdaterar pärmen, klart v. 48.",
     "action", "Samira", D(2025, 11, 28)),
    # trap: going through something now, no date
    ("Vi går igenom larmrutinen tillsammans.", None, None, None),
]


@pytest.mark.parametrize(("sentence", "kind", "owner", "due"), PHRASES)
def test_h7_general_phrases(sentence, kind, owner, due):
    text = LG.replace("2026-01-19", "2025-11-12" if "v. 48" in sentence else "2026-01-19")
    items = run(text + sentence + "\n").items
    if kind is None:
        assert items == [], [(it.kind, it.title) for it in items]
        return
    assert [it.kind for it in items] == [kind], [(it.kind, it.title) for it in items]
    if owner is not None:
        assert items[0].owner == owner
    if due is not None:
        assert items[0].due == due


FVG_WRAPPED = """Protokoll från förvaltningsgruppen (FVG)
den 10 februari 2026

Närvarande
Arbetsgivaren
Robert Ljung, avdelningschef förskola
Kommunal: Zeynep Aydin

5. Balanslista
Lokalvård på Bredängs förskolor (väckt av Kommunal i november) –
kvarstår. Robert Ljung återkommer till FVG i mars när
avtalet med städentreprenören har omförhandlats.
Skyddsombudens tid för utbildning (väckt av Vision i december) –
besvarad vid januarimötet. Frågan avförs från balanslistan.

16. Mötets avslutande
Ordföranden tackade för mötet.

Frågor till nästa FVG
- Lönekartläggningen 2025, resultat och handlingsplan. Ansvar: AG
- Uppföljning av introduktionen för nyanställda undersköterskor.
  Väckt av Kommunal, AG svarar.

Nästa FVG: tisdag 10 mars 2026 kl. 13.00
"""


def test_hard_wrapped_balance_list_keeps_each_matter_apart():
    items = run(FVG_WRAPPED).items
    got = [(it.kind, it.status, it.owner, it.raised_by, it.title.split()[0]) for it in items]
    assert got[:2] == [
        ("awaiting_reply", "open", "Robert Ljung", "Kommunal", "Lokalvård"),
        ("closing", "done", None, "Vision", "Skyddsombudens"),
    ]


def test_questions_for_the_next_meeting_after_the_closing_item():
    items = run(FVG_WRAPPED).items[2:]
    assert [(it.kind, it.owner, it.raised_by, it.due) for it in items] == [
        ("carried_over", "Arbetsgivaren", None, D(2026, 3, 10)),
        ("carried_over", "Arbetsgivaren", "Kommunal", D(2026, 3, 10)),
    ]


def test_closing_remarks_alone_are_still_procedure():
    text = FVG_WRAPPED.split("Frågor till nästa FVG")[0]
    assert [it.title.split()[0] for it in run(text).items] == ["Lokalvård", "Skyddsombudens"]


FSG = [
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
    ex = run_lines(FSG)
    assert [(p.name, p.organisation) for p in ex.meeting.present] == [
        ("Anna Berglund", "Arbetsgivaren"), ("Lina Östman", "Arbetsgivaren"),
        ("Helena Sjödin", "Sveriges Lärare"), ("Olle Marklund", "Sveriges Lärare")]


def test_who_reports_back_in_a_balance_line_owns_it():
    items = run_lines(FSG).items
    assert [(it.owner, it.due, it.status) for it in items] == [
        ("Rektor", D(2026, 3, 20), "open"),
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


SENT_BACK = """Förbundsstyrelsen
Sammanträdesprotokoll 2025-06-12

§ 34 Avfallstaxa 2026
Förbundsstyrelsens beslut
Förslaget till avfallstaxa återremitteras till förbundsdirektören för att utreda en
differentierad taxa för fritidshus. Ärendet återkommer till förbundsstyrelsen i september.
"""


def test_sent_back_to_an_officer_is_the_officers_though_it_returns_to_the_board():
    items = run(SENT_BACK).items
    assert [(it.kind, it.owner, it.due) for it in items] == [
        ("sent_back", "Förbundsdirektören", D(2025, 9, 30))]


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
