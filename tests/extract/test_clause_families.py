"""Clause families of informal minutes and of protocols that no single phrase names (issue
14): a person's own present-tense deed, with a bracketed qualifier after the name; telling
someone outside the meeting as a deed; a second verb that shares the first one's subject;
a referral told in the decided or the perfect form; the rules' nouns in every form.
Sentences written here, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import open_items, run
from tracker.extract.clause_lexicon import expand_nouns, noun_forms
from tracker.extract.clauses import analyse, coordinated_owner, is_possible, person_actions
from tracker.extract.phrases import rules

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


# --- referral in the decided or the perfect form ----------------------------------------

KS = "Protokoll kommunstyrelsen\nSammanträdesdatum 2024-03-12\n\n"
KF = "Protokoll kommunfullmäktige\nSammanträdesdatum 2024-03-12\n\n"


def _referred(ex) -> list[tuple[str, str | None]]:
    return [(it.kind, it.owner) for it in open_items(ex) if it.kind == "referred"]


def test_a_decision_to_propose_to_another_body_is_referred_to_it() -> None:
    ex = run(KS + "§ 14 Ny taxa för hemtjänst\n"
             "Kommunstyrelsen beslutar att föreslå kommunfullmäktige att anta den nya taxan.\n")
    assert _referred(ex) == [("referred", "Kommunfullmäktige")]


def test_a_proposal_to_the_meetings_own_body_is_its_history() -> None:
    ex = run(KF + "§ 31 Ny taxa för hemtjänst\n"
             "Kommunstyrelsen beslutade att föreslå kommunfullmäktige att anta den nya taxan.\n"
             "Beslut\nTaxan antas.\n")
    assert _referred(ex) == []


def test_a_referral_the_receiving_body_decides_in_the_same_matter_is_settled() -> None:
    ex = run(KS + "§ 15 Parkeringsregler vid stationen\n"
             "Kommunstyrelsen beslutar att föreslå tekniska nämnden att ändra reglerna. "
             "Tekniska nämnden har yttrat sig och tillstyrker ändringen.\n")
    assert _referred(ex) == []
    # (without that sentence the matter is the nämnd's)
    ex = run(KS + "§ 15 Parkeringsregler vid stationen\n"
             "Kommunstyrelsen beslutar att föreslå tekniska nämnden att ändra reglerna. "
             "Reglerna gäller från maj.\n")
    assert _referred(ex) == [("referred", "Tekniska nämnden")]


def test_a_matter_that_has_gone_on_for_preparation_is_referred() -> None:
    ex = run(KS + "§ 16 Inkomna medborgarförslag\n"
             "Fyra nya medborgarförslag om lekplatser har kommit in. "
             "Förslagen har nu gått vidare till fritidsnämnden för beredning.\n")
    assert ("referred", "Fritidsnämnden") in _referred(ex)


# --- the nouns of the rules, inflected from the lexicon ----------------------------------


@pytest.mark.parametrize(
    ("noun", "forms"),
    [
        ("fråga", ["fråga", "frågan", "frågor", "frågorna"]),
        ("uppdrag", ["uppdrag", "uppdraget", "uppdrag", "uppdragen"]),
        ("ärende", ["ärende", "ärendet", "ärenden", "ärendena"]),
        ("skrivelse", ["skrivelse", "skrivelsen", "skrivelser", "skrivelserna"]),
        ("förhandling", ["förhandling", "förhandlingen", "förhandlingar", "förhandlingarna"]),
        ("ansökan", ["ansökan", "ansökan", "ansökningar", "ansökningarna"]),  # written out
    ],
)
def test_a_rule_noun_is_declined_from_its_gender(noun: str, forms: list[str]) -> None:
    assert list(noun_forms(noun).values()) == forms


def test_a_noun_placeholder_stands_for_the_forms_it_names() -> None:
    assert sorted(expand_nouns("{DEF:fråga,uppdrag}")[3:-1].split("|")) == [
        "frågan", "frågorna", "uppdragen", "uppdraget"]
    assert sorted(expand_nouns("{PL:punkt}")[3:-1].split("|")) == ["punkter", "punkterna"]


def test_phrase_rules_hold_no_placeholder_unexpanded() -> None:
    compiled, ignores, _ = rules()
    assert not any("{DEF:" in r.regex.pattern or "{PL:" in r.regex.pattern for r in compiled)
    assert not any("{PL:" in p.pattern for p in ignores)


def test_a_rule_reads_the_plural_of_its_noun_as_the_singular() -> None:
    ex = run(KS + "§ 17 Skrivelser om cykelvägar\n"
             "Ärendena lämnas vidare till tekniska nämnden.\n")
    assert _referred(ex) == [("referred", "Tekniska nämnden")]


def test_a_referral_in_a_matter_that_closes_here_is_no_item() -> None:
    # a motion tabled before is answered: the matter on this body's list closes here
    ex = run(KS + "§ 18 Bordlagt ärende från föregående sammanträde: Motion om fler "
             "parkbänkar\nKommunstyrelsen beslutar\n"
             "att föreslå kommunfullmäktige att bifalla motionen i den del som avser bänkarna,\n"
             "att i övrigt anse motionen besvarad.\n")
    assert _referred(ex) == []
    assert "done" in [it.status for it in ex.items]


def test_a_referral_and_its_answer_run_into_one_sentence_close_the_matter() -> None:
    # a PDF may join the two att-clauses into one line: still answered here
    ex = run(KS + "§ 18 Bordlagt ärende från föregående sammanträde: Motion om fler "
             "parkbänkar\nKommunstyrelsen beslutar\n"
             "att föreslå kommunfullmäktige att bifalla motionen i den del som avser bänkarna, "
             "att i övrigt anse motionen besvarad.\n")
    assert _referred(ex) == []
    assert "done" in [it.status for it in ex.items]


# --- an obligation with a deadline and a passive, no one named ----------------------------

BOARD = "Styrelsemöte i Båtklubben\nDatum: 2024-03-12\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kallelsen till vårstädningen ska senast den 15 april skickas ut till medlemmarna.",
        "Resultatlistan skall senast en vecka efter tävlingen läggas ut på hemsidan.",
    ],
)
def test_a_passive_obligation_with_a_deadline_is_the_bodys_action(sentence: str) -> None:
    ex = run(BOARD + "§ 6 Aktiviteter\n" + sentence + "\n")
    found = [(it.kind, it.owner, it.tier) for it in open_items(ex)]
    assert found == [("action", "Styrelsen", "confident")]


def test_a_named_doer_or_a_genitive_after_the_deadline_is_no_ownerless_passive() -> None:
    ex = run(BOARD + "§ 6 Aktiviteter\n"
             "Kallelsen ska senast den 15 april skickas ut av sekreteraren.\n")
    assert [it.owner for it in open_items(ex)] != ["Styrelsen"]
    # "årets" is a genitive, not the passive: nothing is to be done in this sentence
    ex = run(BOARD + "§ 7 Ekonomi\nBudgeten ska senast vid årets slut vara i balans.\n")
    assert not [it for it in open_items(ex) if it.kind == "action"]
