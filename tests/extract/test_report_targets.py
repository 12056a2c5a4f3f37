"""Indicators told by a target and an outcome in figures, with no status word (issue 15):
an indicator page's blocks "Indikator / <target> / Utfall / <outcome>", a goal written as a
sentence with its outcome after it.  Text written here, never copied from a real report."""

from __future__ import annotations

from tracker.domain import Candidate, Line
from tracker.extract import extract
from tracker.extract.followup_targets import figure
from tracker.extract.report_followup import read_followup
from tracker.ingest import read_document


def _lines(text: str) -> list[Line]:
    return [
        Line(text=t, page=1, line=k)
        for k, t in enumerate(text.strip("\n").split("\n"), 1)
        if t.strip()
    ]


def _open(text: str, body: str | None = "Fritidsnämnden") -> list[Candidate]:
    return [it for it in read_followup(_lines(text), body, None).items if it.status == "open"]


INDICATOR_PAGE = """
Målområde 2: Fler unga i föreningslivet

Indikator
Minst 60 % av eleverna i årskurs 8 ska vara med i en förening.

 • Utfall
  52 %, 310 av 596 elever svarade att de är med i en förening.

Indikator
Av de nya ledarna ska 75 % ha gått grundkursen under året.

 • Bra resultatUtfall
  81 % av de nya ledarna har gått kursen.

Indikator
Väntetiden för en tid i sporthallen ska vara högst 14 dagar.

 • Dåligt resultatUtfall
  19 dagar i genomsnitt under hösten.

Indikator
Antalet bokade timmar redovisas i en tabell per anläggning.

 • Utfall
"""


def test_an_outcome_short_of_its_target_is_a_deviation() -> None:
    items = _open(INDICATOR_PAGE)
    titles = [it.title for it in items]
    assert len(items) == 2, titles
    first, third = items
    assert "60 %" in first.text and "52 %" in first.text
    # an indicator's value is an indicator deviation
    assert first.kind == "indicator_deviation"
    assert first.owner == "Fritidsnämnden"
    assert first.deviation == "utfall 52 % mot målet 60 %"
    # a smaller figure is the aim: more days than allowed is the deviation
    assert "högst 14 dagar" in third.text and "19 dagar" in third.text
    assert "lägre är bättre" in third.reasons[0]


def test_an_outcome_that_reaches_its_target_is_no_item() -> None:
    # 81 % against 75 %: reached, nothing is offered (a done entry is not open work)
    assert not any("ledarna" in it.text for it in _open(INDICATOR_PAGE))


def test_a_block_without_figures_is_no_item() -> None:
    assert not any("bokade timmar" in it.text for it in _open(INDICATOR_PAGE))


def test_a_goal_sentence_with_its_outcome_in_the_next_line() -> None:
    text = """
Nöjdhet bland besökarna

Målet för året var ett nöjdhetsindex på 80.
Utfallet blev 71, vilket är nio punkter lägre än planerat.
"""
    items = _open(text)
    assert len(items) == 1
    assert "index på 80" in items[0].text and "Utfallet blev 71" in items[0].text
    # a goal stated as such is a goal off target
    assert items[0].kind == "goal_deviation"


def test_percent_is_compared_only_with_percent() -> None:
    text = """
Indikator
Andelen digitala ansökningar ska vara 90 %.
Utfall
Under 2024 kom 4 812 ansökningar, av dem 93 % digitalt.
"""
    # the count of applications is no outcome of a percentage target
    assert _open(text) == []
    assert figure("Under 2024 kom 4 812 ansökningar", percent=False) == (4812.0, False)
    assert figure("senast 12 mars 2025") is None


def test_a_whole_page_names_its_organisation_by_its_kind(tmp_path) -> None:
    page = (
        "Förbundet har i verksamhetsplanen för 2024 satt upp två indikatorer för "
        "insatserna.\n\n" + INDICATOR_PAGE
    )
    path = tmp_path / "indikatorer.txt"
    path.write_text(page, encoding="utf-8")
    result = extract(read_document(path))
    assert result.document.kind == "report"
    found = [it for it in result.items if it.kind == "indicator_deviation"]
    assert len(found) == 2
    assert {it.owner for it in found} == {"Förbundet"}


def test_target_and_outcome_on_one_line() -> None:
    text = """
Andel elever med godkända betyg
Målvärde: 85 % Utfall: 79 %
"""
    items = _open(text)
    assert len(items) == 1
    assert items[0].deviation == "utfall 79 % mot målet 85 %"


def test_a_flattened_table_of_targets_and_outcomes() -> None:
    text = """
Indikator Målvärde Utfall
Andel nöjda besökare på biblioteken 90 % 84 %
Andel digitala lån av alla lån 20 % 26 %
Sjukfrånvaro bland medarbetarna 6 % 7,5 %
Ekonomi
"""
    items = _open(text)
    names = sorted(it.title for it in items)
    assert len(items) == 2, names
    assert any("nöjda besökare" in n for n in names)
    # a smaller figure is better for absence: 7,5 % against 6 % is off target
    assert any("Sjukfrånvaro" in n for n in names)


def test_the_outcome_column_may_come_first() -> None:
    text = """
Mått Utfall 2024 Mål 2024
Väntetid till första besök i dagar 21 30
Andel besök bokade digitalt 31 % 40 %
"""
    items = _open(text)
    assert [it.title for it in items] == ["Avvikelse: Andel besök bokade digitalt: mål 40 %"]


def test_two_figures_read_as_one_number_end_the_table() -> None:
    # "310 400" may be three hundred and ten thousand four hundred: no row to compare
    text = """
Mått Utfall 2024 Mål 2024
Antal besökare per vecka 310 400
"""
    assert _open(text) == []


def test_less_absence_than_the_target_is_no_deviation() -> None:
    text = """
Indikator
Sjukfrånvaron ska vara 6 %.
Utfall 2024
4,8 %
"""
    assert _open(text) == []


def test_a_results_heading_over_a_paragraph_is_no_outcome() -> None:
    text = """
Indikator
Minst 90 % av eleverna ska nå godkänt i alla ämnen.
Resultat
Under året har 12 skolor deltagit i satsningen på läsning.
"""
    assert _open(text) == []


def test_a_goal_mentioned_inside_another_sentence_is_no_target() -> None:
    text = """
Vi har byggt om tre lekplatser och målet är att 80 % av dem ska vara tillgängliga.
Utfallet blev 12 nya bänkar längs strandpromenaden.
"""
    assert _open(text) == []


NAMED_ABOVE = """
Andel nöjda brukare i hemtjänsten
Målvärde 2024
75 %
Utfall 2024
68 %
"""


def test_the_indicator_named_on_the_line_above_its_target() -> None:
    items = _open(NAMED_ABOVE, "Socialnämnden")
    assert [it.title for it in items] == ["Avvikelse: Andel nöjda brukare i hemtjänsten: 75 %"]


def test_a_status_field_beside_the_figures_decides() -> None:
    judged = NAMED_ABOVE + "Status: Ej uppnått\n"
    items = _open(judged, "Socialnämnden")
    # one item, the labelled reading's (its status word), not a second from the figures
    assert len(items) == 1 and items[0].evidence == "Status: Ej uppnått"
    # a status that says the target is met is not overruled by the figures
    assert _open(NAMED_ABOVE + "Status: Uppnått\n", "Socialnämnden") == []


def test_the_outcome_printed_above_its_target() -> None:
    text = """
Nöjd-kund-index för bygglov
Senaste värde
62
Målvärde
70
Kommentar
Fler ärenden än väntat har gjort handläggningen långsammare.
"""
    items = _open(text, "Byggnadsnämnden")
    assert [it.title for it in items] == ["Avvikelse: Nöjd-kund-index för bygglov: 70"]
    assert items[0].deviation == "utfall 62 mot målet 70"


def test_a_numbered_goal_with_its_figure() -> None:
    text = """
Mål 2: Minst 80 % av hyresgästerna ska vara nöjda med städningen.
Utfall: 74 % i årets enkät.
Mål 3: Alla tvättstugor ska bokas digitalt.
Utfall: Genomfört i samtliga hus.
"""
    items = _open(text, "Fastighetsnämnden")
    assert len(items) == 1 and "80 %" in items[0].text


def test_a_measure_named_further_on_gives_no_direction() -> None:
    text = """
Indikator
Andel avvikelser som åtgärdas inom en månad ska vara 90 %.
Utfall
84 %
"""
    # more of the deviations put right is better: 84 % against 90 % is off target
    assert len(_open(text)) == 1
