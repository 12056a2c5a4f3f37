"""A possible item gets the sentence before it as context, as a confident item does
(``mention_passages.annotate``): "Tekniska förvaltningen ombeds svara till nästa möte"
answers the question about benches on the line before, and a later "Bänkarna är
utbytta" names it by those words.  Text written for this test."""

from __future__ import annotations

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract

TEXT = """Minnesanteckningar Förvaltningsgruppen (FVG)
Datum: 2024-03-01

Övriga frågor
Vision frågar om bänkarna vid stadshusets entré kan bytas ut.
Tekniska förvaltningen ombeds svara till nästa möte.
Kommunal tar upp frågan om parkeringen.
"""


def test_a_possible_item_holds_the_sentence_before_it() -> None:
    ex = extract(doc_from_text(TEXT))
    (answer,) = [c for c in ex.possible if c.text.startswith("Tekniska förvaltningen ombeds")]
    assert answer.tier == "possible"
    assert (answer.evidence or "").startswith(
        "Vision frågar om bänkarna vid stadshusets entré kan bytas ut. Tekniska förvaltningen"
    )
    # Its own sentence and title are left as they were.
    assert answer.title == "Tekniska förvaltningen ombeds svara till nästa möte"
