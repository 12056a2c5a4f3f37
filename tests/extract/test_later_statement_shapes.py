"""Carry-over: later statements in shapes the readers missed (invented Swedish minutes).

A matter begun or moved said in the passive past ("Utredningen har påbörjats",
"Yttrandet har försenats") goes on; an active past tells what someone did.  An agenda
point's number opens a heading longer than an unnumbered one ("Punkt 4. Motionen om
simskola för vuxna"), which names the matter of the lines under it.
"""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import doc_from_text
from tracker.domain import Line
from tracker.extract import extract
from tracker.extract.passage_layout import line_sections
from tracker.extract.status_reading import read_state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Inventeringen av förrådet har påbörjats.", "open"),
        ("Svaret till skolrådet försenas och kommer i maj.", "open"),
        ("Studiedagen flyttades till vecka 12.", "open"),
        ("Omar påbörjade inventeringen i går.", None),
        ("Inventeringen av förrådet är genomförd.", "done"),
    ],
)
def test_begun_or_moved_in_the_passive_goes_on(text: str, state: str | None) -> None:
    found = read_state(text)
    assert (found[2] if found else None) == state


def test_an_agenda_points_number_opens_a_heading_of_many_words() -> None:
    lines = [
        Line(text="Punkt 4. Motionen om simskola för vuxna", page=1, line=1),
        Line(text="Yttrandet är ännu inte klart.", page=1, line=2),
        Line(text="4. Belysning på gång- och cykelvägen Västerskolan–Ekparken", page=1, line=4),
        Line(text="Driftenheten meddelar att stolparna är lagade.", page=1, line=5),
        Line(text="5. Kommunal lyfter att bemanningen på Tallen inte räcker.", page=1, line=7),
        Line(text="Arbetsgivaren återkommer.", page=1, line=8),
    ]
    sections = line_sections(lines)
    assert sections[1] == "Motionen om simskola för vuxna"
    assert sections[3] == "Belysning på gång- och cykelvägen Västerskolan–Ekparken"
    # A numbered sentence is no heading.
    assert sections[5] == sections[3]


def test_a_matter_title_line_names_the_items_under_it() -> None:
    text = """Ledningsgrupp förskola
Minnesanteckningar 2026-01-20

Närvarande: Eva Holm (ordf.), Per Lind, Sara Ek

Ärende: Rekrytering av förskolechef, Ängsgården
Kerstin Berg går i pension i juni.
• Per Lind tar fram annons och tidplan för rekryteringen.

Ärende: Övrigt
Inget att anmäla.
"""
    ext = extract(doc_from_text(text))
    [item] = [c for c in ext.items if "annons" in c.title]
    assert item.label == "Rekrytering av förskolechef, Ängsgården"


def test_a_numbered_heading_inside_a_paragraph_ends_the_sentence_before_it() -> None:
    from tracker.extract.status_sentences import status_sentences

    para = [(0, "4.1 Ekonomi januari"),
            (1, "Resultatet för januari visar ett underskott om 2,1 mnkr. Kostnaden för"),
            (2, "inhyrd personal har minskat jämfört med januari 2024."),
            (3, "4.2 Flytt av IVA"),
            (4, "Riskbedömningen inför flytten av IVA genomfördes 2025-02-12 med skyddsombud"),
            (5, "från Vårdförbundet. Handlingsplanen bifogas.")]  # fmt: skip
    found = {(st.subject, st.state) for st in status_sentences(para)}
    # The heading is no part of the subject, so the statement is read.
    assert ("Riskbedömningen inför flytten av IVA", "done") in found
