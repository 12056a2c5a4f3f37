"""A member's interpellation or question put in the meeting is an answer owed by the one it
is put to (the chair of a committee, a named councillor), whatever the layout: a bullet
under "Interpellationer; nya", a paragraph that follows a heading run into it, a point of a
list of questions.  The asker is never the owner.  Traps: the answer given in the meeting,
a question withdrawn, a motion about how answers are to be sent out."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import run

HEAD = """PROTOKOLL
Kommunfullmäktige
Sammanträdesdatum 2025-03-10

§ 12
{title}

{body}
"""


def _offered(text: str) -> list:
    ex = run(text)
    return [c for c in [*ex.items, *ex.possible] if c.status == "open"]


# (heading, sentence, the owner's words or None, a word of the item's matter)
PUT = [
    ("Interpellationer; nya",
     "• Saga Lindqvist (v) fick tillstånd att till fritidsnämndens ordförande ställa "
     "interpellation om öppettiderna i simhallen.",
     "fritidsnämndens ordförande", "simhallen"),
    ("Anmälan av interpellationer",
     "Olof Berggren (KD) lämnade in en interpellation till Maja Sundin (S) den 4 februari "
     "2025 om snöröjningen på cykelvägarna (bilaga).",
     "Maja Sundin", "snöröjningen"),
    ("Anmälan av interpellationer",
     "Tidigare inlämnade interpellationer Olof Berggren (KD) lämnade in en interpellation "
     "till Maja Sundin (S) om belysningen vid busshållplatserna.",
     "Maja Sundin", "belysningen"),
    ("Frågor",
     "Ines Holm (MP) ställer följande fråga om skolskjutsarna i Norrby.",
     None, "skolskjutsarna"),
    ("Frågor",
     "Ines Holm (MP) har riktat en skriftlig fråga till tekniska nämndens ordförande om "
     "gatubelysningen.",
     "tekniska nämndens ordförande", "gatubelysningen"),
]


@pytest.mark.parametrize(("title", "sentence", "owner", "word"), PUT)
def test_a_question_put_is_an_answer_owed(title: str, sentence: str, owner: str | None,
                                          word: str) -> None:
    got = [c for c in _offered(HEAD.format(title=title, body=sentence))
           if word in (c.title + " " + (c.text or "") + " " + (c.evidence or ""))]
    assert got, "the question put is offered"
    item = got[0]
    assert item.kind == "awaiting_reply"
    if owner is not None:
        assert item.owner and owner.casefold() in item.owner.casefold()
    # the one who asks does not owe the answer
    asker = sentence.split("(")[0].split()[-1]
    assert not item.owner or asker not in item.owner


# (heading, sentence, a word that must not stand in an open item)
ANSWERED = [
    # put and answered in the same matter
    ("Interpellation om simhallen",
     "Saga Lindqvist (V) har ställt en interpellation till fritidsnämndens ordförande Per "
     "Ek (M) om simhallens öppettider.\n\nPer Ek (M) besvarar interpellationen.\n\n"
     "Interpellationsdebatten förklaras avslutad.",
     "simhallen"),
    ("Frågor",
     "Saga Lindqvist (V) ställer en fråga till Per Ek (M) om badet. Per Ek (M) svarar att "
     "badet öppnar i maj.",
     "badet"),
    ("Interpellationer",
     "Kommunstyrelsens ordförande besvarar en interpellation om parkeringen vid torget.",
     "parkeringen"),
    ("Interpellationer",
     "Saga Lindqvist (v) fick tillstånd att ställa interpellation om lekparkerna och fick "
     "svar av nämndens ordförande.",
     "lekparkerna"),
    ("Frågor",
     "Olof Berggren (KD) ställde en fråga om vägbulorna som besvarades av Maja Sundin (S).",
     "vägbulorna"),
    ("Interpellationer",
     "Olof Berggren (KD) lämnade in en interpellation om hamnen; interpellationen drogs "
     "tillbaka.",
     "hamnen"),
]


@pytest.mark.parametrize(("title", "sentence", "word"), ANSWERED)
def test_a_question_answered_or_withdrawn_owes_nothing(title: str, sentence: str,
                                                       word: str) -> None:
    ex = run(HEAD.format(title=title, body=sentence))
    assert not [c for c in ex.items if c.status == "open" and c.kind == "awaiting_reply"
                and word in (c.title + " " + (c.text or ""))]
