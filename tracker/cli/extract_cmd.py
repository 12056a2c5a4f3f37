"""``tracker extract FILE [--json] [--explain]``: read one document and print what was
found, without touching the database; ``--explain`` says which rules, lexicon entries and
features made each item."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tracker.domain import Candidate, Extraction
from tracker.extract import extract
from tracker.ingest import read_document


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="läs ett dokument och visa mötesuppgifter och öppna punkter (sparar inget)",
        description="Läser ett protokoll eller en rapport (PDF, DOCX, TXT) och visar vad "
        "som hittades. Databasen ändras inte.",
    )
    p.add_argument("file", metavar="FIL")
    p.add_argument("--json", action="store_true", help="skriv ut resultatet som JSON")
    p.add_argument(
        "--explain",
        action="store_true",
        help="visa för varje punkt vilka regler, lexikonord och kännetecken som gav den",
    )
    p.set_defaults(func=run)


def stderr_progress(name: str):
    """A ``progress(done, total)`` for :func:`read_document` that reports the pages of a
    scanned PDF on stderr as text recognition reads them: one updated line on a
    terminal, a line a page otherwise (a log)."""
    tty = sys.stderr.isatty()

    def report(done: int, total: int) -> None:
        if done == 0:
            msg = f"{name}: {total} skannade sidor läses med textigenkänning (OCR) …"
            sys.stderr.write(msg + "\n")
        else:
            msg = f"  OCR sida {done} av {total}"
            end = ("\n" if done == total else "") if tty else "\n"
            sys.stderr.write(("\r" if tty else "") + msg + end)
        sys.stderr.flush()

    return report


def run(args: argparse.Namespace) -> int:
    doc = read_document(args.file, progress=stderr_progress(Path(args.file).name))
    result = extract(doc)
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_summary(result, explain=args.explain))
    return 0


def _item_lines(n: int, it: Candidate, explain: bool) -> list[str]:
    status_sv = {"open": "öppen", "done": "klar", "unclear": "oklar"}
    due = it.due.isoformat() if it.due else (it.due_text or "–")
    out = [
        f"  {n:>3}. [{status_sv.get(it.status, it.status)}] {it.title}"
        f"  | ansvarig: {it.owner or '–'} | senast: {due} | s. {it.page or '?'}"
    ]
    if explain:
        for reason in it.reasons or ["(ingen uppgift om varför)"]:
            out.append(f"         · {reason}")
    return out


def format_summary(result: Extraction, *, explain: bool = False) -> str:
    kinds = {"minutes": "protokoll", "report": "rapport", "unknown": "okänd typ"}
    d, m = result.document, result.meeting
    pages = "1 sida" if d.pages == 1 else f"{d.pages} sidor"
    out = [
        f"Dokument: {d.file} ({d.format.upper()}, {pages}, {kinds.get(d.kind, d.kind)})",
    ]
    if d.ocr_pages:
        out.append(
            f"Lästa med textigenkänning (OCR): s. {', '.join(map(str, d.ocr_pages))} – "
            "kontrollera punkterna därifrån mot originalet"
        )
    if m.body or m.date:
        when = m.date.isoformat() if m.date else "okänt datum"
        out.append(f"Möte: {m.body or 'okänt forum'} {when}" + (f" kl. {m.time}" if m.time else ""))
    if m.place:
        out.append(f"Plats: {m.place}")
    if m.next_meeting:
        out.append(f"Nästa möte: {m.next_meeting.isoformat()}")
    out.append(f"Punkter: {len(result.items)}")
    for n, it in enumerate(result.items, 1):
        out.extend(_item_lines(n, it, explain))
    if result.possible:
        out.append(
            f"Möjliga punkter (visas okryssade vid granskningen): {len(result.possible)}"
        )
        for n, it in enumerate(result.possible, len(result.items) + 1):
            out.extend(_item_lines(n, it, explain))
    if result.warnings:
        out.append(f"Varningar: {len(result.warnings)}")
        for w in result.warnings:
            where = f" (s. {w.page})" if w.page else ""
            out.append(f"  ! {w.message}{where}")
    return "\n".join(out) + "\n"
