"""A register of incoming proposals with a decision column, flattened one cell a line
(written here, in the shape of a kommun's web page of medborgarförslag)."""

from __future__ import annotations

from pathlib import Path

from tracker.domain import Document, Line
from tracker.extract import extract
from tracker.extract.followup_register import register_rows
from tracker.extract.report_followup import read_followup

REGISTER = """Inkomna medborgarförslag
Här listas de medborgarförslag som kommit in. Förslagen behandlas av fullmäktige.
  • Förslaget bifalls. Betyder att kommunen genomför förslaget.
  • Förslaget avslås. Betyder att kommunen inte genomför förslaget.
Diarienummer  Registrerat  Förslag
Förslagslämnare
Nämnd
Beslut
2025/210 2025-02-03
Medborgarförslag om en hundrastgård i Ekby
Anna Andersson
Tekniska nämnden
2025/233 2025-03-11
Medborgarförslag om längre öppettider i simhallen
Bo Berg
Kultur- och fritidsnämnden
Bifall
2025/301 2025-04-22
Medborgarförslag - Belysning längs cykelvägen
Cecilia Ceder
2025-05-02 Innehåll: Dan Dahl  Publiceringsansvarig: Eva Ek
"""


def _lines(text: str) -> list[Line]:
    return [Line(text=t, page=1, line=k) for k, t in enumerate(text.splitlines(), 1) if t]


def test_rows_without_a_decision_wait_for_their_answer() -> None:
    rows, taken = register_rows(_lines(REGISTER))
    got = [(r.title, r.status, r.owner) for r in rows]
    assert got == [
        ("Medborgarförslag om en hundrastgård i Ekby", "open", "Tekniska nämnden"),
        ("Medborgarförslag om längre öppettider i simhallen", "done", "Kultur- och fritidsnämnden"),
        ("Medborgarförslag - Belysning längs cykelvägen", "open", None),
    ]
    assert taken


def test_the_legend_of_decisions_is_no_item() -> None:
    items = read_followup(_lines(REGISTER), "Kommunstyrelsen", None).items
    assert not any("Betyder" in it.text for it in items)
    assert sum(it.status == "open" for it in items) == 2


def test_a_page_without_a_decision_column_is_no_register() -> None:
    text = REGISTER.replace("Beslut\n", "Kommentar\n")
    assert register_rows(_lines(text)) == ([], set())


def test_the_register_is_read_as_a_report_with_its_rows_checked() -> None:
    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(REGISTER))
    result = extract(doc)
    open_titles = {it.title for it in result.items if it.status == "open"}
    assert "Medborgarförslag om en hundrastgård i Ekby" in open_titles
    assert "Medborgarförslag - Belysning längs cykelvägen" in open_titles


def test_a_register_of_proposals_is_fullmaktiges() -> None:
    """Medborgarförslag are raised in fullmäktige: the register's body is the assembly
    the page names, not a styrelse the proposals may be sent on to."""
    text = REGISTER.replace(
        "Förslagen behandlas av fullmäktige.",
        "Förslagen behandlas på kommunfullmäktiges sammanträden och kan lämnas vidare "
        "till kommunstyrelsen för utredning.",
    )
    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))
    assert extract(doc).meeting.body == "Kommunfullmäktige"
