"""The printed balance list: 300 items paginate cleanly (read back from the PDF)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.agenda.pdftext import page_size_pt, page_texts, text_right_edge
from tracker.services.print_list import print_list_pdf
from tracker.store import ItemRow

WORDS = [
    "frågan", "om", "bemanning", "lokaler", "arbetsmiljö", "rutin", "budget", "uppföljning",
    "kompetens", "schema", "förskolan", "hemtjänsten",
]  # fmt: skip
HEADER = "Nr Fråga Ansvarig Forum Senast Status Senaste anteckning"
TODAY = dt.date(2024, 6, 1)


def item(n: int, *, title: str | None = None, **changes: object) -> ItemRow:
    """A stored-looking item; titles vary from 3 to 45 words so rows differ in height."""
    words = 3 + (n * 7) % 43
    if title is None:
        title = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(words)) + f" slut{n:03d}"
    row = ItemRow(
        id=n, title=title, text="", kind="action", status="open", owner=f"Ansvarig {n % 9}",
        raised_by=None, due=dt.date(2024, 1, 1) + dt.timedelta(days=n), due_text=None,
        due_precision="day", start=None, deviation=None, body="Förvaltningsgruppen",
        section=None, page=None, line=None, evidence=None, document_id=None,
        document_file=None, document_path=None, meeting_id=None, created_at="",
        updated_at="", version=1, last_note=("anteckning " * (n % 5)).strip() or None,
    )  # fmt: skip
    for key, value in changes.items():
        setattr(row, key, value)
    return row


@pytest.fixture(scope="module")
def printed_300(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    rows = [item(n) for n in range(1, 301)]
    out = print_list_pdf(rows, tmp_path_factory.mktemp("list") / "lista.pdf",
                         title="Balanslista – Förvaltningsgruppen",
                         filters_text="status: öppen · forum: Förvaltningsgruppen",
                         today=TODAY)  # fmt: skip
    return out, page_texts(out)


def test_300_items_are_a4_landscape_with_many_pages(printed_300) -> None:
    out, pages = printed_300
    width, height = page_size_pt(out)
    assert (round(width), round(height)) == (842, 595)
    assert 10 < len(pages) < 80


def test_every_page_has_title_filters_header_row_and_page_x_of_y(printed_300) -> None:
    _out, pages = printed_300
    for n, page in enumerate(pages, 1):
        flat = re.sub(r"\s+", " ", page)
        assert "Balanslista – Förvaltningsgruppen" in flat
        assert "Urval: status: öppen · forum: Förvaltningsgruppen" in flat
        assert "Utskrivet 2024-06-01" in flat
        assert HEADER in flat
        assert f"Sida {n} av {len(pages)}" in flat


def test_rows_are_never_split_and_each_row_is_printed_once(printed_300) -> None:
    _out, pages = printed_300
    seen: dict[int, int] = {}
    for index, page in enumerate(pages):
        flat = re.sub(r"\s+", " ", page)
        # A row starts with its number followed by its title's first word …
        for n in range(1, 301):
            first_word = item(n).title.split()[0]
            if re.search(rf"(?<![\d-]){n} {first_word}\b", flat):
                assert n not in seen, f"punkt {n} finns på två sidor"
                seen[n] = index
        # … and its last word, owner and due date sit on the same page.
    for n, index in seen.items():
        flat = re.sub(r"\s+", " ", pages[index])
        row = item(n)
        assert f"slut{n:03d}" in flat
        assert row.due.isoformat() in flat
    assert sorted(seen) == list(range(1, 301))
    # Page order follows row order.
    assert [seen[n] for n in range(1, 301)] == sorted(seen[n] for n in range(1, 301))


def test_overdue_is_marked_and_dates_shown_as_iso(tmp_path: Path) -> None:
    rows = [item(1, due=dt.date(2024, 5, 1)), item(2, due=None, due_text="till nästa möte"),
            item(3, due=dt.date(2024, 7, 1))]  # fmt: skip
    pages = page_texts(print_list_pdf(rows, tmp_path / "l.pdf", title="T", today=TODAY))
    flat = re.sub(r"\s+", " ", pages[0])
    assert "2024-05-01 försenad" in flat
    assert "till nästa möte" in flat
    assert flat.count("försenad") == 1


def test_row_taller_than_a_page_is_cut_not_split(tmp_path: Path) -> None:
    giant = item(1, title=" ".join(["ord"] * 3000) + " slutord")
    pages = page_texts(print_list_pdf([giant, item(2)], tmp_path / "l.pdf", title="T",
                                      today=TODAY))  # fmt: skip
    assert "…" in pages[0]
    assert "slutord" not in " ".join(pages)
    assert len(pages) == 2  # the giant row fills page 1, item 2 goes to page 2


def test_empty_list_prints_one_page_saying_so(tmp_path: Path) -> None:
    pages = page_texts(print_list_pdf([], tmp_path / "l.pdf", title="Balanslista"))
    assert len(pages) == 1
    assert "Inga punkter motsvarar urvalet." in pages[0]
    assert "Sida 1 av 1" in pages[0]


def test_long_forum_name_wraps_inside_its_column(tmp_path: Path) -> None:
    name = "Samverkansgruppenförsocialtjänstenochäldreomsorgen"
    out = print_list_pdf([item(1, body=name)], tmp_path / "l.pdf", title="T", today=TODAY)
    assert name in re.sub(r"\s+", "", page_texts(out)[0])
    # The Forum column ends at 62.5 % of the 842 - 2 × 34 pt wide table.
    column_right = 34.0 + 0.625 * (842.0 - 68.0)
    assert text_right_edge(out, name) <= column_right
