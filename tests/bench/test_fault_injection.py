"""The fault-injection bench counts a lost acknowledged write and a half import (its
rounds themselves are a bench: ``python -m bench.fault_injection``)."""

from __future__ import annotations

from pathlib import Path

from bench.fault_injection import Tally, _generic, _verify
from tracker.store import Store


def test_verify_counts_lost_writes_and_half_imports(db_path: Path) -> None:
    with Store.open(db_path) as store:
        kept = store.insert_item({"title": "Sparad"})
        store.conn.execute(
            "INSERT INTO documents (file_name, sha256, imported_at) VALUES ('x', 'halv', 'nu')"
        )
    tally = Tally()
    acks = [
        {"ok": "insert", "item": kept, "title": "Sparad"},
        {"ok": "insert", "item": 99, "title": "Borta"},
        {"ok": "edit", "item": kept, "value": "aldrig"},
    ]
    _verify(db_path, acks, tally)
    assert (tally.rounds, tally.integrity_ok, tally.opens_ok) == (1, 1, 1)
    assert tally.lost == 2
    assert tally.partial_imports == 1


def test_messages_lose_their_temporary_paths() -> None:
    assert _generic("Databasen (/tmp/fault-ab12/full3.db) kunde inte skrivas") == (
        "Databasen (FIL) kunde inte skrivas"
    )
