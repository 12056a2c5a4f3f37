"""Terse APT notes: unnumbered headings over bullet lists written in lower case, a
note whose last clause is a bare closing word, each closed bullet a matter of its own, and
a short sentence after a task that is only its deadline – with the traps each must leave
alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run

D = dt.date

HEAD = ("APT Centralköket 8/9 2026\n"
        "Närvarande: Birgitta (kostchef), Lotta, Ahmed, Jenny, Rolf\n\n")


def notes(*sections: tuple[str, list[str]]) -> str:
    return HEAD + "\n".join(title + "\n" + "\n".join(lines) + "\n" for title, lines in sections)


@pytest.mark.parametrize(("bullet", "word"), [
    ("- brandfilten i diskrummet: bytt, klart (Ahmed)", "brandfilten"),
    ("- schemat för storhelger: Birgitta har skickat ut det, inget mer att göra", "storhelger"),
    ("- diskhandskarna: beställda och levererade, klart.", "diskhandskarna"),
])
def test_closing_clause_ends_the_note(bullet, word):
    ex = run(notes(("Från förra APT", [bullet, "- förrådet: Lotta har rensat, åtgärdat"]),
                   ("Info", ["- livsmedelskontrollen var här 2/9, inga anmärkningar"]),
                   ("Att göra", ["- Rolf kollar temperaturloggern i kylrum 2 och rapporterar"])))
    done = [c for c in ex.items if c.status == "done"]
    # both closed bullets are matters of their own, in a section of their own
    assert len(done) == 2
    assert any(word in (c.title + " " + (c.evidence or "")).lower() for c in done)
    opened = [c for c in ex.items if c.status == "open"]
    assert [c.owner for c in opened] == ["Rolf"]


@pytest.mark.parametrize("bullet", [
    # traps: "klar" as part of a sentence, not a closing clause
    "- menyn: Jenny meddelar när den blir klar",
    "- vi vet inte när ugnen är klar för leverans, Ahmed följer upp",
])
def test_no_closing_inside_a_sentence(bullet):
    ex = run(notes(("Från förra APT", [bullet]), ("Övrigt", ["Inget mer togs upp på mötet."])))
    assert [c for c in ex.items if c.status == "done"] == []


@pytest.mark.parametrize(("tail", "due"), [
    ("Innan v. 37 är slut", D(2026, 9, 11)),
    ("I slutet av september", D(2026, 9, 30)),
    # trap: a sentence after the task without a deadline: the list's due stands (next APT)
    ("Gäller även kylrum 3", D(2026, 10, 6)),
])
def test_short_deadline_sentence_after_a_task(tail, due):
    ex = run(notes(("Att göra", [f"- Rolf kollar temperaturloggern i kylrum 2. {tail}"]),
                   ("Övrigt", ["Nästa APT 6/10 kl 14.00 i matsalen"])))
    items = [c for c in ex.items if c.status == "open"]
    assert len(items) == 1
    assert items[0].due == due
