"""A named person doing a deed is an action owned by that person (the clause feature
``own:person+verb:deed``, checked whatever the score); the mandate forms of "uppdra"; and
the meeting's own body owning a decided obligation that names no one.  Texts written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run
from tracker.extract.clauses import PERSON_DEED, analyse, features, person_deed
from tracker.extract.minutes_people import owner_names

NONE: frozenset[str] = frozenset()
HEAD = "Protokoll styrelsemöte 2024-04-02\nNärvarande: Eva Lind, Per Holm, Ali Berg\n\n"


@pytest.mark.parametrize(
    ("text", "who", "verb"),
    [
        ("Greta beställer nya västar till funktionärerna.", "Greta", "beställer"),
        ("Tobias publicerar schemat på klubbens sida.", "Tobias", "publicerar"),
        ("Styrelsen beslutar att Kim kontaktar kommunen om belysningen.", "Kim",
         "kontaktar"),
        ("Lisa bokar lokalen och Omar ringer vaktmästaren.", "Lisa", "bokar"),
        ("Roland och Annika undersöker saken vidare.", "Roland och Annika", "undersöker"),
        ("Karin håller i anmälan till cupen.", "Karin", "håller"),
        ("Bilaga 2 Sven Ek beställer tröjor med föreningens märke.", "Sven Ek", "beställer"),
    ],
)
def test_a_named_person_doing_a_deed(text: str, who: str, verb: str) -> None:
    found = person_deed(text, NONE)
    assert found is not None and found[:2] == (who, verb)


def test_the_later_person_of_a_sentence_is_found_too() -> None:
    # (the second clause, after ", och", is a deed of its own)
    found = person_deed("Lisa informerar om läget, och Omar ringer hyresvärden.", NONE)
    assert found is not None and found[:2] == ("Omar", "ringer")


@pytest.mark.parametrize(
    "text",
    [
        "Eva informerar om läget i föreningen.",
        "Per säger att han fixar det.",
        "Maria rapporterar från regionmötet.",
        "Olle tackar för förtroendet.",
        "Greta berättar om resan till Åland.",
        "Maria kompletterar med nya siffror.",
        "Olle redogör för budgeten.",
        "Stina besvarar frågan från medlemmen.",
        "Karin håller med om förslaget.",
    ],
)
def test_the_meetings_own_verbs_are_no_deed(text: str) -> None:
    assert person_deed(text, NONE) is None


def test_a_word_that_names_no_one_is_no_person() -> None:
    # (a capitalised word before a verb of action: an organisation, an adverb)
    assert person_deed("Hyresgästföreningen kontaktar förvaltaren.", NONE) is None
    assert person_deed("Nedan följer en sammanfattning.", NONE) is None


def test_someone_of_the_document_is_a_person_though_no_first_name() -> None:
    text = "Zorro kontaktar förbundet om licensen."
    assert person_deed(text, NONE) is None
    assert person_deed(text, frozenset({"Zorro"})) is not None


def test_the_feature_is_given_to_the_clause() -> None:
    c = analyse("Tobias publicerar schemat på klubbens sida.", dt.date(2024, 4, 2), None)
    assert PERSON_DEED in features(c)
    c = analyse("Tobias informerar om schemat.", dt.date(2024, 4, 2), None, full=True)
    assert PERSON_DEED not in features(c)


def test_owner_names_keep_people_and_drop_bodies_and_roles() -> None:
    got = owner_names(["Zorro", "Anna Berg", "Styrelsen", "Direktionen", "Kassören",
                       "Trafikverket", "Socialnämnden", None, "Föreningen"], "Styrelsen")
    assert got == {"Zorro", "Anna Berg"}


def test_a_person_doing_a_deed_is_checked_with_the_person_as_owner() -> None:
    ex = run(HEAD + "Övrigt\nTobias publicerar datumen för arbetsdagarna på klubbens sida "
             "under sommaren.\n")
    found = [c for c in ex.items if "publicerar" in c.text]
    assert len(found) == 1, [(c.tier, c.title) for c in [*ex.items, *ex.possible]]
    assert found[0].owner == "Tobias" and found[0].kind == "action"


def test_a_reporting_person_stays_unchecked() -> None:
    ex = run(HEAD + "Övrigt\nTobias informerar om datumen för arbetsdagarna i sommar.\n")
    assert not [c for c in ex.items if "informerar" in c.text]


# --- the forms of "uppdra" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Nämnden beslutade uppdra åt kulturchefen att planera en ny utställning.",
         "Kulturchefen"),
        ("Att uppdra till förvaltningen att utreda frågan om belysning.", "Förvaltningen"),
        ("Uppdrogs Greta Holm att boka lokalen till höstmötet.", "Greta Holm"),
        ("Styrelsen uppdrar Pelle att uppdatera medlemsregistret.", "Pelle"),
        ("Styrelsen uppdrar Pelle uppdaterar medlemsregistret.", "Pelle"),
    ],
)
def test_the_forms_of_uppdra_give_the_task(text: str, agent: str) -> None:
    c = analyse(text, dt.date(2024, 4, 2), None)
    assert ("mandate", c.markers[0][1]) in c.markers
    assert c.kind == "assignment"
    assert c.agent == agent


# --- no one named: the meeting's own body ------------------------------------------------


def _owner_of(ex, words: str) -> str | None:
    found = [c for c in [*ex.items, *ex.possible] if words in c.text]
    assert len(found) == 1, [(c.tier, c.title) for c in [*ex.items, *ex.possible]]
    return found[0].owner


def test_a_passive_obligation_is_the_bodys_own() -> None:
    ex = run(HEAD + "Lokalen\nEtt nytt draperi till scenen skall inköpas före hösten.\n")
    assert _owner_of(ex, "draperi") == ex.meeting.body == "Styrelsen"


def test_a_decision_with_no_one_named_is_the_bodys_own() -> None:
    ex = run(HEAD + "Utskick\nBeslutades att ett brev till alla medlemmar skall skrivas "
             "och delas ut före sommaren.\n")
    assert _owner_of(ex, "brev") == "Styrelsen"


def test_an_obligation_asked_about_is_no_task_of_the_body() -> None:
    ex = run(HEAD + "Lokalen\nHyresgästerna frågar om trapphuset ska målas om i år.\n")
    found = [c for c in [*ex.items, *ex.possible] if "trapphuset" in c.text]
    assert all(c.owner != "Styrelsen" for c in found)


def test_someone_named_in_the_next_sentence_comes_before_the_body() -> None:
    ex = run(HEAD + "Lokalen\nEtt nytt draperi till scenen skall inköpas före hösten. "
             "Per ordnar det.\n")
    found = [c for c in [*ex.items, *ex.possible] if "draperi" in c.text]
    assert [c.owner for c in found] == ["Per"]
