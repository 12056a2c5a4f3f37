"""A document neither minutes nor a report by its words, in which the minutes reading
finds no meeting's date, is dated as a report dates itself (issue 15): the period its
report title names, not the clock and not left empty."""

from __future__ import annotations

import datetime as dt

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract
from tracker.extract.kind import decide_kind

# A decision proposal flattened to one long line, the report's name and year inside it
# (written here, no real text).
_PROPOSAL = (
    "Beslutsförslag Årsredovisning 2027 Fritidsnämnden föreslår för egen del att "
    "verksamheten under 2027 i de kommunala bolagen godkänns. Överskottet på 3 mnkr "
    "överförs till 2028 enligt förslaget.\nResultatet redovisas i bilagan.\n"
)


def test_an_unknown_document_takes_the_period_its_report_title_names():
    doc = doc_from_text(_PROPOSAL)
    assert decide_kind(doc)[0] == "unknown"
    assert extract(doc).meeting.date == dt.date(2027, 12, 31)


def test_an_unknown_document_without_any_period_stays_undated():
    doc = doc_from_text("Om våra simhallar\nHär finns information om öppettider och priser.\n")
    result = extract(doc)
    assert result.document.kind == "unknown"
    assert result.meeting.date is None
