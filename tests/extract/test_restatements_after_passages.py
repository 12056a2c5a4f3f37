"""A point whose matter is said in the sentence before it restates a row of the action
list by those words: one item, the row's (tracker.extract, after the passages)."""

from __future__ import annotations

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract


def test_a_point_naming_its_matter_in_the_sentence_before_is_the_action_rows_item():
    ex = extract(doc_from_text(
        "Minnesanteckningar APT köket 2025-03-05\n"
        "Närvarande: Jenny, Stefan, Aisha\n"
        "\n"
        "3 Arbetsmiljö\n"
        "Kaffemaskinen i personalrummet är gammal och går sönder hela tiden. Stefan tar in "
        "en offert på en "
        "ny.\n"
        "\n"
        "4 Åtgärdslista\n"
        "Vad | Vem | När | Status\n"
        "Offert på ny kaffemaskin till personalrummet | Stefan | v. 14 | Ej påbörjad\n"
    ))
    about = [it for it in ex.items if "offert" in it.text.casefold()]
    assert len(about) == 1, [it.text for it in ex.items]
    assert about[0].title.startswith("Offert på ny kaffemaskin")
