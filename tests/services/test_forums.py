"""Forums have an organisation and aliases (issue 18): managed in one place, resolved the
same way everywhere, and two förvaltningar's forums of one name never mix on import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.domain import Candidate, DocumentInfo, Extraction, Meeting
from tracker.services import balance, meetings
from tracker.store import Store

HA = "Förvaltningsgruppen Hägersten-Älvsjö"
SK = "Förvaltningsgruppen Skärholmen"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path)
    yield s
    s.close()


def test_save_forum_sets_organisation_and_exactly_its_aliases(store: Store) -> None:
    balance.add_item(store, title="Lokalfrågan", body=HA)
    meetings.save_forum(store, HA, "Hägersten-Älvsjö stadsdelsförvaltning", ["FVG HÄ", "HÄ-FVG"])
    [f] = meetings.forums(store)
    assert (f.name, f.organisation) == (HA, "Hägersten-Älvsjö stadsdelsförvaltning")
    assert f.aliases == ["FVG HÄ", "HÄ-FVG"]
    assert meetings.canonical_body(store, "fvg hä") == HA
    meetings.save_forum(store, HA, "Hägersten-Älvsjö stadsdelsförvaltning", ["HÄ-FVG"])
    assert meetings.forums(store)[0].aliases == ["HÄ-FVG"]
    assert meetings.canonical_body(store, "FVG HÄ") == "FVG HÄ"  # forgotten


def _minutes(organisation: str) -> Extraction:
    return Extraction(
        document=DocumentInfo(file="fvg.txt", sha256=f"{abs(hash(organisation)):064d}"[:64],
                              format="txt", pages=1, kind="minutes"),
        meeting=Meeting(body="Förvaltningsgruppen", organisation=organisation,
                        date=dt.date(2024, 3, 12)),
        items=[Candidate(title="Schemaläggningen i hemtjänsten", text="…", kind="carried_over")],
    )  # fmt: skip


def test_two_forvaltningars_fvg_do_not_mix(store: Store) -> None:
    balance.add_item(store, title="Lokalfrågan", body=HA)
    balance.add_item(store, title="Parkeringen", body=SK)
    meetings.save_forum(store, HA, "Hägersten-Älvsjö stadsdelsförvaltning", [])
    meetings.save_forum(store, SK, "Skärholmens stadsdelsförvaltning", [])
    plan = balance.plan_import(store, _minutes("Skärholmens stadsdelsförvaltning"))
    assert plan.body == SK
    plan = balance.plan_import(store, _minutes("Hägersten-Älvsjö stadsdelsförvaltning"))
    assert plan.body == HA
    # An organisation no forum has: the name as the minutes give it.
    plan = balance.plan_import(store, _minutes("Kista stadsdelsförvaltning"))
    assert plan.body == "Förvaltningsgruppen"
