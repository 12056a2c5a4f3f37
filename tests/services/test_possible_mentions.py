"""A later document's possible items are read as mentions of the matters they speak of
(``tracker.services.possible_mentions``): linked safely they update or close the item
and are not offered again as new items; below the safe score they are offered like
any unsure link; saying nothing of a matter, or of one another passage already took,
they stay the possible items they were."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from tests.services.helpers import FVG, cand, extraction
from tests.services.linking_helpers import import_text
from tests.services.not_taken_minutes import FIRST
from tracker.domain import Candidate
from tracker.services import balance, possible_mentions
from tracker.store import Store

LOCALS = cand(
    "Lokalfrågan",
    "Vision frågar när lokalfrågan för familjerätten kan lösas. Arbetsgivaren återkommer.",
    kind="awaiting_reply",
    label="Lokalfrågan",
    page=2,
    line=4,
)
BUDGET = cand(
    "Budget för friskvårdsbidraget",
    "Kommunal frågar om budgeten för friskvårdsbidraget räcker. Ekonomichefen utreder.",
    kind="assignment",
    page=2,
    line=9,
)


def possible(title: str, text: str = "", **kw: object) -> Candidate:
    c = cand(title, text, **kw)
    c.tier = "possible"
    c.kind = kw.get("kind", "assignment")  # type: ignore[assignment]
    return c


def _first(store: Store) -> dict[str, int]:
    ext = extraction("1.pdf", [dataclasses.replace(LOCALS), dataclasses.replace(BUDGET)],
                     date=dt.date(2024, 3, 12))  # fmt: skip
    plan = balance.plan_import(store, ext)
    result = balance.apply_import(store, plan)
    return {store.get_item(i).title: i for i in result.created}


def _plan(store: Store, *possibles: Candidate, items: list[Candidate] | None = None):
    ext = extraction("2.pdf", items or [], date=dt.date(2024, 4, 9))
    ext.possible = list(possibles)
    return balance.plan_import(store, ext)


def test_a_possible_statement_closes_the_item_it_names(store: Store) -> None:
    ids = _first(store)
    said = possible("Lokalfrågan: klart", "Lokalfrågan: klart, familjerätten har flyttat.",
                    label="Lokalfrågan", page=1, line=7)  # fmt: skip
    plan = _plan(store, said)
    (entry,) = plan.entries
    assert (entry.action, entry.match_id, entry.accepted, entry.mention) == (
        "close", ids["Lokalfrågan"], True, True)  # fmt: skip
    assert possible_mentions.REASON in entry.candidate.reasons
    # Not offered a second time as a new possible item.
    assert not any(e.action == "new" for e in plan.entries)
    result = balance.apply_import(store, plan)
    assert result.closed == [ids["Lokalfrågan"]] and result.created == []
    assert store.get_item(ids["Lokalfrågan"]).status == "done"


def test_a_possible_statement_that_goes_on_updates_the_item(store: Store) -> None:
    ids = _first(store)
    said = possible("Friskvårdsbidraget", "Utredningen av budgeten för friskvårdsbidraget "
                    "pågår, nytt datum 2024-05-14.", subject="Utredningen av budgeten", page=1,
                    line=9)  # fmt: skip
    (entry,) = _plan(store, said).entries
    assert (entry.action, entry.match_id, entry.accepted) == ("update", ids[BUDGET.title], True)
    assert entry.candidate.due == dt.date(2024, 5, 14)


def test_a_possible_item_that_says_nothing_of_a_matter_stays_possible(store: Store) -> None:
    _first(store)
    said = possible("Lokalfrågan", "Lokalfrågan ska diskuteras med fastighetsavdelningen.",
                    label="Lokalfrågan", page=1, line=7)  # fmt: skip
    assert possible_mentions.as_mention(said) is None
    (entry,) = _plan(store, said).entries
    assert (entry.action, entry.accepted, entry.match_id) == ("new", False, None)
    assert entry.candidate is said


def test_a_possible_statement_of_a_matter_another_passage_took_stays_possible(
    store: Store,
) -> None:
    """The item of the document that closes the matter speaks for it; the possible
    sentence beside it neither closes another item nor becomes a second link."""
    ids = _first(store)
    item = cand("Lokalfrågan: avslutas", "Lokalfrågan för familjerätten avslutas.",
                kind="closing", status="done", label="Lokalfrågan", page=1, line=5)  # fmt: skip
    said = possible("Lokalfrågan", "Lokalfrågan: klart.", label="Lokalfrågan", page=1, line=6)
    plan = _plan(store, said, items=[item])
    linked = [e for e in plan.entries if e.match_id is not None]
    assert [(e.candidate.title, e.match_id) for e in linked] == [
        ("Lokalfrågan: avslutas", ids["Lokalfrågan"])]  # fmt: skip
    assert [e.candidate for e in plan.entries if e.action == "new"] == [said]


def test_a_weak_possible_link_is_offered_and_never_applied(store: Store) -> None:
    ids = _first(store)
    said = possible("Flytten", "Flytten är klar och familjerätten har nya lokaler.",
                    subject="Flytten", page=1, line=7)  # fmt: skip
    (entry,) = _plan(store, said).entries
    assert entry.score < 75 and entry.action == "close"
    assert entry.match_id == ids["Lokalfrågan"]
    assert (entry.accepted, entry.unsure) == (False, True)
    assert [o[0] for o in entry.options][:1] == [ids["Lokalfrågan"]]
    result = balance.apply_import(store, _plan(store, said))
    assert result.closed == [] and store.get_item(ids["Lokalfrågan"]).status == "open"


def test_a_possible_statement_takes_up_a_candidate_not_taken(
    store: Store, tmp_path: Path
) -> None:
    """The bike question of the first minutes was a possible item nobody took; the
    second minutes' own possible statement about it closes it."""
    import_text(store, tmp_path, "1.txt", FIRST)
    (waiting,) = store.list_not_taken("Förvaltningsgruppen")
    said = possible("Cykelparkeringen", "Cykelparkeringen: taket är monterat, klart.",
                    label="Cykelparkeringen", page=1, line=7)  # fmt: skip
    ext = extraction("2.pdf", [], date=dt.date(2024, 4, 9))
    ext.possible = [said]
    plan = balance.plan_import(store, ext)
    (entry,) = plan.entries
    assert entry.match_id == -waiting.id and entry.action == "close"
    assert entry.describe().startswith("tar upp och stänger ej tagen punkt från 2024-03-01")


def test_a_possible_sentence_that_does_not_name_its_matter_is_no_mention(store: Store) -> None:
    """ "Det är en annan grind än den som lagades i september" under "Arbetsmiljö":
    read as a mention it would be linked by the heading alone, which names no matter."""
    _first(store)
    said = possible("Det är en annan grind", "Det är en annan grind än den som lagades i "
                    "september.", section="4. Arbetsmiljö", page=1, line=7)  # fmt: skip
    assert possible_mentions.as_mention(said) is None
    (entry,) = _plan(store, said).entries
    assert (entry.action, entry.accepted, entry.candidate) == ("new", False, said)


def test_another_possible_sentence_on_the_line_of_a_possible_mention_is_still_offered(
    store: Store,
) -> None:
    """Sentences of one paragraph are placed on its first line: the one read as a
    mention does not take the other's offer with it."""
    ids = _first(store)
    said = possible("Lokalfrågan: klart", "Lokalfrågan: klart, familjerätten har flyttat.",
                    label="Lokalfrågan", page=1, line=7)  # fmt: skip
    other = possible("Vision ombeds ta fram en plan för friskvårdsveckan",
                     kind="assignment", page=1, line=7)  # fmt: skip
    plan = _plan(store, said, other)
    assert [(e.action, e.match_id) for e in plan.entries] == [
        ("close", ids["Lokalfrågan"]), ("new", None)]  # fmt: skip
    assert plan.entries[1].candidate is other


def test_an_unsure_possible_update_left_unchecked_waits_as_not_taken(store: Store) -> None:
    # Read as a mention, the possible item's own "new" entry is gone from the plan: left
    # unchecked, its sentence waits for later minutes as any unchecked possible item.
    ids = _first(store)
    said = possible("Flytten", "Flytten till nya lokaler för familjerätten kvarstår.",
                    subject="Flytten", page=1, line=7)  # fmt: skip
    plan = _plan(store, said)
    (entry,) = plan.entries
    assert (entry.action, entry.match_id) == ("update", ids["Lokalfrågan"])
    assert (entry.accepted, entry.unsure, entry.mention) == (False, True, True)
    balance.apply_import(store, plan)
    (row,) = store.list_not_taken(FVG)
    assert (row.text, row.tier) == (said.text, "possible")
    assert store.get_item(ids["Lokalfrågan"]).status == "open"


def test_a_safe_possible_update_is_not_kept_as_not_taken(store: Store) -> None:
    ids = _first(store)
    said = possible("Lokalfrågan", "Lokalfrågan: kvarstår till nästa möte.",
                    label="Lokalfrågan", page=1, line=7)  # fmt: skip
    plan = _plan(store, said)
    (entry,) = plan.entries
    assert (entry.action, entry.match_id, entry.accepted) == ("update", ids["Lokalfrågan"], True)
    balance.apply_import(store, plan)
    assert store.list_not_taken(FVG) == []
