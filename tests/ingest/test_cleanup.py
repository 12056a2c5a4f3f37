"""Clean-up rules: whitespace, broken words and dates, page furniture."""

from __future__ import annotations

import pytest

from tracker.domain import Line
from tracker.ingest.cleanup import (
    clean,
    normalise,
    remove_page_furniture,
    repair_breaks,
    vocabulary,
)
from tracker.ingest.text_tables import aligned_tables, tab_tables


def _lines(*texts: str, page: int = 1) -> list[Line]:
    return [Line(text=t, page=page, line=i) for i, t in enumerate(texts, 1)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Mötets   öppnande  ", "Mötets öppnande"),
        ("Budget\t2024\u00a0mnkr", "Budget 2024 mnkr"),
        ("bud\u00adget", "budget"),  # soft hyphen inside a word is invisible
        ("jobb\x02", "jobb-"),  # pdfium's hyphen mark
        ("jobb\ufffe", "jobb-"),
        ("\ufeffProtokoll\u200b", "Protokoll"),
        ("a\x07b", "a b"),
        ("   ", ""),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("head", "tail", "new_head", "new_tail", "context"),
    [
        # Broken ISO dates join, whatever the word rules say.
        ("2015-01-01 2015-12-", "31", "2015-01-01 2015-12-31", None, ""),
        ("Slutdatum 2015-12-", "31 Avvikelse", "Slutdatum 2015-12-31", "Avvikelse", ""),
        ("2015-", "12-31 pågår", "2015-12-31", "pågår", ""),
        ("2015-12-", "32", "2015-12-", "32", ""),  # no such day: left alone
        ("summa 12-", "31", "summa 12-", "31", ""),  # not a date
        # A line-end hyphen before a lowercase word: the tail moves up, hyphen kept …
        (
            "den så kallade Vita jobb-",
            "modellen som",
            "den så kallade Vita jobb-modellen",
            "som",
            "",
        ),
        ("Beräknade budget-", "förändringar", "Beräknade budget-förändringar", None, ""),
        # … unless the document spells the word without it elsewhere.
        (
            "beslut i kommunstyrel-",
            "sen, enligt",
            "beslut i kommunstyrelsen,",
            "enligt",
            "kommunstyrelsen kommunstyrelsen",
        ),
        # Suspended compounds stay as they are.
        (
            "skrivelsen om kris-",
            "och krigsberedskap",
            "skrivelsen om kris-",
            "och krigsberedskap",
            "",
        ),
        ("individ-", "eller familjeomsorg", "individ-", "eller familjeomsorg", ""),
        # A capital after the hyphen: a name, hyphen kept.
        (
            "stadsdelsförvaltningen i Hägersten-",
            "Älvsjö har",
            "stadsdelsförvaltningen i Hägersten-Älvsjö",
            "har",
            "",
        ),
        # A dash with spaces, or a hyphen before a number, is not a broken word.
        ("Kostnader -", "minskar", "Kostnader -", "minskar", ""),
        ("T1-", "2016", "T1-", "2016", ""),
        # A soft hyphen at the end always joins without a hyphen.
        ("verksamhets\u00ad", "berättelse för", "verksamhetsberättelse", "för", ""),
    ],
)
def test_repair_breaks(
    head: str, tail: str, new_head: str, new_tail: str | None, context: str
) -> None:
    lines = _lines(head, tail)
    vocab = vocabulary([*lines, Line(text=context, page=1, line=9)])
    out = repair_breaks(lines, vocab)
    assert out[0].text == new_head
    if new_tail is None:
        assert len(out) == 1, "an emptied line is dropped"
    else:
        assert out[1].text == new_tail
    # Lines keep pointing at their source.
    assert [ln.line for ln in out] == [1, 2][: len(out)]


def test_repair_breaks_in_table_cells_column_by_column() -> None:
    a = Line(text="", page=1, line=4, cells=["Ta fram en plan", "2015-01-01", "2015-12-"], table=2)
    b = Line(text="", page=1, line=5, cells=["för nämnden", "", "31"], table=2)
    out = repair_breaks([a, b], vocabulary([]))
    assert out[0].cells == ["Ta fram en plan", "2015-01-01", "2015-12-31"]
    assert out[1].cells == ["för nämnden", "", ""]
    assert out[1].text == "för nämnden"


WORDS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex"]


def _paged(pages: list[list[str]]) -> list[Line]:
    lines: list[Line] = []
    for p, texts in enumerate(pages, 1):
        lines += _lines(*texts, page=p)
    return lines


def test_running_header_and_footer_removed_on_every_page() -> None:
    pages = [
        ["Hägersten-Älvsjö", f"Text på sida {WORDS[p]}", f"rad två {WORDS[p]}", f"Sida {p} av 4"]
        for p in range(1, 5)
    ]
    out = remove_page_furniture(_paged(pages), 4)
    assert [ln.text for ln in out if ln.page == 2] == ["Text på sida två", "rad två två"]
    # Numbers still point at the source lines.
    assert [ln.line for ln in out if ln.page == 2] == [2, 3]


@pytest.mark.parametrize(
    "footer",
    ["Sida {p} av 5", "sida {p}", "{p} (5)", "- {p} -", "{p}", "{p}/5", "Page {p} of 5"],
)
def test_page_number_forms(footer: str) -> None:
    pages = [[f"Innehåll {WORDS[p]}", f"mer {WORDS[p]}", footer.format(p=p)] for p in range(1, 6)]
    out = remove_page_furniture(_paged(pages), 5)
    assert all(not ln.text.startswith(("Sida", "sida", "Page", "-")) for ln in out)
    assert len(out) == 10


def test_bare_numbers_with_offset_removed() -> None:
    # Printed page numbers start at 3 (cover and contents unnumbered).
    pages = [[f"{p + 2}", f"Rubrik {WORDS[p]}", f"text {WORDS[p]}"] for p in range(1, 5)]
    out = remove_page_furniture(_paged(pages), 4)
    assert all(not ln.text.isdigit() for ln in out)


def test_lone_number_at_page_end_is_content() -> None:
    # A wrapped table cell "31" that ends one page is not a page number.
    pages = [["Aktivitet", "2015-12-", "31"], ["Analys", "pågår", "text"], ["x", "y", "z"]]
    out = remove_page_furniture(_paged(pages), 3)
    assert "31" in [ln.text for ln in out]


def test_repeated_heading_at_varying_places_is_kept() -> None:
    pages = [["Rubrik", "Analys", "text"], ["Analys", "text", "mer"], ["a", "b", "Analys"]]
    out = remove_page_furniture(_paged(pages), 3)
    assert [ln.text for ln in out].count("Analys") == 3


def test_table_rows_are_never_furniture() -> None:
    lines: list[Line] = []
    for p in range(1, 4):
        lines.append(Line("Aktivitet Startdatum", p, 1, cells=["Aktivitet", "Startdatum"], table=p))
        lines += [Line("rad", p, 2), Line("rad två", p, 3), Line("slut", p, 4)]
    out = remove_page_furniture(lines, 3)
    assert sum(ln.cells is not None for ln in out) == 3


def test_single_page_document_keeps_its_lines() -> None:
    lines = _lines("Hägersten-Älvsjö", "Protokoll", "text")
    assert len(remove_page_furniture(lines, 1)) == 3


def test_clean_drops_empty_lines_but_keeps_numbering() -> None:
    lines = [Line("  a  ", 1, 1), Line("   ", 1, 2), Line("b\tc", 1, 3)]
    out = clean(lines, 1)
    assert [(ln.text, ln.line) for ln in out] == [("a", 1), ("b c", 3)]


def test_header_with_a_date_that_contains_the_page_number() -> None:
    pages = [
        [f"Protokoll 2024-03-12, sida {p} av 12", f"Innehåll {p} {WORDS[p % 7]}", "x" * p]
        for p in range(1, 13)
    ]
    out = remove_page_furniture(_paged(pages), 12)
    assert not any(ln.text.startswith("Protokoll") for ln in out)
    assert len(out) == 24


# --- whitespace-aligned text tables ---------------------------------------------------


_ALIGNED = [
    "Punkt    Fråga                   Väckt av   Ansvar       Åter   Läge",
    "2025:04  Lönekartläggning 2025   Vision     Lönechef     sept   Klar – redovisad",
    "                                                                under p. 4",
    "2025:07  Friskvårdsbidrag för    Kommunal   HR-chefen    okt    Pågår, förslag",
    "         timavlönade                                            tas fram",
    "12. Nästa möte",
]


def test_aligned_table_gets_cells_by_header_columns() -> None:
    lines = [Line(t, 1, i) for i, t in enumerate(_ALIGNED, 1)]
    aligned_tables(lines)
    cells = [ln.cells for ln in lines]
    assert cells[0] == ["Punkt", "Fråga", "Väckt av", "Ansvar", "Åter", "Läge"]
    # "2025:04  Lönekartläggning": two spaces apart are two cells
    assert cells[1] == [
        "2025:04",
        "Lönekartläggning 2025",
        "Vision",
        "Lönechef",
        "sept",
        "Klar – redovisad",
    ]
    # wrapped cells: a row with an empty first column, cells under their columns
    assert cells[2] == ["", "", "", "", "", "under p. 4"]
    assert cells[4] == ["", "timavlönade", "", "", "", "tas fram"]
    # one cell in the first column is the text after the table
    assert cells[5] is None
    assert len({ln.table for ln in lines[:5]}) == 1


@pytest.mark.parametrize(
    "texts",
    [
        # a signature block: two lines, not a table
        [
            "Lotta Brännström          Petra Sundqvist          Jan-Erik Marklund",
            "Arbetsgivaren             Vision                   Sveriges Lärare",
        ],
        # a running header of two cells
        [
            "Skellefteå kommun                    MINNESANTECKNINGAR",
            "Central samverkansgrupp (CSG)        2025-09-11",
            "Protokoll                            Sida 1",
        ],
        # prose with double spaces after full stops does not line up
        [
            "Mötet öppnas.  Dagordningen godkänns.  Anna justerar.",
            "Ekonomin redovisas.  Prognosen är  ett underskott.",
            "Inga övriga frågor.  Mötet avslutas  kl 15.",
        ],
        # a pipe table is left to the extractor
        ["Vad  |  Vem  |  När", "Laga  |  Rob  |  31/5", "Boka  |  Per  |  1/6"],
    ],
)
def test_aligned_table_traps(texts: list[str]) -> None:
    lines = [Line(t, 1, i) for i, t in enumerate(texts, 1)]
    aligned_tables(lines)
    assert all(ln.cells is None for ln in lines)


def test_removed_furniture_is_kept_aside_in_order() -> None:
    pages = [
        ["KSAU 2026-02-03", f"Text på sida {WORDS[p]}", f"rad två {WORDS[p]}", f"Sida {p} av 4"]
        for p in range(1, 5)
    ]
    removed: list[Line] = []
    out = remove_page_furniture(_paged(pages), 4, removed)
    assert len(out) == 8
    assert [(ln.page, ln.text) for ln in removed[:2]] == [
        (1, "KSAU 2026-02-03"), (1, "Sida 1 av 4")]
    assert len(removed) == 8


def test_txt_document_keeps_its_running_header(tmp_path) -> None:
    from tracker.ingest import read_document

    body = "\f".join(
        f"Kommunstyrelsens arbetsutskott 2026-02-03\n§ {p} Ärende\nText {WORDS[p]}.\n"
        f"Sida {p} av 3\n"
        for p in range(1, 4)
    )
    f = tmp_path / "p.txt"
    f.write_text(body, encoding="utf-8")
    doc = read_document(f)
    assert all("arbetsutskott" not in ln.text for ln in doc.lines)
    assert doc.furniture[0].text == "Kommunstyrelsens arbetsutskott 2026-02-03"


# --- tab-separated tables ("Word saved as text") ------------------------------------------

_TABBED = [
    "Följande åtgärder beslutades:",
    "Åtgärd\tAnsvarig\tKlart\tStatus",
    "Ställa ut vattentankar vid torget\tVA-chef\t2025-07-17\tPågår",
    "Leverera vatten till brukare\tEnhetschef hemtjänst Norr\t2025-07-17\tPågår",
    # Word keeps a row's empty last cells, but a hand edit may lose them
    "Sammanställa kostnaderna\tEkonomichef\t2025-08-29",
    "§ 5 Badplatser",
]


def test_tab_separated_table_gets_cells() -> None:
    lines = _lines(*_TABBED)
    tab_tables(lines)
    assert lines[0].cells is None and lines[5].cells is None
    assert lines[1].cells == ["Åtgärd", "Ansvarig", "Klart", "Status"]
    assert lines[2].cells == ["Ställa ut vattentankar vid torget", "VA-chef", "2025-07-17",
                              "Pågår"]
    assert lines[4].cells == ["Sammanställa kostnaderna", "Ekonomichef", "2025-08-29", ""]
    assert len({ln.table for ln in lines[1:5]}) == 1


@pytest.mark.parametrize(
    "texts",
    [
        # bullets: one tab each
        ["•\tSMHI har utfärdat varning.", "•\tBrandrisken är mycket stor."],
        # a signature line of two names
        ["Justeras", "Marie Pettersson, ordförande\tJan-Erik Lund, justerare"],
        # indented paragraphs: tabs, but one cell of text
        ["\t\tNämnden beslutar att", "\t\tgodkänna rapporten."],
        # a header line with no row under it
        ["Åtgärd\tAnsvarig\tKlart", "Nästa möte hålls den 18 juli."],
        # rows wider than the header are another layout
        ["Vad\tVem\tNär", "a\tb\tc\td\te"],
    ],
)
def test_tab_table_traps(texts: list[str]) -> None:
    lines = _lines(*texts)
    tab_tables(lines)
    assert all(ln.cells is None for ln in lines)


def test_clean_keeps_tab_table_cells_and_normalises_them() -> None:
    lines = clean(_lines("Vad\tVem\tNär", "Boka  lokal\tPer\t31/5"), 1)
    assert [ln.cells for ln in lines] == [["Vad", "Vem", "När"], ["Boka lokal", "Per", "31/5"]]
    assert lines[1].text == "Boka lokal Per 31/5"


# A text export of a Vad/Vem/När table whose first column wraps onto lines of its own.
_WRAPPED_FIRST = [
    "Vad                                        Vem                När",
    "Ta fram höstens schema för                 Kristina Sundin    v. 33",
    "helgtjänstgöring",
    "Kontrollera larmkedjan för nattpatrull-    Sanna Westin,      30/6",
    "ens mobiltelefoner                         Mohamed Ali",
    "Informera om nya rutiner för läke-         Mohamed Ali        APT 17 juni",
    "medelshantering",
    "7. Övrigt",
]


def test_aligned_table_first_column_wrapped_finishes_its_row() -> None:
    lines = [Line(t, 1, i) for i, t in enumerate(_WRAPPED_FIRST, 1)]
    aligned_tables(lines)
    rows = [ln.cells for ln in lines if ln.cells]
    assert rows[1:] == [
        ["Ta fram höstens schema för helgtjänstgöring", "Kristina Sundin", "v. 33"],
        ["Kontrollera larmkedjan för nattpatrullens mobiltelefoner",
         "Sanna Westin, Mohamed Ali", "30/6"],
        ["Informera om nya rutiner för läkemedelshantering", "Mohamed Ali", "APT 17 juni"],
    ]
    # the continuation lines are used up; the heading after the table stays text
    assert [ln.text for ln in lines if ln.cells is None] == ["", "", "", "7. Övrigt"]


@pytest.mark.parametrize("after", [
    "Nästa möte 2026-08-25.",  # a capital: text after the table, not a wrapped cell
    "7. Övrigt",
])
def test_aligned_table_text_after_it_is_no_continuation(after: str) -> None:
    texts = [*_WRAPPED_FIRST[:2], "helgtjänstgöring", *_WRAPPED_FIRST[5:6], after]
    lines = [Line(t, 1, i) for i, t in enumerate(texts, 1)]
    aligned_tables(lines)
    assert lines[-1].cells is None and lines[-1].text == after


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # the line break lost to a space in a copied text: joined where the document
        # spells the whole word elsewhere
        ("Målen är delvis upp- nådda.", "Två mål är uppnådda.", "Målen är delvis uppnådda."),
        # no evidence of the whole word: left as written
        ("Planen för om- ställningen.", "Ingen annan text.", "Planen för om- ställningen."),
        # a suspended compound before a conjunction
        ("Om- och tillbyggnaden pågår.", "Omoch", "Om- och tillbyggnaden pågår."),
        # a dash between words is no broken word
        ("Budget - utfall", "budgetutfall", "Budget - utfall"),
    ],
)
def test_a_word_broken_inside_a_line_is_joined_on_evidence(text, context, expected) -> None:
    lines = _lines(text, context)
    out = repair_breaks(lines, vocabulary(lines))
    assert out[0].text == expected
