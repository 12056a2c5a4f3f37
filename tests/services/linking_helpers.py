"""Importing written minutes into a store, as `tracker import --yes` does, for the
linking tests: one document after another into the same balance list."""

from __future__ import annotations

from pathlib import Path

from tracker.extract import extract
from tracker.ingest import read_document
from tracker.services import balance
from tracker.store import Store


def import_text(store: Store, tmp_path: Path, name: str, text: str) -> balance.ImportResult:
    """Write ``text`` to ``name``, plan its import and apply the plan as proposed."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    plan = balance.plan_import(store, extract(read_document(path)))
    return balance.apply_import(store, plan, source_path=path)


def plan_text(store: Store, tmp_path: Path, name: str, text: str) -> balance.ImportPlan:
    """Write ``text`` to ``name`` and plan its import (nothing is saved)."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return balance.plan_import(store, extract(read_document(path)))
