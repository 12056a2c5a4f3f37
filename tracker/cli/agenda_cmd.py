"""``tracker agenda`` (kallelse/dagordning with the open items, PDF or DOCX) and
``tracker print-list`` (the balance list as a paginated A4 landscape PDF)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from tracker.cli.parser import count_text
from tracker.cli.store_cmd import open_store
from tracker.errors import InputError
from tracker.services import agenda as agenda_service
from tracker.services.agenda_templates import template_names
from tracker.store import ItemFilter

_TIME_RE = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "agenda",
        help="skriv kallelse och dagordning med balanslistan (PDF eller DOCX)",
        description="Skriver kallelse och dagordning för ett forums möte. Under "
        "Balanslista och Kvarvarande frågor från föregående möte förs forumets öppna "
        "frågor in med ansvarig och senast-datum. Filändelsen väljer format: .pdf "
        "eller .docx (för att göra klart i Word).",
    )
    p.add_argument("--body", required=True, metavar="FORUM",
                   help="forum/nämnd, t.ex. Förvaltningsgruppen")  # fmt: skip
    p.add_argument("--date", metavar="ÅÅÅÅ-MM-DD",
                   help="mötesdatum (standard: nästa möte enligt tidigare protokoll)")  # fmt: skip
    p.add_argument("--template", metavar="MALL",
                   help="dagordningsmall: forvaltningsgrupp, namnd, apt eller en egen "
                   "(standard: väljs efter forumets namn)")  # fmt: skip
    p.add_argument("--time", metavar="TT:MM", help="mötets starttid")
    p.add_argument("--place", metavar="PLATS", help="lokal")
    p.add_argument("--video-link", metavar="LÄNK", help="länk till videomötet")
    p.add_argument("--out", required=True, metavar="FIL", help="FIL.pdf eller FIL.docx")
    p.set_defaults(func=run_agenda)

    q = sub.add_parser(
        "print-list",
        help="skriv ut balanslistan som PDF-tabell (A4 liggande)",
        description="Skriver balanslistan, med valda filter, som en tabell på A4 liggande: "
        "rubrikraden upprepas på varje sida, ingen rad delas mellan sidor.",
    )
    q.add_argument("--all", action="store_true", help="alla punkter, även klara och avförda")
    q.add_argument("--owner", metavar="ANSVARIG", help="bara punkter med denna ansvarige")
    q.add_argument("--body", metavar="FORUM", help="bara punkter från detta forum")
    q.add_argument("--overdue", action="store_true", help="bara försenade punkter")
    q.add_argument("--text", metavar="SÖKORD", help="bara punkter som innehåller orden")
    q.add_argument("--title", metavar="RUBRIK", help="rubrik överst (standard: Balanslista)")
    q.add_argument("--out", required=True, metavar="FIL", help="FIL.pdf")
    q.set_defaults(func=run_print_list)


def _parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"Ogiltigt datum {value!r}: skriv det som ÅÅÅÅ-MM-DD.") from exc


def _parse_time(value: str | None) -> str | None:
    if value is None:
        return None
    match = _TIME_RE.match(value.strip())
    if not match:
        raise InputError(f"Ogiltig tid {value!r}: skriv den som TT:MM, t.ex. 13:00.")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _out_path(value: str, allowed: tuple[str, ...]) -> Path:
    path = Path(value).expanduser()
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise InputError(
            f"Okänd filtyp {path.suffix or '(ingen)'!r} för {path.name}: använd "
            + " eller ".join(allowed)
            + "."
        )
    return path


def run_agenda(args: argparse.Namespace) -> int:
    out = _out_path(args.out, (".pdf", ".docx"))
    time = _parse_time(args.time)
    with open_store(args.db) as store:
        body = agenda_service.resolve_body(store, args.body)
        if args.date:
            date = _parse_date(args.date)
        else:
            from tracker.services.meetings import suggest_next_meeting

            suggested = suggest_next_meeting(store, body)
            if suggested is None:
                raise InputError(
                    f"Nästa mötesdatum för {body} är okänt: ange det med --date ÅÅÅÅ-MM-DD."
                )
            date = suggested
        known = store.distinct_bodies()
        if body not in known and not store.list_meetings(body):
            names = ", ".join(known) or "inga ännu"
            print(
                f"Obs: forumet {body!r} finns inte i databasen (kända forum: {names}). "
                "Dagordningen skrivs utan öppna frågor.",
                file=sys.stderr,
            )
        if args.template and args.template.lower().removesuffix(".json") not in template_names():
            raise InputError(
                f"Dagordningsmallen {args.template!r} finns inte. Tillgängliga mallar: "
                + ", ".join(template_names())
                + "."
            )
        agenda = agenda_service.build_agenda(
            store, body, date, template=args.template, time=time, place=args.place,
            video_link=args.video_link,
        )  # fmt: skip
    if out.suffix.lower() == ".pdf":
        agenda_service.render_agenda_pdf(agenda, out)
    else:
        agenda_service.render_agenda_docx(agenda, out)
    n_open = len(agenda.open_entries())
    late = sum(1 for e in agenda.open_entries() if e.overdue)
    questions = "1 öppen fråga" if n_open == 1 else f"{n_open} öppna frågor"
    print(
        f"{agenda.document_title} för {agenda.body} {date.isoformat()} skriven till {out} "
        f"({count_text(len(agenda.sections))}, {questions}, varav {late} försenade)."
    )
    return 0


def run_print_list(args: argparse.Namespace) -> int:
    from tracker.services.print_list import print_list_pdf

    out = _out_path(args.out, (".pdf",))
    flt = ItemFilter(
        text=args.text or None,
        owner=args.owner or None,
        body=args.body or None,
        status=None if args.all else "open",
        overdue=args.overdue,
    )
    with open_store(args.db) as store:
        rows = store.list_items(flt)
    title = args.title or (f"Balanslista – {args.body}" if args.body else "Balanslista")
    print_list_pdf(rows, out, title=title, filters_text=flt.describe())
    print(f"{count_text(len(rows))} utskrivna till {out}.")
    return 0
