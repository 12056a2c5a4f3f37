"""A clause offered only for the verb its obligation marker governs ("Grusplanen behöver
sladdas", a verb of no class of the lexicon) is shown unchecked, never checked on the
scorer's word.  Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import run
from tracker.extract import scorer

HEAD = "Protokoll styrelsemöte 2024-04-02\nNärvarande: Eva Lind, Per Holm, Ali Berg\n\n"


def test_a_governed_verb_is_offered_as_a_possible_item(monkeypatch: pytest.MonkeyPatch) -> None:
    # A model that checks every candidate: the scorer alone would check it
    monkeypatch.setattr(scorer, "model", lambda: scorer.Model({}, 9.0, 0.5, 0.3))
    ex = run(HEAD + "Att göra\n- Grusplanen vid klubbstugan behöver sladdas.\n")
    found = [c for c in [*ex.items, *ex.possible] if "sladdas" in c.text]
    assert [c.tier for c in found] == ["possible"]
    assert any("bara markörens verb" in r for r in found[0].reasons)
    assert "verb efter markören: sladdas" in found[0].reasons  # (--explain shows why)
