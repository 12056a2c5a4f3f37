"""Carry-over on invented minutes read from PDF: an action list set with spaces (no
bars) comes back as one line of text a row; the row keeps its number, so a later
"Åtgärd 4: …" finds it."""

from __future__ import annotations

from pathlib import Path

from tests.render import render_pdf, sample_blocks
from tracker.extract import extract
from tracker.ingest import read_document
from tracker.services import balance
from tracker.store import Store

_FIRST = """MINNESANTECKNINGAR – LEDNINGSGRUPPEN FRITID
Datum: 2026-04-07

1. Föregående anteckningar
Godkänns.

2. Badplatser
Bryggorna vid Lillsjön behöver ses över före sommaren.

ÅTGÄRDSLISTA

Nr  Åtgärd                                           Ansvarig   Klart senast   Status
3   Ta fram schema för livräddare vid Lillsjön         Hedda      2026-05-15     Pågår
4   Beställa reparation av bryggorna vid Lillsjön      Måns       2026-05-30     Ny
5   Revidera taxan för lokaluthyrning                  Ines       2026-09-30     Ej påbörjad

Nästa möte: 2026-05-05.
"""

_SECOND = """MINNESANTECKNINGAR – LEDNINGSGRUPPEN FRITID
Datum: 2026-05-05

1. Genomgång av åtgärdslistan
- Åtgärd 4: snickaren kommer i vecka 21; nytt datum 2026-06-12.
- Åtgärd 5: inte påbörjad, kvarstår.

2. Övrigt
Inget.
"""


def _pdf(tmp_path: Path, name: str, text: str) -> Path:
    target = tmp_path / name
    render_pdf(sample_blocks(text), target, footer="Sida {page} av {pages}")
    return target


def test_a_space_set_row_read_from_pdf_keeps_its_number(tmp_path: Path) -> None:
    ext = extract(read_document(_pdf(tmp_path, "1.pdf", _FIRST)))
    refs = {c.ref_no for c in ext.items if "bryggorna vid Lillsjön" in (c.text or "")
            and "|" in (c.text or "")}  # fmt: skip
    assert refs == {"4"}


def test_a_later_numbered_reference_updates_the_row_from_pdf(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        first = _pdf(tmp_path, "1.pdf", _FIRST)
        plan = balance.plan_import(store, extract(read_document(first)))
        balance.apply_import(store, plan, source_path=first)
        second = _pdf(tmp_path, "2.pdf", _SECOND)
        plan = balance.plan_import(store, extract(read_document(second)))
        updated = [e.match_title or "" for e in plan.entries
                   if e.accepted and e.action == "update"]  # fmt: skip
        assert any("reparation av bryggorna" in t for t in updated)
        assert not [e for e in plan.entries if e.accepted and e.action == "close"]
    finally:
        store.close()
