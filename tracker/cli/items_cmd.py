"""Balance-list commands: ``tracker import``, ``list``, ``show``, ``edit``, ``close`` and
``export``.  They use the same services as the program window, so an import or an edit
from the command line gets the same matching, history and version checks."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tracker.cli.parser import count_text
from tracker.cli.store_cmd import open_store
from tracker.domain import Candidate
from tracker.errors import InputError, TrackerError
from tracker.labels import STATUS_LABELS, describe_event, kind_label, status_label
from tracker.services.export import COLUMNS, EXPORT_FORMATS, csv_row, export
from tracker.store import SORT_KEYS, STATUSES, ItemFilter, ItemRow, Store

if TYPE_CHECKING:
    from tracker.services import balance, importing

#: Swedish status words accepted wherever a status is given.
#: (Only the statuses one may choose: "borttagen", an undone addition, is none of them.)
_STATUS_WORDS = {**{s: s for s in STATUSES}, **{STATUS_LABELS[s]: s for s in STATUSES}}

# Indirection so that tests can drive the review dialogue.
ask: Callable[[str], str] = input


def is_interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="importera protokoll/rapporter till balanslistan (med granskning)",
        description="Läser dokumenten, visar varje hittad punkt och om den blir ny, "
        "uppdaterar eller stänger en befintlig punkt, och frågar per punkt: "
        "j/y = ja, n = nej, e = redigera (rubrik, ansvarig, senast), a = ja till alla. "
        "Ett dokument som redan är importerat ändrar ingenting.",
    )
    p.add_argument("files", nargs="+", metavar="FIL")
    p.add_argument("--yes", "-y", action="store_true", help="godkänn alla punkter utan att fråga")
    p.add_argument("--body", metavar="FORUM", help="forum/nämnd om dokumentet inte anger det")
    p.add_argument(
        "--date",
        metavar="ÅÅÅÅ-MM-DD",
        type=_meeting_date_arg,
        help="mötesdatum, när dokumentet inte anger det (eller inte dess år); datum utan "
        "årtal i dokumentet (”senast 13 maj”, ”till nästa möte”) läses mot det",
    )
    p.set_defaults(func=run_import)

    p = sub.add_parser(
        "list",
        help="visa balanslistan (öppna punkter som standard)",
        description="Visar punkterna i balanslistan, öppna som standard, sorterade på "
        "senast-datum.",
    )
    _add_filter_args(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="skriv ut som JSON")
    out.add_argument("--csv", action="store_true", help="skriv ut som CSV (semikolon)")
    p.add_argument(
        "--no-history", action="store_true", help="utan historiken (JSON; något snabbare)"
    )
    p.add_argument("--limit", type=int, metavar="N", help="högst N punkter")
    p.set_defaults(func=run_list)

    p = sub.add_parser("show", help="visa en punkt med källa och historik")
    p.add_argument("id", type=int, metavar="NR")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p.set_defaults(func=run_show)

    p = sub.add_parser(
        "edit",
        help="ändra en punkt (rubrik, ansvarig, senast, status …)",
        description="Ändrar en punkt; varje ändrat fält sparas i historiken. Tomt värde "
        '(t.ex. --due "") tar bort uppgiften.',
    )
    p.add_argument("id", type=int, metavar="NR")
    p.add_argument("--title", metavar="TEXT", help="ny rubrik")
    p.add_argument("--text", metavar="TEXT", help="ny beskrivning")
    p.add_argument("--owner", metavar="NAMN", help="ny ansvarig")
    p.add_argument("--raised-by", metavar="NAMN", help="väckt av")
    p.add_argument("--due", metavar="ÅÅÅÅ-MM-DD", help="nytt senast-datum")
    p.add_argument("--body", metavar="FORUM", help="forum/nämnd")
    p.add_argument("--status", metavar="STATUS", help="open/öppen, done/klar, struck/avförd")
    p.add_argument("--note", metavar="TEXT", help="anteckning till ändringen")
    p.set_defaults(func=run_edit)

    p = sub.add_parser("close", help="stäng en punkt (klar eller avförd) med en anteckning")
    p.add_argument("id", type=int, metavar="NR")
    p.add_argument("--note", required=True, metavar="TEXT", help="varför punkten stängs")
    p.add_argument("--struck", action="store_true", help="avför punkten i stället för klar")
    p.set_defaults(func=run_close)

    p = sub.add_parser(
        "export",
        help="exportera balanslistan till CSV, Excel (XLSX) eller kalender (ICS)",
        description="CSV: UTF-8 med semikolon (öppnas direkt i svenskt Excel). XLSX: "
        "Excel-arbetsbok. ICS: en heldagshändelse per senast-datum (Outlook).",
    )
    p.add_argument("--format", choices=sorted(EXPORT_FORMATS), help="format (annars filändelsen)")
    p.add_argument("--out", required=True, metavar="FIL", help="filen som skrivs")
    _add_filter_args(p)
    p.set_defaults(func=run_export)


# --- shared helpers -----------------------------------------------------------------


def _add_filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--all", action="store_true", help="alla punkter, även stängda")
    p.add_argument("--status", metavar="STATUS", help="bara denna status (open, done, struck)")
    p.add_argument("--overdue", action="store_true", help="bara försenade punkter")
    p.add_argument("--owner", metavar="NAMN", help="ansvarig (del av namnet räcker)")
    p.add_argument("--body", metavar="FORUM", help="forum/nämnd (del av namnet räcker)")
    p.add_argument("--search", metavar="TEXT", help="sökord i rubrik, text, ansvarig, källa")
    p.add_argument(
        "--sort", choices=SORT_KEYS, default="due", help="sortering (standard: due = senast)"
    )
    p.add_argument("--desc", action="store_true", help="omvänd sortering")


def _status(value: str) -> str:
    key = value.strip().casefold()
    if key not in _STATUS_WORDS:
        raise TrackerError(
            f"Okänd status: {value}. Använd open/öppen, done/klar eller struck/avförd."
        )
    return _STATUS_WORDS[key]


def _filter_from_args(args: argparse.Namespace, store: Store) -> ItemFilter:
    status: str | None = "open"
    if args.all:
        status = None
    if args.status:
        status = _status(args.status)
    from tracker.services.meetings import canonical_body

    body = canonical_body(store, args.body) if args.body else None
    owner = store.resolve_alias(args.owner, "owner") if args.owner else None
    return ItemFilter(
        text=args.search,
        owner=owner,
        body=body,
        status=status,
        overdue=args.overdue,
        sort=args.sort,
        descending=args.desc,
    )


def _open(args: argparse.Namespace, *, write: bool) -> Store:
    # Reading commands skip the rolling backup: they change nothing worth protecting.
    # Warnings (a failed backup, a damaged file) are printed on stderr.
    return open_store(args.db, backup=write)


def _fmt_due(row: ItemRow | Candidate) -> str:
    if row.due:
        return row.due.isoformat()
    return row.due_text or "–"


def _clip(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    if width <= 1:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


# --- import -------------------------------------------------------------------------


def _meeting_date_arg(value: str) -> dt.date:
    from tracker.services.meeting_date import read_meeting_date

    day = read_meeting_date(value)
    if day is None:
        raise argparse.ArgumentTypeError(
            f"”{value}” är inget mötesdatum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2024-03-12"
        )
    return day


def _give_meeting_date(planned: importing.PlannedFile, day: dt.date | None) -> None:
    """``--date``: the meeting date for the plan (due dates without a year read again);
    without it, say on stderr when the document's meeting date is unknown."""
    from tracker.services.meeting_date import set_meeting_date

    plan, name = planned.plan, planned.path.name
    known = plan.extraction.meeting.date
    if day is None:
        if known is None and not plan.already_imported:
            print(
                f"{name}: mötesdatumet framgår inte av dokumentet (eller inte dess år); "
                "datum utan årtal har inte tolkats. Ange det med --date ÅÅÅÅ-MM-DD.",
                file=sys.stderr,
            )
        return
    if known is not None and known != day:
        print(f"{name}: dokumentet anger mötesdatumet {known.isoformat()}; "
              f"{day.isoformat()} (--date) används.", file=sys.stderr)  # fmt: skip
    set_meeting_date(plan, day, document=planned.document)


def run_import(args: argparse.Namespace) -> int:
    if not args.yes and not is_interactive():
        raise TrackerError(
            "Ingen terminal att fråga i (indata är omdirigerad). Kör med --yes för att "
            "godkänna alla punkter, eller kör kommandot i ett terminalfönster."
        )
    from tracker.cli.extract_cmd import stderr_progress
    from tracker.services import balance, importing

    failed = 0
    out = sys.stdout
    with _open(args, write=True) as store:
        for file in args.files:
            try:
                planned = importing.plan_file(
                    store, file, body=args.body, progress=stderr_progress(Path(file).name)
                )
            except InputError as exc:
                print(f"Fel i {file}: {exc.message}", file=sys.stderr)
                failed += 1
                continue
            plan = planned.plan
            _give_meeting_date(planned, getattr(args, "date", None))
            _print_plan_header(plan, out)
            if plan.already_imported:
                print(f"  {plan.message}", file=out)
                continue
            if plan.past_notice:
                print(f"  {plan.past_notice}", file=out)
            if not plan.entries:
                print("  Inga punkter hittades.", file=out)
            if args.yes:
                _show_plan(plan, out)
            elif not _review(plan, out):
                print("  Importen avbröts; inget sparades från detta dokument.", file=out)
                continue
            result = balance.apply_import(store, plan, source_path=file)
            print(f"  Sparat: {result.summary()}", file=out)
            if result.created:
                print(f"  Nya punkter: {id_ranges(result.created)}", file=out)
    return 2 if failed else 0


def id_ranges(ids: list[int]) -> str:
    """Item numbers compactly: [1, 2, 3, 7, 9, 10] → "1–3, 7, 9–10"."""
    parts: list[str] = []
    for i in sorted(ids):
        if parts and parts[-1].split("–")[-1] == str(i - 1):
            parts[-1] = f"{parts[-1].split('–')[0]}–{i}"
        else:
            parts.append(str(i))
    return ", ".join(parts)


def _print_plan_header(plan: balance.ImportPlan, out: TextIO) -> None:
    d, m = plan.extraction.document, plan.extraction.meeting
    when = m.date.isoformat() if m.date else "okänt datum"
    forum = plan.body or "okänt forum"
    count = "" if plan.already_imported else f" – {count_text(len(plan.entries))}"
    print(f"\n{d.file}: {forum} {when}{count}", file=out)


def _entry_line(n: int, entry: balance.PlanEntry) -> str:
    c = entry.candidate
    head = f"  {n:>3}. [{entry.describe()}] {_clip(c.title, 70)}"
    due = _fmt_due(c)
    if entry.action == "update" and c.due and entry.match_due and c.due != entry.match_due:
        due = f"{entry.match_due.isoformat()} → {due}"
    details = f"ansvarig: {c.owner or '–'} | senast: {due}"
    if c.page:
        details += f" | s. {c.page}"
    if entry.action == "close" and c.evidence:
        # The closing words are at the end of the sentence ("… Frågan avslutas.").
        tail = " ".join(c.evidence.split())
        details += f" | «{'…' + tail[-79:] if len(tail) > 80 else tail}»"
    return f"{head}\n       {details}"


def _option_lines(entry: balance.PlanEntry) -> list[str]:
    """The open items an unsure link may mean, numbered for a one-key choice."""
    # A candidate an earlier import did not take says where it comes from ("ej tagen
    # punkt från 2024-03-01"): choosing it puts it on the list.
    return [
        f"         {k}) {entry.target_text(item_id)}: {_clip(title, 50)} ({score:.0f} %)"
        f" – {reason}"
        for k, (item_id, title, score, reason) in enumerate(entry.options[:3], 1)
    ]


def _skipped(entry: balance.PlanEntry) -> str:
    """Why an entry is not saved: a closing that names no open item, or a new item the
    plan does not preselect (an overdue activity of a report whose period is long past)
    — which the secretary can still take without ``--yes``."""
    if entry.action == "new" and entry.candidate.status != "done":
        return "hoppas över – inte förvald; kör utan --yes för att ta med den"
    return "hoppas över – ingen matchande öppen punkt"


def _show_plan(plan: balance.ImportPlan, out: TextIO) -> None:
    """Every entry and what saving it does (``--yes``: nothing is asked, nothing guessed)."""
    for n, entry in enumerate(plan.entries, 1):
        print(_entry_line(n, entry), file=out)
        if entry.candidate.tier == "possible":
            print("       (möjlig punkt – sparas inte utan ditt ja)", file=out)
        elif entry.unsure and entry.options and not entry.accepted:
            print("       (osäker koppling – sparas inte med --yes; kör utan --yes och välj "
                  "punkt) möjliga punkter:", file=out)  # fmt: skip
            for line in _option_lines(entry):
                print(line, file=out)
        elif entry.unsure and entry.options:
            print("       liknande befintliga punkter (kontrollera):", file=out)
            for line in _option_lines(entry):
                print(line, file=out)
        elif not entry.accepted:
            print(f"       ({_skipped(entry)})", file=out)


def _choose_option(entry: balance.PlanEntry, out: TextIO) -> bool | None:
    """Ask which offered item an unsure link means: 1–3, n (new item), h (skip), q;
    Enter keeps the proposal (a look-alike new item stays new, an unsure link is
    skipped).  Returns False when the user quits, None otherwise."""
    for line in _option_lines(entry):
        print(line, file=out)
    can_new = not entry.mention and entry.candidate.status != "done"
    keys = "/".join(str(k) for k in range(1, len(entry.options[:3]) + 1))
    prompt = f"       Vilken punkt? [{keys}]" + ("/[n]y punkt" if can_new else "")
    prompt += "/[h]oppa över/[q] avbryt: "
    while True:
        answer = ask(prompt).strip().casefold()[:1]
        if answer == "q":
            return False
        if answer == "":
            return None
        if answer == "h":
            entry.accepted = False
            return None
        if answer == "n" and can_new:
            entry.action, entry.match_id, entry.match_title = "new", None, None
            entry.match_version = None
            entry.accepted = True
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(entry.options[:3]):
            item_id, title, score, _reason = entry.options[int(answer) - 1]
            if entry.action == "new":
                entry.action = "update"
            if entry.match_id != item_id:
                entry.match_version = None
                entry.match_due = None
            entry.match_id, entry.match_title, entry.score = item_id, title, score
            entry.accepted = True
            return None
        print(f"       Svara {keys}" + (", n" if can_new else "") + ", h eller q.", file=out)


def _reason_line(entry: balance.PlanEntry) -> str:
    reasons = [r for r in entry.candidate.reasons if not r.startswith("möjlig punkt")]
    return "       varför: " + "; ".join(reasons[:4])


def _review(plan: balance.ImportPlan, out: TextIO) -> bool:
    """Ask per entry; returns False when the user quits (nothing of the file saved)."""
    accept_rest = False
    for n, entry in enumerate(plan.entries, 1):
        print(_entry_line(n, entry), file=out)
        if entry.candidate.tier == "possible":
            # Possible items are asked about one by one, "nej" by default, also after
            # "alla": the secretary's word is what makes them items.
            print("       (möjlig punkt)", file=out)
            print(_reason_line(entry), file=out)
            answer = ask("       Spara den möjliga punkten? [j]a/[N]ej/[q] avbryt: ")
            answer = answer.strip().casefold()[:1]
            if answer == "q":
                return False
            entry.accepted = answer in ("j", "y")
            continue
        if entry.unsure and entry.options:
            # An unsure link is asked about one by one, also after "alla": the
            # secretary picks the item, the program does not guess.
            print("       (osäker koppling) möjliga punkter:", file=out)
            if _choose_option(entry, out) is False:
                return False
            continue
        if not entry.accepted:
            print(f"       ({_skipped(entry)})", file=out)
            continue
        if accept_rest:
            continue
        while True:
            answer = ask("       Spara? [j]a/[n]ej/[e] redigera/[a]lla/[q] avbryt: ")
            answer = answer.strip().casefold()[:1]
            if answer in ("j", "y", ""):
                break
            if answer == "n":
                entry.accepted = False
                break
            if answer == "a":
                accept_rest = True
                break
            if answer == "q":
                return False
            if answer in ("e", "r"):
                _edit_candidate(entry.candidate, out)
                print(_entry_line(n, entry), file=out)
                continue
            print("       Svara j, n, e, a eller q.", file=out)
    return True


def _edit_candidate(c: Candidate, out: TextIO) -> None:
    from tracker.services import balance

    title = ask(f"       Rubrik [{_clip(c.title, 60)}]: ").strip()
    if title:
        c.title = title
    owner = ask(f"       Ansvarig [{c.owner or '–'}]: ").strip()
    if owner:
        c.owner = None if owner in ("-", "–") else owner
    while True:
        due = ask(f"       Senast ÅÅÅÅ-MM-DD [{_fmt_due(c)}]: ").strip()
        if not due:
            return
        try:
            c.due = balance.parse_due(due)
        except TrackerError as exc:
            print(f"       {exc.message}", file=out)
            continue
        c.due_text = None
        c.due_precision = "day" if c.due else None
        return


# --- list / show --------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        flt = _filter_from_args(args, store)
        if args.json:
            write_json(store, flt, sys.stdout, limit=args.limit, history=not args.no_history)
            return 0
        rows = store.list_items(flt, limit=args.limit)
        if args.csv:
            write_csv(rows, sys.stdout)
        else:
            sys.stdout.write(format_table(rows, total=len(rows), flt=flt))
    return 0


def write_json(
    store: Store, flt: ItemFilter, out: TextIO, *, limit: int | None, history: bool = True
) -> None:
    """``{"items": [...]}`` – the shape documented in the README.  Each item's JSON is
    made by SQLite (``Store.list_items_json``), which keeps 100,000 items fast."""
    out.write('{"items": [')
    out.write(", ".join(store.list_items_json(flt, limit=limit, history=history)))
    out.write("]}\n")


def write_csv(rows: list[ItemRow], out: TextIO) -> None:
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow([c[0] for c in COLUMNS])
    for r in rows:
        w.writerow(csv_row(r))


def format_table(rows: list[ItemRow], *, total: int, flt: ItemFilter) -> str:
    width = max(80, shutil.get_terminal_size((120, 25)).columns)
    today = dt.date.today()
    fixed = 6 + 11 + 8 + 20 + 18 + 6
    title_w = max(20, width - fixed)
    lines = [
        f"{'Nr':>5}  {'Senast':<10} {'Status':<7} {'Ansvarig':<19} {'Forum':<17} Rubrik",
    ]
    for r in rows:
        mark = "!" if r.is_overdue(today) else " "
        due = r.due.isoformat() if r.due else _clip(r.due_text or "–", 10)
        lines.append(
            f"{r.id:>5}{mark} {due:<10} {_clip(status_label(r.status), 7):<7} "
            f"{_clip(r.owner or '–', 19):<19} {_clip(r.body or '–', 17):<17} "
            f"{_clip(r.title, title_w)}"
        )
    what = flt.describe()
    lines.append(f"{count_text(total)} ({what}). ! = försenad.")
    return "\n".join(lines) + "\n"


def run_show(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        item = store.get_item(args.id)
        history = store.item_history(item.id)
        if args.json:
            json.dump(item.to_dict(history), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        sys.stdout.write(format_item(item, history))
    return 0


def format_item(item: ItemRow, history: list[Any]) -> str:
    rows: list[tuple[str, str | None]] = [
        ("Rubrik", item.title),
        ("Status", status_label(item.status)),
        ("Typ", kind_label(item.kind)),
        ("Ansvarig", ", ".join([item.owner or "–", *item.co_owners])),
        ("Väckt av", item.raised_by),
        ("Senast", _fmt_due(item) + (f" ({item.due_text})" if item.due and item.due_text else "")),
        ("Start", item.start.isoformat() if item.start else None),
        ("Avvikelse", item.deviation),
        ("Forum", item.body),
        ("Källa", item.source_text() or None),
        ("Avsnitt", item.section),
        ("Citat", item.evidence),
        ("Skapad", item.created_at[:16].replace("T", " ")),
        ("Ändrad", item.updated_at[:16].replace("T", " ") + f" (version {item.version})"),
    ]
    out = [f"Punkt {item.id}"]
    out += [f"  {k + ':':<11}{v}" for k, v in rows if v]
    if item.text and item.text != item.title:
        out.append("  Text:")
        out += [f"    {ln}" for ln in item.text.splitlines()]
    out.append("  Historik:")
    out += [f"    {describe_event(ev)}" for ev in history] or ["    –"]
    return "\n".join(out) + "\n"


# --- edit / close -------------------------------------------------------------------


def run_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    for key in ("title", "text", "owner", "raised_by", "due", "body"):
        value = getattr(args, key)
        if value is not None:
            changes[key] = value
    if args.status is not None:
        changes["status"] = _status(args.status)
    if not changes and not args.note:
        raise TrackerError("Ange minst en ändring, t.ex. --due 2024-05-14 eller --owner HR.")
    # Imported here: rapidfuzz (via balance) is not needed by the reading commands.
    from tracker.services import balance

    with _open(args, write=True) as store:
        item = store.get_item(args.id)
        before = {ev.id for ev in store.item_history(item.id)}
        balance.update_item(store, item.id, item.version, changes, note=args.note)
        new_events = [ev for ev in store.item_history(item.id) if ev.id not in before]
        if not new_events:
            print(f"Punkt {item.id}: inget ändrades (samma värden).")
            return 0
        print(f"Punkt {item.id} sparad.")
        for ev in new_events:
            print(f"  {describe_event(ev)}")
    return 0


def run_close(args: argparse.Namespace) -> int:
    if not args.note.strip():
        raise TrackerError("Skriv varför punkten stängs med --note.")
    from tracker.services import balance

    status = "struck" if args.struck else "done"
    with _open(args, write=True) as store:
        item = store.get_item(args.id)
        closed = balance.close_item(store, item.id, item.version, note=args.note, status=status)
        print(f"Punkt {closed.id} är nu {status_label(closed.status)}: {_clip(closed.title, 70)}")
    return 0


# --- export -------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    fmt = args.format or out.suffix.lstrip(".").lower()
    if fmt not in EXPORT_FORMATS:
        raise TrackerError(
            "Ange formatet med --format csv, xlsx eller ics (eller en fil med den ändelsen)."
        )
    with _open(args, write=False) as store:
        flt = _filter_from_args(args, store)
        rows = store.list_items(flt)
        kwargs: dict[str, Any] = {}
        if fmt == "ics":
            kwargs["uid_prefix"] = store.database_id
        count = export(fmt, rows, out, **kwargs)
    what = "kalenderhändelser" if fmt == "ics" else "punkter"
    print(f"{count} {what} exporterade till {out}.")
    return 0
