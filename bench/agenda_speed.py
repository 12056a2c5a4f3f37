"""Agenda and printed-list speed.

Run ``python -m bench.agenda_speed`` (``--quick`` for fewer repeats).  Prints
``name: value`` lines:

    agenda_pdf_ms: 150          build + PDF of an FVG agenda with 50 open items,
                                median of warm runs (target ≤ 1000)
    agenda_pdf_first_ms: 400    the first one in the process (Qt start-up, fonts)
    agenda_docx_ms: 60          the same agenda as DOCX, median
    print_list_300_ms: 300      the printed balance list of 300 items (PDF), median
    print_list_300_pages: 40    its page count

"Build" reads the open items and the previous meeting from a temporary database, as
``tracker agenda`` does.  :func:`measure` returns the same figures for ``bench/run.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BODY = "Förvaltningsgruppen"
MEETING = dt.date(2024, 3, 12)
NEXT = dt.date(2024, 4, 9)
N_ITEMS = 50
KINDS = ("carried_over", "assignment", "awaiting_reply", "action", "follow_up")
_WORDS = [
    "rutin", "för", "bemanning", "och", "schemaläggning", "inom", "hemtjänsten", "samt",
    "uppföljning", "av", "arbetsmiljön", "i", "förskolan", "och", "lokalfrågan", "på",
    "familjerätten",
]  # fmt: skip


def _title(n: int) -> str:
    return " ".join(_WORDS[(n + k) % len(_WORDS)] for k in range(4 + n % 9)).capitalize()


def _fill(db: Path) -> None:
    from tracker.services import balance, meetings
    from tracker.store import Store

    with Store.open(db, backup=False) as store:
        orgs = ["Förvaltningen"] * 6 + ["Vision", "Kommunal", "SACO"]
        people = [{"name": f"Person {i}", "organisation": org} for i, org in enumerate(orgs)]
        last = meetings.ensure_meeting(
            store, BODY, MEETING, organisation="Stadsdelsförvaltningen", time="13:00",
            place="Mötesrum Paddan", present=people, adjusters=people[5:8],
        )  # fmt: skip
        for n in range(1, N_ITEMS + 1):
            balance.add_item(
                store, title=_title(n), body=BODY, owner=f"Ansvarig {n % 12}",
                due=MEETING + dt.timedelta(days=n * 3), kind=KINDS[n % len(KINDS)],
                meeting_id=last.id,
            )  # fmt: skip


def _print_rows(n: int) -> list[Any]:
    from tracker.store import ItemRow

    return [
        ItemRow(
            id=i, title=_title(i) + f" {i}", text="", kind="action", status="open",
            owner=f"Ansvarig {i % 12}", raised_by=None, due=MEETING + dt.timedelta(days=i),
            due_text=None, due_precision="day", start=None, deviation=None, body=BODY,
            section=None, page=None, line=None, evidence=None, document_id=None,
            document_file=None, document_path=None, meeting_id=None, created_at="",
            updated_at="", version=1, last_note=None if i % 3 else "Diskuterat, återkommer",
        )
        for i in range(1, n + 1)
    ]


def measure(quick: bool = False) -> dict[str, Any]:
    """Time the agenda (PDF, DOCX) and the printed list; figures in milliseconds."""
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="agenda-bench-") as tmp:
        work = Path(tmp)
        # Templates are copied to the data folder on first use: keep them in the temp dir.
        old_data = os.environ.get("TRACKER_DATA_DIR")
        os.environ["TRACKER_DATA_DIR"] = str(work / "userdata")
        try:
            from tracker.services.agenda import (
                build_agenda,
                render_agenda_docx,
                render_agenda_pdf,
            )
            from tracker.services.print_list import print_list_pdf
            from tracker.store import Store

            db = work / "bench.db"
            _fill(db)

            def agenda_pdf(i: int) -> float:
                start = time.perf_counter()
                with Store.open(db, backup=False) as store:
                    agenda = build_agenda(store, BODY, NEXT)
                render_agenda_pdf(agenda, work / f"agenda{i}.pdf")
                return (time.perf_counter() - start) * 1000

            first = agenda_pdf(0)
            pdf_ms = [agenda_pdf(i) for i in range(1, runs + 1)]
            with Store.open(db, backup=False) as store:
                agenda = build_agenda(store, BODY, NEXT)
            assert len(agenda.open_entries()) == N_ITEMS
            docx_ms = []
            for i in range(runs):
                start = time.perf_counter()
                render_agenda_docx(agenda, work / f"agenda{i}.docx")
                docx_ms.append((time.perf_counter() - start) * 1000)

            rows = _print_rows(300)
            list_ms = []
            for i in range(max(1, runs // 2)):
                start = time.perf_counter()
                print_list_pdf(rows, work / f"list{i}.pdf", title="Balanslista")
                list_ms.append((time.perf_counter() - start) * 1000)
            import pypdfium2

            pdf = pypdfium2.PdfDocument(str(work / "list0.pdf"))
            pages = len(pdf)
            pdf.close()
        finally:
            if old_data is None:
                os.environ.pop("TRACKER_DATA_DIR", None)
            else:
                os.environ["TRACKER_DATA_DIR"] = old_data
    return {
        "agenda_pdf_ms": round(statistics.median(pdf_ms)),
        "agenda_pdf_first_ms": round(first),
        "agenda_docx_ms": round(statistics.median(docx_ms)),
        "print_list_300_ms": round(statistics.median(list_ms)),
        "print_list_300_pages": pages,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="färre upprepningar")
    args = parser.parse_args(argv)
    for name, value in measure(quick=args.quick).items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
