"""Candidate ↔ open item: the normalisation of tracker.services.matching (the linker's
pre-selection of a long list), and the cases the old whole-text matcher was written
for, now answered by the linker (tracker.services.linking) that the import and the
hand-added items share."""

from __future__ import annotations

import pytest

from tracker.services import linking
from tracker.services.matching import normalise
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
    [link] = linking.link_all([candidate], items)
    if expected is None:
        assert not link.sure
    else:
        assert link.item_id == expected and link.sure


def test_owner_agreement_decides_between_similar_items() -> None:
    items = [
        item(1, "Återkoppling om schemaläggning", owner="Kommunal"),
        item(2, "Återkoppling om schemaläggning", owner="Arbetsgivaren"),
    ]
    [link] = linking.link_all([cand("Schemaläggning återkoppling", owner="Arbetsgivaren")], items)
    assert link.item_id == 2
    # Alike but for the owner: offered with the other, not applied by itself.
    assert [o.item_id for o in link.options] == [2, 1] and not link.sure


def test_each_item_is_matched_once() -> None:
    items = [item(1, "Heltidsresan inom äldreomsorgen")]
    links = linking.link_all([cand("Heltidsresan"), cand("Heltidsresan inom äldreomsorgen")], items)
    # The better candidate wins the item; the other is linked to nothing.
    assert [ln.item_id for ln in links] == [None, 1]


def test_empty_inputs() -> None:
    assert linking.link_all([], [item(1, "x")]) == []
    [link] = linking.link_all([cand("Något")], [])
    assert (link.item_id, link.options) == (None, [])
