"""A plan's lists in a follow-up (issue 15, sixth session): the period's priorities, set
in the present, are work still to do, owned by the body the lead names and due at the
end of the period; a list the lead gives to other actors is no work of the body that
reports, even under a heading with a status word.  Text written here, never copied from
a real document."""

from __future__ import annotations

import datetime as dt

from tracker.domain import Candidate, Line
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _open(text: str, ref: dt.date | None = dt.date(2023, 12, 31)) -> list[Candidate]:
    found = read_followup(_lines(text), None, ref).items
    return [it for it in found if it.status == "open"]


_PLAN = """
Verksamhetsplan för nätverket
Inom varje område finns prioriterade och löpande aktiviteter.
Prioriterade aktiviteter
Prioriterade aktiviteter kräver mest tid av nätverkskansliet och är särskilt prioriterade \
under året. Exempel på sådana för 2023 är:
  • Ta fram en gemensam rutin för överlämning mellan skola och fritid.
  • Samordna en utbildningsdag för alla handledare i länet.
Löpande aktiviteter
Löpande aktiviteter är kopplade till arbete som huvudsakligen genomförs av andra aktörer \
och som ofta pågår under en längre tid, till exempel:
  • Fortsatt stöd till lokala föreningar som arbetar med läxhjälp.
  • Sprida fortsatt arbete med trygga skolvägar.
"""


def test_priorities_set_in_the_present_are_open_work() -> None:
    titles = [it.title for it in _open(_PLAN)]
    assert any("överlämning" in t for t in titles)
    assert any("utbildningsdag" in t for t in titles)


def test_priorities_are_due_at_the_end_of_their_year_and_owned_by_the_lead_body() -> None:
    items = [it for it in _open(_PLAN) if "utbildningsdag" in it.title]
    assert [it.due for it in items] == [dt.date(2023, 12, 31)]
    assert [it.owner for it in items] == ["Nätverkskansliet"]


def test_others_work_is_no_item_even_under_a_status_heading() -> None:
    titles = " ".join(it.title for it in _open(_PLAN))
    assert "läxhjälp" not in titles
    assert "skolvägar" not in titles


def test_priorities_told_in_the_past_are_no_open_work() -> None:
    done = _PLAN.replace(
        "är särskilt prioriterade under året", "var särskilt prioriterade under året"
    ).replace("för 2023 är:", "för 2023 var:")
    assert not any("utbildningsdag" in it.title for it in _open(done))


def test_a_condition_on_money_plans_no_work() -> None:
    text = (
        "Ekonomi\nNämnden fick i budgeten ett tillskott på 5 miljoner kronor. Medlen är "
        "tillfälliga och ska användas under 2023 till insatser i förskolan.\n"
    )
    assert _open(text) == []


def test_a_plan_with_money_as_its_object_is_still_work() -> None:
    text = "Ekonomi\nArbetet med att fördela medlen pågår och ska vara klart i juni 2023.\n"
    assert len(_open(text)) == 1


def test_a_task_done_with_money_is_still_work() -> None:
    text = "Ekonomi\nBidraget ska sökas hos länsstyrelsen senast den 1 mars 2024.\n"
    assert len(_open(text)) == 1
