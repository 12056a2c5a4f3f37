"""Carry-over on invented minutes: the numbered points of a § that follows up the last
meeting ("§ 4 Föregående protokoll och uppföljning / 1. Label – … Kvarstår.") speak
each of its own matter; a person named by a role ("Fritidschefen återkommer …") is who
acts, not the matter."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import followed_up_ref, ref_label
from tracker.store import Store

_FIRST = """PROTOKOLL
Kommunala funktionsrättsrådet
Datum: 2026-02-10

§ 1 Mötets öppnande
Ordföranden öppnar mötet.

§ 2 Tillgänglighet i kulturhuset
DHR framför att hissen i kulturhuset ofta står still.
Rådet ger samordnaren i uppdrag att kontakta fastighetsbolaget om hissen i kulturhuset.

§ 3 Information från fritidsförvaltningen
Fritidschefen informerar om att simhallen byggs om under hösten. FUB frågar hur
gruppträningen ska ordnas under tiden. Fritidschefen återkommer om gruppträningen.

§ 4 Nästa möte
2026-04-14.
"""

_SECOND = """PROTOKOLL
Kommunala funktionsrättsrådet
Datum: 2026-04-14

§ 5 Mötets öppnande
Ordföranden öppnar mötet.

§ 6 Föregående protokoll och uppföljning
Protokollet godkänns. Ordföranden går igenom frågorna från förra mötet:
1. Hissen i kulturhuset – fastighetsbolaget har beställt en ny motor men den levereras
   först i juni. Kvarstår.
2. Gruppträningen – svar under § 7.

§ 7 Information från fritidsförvaltningen
Fritidschefen informerar om att ishallen ska få nya omklädningsrum.
Fritidschefen återkommer med en tidplan för ombyggnaden av ishallen i juni.

§ 8 Nästa möte
2026-06-09.
"""


def test_a_numbered_point_with_a_dash_label_under_the_follow_up_is_a_reference() -> None:
    m = followed_up_ref("2. Ramperna vid biblioteket – beställt men inte påbörjat.")
    assert m is not None and m.group(1) == "2" and ref_label(m) == "Ramperna vid biblioteket"


def test_points_of_a_follow_up_paragraph_update_their_matters(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", _FIRST)
        plan = plan_text(store, tmp_path, "2.txt", _SECOND)
        did = {(e.action, e.match_title or "") for e in plan.entries
               if e.accepted and e.match_id}  # fmt: skip
        assert any(a == "update" and "hissen" in t for a, t in did)
        # The role that answers is no name of the old question: the new matter of the
        # ishall is an item of its own, not an update of the question on gruppträningen.
        ishall = [e for e in plan.entries if "ishallen" in (e.candidate.text or "")
                  and e.candidate.tier != "possible"]  # fmt: skip
        assert ishall and all(e.action == "new" and e.accepted for e in ishall)
    finally:
        store.close()
