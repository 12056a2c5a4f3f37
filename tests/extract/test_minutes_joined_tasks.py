"""One sentence of association minutes that gives two people a task each ("Lena bokar
lokalen, Tomas kan köpa kaffe", "Greta beställer banden och så hämtar Olle dem") is two
items, each with its own owner: the second person's part is not a restatement of the
first person's item that holds the whole sentence.  Traps: two people sharing one task,
the verb after "och så" that is no one's task, and the same task said twice by one
owner."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import run

HEAD = """Protokoll styrelsemöte Byalaget 2025-05-06

Närvarande: Lena, Tomas, Greta, Olle, Berit

§ 4 Sommarfesten
{body}
"""


def _offered(body: str) -> list:
    ex = run(HEAD.format(body=body))
    return [c for c in [*ex.items, *ex.possible] if c.status == "open"]


def _owning(items: list, word: str) -> list:
    return [c for c in items if word.casefold() in (c.title or "").casefold()]


# (sentence, [(a word of each task's own title, its owner)])
JOINED = [
    ("Lena bokar bygdegården för festen, Tomas kan köpa kaffe och saft på Konsum.",
     [("bygdegården", "Lena"), ("saft", "Tomas")]),
    ("Flaggorna finns i förrådet, Greta beställer nya band och så hämtar Olle dem i Ystad.",
     [("band", "Greta"), ("Ystad", "Olle")]),
    ("Berit ringer musikerna, sedan skriver Tomas affischen till anslagstavlan.",
     [("musikerna", "Berit"), ("affischen", "Tomas")]),
]


@pytest.mark.parametrize(("body", "tasks"), JOINED)
def test_each_person_in_one_sentence_gets_an_item(body: str, tasks: list) -> None:
    items = _offered(body)
    for word, owner in tasks:
        got = _owning(items, word)
        assert got, f"{owner}'s task is offered in an item titled by it"
        assert any(c.owner == owner for c in got), [c.owner for c in got]
    # the second person's part is an item of its own, not folded into the first
    assert len({id(c) for w, _ in tasks for c in _owning(items, w)}) >= len(tasks)


def test_a_task_shared_by_two_people_stays_one_item() -> None:
    items = _offered("Lena och Tomas kollar upp hyran för tältet till nästa möte.")
    assert len(_owning(items, "tältet")) == 1


def test_och_sa_before_a_verb_of_no_task_splits_nothing() -> None:
    items = _offered("Lena bokar bygdegården och så kommer Olle på festen om han kan.")
    assert not [c for c in items if (c.owner or "") == "Olle"]


def test_one_owners_task_said_twice_is_still_one_item() -> None:
    body = ("Lena bokar bygdegården senast 1 juni.\n\n"
            "Beslut: Lena bokar bygdegården till festen senast 1 juni.")
    items = [c for c in run(HEAD.format(body=body)).items if c.status == "open"]
    assert len(_owning(items, "bygdegården")) == 1


@pytest.mark.parametrize("body", [
    "Tre nya bänkar ska köpas in till badplatsen under våren Tomas fixar.",
    "Tre nya bänkar ska köpas in till badplatsen under våren, Tomas kollar upp det.",
])
def test_a_bare_person_and_verb_after_a_task_owns_it(body: str) -> None:
    items = _offered(body)
    got = _owning(items, "bänkar")
    assert len(got) == 1, [(c.title, c.owner) for c in items]
    assert got[0].owner == "Tomas"
    assert "Tomas" in got[0].title or "Tomas" in (got[0].text or "")
    assert not [c for c in items if c is not got[0] and (c.owner or "") == "Tomas"]


# A thing to arrange written as a noun, the ones responsible named at the end of the line.
@pytest.mark.parametrize(("body", "owner"), [
    ("Lekar och fika etc. ansvariga Greta och Olle.", "Greta"),
    ("Städdag i förrådet 12 juni, ansvarig Berit.", "Berit"),
    ("Lotteriet – ansvarig Tomas.", "Tomas"),
    # traps: the responsible body or someone responsible elsewhere, no one named after it
    ("Ansvarig nämnd är tekniska nämnden.", None),
    ("Lena har försökt nå ansvarig på kommunen utan resultat.", None),
])
def test_a_noun_task_with_its_responsible_named(body: str, owner: str | None) -> None:
    items = [c for c in run(HEAD.format(body=body)).items if c.status == "open"]
    if owner is None:
        assert not [c for c in items if c.kind == "action"], [(c.kind, c.title) for c in items]
        return
    assert [c.kind for c in items] == ["action"], [(c.kind, c.title) for c in items]
    assert items[0].owner == owner
