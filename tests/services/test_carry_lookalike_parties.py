"""Carry-over on invented minutes: a closing about a plan does not close another matter
that shares only the plan's first part ("Seniorplanen" / "seniorer …") or the
organisation that raised both."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.services.link_words import names_itself, words
from tracker.store import Store

_FIRST = """PROTOKOLL
Kommunala pensionärsrådet
2026-03-05

1. Mötets öppnande
Ordföranden öppnar mötet.

2. Remiss: Seniorplan för kommunen 2026–2029
Förvaltningen presenterar förslaget till seniorplan. Organisationerna får lämna
skriftliga synpunkter på planen senast den 15 april 2026.

3. Färdtjänst
SPF tar upp att många seniorer i Norrby har svårt att boka färdtjänst på helger.
Förvaltningen utreder frågan och återkommer till rådet med besked.

4. Nästa möte
2026-05-07.
"""

_SECOND = """PROTOKOLL
Kommunala pensionärsrådet
2026-05-07

1. Mötets öppnande
Ordföranden öppnar mötet.

2. Uppföljning
Seniorplanen: SPF och PRO har lämnat gemensamma synpunkter den 10 april. Punkten är
därmed klar.

3. Nästa möte
2026-09-10.
"""


def test_organisations_that_raise_matters_are_no_words_of_a_matter() -> None:
    assert words("SPF och PRO tar upp färdtjänsten") == ["färdtjänsten"]


def test_a_plan_is_only_a_part_of_its_first_word() -> None:
    assert words("Seniorplanen") == ["seniorplanen"]
    assert not names_itself("seniorplanen", "seniorer")


def test_closing_the_plan_does_not_close_the_question_raised_by_the_same_party(
        tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", _FIRST)
        plan = plan_text(store, tmp_path, "2.txt", _SECOND)
        closed = [e.match_title or "" for e in plan.entries
                  if e.accepted and e.action == "close"]  # fmt: skip
        assert not any("färdtjänst" in t for t in closed)
    finally:
        store.close()
