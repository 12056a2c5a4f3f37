"""Meeting rows (find-or-create, fill only empty facts) and the next-meeting guess."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.domain import Person
from tracker.services.meetings import canonical_body, ensure_meeting, suggest_next_meeting
from tracker.store import Store

D = dt.date


@pytest.fixture
def store(db_path: Path) -> Store:
    s = Store.open(db_path)
    yield s
    s.close()


def test_ensure_meeting_creates_then_reuses_and_fills(store: Store) -> None:
    m = ensure_meeting(
        store, "Förvaltningsgruppen", D(2024, 3, 12), time="13:00",
        present=[Person("Lars Wennberg", "Stadsdelsförvaltningen", "avdelningschef")],
    )  # fmt: skip
    assert m.present == [
        {"name": "Lars Wennberg", "organisation": "Stadsdelsförvaltningen",
         "role": "avdelningschef"}
    ]  # fmt: skip
    again = ensure_meeting(
        store, "förvaltningsgruppen", D(2024, 3, 12), time="14:00", place="Paddan"
    )
    assert again.id == m.id
    # The entered time is kept; the missing place is filled in.
    assert (again.time, again.place) == ("13:00", "Paddan")
    other = ensure_meeting(store, "Förvaltningsgruppen", D(2024, 4, 9))
    assert other.id != m.id
    undated_1 = ensure_meeting(store, "APT", None)
    undated_2 = ensure_meeting(store, "APT", None)
    assert undated_1.id != undated_2.id
    with pytest.raises(ValueError):
        ensure_meeting(store, "APT", D(2024, 1, 1), colour="blå")


@pytest.mark.parametrize(
    ("dates", "next_meeting", "today", "expected"),
    [
        # The stated next meeting wins when it lies ahead.
        ([D(2024, 3, 12)], D(2024, 4, 9), D(2024, 3, 20), D(2024, 4, 9)),
        # A four-week rhythm carried past today.
        ([D(2024, 1, 16), D(2024, 2, 13), D(2024, 3, 12)], None, D(2024, 3, 20),
         D(2024, 4, 9)),
        ([D(2024, 1, 16), D(2024, 2, 13), D(2024, 3, 12)], None, D(2024, 5, 1),
         D(2024, 5, 7)),
        # One meeting and no stated next one: no guess.
        ([D(2024, 3, 12)], None, D(2024, 3, 20), None),
        ([], None, D(2024, 3, 20), None),
    ],
)  # fmt: skip
def test_suggest_next_meeting(
    store: Store, dates: list, next_meeting: dt.date | None, today: dt.date,
    expected: dt.date | None,
) -> None:  # fmt: skip
    for d in dates:
        nm = next_meeting if d == dates[-1] else None
        ensure_meeting(store, "Förvaltningsgruppen", d, next_meeting=nm)
    assert suggest_next_meeting(store, "Förvaltningsgruppen", today=today) == expected
    assert suggest_next_meeting(store, None, today=today) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("FVG", "Förvaltningsgruppen"),  # shipped alias list
        ("  samverkansgruppen ", "SVG"),
        ("Socialnämnden", "Socialnämnden"),  # unknown: as given
        ("", None),
        (None, None),
        ("HÄ-gruppen", "Hägersten-Älvsjö FVG"),  # the secretary's own alias wins
    ],
)
def test_canonical_body(store: Store, name: str | None, expected: str | None) -> None:
    store.set_alias("HÄ-gruppen", "Hägersten-Älvsjö FVG", "body")
    assert canonical_body(store, name) == expected
