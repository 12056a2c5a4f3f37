"""Carry-over on invented minutes: an action list numbered by the year and a number
("27-04", a star for a row new at this meeting), its table set with spaces and read from
PDF, and later lines naming a row by its code ("- 27-04 Badhuset: …", "- 27-02: …")."""

from __future__ import annotations

from pathlib import Path

from tests.render import render_pdf, sample_blocks
from tracker.extract import extract
from tracker.extract.mentions import numbered_ref, ref_label, row_number
from tracker.ingest import read_document
from tracker.ingest.text_tables import _flat_header, _flat_row
from tracker.language.aliases import aliases
from tracker.services import balance
from tracker.store import ItemFilter, Store

_FIRST = """Ledningsgrupp kultur och fritid, anteckningar
Tis 2027-01-12, 09.00–10.30

1. Läget
   - Besökssiffrorna för december är goda. Info.
2. Övrigt
   - Inget.

Åtgärdslista (nya markerade *)
Nr      Åtgärd                                    Ansv.     Klart
27-01*  Offert reparation bastu badhuset          OL        26/1
27-02*  Sammanställa besöksstatistik 2026          MK        9/2
26-33   Revidera taxor för lokalhyra               OL/MK     pågår

Nästa LG: 2027-01-26.
"""

_SECOND = """Ledningsgrupp kultur och fritid, anteckningar
Tis 2027-01-26, 09.00–10.15

1. Åtgärdslistan
   - 27-01 Bastun: offert inkommen, 85 tkr. Klar.
   - 27-02: arbetet pågår, nytt datum 23/2.
   - 26-33 Taxorna: väntar på nämndens budgetbeslut. Ligger kvar.
2. Övrigt
   - Inget.
"""


def test_a_year_code_opens_a_numbered_reference() -> None:
    m = numbered_ref("   - 27-01 Bastun: offert inkommen. Klar.")
    assert m is not None and m.group(1) == "27-01" and ref_label(m) == "Bastun"
    m = numbered_ref("- 27-02: arbetet pågår.")
    assert m is not None and m.group(1) == "27-02" and ref_label(m) is None
    # A number before a dash and a label is still a number ("14 – Trafikverket: …").
    m = numbered_ref("14 – Trafikverket: klar")
    assert m is not None and m.group(1) == "14"
    # A letter code without a label is no reference: "B12: projektorn …" names a room.
    assert numbered_ref("B12: projektorn fungerar igen.") is None


def test_a_rows_first_cell_gives_its_number_or_year_code() -> None:
    assert row_number("14") == "14"
    assert row_number("14.2.") == "14.2"
    assert row_number("27-05*") == "27-05"
    assert row_number("Vad") is None


def test_a_flattened_row_with_a_year_code_and_two_owners_gets_its_cells() -> None:
    roles = _flat_header("Nr Åtgärd Ansv. Klart")
    assert roles == ["id", "what", "who", "when"]
    assert _flat_row("27-03* Ny skylt vid entrén OL/MK 16/3 (ny)", roles, aliases()) == [
        "27-03*", "Ny skylt vid entrén", "OL/MK", "16/3 (ny)"]
    assert _flat_row("26-33 Revidera taxor för lokalhyra OL pågår", roles, aliases()) == [
        "26-33", "Revidera taxor för lokalhyra", "OL", "pågår"]


def _pdf(tmp_path: Path, name: str, text: str) -> Path:
    target = tmp_path / name
    render_pdf(sample_blocks(text), target, footer="Sida {page} av {pages}")
    return target


def test_rows_coded_by_year_are_followed_up_by_their_codes(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        first = _pdf(tmp_path, "1.pdf", _FIRST)
        plan = balance.plan_import(store, extract(read_document(first)))
        balance.apply_import(store, plan, source_path=first)
        refs = {it.ref_no for it in store.list_items(ItemFilter(status=None))}
        assert {"27-01", "27-02", "26-33"} <= refs
        second = _pdf(tmp_path, "2.pdf", _SECOND)
        plan = balance.plan_import(store, extract(read_document(second)))
        did = {(e.action, e.match_title) for e in plan.entries if e.accepted and e.match_id}
        assert ("close", "Offert reparation bastu badhuset") in did
        assert ("update", "Sammanställa besöksstatistik 2026") in did
        assert ("update", "Revidera taxor för lokalhyra") in did
        assert not [e for e in plan.entries if e.accepted and e.action == "new"]
    finally:
        store.close()
