"""Decisions in § protocols that finish an earlier assignment: an assignment said to be
reported back ("Därmed är kontorets uppdrag redovisat"), and one sentence that decides
the matter and gives a new task in a clause joined to it ("godkänner ritningarna och ger
kontoret i uppdrag att …").  Invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import effect_of
from tracker.services import link_effects
from tracker.store import ItemFilter, ItemRow, Store

_HEAD = """BYGGNADSNÄMNDEN
Protokoll
Datum: {date}

Ledamöter: Anna Berg (S) ordf, Johan Ek (M), Sara Lund (C)
Tjänstepersoner: Karin Ny, förvaltningschef; Per Sjö, sekreterare

"""


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Därmed är förvaltningens uppdrag redovisat.", "close"),
        ("Uppdraget anses därmed slutredovisat.", "close"),
        ("Kontorets uppdrag är redovisat i sin helhet.", "close"),
        # A report of something else is no assignment done.
        ("Delrapporten är redovisad för nämnden.", None),
        ("Uppdraget ska redovisas i juni.", None),
    ],
)
def test_an_assignment_reported_back_is_done(text: str, effect: str | None) -> None:
    assert effect_of(text) == effect


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("Nämnden godkänner ritningarna och ger kontoret i uppdrag att beställa bygget.", True),
        ("Nämnden fastställer planen samt uppdrar åt kontoret att informera de boende.", True),
        # One thing: the decision is to give the task.
        ("Nämnden beslutar att ge kontoret i uppdrag att utreda saken.", False),
        ("Nämnden ger kontoret i uppdrag att ta fram ritningar.", False),
        ("Nämnden godkänner ritningarna.", False),
    ],
)
def test_a_decision_and_a_new_task_in_one_sentence(text: str, two: bool) -> None:
    assert link_effects.decides_then_tasks(text) is two


def test_an_assignment_reported_back_closes_it(store: Store, tmp_path: Path) -> None:
    first = (
        _HEAD.format(date="2026-02-04")
        + """§ 5 Tillsyn Ekbacken 1:3
BN 2025/77
Beslut
Nämnden ger förvaltningen i uppdrag att återkomma med förslag till åtgärd senast i april 2026.
"""
    )
    later = (
        _HEAD.format(date="2026-05-06")
        + """§ 21 Tillsyn Ekbacken 1:3 – föreläggande
BN 2025/77
Beslut
Nämnden förelägger fastighetsägaren att ta bort förrådet senast 2026-09-30. Därmed är \
förvaltningens uppdrag redovisat.
"""
    )
    import_text(store, tmp_path, "p1.txt", first)
    (old,) = store.list_items(ItemFilter())
    plan = plan_text(store, tmp_path, "p2.txt", later)
    closes = [e for e in plan.entries if e.action == "close" and e.accepted]
    assert [e.match_id for e in closes] == [old.id]


def test_a_decision_closes_the_assignment_and_its_new_task_is_an_item(
    store: Store, tmp_path: Path
) -> None:
    first = (
        _HEAD.format(date="2026-02-04")
        + """§ 6 Ombyggnad av Norrskolans kök
Dnr BN 2026/12
Beslut
Nämnden ger förvaltningen i uppdrag att återkomma med ritningar för köket senast 2026-04-30.
"""
    )
    later = (
        _HEAD.format(date="2026-05-06")
        + """§ 22 Ritningar för ombyggnad av Norrskolans kök
Dnr BN 2026/12
Beslut
Byggnadsnämnden godkänner ritningarna och ger förvaltningen i uppdrag att beställa ombyggnaden.
"""
    )
    import_text(store, tmp_path, "k1.txt", first)
    (old,) = store.list_items(ItemFilter())
    plan = plan_text(store, tmp_path, "k2.txt", later)
    done = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert [e.match_id for e in done] == [old.id]
    new = [e for e in plan.entries if e.accepted and e.action == "new"]
    assert any("beställa ombyggnaden" in (e.candidate.text or "") for e in new)
    assert not [e for e in plan.entries if e.accepted and e.action == "update"]


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Anstånd beviljas till 2026-01-31.", None),
        ("Nämnden beviljar anstånd med yttrandet.", None),
        ("Förlängning av tiden godkänns.", None),
        ("Ansökan beviljas.", "decide"),
    ],
)
def test_more_time_granted_is_no_decision(text: str, effect: str | None) -> None:
    assert effect_of(text) == effect


def test_a_proposal_to_fullmaktige_answers_a_referred_motion(store: Store, tmp_path: Path) -> None:
    # The motion was sent out for comment; its own § (same dnr) now proposes fullmäktige
    # to grant it: the matter is done at this forum.  The § that only grants more time
    # for the comment is an update.  Both motions are sent to a nämnd, which a phrase
    # rule reads as referred: the items are the rules', whatever the scorer promotes.
    first = (
        _HEAD.format(date="2026-02-04")
        + """§ 7 Motion om cykelparkering vid stationen
Dnr BN 2026/20
Beslut
Motionen remitteras till tekniska nämnden för yttrande senast 2026-04-15.

§ 8 Motion om belysning i Ekparken
Dnr BN 2026/21
Beslut
Motionen remitteras till kultur- och fritidsnämnden för yttrande senast 2026-04-30.
"""
    )
    later = (
        _HEAD.format(date="2026-05-06")
        + """§ 30 Svar på motion om cykelparkering vid stationen
Dnr BN 2026/20
Tekniska nämnden har yttrat sig och tillstyrker motionen.
Nämndens förslag till kommunfullmäktige
Byggnadsnämnden föreslår kommunfullmäktige att bifalla motionen.

§ 31 Motion om belysning i Ekparken – anstånd
Dnr BN 2026/21
Tekniska förvaltningen har begärt anstånd med yttrandet.
Beslut
Anstånd beviljas till 2026-06-30.
"""
    )
    import_text(store, tmp_path, "m1.txt", first)
    items = {it.title: it for it in store.list_items(ItemFilter())}
    bike = next(it for t, it in items.items() if "cykelparkering" in t)
    light = next(it for t, it in items.items() if "belysning" in t)
    plan = plan_text(store, tmp_path, "m2.txt", later)
    closed = {e.match_id for e in plan.entries if e.accepted and e.action == "close"}
    updated = {e.match_id for e in plan.entries if e.accepted and e.action == "update"}
    assert bike.id in closed
    assert light.id not in closed and light.id in updated


def test_the_sentence_that_closes_speaks_for_the_arende_before_one_handing_it_on(
    store: Store, tmp_path: Path
) -> None:
    first = (
        _HEAD.format(date="2026-02-04")
        + """§ 9 Lokaler för hemtjänsten i Byn
Dnr BN 2026/30
Beslut
Nämnden ger förvaltningen i uppdrag att redovisa alternativ för hemtjänstens lokaler.
"""
    )
    later = (
        _HEAD.format(date="2026-05-06")
        + """§ 33 Redovisning av uppdrag – lokaler för hemtjänsten i Byn
Dnr BN 2026/30

Sammanfattning
Förvaltningen redovisar två alternativ: att bygga om Bykontoret eller hyra i centrum.

Beslut
Nämnden godkänner redovisningen och uppdraget är därmed slutfört.
Nämnden förordar ombyggnad av Bykontoret och överlämnar ärendet
till kommunstyrelsen för beslut om investering.
"""
    )
    import_text(store, tmp_path, "l1.txt", first)
    (old,) = store.list_items(ItemFilter())
    plan = plan_text(store, tmp_path, "l2.txt", later)
    done = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert [e.match_id for e in done] == [old.id]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Ekonomichefen redovisar prognosen för bostadsbidragen: 12 mnkr.", True),
        ("Prognos. Ekonomichefen presenterar prognosen. Informationen noteras.", True),
        # someone else reports, or the answer is still to come
        ("Kommundirektören redovisar prognosen för bostadsbidragen.", False),
        ("Ekonomichefen redovisar läget; prognosen kvarstår till mars.", False),
    ],
)
def test_the_promised_answer_given_by_its_owner(text: str, given: bool) -> None:
    title = "Ekonomichefen återkommer med prognos för bostadsbidragen"
    item = ItemRow(
        id=3, title=title, text=title, kind="awaiting_reply", status="open",
        owner="Ekonomichefen", raised_by=None, due=None, due_text=None, due_precision=None,
        start=None, deviation=None, body="KSAU", section=None, page=1, line=5, evidence=title,
        document_id=1, document_file="1.txt", document_path=None, meeting_id=1,
        created_at="", updated_at="", version=1, last_note=None,
    )  # fmt: skip
    assert link_effects.answer_given(text, item) is given
