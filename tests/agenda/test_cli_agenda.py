"""``tracker agenda`` and ``tracker print-list`` on a database, and the end-to-end check
on sample 002: import the FVG minutes, write the next meeting's agenda."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from tests.agenda.fixtures import fvg_store
from tests.agenda.pdftext import page_size_pt, page_texts
from tracker.cli.main import main


@pytest.fixture
def db(db_path: Path) -> Path:
    store, _meeting = fvg_store(db_path)
    store.close()
    return db_path


def test_agenda_pdf_and_docx(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, word = tmp_path / "kallelse.pdf", tmp_path / "kallelse.docx"
    args = ["--db", str(db), "agenda", "--body", "förvaltningsgruppen", "--date", "2024-04-09",
            "--time", "9.30", "--place", "Stora salen"]  # fmt: skip
    assert main([*args, "--out", str(pdf)]) == 0
    assert "6 öppna frågor, varav 2 försenade" in capsys.readouterr().out
    text = " ".join(page_texts(pdf))
    assert "kl. 09:30" in text and "Stora salen" in text
    assert main([*args, "--out", str(word)]) == 0
    assert "Stora salen" in "\n".join(c.text for r in docx.Document(str(word)).tables[0].rows
                                      for c in r.cells)  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--date", "2024-13-40"], "Ogiltigt datum"),
        (["--date", "2024-04-09", "--time", "25:00"], "Ogiltig tid"),
        (["--date", "2024-04-09", "--template", "saknas"], "Tillgängliga mallar"),
    ],
)
def test_agenda_bad_input(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          extra: list[str], message: str) -> None:  # fmt: skip
    code = main(["--db", str(db), "agenda", "--body", "FVG", *extra,
                 "--out", str(tmp_path / "a.pdf")])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "a.pdf").exists()


def test_agenda_wrong_suffix(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(db), "agenda", "--body", "Förvaltningsgruppen", "--date",
                 "2024-04-09", "--out", str(tmp_path / "a.odt")])  # fmt: skip
    assert code == 2
    assert ".pdf eller .docx" in capsys.readouterr().err


def test_agenda_unknown_forum_warns(db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    code = main(["--db", str(db), "agenda", "--body", "Nytt forum", "--date", "2024-04-09",
                 "--out", str(tmp_path / "a.pdf")])  # fmt: skip
    assert code == 0
    assert "finns inte i databasen" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("filters", "present", "absent"),
    [
        ([], ["Redovisa sjukfrånvaron", "Socialnämndens uppdrag"], []),
        (["--body", "Socialnämnden"], ["Socialnämndens uppdrag"], ["Redovisa sjukfrånvaron"]),
        (["--owner", "HR-avdelningen"], ["Redovisa sjukfrånvaron"], ["Styrgruppen återkommer"]),
        (["--overdue"], ["Redovisa sjukfrånvaron", "Kartläggning av hot"],
         ["Frågan om arbetsmiljön i förskolan"]),  # no due date: never overdue
    ],
)  # fmt: skip
def test_print_list_filters(db: Path, tmp_path: Path, filters: list[str], present: list[str],
                            absent: list[str]) -> None:  # fmt: skip
    out = tmp_path / "lista.pdf"
    assert main(["--db", str(db), "print-list", *filters, "--out", str(out)]) == 0
    width, height = page_size_pt(out)
    assert width > height  # landscape
    text = re.sub(r"\s+", " ", " ".join(page_texts(out)))
    for title in present:
        assert title in text
    for title in absent:
        assert title not in text


def test_print_list_all_includes_closed(db: Path, tmp_path: Path) -> None:
    from tracker.services import balance
    from tracker.store import Store

    with Store.open(db, backup=False) as store:
        row = next(r for r in store.list_items() if r.title.startswith("Redovisa"))
        balance.close_item(store, row.id, row.version, note="klart")
    open_pdf, all_pdf = tmp_path / "open.pdf", tmp_path / "all.pdf"
    assert main(["--db", str(db), "print-list", "--out", str(open_pdf)]) == 0
    assert main(["--db", str(db), "print-list", "--all", "--out", str(all_pdf)]) == 0
    assert "Redovisa sjukfrånvaron" not in " ".join(page_texts(open_pdf))
    text = re.sub(r"\s+", " ", " ".join(page_texts(all_pdf)))
    assert "Redovisa sjukfrånvaron" in text and "klar" in text and "alla punkter" in text


def test_sample_002_import_then_next_fvg_agenda(db_path: Path, minutes_sample: Path,
                                               tmp_path: Path) -> None:  # fmt: skip
    """The issue's acceptance check, through the real ingest → extract → import path."""
    assert main(["--db", str(db_path), "import", "--yes", str(minutes_sample)]) == 0
    from tracker.store import Store

    with Store.open(db_path, backup=False) as store:
        open_rows = store.list_items()
        meeting = store.latest_meeting("Förvaltningsgruppen")
    assert open_rows and meeting is not None
    pdf, word = tmp_path / "fvg.pdf", tmp_path / "fvg.docx"
    for out in (pdf, word):
        assert main(["--db", str(db_path), "agenda", "--body", "Förvaltningsgruppen",
                     "--date", "2024-04-09", "--out", str(out)]) == 0  # fmt: skip
    text = re.sub(r"\s+", " ", " ".join(page_texts(pdf)))
    for heading in ("1. Mötets öppnande", "3. Val av justerare", "5. Balanslista",
                    "6. Kvarvarande frågor från föregående möte", "18. Mötets avslutande"):
        assert heading in text  # fmt: skip
    for row in open_rows:
        assert row.title.split()[-1] in text
        assert (row.owner or "–") in text
        if row.due:
            assert row.due.isoformat() in text
    assert "Vision: Indu Bala Chopra" in text  # proposed signatory from 2024-03-12
    doc = docx.Document(str(word))
    table_text = " ".join(c.text for t in doc.tables[1:] for r in t.rows for c in r.cells)
    assert all(row.title in table_text for row in open_rows)
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert "3.\u2002Val av justerare" in headings
