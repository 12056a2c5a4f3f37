"""PDF reader: reading order, tables as cells, furniture, broken words, positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from tests.render import TableSpec, make_scanned_pdf, render_pdf
from tracker.domain import Line
from tracker.errors import InputError
from tracker.ingest import read_document
from tracker.ingest.pdf_reader import _check_decodable, read

ACTIVITIES = [
    ["Aktivitet", "Startdatum", "Slutdatum", "Avvikelse"],
    [
        "Kommunstyrelsen ska tillsammans med stadsdelsnämnderna och utbildningsnämnden "
        "förbättra möjligheten att få barnomsorg på obekväm arbetstid.",
        "2015-01-01",
        "2015-12-31",
        "",
    ],
    ["Inrätta en barnombudsman.", "2015-01-01", "2015-06-30", "Försenad"],
]
WIDTHS = [220.0, 80.0, 80.0, 90.0]


def test_reading_order_follows_position_not_drawing_order(tmp_path: Path) -> None:
    # The renderer draws header and footer before the body, like many real PDFs.
    path = render_pdf(
        ["Protokoll från förvaltningsgruppen", "Närvarande:", "Lars Wennberg"],
        tmp_path / "a.pdf",
        header="Hägersten-Älvsjö",
        footer="Stadsdelsförvaltningen",
    )
    pages, lines = read(path)
    assert pages == 1
    # One page: nothing repeats, so header and footer stay, in their places.
    assert [ln.text for ln in lines] == [
        "Hägersten-Älvsjö",
        "Protokoll från förvaltningsgruppen",
        "Närvarande:",
        "Lars Wennberg",
        "Stadsdelsförvaltningen",
    ]
    # The wide spaces under the header and above the footer count as empty lines, as
    # they would in a text file (paragraph gaps).
    assert [ln.line for ln in lines] == [1, 3, 4, 5, 7]
    tops = [ln.top for ln in lines]
    assert tops == sorted(tops) and tops[0] < 60 and tops[-1] > 780  # A4 is 842 pt high
    assert all(ln.x0 is not None and 50 < ln.x0 < 70 for ln in lines[:-1])
    assert lines[-1].x0 is not None and lines[-1].x0 > 400  # the footer is right-aligned


def test_headers_footers_and_page_numbers_removed(tmp_path: Path) -> None:
    body = [f"Punkt {i}: frågan om ärende nummer {i} diskuterades." for i in range(150)]
    path = render_pdf(
        body, tmp_path / "b.pdf", header="Hägersten-Älvsjö", footer="Sida {page} av {pages}"
    )
    doc = read_document(path)
    assert doc.pages > 2
    texts = [ln.text for ln in doc.lines]
    assert texts == body
    assert {ln.page for ln in doc.lines} == set(range(1, doc.pages + 1))
    # Source numbering: the header was line 1 of each page, and the space under it
    # counts as an empty line.
    assert min(ln.line for ln in doc.lines if ln.page == 2) == 3


def test_hyphen_marks_and_broken_dates(tmp_path: Path) -> None:
    path = render_pdf(
        [
            "Nämnden redovisade sina budget-",
            "förändringar för året och den så kallade Vita jobb-",
            "modellen. Arbetet ska vara klart 2015-12-",
            "31 enligt planen.",
        ],
        tmp_path / "c.pdf",
    )
    texts = [ln.text for ln in read(path)[1]]
    assert texts == [
        "Nämnden redovisade sina budget-förändringar",
        "för året och den så kallade Vita jobb-modellen.",
        "Arbetet ska vara klart 2015-12-31",
        "enligt planen.",
    ]
    assert not any("\x02" in t or "\ufffe" in t or "\r" in t for t in texts)


def test_table_columns_kept_apart(tmp_path: Path) -> None:
    path = render_pdf(
        ["Aktiviteter under året", TableSpec(ACTIVITIES, WIDTHS), "Analys"],
        tmp_path / "d.pdf",
    )
    lines = read(path)[1]
    rows = [ln for ln in lines if ln.table is not None]
    assert {ln.table for ln in rows} == {1}
    assert rows[0].cells == ACTIVITIES[0]
    assert rows[0].text == "Aktivitet Startdatum Slutdatum Avvikelse"
    first = rows[1]
    # The activity wraps over three lines of its cell; the drawn grid makes it one row.
    assert first.cells == ACTIVITIES[1]
    assert len(rows) == 3
    last = rows[-1]
    assert last.cells == ["Inrätta en barnombudsman.", "2015-01-01", "2015-06-30", "Försenad"]
    # Text before and after the table is not part of it.
    assert lines[0].text == "Aktiviteter under året" and lines[0].cells is None
    assert lines[-1].text == "Analys" and lines[-1].table is None


def test_table_over_a_page_break_keeps_its_number(tmp_path: Path) -> None:
    rows = [ACTIVITIES[0]] + [
        [f"Aktivitet nummer {i}", "2015-01-01", "2015-12-31", ""] for i in range(90)
    ]
    path = render_pdf(
        ["Inledning", TableSpec(rows, WIDTHS), "Mellantext", TableSpec(ACTIVITIES, WIDTHS)],
        tmp_path / "e.pdf",
        header="Verksamhetsberättelse 2015",
        footer="Sida {page} av {pages}",
    )
    doc = read_document(path)
    first = [ln for ln in doc.lines if ln.table == 1]
    assert len({ln.page for ln in first}) >= 2
    assert [ln.cells[0] for ln in first if ln.cells and ln.cells[0].startswith("Aktivitet n")] == [
        f"Aktivitet nummer {i}" for i in range(90)
    ]
    assert any(ln.table == 2 for ln in doc.lines)


@pytest.mark.parametrize("header", [None, "Hägersten-Älvsjö"])
def test_budget_table_rows(tmp_path: Path, header: str | None) -> None:
    rows = [
        ["", "Budget", "Prognos", "Avvikelse"],
        ["Individ- och familjeomsorg", "330,3", "-22,0", "-22,0"],
        ["Äldreomsorg", "1 000,7", "15,0", ""],
        ["Totalt", "3 133,4", "40,0", "0,0"],
    ]
    path = render_pdf(
        ["14. Ekonomi och budget", TableSpec(rows, [200, 90, 90, 90])],
        tmp_path / "f.pdf",
        header=header,
    )
    cells = [ln.cells for ln in read(path)[1] if ln.cells]
    assert cells == [["", "Budget", "Prognos", "Avvikelse"], *rows[1:]]


def test_bold_lines_marked(tmp_path: Path) -> None:
    path = render_pdf(["# 5. Balanslista", "**Beslut**", "Vanlig text"], tmp_path / "g.pdf")
    assert [(ln.text, ln.bold) for ln in read(path)[1]] == [
        ("5. Balanslista", True),
        ("Beslut", True),
        ("Vanlig text", False),
    ]


def test_owner_password_only_opens(tmp_path: Path) -> None:
    # Restrictions without a password to open (common for signed minutes) are no obstacle.
    path = render_pdf(
        ["Protokoll som går att läsa"],
        tmp_path / "h.pdf",
        encrypt=StandardEncryption("", "ägare", canModify=0, canCopy=0),
    )
    assert [ln.text for ln in read(path)[1]] == ["Protokoll som går att läsa"]


def test_text_layer_of_unmapped_glyphs_refused() -> None:
    good = [Line(text="Protokoll från mötet " * 20, page=1, line=1)]
    _check_decodable(Path("ok.pdf"), good)
    garbage = [Line(text="\ue012\ue013\x03\x04 " * 100, page=1, line=1)]
    with pytest.raises(InputError, match="går inte att tolka"):
        _check_decodable(Path("trasig.pdf"), garbage)


def test_bullet_lists_are_not_tables(tmp_path: Path) -> None:
    path = render_pdf(
        [
            "SSR har föranmält följande frågor:",
            "• Hur ska den lokala samverkan kring handlingsplanen för en hållbar "
            "arbetssituation för socialtjänsten organiseras under året?",
            "• Finns det planer på aktiva åtgärder?",
        ],
        tmp_path / "i.pdf",
    )
    lines = read(path)[1]
    assert all(ln.cells is None and ln.table is None for ln in lines)
    assert lines[1].text.startswith("• Hur ska den lokala samverkan")
    assert lines[-1].text == "• Finns det planer på aktiva åtgärder?"


def test_right_aligned_numbers_under_left_aligned_headers(tmp_path: Path) -> None:
    rows = [["Verksamhet", "Budget", "Prognos"], ["Äldreomsorg", "1 000,7", "15,0"]]
    rows += [["Vuxna", "54,3", "-5,0"], ["Totalt", "3 133,4", "40,0"]]
    path = render_pdf(
        ["Ekonomi", TableSpec(rows, [200, 90, 90], right_columns=(1, 2))], tmp_path / "j.pdf"
    )
    assert [ln.cells for ln in read(path)[1] if ln.cells] == rows


def test_a_lone_wide_gap_in_running_text_is_not_a_column(tmp_path: Path) -> None:
    path = tmp_path / "k.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    lines = ["Arbetsgivaren svarar att styrgruppen", "återkommer till nästa möte.", "Slut."]
    y = 780
    for i, text in enumerate(lines):
        if i == 0:  # loosely justified: one gap of about 1.5 text heights
            c.drawString(60, y, "Arbetsgivaren svarar")
            c.drawString(
                60 + c.stringWidth("Arbetsgivaren svarar", "Helvetica", 10) + 14,
                y,
                "att styrgruppen",
            )
        else:
            c.drawString(60, y, text)
        y -= 13
    c.save()
    out = read(path)[1]
    assert [ln.text for ln in out] == lines
    assert all(ln.cells is None for ln in out)


def test_mostly_scanned_pdf_with_stamps_refused_without_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_OCR", "0")  # OCR is tested in test_ocr.py
    path = make_scanned_pdf(tmp_path / "s.pdf", pages=3, stamp="Justerat", typed_pages=1)
    with pytest.raises(InputError, match=r"3 av 4 sidor är skannade.*OCR"):
        read(path)


def test_scanned_signature_page_after_typed_minutes_is_fine_without_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_OCR", "0")
    path = make_scanned_pdf(tmp_path / "t.pdf", pages=1, typed_pages=3)
    pages, lines = read(path)
    assert pages == 4
    assert {ln.page for ln in lines} == {1, 2, 3}


# --- drawn grids: a row is what lies between two rules ---------------------------------

RISKS = [
    ["Risk", "Åtgärd", "Ansvarig", "Klart"],
    [
        "Halkrisk vid utfarten från maskinhallen Sunderby",
        "Montera värmeslinga i rampen. Tills vidare sandas utfarten varje morgon av jourhavande.",
        "Mikael B",
        "2024-10-31",
    ],
    [
        "Ensamarbete vid nattlig snöröjning",
        "Ta fram rutin för larm och uppföljning via app, koppla till larmcentralen",
        "Mikael B / Johan S",
        "v. 15",
    ],
    [
        "Avgaser i tvätthallen",
        "Ventilationen ses över av fastighetsavdelningen.",
        "Fastighetsavd.",
        "Före sommaren",
    ],
]
RISK_WIDTHS = [130.0, 190.0, 80.0, 80.0]


def test_wrapped_cells_of_a_grid_come_out_whole(tmp_path: Path) -> None:
    # Every column wraps, the first one too: a continuation line may have text under
    # the first column, so only the rules tell where a row ends.
    path = render_pdf(
        ["Handlingsplan", TableSpec(RISKS, RISK_WIDTHS), "Nästa möte"], tmp_path / "g.pdf"
    )
    lines = read(path)[1]
    rows = [ln.cells for ln in lines if ln.table is not None]
    assert rows == RISKS
    row = next(ln for ln in lines if ln.cells == RISKS[1])
    assert row.text == " ".join(RISKS[1])
    assert lines[-1].text == "Nästa möte" and lines[-1].table is None


def test_wrapped_grid_rows_over_a_page_break(tmp_path: Path) -> None:
    rows = [RISKS[0]] + [
        [
            f"Risk nummer {i} vid verkstaden i Gammelstad",
            f"Åtgärd som tar två rader i sin cell, nummer {i}",
            f"Ansvarig {i}",
            "2024-10-31",
        ]
        for i in range(40)
    ]
    path = render_pdf(
        ["Inledning", TableSpec(rows, RISK_WIDTHS), "Slut"],
        tmp_path / "p.pdf",
        header="Arbetsmiljögrupp",
        footer="Sida {page} av {pages}",
    )
    doc = read_document(path)
    got = [ln.cells for ln in doc.lines if ln.table is not None]
    assert len({ln.page for ln in doc.lines if ln.table is not None}) >= 2
    assert {ln.table for ln in doc.lines if ln.table is not None} == {1}
    # The header repeats on the next page; every data row comes out once and whole.
    assert [c for c in got if c != RISKS[0]] == rows[1:]


def test_text_after_a_grid_in_line_with_its_first_column_is_no_row(tmp_path: Path) -> None:
    path = render_pdf(
        [TableSpec(ACTIVITIES, WIDTHS), "Analys", "Arbetet pågår och fortsätter 2016."],
        tmp_path / "t.pdf",
    )
    lines = read(path)[1]
    assert [ln.text for ln in lines if ln.table is None] == [
        "Analys",
        "Arbetet pågår och fortsätter 2016.",
    ]


def test_table_without_rules_keeps_its_lines(tmp_path: Path) -> None:
    # No grid (whitespace columns): nothing says where a row ends, so the lines stay
    # lines (the extractor joins wrapped cells by their empty first column).
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph(c, style) for c in row] for row in RISKS]
    path = tmp_path / "n.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(data, colWidths=RISK_WIDTHS)])
    rows = [ln for ln in read(path)[1] if ln.table is not None]
    assert len(rows) > len(RISKS)
    assert any(ln.cells and ln.cells[2:] == ["Mikael B", "2024-10-31"] for ln in rows)


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        ("2015-12-", "31", "2015-12-31"),
        ("förvalt-", "ningen", "förvalt-ningen"),
        ("bygg-", "och miljönämnden", "bygg- och miljönämnden"),
        ("Akademikerf", "örbundet", "Akademikerf örbundet"),  # no dictionary: space kept
        ("Mikael B /", "Johan S", "Mikael B / Johan S"),
        ("", "Klar", "Klar"),
        # a lone one- or two-letter lower-case piece that is no word ends the word above
        ("Regionfastighete", "r / Per-Erik Lundmark", "Regionfastigheter / Per-Erik Lundmark"),
        ("Vårdförbund", "et", "Vårdförbundet"),
        ("Verksamhetsche", "f psykiatri", "Verksamhetschef psykiatri"),
        # traps: short words and abbreviations stay words
        ("Möte", "i mars", "Möte i mars"),
        ("Utredning", "av HR", "Utredning av HR"),
        ("Lena", "ej klar", "Lena ej klar"),
        ("Beställt 3", "st", "Beställt 3 st"),
        ("Leverans", "v 12", "Leverans v 12"),
    ],
)
def test_joining_the_lines_of_a_cell(a: str, b: str, joined: str) -> None:
    from tracker.ingest.pdf_grid import _join_cell

    assert _join_cell(a, b) == joined


# --- tables without ruling lines, letterheads, paragraphs over page breaks --------------

BALANCE = [
    ["Ärende", "Ansvarig", "Klart", "Status"],
    ["Utreda möjligheten till digital ekonomisk rådgivning för unga vuxna",
     "Socialförvaltningen, enheten för ekonomiskt bistånd", "2024-09-30", "Pågår"],
    ["Ny rutin för hot och våld", "HR", "2024-06-30", "Klar"],
    ["Samordnad varudistribution till förskolor och skolor i hela kommunen",
     "Serviceförvaltningen", "2025-03-31", "Ej påbörjad"],
]


def test_table_without_rules_joins_wrapped_cells_by_spacing(tmp_path: Path) -> None:
    spec = TableSpec(BALANCE, col_widths=[170.0, 150.0, 70.0, 80.0], rules=False)
    path = render_pdf(["Socialnämnden", "Balanslista", spec, "Beslut",
                       "Nämnden lägger balanslistan till handlingarna."], tmp_path / "b.pdf")
    lines = read_document(path).lines
    rows = [ln.cells for ln in lines if ln.cells]
    assert rows == BALANCE
    # The text after the table stays text.
    assert [ln.text for ln in lines if ln.cells is None][-2:] == [
        "Beslut", "Nämnden lägger balanslistan till handlingarna."
    ]


def test_text_right_after_a_table_without_rules_stays_text(tmp_path: Path) -> None:
    # The heading and lines after the table start where its first column starts, with
    # no more space than between its rows; none of them is the wrapped rest of the
    # short cell above it, so none is a table row.  A wrapped cell still is.
    rows = [
        ["Vad", "Vem", "När"],
        ["Beställa nya bårlakan och filtar till bil 2", "HJ", "v. 20"],
        ["Uppdatera rutinen för sanering av bilen efter smittsam transport med", "TO, EB",
         "2026-06-01"],
        ["Kontrollera täckningen i semesterschemat", "MS", "till nästa APT"],
    ]
    spec = TableSpec(rows, col_widths=[300.0, 80.0, 100.0], rules=False)
    after = ["6. Övrigt", "Tårta i fikarummet den 12 maj.", "Vid tangentbordet: Lina Ek"]
    path = render_pdf(["5. Åtgärdslista", spec, "**6. Övrigt**", *after[1:]], tmp_path / "t.pdf")
    lines = read_document(path).lines
    assert [ln.cells for ln in lines if ln.cells] == rows
    assert [ln.text for ln in lines if ln.cells is None][-3:] == after


def test_two_part_letterhead_is_furniture_and_the_paragraph_runs_on(tmp_path: Path) -> None:
    body = [
        "Kommunal frågar hur och när den nya bemanningsrutinen inom äldreomsorgen ska",
        "samverkas. Arbetsgivaren återkommer med en tidplan till nästa möte.",
    ]
    for n in range(40, 60):  # as many lines before it as put the page break inside it
        filler = [f"Information om verksamheten del {i}, inga frågor väcktes." for i in range(n)]
        path = render_pdf(["Protokoll FVG 2024-05-14", *filler, "", *body], tmp_path / "l.pdf",
                          header="Stadsdelsförvaltningen Norr\tProtokoll 2024-05-14",
                          footer="Sida {page} av {pages}")
        doc = read_document(path)
        # The break inside the paragraph: its rest is the only text of page 2 …
        if doc.pages == 2 and doc.lines[-1].page == 1:
            break
    texts = [ln.text for ln in doc.lines]
    assert not any("Stadsdelsförvaltningen Norr" in t for t in texts)
    assert all(ln.cells is None for ln in doc.lines)
    # … and goes on after the first line, over the footer and the running header (its
    # first line ends so close to the margin that "samverkas." would not have fitted).
    assert texts[-1] == " ".join(body)
