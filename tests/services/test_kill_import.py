"""A program killed (SIGKILL) in the middle of an import leaves the database exactly as
it was before: no document row, no half of the items, no history events."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tracker.services import balance
from tracker.store import Store

from .helpers import april_items, extraction, march_items

ROOT = Path(__file__).resolve().parents[2]

# Runs in the child: import the April minutes, and after the second new item sleep
# inside the open transaction until killed.
CHILD = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from tracker.services import balance
    from tracker.store import Store
    from tests.services.helpers import april_items, extraction

    store = Store.open(sys.argv[1])
    original = balance._create_from_candidate
    calls = 0

    def slow(*args, **kwargs):
        global calls
        item_id = original(*args, **kwargs)
        calls += 1
        if calls == 2:
            print("MITT I IMPORTEN", item_id, flush=True)
            time.sleep(120)
        return item_id

    balance._create_from_candidate = slow
    plan = balance.plan_import(
        store, extraction("april.txt", april_items(), date=dt.date(2024, 4, 9))
    )
    balance.apply_import(store, plan)
    print("KLAR", flush=True)
    """
)


def _dump(path: Path) -> tuple:
    c = sqlite3.connect(path)
    try:
        return tuple(
            c.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("documents", "meetings", "items", "item_events")
        )
    finally:
        c.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL needs a POSIX system")
def test_sigkill_mid_import_leaves_database_intact(db_path: Path) -> None:
    with Store.open(db_path) as store:
        balance.apply_import(store, balance.plan_import(store, extraction("mars.txt",
                                                                          march_items())))
    before = _dump(db_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("MITT I IMPORTEN"), child.stderr.read() if child.stderr else ""
        # The child has written the document, the meeting, a closing, an update and two
        # new items – all inside one uncommitted transaction.
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    assert _dump(db_path) == before
    with Store.open(db_path) as store:
        assert store.integrity_ok()
        assert store.get_item(1).status == "open"
        # The import can simply be done again.
        plan = balance.plan_import(
            store, extraction("april.txt", april_items(), date=dt.date(2024, 4, 9))
        )
        assert not plan.already_imported
        result = balance.apply_import(store, plan)
        assert result.closed == [1] and len(result.created) == 2
