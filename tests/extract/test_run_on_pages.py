"""Transcripts that give one line per PDF page (web copies of notices and protocols):
the page lines are cut back into lines at their running headers, inline agenda numbers
and a lead that tells the state of the matters after it ("Bordlagda frågor från …").
The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.extract.minutes_helpers import doc_from_text, open_items, run
from tracker.domain import Line
from tracker.extract.run_on_pages import split_page_lines
from tracker.extract.sections import structure

_NOTICE = (
    "Kallelse till kulturnämnden\n"
    "Transkript\n"
    "1 KULTURNÄMNDEN KALLELSE SIDA 1 (2) Kallelse till kulturnämnden Tid Onsdagen den 8 maj "
    "2024, klockan 17:00 Plats Stora salen, Kulturhuset Ärenden Diarienummer 1 Godkännande "
    "av dagordningen 2 Information från förvaltningen Eva Lund, kulturchef 3 Budgetuppföljning "
    "april KN-2024/ Verksamhetsplan för biblioteken KN-2024/ Taxor för kulturskolan KN-2024/\n"
    "2 KULTURNÄMNDEN KALLELSE SIDA 2 (2) 6 Remissvar om regional kulturplan KN-2024/ "
    "Övriga frågor Bordlagda frågor från kulturnämndens möte den 10 april 2024. Lena Ahls "
    "(C) fråga om öppettiderna på biblioteket i Norrby. Per Ekmans (L) fråga om hur nämnden "
    "stödjer unga musiker i kommunen.\n"
)


def test_page_lines_lose_their_running_headers_and_open_their_agenda_items() -> None:
    st = structure(doc_from_text(_NOTICE))
    noise = [ln.text for ln in st.noise]
    assert "KULTURNÄMNDEN KALLELSE SIDA 2 (2)" in noise
    titles = [sec.title for sec in st.sections]
    assert "Godkännande av dagordningen" in titles
    kept = [ln.text for ln in st.lines]
    assert any(t.startswith("Bordlagda frågor från kulturnämndens möte") for t in kept)


def test_questions_after_an_inline_tabled_lead_are_the_notice_meetings_matters() -> None:
    ex = run(_NOTICE)
    assert ex.meeting.date == dt.date(2024, 5, 8)
    items = open_items(ex)
    assert [it.kind for it in items] == ["tabled", "tabled"]
    assert [it.title.split(" (")[0] for it in items] == ["Lena Ahls", "Per Ekmans"]
    assert all(it.owner == "Kulturnämnden" for it in items)
    assert all(it.due == dt.date(2024, 5, 8) for it in items)
    # the lead is the list's heading, no matter of its own
    assert not any(it.title.startswith("Bordlagda") for it in items)


def test_a_single_long_line_opened_by_a_number_is_no_transcript() -> None:
    text = "1 " + "Nämnden diskuterade budgeten och lokalerna. " * 8
    lines = [Line(text, 1, 1)]
    assert split_page_lines(lines, [0]) == (lines, [0], set())


def test_a_first_page_without_an_agenda_is_kept_whole_for_the_meeting_facts() -> None:
    page1 = ("1 Protokoll styrelsen Sida 1 (2) Plats och tid Klubbhuset tisdagen den 5 mars "
             "2024 Närvarande Anna Berg, Olle Lind, Karin Ek, Per Holm " + "x " * 60)
    page2 = ("2 Protokoll styrelsen Sida 2 (2) Styrelsen beslutade att köpa en ny gräsklippare. "
             + "Olle beställer den. " * 12)
    lines = [Line(page1, 1, 1), Line(page2, 1, 2)]
    out, _gaps, headers = split_page_lines(lines, [0, 0])
    assert out[0].text == page1
    assert [out[i].text for i in sorted(headers)] == ["Protokoll styrelsen Sida 2 (2)"]
    assert out[2].text.startswith("Styrelsen beslutade")
