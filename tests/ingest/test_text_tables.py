"""Text tables given cells at ingest (:func:`tracker.ingest.text_tables.with_text_tables`):
`|` rows, flattened header lines, numbered balance-list lines, 'Åtgärd: … Ansvarig: …' and
'Vem: … Vad: …' lines, numbered items with labelled fields, and cells wrapped onto a line of
their own."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tracker.domain import Document, Line
from tracker.ingest.text_tables import with_text_tables


def _doc(*texts: str) -> Document:
    lines = [Line(t, 1, i) for i, t in enumerate(texts, 1)]
    return Document(Path("t.txt"), hashlib.sha256(b"x").hexdigest(), "txt", 1, lines)


def _cells(*texts: str) -> list[list[str] | None]:
    return [ln.cells for ln in with_text_tables(_doc(*texts)).lines]


def test_pipe_rows():
    assert _cells("Vad | Vem | När", "Laga staketet | Robert | 31/5", "Slut på tabellen.") == [
        ["Vad", "Vem", "När"], ["Laga staketet", "Robert", "31/5"], None,
    ]


def test_flattened_header_and_rows():
    out = _cells(
        "Nr Fråga Väckt av Ansvarig Klart senast Status",
        "1 Handläggarnas ärendemängd SSR Fredrik 2023-12-31 Pågår",
        "2 Nya lokaler för mottagningen Vision Anneli Q1 2024 Pågår",
        "Punkt 3 stryks från balanslistan.",
    )
    assert out[1] == ["1", "Handläggarnas ärendemängd", "SSR", "Fredrik", "2023-12-31", "Pågår"]
    assert out[2] == ["2", "Nya lokaler för mottagningen", "Vision", "Anneli", "Q1 2024", "Pågår"]
    assert out[3] is None


def test_numbered_balance_lines():
    out = _cells(
        "1. Utemiljön på Ekorren – pågår, ansvarig Petra, klart v. 20.",
        "2. Nya hörselskydd – klart, levererade i februari.",
    )
    assert out[0] == ["Beskrivning", "Status", "Ansvarig", "Klart senast"]
    assert out[1] == ["Utemiljön på Ekorren", "pågår", "Petra", "v. 20"]
    assert out[2] == ["Nya hörselskydd", "klart", "", ""]  # a delivery date is no deadline


def test_action_line():
    out = _cells("Åtgärd: Fastighetsavdelningen kontaktas för en mätning. Ansvarig: Oskar. "
                 "Klart: 15/10.")
    assert out == [["Vad", "Ansvarig", "Klart senast"],
                   ["Fastighetsavdelningen kontaktas för en mätning", "Oskar", "15/10"]]


def test_prose_is_left_alone():
    doc = _doc("Lars öppnade mötet.", "Budgeten gicks igenom – prognosen är 0.")
    assert with_text_tables(doc).lines == doc.lines


def test_who_what_when_lines():
    out = _cells(
        "Vem: Sara Vad: beställa nya regnkläder Klart till: v. 47",
        "Vem: Jonas och Maria Vad: planera luciafirandet Klart till: 8/12",
        "Nästa APT: tisdag 12/12.",
    )
    assert out == [["Beskrivning", "Ansvarig", "Klart senast"],
                   ["beställa nya regnkläder", "Sara", "v. 47"],
                   ["planera luciafirandet", "Jonas och Maria", "8/12"], None]


def test_numbered_items_with_labelled_fields():
    out = _cells(
        "2.1 Belysning på förrådsgården",
        "Ansvarig: Kent Olsson. Status: Åtgärdat – nya armaturer monterades",
        "vecka 49.",
        "2.2 Byte av hjälmar",
        "Ansvarig: Sanna Ek. Status: Kvarstår – leveransen är försenad, beräknas komma",
        "vecka 9.",
        "4.1 Halka vid garaget",
        "Isbildning vid garageporten.",
        "Åtgärd: Takavvattningen ses över.",
        "Ansvarig: Per Alm Åtgärdas senast: 2026-02-28",
    )
    rows = [c for c in out if c is not None]
    assert rows[1] == ["Belysning på förrådsgården", "Kent Olsson", "", "Åtgärdat",
                       "nya armaturer monterades vecka 49"]
    assert rows[3][:4] == ["Byte av hjälmar", "Sanna Ek", "vecka 9", "Kvarstår"]
    assert rows[4] == ["Beskrivning", "Ansvarig", "Klart senast", "Kommentar"]  # no status: to-do
    assert rows[5] == ["Halka vid garaget: Takavvattningen ses över", "Per Alm", "2026-02-28",
                       "Isbildning vid garageporten."]


def test_flattened_table_with_initials_and_wrapped_cell():
    out = _cells(
        "Nr Ärende Ansvarig Klart datum Status",
        "1 Ny rutin för orosanmälningar Jenny L 2023-12-15 Klar",
        "5 Ny överenskommelse om SIP med Anders W T2 2024 Pågår",
        "Region Uppsala",
        "6 Handlingsplan mot hot och våld Sanna Ö Våren 2024 Pågår",
    )
    assert out[1] == ["1", "Ny rutin för orosanmälningar", "Jenny L", "2023-12-15", "Klar"]
    assert out[2] == ["5", "Ny överenskommelse om SIP med Region Uppsala", "Anders W",
                      "T2 2024", "Pågår"]
    # the continuation line is part of row 5, not a row of its own
    assert out[3] == ["6", "Handlingsplan mot hot och våld", "Sanna Ö", "Våren 2024", "Pågår"]
    assert len(out) == 4


def test_pipe_table_cell_wrapped_onto_next_line():
    out = _cells(
        "Nr | Beskrivning                     | Ansvarig      | Deadline   | Status",
        "1  | Översyn av larm- och inpassering | Jasmina Kovač | 2023-04-30 | Stängd",
        "   | Kulturskolan Medborgarplatsen     |               |            |",
        "2  | Riskbedömning inför flytt         | Rolf Eriksson | 2023-09-30 | Pågående",
        "Slut på bilagan.",
    )
    assert out[1] == ["1", "Översyn av larm- och inpassering Kulturskolan Medborgarplatsen",
                      "Jasmina Kovač", "2023-04-30", "Stängd"]
    assert out[2] == ["2", "Riskbedömning inför flytt", "Rolf Eriksson", "2023-09-30", "Pågående"]
    assert out[3] is None


def test_markdown_pipe_table_continuation():
    out = _cells(
        "| Nr | Vad | Vem | När |",
        "| 1 | Ny rutin för | Anna | v. 40 |",
        "|   | hot och våld |   |   |",
        "| 2 | Boka lokal | Per | v. 41 |",
    )
    assert [c.strip() for c in out[1]] == ["1", "Ny rutin för hot och våld", "Anna", "v. 40"]
    assert out[2] is None or out[2][1].strip() == "Boka lokal"


def test_numbered_item_with_fields_over_a_page_break():
    # A PDF put a page break inside the item (parity: its text file had it on one page);
    # the running header above the page's first line is gone, so line 3 comes first.
    lines = [
        Line("4.3 Buller i verkstaden", 1, 58),
        Line("Bullermätning visar nivåer över insatsvärdet vid slipning.", 1, 59),
        Line("Hörselskydd finns och ska användas.", 2, 3),
        Line("Ansvarig: Kent Olsson Åtgärdas senast: före sommaren", 2, 4),
    ]
    doc = Document(Path("t.pdf"), hashlib.sha256(b"x").hexdigest(), "pdf", 2, lines)
    rows = [ln.cells for ln in with_text_tables(doc).lines if ln.cells is not None]
    assert rows[1][:3] == ["Buller i verkstaden", "Kent Olsson", "före sommaren"]


def test_flattened_rows_numbered_under_an_agenda_item_and_a_footer_after():
    # A PDF's space-aligned action list of agenda item 7 ("7.1", "7.2"): a short row is
    # a row of its own, not a wrapped cell of the row above; the page footer and the
    # labelled lines after the table are no cells either.
    out = _cells(
        "Nr Åtgärd Ansvarig Klart",
        "7.1 Ta fram förslag på nya rastscheman för hösten AB 2025-09-30",
        "7.2 Beställa nya bänkar CD 2025-09-15",
        "Mötesanteckningar ledningsgrupp Sida 2 av 2",
        "Nästa möte: 2025-10-07 kl. 9.00",
    )
    assert out[1] == ["7.1", "Ta fram förslag på nya rastscheman för hösten", "AB", "2025-09-30"]
    assert out[2] == ["7.2", "Beställa nya bänkar", "CD", "2025-09-15"]
    assert out[3] is None and out[4] is None


def test_console_rule_under_the_header_keeps_the_rows():
    # A table typed as a database console prints it: the rule crosses the bars at "+".
    out = _cells(
        "Nr  | Uppgift                         | Ansvarig | Datum",
        "----+---------------------------------+----------+-----------",
        "1   | Byta lås på cykelförrådet       | Greta N  | 2026-03-02",
        "2   | Beställa nya arbetsskor         | Hugo P   | 2026-03-16",
        "Nästa möte hålls i april.",
    )
    assert out[0] == ["Nr", "Uppgift", "Ansvarig", "Datum"]
    assert out[2] == ["1", "Byta lås på cykelförrådet", "Greta N", "2026-03-02"]
    assert out[3] == ["2", "Beställa nya arbetsskor", "Hugo P", "2026-03-16"]
    assert out[4] is None


def test_row_end_wrapped_between_two_rows_finishes_the_last_cell():
    # A PDF wrapped the end of row 1 ("v. 12") onto a line of its own; row 2 follows.
    out = _cells(
        "Nr | Uppgift | Ansvarig | Datum | Status",
        "1 | Byta lås på cykelförrådet | Greta N | 2026-03-02 | Klar – bytt",
        "v. 12",
        "2 | Beställa nya arbetsskor | Hugo P | 2026-03-16 | Pågår",
        "3 | Rensa kylskåpet i fikarummet | Alla | 2026-03-20 | Ny",
    )
    assert out[1] == ["1", "Byta lås på cykelförrådet", "Greta N", "2026-03-02",
                      "Klar – bytt v. 12"]
    assert out[2:] == [["2", "Beställa nya arbetsskor", "Hugo P", "2026-03-16", "Pågår"],
                       ["3", "Rensa kylskåpet i fikarummet", "Alla", "2026-03-20", "Ny"]]


def test_line_after_the_last_row_is_not_taken_into_it():
    # No row follows: the short line is text after the table, not the row's end.
    out = _cells(
        "Nr | Uppgift | Ansvarig | Datum | Status",
        "1 | Byta lås på cykelförrådet | Greta N | 2026-03-02 | Klar",
        "Mötet avslutas.",
    )
    assert out[1] == ["1", "Byta lås på cykelförrådet", "Greta N", "2026-03-02", "Klar"]
    assert out[2] is None


def test_heading_of_the_next_table_is_not_the_end_of_a_row():
    out = _cells(
        "Nr | Datum | Beslut | Beslutsfattare",
        "B-3 | 2026-01-12 | Budgeten för våren fastställs. | Styrelsen",
        "Att göra",
        "Vad | Vem | När | Status",
        "Boka lokal | Greta N | 2026-02-01 | Ny",
    )
    assert out[1] == ["B-3", "2026-01-12", "Budgeten för våren fastställs.", "Styrelsen"]
    assert out[2] is None
