"""Promises of a later answer or delivery that the phrase rules read as open items
(issue 16: without an item, the later "Lokalfrågan: … avslutas" had nothing to close):
"svarar till nästa möte", a presentation promised for a named time, "köper in … till",
and the look-alikes that report what was done at the meeting."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import open_items, run

HEAD = """Minnesanteckningar förvaltningsgruppen 2025-03-04

Närvarande: Arbetsgivaren: Ulla Berg; Vision: Rasmus Ek; Kommunal: Tove Lind

4. Frågor
"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vision: Fråga om parkeringen vid äldreboendet. Arbetsgivaren svarar till nästa möte.",
         "awaiting_reply"),
        ("Kommunal frågar om arbetskläder för kökspersonalen. Arbetsgivaren svarar på frågan "
         "vid nästa förvaltningsgrupp.", "awaiting_reply"),
        ("Vision: Uppföljning av friskvårdsbidraget. Arbetsgivaren presenterar en ny modell i "
         "september.", "action"),
        ("Tove påtalar att brandfiltar saknas i köket. Ulla köper in två filtar till 15 april.",
         "action"),
    ],
)  # fmt: skip
def test_a_promised_answer_or_delivery_is_an_item(text: str, kind: str) -> None:
    [item] = open_items(run(HEAD + text + "\n"))
    assert item.kind == kind and item.due_text  # when: a date or "nästa möte"


@pytest.mark.parametrize(
    "text",
    [
        # Answered at the meeting.
        "Vision frågar om parkeringen. Arbetsgivaren svarar att den är avgiftsfri.",
        # A presentation given at the meeting; the date tells when the change applies.
        "Ulla presenterar förslaget till nytt schema. Parterna är eniga och schemat gäller "
        "från v. 12.",
    ],
)
def test_what_was_done_at_the_meeting_is_no_item(text: str) -> None:
    assert open_items(run(HEAD + text + "\n")) == []
