"""A decision said twice in one § is one item; a matter coming back (tidigare bordlagd,
"Återremitterat ärende") is no new tabling or sending back. Written in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import open_items, run

HEAD = "Socialnämnden\nProtokoll 2024-03-12\n\n"


def test_proposal_restated_in_the_description_is_one_item() -> None:
    ex = run(HEAD + "§ 41 Tillsyn av boenden\nFörslag till beslut\n"
             "1. Granskningen noteras.\n"
             "2. Åtgärder efter tillsynen av Björkgården återrapporteras till socialnämnden "
             "under hösten 2024.\n\nBeskrivning av ärendet\n"
             "Tillsynen visade brister i dokumentationen. Förvaltningen föreslår att "
             "resultatet av åtgärderna återrapporteras till socialnämnden under hösten 2024.\n")
    items = open_items(ex)
    assert len(items) == 1
    assert items[0].due == dt.date(2024, 12, 31)
    assert "Björkgården" in items[0].text
    assert any(r.startswith("samma sak sägs också") for r in items[0].reasons)


def test_two_different_tasks_with_one_date_stay_two() -> None:
    ex = run(HEAD + "§ 42 Lokaler\nSocialnämnden beslutar\n"
             "att ge förvaltningen i uppdrag att utreda lokalbehovet i Norrby senast den "
             "30 april 2024,\n"
             "att ge förvaltningen i uppdrag att ta fram en plan för upphandling av städning "
             "senast den 30 april 2024.\n")
    assert len(open_items(ex)) == 2


def test_a_matter_coming_back_is_not_tabled_again() -> None:
    ex = run(HEAD + "§ 43 Interpellationer\n"
             "Interpellationerna nr 4-6 (tidigare bordlagda) behandlas efter lunch.\n\n"
             "§ 44 Återremitterat ärende – riktlinjer för färdtjänst\n"
             "Återremitterat ärende. Föreligger ny tjänsteskrivelse.\n")
    assert [it.kind for it in open_items(ex)] == []


def test_a_heading_that_lists_none_tables_nothing() -> None:
    ex = run(HEAD + "§ 45 Övrigt\nBordlagda ärenden (inga). Återremitterade ärenden: inga.\n")
    assert open_items(ex) == []


def test_the_same_answer_under_two_agenda_points_is_two_matters() -> None:
    ex = run("Samverkansgrupp skola\nProtokoll 2024-12-10\n\n"
             "Närvarande: Eva Ek (ordf.), Lars Berg (Vision)\n\n"
             "3. Uppföljning\n"
             "Rastvakter: Samtalen med personalen är inte klara. Arbetsgivaren återkommer i "
             "januari.\n\n"
             "4. Arbetsmiljö\nInget nytt.\n\n"
             "5. Lön\n"
             "Lönerevision 2025: Vision frågar när lönesamtalen startar. Arbetsgivaren "
             "återkommer i januari när avtalen är klara.\n")
    owed = [c for c in open_items(ex) if c.kind == "awaiting_reply"]
    assert len(owed) == 2


LISTED = """\
Tekniska utskottet – protokoll 2025-03-04

Närvarande: Karin Holm (ordf.), Leif Ström, Nora Ali

1 Gatubelysning i Björkdalen
Flera lyktstolpar i Björkdalen är trasiga. Driftenheten ska laga belysningen senast 2025-03-31.

2 Lekplatsen vid Ängsskolan
Parkenheten ska ta fram ett förslag till ny lekutrustning senast 2025-05-15.

3 Balanslista
Nr | Ärende | Ansvarig | Senast | Status
1 | Belysning Björkdalen | Driftenheten | 2025-03-31 | Ny
2 | Lekutrustning Ängsskolan | Parkenheten | 2025-05-15 | Ny
3 | Skylt vid återvinningsstationen | Driftenheten | 2025-04-30 | Pågår
"""


def test_a_balance_list_row_that_restates_a_point_is_the_same_matter() -> None:
    items = open_items(run(LISTED))
    titles = [it.title for it in items]
    # One item per matter: the rows are kept, the points' sentences become their evidence.
    assert len(items) == 3, titles
    row = next(it for it in items if "Björkdalen" in it.title)
    assert row.kind == "balance_row"
    assert "laga belysningen" in (row.evidence or "")
    assert any("Skylt" in t for t in titles)


def test_a_row_with_another_due_date_stays_a_matter_of_its_own() -> None:
    text = LISTED.replace("1 | Belysning Björkdalen | Driftenheten | 2025-03-31",
                          "1 | Belysning Björkdalen | Driftenheten | 2025-06-30")
    titles = [it.title for it in open_items(run(text))]
    assert len(titles) == 4, titles


def test_proposals_worded_alike_with_their_own_case_numbers_stay_apart() -> None:
    # Three citizens sent in the same proposal: each has its own case number and is owed
    # its own answer.
    ex = run("Kommunfullmäktige\nProtokoll 2024-03-12\n\n§ 12 Anmälan av medborgarförslag\n"
             + "".join(
                 f"{n}. Medborgarförslag om att bevara utomhusbadet i Norrby (KS/{k}/2024) "
                 "remitteras till kultur- och fritidsnämnden och ska besvaras senast vid "
                 "kommunfullmäktiges sammanträde den 25 november 2024.\n"
                 for n, k in ((1, 201), (2, 202), (3, 203))))
    items = open_items(ex)
    assert sorted(k for it in items for k in ("201", "202", "203") if f"KS/{k}/" in it.text) \
        == ["201", "202", "203"]
    assert {it.due for it in items} == {dt.date(2024, 11, 25)}


LOGGED = """\
Kulturutskottet – anteckningar 2025-09-09

Närvarande: Sara Lind (ordf.), Jonas Berg, Pia Ek

Punkt 1. Konstgräs i Lillvik
Föreningen har begärt ny konstgräsyta. Förvaltningen utreder kostnaden och återkommer i november.

Punkt 2. Frågor från föreningarna
Hembygdsföreningen frågar hur arkivlokalen i Lillvik ska värmas i vinter.
Förvaltningen svarar vid nästa möte.

Åtgärdslogg
# | Åtgärd | Ansvarig | Datum | Status
1 | Utredning konstgräs Lillvik | Pia Ek | november 2025 | Öppen
2 | Uppvärmning arkivlokalen Lillvik | Jonas Berg | | Öppen
3 | Ny skylt vid badplatsen | Pia Ek | 2025-10-15 | Öppen
"""


def test_an_action_log_row_that_restates_a_point_is_the_same_matter() -> None:
    # Any table at the end, not only one called a balance list; a point is known by its
    # heading and by its question (the title), not only by its answer.
    items = open_items(run(LOGGED))
    titles = [it.title for it in items]
    assert len(items) == 3, titles
    grass = next(it for it in items if "konstgräs" in it.title)
    assert "utreder kostnaden" in (grass.evidence or "")
    heat = next(it for it in items if "arkivlokalen" in it.title.casefold())
    # The row gives no date; the point's date (the next meeting) is no contradiction.
    assert "frågar hur arkivlokalen" in (heat.evidence or "")
    assert any("skylt" in t.casefold() for t in titles)


def test_an_action_log_row_with_another_date_stays_its_own() -> None:
    text = LOGGED.replace("november 2025 | Öppen", "mars 2026 | Öppen")
    titles = [it.title for it in open_items(run(text))]
    assert len(titles) == 4, titles


def test_a_row_restating_a_short_paragraph_is_its_matter() -> None:
    text = (
        "APT förskolan Ängen\nAnteckningar 2026-01-15\n\nNärvarande: Eva Ek, Omar Berg\n\n"
        "Arbetsmiljö\n"
        "• Bullernivån i verkstaden är hög. Omar tar kontakt med företagshälsovården.\n\n"
        "Att göra\nVad | Vem | När\n"
        "Beställa bullermätning i verkstaden via företagshälsovården | Omar | februari\n"
    )
    items = open_items(run(text))
    assert len(items) == 1, [it.title for it in items]
    assert "Omar tar kontakt" in (items[0].evidence or "")


@pytest.mark.parametrize("sentence", [
    "För den fortsatta hanteringen föreslår kommundirektören att förvaltningen återkommer "
    "med en plan till nämnden i oktober 2024.",
    "Slutligen föreslås att förvaltningen ska presentera en ny investeringsplan i oktober 2024.",
])
def test_a_proposal_no_decision_restates_is_offered_unchecked(sentence: str) -> None:
    ex = run(HEAD + "§ 43 Investeringar\nBeskrivning av ärendet\n" + sentence + "\n")
    assert open_items(ex) == []
    assert [it.tier for it in ex.possible if "plan" in it.text] == ["possible"]


def test_the_meetings_own_body_proposing_decides() -> None:
    ex = run(HEAD + "§ 44 Lokaler\nSocialnämnden ställer sig positiv till förslaget och "
             "föreslår att förvaltningen får i uppdrag att utreda lokalbehovet.\n")
    assert [it.kind for it in open_items(ex)] == ["assignment"]


def test_two_topics_given_one_answer_stay_two_matters() -> None:
    """Under one point, "Budget 2026: … Arbetsgivaren återkommer … till nästa FVG" and
    "Lokalfrågan: … Arbetsgivaren återkommer med riskbedömningen till nästa FVG" are two
    matters that got the same kind of answer, each under its own topic label."""
    ex = run("Förvaltningsgrupp (FVG)\nMinnesanteckningar 2024-03-12\n\n"
             "5. Information från arbetsgivaren\n"
             "Budget 2026: Ramen är beslutad. Arbetsgivaren återkommer med en\n"
             "konsekvensbeskrivning per avdelning till nästa FVG.\n"
             "Lokalfrågan: Flytten till Kvarnhuset är försenad. Vision frågar hur\n"
             "arbetsmiljön i de tillfälliga lokalerna har riskbedömts. Arbetsgivaren\n"
             "återkommer med riskbedömningen till nästa FVG.\n\n"
             "6. Nästa möte\nNästa FVG: 2024-04-09.\n")
    texts = " | ".join(f"{it.title} {it.text}" for it in open_items(ex))
    assert "konsekvensbeskrivning" in texts and "riskbedöm" in texts, texts
