"""Fault injection on the database: what a secretary's machine does to the file.

Three kinds of round, each against a real database and real worker processes:

* **kill** – a worker imports minutes (the FVG sample, each time as a new document) and
  edits items through the same services as the CLI and the window, and is killed with
  SIGKILL at a random moment.
* **diskfull** – a worker writes under a file-size limit (``RLIMIT_FSIZE``, with
  SIGXFSZ ignored so that the write fails with EFBIG, as on a full disk) until the
  limit stops it; some limits are below the database's size, so the rolling backup at
  opening fails too and must be reported.
* **concurrent** – two workers write at once while a third behaves like the window: one
  long-lived store that also opens the file a second time for each "import" (issue 17,
  failure 1).

A worker prints one ``ok`` line after each committed transaction; after the round the
database must pass ``PRAGMA integrity_check``, open, and hold every acknowledged
write (an edit's history entry, an inserted item, an import's document with all of its
history entries – never part of one).  Figures go to stdout::

    python -m bench.fault_injection [--rounds N] [--seed S]

It is a bench, not a test: a run takes a minute or two.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "samples" / "002_67bf5d675aa1465c.txt"


# --- workers (run in child processes) --------------------------------------------


def _ack(kind: str, **data: object) -> None:
    # One line per committed transaction; flushed so that a kill right after the
    # commit loses at most this line, never a line of an uncommitted write.
    sys.stdout.write(json.dumps({"ok": kind, **data}) + "\n")
    sys.stdout.flush()


def _worker(mode: str, db: Path, wid: str, ops: int, limit: int) -> int:
    from tracker.errors import StoreError, TrackerError
    from tracker.extract import extract
    from tracker.ingest import read_document
    from tracker.services import balance
    from tracker.store import Store

    if mode == "diskfull":
        # EFBIG from write() instead of the signal: the program sees a failed write.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    extraction = extract(read_document(SAMPLE))
    rng = random.Random(f"{wid}-{os.getpid()}")
    try:
        store = Store.open(db)
    except StoreError as exc:
        _ack_error(exc)
        return 0
    for warning in store.warnings:
        sys.stdout.write(json.dumps({"warning": warning}) + "\n")
        sys.stdout.flush()
    try:
        for n in range(ops):
            choice = rng.random()
            try:
                if mode == "window" and n % 3 == 0:
                    # The window's importer opens the file a second time.
                    with Store.open(db, backup=False) as other:
                        _import(other, extraction, wid, n, balance)
                elif choice < 0.25 and mode != "diskfull":
                    _import(store, extraction, wid, n, balance)
                elif choice < 0.6 and store.count_items():
                    ids = store.query_item_ids()
                    item = store.get_item(rng.choice(ids))
                    value = f"{wid}-{n}"
                    balance.update_item(store, item.id, item.version, {"owner": value})
                    _ack("edit", item=item.id, value=value)
                else:
                    title = f"{wid}-{n} " + ("text " * rng.randint(10, 400))
                    item_id = store.insert_item({"title": title[:80], "text": title})
                    _ack("insert", item=item_id, title=title[:80])
            except TrackerError as exc:
                _ack_error(exc)
                if mode == "diskfull":
                    return 0
    finally:
        store.close()
    return 0


def _ack_error(exc: Exception) -> None:
    sys.stdout.write(json.dumps({"error": getattr(exc, "message", str(exc))}) + "\n")
    sys.stdout.flush()


def _import(store, extraction, wid: str, n: int, balance) -> None:  # type: ignore[no-untyped-def]
    sha = f"{wid}-{n}-{os.getpid()}-{time.time_ns()}"
    info = dataclasses.replace(extraction.document, sha256=sha)
    ext = dataclasses.replace(extraction, document=info)
    plan = balance.plan_import(store, ext)
    balance.apply_import(store, plan)
    doc = store.find_document(sha)
    events = store.conn.execute(
        "SELECT count(*) FROM item_events WHERE document_id = ?", (doc.id,)
    ).fetchone()[0]
    _ack("import", sha=sha, events=events)


# --- the parent --------------------------------------------------------------------


@dataclasses.dataclass
class Tally:
    rounds: int = 0
    integrity_ok: int = 0
    opens_ok: int = 0
    acknowledged: int = 0
    lost: int = 0
    partial_imports: int = 0
    errors_reported: int = 0
    backup_warnings: int = 0
    tracebacks: int = 0
    by_kind: dict[str, int] = dataclasses.field(default_factory=dict)
    messages: set[str] = dataclasses.field(default_factory=set)
    notes: list[str] = dataclasses.field(default_factory=list)


def _spawn(mode: str, db: Path, wid: str, ops: int, limit: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bench.fault_injection", "--worker", mode, str(db), wid,
         str(ops), str(limit)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def _collect(proc: subprocess.Popen[str], tally: Tally, timeout: float = 120) -> list[dict]:
    out, err = proc.communicate(timeout=timeout)
    if "Traceback" in err:
        tally.tracebacks += 1
        tally.notes.append(err.strip().splitlines()[-1])
    acks = []
    for line in out.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut by the kill: its write is not counted as acknowledged
        if "ok" in record:
            acks.append(record)
            tally.by_kind[record["ok"]] = tally.by_kind.get(record["ok"], 0) + 1
        elif "error" in record:
            tally.errors_reported += 1
            tally.messages.add(_generic(record["error"]))
        elif "warning" in record:
            tally.backup_warnings += 1
            tally.messages.add(_generic(record["warning"]))
    return acks


def _generic(message: str) -> str:
    """A message without its temporary paths and numbers, so that each kind shows once."""
    message = re.sub(r"/\S*?/fault-[^/\s]+/\S*?(?=[\s),:]|$)", "FIL", message)
    return re.sub(r"\b\d+\b", "N", message)[:200]


def _verify(db: Path, acks: list[dict], tally: Tally) -> None:
    from tracker.errors import StoreError
    from tracker.store import Store

    tally.rounds += 1
    tally.acknowledged += len(acks)
    conn = sqlite3.connect(db)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok":
            tally.integrity_ok += 1
    finally:
        conn.close()
    try:
        store = Store.open(db, backup=False)
    except StoreError as exc:
        tally.notes.append(exc.message)
        tally.lost += len(acks)
        return
    tally.opens_ok += 1
    with store:
        c = store.conn
        for ack in acks:
            kind = ack["ok"]
            if kind == "insert":
                found = c.execute(
                    "SELECT 1 FROM items WHERE id = ? AND title = ?", (ack["item"], ack["title"])
                ).fetchone()
            elif kind == "edit":
                found = c.execute(
                    "SELECT 1 FROM item_events WHERE item_id = ? AND field = 'owner' AND new = ?",
                    (ack["item"], ack["value"]),
                ).fetchone()
            else:
                doc = store.find_document(ack["sha"])
                found = doc
                if doc is not None:
                    events = c.execute(
                        "SELECT count(*) FROM item_events WHERE document_id = ?", (doc.id,)
                    ).fetchone()[0]
                    if events != ack["events"]:
                        tally.partial_imports += 1
            if not found:
                tally.lost += 1
        # No document saved without its items' history (a half import), acknowledged
        # or not.
        tally.partial_imports += c.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM item_events e WHERE e.document_id = d.id)"
        ).fetchone()[0]


def _fresh_db(folder: Path, name: str) -> Path:
    from tracker.store import Store

    db = folder / name
    with Store.open(db) as store:
        for n in range(20):
            store.insert_item({"title": f"Startpunkt {n}", "text": "text " * 50})
    return db


def run(rounds: int, seed: int) -> dict[str, Tally]:
    rng = random.Random(seed)
    results: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory(prefix="fault-") as tmp:
        folder = Path(tmp)

        kill = results["kill"] = Tally()
        db = _fresh_db(folder, "kill.db")
        for r in range(rounds):
            proc = _spawn("churn", db, f"k{r}", 100_000)
            time.sleep(rng.uniform(0.8, 2.5))  # start-up is about 0.5 s of it
            proc.send_signal(signal.SIGKILL)
            acks = _collect(proc, kill)
            _verify(db, acks, kill)
            # Acknowledged writes of earlier rounds must survive later ones too.
            kill.notes.append(f"round {r}: {len(acks)} acknowledged")

        full = results["diskfull"] = Tally()
        for r in range(max(3, rounds // 3)):
            db = _fresh_db(folder, f"full{r}.db")
            size = db.stat().st_size
            # Some limits below the database's size: the backup at opening fails.
            limit = int(size * rng.uniform(0.5, 1.0)) if r % 2 else size + rng.randint(
                20_000, 400_000
            )
            acks = _collect(_spawn("diskfull", db, f"f{r}", 100_000, limit), full)
            _verify(db, acks, full)

        both = results["concurrent"] = Tally()
        for r in range(max(3, rounds // 3)):
            db = _fresh_db(folder, f"both{r}.db")
            procs = [
                _spawn("churn", db, f"a{r}", 40),
                _spawn("churn", db, f"b{r}", 40),
                _spawn("window", db, f"w{r}", 30),
            ]
            acks = [a for p in procs for a in _collect(p, both)]
            _verify(db, acks, both)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20, help="kill rounds (others: a third)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--worker", nargs=5, metavar=("MODE", "DB", "ID", "OPS", "LIMIT"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args(argv)
    if args.worker:
        mode, db, wid, ops, limit = args.worker
        return _worker(mode, Path(db), wid, int(ops), int(limit))
    started = time.monotonic()
    results = run(max(1, args.rounds), args.seed)
    lost = 0
    for name, t in results.items():
        lost += t.lost + t.partial_imports
        print(
            f"{name}: rounds {t.rounds}, integrity ok {t.integrity_ok}/{t.rounds}, opens ok "
            f"{t.opens_ok}/{t.rounds}, acknowledged writes {t.acknowledged}, lost committed "
            f"writes {t.lost}, partial imports {t.partial_imports}, errors reported "
            f"{t.errors_reported}, backup warnings {t.backup_warnings}, tracebacks "
            f"{t.tracebacks}"
        )
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(t.by_kind.items()))
        print(f"  {name}: acknowledged by kind: {kinds}")
        for message in sorted(t.messages):
            print(f"  {name}: message: {message}")
        for note in t.notes:
            if not note.startswith("round "):
                print(f"  {name}: {note}")
    print(f"lost_committed_writes: {lost}  (target = 0; {'ok' if lost == 0 else 'MISS'})")
    print(f"seconds: {time.monotonic() - started:.0f}")
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
