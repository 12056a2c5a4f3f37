"""docs/CONTRACTS.md is kept in step with the code: every public function of the store
and the services is listed, and every ``store.x`` / ``module.x`` it names exists."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

from tracker.store import Store

DOC = (Path(__file__).resolve().parents[1] / "docs" / "CONTRACTS.md").read_text("utf-8")
SERVICES = ("balance", "meetings", "matching", "linking", "link_scoring", "link_words",
            "link_effects", "export", "print_list", "agenda", "agenda_pdf", "agenda_docx",
            "agenda_templates", "manual", "meeting_date")  # fmt: skip


def _public_functions(module: object) -> list[str]:
    return [
        name
        for name, obj in inspect.getmembers(module, inspect.isfunction)
        if not name.startswith("_") and obj.__module__ == module.__name__  # type: ignore[attr-defined]
    ]


def _mentioned(name: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(name)}\b|\.{re.escape(name)}\b", DOC) is not None


def test_every_store_method_is_listed() -> None:
    public = [n for n in dir(Store) if not n.startswith("_")]
    assert [n for n in public if f"store.{n}" not in DOC and f"Store.{n}" not in DOC] == []


@pytest.mark.parametrize("name", SERVICES)
def test_every_service_function_is_listed(name: str) -> None:
    module = importlib.import_module(f"tracker.services.{name}")
    assert [f for f in _public_functions(module) if not _mentioned(f)] == []


def test_every_name_the_document_gives_exists(db_path: Path) -> None:
    missing = []
    with Store.open(db_path) as store:  # instance attributes too (store.path, .warnings)
        attrs = set(dir(store))
    for attr in set(re.findall(r"\bstore\.(\w+)", DOC)):
        if attr not in attrs:
            missing.append(f"store.{attr}")
    for name in SERVICES:
        module = importlib.import_module(f"tracker.services.{name}")
        # (not a file name: "meeting_date.py" is also the extractor's module)
        for attr in set(re.findall(rf"(?<![\w.]){name}\.(?!py\b)(\w+)", DOC)):
            if not hasattr(module, attr):
                missing.append(f"{name}.{attr}")
    assert missing == []
