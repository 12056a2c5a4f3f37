"""Follow-up text read as one line (a page flattened, issue 15, sixth session): a
numbered goal's label and its verdict run on after the text before them without a full
stop still start a sentence of their own, so each goal keeps its own verdict.  Text
written here, never copied from a real document."""

from __future__ import annotations

from tracker.domain import Candidate, Line
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _items(text: str, body: str | None = "Fritidsnämnden") -> list[Candidate]:
    return [it for it in read_followup(_lines(text), body, None).items if it.status == "open"]


_RUN_ON = (
    "RAPPORT 2(9) Mål 1 - Fler unga ska delta i föreningslivet Målet är delvis uppfyllt "
    "Mål 2 - Anläggningarna ska hålla god standard Målet är uppfyllt Mål 3 - Simkunnigheten "
    "ska öka bland elever i årskurs sex Målet är inte uppfyllt Mål 4 - Bokningen ska bli "
    "digital Målet är uppfyllt\n"
)


def test_each_run_on_goal_keeps_its_own_verdict() -> None:
    items = _items(_RUN_ON)
    titles = " | ".join(it.title + " " + it.text for it in items)
    assert len(items) == 2, titles
    assert any("föreningslivet" in it.text and "delvis" in it.text for it in items)
    assert any("Simkunnigheten" in it.text for it in items)
    # the goals judged reached are no items, nor part of another's text
    assert not any("Anläggningarna" in it.text or "digital" in it.text for it in items)


def test_a_capitalised_goal_word_inside_a_sentence_is_no_break() -> None:
    items = _items("Arbetet med Mål 2 pågår och ska vara klart i december.\n")
    assert len(items) == 1
    assert "Mål 2" in items[0].text


# --- a result told against its target -------------------------------------------------


def test_result_below_its_ambition_is_a_measure_off_target() -> None:
    items = _items(
        "Fler i egen försörjning\n"
        "Andelen som går till arbete efter insatsen är 31 procent. Resultatet är lägre än "
        "ambitionen på 40 procent.\n"
    )
    [it] = [it for it in items if "ambitionen" in it.text]
    assert it.kind == "indicator_deviation"


def test_result_under_the_target_value() -> None:
    items = _items("Väntetider\nUtfallet ligger under målvärdet för andra året i rad.\n")
    assert [it.kind for it in items] == ["indicator_deviation"]


def test_a_goal_told_as_not_reached_in_the_present_is_off_target() -> None:
    items = _items("Trygg skolväg\nMålet är inte uppfyllt då färre elever går till skolan.\n")
    assert [it.kind for it in items] == ["goal_deviation"]


def test_a_result_above_a_target_tells_no_deviation() -> None:
    assert _items("Nöjdhet\nResultatet är högre än målvärdet och ökar.\n") == []


def test_activities_under_a_goal_are_no_deviation() -> None:
    # "under målet" says where the activities stand in the report, not a value below it
    items = _items("Trygghet\nDe aktiviteter som planerats under målet har genomförts.\n")
    assert not any(it.kind in ("indicator_deviation", "goal_deviation") for it in items)
