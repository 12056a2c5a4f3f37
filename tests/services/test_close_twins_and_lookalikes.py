"""Closes the linker used to leave unchecked although the document says them plainly
(issue 16, carry-over sixth session), on invented Swedish minutes:

* a matter said twice whose speaking passage is held back (its words fit another item
  as well) while the other passage, its row, names the item by words of its own
  (:func:`tracker.services.decision._twin_speaks`);
* of a matter said twice that both passages close, the point speaks only when it fits
  the item as well as the row (:func:`tracker.services.linking._said_twice`);
* a runner-up the passage meets only by a compound alike in a part ("skyddsskor~skydd")
  is no rival of an item it names by the word itself (:func:`linking.met_by_own_word`);
* a labelled note whose last sentence says the matter is done closes it, whatever kind
  of item the rules made of a sentence inside it (:func:`link_effects.labelled_note`).
"""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.domain import Candidate
from tracker.services import decision, link_effects, linking
from tracker.services.plan import PlanEntry
from tracker.store import ItemRow, Store


def _item(item_id: int, title: str, kind: str = "action") -> ItemRow:
    return ItemRow(
        id=item_id, title=title, text=title, kind=kind, status="open", owner=None,
        raised_by=None, due=None, due_text=None, due_precision=None, start=None,
        deviation=None, body="APT Lärkan", section="3. Åtgärdslista", page=1, line=5,
        evidence=title, document_id=1, document_file="1.txt", document_path=None,
        meeting_id=1, created_at="", updated_at="", version=1, last_note=None,
    )  # fmt: skip


ROUTINE = _item(4, "Ta fram skriftlig rutin för sen hämtning")
PARENTS = _item(9, "Informera vårdnadshavarna om rutinen för sen hämtning")


def _point_and_row() -> tuple[PlanEntry, PlanEntry]:
    said = "Rutinen för sen hämtning godkändes och sätts upp i hallen."
    point = PlanEntry(
        candidate=Candidate(title=said, text=said, evidence=said, kind="closing",
                            status="done", section="4. Information"),
        action="close", match_id=4, match_title=ROUTINE.title, score=95.0,
        options=[(4, ROUTINE.title, 95.0, "ord: rutin, sen, hämtning"),
                 (9, PARENTS.title, 80.0, "ord: rutinen, sen, hämtning")],
        reason="ord: rutin, sen, hämtning",
    )  # fmt: skip
    row_text = "Skriftlig rutin för sen hämtning | Sofie Lind | 11 februari 2025 | Klar"
    row = PlanEntry(
        candidate=Candidate(title=ROUTINE.title, text=row_text, evidence=row_text,
                            kind="action", status="done", section="3. Åtgärdslista"),
        action="close", match_id=4, match_title=ROUTINE.title, score=94.0, accepted=False,
        unsure=True, options=[(4, ROUTINE.title, 94.0, "ord: skriftlig, rutin, sen, hämtning")],
        reason="ord: skriftlig, rutin, sen, hämtning; samma ärende som ovan",
    )  # fmt: skip
    return point, row


def test_the_row_speaks_when_the_point_holding_the_matter_is_held_back() -> None:
    point, row = _point_and_row()
    decision.hold_back_unsafe_closes([point, row], {4: ROUTINE, 9: PARENTS})
    # The point's words name the parents' item as well: held back, as before.
    assert not point.accepted and point.unsure
    assert "orden passar lika väl punkt 9" in point.reason
    # The row names the routine as "skriftlig" too: it closes the item instead.
    assert row.accepted and not row.unsure and row.action == "close"
    assert not row.reason.endswith("samma ärende som ovan")
    assert point.reason.endswith("samma ärende som ovan")


def test_a_row_that_names_no_more_than_the_point_stays_unchecked() -> None:
    # trap: the row's words fit the parents' item as well as the point's do.
    point, row = _point_and_row()
    row.candidate = Candidate(
        title="Sen hämtning",
        text="Sen hämtning | Klar",
        evidence="Sen hämtning | Klar",
        kind="action",
        status="done",
    )
    row.options = [(4, ROUTINE.title, 94.0, "ord: sen, hämtning")]
    row.reason = "ord: sen, hämtning; samma ärende som ovan"
    decision.hold_back_unsafe_closes([point, row], {4: ROUTINE, 9: PARENTS})
    assert not point.accepted and not row.accepted


def test_a_part_alike_runner_up_is_no_rival() -> None:
    assert linking.met_by_own_word("ord: skyddsskor; under ”1 Uppföljning”")
    assert not linking.met_by_own_word("ord: skyddsskor~skydd; under ”1 Uppföljning”")
    assert not linking.met_by_own_word("samma ansvarig")
    chosen = (1, "Beställa nya skyddsskor till köket", 91.0, "ord: skyddsskor")
    alike = (3, "Ta fram skyddsplan för köksarbete", 91.0, "ord: skyddsskor~skydd")
    shoes = Candidate(title="Skyddsskor", text="Skyddsskor | Klart", kind="action")
    entry = PlanEntry(candidate=shoes, action="close", match_id=1, score=91.0,
                      options=[chosen, alike])  # fmt: skip
    assert decision.rivals(entry, set()) == []
    # trap: a runner-up met by a word itself stays a rival.
    named = (3, "Skyddsskor till diskpersonalen", 88.0, "ord: skyddsskor")
    entry.options = [chosen, named]
    assert [o[0] for o in decision.rivals(entry, set())] == [3]


_HEAD = """Arbetsplatsträff, kök Solgården
Anteckningar {date}

Närvarande: Ulla Berg (kökschef), Amir Nasser, Lena Ek

"""
_FIRST = (
    _HEAD.format(date="2026-02-03")
    + """1. Åtgärdslista
Vad | Vem | När
Beställa nya skyddsskor till köket | Ulla | 20/2
Uppdatera hygienrutinen efter nya diskmaskinen | Amir | 20/2
Ta fram skyddsplan för köksarbete | Ulla | 27/2

Nästa APT: 2026-03-03.
"""
)
_SECOND = (
    _HEAD.format(date="2026-03-03")
    + """1. Uppföljning av åtgärdslistan
Vad | Vem | Status
Skyddsskor | Ulla | Klart, skorna är utdelade.
Hygienrutinen (diskmaskinen) | Amir | Klar. Ny rutin sitter vid diskmaskinen.

2. Information från kökschefen
- Nya diskmaskinen är installerad och provkörd.

Nästa APT: 2026-04-07.
"""
)


def test_rows_close_their_items_in_written_minutes(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", _FIRST)
    plan = plan_text(store, tmp_path, "2.txt", _SECOND)
    closes = {e.candidate.title: e.match_title for e in plan.entries
              if e.accepted and e.action == "close"}  # fmt: skip
    # "Skyddsskor" beside "skyddsplan": the part-alike item is no rival.
    assert closes["Skyddsskor"] == "Beställa nya skyddsskor till köket"
    # The row names the routine better than the point about the machine does: it speaks.
    routine = "Uppdatera hygienrutinen efter nya diskmaskinen"
    assert closes["Hygienrutinen (diskmaskinen)"] == routine
    assert len(closes) == 2
    assert "Ta fram skyddsplan för köksarbete" not in closes.values()


def test_a_labelled_note_ending_in_its_status_closes_the_matter() -> None:
    item = _item(2, "B7 Ekonomichefen sammanställer besparingsförslagen", kind="referred")
    note = (
        "B7 Besparingsförslag 2027: Jonas redovisade sammanställningen, totalt 12 mkr. "
        "Överlämnas till budgetberedningen. Klar."
    )
    cand = Candidate(title=note[:60], text="Överlämnas till budgetberedningen.", evidence=note,
                     kind="referred", label="B7 Besparingsförslag 2027")  # fmt: skip
    assert link_effects.effect_for(cand, item) == "close"
    # trap: a part done before what is still to come follows the matter up.
    going = "Enkät 2027: Enkäten är genomförd. Resultatet redovisas vid nästa möte."
    cand = Candidate(title=going, text=going, evidence=going, kind="follow_up",
                     label="Enkät 2027")  # fmt: skip
    assert link_effects.effect_for(cand, item) == "update"
    # trap: a paragraph without the matter's own label is no note of it.
    cand = Candidate(title=note[:60], text="Överlämnas till budgetberedningen.",
                     evidence="Ekonomi. " + note, kind="referred",
                     label="B7 Besparingsförslag 2027")  # fmt: skip
    assert link_effects.effect_for(cand, item) == "update"
