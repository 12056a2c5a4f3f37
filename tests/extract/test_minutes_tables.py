"""Tables in minutes in their many shapes: cells from PDF/Word, `|` rows, flattened
header lines, numbered balance-list lines, 'Åtgärd: … Ansvarig: …' and 'Vem: … Vad: …'
lines, numbered items with labelled fields, a wrapped PDF row continuing the row above, and
a status cell dating a row without a date column."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from tests.extract.minutes_helpers import IT_PRESENT, run_lines, table_doc
from tracker.domain import Document, DocumentInfo, Line
from tracker.extract.minutes import extract_minutes
from tracker.extract.tables import columns, with_text_tables

D = dt.date


def _doc(*texts: str) -> Document:
    lines = [Line(t, 1, i) for i, t in enumerate(texts, 1)]
    return Document(Path("t.txt"), hashlib.sha256(b"x").hexdigest(), "txt", 1, lines)


def _cells(*texts: str) -> list[list[str] | None]:
    return [ln.cells for ln in with_text_tables(_doc(*texts)).lines]


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (["Vad", "Vem", "När"], {"what": 0, "who": 1, "when": 2}),
        (["Åtgärd", "Ansvarig", "Klart senast", "Status"],
         {"what": 0, "who": 1, "when": 2, "status": 3}),
        (["Nr", "Fråga", "Väckt av", "Ansvarig", "Datum"],
         {"id": 0, "what": 1, "raised": 2, "who": 3, "when": 4}),
        (["Budget", "Prognos", "Avvikelse"], {}),
        # "Punkt" numbers the rows when another column names the matter ...
        (["Punkt", "Fråga", "Väckt av", "Ansvar", "Åter", "Läge"],
         {"id": 0, "what": 1, "raised": 2, "who": 3, "when": 4, "status": 5}),
        # ... and names it when no other column does (trap)
        (["Punkt", "Ansvarig", "När"], {"what": 0, "who": 1, "when": 2}),
        # a header of two words: either word's role
        (["ID", "Risk / åtgärd", "Ägare", "Datum", "Status"],
         {"id": 0, "what": 1, "who": 2, "when": 3, "status": 4}),
        (["Risk", "Sannolikhet", "Konsekvens"], {}),
    ],
)
def test_columns(header, roles):
    assert columns(header) == roles


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


_ALIGNED_MINUTES = """Central samverkansgrupp (CSG)
Minnesanteckningar 2025-09-11

11. Balanslista
Punkt    Fråga                        Väckt av         Ansvar           Åter       Läge
2025:04  Lönekartläggning 2025        Sveriges Lärare  Lönechef         sept       Klar – redovisad
                                                                                   under p. 4
2025:07  Friskvårdsbidrag för         Kommunal         HR-chefen        okt        Pågår, förslag
         timavlönade                                                               tas fram
2025:11  Lokalfrågan Anderstorps,     Sveriges Lärare  Utbildningschef  nästa CSG  Ny
         arbetsmiljö i paviljongerna

12. Nästa möte
Torsdag 16 oktober 2025 kl. 09.00, Stadshuset.
"""

_ID_PIPE_MINUTES = """Minnesanteckningar styrgruppsmöte 2026-01-22

5. Risk- och åtgärdslogg
| ID   | Risk / åtgärd                       | Ägare         | Datum      | Status |
|------|-------------------------------------|---------------|------------|--------|
| R-07 | Konvertering av journaler försenad; | Leverantören  | 2026-02-13 | Öppen  |
|      | leverantören levererar ny fil       |               |            |        |
| R-09 | Lokaler för utbildning saknas       | Karin Holm    | v. 6       | Öppen  |
| A-12 | Beslut om behörighetsmodell         | Styrgruppen   | nästa SG   | Öppen  |

7. Nästa styrgruppsmöte
Torsdag 19 februari 2026 kl. 13:00.
"""


def _extract_file(tmp_path: Path, text: str):
    from tracker.extract import extract
    from tracker.ingest import read_document

    f = tmp_path / "m.txt"
    f.write_text(text, encoding="utf-8")
    return extract(read_document(f))


def test_whitespace_aligned_balance_list_with_wrapped_cells(tmp_path: Path) -> None:
    ex = _extract_file(tmp_path, _ALIGNED_MINUTES)
    rows = [it for it in ex.items if it.kind == "balance_row"]
    assert [it.title for it in rows] == [
        "Lönekartläggning 2025", "Friskvårdsbidrag för timavlönade",
        "Lokalfrågan Anderstorps, arbetsmiljö i paviljongerna"]
    assert [it.status for it in rows] == ["done", "open", "open"]
    assert [it.raised_by for it in rows] == ["Sveriges Lärare", "Kommunal", "Sveriges Lärare"]
    assert [(it.due, it.due_precision) for it in rows] == [
        (dt.date(2025, 9, 30), "month"), (dt.date(2025, 10, 31), "month"),
        (dt.date(2025, 10, 16), "day")]
    # the text after the table is no row
    assert not any("Stadshuset" in it.title for it in ex.items)


def test_id_keyed_pipe_log_with_wrapped_cell(tmp_path: Path) -> None:
    ex = _extract_file(tmp_path, _ID_PIPE_MINUTES)
    # "Risk- och åtgärdslogg": the heading makes its rows actions
    rows = {it.title.split()[0]: it for it in ex.items if it.kind == "action"}
    assert rows["Konvertering"].title.endswith("ny fil")
    assert rows["Konvertering"].due == dt.date(2026, 2, 13)
    assert (rows["Lokaler"].due, rows["Lokaler"].due_precision) == (dt.date(2026, 2, 6), "week")
    # "nästa SG": the steering group's next meeting
    assert rows["Beslut"].due == dt.date(2026, 2, 19)
    assert rows["Beslut"].owner == "Styrgruppen"


# --- the kind of a table's rows: heading, then the header of the matter's column --------


@pytest.mark.parametrize(
    ("header", "headings", "kind"),
    [
        (["Vad", "Vem", "När", "Status"], [], "action"),
        (["Åtgärd", "Ansvarig", "Klart senast", "Status"], ["5. Åtgärdslista"], "action"),
        (["Risk", "Åtgärd", "Ansvarig", "Klart"], [], "action"),
        (["Fråga", "Väckt av", "Ansvarig förvaltning", "Återkoppling", "Status"],
         ["3. Rådets balanslista"], "balance_row"),
        (["Nr", "Fråga", "Väckt av", "Ansvarig", "Åter", "Läge/kommentar"],
         ["Kvarstående frågor"], "balance_row"),
        # the nearest heading wins: a to-do table under a balance-list section title
        (["Beskrivning", "Ansvarig", "Klart senast", "Status"],
         ["4. Balanslista", "Genomgång av åtgärdslistan:"], "action"),
        # no telling words: a status column makes a balance list (trap: "Beskrivning")
        (["Beskrivning", "Ansvarig", "Klart senast", "Status"], [], "balance_row"),
        (["Beskrivning", "Ansvarig", "Klart senast"], [], "action"),
        # decisions taken
        (["Nr", "Datum", "Beslut", "Beslutsfattare"], ["1. Föregående möte"], "decision"),
        (["Datum", "Ärende", "Beslutsfattare"], [], "decision"),
        (["Nr", "Ärende", "Datum"], ["Beslutslogg"], "decision"),
        # trap: a log with an owner column is a list of things to do
        (["Nr", "Beskrivning", "Ansvarig", "Deadline", "Status"],
         ["Bilaga: Beslutslogg/Åtgärdslista"], "action"),
    ],
)
def test_table_kind(header, headings, kind):
    from tracker.extract.tables import table_kind

    assert table_kind(header, columns(header), headings) == kind


def test_header_vocabulary_lives_in_the_resource_file():
    from tracker.extract.tables import vocabulary

    roles = [role for role, _ in vocabulary().columns]
    assert {"id", "raised", "start", "when", "who", "status", "comment", "what"} == set(roles)
    assert columns(["Fråga", "Återkoppling"]) == {"what": 0, "when": 1}


_DECISION_LOG = """Styrgruppsmöte 2025-09-30

1. Föregående möte och beslutslogg
Beslutsloggen uppdaterades med dagens beslut:
Nr | Datum | Beslut | Beslutsfattare
B-12 | 2025-08-26 | Pilotgruppen utökas med två handläggare. | Styrgruppen
B-14 | 2025-09-30 | Driftstart flyttas från 2025-11-03 till 2026-02-02. | Styrgruppen
B-15 | 2025-09-30 | Testperiod 2 godkänns som avslutad. | Styrgruppen
B-16 | 2025-09-30 | Projektledaren får i uppdrag att ta fram en tidplan senast 28/10. | SG

2. Att göra
Vad | Vem | När | Status
Reviderad tidplan | Sara Ekström | 2025-10-28 | Ny
"""


def test_decision_log_rows_are_no_open_items(tmp_path: Path) -> None:
    ex = _extract_file(tmp_path, _DECISION_LOG)
    titles = [it.title for it in ex.items]
    assert not any(t.startswith(("Pilotgruppen", "Driftstart", "Testperiod")) for t in titles)
    # a decision that gives a task with a date is one
    task = next(it for it in ex.items if it.title.startswith("Projektledaren"))
    assert (task.kind, task.due) == ("assignment", dt.date(2025, 10, 28))
    todo = next(it for it in ex.items if it.title == "Reviderad tidplan")
    assert (todo.kind, todo.owner) == ("action", "Sara Ekström")


def test_wrapped_row_of_a_pdf_table_continues_the_row_above():
    text = "Anteckningar från APT 2024-05-14\n\n3. Beslutslogg\n"
    lines = [Line(t, 1, i) for i, t in enumerate(text.split("\n"), 1)]
    rows = [["Nr", "Beskrivning", "Ansvarig", "Deadline", "Status"],
            ["1", "Översyn av larmrutiner", "Jasmina Kovač", "2024-06-30", "Pågående"],
            ["", "Kulturskolan Medborgarplatsen", "", "", ""],
            ["2", "Ny krisledningsplan", "Cecilia Norén", "Nästa möte", "Stängd"]]
    for n, cells in enumerate(rows, 10):
        lines.append(Line(" ".join(c for c in cells if c), 1, n, cells=cells, table=1))
    doc = Document(Path("t.pdf"), "x" * 64, "pdf", 1, lines)
    items = extract_minutes(doc, DocumentInfo("t", "x", "pdf", 1, "minutes")).items
    assert [(i.title, i.owner, i.status) for i in items] == [
        ("Översyn av larmrutiner Kulturskolan Medborgarplatsen", "Jasmina Kovač", "open"),
        ("Ny krisledningsplan", "Cecilia Norén", "done"),
    ]


KPR_HEADER = ["Fråga", "Väckt av", "Ansvarig", "Status"]


@pytest.mark.parametrize(("status", "due"), [
    ("Beställd, installeras i november.", D(2026, 11, 30)),
    ("Återkommer till KPR i februari med statistik.", D(2027, 2, 28)),
    # traps: a date already past is history, not a due date; no date at all
    ("Beställd i september, leverans oklar.", None),
    ("Kvarstår.", None),
])
def test_a_status_cell_dates_a_row_without_a_date_column(status, due):
    lines = table_doc(IT_PRESENT, KPR_HEADER, [["Hörslinga i sessionssalen", "PRO",
                                              "Kommunledningsförvaltningen", status]])
    lines[1] = Line("Datum: torsdag 16 oktober 2026", 1, 2)
    ex = run_lines(lines)
    assert [it.due for it in ex.items] == [due]
