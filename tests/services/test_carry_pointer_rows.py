"""Carry-over on invented minutes: a row of the list's follow-up that only sends the
reader to an agenda point ("- 3: se p. 4.") lets that point's closing speak for the
row's item; a bare "Kvar." keeps a row going."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import effect_of
from tracker.store import Store

_FIRST = """MINNESANTECKNINGAR – LEDNINGSGRUPPEN SKOLA
Datum: 2026-09-01

1. Läget
Inget särskilt.

ÅTGÄRDSLISTA

Nr | Åtgärd | Ansvarig | Klart senast
3 | Förslag till ny rutin för frånvaroanmälan | Rut | 2026-09-29
4 | Sammanställa elevenkäten | Bo | 2026-10-13
"""

_SECOND = """MINNESANTECKNINGAR – LEDNINGSGRUPPEN SKOLA
Datum: 2026-09-29

1. Genomgång av åtgärdslistan
- 3: se p. 2.
- 4: ingen ändring, Bo sjuk. Kvar.

2. Frånvaroanmälan
Rut presenterar förslaget: anmälan görs i appen före kl. 8. Ledningsgruppen ställer
sig bakom förslaget. Punkten klar.

3. Övrigt
Inget.
"""


def test_a_bare_kvar_at_the_end_keeps_the_matter_going() -> None:
    assert effect_of("ingen ändring, Bo sjuk. Kvar.") == "update"
    assert effect_of("Två platser kvar på kursen.") is None


def test_the_point_a_row_sends_to_closes_the_rows_item(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", _FIRST)
        plan = plan_text(store, tmp_path, "2.txt", _SECOND)
        did = {(e.action, e.match_title) for e in plan.entries if e.accepted and e.match_id}
        assert ("close", "Förslag till ny rutin för frånvaroanmälan") in did
        assert ("update", "Sammanställa elevenkäten") in did
        assert ("close", "Sammanställa elevenkäten") not in did
    finally:
        store.close()
