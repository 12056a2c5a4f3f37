"""A candidate an import did not take (a possible item left unchecked) is kept for its
forum, and later minutes that speak of it take it up: an update puts the matter on the
list with the new date, a close records it as done with the sentence as note
(``tracker.services.not_taken``).  Invented minutes, imported as ``import --yes`` does."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.services.helpers import FVG, cand, extraction
from tests.services.linking_helpers import import_text, plan_text
from tests.services.not_taken_minutes import CLOSED, FIRST, GOES_ON
from tracker.domain import Candidate
from tracker.services import agenda, balance, export, linking, not_taken, removal
from tracker.store import ItemFilter, ItemRow, Store

BIKES = "Tekniska förvaltningen ombeds svara efter sommaren"


def _titles(store: Store, status: str | None = "open") -> list[str]:
    return [it.title for it in store.list_items(ItemFilter(status=status))]


@pytest.fixture
def first(store: Store, tmp_path: Path) -> balance.ImportResult:
    result = import_text(store, tmp_path, "1.txt", FIRST)
    # The bike question was only a possible item: not on the list, kept as not taken.
    assert BIKES not in _titles(store, None)
    return result


def test_an_untaken_candidate_is_kept_and_shown_nowhere(
    store: Store, tmp_path: Path, first: balance.ImportResult
) -> None:
    assert first.kept_not_taken == 1
    (row,) = store.list_not_taken("Förvaltningsgruppen")
    assert (row.title, row.tier, row.label, row.document_id) == (
        BIKES,
        "possible",
        "Cykelparkeringen",
        first.document_id,
    )
    assert row.meeting_date == dt.date(2024, 3, 1) and row.section.startswith("§ 4")
    # Not in the list, a search, the agenda or an export.
    assert store.query_item_ids(ItemFilter(status=None, text="ombeds svara")) == []
    plan = agenda.build_agenda(store, "Förvaltningsgruppen", dt.date(2024, 4, 9))
    assert BIKES not in repr(plan)
    rows = store.list_items(ItemFilter(status=None))
    export.export_csv(rows, tmp_path / "lista.csv")
    assert "ombeds svara" not in (tmp_path / "lista.csv").read_text("utf-8-sig")


def test_a_later_close_records_the_matter_as_done(
    store: Store, tmp_path: Path, first: balance.ImportResult
) -> None:
    plan = plan_text(store, tmp_path, "2.txt", CLOSED)
    (entry,) = [e for e in plan.entries if e.match_id is not None and e.match_id < 0]
    assert (entry.action, entry.accepted, entry.unsure) == ("close", True, False)
    assert entry.describe().startswith("tar upp och stänger ej tagen punkt från 2024-03-01")
    result = balance.apply_import(store, plan, source_path=tmp_path / "2.txt")
    (item_id,) = result.taken_up
    assert result.closed == [item_id] and result.created == []
    item = store.get_item(item_id)
    # The original matter, from the first minutes, now done with the sentence as note.
    assert (item.title, item.status, item.document_id) == (BIKES, "done", first.document_id)
    assert "Cykelparkeringen" in (item.evidence or "")
    history = store.item_history(item_id)
    assert [(e.field, e.code) for e in history] == [("created", "taken_up"),
                                                    ("status", "changed")]  # fmt: skip
    assert history[0].params == {"offered": "2024-03-01"}
    assert history[0].document_id == result.document_id
    assert "monterat" in (history[1].note or "")
    assert "erbjöds 2024-03-01 men togs inte med" in balance_line(history[0])
    # Taken up once: no longer waiting.
    assert store.list_not_taken("Förvaltningsgruppen") == []


def balance_line(event: object) -> str:
    from tracker.labels import event_text

    return event_text(event)  # type: ignore[arg-type]


def test_a_later_update_puts_the_matter_on_the_list_with_the_new_date(
    store: Store, tmp_path: Path, first: balance.ImportResult
) -> None:
    plan = plan_text(store, tmp_path, "2.txt", GOES_ON)
    (entry,) = [e for e in plan.entries if e.match_id is not None and e.match_id < 0]
    assert (entry.action, entry.accepted) == ("update", True)
    result = balance.apply_import(store, plan, source_path=tmp_path / "2.txt")
    (item_id,) = result.taken_up
    assert result.updated == [item_id] and result.created == []
    item = store.get_item(item_id)
    assert (item.title, item.status, item.due) == (BIKES, "open", dt.date(2024, 5, 14))
    fields = [e.field for e in store.item_history(item_id)]
    assert fields == ["created", "due", "discussed"]
    # The mention itself became no item: one open matter about the bikes.
    assert [t for t in _titles(store) if "ykel" in t or "Tekniska" in t] == [BIKES]


def test_undoing_the_later_import_lets_the_candidate_wait_again(
    store: Store, tmp_path: Path, first: balance.ImportResult
) -> None:
    second = import_text(store, tmp_path, "2.txt", GOES_ON)
    removal.undo_import(store, second.document_id)
    assert [r.title for r in store.list_not_taken("Förvaltningsgruppen")] == [BIKES]
    # Undoing the first import forgets what it offered.
    removal.undo_import(store, first.document_id)
    assert store.list_not_taken("Förvaltningsgruppen", waiting=False) == []


def test_the_question_of_an_action_taken_is_not_kept(store: Store) -> None:
    """The question and the action of one paragraph are one matter: the secretary took the
    action, so the unchecked question is not kept as a second one (a later "stryks" would
    take it up as a duplicate).  An unrelated candidate left unchecked is kept."""
    said = ("Elevhälsan: SSR frågar hur de vakanta kuratorstjänsterna ska bemannas under "
            "våren. Frågan om kuratorsbemanningen lämnas som kvarstående.")  # fmt: skip
    action = cand("Frågan om kuratorsbemanningen lämnas som kvarstående", said,
                  label="Elevhälsan")  # fmt: skip
    question = cand("SSR frågar hur de vakanta kuratorstjänsterna ska bemannas under våren",
                    said, label="Elevhälsan", tier="possible")  # fmt: skip
    other = cand("Tidplanen för lönesamtal skickas ut till cheferna vecka 5", tier="possible")
    plan = balance.plan_import(store, extraction("fvg.txt", [action]))
    plan.entries += [balance.PlanEntry(candidate=c, action="new", accepted=False)
                     for c in (question, other)]  # fmt: skip
    result = balance.apply_import(store, plan)
    assert [r.title for r in store.list_not_taken(FVG)] == [other.title]
    assert result.kept_not_taken == 1


def test_a_sentence_that_says_its_matter_is_done_is_not_kept() -> None:
    done = Candidate(title="Att uppdrag U 2025:06 därmed är redovisat",
                     text="Att uppdrag U 2025:06 därmed är redovisat.", kind="assignment",
                     tier="possible")  # fmt: skip
    ahead = Candidate(title="Alla ska ha gjort webbutbildningen senast 28 februari",
                      text="Alla ska ha gjort webbutbildningen senast 28 februari.",
                      kind="action", tier="possible", due=dt.date(2025, 2, 28))  # fmt: skip
    entries = [balance.PlanEntry(candidate=c, action="new", accepted=False) for c in (done, ahead)]
    assert [not_taken._untaken(e) for e in entries] == [False, True]


# --- the linker's second pool -------------------------------------------------------------


def _item(item_id: int, title: str, **kw: object) -> ItemRow:
    return ItemRow(id=item_id, title=title, text=title, kind="action", status="open",
                   owner=None, raised_by=None, due=None, due_text=None, due_precision=None,
                   start=None, deviation=None, body="FVG", section=None, page=None, line=None,
                   evidence=title, document_id=None, document_file=None, document_path=None,
                   meeting_id=None, created_at="", updated_at="", version=1, last_note=None,
                   **kw)  # type: ignore[arg-type]  # fmt: skip


def _mention(text: str, label: str) -> Candidate:
    return Candidate(title=label, text=text, evidence=f"{label}: {text}", kind="closing",
                     status="done", label=label, reasons=["omnämnande i dokumentet"])  # fmt: skip


def test_an_open_item_linked_safely_is_never_passed_over() -> None:
    item = _item(1, "Skyddsronden i köket genomförs i april")
    untaken = _item(-5, "Skyddsronden i köket bokas av rektor")
    c = _mention("Skyddsronden i köket är genomförd.", "Skyddsronden i köket")
    (own,) = linking.link_all([c], [item])
    (both,) = linking.link_all([c], [item], [untaken])
    assert own.sure and own.item_id == 1
    assert dataclasses.astuple(both) == dataclasses.astuple(own)


def test_two_untaken_candidates_alike_are_only_offered() -> None:
    first = _item(-5, "Belysningen på gården ses över")
    second = _item(-6, "Belysningen på gården byts")
    c = _mention("Belysningen på gården är klar.", "Belysningen på gården")
    (ln,) = linking.link_all([c], [], [first, second])
    assert ln.item_id in (-5, -6) and not ln.sure
    assert {o.item_id for o in ln.options} == {-5, -6}


def test_an_open_item_near_an_untaken_match_makes_it_unsure() -> None:
    c = _mention("Belysningen är klar.", "Belysningen")
    own = linking.Link(options=[linking.Option(1, "Belysningen i entrén", 70.0, "ord")],
                       item_id=1, score=70.0)  # fmt: skip
    other = linking.Link(options=[linking.Option(-5, "Belysningen på gården", 76.0, "ord")],
                         item_id=-5, score=76.0, sure=True)  # fmt: skip
    merged = linking._merge(c, own, other)
    assert not merged.sure and merged.item_id == 1  # the open item stays the proposal
    assert [o.item_id for o in merged.options] == [-5, 1]
    # Clear of the open item, the untaken candidate is the sure link.
    own.options[0].score = own.score = 60.0
    merged = linking._merge(c, own, other)
    assert merged.sure and merged.item_id == -5


def test_a_new_row_stays_new_beside_an_untaken_look_alike() -> None:
    """A passage that is an item of its own keeps what it was without the second pool
    unless the untaken candidate is its safe match: a new row does not become an unsure
    update of something nobody took; a mention, never an item, is offered instead of
    dropped."""
    row = Candidate(title="Laga grinden vid cykelförrådet", text="Laga grinden vid cykelförrådet",
                    kind="action")  # fmt: skip
    other = linking.Link(options=[linking.Option(-5, "Tills grinden är lagad …", 66.0, "ord")],
                         item_id=-5, score=66.0)  # fmt: skip
    merged = linking._merge(row, linking.Link(), other)
    assert merged.item_id is None and [o.item_id for o in merged.options] == [-5]
    mention = _mention("Grinden är lagad.", "Grinden")
    merged = linking._merge(mention, linking.Link(), other)
    assert merged.item_id == -5 and not merged.sure
