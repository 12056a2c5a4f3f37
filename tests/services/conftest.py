"""Fixtures of the service tests: a store on a fresh database (a test module may define
its own ``store`` instead)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.store import Store


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path, backup=False) as s:
        yield s
