"""The balance-list rules: import planning (new / update / close), applying in one
transaction, re-import, manual edits with history and version checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.errors import NotFoundError, StaleEditError, TrackerError
from tracker.labels import describe_event
from tracker.services import balance
from tracker.store import STALE_MESSAGE, ItemFilter, Store

from .helpers import FVG, april_items, cand, extraction, march_items

D = dt.date


@pytest.fixture
def store(db_path: Path) -> Store:
    s = Store.open(db_path)
    yield s
    s.close()


def _import(store: Store, name: str, items: list, **kw: object) -> balance.ImportResult:
    plan = balance.plan_import(store, extraction(name, items, **kw))
    return balance.apply_import(store, plan)


def test_first_import_creates_items_document_meeting_and_history(store: Store) -> None:
    ext = extraction("fvg_2024-03-12.txt", march_items(), next_meeting=D(2024, 4, 9))
    plan = balance.plan_import(store, ext)
    assert not plan.already_imported
    assert [e.action for e in plan.entries] == ["new", "new", "new"]
    assert plan.counts() == {"new": 3, "update": 0, "close": 0}
    result = balance.apply_import(store, plan, source_path="/delad/fvg_2024-03-12.txt")
    assert result.created == [1, 2, 3]
    assert (result.updated, result.closed, result.skipped) == ([], [], 0)
    doc = store.get_document(result.document_id)  # type: ignore[arg-type]
    assert (doc.file_name, doc.sha256) == ("fvg_2024-03-12.txt", ext.document.sha256)
    assert doc.path is not None and doc.path.endswith("fvg_2024-03-12.txt")
    assert doc.imported_by == store.user
    meeting = store.get_meeting(result.meeting_id)  # type: ignore[arg-type]
    assert (meeting.body, meeting.date, meeting.next_meeting) == (FVG, D(2024, 3, 12),
                                                                  D(2024, 4, 9))  # fmt: skip
    assert meeting.document_id == result.document_id
    item = store.get_item(1)
    assert (item.title, item.owner, item.raised_by, item.due, item.body, item.status) == (
        "Arbetsgruppen för handlingsplanen", "Arbetsgivaren", "SSR", D(2024, 4, 9), FVG, "open"
    )  # fmt: skip
    assert (item.page, item.line, item.section) == (4, 12, "10. Föranmälda frågor")
    assert item.document_file == "fvg_2024-03-12.txt"
    assert item.meeting_id == result.meeting_id
    assert store.get_item(2).due_text == "i april-maj"
    hist = store.item_history(1)
    assert [(e.field, e.document_id, e.meeting_id) for e in hist] == [
        ("created", result.document_id, result.meeting_id)
    ]


def test_later_minutes_close_redate_and_add(store: Store) -> None:
    first = _import(store, "fvg_2024-03-12.txt", march_items())
    plan = balance.plan_import(
        store, extraction("fvg_2024-04-09.txt", april_items(), date=D(2024, 4, 9))
    )
    actions = [(e.action, e.match_id) for e in plan.entries]
    assert actions == [("close", 1), ("update", 2), ("new", None), ("new", None)]
    assert plan.entries[0].describe().startswith("stänger punkt 1")
    assert plan.entries[1].describe().startswith("uppdaterar punkt 2")
    result = balance.apply_import(store, plan)
    assert (result.closed, result.updated, result.created) == ([1], [2], [4, 5])

    closed = store.get_item(1)
    assert closed.status == "done"
    ev = store.item_history(1)[-1]
    assert (ev.field, ev.old, ev.new) == ("status", "open", "done")
    assert ev.note is not None and ev.note.endswith("Frågan avslutas.")
    assert ev.document_id == result.document_id and ev.meeting_id == result.meeting_id
    assert closed.last_note == ev.note

    redated = store.get_item(2)
    assert (redated.status, redated.due, redated.due_text) == ("open", D(2024, 9, 30),
                                                                "i september")  # fmt: skip
    fields = [(e.field, e.old, e.new, e.note) for e in store.item_history(2)]
    assert fields[0][0] == "created"
    assert fields[1] == ("due", "2024-05-31", "2024-09-30", None)
    discussed = store.item_history(2)[2]
    assert (discussed.field, discussed.code, discussed.params) == (
        "discussed", "discussed", {"when": "2024-04-09"}
    )  # fmt: skip
    assert describe_event(discussed).endswith(": behandlad 2024-04-09")

    # The referred item (not mentioned in April) is untouched.
    assert store.get_item(3).version == 1
    assert [r.id for r in store.list_items()] == [4, 5, 2, 3]
    assert store.get_item(4).document_id == result.document_id != first.document_id


def test_reimport_changes_nothing(store: Store) -> None:
    _import(store, "fvg_2024-03-12.txt", march_items())
    _import(store, "fvg_2024-04-09.txt", april_items(), date=D(2024, 4, 9))
    snapshot = _dump(store)
    for name, items, date in (
        ("fvg_2024-03-12.txt", march_items(), D(2024, 3, 12)),
        ("fvg_2024-04-09.txt", april_items(), D(2024, 4, 9)),
    ):
        plan = balance.plan_import(store, extraction(name, items, date=date))
        assert plan.already_imported
        assert plan.entries == []
        assert plan.message is not None
        assert plan.message.startswith("Dokumentet är redan importerat (")
        result = balance.apply_import(store, plan)
        assert result.already_imported
        assert (result.created, result.updated, result.closed) == ([], [], [])
    assert _dump(store) == snapshot


def _dump(store: Store) -> tuple:
    c = store.conn
    return tuple(
        c.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
        for t in ("documents", "meetings", "items", "item_events")
    )


def test_plan_made_before_another_import_of_same_file_is_harmless(db_path: Path) -> None:
    a, b = Store.open(db_path), Store.open(db_path)
    try:
        plan_a = balance.plan_import(a, extraction("x.txt", march_items()))
        plan_b = balance.plan_import(b, extraction("x.txt", march_items()))
        balance.apply_import(a, plan_a)
        second = balance.apply_import(b, plan_b)
        assert second.already_imported
        assert b.count_items() == 3
    finally:
        a.close()
        b.close()


def test_matching_stays_within_the_body(store: Store) -> None:
    _import(store, "svg.txt", march_items(), body="samverkansgruppen")
    plan = balance.plan_import(
        store, extraction("fvg.txt", april_items(), date=D(2024, 4, 9), body=FVG)
    )
    assert [e.action for e in plan.entries] == ["close", "new", "new", "new"]
    # The closing sentence matches no open FVG item: shown, not accepted.
    assert plan.entries[0].match_id is None and not plan.entries[0].accepted
    assert "inte hittades" in plan.entries[0].describe()
    result = balance.apply_import(store, plan)
    assert result.closed == [] and result.skipped == 1
    # Saved under the canonical name of the forum.
    assert store.count_items(ItemFilter(body="SVG")) == 3


def test_body_option_and_alias(store: Store) -> None:
    store.set_alias("FVG", FVG, "body")
    _import(store, "mars.txt", march_items(), body="FVG")
    assert store.get_item(1).body == FVG
    ext = extraction("april.txt", april_items(), date=D(2024, 4, 9), body=None)
    plan = balance.plan_import(store, ext, body="fvg")
    assert plan.body == FVG
    assert plan.entries[0].match_id == 1


def test_rejected_and_edited_entries(store: Store) -> None:
    _import(store, "mars.txt", march_items())
    plan = balance.plan_import(store, extraction("april.txt", april_items(), date=D(2024, 4, 9)))
    plan.entries[0].accepted = False  # do not close item 1
    plan.entries[2].candidate.title = "Sommarschema i hemtjänsten"
    plan.entries[3].action = "update"  # the reviewer says it updates item 3
    plan.entries[3].match_id = 3
    result = balance.apply_import(store, plan)
    assert result.skipped == 1
    assert store.get_item(1).status == "open"
    assert store.get_item(4).title == "Sommarschema i hemtjänsten"
    assert result.updated == [2, 3]
    assert store.get_item(3).due == D(2024, 5, 31)


def test_stale_plan_is_refused_and_nothing_saved(db_path: Path) -> None:
    a, b = Store.open(db_path), Store.open(db_path)
    try:
        _import(a, "mars.txt", march_items())
        plan = balance.plan_import(a, extraction("april.txt", april_items(), date=D(2024, 4, 9)))
        item = b.get_item(2)
        balance.update_item(b, 2, item.version, {"owner": "Vision HÄ"})
        before = _dump(a)
        with pytest.raises(StaleEditError, match="importera det igen"):
            balance.apply_import(a, plan)
        assert _dump(a) == before
    finally:
        a.close()
        b.close()


def test_apply_is_atomic_on_error(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(store, "mars.txt", march_items())
    before = _dump(store)
    plan = balance.plan_import(store, extraction("april.txt", april_items(), date=D(2024, 4, 9)))
    calls = 0
    original = balance._create_from_candidate

    def failing(*args: object, **kw: object) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError("disken försvann")
        return original(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(balance, "_create_from_candidate", failing)
    with pytest.raises(OSError):
        balance.apply_import(store, plan)
    assert _dump(store) == before


def test_closing_candidate_never_becomes_an_item(store: Store) -> None:
    plan = balance.plan_import(
        store, extraction("x.txt", [cand("Frågan avslutas", kind="closing", status="done")])
    )
    plan.entries[0].accepted = True  # even if the reviewer accepts it
    result = balance.apply_import(store, plan)
    assert result.created == [] and result.skipped == 1
    assert store.count_items(ItemFilter(status=None)) == 0


def test_empty_candidate_is_skipped_not_fatal(store: Store) -> None:
    items = [cand("   ", "   "), cand("Riktig punkt")]
    items[0].text = ""
    result = _import(store, "x.txt", items)
    assert result.skipped == 1 and result.created == [1]
    assert store.get_item(1).title == "Riktig punkt"


def test_document_without_meeting_facts(store: Store) -> None:
    result = _import(store, "rapport.txt", march_items()[:1], date=None, body=None)
    assert result.meeting_id is None
    assert store.get_item(1).body is None


# --- manual edits ------------------------------------------------------------------------


def test_add_update_close_and_note(store: Store) -> None:
    meeting = store.insert_meeting(body=FVG, date=D(2024, 4, 9))
    item = balance.add_item(
        store, title="  Ny   rutin för  friskvård ", body=FVG, owner="HR", due="2024-05-01",
        meeting_id=meeting, note="Väckt av Vision",
    )  # fmt: skip
    assert (item.title, item.due, item.kind, item.version) == (
        "Ny rutin för friskvård", D(2024, 5, 1), "action", 1
    )  # fmt: skip
    assert store.item_history(item.id)[0].note == "Väckt av Vision"

    item = balance.update_item(
        store, item.id, item.version, {"due": "2024-06-01", "owner": "HR", "title": "Ny rutin"},
        note="Flyttad",
    )  # fmt: skip
    assert (item.due, item.title, item.version, item.due_precision) == (
        D(2024, 6, 1), "Ny rutin", 2, "day"
    )  # fmt: skip
    hist = store.item_history(item.id)
    # One event per really changed field (owner was unchanged); the note on the first.
    assert [(e.field, e.old, e.new, e.note) for e in hist[1:]] == [
        ("due", "2024-05-01", "2024-06-01", "Flyttad"),
        ("title", "Ny rutin för friskvård", "Ny rutin", None),
    ]

    same = balance.update_item(store, item.id, item.version, {"owner": "HR"})
    assert same.version == item.version

    ev = balance.add_note(store, item.id, "Diskuterades kort", meeting_id=meeting)
    assert (ev.field, ev.note, ev.meeting_id) == ("note", "Diskuterades kort", meeting)
    assert store.get_item(item.id).last_note == "Diskuterades kort"

    closed = balance.close_item(store, item.id, item.version, note="Inte längre aktuell",
                                status="struck")  # fmt: skip
    assert closed.status == "struck"
    last = store.item_history(item.id)[-1]
    assert (last.field, last.old, last.new, last.note) == ("status", "open", "struck",
                                                           "Inte längre aktuell")  # fmt: skip
    with pytest.raises(TrackerError, match="redan avförd"):
        balance.close_item(store, item.id, closed.version, note="igen", status="struck")
    reopened = balance.update_item(store, item.id, closed.version, {"status": "open"})
    assert reopened.status == "open"


def test_stale_manual_edit(db_path: Path) -> None:
    a, b = Store.open(db_path), Store.open(db_path)
    try:
        item = balance.add_item(a, title="Punkt")
        balance.update_item(b, item.id, item.version, {"owner": "Vision"})
        with pytest.raises(StaleEditError) as exc:
            balance.update_item(a, item.id, item.version, {"owner": "Kommunal"})
        assert exc.value.message == STALE_MESSAGE
        with pytest.raises(StaleEditError):
            balance.close_item(a, item.id, item.version, note="klar")
        assert a.get_item(item.id).owner == "Vision"
        assert len(a.item_history(item.id)) == 2
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"due": "9 april"}, "Ogiltigt datum"),
        ({"due": "2024-02-30"}, "Ogiltigt datum"),
        ({"title": "   "}, "måste ha en rubrik"),
        ({"status": "avslutad"}, "Okänd status"),
        ({"version": 9}, "kan inte ändras"),
    ],
)
def test_invalid_edits(store: Store, changes: dict, message: str) -> None:
    item = balance.add_item(store, title="Punkt")
    with pytest.raises(TrackerError, match=message):
        balance.update_item(store, item.id, item.version, changes)
    assert store.get_item(item.id).version == 1


def test_edits_of_missing_items(store: Store) -> None:
    with pytest.raises(NotFoundError):
        balance.update_item(store, 5, 1, {"title": "x"})
    with pytest.raises(NotFoundError):
        balance.add_note(store, 5, "x")
    with pytest.raises(TrackerError, match="tom"):
        balance.add_note(store, 5, "  ")


def test_clearing_a_due_date(store: Store) -> None:
    item = balance.add_item(store, title="Punkt", due=D(2024, 5, 1))
    item = balance.update_item(store, item.id, item.version, {"due": ""})
    assert item.due is None and item.due_precision is None
    assert describe_event(store.item_history(item.id)[-1]).endswith("senast: 2024-05-01 → –")


def test_same_due_date_keeps_its_phrase(store: Store) -> None:
    _import(store, "mars.txt", march_items())
    item = store.get_item(2)
    assert item.due_text == "i april-maj"
    same = balance.update_item(store, 2, item.version, {"due": "2024-05-31"})
    assert (same.version, same.due_text, same.due_precision) == (1, "i april-maj", "months")
    moved = balance.update_item(store, 2, item.version, {"due": "2024-06-14"})
    assert (moved.due_text, moved.due_precision) == (None, "day")
    assert [e.field for e in store.item_history(2)] == ["created", "due"]
