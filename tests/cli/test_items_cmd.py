"""The balance-list commands: import (review dialogue, --yes, per-file errors), list,
show, edit, close and export – run through ``tracker.cli.main.main`` as a user would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from tracker.cli import items_cmd
from tracker.cli.main import main
from tracker.labels import event_text
from tracker.services import balance
from tracker.store import ItemFilter, Store

from ..services.helpers import extraction, march_items

D = dt.date


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def filled(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        plan = balance.plan_import(store, extraction("fvg_2024-03-12.txt", march_items()))
        balance.apply_import(store, plan)
        item = store.get_item(3)
        balance.close_item(store, 3, item.version, note="Besvarad i SVG")
    return db_path


# --- list ---------------------------------------------------------------------------


def test_list_table_default_open(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "list") == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Nr", "Senast", "Status"]
    assert lines[1].split()[0] == "1!"  # overdue mark: 2024-04-09 has passed
    assert "2024-04-09" in lines[1] and "Arbetsgivaren" in lines[1]
    assert lines[2].split()[0] == "2!"
    assert lines[-1].startswith("2 punkter (status: öppen)")


def test_list_json_shape(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "list", "--all", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in data["items"]] == [1, 2, 3]
    first = data["items"][0]
    for key in ("id", "title", "status", "owner", "raised_by", "due", "body", "kind",
                "due_text", "source"):  # fmt: skip
        assert key in first
    assert first["due"] == "2024-04-09"
    assert first["raised_by"] == "SSR"
    assert first["source"] == {
        "document": "fvg_2024-03-12.txt", "document_id": 1, "page": 4, "line": 12,
        "section": "10. Föranmälda frågor", "evidence": first["source"]["evidence"],
    }  # fmt: skip
    assert [h["field"] for h in first["history"]] == ["created"]
    assert data["items"][2]["status"] == "done"
    with Store.open(filled) as store:
        assert data["items"] == [
            store.get_item(i).to_dict(store.item_history(i)) for i in (1, 2, 3)
        ]


def test_list_json_history(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "list", "--status", "klar", "--json") == 0
    [item] = json.loads(capsys.readouterr().out)["items"]
    assert item["id"] == 3
    assert [h["field"] for h in item["history"]] == ["created", "status"]
    assert item["history"][1]["note"] == "Besvarad i SVG"
    assert run(filled, "list", "--status", "klar", "--json", "--no-history") == 0
    [item] = json.loads(capsys.readouterr().out)["items"]
    assert "history" not in item and item["id"] == 3


def test_list_csv(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "list", "--csv", "--sort", "title") == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert table[0][:3] == ["Nr", "Rubrik", "Status"]
    assert [r[1] for r in table[1:]] == [
        "Arbetsgruppen för handlingsplanen", "Enhetssamverkan på familjerätten",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--owner", "vision"], [2]),
        (["--search", "familjerätt"], [2]),
        (["--search", "skyddsrond", "--all"], [3]),
        (["--body", "förvaltningsgruppen", "--all"], [1, 2, 3]),
        (["--body", "APT"], []),
        (["--body", "FVG"], [1, 2]),  # alias of Förvaltningsgruppen
        (["--overdue"], [1, 2]),
        (["--status", "done"], [3]),
        (["--all", "--sort", "id", "--desc"], [3, 2, 1]),
    ],
)
def test_list_filters(
    filled: Path, capsys: pytest.CaptureFixture[str], args: list[str], ids: list[int]
) -> None:
    assert run(filled, "list", "--json", *args) == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)["items"]] == ids


def test_list_bad_status(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "list", "--status", "avslutad") == 1
    assert "Okänd status" in capsys.readouterr().err


def test_list_damaged_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path.write_bytes(b"inte en databas" * 100)
    assert run(db_path, "list") == 3
    err = capsys.readouterr().err
    assert err.startswith("Fel: ") and "Traceback" not in err


# --- show / edit / close -----------------------------------------------------------------


def test_show(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "show", "3") == 0
    out = capsys.readouterr().out
    assert out.startswith("Punkt 3\n")
    assert "Status:    klar" in out
    assert "Källa:     fvg_2024-03-12.txt s. 3 rad 27" in out
    assert "status: öppen → klar – Besvarad i SVG" in out
    assert run(filled, "show", "3", "--json") == 0
    assert json.loads(capsys.readouterr().out)["history"][1]["new"] == "done"


def test_show_missing(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "show", "99") == 4
    assert "Punkt 99 finns inte" in capsys.readouterr().err


def test_edit(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "edit", "2", "--due", "2024-09-30", "--owner", "Vision HÄ",
               "--note", "Enligt mejl") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert out.startswith("Punkt 2 sparad.")
    # One history line per field; the note goes with the first.
    assert "ansvarig: Vision → Vision HÄ – Enligt mejl" in out
    assert "senast: 2024-05-31 → 2024-09-30\n" in out
    with Store.open(filled) as store:
        item = store.get_item(2)
        assert (item.due, item.owner, item.version) == (D(2024, 9, 30), "Vision HÄ", 2)
    assert run(filled, "edit", "2", "--owner", "Vision HÄ") == 0
    assert "inget ändrades" in capsys.readouterr().out
    assert run(filled, "edit", "2", "--status", "avförd") == 0
    with Store.open(filled) as store:
        assert store.get_item(2).status == "struck"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["edit", "2"], 1, "Ange minst en ändring"),
        (["edit", "2", "--due", "30 sept"], 1, "Ogiltigt datum"),
        (["edit", "2", "--title", ""], 1, "måste ha en rubrik"),
        (["edit", "42", "--title", "x"], 4, "Punkt 42 finns inte"),
        (["close", "3", "--note", "igen"], 1, "redan klar"),
        (["close", "1", "--note", "  "], 1, "Skriv varför"),
    ],
)
def test_edit_and_close_errors(
    filled: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str
) -> None:
    assert run(filled, *args) == code
    assert message in capsys.readouterr().err


def test_close(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(filled, "close", "1", "--note", "Arbetsgruppen startar i maj") == 0
    assert "Punkt 1 är nu klar" in capsys.readouterr().out
    assert run(filled, "close", "2", "--note", "Dubblett", "--struck") == 0
    with Store.open(filled) as store:
        assert store.get_item(1).status == "done"
        assert store.get_item(2).status == "struck"
        assert store.get_item(1).last_note == "Arbetsgruppen startar i maj"


# --- export ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "fmt", "count"), [
    ("lista.csv", None, 2), ("lista.xlsx", None, 2), ("kalender.ics", None, 2),
    ("lista.txt", "csv", 2),
])  # fmt: skip
def test_export(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    name: str, fmt: str | None, count: int,
) -> None:  # fmt: skip
    out = tmp_path / name
    args = ["export", "--out", str(out)] + (["--format", fmt] if fmt else [])
    assert run(filled, *args) == 0
    assert out.stat().st_size > 100
    assert capsys.readouterr().out.startswith(f"{count} ")


def test_export_all_and_unknown_format(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(filled, "export", "--out", str(tmp_path / "alla.csv"), "--all") == 0
    text = (tmp_path / "alla.csv").read_text("utf-8-sig")
    assert len(text.strip().splitlines()) == 4
    assert run(filled, "export", "--out", str(tmp_path / "lista.pdf")) == 1
    assert "--format" in capsys.readouterr().err


# --- import ---------------------------------------------------------------------------


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real reading, but a fixed extraction (independent of the extractor's rules)."""
    import tracker.extract

    monkeypatch.setattr(
        tracker.extract, "extract", lambda doc: extraction(doc.file_name, march_items())
    )


def test_import_without_terminal_needs_yes(
    db_path: Path, minutes_sample: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(items_cmd, "is_interactive", lambda: False)
    assert run(db_path, "import", str(minutes_sample)) == 1
    assert "--yes" in capsys.readouterr().err
    with Store.open(db_path) as store:
        assert store.count_items(ItemFilter(status=None)) == 0


def test_import_reports_bad_files_and_goes_on(
    db_path: Path, tmp_path: Path, minutes_sample: Path, fake_extract: None,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    empty = tmp_path / "tom.pdf"
    empty.write_bytes(b"")
    missing = tmp_path / "finns-inte.docx"
    assert run(db_path, "import", "--yes", str(empty), str(minutes_sample), str(missing)) == 2
    captured = capsys.readouterr()
    assert captured.err.count("Fel i ") == 2
    assert "tom.pdf" in captured.err and "finns-inte.docx" in captured.err
    assert "Traceback" not in captured.err
    assert "Sparat: 3 nya" in captured.out
    # --yes still shows what each candidate does.
    assert "  1. [ny punkt] Arbetsgruppen för handlingsplanen" in captured.out
    assert "ansvarig: Arbetsgivaren | senast: 2024-04-09 | s. 4" in captured.out
    with Store.open(db_path) as store:
        assert store.count_items() == 3


def test_import_review_dialogue(
    db_path: Path, minutes_sample: Path, fake_extract: None,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    answers = iter(["n", "x", "e", "Familjerätten: enhetssamverkan", "", "2024-13-01",
                    "2024-10-31", "j", "j"])  # fmt: skip
    monkeypatch.setattr(items_cmd, "is_interactive", lambda: True)
    monkeypatch.setattr(items_cmd, "ask", lambda prompt: next(answers))
    assert run(db_path, "import", str(minutes_sample)) == 0
    out = capsys.readouterr().out
    assert "[ny punkt] Arbetsgruppen för handlingsplanen" in out
    assert "Svara j, n, e, a eller q." in out
    assert "Ogiltigt datum" in out
    assert "Sparat: 2 nya, 0 uppdaterade, 0 stängda punkter, 1 hoppades över." in out
    with Store.open(db_path) as store:
        rows = store.list_items(ItemFilter(sort="id"))
        assert [(r.title, r.due) for r in rows] == [
            ("Familjerätten: enhetssamverkan", D(2024, 10, 31)),
            ("Skyddsronder: längre tid", None),
        ]
        assert rows[0].due_text is None and rows[0].due_precision == "day"


def test_import_review_all_and_quit(
    db_path: Path, minutes_sample: Path, report_sample: Path, fake_extract: None,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    answers = iter(["q", "a"])
    monkeypatch.setattr(items_cmd, "is_interactive", lambda: True)
    monkeypatch.setattr(items_cmd, "ask", lambda prompt: next(answers))
    assert run(db_path, "import", str(minutes_sample), str(report_sample)) == 0
    out = capsys.readouterr().out
    assert "Importen avbröts" in out
    with Store.open(db_path) as store:
        docs = store.list_documents()
        assert [d.file_name for d in docs] == [report_sample.name]
        assert store.count_items() == 3


@pytest.mark.parametrize(
    ("ids", "text"),
    [([], ""), ([4], "4"), ([1, 2, 3, 7, 9, 10], "1–3, 7, 9–10"), ([12, 11, 13], "11–13")],
)
def test_id_ranges(ids: list[int], text: str) -> None:
    assert items_cmd.id_ranges(ids) == text


# --- end to end: the real sample, then later minutes of the same forum ------------------

LATER = Path(__file__).resolve().parents[1] / "data" / "fixtures" / "minutes" / "fvg_2024-04-09.txt"


def _snapshot(db: Path) -> tuple:
    with Store.open(db, backup=False) as store:
        c = store.conn
        return tuple(
            c.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("documents", "meetings", "items", "item_events")
        )


def test_sample_then_later_minutes(
    db_path: Path, minutes_sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "import", "--yes", str(minutes_sample)) == 0
    with Store.open(db_path) as store:
        before = {r.id: r for r in store.list_items(ItemFilter(status=None))}
    assert len(before) >= 3
    familjeratten = [r for r in before.values() if "familjerätten" in r.title + r.text]
    handlingsplan = [r for r in before.values() if "handlingsplanen" in r.title + r.text]
    assert len(familjeratten) == 1 and len(handlingsplan) == 1

    assert run(db_path, "import", "--yes", str(LATER)) == 0
    with Store.open(db_path) as store:
        after = {r.id: r for r in store.list_items(ItemFilter(status=None))}
        closed = [r for r in after.values() if r.status == "done"]
        assert [r.id for r in closed] == [handlingsplan[0].id]
        close_event = store.item_history(closed[0].id)[-1]
        assert close_event.note and "avslutas" in close_event.note

        redated = store.get_item(familjeratten[0].id)
        assert redated.status == "open"
        assert redated.due == D(2024, 9, 30)
        hist = store.item_history(redated.id)
        assert any(e.field == "due" and e.new == "2024-09-30" for e in hist)
        assert any(event_text(e) == "behandlad 2024-04-09" for e in hist)

        new = [r for r in after.values() if r.id not in before]
        assert len(new) == 2
        assert {("schemaläggningen" in r.title + r.text) for r in new} == {True, False}
        assert any("ventilationsmätning" in r.title + r.text for r in new)
        # Everything else of the first import is unchanged.
        for item_id, row in before.items():
            if item_id not in (closed[0].id, redated.id):
                assert after[item_id] == row

    out = capsys.readouterr().out
    assert f"[uppdaterar punkt {redated.id} (" in out
    assert "senast: 2024-05-31 → 2024-09-30" in out
    assert f"[stänger punkt {closed[0].id} (" in out

    snapshot = _snapshot(db_path)
    assert run(db_path, "import", "--yes", str(minutes_sample), str(LATER)) == 0
    assert capsys.readouterr().out.count("Dokumentet är redan importerat (") == 2
    assert _snapshot(db_path) == snapshot


def _two_alike(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """Two open items alike and a closing sentence that may mean either."""
    import tracker.extract

    from ..services.helpers import cand

    with Store.open(db_path) as store:
        a = balance.add_item(store, title="Ventilationen på förskolan Solen",
                             body="Förvaltningsgruppen").id  # fmt: skip
        b = balance.add_item(store, title="Ventilationen i skolans matsal",
                             body="Förvaltningsgruppen").id  # fmt: skip
    closing = cand("Ventilationen: klart, frågan avslutas.", kind="closing", status="done",
                   label="Ventilationen", section="Balanslista")  # fmt: skip
    monkeypatch.setattr(
        tracker.extract, "extract", lambda doc: extraction(doc.file_name, [closing])
    )
    return a, b


def test_import_yes_shows_an_unsure_link_and_does_not_guess(
    db_path: Path, minutes_sample: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    a, b = _two_alike(db_path, monkeypatch)
    assert run(db_path, "import", "--yes", str(minutes_sample)) == 0
    out = capsys.readouterr().out
    assert "osäker koppling – sparas inte med --yes" in out
    assert f"1) punkt {a}" in out or f"1) punkt {b}" in out
    assert "2) punkt" in out and "%" in out
    assert "0 stängda punkter" in out
    with Store.open(db_path) as store:
        assert {store.get_item(a).status, store.get_item(b).status} == {"open"}


def test_import_review_picks_an_offered_item_with_one_key(
    db_path: Path, minutes_sample: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    a, b = _two_alike(db_path, monkeypatch)
    monkeypatch.setattr(items_cmd, "is_interactive", lambda: True)
    answers = iter(["2"])
    monkeypatch.setattr(items_cmd, "ask", lambda prompt: next(answers))
    assert run(db_path, "import", str(minutes_sample)) == 0
    out = capsys.readouterr().out
    assert "Vilken punkt? [1/2]/[h]oppa över/[q] avbryt" in out or "Sparat" in out
    assert "1 stängda punkter" in out
    with Store.open(db_path) as store:
        closed = [i for i in (a, b) if store.get_item(i).status == "done"]
        assert len(closed) == 1
        assert "frågan avslutas" in (store.get_item(closed[0]).last_note or "")


def test_import_of_a_long_past_report_says_so_and_leaves_its_overdue_items(
    db_path: Path, report_sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "import", "--yes", str(report_sample)) == 0
    out = capsys.readouterr().out
    assert "Rapporten gäller 2016: punkter vars slutdatum har passerat är inte förvalda." in out
    assert "hoppades över" in out
    # A new activity left unselected says so, not that it found no open item; a done
    # one that names nothing on the list still does.
    assert "(hoppas över – inte förvald; kör utan --yes för att ta med den)" in out
    assert "[avslutar en punkt som inte hittades i balanslistan]" in out
    with Store.open(db_path) as store:
        saved = store.list_items(ItemFilter(status="open"))
    assert saved and all(it.due is None or it.due >= dt.date.today() for it in saved)
