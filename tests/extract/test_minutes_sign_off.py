"""The sign-off of the minutes ("Anteckningarna är godkända av … och …") after an action
list: the meeting's own paperwork, no task of the list above it and no item of its own."""

from __future__ import annotations

from tests.extract.minutes_helpers import open_items, run

NOTES = """Personalmöte Verkstaden
Minnesanteckningar
Datum: 2026-02-03

1. Arbetsmiljö
Golvet vid svarven är halt när det regnar.

2. Åtgärder
Nr | Uppgift | Ansvarig | Datum | Status
1 | Lägga halkskydd vid svarven | Greta N | 2026-02-20 | Ny
2 | Beställa nya arbetsskor | Hugo P | 2026-03-01 | Ny

Nästa möte: 2026-03-03.
{sign_off}
"""


def _titles(sign_off: str) -> list[str]:
    return [c.text for c in open_items(run(NOTES.format(sign_off=sign_off)))]


def test_sign_off_line_is_no_task_of_the_list():
    titles = _titles("Anteckningarna är godkända av arbetsledare Ivar Berg och skyddsombud "
                     "Stina Ek.")
    assert any("halkskydd" in t for t in titles)
    assert any("arbetsskor" in t for t in titles)
    assert not any("godkända" in t for t in titles)


def test_minutes_checked_by_is_no_item():
    titles = _titles("Protokollet justerat av Stina Ek.")
    assert not any("justerat" in t for t in titles)


def test_a_task_line_after_the_list_still_counts():
    # The sign-off ignore is narrow: a person's task in the same place stays an item.
    titles = _titles("Ivar skickar anteckningarna till alla senast fredag.")
    assert any("Ivar skickar" in t for t in titles)
