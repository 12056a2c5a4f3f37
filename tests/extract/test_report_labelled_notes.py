"""Entries of a labelled page whose fields are bullets under the entry and whose status
is a note dated at its end (issue 15, sixth session): the note may say in a clause of
its own order that the work was not carried out, and name who answers now; the entry's
end field is its own even when no "Åtgärd" label opens it.  Text written here, never
copied from a real document."""

from __future__ import annotations

import datetime as dt

from tracker.domain import Candidate, Line
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _open(text: str) -> list[Candidate]:
    found = read_followup(_lines(text), None, dt.date(2019, 4, 2)).items
    return [it for it in found if it.status == "open"]


_PAGE = """
Handlingsplan 3
Åtgärder
Inventera kemikalier i verkstäderna
 • Resursbehov: 40 timmar,
 • Ansvarig: Kim Exempel,
 • Färdig: 2019-12-31,
Aktiviteten pågår. (2019-04-02)
Byta belysning i garaget
 • Resursbehov: 60 timmar,
 • Ansvarig: Kim Exempel
 • Färdig: 2017-12-31,
Aktiviteten är genomförd och följs upp löpande. (2019-04-02).
Utbilda förarna i sparsam körning
 • Resursbehov: 30 timmar,
 • Ansvarig: Lo Prov och Alva Test,
 • Färdig: 2018-12-31,
Eftersom arbetet inte genomförts under året på grund av sjukdom flyttas det till hösten. \
Ansvarig för detta blir Lo Prov i samråd med fordonsgruppen.(2019-04-02).
"""


def test_a_note_that_the_work_was_not_carried_out_keeps_the_entry_open() -> None:
    titles = [it.title for it in _open(_PAGE)]
    assert any("sparsam körning" in t for t in titles)
    assert not any("belysning" in t for t in titles)


def test_the_entry_keeps_its_own_end_field() -> None:
    [it] = [it for it in _open(_PAGE) if "sparsam körning" in it.title]
    assert it.due == dt.date(2018, 12, 31)


def test_the_note_names_who_answers_now() -> None:
    [it] = [it for it in _open(_PAGE) if "sparsam körning" in it.title]
    assert it.owner == "Lo Prov"


def test_a_note_without_a_negation_gives_no_open_status() -> None:
    page = _PAGE.replace("inte genomförts", "genomförts")
    assert not any("sparsam körning" in it.title for it in _open(page))
