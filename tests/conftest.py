"""Shared test fixtures: sample documents, a fresh database path per test, offscreen Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
SAMPLES = DATA / "samples"
MINUTES_SAMPLE = SAMPLES / "002_67bf5d675aa1465c.txt"
REPORT_SAMPLE = SAMPLES / "004_309559257fb3423f.txt"


@pytest.fixture
def minutes_sample() -> Path:
    return MINUTES_SAMPLE


@pytest.fixture
def report_sample() -> Path:
    return REPORT_SAMPLE


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh database path; also isolates the per-user data folder for the test."""
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("TRACKER_DB", raising=False)
    return tmp_path / "test.db"
