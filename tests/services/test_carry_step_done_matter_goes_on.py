"""Carry-over on invented minutes: a passage that tells a step done and the matter still
going (a § of information: "… utredningen pågår. Platsbesök har genomförts. …
Informationen läggs till handlingarna.") updates the item, it does not close it; a
passage whose last word ends the matter still closes it."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.services.link_effects import _still_going
from tracker.store import Store

_FIRST = """PROTOKOLL
Kultur- och fritidsnämnden
Sammanträdesdatum: 2026-03-17

§ 12  Utredning om ny sporthall i Västby
Dnr KFN 2026/40
Nämnden beslutar
att ge förvaltningen i uppdrag att utreda en ny sporthall i Västby och redovisa
utredningen senast den 30 september 2026.
"""

_SECOND = """PROTOKOLL
Kultur- och fritidsnämnden
Sammanträdesdatum: 2026-04-21

§ 31  Sporthall i Västby – information
Dnr KFN 2026/40
Förvaltningschefen informerar om att arbetet med utredningen pågår enligt plan.
Platsbesök med föreningarna har genomförts. Redovisning sker i september.
Beslut
Informationen läggs till handlingarna.
"""


def test_a_step_done_while_the_matter_goes_on_is_no_close(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", _FIRST)
        plan = plan_text(store, tmp_path, "2.txt", _SECOND)
        about = [e for e in plan.entries if e.match_title and "Västby" in e.match_title]
        assert about, [(e.action, e.match_title) for e in plan.entries]
        assert not any(e.action == "close" for e in about)
    finally:
        store.close()


def test_the_last_word_decides() -> None:
    assert _still_going("Intervjuerna är genomförda. Rekryteringen pågår.")
    # a matter that went on and is now done
    assert not _still_going("Arbetet pågick under våren. Nu är rutinen klar.")
    # one sentence alone is read as it is
    assert not _still_going("Arbetet pågår.")
