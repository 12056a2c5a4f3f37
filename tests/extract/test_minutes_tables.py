"""Tables in minutes in their many shapes: cells from PDF/Word, `|` rows, flattened
header lines, numbered balance-list lines, 'Åtgärd: … Ansvarig: …' and 'Vem: … Vad: …'
lines, numbered items with labelled fields, a wrapped PDF row continuing the row above, and
a status cell dating a row without a date column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.extract.minutes_helpers import IT_PRESENT, run_lines, table_doc
from tracker.domain import Document, DocumentInfo, Line
from tracker.extract.minutes import extract_minutes
from tracker.language.table_words import columns

D = dt.date


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
    assert (rows["Lokaler"].due, rows["Lokaler"].due_precision) == (dt.date(2026, 2, 8), "week")
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
    from tracker.language.table_words import vocabulary

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
