"""Carry-over, ninth round, on invented minutes: what keeps a passage about one matter
from closing another (lettered points under one heading, ...)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.minutes_helpers import doc_from_text
from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.sections import structure
from tracker.store import Store

_FIRST = """MINNESANTECKNINGAR
Samverkansgrupp kultur och fritid
Datum: 2026-02-02

1. Mötets öppnande
Ordföranden öppnar mötet.

2. Information från arbetsgivaren
Simhallen: Simhallen i Björkby stänger för renovering i april. Vision frågar hur
personalens arbetstider och lokaler under stängningen är planerade. Arbetsgivaren
har inget svar i dag och återkommer till nästa möte med en plan.

3. Information från de fackliga organisationerna
Kommunal: Personalen på fritidsgården i Ås upplever att kvällspassen är för
ensamma. Frågan står kvar till nästa möte då chefen redovisar en riskbedömning.

4. Mötets avslutande
Nästa möte: 2026-03-02.
"""

_SECOND = """MINNESANTECKNINGAR
Samverkansgrupp kultur och fritid
Datum: 2026-03-02

1. Mötets öppnande
Ordföranden öppnar mötet.

2. Kvarstående frågor från föregående möte
a) Simhallen Björkby: Chefen visar ett schema. Personalrummet
flyttas till sporthallen. Frågan om arbetstiderna är inte löst, chefen återkommer
när facket har yttrat sig, troligen i april.

b) Kvällspassen i Ås: Chefen redovisar riskbedömningen. Två personer arbetar
nu på varje kvällspass från den 1 mars. Kommunal är nöjda och frågan avslutas.

3. Mötets avslutande
Nästa möte: 2026-04-06.
"""


def test_a_lettered_point_is_no_second_line_of_the_heading_over_it() -> None:
    secs = structure(doc_from_text(_SECOND)).sections
    titles = [s.title for s in secs]
    assert "Kvarstående frågor från föregående möte" in titles
    assert not any("Simhallen" in t for t in titles)


def test_the_close_of_point_b_does_not_close_the_matter_of_point_a(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", _FIRST)
        plan = plan_text(store, tmp_path, "2.txt", _SECOND)
        closed = [e.match_title or "" for e in plan.entries
                  if e.accepted and e.action == "close"]  # fmt: skip
        assert not any("Simhallen" in t or "arbetstider" in t for t in closed)
        assert any("kvällspass" in t.casefold() for t in closed)
    finally:
        store.close()
