"""The real-document scorer and its labels file: one-to-one scoring over saved texts, and a
labels file that holds pointers and short match words, never copied text."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from bench import accuracy_public, label_rounds

# Written for this test in our own words: a §-protocol with an assignment, a tabled
# ärende and a piece of information.
MINUTES = """Socialnämnden
Protokoll 2024-03-12

§ 12 Nattpatrullen i hemtjänsten
Socialnämnden beslutar
att ge förvaltningen i uppdrag att utreda nattpatrullens bemanning och återkomma
senast den 30 april 2024.

§ 13 Lokalförsörjning
Ärendet bordläggs.

§ 14 Information om sommaren
Informationen läggs till handlingarna.
"""


def _doc(**kw: Any) -> dict[str, Any]:
    base = {
        "id": "t1",
        "kind": "minutes",
        "split": "dev",
        "round": "r0",
        "query": "q",
        "url": "https://example.org/t1",
        "organisation": "Exempelkommun",
        "body": "Socialnämnden",
        "meeting_date": "2024-03-12",
        "items": [],
        "closings": [],
        "traps": [],
    }
    return base | kw


def _measure(tmp_path: Path, docs: list[dict[str, Any]]) -> dict[str, float]:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "t1.txt").write_text(MINUTES, encoding="utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"documents": docs}), encoding="utf-8")
    figures, _ = accuracy_public.measure(texts, labels=labels, verbose=True)
    return figures


def test_found_items_with_due_owner_and_meeting_facts(tmp_path: Path) -> None:
    doc = _doc(
        items=[
            {"match": ["nattpatrull", "bemanning"], "kind": "assignment",
             "owner": "förvaltningen", "due": "2024-04-30"},
            {"match": ["Lokalförsörjning"], "kind": "tabled", "owner": None, "due": None},
        ],
        traps=[{"match": ["Information om sommaren"]}],
    )
    f = _measure(tmp_path, [doc])
    assert f["real_minutes_recall"] == 1.0
    assert f["real_minutes_precision"] == 1.0
    assert f["real_minutes_due"] == 1.0  # only the item whose label states a due date
    assert f["real_minutes_owner"] == 1.0
    assert f["real_minutes_kind"] == 1.0
    assert f["real_minutes_meeting_date"] == 1.0
    assert f["real_minutes_body"] == 1.0
    assert f["real_minutes_traps_open"] == 0.0


def test_misses_wrong_fields_and_extras_count(tmp_path: Path) -> None:
    doc = _doc(
        meeting_date="2024-03-13",
        items=[
            {"match": ["nattpatrull"], "kind": "assignment", "owner": "Kommunstyrelsen",
             "due": "2024-05-31"},
            {"match": ["sjukresor"], "kind": "assignment"},  # not in the text: a miss
        ],
    )
    f = _measure(tmp_path, [doc])
    assert f["real_minutes_recall"] == 0.5
    assert f["real_minutes_precision"] == 0.5  # the tabled ärende is unlabelled here
    assert f["real_minutes_due"] == 0.0
    assert f["real_minutes_owner"] == 0.0
    assert f["real_minutes_meeting_date"] == 0.0


def test_one_item_answers_one_label(tmp_path: Path) -> None:
    twice = {"match": ["nattpatrull"], "kind": "assignment"}
    f = _measure(tmp_path, [_doc(items=[twice, dict(twice)])])
    assert f["real_minutes_recall"] == 0.5


def test_split_filter_and_missing_texts(tmp_path: Path) -> None:
    docs = [_doc(split="blind"), _doc(id="t2", url="u2", split="dev")]
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "t1.txt").write_text(MINUTES, encoding="utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"documents": docs}), encoding="utf-8")
    figures, notes = accuracy_public.measure(texts, labels=labels, split="dev")
    assert figures == {}
    assert any("no text" in n for n in notes)
    figures, _ = accuracy_public.measure(texts, labels=labels, split="blind")
    assert figures["real_minutes_documents"] == 1
    assert math.isnan(figures["real_minutes_recall"])  # no labelled items


def test_labels_checker_refuses_copied_text() -> None:
    doc = _doc(items=[{"match": ["x" * 50]}], notes="y" * 500)
    found = label_rounds.problems({"documents": [doc]})
    assert any("match word" in p for p in found)
    assert any("500 characters" in p for p in found)
    assert label_rounds.problems({"documents": [_doc()]}) == []


def test_merge_enters_a_round_blind_and_drops_absent_words(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for did in ("a1", "a2"):
        (texts / f"{did}.txt").write_text(MINUTES, encoding="utf-8")
    batch = tmp_path / "a.json"
    batch.write_text(json.dumps([
        _doc(id="a1", url="u1", items=[{"match": ["nattpatrull", "saknas-här"]}]),
        _doc(id="a2", url="u2", items=[{"match": ["finns-inte"]}]),
    ]), encoding="utf-8")
    labels = tmp_path / "labels.json"
    notes = label_rounds.merge([batch], "r1", texts, labels)
    spec = json.loads(labels.read_text(encoding="utf-8"))
    assert [d["split"] for d in spec["documents"]] == ["blind", "blind"]
    assert spec["documents"][0]["items"][0]["match"] == ["nattpatrull"]
    assert spec["documents"][1]["items"] == []
    assert len(notes) == 2
    assert len(spec["documents"][0]["sha256"]) == 64
    assert label_rounds.promote("r1", labels) == 2
    spec = json.loads(labels.read_text(encoding="utf-8"))
    assert [d["split"] for d in spec["documents"]] == ["dev", "dev"]


@pytest.mark.skipif(not accuracy_public.LABELS.exists(), reason="no labels file yet")
def test_repository_labels_file_is_pointers_and_labels() -> None:
    spec = accuracy_public.load_labels()
    assert label_rounds.problems(spec) == []
    docs = spec["documents"]
    minutes = [d for d in docs if d["kind"] == "minutes"]
    reports = [d for d in docs if d["kind"] == "report"]
    assert len(minutes) >= 60 and len(reports) >= 20
    assert len({d["organisation"] for d in minutes}) >= 30
    assert len({d["organisation"] for d in reports}) >= 12
    assert {d["split"] for d in docs} <= {"dev", "blind"}
    assert any(not d["items"] for d in docs)  # documents with no open item belong too


def test_half_filter_splits_by_the_texts_sha256(tmp_path: Path) -> None:
    assert accuracy_public.half_of({"sha256": "4f00"}) == "even"
    assert accuracy_public.half_of({"sha256": "b1aa"}) == "odd"
    assert accuracy_public.half_of({}) is None
    texts = tmp_path / "texts"
    texts.mkdir()
    for name in ("t1", "t2"):
        (texts / f"{name}.txt").write_text(MINUTES, encoding="utf-8")
    docs = [_doc(sha256=None), _doc(id="t2", url="u2", sha256=None)]
    docs[0]["sha256"], docs[1]["sha256"] = None, None
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"documents": docs}), encoding="utf-8")
    figures, _ = accuracy_public.measure(texts, labels=labels, ids=["t2"])
    assert figures["real_minutes_documents"] == 1
    figures, _ = accuracy_public.measure(texts, labels=labels, half="even")
    assert figures == {}


def test_organisation_half_keeps_an_organisations_documents_together() -> None:
    import hashlib

    a = {"organisation": "Exempelby kommun", "sha256": "4f00"}
    b = {"organisation": "Exempelby kommun", "sha256": "b1aa"}
    # the texts fall in different halves, the organisation's documents in one
    assert accuracy_public.half_of(a) != accuracy_public.half_of(b)
    assert accuracy_public.organisation_half(a) == accuracy_public.organisation_half(b)
    first = hashlib.sha256(b"Exempelby kommun").digest()[0]
    assert accuracy_public.organisation_half(a) == ("even" if first % 2 == 0 else "odd")
