"""Referrals that name the matter between the verb and the forum: "X tar frågan om … vidare
till ledningsgruppen", "X lyfter frågan om … i skyddskommittén" – and traps."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import run

HEAD = ("APT Ungdomens hus 28/1 2026\n"
        "Närvarande: Mira Lahti, Jonne Keskitalo, Johanna Wik\n\n")


@pytest.mark.parametrize(("sentence", "forum"), [
    ("Mira tar frågan om förlängda öppettider vidare till ledningsgruppen för fritid och kultur.",
     "ledningsgruppen"),
    ("Johanna lyfter frågan om hörselskydd i skyddskommittén.", "skyddskommittén"),
])
def test_referral_naming_the_matter(sentence, forum):
    ex = run(HEAD + "Verksamheten\nPersonalen vill stänga kl. 23 på fredagar i stället för 22. "
             + sentence + "\n\nÖvrigt\nInget mer.\n")
    refs = [c for c in ex.items if c.kind == "referred"]
    assert len(refs) == 1
    assert forum in (refs[0].owner or "").lower()


@pytest.mark.parametrize("sentence", [
    # traps: talk about a question, with no forum it is passed to
    "Mira tar frågan om öppettiderna på största allvar.",
    "Johanna lyfte frågan om hörselskydd på förra mötet.",
])
def test_no_referral_without_a_forum(sentence):
    ex = run(HEAD + "Verksamheten\nPersonalen vill stänga kl. 23 på fredagar. " + sentence
             + "\n\nÖvrigt\nInget mer.\n")
    assert [c for c in ex.items if c.kind == "referred"] == []
