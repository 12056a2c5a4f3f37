"""Clause families of informal minutes and of protocols that no single phrase names (issue
14): a person's own present-tense deed, with a bracketed qualifier after the name; telling
someone outside the meeting as a deed; a second verb that shares the first one's subject.
Sentences written here, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import open_items, run
from tracker.extract.clauses import analyse, coordinated_owner, is_possible, person_actions

REF = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "who", "verb"),
    [
        # a qualifier in brackets after the name or the role is no part of the deed
        ("Gustav Lind (Norrby) tar hand om grusningen av infarten.", "Gustav Lind", "tar"),
        ("Sekreteraren (tf.) bokar lokalen till årsmötet.", "Sekreteraren", "bokar"),
        ("Eva Strand (S) kontaktar hyresvärden om nycklarna.", "Eva Strand", "kontaktar"),
        # telling someone outside the meeting is something to do
        ("Mona meddelar Vägverket.", "Mona", "meddelar"),
        ("Ordföranden informerar grannföreningen per brev.", "Ordföranden", "informerar"),
    ],
)
def test_a_persons_present_tense_deed_is_an_action(sentence: str, who: str, verb: str) -> None:
    assert [(w, v) for w, v, _ in person_actions(sentence, frozenset())] == [(who, verb)]
    c = analyse(sentence, REF, None)
    assert is_possible(c) and c.agent == who and c.kind == "action"


@pytest.mark.parametrize(
    "sentence",
    [
        # what is told in the meeting is information, not a deed
        "Mona meddelar att bidraget har betalats ut.",
        "Ordföranden informerar om läget i upphandlingen.",
        "Mona informerar Vägverket om skadan.",  # told about something: an om-clause
        "Kassören informerar styrelsen.",  # the meeting itself is the one told
        "Kassören meddelar kort.",
        # a member named with a party in a protocol takes part in the decision
        "Lars Holm (C) bifaller arbetsutskottets förslag.",
        "Sara Lund (MP) återredovisar från besöket på äldreboendet.",
    ],
)
def test_telling_or_deciding_in_the_meeting_stays_information(sentence: str) -> None:
    assert person_actions(sentence, frozenset()) == []


@pytest.mark.parametrize(
    ("sentence", "verb", "who"),
    [
        ("Bosse ringer elfirman och återkommer med ett datum.", "återkommer", "Bosse"),
        ("Lindgren kollar priserna på nya bord och återkommer.", "återkommer", "Lindgren"),
        ("Kajsa Berg (kassör) tittar på avgifterna, sedan återkommer.", "återkommer",
         "Kajsa Berg"),
    ],
)
def test_a_joined_second_verb_has_the_first_ones_subject(
    sentence: str, verb: str, who: str
) -> None:
    assert coordinated_owner(sentence, sentence.index(verb), frozenset()) == who


def test_a_second_verb_after_a_new_sentence_or_without_a_join_has_no_owner() -> None:
    text = "Bosse ringer elfirman. Styrelsen återkommer i frågan."
    assert coordinated_owner(text, text.index("återkommer"), frozenset()) is None
    text = "Bosse ringer elfirman men styrelsen återkommer i frågan."
    assert coordinated_owner(text, text.index("återkommer"), frozenset()) is None


def test_a_rule_item_on_a_joined_second_verb_is_owned_by_the_first_verbs_subject() -> None:
    ex = run(
        "Styrelsemöte 2024-03-12\n\n"
        "§ 5 Nya bord till klubbhuset\n"
        "Lindgren kollar vad nya bord kostar och återkommer med ett förslag.\n"
    )
    items = [it for it in open_items(ex) if "återkommer" in it.text]
    assert [it.owner for it in items] == ["Lindgren"]
