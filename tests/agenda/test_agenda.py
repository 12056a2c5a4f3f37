"""Building the agenda from the store and writing it as PDF (read back) and DOCX."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest

from tests.agenda.fixtures import BODY, NEXT_DATE, SAMPLE_ITEMS, fvg_store
from tests.agenda.pdftext import page_size_pt, page_texts
from tracker.services import balance, meetings
from tracker.services.agenda import (
    CARRY_KINDS,
    build_agenda,
    render_agenda_docx,
    render_agenda_pdf,
    split_items,
)
from tracker.services.agenda_templates import TemplateItem, load_template
from tracker.store import ItemFilter, Store


@pytest.fixture
def store(db_path: Path):
    store, _meeting = fvg_store(db_path)
    yield store
    store.close()


def _section(agenda, kind):
    return next(s for s in agenda.sections if s.kind == kind)


@pytest.mark.parametrize(
    ("kind", "from_last_meeting", "where"),
    [
        *[(k, True, "carried") for k in sorted(CARRY_KINDS)],
        *[(k, False, "balance") for k in sorted(CARRY_KINDS)],
        ("assignment", True, "balance"),
        ("action", True, "balance"),
        ("follow_up", True, "balance"),
        ("balance_row", True, "balance"),
        ("assignment", False, "balance"),
    ],
)
def test_split_rule(db_path: Path, kind: str, from_last_meeting: bool, where: str) -> None:
    with Store.open(db_path, backup=False) as store:
        old = meetings.ensure_meeting(store, "FVG", dt.date(2024, 1, 9))
        last = meetings.ensure_meeting(store, "FVG", dt.date(2024, 2, 13))
        row = balance.add_item(store, title="Fråga", body="FVG", kind=kind,
                               meeting_id=(last if from_last_meeting else old).id)  # fmt: skip
        carried, rest = split_items([row], last)
        assert (carried if where == "carried" else rest) == [row]
        assert len(carried) + len(rest) == 1


def test_without_a_previous_meeting_everything_is_on_the_balance_list(store: Store) -> None:
    rows = store.list_items()
    carried, rest = split_items(rows, None)
    assert carried == [] and len(rest) == len(rows)


def test_agenda_for_next_fvg_meeting(store: Store) -> None:
    agenda = build_agenda(store, "förvaltningsgruppen", NEXT_DATE, today=dt.date(2024, 4, 1))
    assert agenda.body == BODY  # spelled as in the store
    assert agenda.template_name == "forvaltningsgrupp"
    assert agenda.previous_meeting == dt.date(2024, 3, 12)
    assert agenda.organisation == "Hägersten-Älvsjö stadsdelsförvaltning"
    assert (agenda.time, agenda.place) == ("13:00", "Mötesrum Paddan plan 10 samt via Zoom")
    assert agenda.questions_deadline == dt.date(2024, 4, 2)
    assert agenda.notify_absence

    carried = [e.title for e in _section(agenda, "carried").entries]
    balance_titles = [e.title for e in _section(agenda, "balance").entries]
    assert carried == [t for t, k, _o, _d in SAMPLE_ITEMS if k in CARRY_KINDS]
    assert balance_titles == [
        "Kartläggning av hot och våld i mottagningen",  # older meeting: balance list
        "Redovisa sjukfrånvaron per avdelning",
        "Vision återkommer om lokalfrågan i april-maj",
    ]
    # Each item once; the other forum's item nowhere.
    ids = [e.item_id for e in agenda.open_entries()]
    assert len(ids) == len(set(ids)) == 6
    assert "Socialnämndens uppdrag om hemtjänsten" not in carried + balance_titles
    # Overdue = due before the meeting date.
    late = {e.title for e in agenda.open_entries() if e.overdue}
    assert late == {"Kartläggning av hot och våld i mottagningen",
                    "Redovisa sjukfrånvaron per avdelning"}  # fmt: skip
    assert _section(agenda, "adjusters").people == [
        "Arbetsgivaren: Lars Wennberg", "Vision: Indu Bala Chopra", "SACO: Carl Korch",
    ]  # fmt: skip
    called = [g.text() for g in agenda.called]
    assert called[0].startswith("Stadsdelsförvaltningen: Lars Wennberg (avdelningschef")
    assert "Vision: Indu Bala Chopra, Maria Ahumada" in called
    assert "Ledarna" in called and "Vårdförbundet" in called  # absent, still called


def test_closed_items_are_left_out(store: Store) -> None:
    row = next(r for r in store.list_items() if r.title.startswith("Redovisa sjukfrånvaron"))
    balance.close_item(store, row.id, row.version, note="Redovisad")
    agenda = build_agenda(store, BODY, NEXT_DATE)
    assert row.id not in [e.item_id for e in agenda.open_entries()]


def test_explicit_facts_beat_previous_meeting(store: Store) -> None:
    agenda = build_agenda(store, BODY, NEXT_DATE, time="09:30", place="Stora salen",
                          video_link="https://teams.example/m", notify_absence="Anna",
                          questions_deadline=dt.date(2024, 4, 5))  # fmt: skip
    assert (agenda.time, agenda.place, agenda.video_link) == (
        "09:30", "Stora salen", "https://teams.example/m")  # fmt: skip
    assert agenda.notify_absence == "Anna"
    assert agenda.questions_deadline == dt.date(2024, 4, 5)


def test_unknown_forum_gives_an_agenda_without_items(store: Store) -> None:
    agenda = build_agenda(store, "Nytt forum", NEXT_DATE)
    assert agenda.open_entries() == [] and agenda.called == []
    assert agenda.previous_meeting is None


def test_template_without_carried_section_lists_all_under_balance(store: Store) -> None:
    tpl = load_template("forvaltningsgrupp")
    tpl.items = [it for it in tpl.items if it.kind != "carried"]
    agenda = build_agenda(store, BODY, NEXT_DATE, template=tpl)
    assert len(_section(agenda, "balance").entries) == 6


def test_paragraph_numbering(store: Store) -> None:
    tpl = load_template("namnd")
    tpl.first_number = 41
    agenda = build_agenda(store, BODY, NEXT_DATE, template=tpl)
    assert agenda.number_label(0) == "§ 41"
    assert agenda.number_label(2) == "§ 43"


def test_pdf_has_standard_items_open_items_and_footer(store: Store, tmp_path: Path) -> None:
    agenda = build_agenda(store, BODY, NEXT_DATE)
    out = render_agenda_pdf(agenda, tmp_path / "dagordning.pdf")
    pages = page_texts(out)
    width, height = page_size_pt(out)
    assert (round(width), round(height)) == (595, 842)  # A4 portrait
    text = re.sub(r"\s+", " ", " ".join(pages))
    for n, title in enumerate(load_template("forvaltningsgrupp").items, 1):
        assert f"{n}. {title.title}" in text
    for entry in agenda.open_entries():
        # Titles wrap inside their cell: compare word by word.
        assert all(word in text for word in entry.title.split())
        assert entry.owner in text
        if entry.due:
            assert entry.due.isoformat() in text
    assert text.count("försenad") == 2
    assert "Val av justerare" in text and "Vision: Indu Bala Chopra" in text
    assert "Föranmälda frågor anmäls senast 2024-04-02" in text
    assert "Mötesrum Paddan plan 10" in text
    for n, page in enumerate(pages, 1):
        assert f"Sida {n} av {len(pages)}" in page
        assert "Förvaltningsgruppen 2024-04-09" in page


def test_pdf_of_empty_agenda_says_so(store: Store, tmp_path: Path) -> None:
    out = render_agenda_pdf(build_agenda(store, "Nytt forum", NEXT_DATE), tmp_path / "a.pdf")
    text = " ".join(page_texts(out))
    assert "Inga öppna frågor." in text
    assert "Inga kvarvarande frågor från föregående möte." in text


def test_docx_has_headings_numbered_items_and_real_tables(store: Store, tmp_path: Path) -> None:
    agenda = build_agenda(store, BODY, NEXT_DATE)
    out = render_agenda_docx(agenda, tmp_path / "dagordning.docx")
    doc = docx.Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert headings[2] == "3.\u2002Val av justerare"
    assert headings[4] == "5.\u2002Balanslista"
    assert headings[5] == "6.\u2002Kvarvarande frågor från föregående möte"
    assert len(headings) == 18
    facts, balance_table, carried_table = doc.tables
    assert [c.text for c in balance_table.rows[0].cells] == [
        "Nr", "Fråga", "Ansvarig", "Senast", "Anteckningar"]  # fmt: skip
    assert balance_table.rows[0]._tr.trPr.xml.count("tblHeader") == 1
    assert len(balance_table.rows) == 4 and len(carried_table.rows) == 4
    first = [c.text for c in balance_table.rows[1].cells]
    assert first[1:4] == ["Kartläggning av hot och våld i mottagningen", "Arbetsgivaren",
                          "2024-02-27\nförsenad"]  # fmt: skip
    assert first[4].strip() == ""  # room for notes
    assert any(r.cells[0].text == "Datum" and "2024-04-09" in r.cells[1].text
               for r in facts.rows)  # fmt: skip
    footer_xml = doc.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert "Förvaltningsgruppen 2024-04-09" in doc.sections[0].footer.paragraphs[0].text


def test_writing_to_a_folder_path_fails_with_a_swedish_message(store: Store,
                                                              tmp_path: Path) -> None:
    from tracker.errors import TrackerError

    agenda = build_agenda(store, BODY, NEXT_DATE)
    folder = tmp_path / "en-mapp.pdf"
    folder.mkdir()
    with pytest.raises(TrackerError, match="kan inte skrivas"):
        render_agenda_pdf(agenda, folder)
    with pytest.raises(TrackerError, match="kan inte skrivas"):
        render_agenda_docx(agenda, tmp_path / "en-mapp.pdf")
    # No half-written temporary files are left behind.
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".en-mapp")] == []


def test_rewriting_replaces_the_earlier_pdf_whole(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "a.pdf"
    out.write_bytes(b"old")
    render_agenda_pdf(build_agenda(store, BODY, NEXT_DATE), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["a.pdf"]


def test_added_standing_item_appears(store: Store, tmp_path: Path) -> None:
    tpl = load_template("forvaltningsgrupp")
    tpl.items.insert(3, TemplateItem(title="Presentation av nya HR-chefen"))
    agenda = build_agenda(store, BODY, NEXT_DATE, template=tpl)
    text = " ".join(page_texts(render_agenda_pdf(agenda, tmp_path / "a.pdf")))
    assert "4. Presentation av nya HR-chefen" in text
    assert "19. Mötets avslutande" in text


def test_long_agenda_never_splits_an_item_row(db_path: Path, tmp_path: Path) -> None:
    words = ["rutin", "för", "bemanning", "och", "schemaläggning", "inom", "hemtjänsten"]
    with Store.open(db_path, backup=False) as store:
        last = meetings.ensure_meeting(store, BODY, dt.date(2024, 3, 12))
        for n in range(1, 51):
            title = f"Fråga{n:02d} " + " ".join(words[: 2 + n % 6]) + f" slut{n:02d}"
            balance.add_item(store, title=title, body=BODY, owner=f"Ansvarig {n}",
                             due=dt.date(2024, 5, 1) + dt.timedelta(days=n),
                             kind="carried_over" if n % 3 == 0 else "assignment",
                             meeting_id=last.id)  # fmt: skip
        agenda = build_agenda(store, BODY, NEXT_DATE)
    out = render_agenda_pdf(agenda, tmp_path / "a.pdf")
    pages = [re.sub(r"\s+", " ", t) for t in page_texts(out)]
    assert len(pages) >= 3
    for entry in agenda.open_entries():
        first, last_word = entry.title.split()[0], entry.title.split()[-1]
        holding = [i for i, page in enumerate(pages) if f"{entry.item_id} {first}" in page]
        assert len(holding) == 1, entry.title
        assert last_word in pages[holding[0]] and entry.owner in pages[holding[0]]
    for page in pages:
        # A page with item rows starts them under the column titles (repeated header).
        if re.search(r"\bFråga\d\d\b", page):
            assert "Nr Fråga Ansvarig Senast Anteckningar" in page
    # Headings stay with their table: "5. Balanslista" is followed by the header row.
    balance_page = next(p for p in pages if "5. Balanslista" in p)
    assert "5. Balanslista Nr Fråga Ansvarig Senast Anteckningar" in balance_page


def test_older_question_handled_at_last_meeting_is_kvarvarande(db_path: Path) -> None:
    store, last = fvg_store(db_path)
    with store:
        older = next(r for r in store.list_items() if r.title.startswith("Kartläggning"))
        assert older.meeting_id != last.id
        before = build_agenda(store, BODY, NEXT_DATE)
        assert older.id in [e.item_id for e in _section(before, "balance").entries]
        # Discussed at the meeting of 2024-03-12 and left open: a kvarvarande fråga now.
        balance.add_note(store, older.id, "Arbetsgivaren återkommer", meeting_id=last.id)
        after = build_agenda(store, BODY, NEXT_DATE)
        assert older.id in [e.item_id for e in _section(after, "carried").entries]
        assert older.id not in [e.item_id for e in _section(after, "balance").entries]
        # A handled item of a non-carry kind stays on the Balanslista.
        task = next(r for r in store.list_items() if r.kind == "assignment")
        balance.add_note(store, task.id, "Pågår", meeting_id=last.id)
        again = build_agenda(store, BODY, NEXT_DATE)
        assert task.id in [e.item_id for e in _section(again, "balance").entries]


def test_sample_002_then_april_minutes_agenda_for_may(db_path: Path, minutes_sample: Path,
                                                     tmp_path: Path) -> None:  # fmt: skip
    """Two imports: April's minutes re-date and close items of March; May's agenda lists
    April's new carry-over under Kvarvarande and the rest under Balanslista."""
    from tests.conftest import DATA
    from tracker.cli.main import main

    april = DATA / "fixtures" / "minutes" / "fvg_2024-04-09.txt"
    for doc in (minutes_sample, april):
        assert main(["--db", str(db_path), "import", "--yes", str(doc)]) == 0
    with Store.open(db_path, backup=False) as store:
        agenda = build_agenda(store, BODY, dt.date(2024, 5, 14))
        open_ids = {r.id for r in store.list_items(ItemFilter(body=BODY))}
    assert agenda.previous_meeting == dt.date(2024, 4, 9)
    listed = [e.item_id for e in agenda.open_entries()]
    assert sorted(listed) == sorted(open_ids)  # every open item once
    assert _section(agenda, "carried").entries, "April left a question for May"
    assert all(e.kind in CARRY_KINDS for e in _section(agenda, "carried").entries)
