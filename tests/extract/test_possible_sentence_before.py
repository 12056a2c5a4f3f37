"""A possible item that goes on with the matter of the sentence before it gets that
sentence as context, as a confident item does (``mention_passages.annotate``): kept
unchecked, a later "Punkten stryks" about the proposal names it by those words.  One
that brings up a matter of its own does not: the sentence before is another matter's.
Texts written for these tests."""

from __future__ import annotations

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract

HEAD = """Minnesanteckningar Förvaltningsgruppen (FVG)
Datum: 2024-03-01

Övriga frågor
"""


def _possible(text: str, start: str):
    ex = extract(doc_from_text(HEAD + text))
    (found,) = [c for c in ex.possible if c.text.startswith(start)]
    assert found.tier == "possible"
    return found


def test_a_possible_item_going_on_with_the_sentence_before_holds_it() -> None:
    found = _possible(
        "Förslag till reviderad rutin för hot och våld i arbetet presenteras.\n"
        "Förslaget skickas ut till de fackliga organisationerna för synpunkter.\n"
        "Kommunal tar upp frågan om parkeringen.\n",
        "Förslaget skickas ut",
    )
    assert (found.evidence or "").startswith(
        "Förslag till reviderad rutin för hot och våld i arbetet presenteras. Förslaget"
    )
    # Its own sentence and title are left as they were.
    assert found.title.startswith("Förslaget skickas ut till de fackliga")


def test_a_possible_item_of_its_own_matter_does_not_take_the_sentence_before() -> None:
    found = _possible(
        "Stefan tog upp att packningen på diskmaskinen i grovdisken läcker.\n"
        "Kylrummen har inte haft skyddsrond sedan 2023, vi bokar in en.\n"
        "Kommunal tar upp frågan om parkeringen.\n",
        "Kylrummen",
    )
    assert "packningen" not in (found.evidence or "")
