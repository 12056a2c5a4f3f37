"""The features of a sentence's surroundings for the scorer (clause_context): the
sentences around it, its matter, the document's kind, the deadline's distance from the
meeting and the owner's kind.  Sentences written here, in our own words."""

from __future__ import annotations

import datetime as dt

from tests.extract.minutes_helpers import run
from tracker.extract import possible
from tracker.extract.clause_context import (
    document_features,
    due_features,
    heading_stems,
    owner_features,
)
from tracker.extract.clauses import analyse
from tracker.extract.sections import Section

REF = dt.date(2024, 3, 12)


def _features(text: str, start: str) -> list[str]:
    with possible.unscored():
        ex = run(text)
    found = [c for c in ex.possible if c.text.startswith(start)]
    assert found, [c.text for c in ex.possible]
    reason = next(r for r in found[0].reasons if r.startswith(possible.FEATURES_PREFIX))
    return reason.removeprefix(possible.FEATURES_PREFIX).split()


def test_the_documents_kind_is_read_from_its_headings() -> None:
    def sec(number: str | None) -> Section:
        return Section(number=number, title="Rubrik", page=1, line=1)

    assert document_features([sec("§ 4"), sec("§ 5"), sec(None)])[0] == "doc:para"
    assert document_features([sec("4"), sec("5")])[0] == "doc:numbered"
    assert document_features([sec(None), sec(None), sec("1")]) == ["doc:plain", "doc:matters:1-3"]
    assert document_features([sec(None)] * 12)[1] == "doc:matters:11+"


def test_the_deadline_is_read_in_days_after_the_meeting() -> None:
    def due(sentence: str) -> list[str]:
        return due_features(analyse(sentence, REF, None), REF)

    assert due("Kassören ska skicka fakturan senast den 20 mars 2024.") == ["due:0-31"]
    assert due("Förvaltningen ska redovisa utredningen senast den 1 juni 2024.") == ["due:32-92"]
    assert due("Planen ska vara klar till den 1 december 2024.") == ["due:93-366"]
    assert due("Kassören ska skicka fakturan.") == []
    assert (
        due_features(analyse("Kassören ska skicka fakturan senast 20 mars 2024.", REF, None), None)
        == []
    )


def test_the_owners_kind() -> None:
    assert owner_features("Anna Berg") == ["own:person"]
    assert owner_features("Kommunstyrelsen") == ["own:body"]
    assert owner_features("Förvaltningen") == ["own:body"]
    assert owner_features(None) == ["own:none"]


def test_the_headings_words_are_stems() -> None:
    assert heading_stems("§ 7 Uppföljning av budgeten 2024") == ["h:uppföljning", "h:budget"]


def test_a_sentence_is_described_by_its_neighbours() -> None:
    text = (
        "Kulturnämnden\nProtokoll 2024-03-12\n\n§ 5 Biblioteket\n"
        "Taket i läsesalen läcker sedan snöovädret.\n"
        "Anna Berg berättade om läckan vid mötet i förra veckan.\n\n"
        "§ 6 Fritidsgården\nBesökarna har blivit fler under vintern.\n"
    )
    first = _features(text, "Taket")
    assert "prev:none" in first and "next:person" in first and "secn:2-3" in first
    assert "doc:para" in first
    second = _features(text, "Anna Berg")
    assert "next:none" in second and "prev:none" not in second
    alone = _features(text, "Besökarna")
    assert {"prev:none", "next:none", "secn:1"} <= set(alone)
