"""One service plans the import of a file for the window and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINUTES_SAMPLE
from tracker.errors import InputError
from tracker.services import importing
from tracker.store import Store


def test_plan_file_reads_extracts_and_plans(db_path: Path) -> None:
    with Store.open(db_path) as store:
        planned = importing.plan_file(store, MINUTES_SAMPLE)
        assert planned.plan.body == "Förvaltningsgruppen"
        assert len(planned.plan.entries) >= 3
        assert planned.document.sha256 == planned.extraction.document.sha256
        assert store.list_documents() == []  # planning writes nothing


def test_plan_file_refuses_the_database_and_its_files(db_path: Path) -> None:
    with Store.open(db_path) as store:
        for candidate in (store.path, Path(f"{store.path}-wal")):
            if candidate.exists():
                with pytest.raises(InputError, match="själva databasen"):
                    importing.plan_file(store, candidate)
