"""The cached 100,000-item database the store and GUI benchmarks run against.

Generated once by ``bench/gen_db.py`` and kept in ``bench/out/`` under a key of the
generator's source, the schema version and the size, so a changed generator or schema
gives a fresh database and an unchanged one costs nothing.  Its own module (not in
``run.py``) so that a benchmark script run alone (``gui_speed.py``) can use it without
importing the runner that imports the script.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def _generator() -> tuple[Callable[..., Any], Path]:
    """The database generator: the store's ``bench/gen_db.py``, else ``bench/gen_items.py``."""
    for name in ("gen_db", "gen_items"):
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bench.{name}":
                raise
            continue
        return module.generate, Path(module.__file__ or "")
    raise RuntimeError("ingen databasgenerator (bench/gen_db.py eller bench/gen_items.py)")


def database_key(generator_file: Path, n_items: int) -> str:
    """Cache key: the generator's source, the schema version and the size."""
    from tracker.store.schema import SCHEMA_VERSION

    digest = hashlib.sha256(generator_file.read_bytes()).hexdigest()[:12]
    return f"{generator_file.stem}-{digest}-s{SCHEMA_VERSION}-n{n_items}"


def ensure_database(n_items: int) -> tuple[Path, str]:
    """Path of the cached database of ``n_items`` items (made when missing) and a note."""
    generate, source = _generator()
    key = database_key(source, n_items)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"items-{key}.db"
    if path.exists():
        return path, f"cached {path.name}"
    # Older caches of the same size are from another generator or schema: drop them so
    # bench/out does not grow with every change.
    for old in OUT.glob(f"items-*-n{n_items}.db*"):
        with contextlib.suppress(OSError):
            old.unlink()
    partial = OUT / f"partial-{key}.db"
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()
    start = time.perf_counter()
    generate(partial, n_items, seed=1)
    _checkpoint(partial)
    # Renamed only when complete: an interrupted run never leaves a half database cached.
    partial.replace(path)
    return path, f"generated {path.name} in {time.perf_counter() - start:.1f} s"


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so that the cache is a single self-contained file."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            extra.unlink()
