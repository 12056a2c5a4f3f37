"""Issue 14, minutes: matters sent on to a receiving body (the receiver owns them), the
next meeting and a season ahead as the time of an open item, and proposals to a higher
body.  Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run
from tracker.extract.clause_lexicon import _inflect, lexicon
from tracker.extract.clause_owner import owner_of
from tracker.extract.clauses import analyse, features, is_possible

REF = dt.date(2026, 3, 10)


def test_a_strong_verb_is_inflected_from_its_past_and_supine() -> None:
    forms = dict(_inflect("överlåta", "strong", "överlät", "överlåtit"))
    assert forms["överlåter"] == "present"
    assert forms["överlåts"] == "passive"
    assert forms["överlät"] == "past"
    assert forms["överlåtit"] == "supine"
    assert dict(_inflect("gå vidare", "strong", "gick", "gått"))["går vidare"] == "present"


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("Motionen om fler papperskorgar gick till miljönämnden för beredning.",
         "miljönämnden"),
        ("Skrivelsen går vidare till kultur- och fritidsnämnden.",
         "kultur- och fritidsnämnden"),
        ("Förslaget lämnas över till byggnadsnämnden för yttrande.", "byggnadsnämnden"),
        ("Styrelsen överlåter till VA-utskottet att välja entreprenör.", "VA-utskottet"),
        ("Frågan hänsköts till förbundsstyrelsen.", "förbundsstyrelsen"),
        ("Ansökan är remitterad till socialnämnden.", "socialnämnden"),
    ],
)
def test_the_receiving_body_owns_a_matter_sent_on(text: str, receiver: str) -> None:
    c = analyse(text, REF, None)
    assert is_possible(c)
    assert c.kind == "referred"
    assert (owner_of(c) or "").lower() == receiver.lower()
    assert "refer:to" in features(c)
    assert "inte ansvarig" not in " ".join(c.reasons())


@pytest.mark.parametrize(
    "text",
    [
        "Vi gick till omröstning om ordförandeposten.",
        "Överskottet från loppisen går till föreningen.",
        "Kassören förklarade hur man går till väga vid en beställning.",
        "Ordföranden lämnade över ordet till kassören.",
    ],
)
def test_going_or_handing_over_without_a_forum_sends_nothing_on(text: str) -> None:
    c = analyse(text, REF, None)
    assert all(cls != "refer" for cls, _, _ in c.verbs)


def test_only_a_forum_right_after_the_verb_is_the_receiver() -> None:
    pattern = lexicon().refer_to
    assert pattern.match(" ärendet till tekniska nämnden").group("who") == "tekniska nämnden"
    assert pattern.match(" till SBN för beredning").group("who") == "SBN"
    assert pattern.match(" till val av kassör") is None


def test_a_party_members_proposal_is_a_yrkande_not_a_referral() -> None:
    c = analyse("Stina Berg (MP) föreslår kommunfullmäktige att avslå motionen.", REF, None)
    assert all(cls != "refer" for cls, _, _ in c.verbs)


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("Tekniska utskottet föreslår att kommunstyrelsen beslutar att anta taxan.",
         "kommunstyrelsen"),
        ("Kommunfullmäktige föreslås besluta att godkänna avtalet.", "Kommunfullmäktige"),
        ("Arbetsutskottet föreslår kommunstyrelsen att fastställa planen.", "kommunstyrelsen"),
    ],
)
def test_a_proposal_to_a_higher_body_is_sent_on_to_it(text: str, receiver: str) -> None:
    c = analyse(text, REF, None)
    assert c.kind == "referred"
    assert owner_of(c) == receiver
    assert "refer:proposal" in features(c)


HEAD = "Protokoll fört vid kommunfullmäktiges sammanträde 2026-03-10\n\n"


def test_a_referral_that_names_its_matter_by_the_noun_takes_the_line_above_as_title() -> None:
    ex = run(HEAD + "§ 8 Anmälningar\n"
             "Medborgarförslag om en ny lekplats vid skolan\n"
             "Medborgarförslaget gick till tekniska nämnden.\n")
    found = [it for it in [*ex.items, *ex.possible]
             if it.kind == "referred" and "lekplats" in it.title]
    assert found, [(it.title, it.kind) for it in [*ex.items, *ex.possible]]
    assert found[0].owner.lower() == "tekniska nämnden"
    assert "gick till" in found[0].evidence


BOARD = "Protokoll styrelsemöte 2026-03-10\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "1. Städdagen\nFördelningen av uppgifterna bestäms på nästa möte.\n",
        "1. Hemsidan\nFortsatt diskussion vid nästa styrelsemöte.\n",
        "1. Ordningsregler\nTills nästa styrelsemöte kommer vi skriva ihop några regler.\n",
    ],
)
def test_a_task_for_the_next_meeting_told_in_no_past_tense_is_checked(body: str) -> None:
    ex = run(BOARD + body)
    assert [it.owner for it in ex.items if it.status == "open"] == ["Styrelsen"]


@pytest.mark.parametrize(
    "body",
    [
        "1. Städdagen\nFördelningen av uppgifterna diskuterades vid förra mötet.\n",
        "1. Nästa möte\nNästa styrelsemöte hålls den 14 april.\n",
        "1. Övrigt\nDatum för nästa möte bestäms senare.\n",
    ],
)
def test_the_past_and_the_next_meetings_own_line_are_no_task(body: str) -> None:
    ex = run(BOARD + body)
    assert not [it for it in ex.items if it.status == "open"]


def test_a_season_ahead_is_offered_for_review_only() -> None:
    ex = run(BOARD + "1. Träningar\nUtomhusträningen för juniorerna återupptas till hösten.\n")
    assert not [it for it in ex.items if it.status == "open"]
    (it,) = ex.possible
    assert it.due == dt.date(2026, 12, 31)
    assert any("framåt" in r for r in it.reasons)  # "tid framåt" / "tid: till hösten (framåt)"
