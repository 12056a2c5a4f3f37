"""Labelled follow-up pages (issue 15), in text written here: an indicator page names
its measure in a "Mått:"/"Indikator:" field and gives its outcome as "Utfall:"; a goal
page judges its goal with a verdict in the words of reaching it ("Delvis uppfyllt")."""

from __future__ import annotations

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract

_MEASURES = """Delårsrapport augusti 2030 Kulturnämnden
Mått: Antal utlån per invånare
Utfall: 4,1
Målvärde: 5,0
Status: Röd
Kommentar: Biblioteket i centrum var stängt i två månader.
Mått: Antal besök på konsthallen
Utfall: 30 000
Målvärde: 25 000
Status: Grön
Kommentar: Fler besök än väntat tack vare sommarutställningen.
"""

_GOALS = """Årsredovisning 2030 Tekniska nämnden
Mål: Gatubelysningen ska vara energieffektiv
Bedömning: Delvis uppfyllt
Kommentar: Hälften av armaturerna är utbytta, resten byts nästa år.
Mål: Cykelvägarna ska vara snöröjda inom sex timmar
Bedömning: Uppfyllt
Kommentar: Målet nåddes hela vintern.
"""


def test_an_indicator_page_names_the_measure_off_target():
    result = extract(doc_from_text(_MEASURES))
    got = [(it.kind, it.title, it.deviation) for it in result.items if it.status == "open"]
    assert got == [("indicator_deviation", "Avvikelse: Antal utlån per invånare", "Röd")]


def test_a_goal_judged_partly_reached_is_a_goal_deviation():
    result = extract(doc_from_text(_GOALS))
    open_items = [(it.kind, it.deviation) for it in result.items if it.status == "open"]
    assert open_items == [("goal_deviation", "Delvis uppfyllt")]
    assert [it.status for it in result.items if "Cykelvägarna" in it.title] == ["done"]


_TABLE = """Verksamhetsberättelse 2030 Fritidsnämnden
Nämndmål 1: Fler barn ska simma
Indikator Utfall 2029 Utfall 2030 Målvärde 2030
Andel elever i årskurs 4 som klarar simkraven 78 % 81 % 90 %
Analys
Målvärdet nåddes inte. Simskolan ställdes in under våren när badhuset renoverades.
Indikator Utfall 2029 Utfall 2030 Målvärde 2030
Antal besök i simhallen 120 000 131 000 125 000
Analys
Besöken ökade och målvärdet nåddes.
"""


def test_an_indicator_row_with_its_values_on_one_line_names_the_deviation():
    result = extract(doc_from_text(_TABLE))
    got = [(it.kind, it.title) for it in result.items if it.status == "open"]
    assert got == [("indicator_deviation",
                    "Avvikelse: Andel elever i årskurs 4 som klarar simkraven")]


def test_a_goal_numbered_with_a_full_stop_is_named_by_its_goal():
    text = ("Verksamhetsberättelse 2030 Barn- och utbildningsnämnden\n"
            "Mål 1. Alla elever ska nå kunskapskraven.\n"
            "Målet är delvis uppfyllt. Andelen behöriga till gymnasiet minskade något.\n"
            "Mål 2. Förskolans lokaler ska vara ändamålsenliga.\n"
            "Målet är uppfyllt.\n")
    result = extract(doc_from_text(text))
    got = [(it.kind, it.title) for it in result.items if it.status == "open"]
    assert got == [("goal_deviation", "Mål 1: Alla elever ska nå kunskapskraven")]
