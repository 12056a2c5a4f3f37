"""Phrases any minutes may use for something still owed, each with the traps it must leave
alone: an answer not yet given to a letter or a question, a promise to act, a mandate
given by the decision, a target with a time, a paper that is to be "inne" by a date, and a
review owed even when what it proposes is only "vid behov"."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import FVG, SK_HEAD, check_one, run

ASSOCIATION = """Protokoll styrelsemöte Hembygdsföreningen 2025-04-08

Närvarande: Agneta, Bosse, Kerstin, Jonas

§ 5 Skrivelser och kontakter
"""

# (the head, the sentence, the expected kind or None for no open item, owner or None)
CASES = [
    # an answer still owed
    (ASSOCIATION, "Styrelsen konstaterade att skrivelsen till vägföreningen ej besvarats.",
     "awaiting_reply", None),
    (ASSOCIATION, "Kommunen har ännu inte svarat på föreningens fråga om bidraget.",
     "awaiting_reply", None),
    (ASSOCIATION, "Föreningen har inte fått något svar från Trafikverket om skylten.",
     "awaiting_reply", None),
    (ASSOCIATION, "Skrivelsen från grannarna behöver inte besvaras.", None, None),
    (ASSOCIATION, "Har vi inte fått svar från kommunen?", None, None),
    # a promise to act
    (ASSOCIATION, "Entreprenören har lovat att forsla bort de gamla pallarna.", "follow_up",
     None),
    (ASSOCIATION, "Kommunen lovade laga gatlyktan vid bron.", "follow_up", None),
    (ASSOCIATION, "Vädret lovar gott inför midsommarfirandet.", None, None),
    # a mandate given by the decision
    (FVG, "Att ge fullmakt åt Lars Wennberg att underteckna avtalet med städfirman.",
     "assignment", "Lars Wennberg"),
    # a target with a time, not a direction
    (ASSOCIATION, "En målsättning är att ha föreningsboken klar till hösten.", "follow_up",
     None),
    (ASSOCIATION, "Målet är att minska föreningens kostnader för el.", None, None),
    # a paper to be in by a date
    (SK_HEAD + "\n3. Rapporter\n", "Tillbudsrapporterna ska vara inne senast den 15 oktober.",
     "follow_up", None),
    # the review is owed; only the proposal after it is "vid behov"
    (FVG, "Förvaltningen får i uppdrag att se över och vid behov föreslå ändringar i "
          "rutinen för nyckelkvittens.", "assignment", "Förvaltningen"),
    (FVG, "Anna Ek tar kontakt med HR vid behov.", None, None),
]


@pytest.mark.parametrize(("head", "sentence", "kind", "owner"), CASES)
def test_something_still_owed(head: str, sentence: str, kind: str | None,
                              owner: str | None) -> None:
    check_one([it for it in run(head + sentence + "\n").items if it.status == "open"],
              kind, owner)


# Two points told one after the other in one paragraph, the second opened by "också",
# "även", "vidare": each is a matter of its own; a sentence that goes on about the first
# ("Den ska också …" has no reporting verb before "också att") stays with it.
@pytest.mark.parametrize(("body", "n"), [
    ("Styrelsen konstaterade att brevet till vägföreningen ej besvarats. Styrelsen "
     "konstaterade också att kommunen ännu inte svarat på frågan om bidraget.", 2),
    ("Kassören noterade att hyresgästen ännu inte svarat på uppsägningen. Kassören "
     "noterade vidare att vi inte fått svar från banken om lånet.", 2),
    ("Styrelsen konstaterade att brevet till vägföreningen ej besvarats. Det gäller "
     "också frågan om snöröjningen.", 1),
])
def test_a_further_point_told_is_a_matter_of_its_own(body: str, n: int) -> None:
    items = [it for it in run(ASSOCIATION + body + "\n").items if it.status == "open"]
    assert len(items) == n, [(it.kind, it.title) for it in items]
