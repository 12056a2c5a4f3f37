"""The body named by its meeting ("Protokoll fört vid styrelsemöte i …" → Styrelsen) and a
role noun split by a line-break hyphen ("Bygglovs-" / "chefen") – with traps."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import run
from tracker.extract.body_in_text import _body_from
from tracker.language.aliases import aliases


@pytest.mark.parametrize(("title", "body"), [
    ("Protokoll fört vid styrelsemöte i Strömsundshem AB", "Styrelsen"),
    ("Protokoll ledningsgruppsmöte 3/4", "Ledningsgruppen"),
    # traps: a meeting noun whose stem is no body word stays as written
    ("Protokoll enhetsmöte 6/11", "Enhetsmöte"),
    ("Protokoll arbetsplatsmöte 3/4", "Arbetsplatsmöte"),
])
def test_body_from_meeting_noun(title, body):
    assert _body_from(title, aliases()) == body


def test_tabled_matter_owned_by_the_board():
    ex = run("Protokoll fört vid styrelsemöte i Strömsundshem AB\nDatum: 11 juni 2025\n"
             "Närvarande: Göran Westberg, Lisbeth Ring\n"
             "§ 9 Försäljning av fastigheten\nEn intressent har lämnat ett bud.\n"
             "Beslut: Ärendet om försäljningen bordläggs till nästa styrelsemöte.\n"
             "§ 10 Övrigt\nInget.\n")
    tabled = [c for c in ex.items if c.kind == "tabled"]
    assert len(tabled) == 1
    assert tabled[0].owner == "Styrelsen"


@pytest.mark.parametrize(("text", "owner"), [
    # as the reader gives it: the hyphen kept, the word moved up to the broken line
    ("Ulla Berntsson (M) frågar om handläggningstiderna. Bygglovs-chefen återkommer med "
     "statistik till nästa sammanträde.", "Bygglovschefen"),
    # trap: an abbreviation before the hyphen stays hyphenated
    ("Ulla Berntsson (M) frågar om datorerna. IT-chefen återkommer med svar till nästa "
     "sammanträde.", "IT-chefen"),
])
def test_role_noun_broken_by_a_line_hyphen(text, owner):
    ex = run("Protokoll miljö- och byggnadsnämnden 2025-12-03\nNärvarande: Ulla Berntsson\n"
             "§ 5 Information\n" + text + "\n§ 6 Övrigt\nInget.\n")
    items = [c for c in ex.items if c.status == "open"]
    assert len(items) == 1
    assert (items[0].owner or "").lower() == owner.lower()
