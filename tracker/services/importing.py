"""Planning the import of one file, the same way for the window and the command line:
refuse the database's own files, read the document, extract it, and propose what saving
it would do (:func:`tracker.services.balance.plan_import`).  Nothing is written here;
:func:`tracker.services.balance.apply_import` saves an (edited) plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tracker.domain import Document, Extraction
from tracker.errors import InputError
from tracker.services import balance
from tracker.store import Store
from tracker.store.connection import is_database_file

#: ``progress(pages_done, pages_total)`` while scanned pages are read by OCR.
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class PlannedFile:
    """One file read, extracted and planned."""

    path: Path
    document: Document
    extraction: Extraction
    plan: balance.ImportPlan


def plan_file(
    store: Store,
    path: str | Path,
    *,
    body: str | None = None,
    progress: Progress | None = None,
) -> PlannedFile:
    """Read, extract and plan ``path`` against ``store``; InputError (a Swedish message)
    when the file cannot be read, or is the database itself (reading one of its files
    outside SQLite would drop this process's locks on it)."""
    from tracker.extract import extract
    from tracker.ingest import read_document

    path = Path(path)
    if is_database_file(path, store.path):
        raise InputError(
            f"{path.name} är själva databasen (eller en av dess filer), inget dokument att "
            "importera."
        )
    document = read_document(path, progress=progress)
    extraction = extract(document)
    return PlannedFile(path, document, extraction,
                       balance.plan_import(store, extraction, body=body))
