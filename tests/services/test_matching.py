"""Candidate ↔ open item matching: normalisation, scores, one-to-one assignment."""

from __future__ import annotations

import pytest

from tracker.services.matching import MATCH_THRESHOLD, match_candidates, normalise
from tracker.store import ItemRow

from .helpers import cand


def item(item_id: int, title: str, text: str = "", owner: str | None = None,
         section: str | None = None) -> ItemRow:  # fmt: skip
    return ItemRow(
        item_id, title, text, "carried_over", "open", owner, None, None, None, None, None,
        None, "Förvaltningsgruppen", section, None, None, None, None, None, None, None,
        "2024-03-12T13:00:00+01:00", "2024-03-12T13:00:00+01:00", 1, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Arbetsmiljön på förskolorna", "arbetsmiljö i förskolor"),
        ("Frågan lämnas som kvarstående: Heltidsresan!", "heltidsresan"),
        ("SSR:s fråga om handlingsplanen", "SSR frågor, handlingsplan"),
    ],
)
def test_normalise_makes_variants_equal(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    ("candidate", "items", "expected"),
    [
        # A short closing sentence about a longer item.
        (cand("Handlingsplanen", "Frågan om arbetsgruppen för handlingsplanen avslutas."),
         [item(1, "Arbetsgruppen för handlingsplanen",
               "SSR frågar när facken bjuds in till arbetsgruppen för handlingsplanen."),
          item(2, "Lönekartläggning")], 1),
        # Inflected forms.
        (cand("Arbetsmiljön på förskolorna"), [item(7, "Arbetsmiljö i förskolor")], 7),
        # A short heading in the later minutes whose words occur in the item's text.
        (cand("Enhetssamverkan på familjerätten",
              "Vision har ännu inte haft möjlighet att utse ombud. Vision återkommer i "
              "september.", owner="Vision"),
         [item(4, "Vision är inte redo att starta enhetssamverkan på familjerätten riktigt "
               "ännu, men i april-maj", owner="Vision"),
          item(5, "Sveriges Lärare menar att det är svårt med tider för skyddsronder")], 4),
        # Nothing alike: no match.
        (cand("Ventilationen på Telefonplan"), [item(1, "Friskvårdsbidrag och padel")], None),
        # A single shared word is not enough.
        (cand("Budget för förskolan 2025", "Ekonomichefen redovisar budgeten."),
         [item(1, "Arbetsmiljön i förskolan", "Skyddsombuden vill se en plan.")], None),
    ],
)  # fmt: skip
def test_match(candidate, items, expected) -> None:
    [res] = match_candidates([candidate], items)
    assert res.match_id == expected
    if expected is not None:
        assert res.score >= MATCH_THRESHOLD


def test_owner_agreement_decides_between_similar_items() -> None:
    items = [
        item(1, "Återkoppling om schemaläggning", owner="Kommunal"),
        item(2, "Återkoppling om schemaläggning", owner="Arbetsgivaren"),
    ]
    [res] = match_candidates([cand("Schemaläggning återkoppling", owner="Arbetsgivaren")], items)
    assert res.match_id == 2
    assert [a[0] for a in res.alternatives] == [1]


def test_each_item_is_matched_once() -> None:
    items = [item(1, "Heltidsresan inom äldreomsorgen")]
    results = match_candidates(
        [cand("Heltidsresan"), cand("Heltidsresan inom äldreomsorgen")], items
    )
    # The better candidate wins the item; the other becomes new with it as alternative.
    assert [r.match_id for r in results] == [None, 1]
    assert results[0].alternatives[0][0] == 1


def test_empty_inputs() -> None:
    assert match_candidates([], [item(1, "x")]) == []
    [res] = match_candidates([cand("Något")], [])
    assert (res.match_id, res.alternatives) == (None, [])
