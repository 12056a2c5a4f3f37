"""The prose between a document's title block and its first heading (a summary page
whose one heading comes at the end, notes whose first heading comes late) is the body's
first paragraphs, not the title block: the clause analysis reads it as a section's
sentences, offered as possible only.  Documents written here, in our own words."""

from __future__ import annotations

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract
from tracker.extract.possible import FEATURES_PREFIX
from tracker.extract.sections import structure

_SUMMARY = (
    "Beslut i korthet - fritidsnämnden 4 mars 2025\n\n"
    "Fritidsnämnden beslutade att godkänna verksamhetsberättelsen för föregående år. "
    "Förvaltningen ska ta fram en plan för nya spontanidrottsplatser till juni.\n\n"
    "Kontakt\n"
    "Ring växeln för frågor om besluten.\n"
)


def test_prose_after_the_title_block_is_read_apart_from_it() -> None:
    st = structure(doc_from_text(_SUMMARY))
    assert st.lead_in is not None
    texts = [s.text for s in st.lead_in.sentences]
    assert texts[0].startswith("Fritidsnämnden beslutade att godkänna")
    assert st.preamble is not None
    assert [s.text for s in st.preamble.sentences] == [
        "Beslut i korthet - fritidsnämnden 4 mars 2025"]


def test_an_attendance_block_and_a_web_page_to_its_reader_open_no_body() -> None:
    text = ("Protokoll styrelsemöte 2025-03-04\n\n"
            "Närvarande: Anna Berg, Per Ek, Lisa Holm och Olof Strand från föreningen.\n\n"
            "Här kan du läsa protokollen från våra möten under hela året som gått.\n\n"
            "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert structure(doc_from_text(text)).lead_in is None


def test_its_obligation_is_offered_as_possible_with_the_clause_features() -> None:
    result = extract(doc_from_text(_SUMMARY))
    plan = [c for c in result.possible if "spontanidrottsplatser" in (c.text or "")]
    assert plan, [c.title for c in result.possible]
    feats = next(r for r in plan[0].reasons if r.startswith(FEATURES_PREFIX)).split()
    assert "lead_in" in feats
    assert "wide" not in feats and "preamble" not in feats
    assert not any("spontanidrottsplatser" in (it.text or "") for it in result.items)
