"""A procedural section (the opening, the roll, the agenda, the signing) takes a few
lines and opens nothing.  A long run of text under such a title is the rest of the
meeting whose headings were lost (a web page whose first agenda point is
"Protokollsjustering" and whose other points follow without headings): its matters are
read like any other's."""

from __future__ import annotations

from tests.extract.minutes_helpers import run

HEAD = """Protokoll Hälso- och sjukvårdsnämnden 2025-02-11

1 Protokollsjustering
"""


def _open(text: str) -> list:
    ex = run(text)
    return [c for c in [*ex.items, *ex.possible] if c.status == "open"]


def test_a_short_procedural_section_opens_nothing() -> None:
    text = HEAD + ("Protokollet justeras av Anna Berg och Per Ek senast den 18 februari.\n\n"
                   "Justeringen sker digitalt.\n")
    assert not [c for c in run(text).items if c.status == "open"]


def test_matters_run_on_under_a_procedural_title_are_read() -> None:
    text = HEAD + """Protokollet justeras av Anna Berg.

Frågor kvar att besvara från förra sammanträdet.

Lisa Holm (S) ställer följande fråga om väntetiderna på akuten i Norrby.

Hur länge får patienterna vänta i dag?

Varför har väntetiderna ökat sedan i fjol?

Nämnden diskuterar bemanningen under sommaren.

Förvaltningen får i uppdrag att ta fram en plan för sommarbemanningen senast den 30 april.

Informationen noteras.
"""
    got = _open(text)
    assert any("väntetiderna" in (c.text or "") for c in got), [c.title for c in got]
    assert any(c.kind == "assignment" and "sommarbemanningen" in (c.text or "") for c in got)
