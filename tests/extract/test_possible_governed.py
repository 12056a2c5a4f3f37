"""A clause offered only for the verb its obligation marker governs ("Grusplanen behöver
sladdas", a verb of no class of the lexicon) is tiered by the scorer like any other
clause candidate, and says which verb made it.  Texts written for these tests."""

from __future__ import annotations

from tests.extract.minutes_helpers import run

HEAD = "Protokoll styrelsemöte 2024-04-02\nNärvarande: Eva Lind, Per Holm, Ali Berg\n\n"


def test_a_governed_verb_is_offered_with_its_reason() -> None:
    ex = run(HEAD + "Att göra\n- Grusplanen vid klubbstugan behöver sladdas.\n")
    found = [c for c in [*ex.items, *ex.possible] if "sladdas" in c.text]
    assert len(found) == 1
    assert "verb efter markören: sladdas" in found[0].reasons  # (--explain shows why)
    assert not any("bara markörens verb" in r for r in found[0].reasons)


def test_its_tier_is_the_scorers() -> None:
    # (under "Att göra" as a bullet the scorer checks it: no cap keeps it possible)
    ex = run(HEAD + "Att göra\n- Grusplanen vid klubbstugan behöver sladdas.\n")
    found = [c for c in [*ex.items, *ex.possible] if "sladdas" in c.text]
    score = next(r for r in found[0].reasons if r.startswith("lärd modell"))
    assert (found[0].tier == "confident") == ("≥" in score)
