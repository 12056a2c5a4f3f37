"""Due dates and owners of minutes items in the shapes real minutes write them: the
meetings to come listed by date, a meeting held by telephone, the meeting's own year
("under året"), a deadline given by a later decision point, start dates and past
references that are no deadlines, and owners that are the sender, the receiver or a word
that only opens the sentence."""

from __future__ import annotations

import datetime as dt

from tests.extract.minutes_helpers import open_items, run

D = dt.date


def test_the_first_of_the_meetings_to_come_is_the_next_meeting() -> None:
    text = ("Protokoll styrelsemöte 2026-01-12\n\n"
            "1. Ekonomi\n"
            "Beslutades att vid nästkommande sammanträde fastställa nivån på avgifterna.\n\n"
            "2. Kommande styrelsemöten\n"
            "Kommande möten sker den 9 februari och den 9 mars.\n")
    ex = run(text)
    assert ex.meeting.next_meeting == D(2026, 2, 9)


def test_a_telephone_meeting_is_the_next_meeting() -> None:
    text = ("Minnesanteckningar arbetsgruppen 2026-04-05\n\n"
            "1. Riktlinjer\nBeslut: Att bordlägga frågan till nästa möte.\n\n"
            "2. Nästa telefonmöte: söndag 260426 kl. 20:15\n")
    ex = run(text)
    assert ex.meeting.next_meeting == D(2026, 4, 26)
    assert [it.due for it in open_items(ex)] == [D(2026, 4, 26)]


def test_under_aret_is_due_at_the_end_of_the_meetings_year() -> None:
    text = ("Protokoll styrelsemöte 2026-06-21\n\n"
            "5. Planen\n"
            "Styrelsen ger i uppdrag åt FK att ta fram en plan för vilka åtgärder och när de "
            "ska utföras under året.\n")
    (it,) = open_items(run(text))
    assert (it.owner, it.due) == ("FK", D(2026, 12, 31))
