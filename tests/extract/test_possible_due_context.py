"""A task of the clause reading that names no time of its own is due on the day its
paragraph's first sentence or its section's title is about (an event the tasks prepare
for); a heading "till nästa träff" is left to the rules.  Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.extract.minutes_helpers import run


def _item(ex, words: str):
    found = [c for c in [*ex.items, *ex.possible] if words in (c.text or "")]
    assert found, f"no item holds {words!r}"
    return found[0]


HEAD = "Protokoll styrelsemöte 2024-04-02\nNärvarande: Eva Lind, Per Holm, Ali Berg\n\n"


def test_a_task_under_an_event_in_the_section_title():
    ex = run(HEAD + "§ 5 Vårfest 18 maj i bygdegården kl 14\n"
             "Föreningen bjuder på kaffe. Ali tar med extra bord till festen.\n")
    item = _item(ex, "Ali tar med extra bord")
    assert item.due == dt.date(2024, 5, 18)


def test_a_task_after_the_paragraph_s_event():
    ex = run(HEAD + "§ 6 Årsmötet\n"
             "Årsmötet hålls i klubbstugan den 22 april kl 19. Per kopierar verksamhetsberättelsen "
             "och Eva skriver ut dagordningen.\n")
    item = _item(ex, "Eva skriver ut dagordningen")
    assert item.due == dt.date(2024, 4, 22)


def test_a_past_date_in_the_title_gives_no_due():
    ex = run(HEAD + "§ 7 Städdagen 16 mars\n"
             "Städdagen gick bra. Ali ser över förrådet.\n")
    item = _item(ex, "Ali ser över förrådet")
    assert item.due is None


def test_the_next_sentence_times_the_task_it_goes_on_about():
    ex = run(HEAD + "§ 8 Lokalfrågan\n"
             "• Kansliet får i uppdrag att utreda hur föreningens lokaler kan samlas. "
             "Utredningsarbetet ska bedrivas så att styrelsen kan behandla förslaget i "
             "september 2024.\n")
    item = _item(ex, "Kansliet får i uppdrag")
    assert (item.due, item.due_precision) == (dt.date(2024, 9, 30), "month")


def test_a_task_that_points_back_is_due_and_owned_as_the_sentence_before_tells() -> None:
    text = (
        "Protokoll styrelsemöte 2026-01-08\n\n"
        "3. Ekonomi\n"
        "Beslutades att Bo Ek presenterar ett budgetförslag till nästa sammanträde. I detta "
        "förslag ska pengar för ett arkivskåp ingå.\n\n"
        "4. Kommande styrelsemöten\n"
        "Kommande möten sker den 5 februari och den 26 februari.\n"
    )
    ex = run(text)
    (it,) = [it for it in ex.items + ex.possible if "arkivskåp" in (it.evidence or "")]
    assert (it.owner, it.due) == ("Bo Ek", dt.date(2026, 2, 5))


def test_a_task_for_a_named_event_is_due_on_the_day_the_minutes_give_it() -> None:
    text = (
        "Protokoll styrelsemöte 2026-01-18\n\n"
        "3. Vägarna\n"
        "Inför årsmötet ska en underhållsplan för vägarna presenteras av styrelsen.\n\n"
        "8. Övriga frågor\n"
        "Årsmötet sker som vanligt på påskdagen den 5/4 kl 15.00.\n"
    )
    ex = run(text)
    (it,) = [it for it in ex.items + ex.possible if "underhållsplan" in it.text]
    assert it.due == dt.date(2026, 4, 5)


def test_a_task_told_as_going_with_the_one_before_takes_its_time() -> None:
    text = (
        "Protokoll vägföreningen 2026-04-08\n\n"
        "4. Vägarna\n"
        "Grusning av hela Skogsvägen erfordras under 2026 och saltning ska ske efteråt. "
        "Även sträckan vid infarten från länsvägen skall grusbeläggas.\n"
    )
    ex = run(text)
    (it,) = [it for it in ex.items + ex.possible if it.text.startswith("Även")]
    assert it.due == dt.date(2026, 12, 31)
