"""A checked minutes item whose own sentence gives no task is offered unchecked."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tracker.domain import Candidate
from tracker.extract.not_open import GOES_ON, split_not_open, why_no_task, why_not_open
from tracker.extract.possible import FEATURES_PREFIX


def _item(text: str) -> Candidate:
    return Candidate(title=text, text=text, kind="action")


def test_the_meetings_own_course_is_no_task() -> None:
    assert why_not_open(_item("Ellen borta, Tilda tar över mötet för idag.")) is not None
    assert why_not_open(_item("Bengt är bortrest, Anita deltager.")) is not None


def test_the_next_meeting_run_into_its_heading_is_no_task() -> None:
    assert why_not_open(_item("Nästa styrelsemöte Beslutas vid årsmötet")) is not None
    # (the words inside a task are not the schedule)
    assert why_not_open(_item("Anna bokar lokal till nästa möte.")) is None


def test_a_standing_rule_for_a_whole_group_is_no_task() -> None:
    rule = "Vi beslutade att kl. 7.30 senast ska föräldrar anmäla sina sjuka barn."
    assert why_not_open(_item(rule)) is not None
    assert why_not_open(_item("Medlemmarna ska parkera på grusplanen.")) is not None


def test_a_task_stays_confident() -> None:
    for text in (
        "Stig kontaktar Göran om offerten.",
        "Förvaltningen ska återkomma med en utredning till oktober.",
        "Hur hantera dokumentation?",
    ):
        assert why_not_open(_item(text)) is None


def test_demoted_items_are_offered_as_possible_with_the_reason() -> None:
    kept, demoted = split_not_open(
        [_item("Stig kontaktar Göran."), _item("Kalle är borta, Eva leder mötet.")]
    )
    assert [it.text for it in kept] == ["Stig kontaktar Göran."]
    assert demoted[0].tier == "possible"
    assert demoted[0].confidence <= 0.45
    assert "mötets eget förlopp" in demoted[0].reasons[-1]


def test_a_scored_sentence_that_only_dates_a_rules_item_is_its_duplicate() -> None:
    rule = Candidate(
        title="Ledningskontoret får i uppdrag att utreda frågan",
        text="Ledningskontoret får i uppdrag att utreda frågan.",
        kind="assignment",
        due=dt.date(2008, 10, 31),
        reasons=["regel", "datum ur sammanhanget: i oktober 2008"],
    )
    dating = "Utredningsarbetet ska bedrivas så att styrelsen kan behandla det i oktober 2008."
    scored = Candidate(
        title=dating,
        text=dating,
        kind="follow_up",
        due=dt.date(2008, 10, 31),
        reasons=["lärd modell: 0.63 ≥ 0.58 (säker)", FEATURES_PREFIX + "mv:future subj:thing"],
    )
    kept, demoted = split_not_open([rule, scored])
    assert kept == [rule]
    assert "daterar bara" in demoted[0].reasons[-1]
    # (a person's own task lending its date stays checked)
    person = dataclasses.replace(scored, reasons=[FEATURES_PREFIX + "subj:person"])
    assert split_not_open([rule, person])[1] == []


# --- sentences the learned scorer would check that give no task (why_no_task) ---------


def test_an_answer_given_in_the_meeting_is_no_task() -> None:
    assert why_no_task("Eva Ek svarar att lampan byttes i förra veckan.") is not None
    assert why_no_task("Chefen svarade att tjänsterna förlängs till hösten.") is not None
    # … unless the one who answers promises more
    assert why_no_task("Eva Ek svarar att hon återkommer med besked.") is None
    assert why_no_task("Chefen svarar att han ska ta reda på kostnaden.") is None


def test_what_was_raised_or_reminded_of_is_no_task() -> None:
    assert why_no_task("Olle tar upp att alla enheter ska byta larm.") is not None
    assert why_no_task("Hon påminner om vårfesten den 3 maj.") is not None
    # a named one who does a thing before the words is a task of their own
    assert why_no_task("Olle mejlar ut listan och tar upp att den ska fyllas i.") is None


def test_a_quotation_is_no_task() -> None:
    quote = ("Nu får förvaltningen i uppdrag att se över taxan, säger Per Holm (C), "
             "ordförande i nämnden.")
    assert why_no_task(quote) is not None
    assert why_no_task("Förvaltningen får i uppdrag att se över taxan, se bilaga.") is None


def test_a_persons_change_of_post_is_information() -> None:
    assert why_no_task("Greta slutar 30/6.") is not None
    assert why_no_task("Omar Lind tillträder som rektor den 1 augusti.") is not None
    assert why_no_task("Greta slutar med pappersblanketterna.") is None


def test_a_routine_without_a_time_owed_is_no_task() -> None:
    routine = "Larmet provas av vaktmästaren varje vecka."
    assert why_no_task(routine) is not None
    # an obligation or a deadline makes it a piece of work
    assert why_no_task(routine, ["marker:obligation"]) is None
    assert why_no_task(routine, ["deadline:exact"]) is None


def test_a_sentence_going_on_about_a_rules_item_is_no_task_of_its_own() -> None:
    text = "Ärendet ska tillbaka till utskottet i maj."
    assert why_no_task(text, [GOES_ON, "own:body"]) is not None
    assert why_no_task(text, [GOES_ON, "own:person"]) is None
    assert why_no_task(text, ["own:body"]) is None


def test_the_meetings_course_is_no_task_for_the_scorer_either() -> None:
    assert why_no_task("Kalle är borta, Eva leder mötet.") is not None
    assert why_no_task("Stig kontaktar Göran om offerten.") is None
