"""The carry-over benchmark runs and meets its targets on the written series (a
regression guard: bench/README.md has the figures and how they were measured)."""

from __future__ import annotations

from bench import accuracy_carryover


def test_carryover_targets_hold() -> None:
    figures = accuracy_carryover.measure()
    assert figures["carry_series"] >= 20
    assert figures["carry_links_right"] >= 0.9
    assert figures["carry_wrong_closes"] == 0
    assert figures["carry_duplicates"] == 0
