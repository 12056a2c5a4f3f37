"""The year's verdict on a goal in running text, written here (never copied from a real
document): "Målet om … har inte uppnåtts" is a goal off target, named by its own
sentence; goals reported as reached are not."""

from __future__ import annotations

from tracker.domain import Line
from tracker.extract.report_followup import read_followup

TEXT = (
    "Arbetet med den nya planen för näringslivet har pågått under hela året och planen "
    "antogs i november. Målet om att bli en mer hållbar kommun, samt målet om fler "
    "arbetstillfällen, har uppnåtts. Målet om att bli en mer tillgänglig kommun har inte "
    "uppnåtts."
)


def test_goal_not_reached_named_by_its_own_sentence() -> None:
    lines = [Line(text="Förvaltningsberättelse", page=1, line=1), Line(text=TEXT, page=1, line=2)]
    items = read_followup(lines, "Kommunstyrelsen", None).items
    goals = [it for it in items if it.kind == "goal_deviation"]
    assert [it.title for it in goals] == [
        "Målet om att bli en mer tillgänglig kommun har inte uppnåtts"
    ]
