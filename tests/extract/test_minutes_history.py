"""An earlier decision told as the matter's background is no open item of this meeting
("Kommunstyrelsen beslutade 12 mars 2023 att …", "Regeringen gav i juni 2023 …",
"Kommunstyrelsen har beslutat att nämnderna ska …") – and the traps that must stay
items: the meeting's own decision told in the past, a date on or after the meeting."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import open_items, run

HEAD = "Protokoll socialnämnden 2024-05-14\n\n§ 12 Uppföljning av budget\n\n"


@pytest.mark.parametrize(("text", "items"), [
    # a past decision with its date (and § reference) beside the verb
    ("Kommunstyrelsen beslutade 12 mars 2023 § 41 att socialnämnden ska återrapportera "
     "åtgärderna för en budget i balans.", 0),
    ("Regeringen gav i juni 2023 varje region i uppdrag att ta fram en plan för "
     "kollektivtrafiken.", 0),
    # … and the story goes on in the next sentence of the paragraph
    ("Regeringen gav i juni 2023 varje region i uppdrag att ta fram en plan för "
     "kollektivtrafiken. Parallellt fick Trafikverket i uppdrag att ta fram en nationell "
     "plan.", 0),
    # another body's decision, told by its formula, without a date
    ("Kommunstyrelsen har beslutat att nämnderna ska redovisa sjukfrånvaron varje månad.", 0),
    ("Allmänna utskottet beslutade att återremittera ärendet för att få kostnaden utredd.", 0),
    # the perfect of an earlier sending back, now answered
    ("Tilläggsbudgeten behandlades. Den har återremitterats från kommunfullmäktige för att "
     "kompletteras med en konsekvensanalys.", 0),
    # traps: the meeting's own decision, told in the past as minutes often are
    ("Socialnämnden beslutade att ge förvaltningen i uppdrag att ta fram en åtgärdsplan.", 1),
    ("Nämnden återremitterade ärendet för att få kostnaderna belysta.", 1),
    # … an earlier decision with a deadline still ahead
    ("Kommunstyrelsen beslutade 12 mars 2023 att socialnämnden ska redovisa åtgärderna "
     "senast 30 september 2024.", 1),
])
def test_an_earlier_decision_is_background(text, items):
    assert len(open_items(run(HEAD + text + "\n"))) == items


def test_the_meetings_own_decision_after_the_history_stays() -> None:
    text = ("Protokoll koncernstyrelsen 2024-05-14\n\n§ 3 Bildande av bolag\n\n"
            "Förelåg tjänsteutlåtande (bordlagt 2024-04-02). Koncernstyrelsen beslöt att "
            "ånyo bordlägga ärendet.\n")
    assert [it.kind for it in open_items(run(text))] == ["tabled"]


def test_a_report_due_at_this_meeting_is_history() -> None:
    # The report asked for "till kommunstyrelsens sammanträde 14 maj" is given now.
    text = ("Protokoll kommunstyrelsen 2024-05-14\n\n§ 7 Återrapport\n\n"
            "Kommunstyrelsen beslutade 3 april 2024 § 55 att socialnämnden ska återrapportera "
            "till kommunstyrelsens sammanträde 14 maj 2024.\n")
    assert open_items(run(text)) == []


@pytest.mark.parametrize(("title", "items"), [
    # another body's minutes reported for information
    ("3 Anmälan av protokoll från kommunfullmäktige", 0),
    # trap: a section of the meeting's own matter
    ("3 Val av ersättare", 1),
])
def test_another_bodys_minutes_reported_open_nothing(title, items):
    text = ("Protokoll stadsdelsnämnden 2024-05-14\n\n" + title + "\n\n"
            "Anmäles protokoll från kommunfullmäktige 2024-04-22.\n"
            "Val av ny ersättare bordlades.\n")
    assert len(open_items(run(text))) == items


@pytest.mark.parametrize(("after", "items"), [
    # the wording of a motion, the decision not told
    ("", 0),
    # the decision told after it: the meeting's own item
    ("Styrelsen beslutade att återremittera ärendet till kontoret.\n", 1),
])
def test_the_wording_of_a_motion_is_not_decided(after, items):
    text = ("Protokoll styrelsen 2024-05-14\n\n§ 5 Omstrukturering av beståndet\n\n"
            "Lars Backman (V) yrkade att styrelsen skulle besluta:\n\n"
            "-Att återremittera ärendet och ge kontoret i uppdrag att återkomma med en "
            "redogörelse för de ekonomiska konsekvenserna.\n\n" + after)
    assert len(open_items(run(text))) == items
