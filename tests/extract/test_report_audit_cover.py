"""An audit firm's report for the auditors whose cover names them nowhere (issue 15):
its title "Preliminär revisionsrapport" or its author's title "Certifierad kommunal
revisor" alone on a cover line makes the auditors its body.  Text written here."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract

_BODY = """Sammanfattande bedömning och rekommendationer
Vi bedömer att fritidsnämnden delvis säkerställer att fattade beslut verkställs.
Vi rekommenderar att nämnden inför en rutin för återrapportering av beslut.
Inledning
Granskningen avser år 2030.
"""


@pytest.mark.parametrize(
    "mark",
    [
        pytest.param("Prel revisionsrapport", id="preliminary-title"),
        pytest.param("Certifierad kommunal revisor", id="author-title"),
    ],
)
def test_a_cover_mark_makes_the_auditors_the_body(mark):
    cover = f"Uppföljning av beslut\n{mark}\nMaj 2031\nEva Exempelsson\nExby kommun\n"
    result = extract(doc_from_text(cover + _BODY))
    assert result.document.kind == "report"
    assert result.meeting.body == "Revisorerna"


def test_without_a_mark_the_auditors_are_not_guessed():
    cover = "Uppföljning av beslut\nMaj 2031\nEva Exempelsson\nExby kommun\n"
    result = extract(doc_from_text(cover + _BODY))
    assert result.meeting.body != "Revisorerna"
