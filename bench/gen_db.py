"""Generate a realistic balance-list database of N items for speed measurements.

Years of meetings of several forums (FVG, SVG, nämnder, APT) with their minutes as
documents, items with long Swedish titles and texts built from typical phrasing, owners
and organisations, due dates from 2015 on (exact and vague), most items long closed and
a minority open, and a history (created, re-dated, discussed, closed) for each.

    python bench/gen_db.py OUT.db N [--seed 1]

``generate(path, n_items, seed=1)`` does the same from Python (the file is replaced).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tracker.store import Store  # noqa: E402
from tracker.store.connection import now_iso  # noqa: E402

BODIES = [
    ("Förvaltningsgruppen", "Hägersten-Älvsjö stadsdelsförvaltning", 28),
    ("Samverkansgruppen", "Hägersten-Älvsjö stadsdelsförvaltning", 35),
    ("Socialnämnden", "Göteborgs Stad", 28),
    ("Äldrenämnden", "Malmö stad", 35),
    ("Utbildningsnämnden", "Stockholms stad", 28),
    ("Stadsdelsnämnden Skärholmen", "Stockholms stad", 28),
    ("Kommunstyrelsen", "Uppsala kommun", 21),
    ("APT förskolan Solrosen", "Hägersten-Älvsjö stadsdelsförvaltning", 30),
    ("APT hemtjänsten Midsommarkransen", "Hägersten-Älvsjö stadsdelsförvaltning", 30),
    ("Skyddskommittén", "Hägersten-Älvsjö stadsdelsförvaltning", 42),
]
OWNERS = [
    "Arbetsgivaren", "Förvaltningen", "HR-avdelningen", "Ekonomiavdelningen",
    "Styrgruppen", "Vision", "Kommunal", "Sveriges Lärare", "Akademikerförbundet SSR",
    "Lars Wennberg", "Yvonne Kokkola", "Jan Rönnberg", "Mette Sundqvist", "Eva Alama",
    "Linda Palo", "Liselott Hedman", "Alex Baena", "Förskoleavdelningen",
    "Avdelningen för äldreomsorg", "Kommunikationsenheten", "Skyddsombudet",
    "Stadsledningskontoret", "Fastighetskontoret", "Utbildningsförvaltningen",
]  # fmt: skip
SUBJECTS = [
    "arbetsmiljön på förskolorna i Västberga", "heltidsresan inom äldreomsorgen",
    "lönekartläggningen för kvinnodominerade yrkesgrupper", "bemanningen i hemtjänsten "
    "under sommarperioden", "rekryteringen av socialsekreterare till barn- och "
    "ungdomsenheten", "omorganisationen av individ- och familjeomsorgen",
    "budgetunderlaget för verksamhetsåret", "sjukfrånvaron bland undersköterskor",
    "friskvårdsbidraget och dess regler", "systematiskt arbetsmiljöarbete (SAM) i "
    "förskolan", "hot och våld i verksamheterna", "införandet av nytt verksamhetssystem "
    "för dokumentation", "lokalförsörjningsplanen för skolor och förskolor",
    "kompetensförsörjningsplanen", "riktlinjerna för distansarbete", "tertialrapport T1 "
    "och prognosen för helåret", "schemaläggningen på särskilda boenden", "ersättningen "
    "för obekväm arbetstid", "introduktionsprogrammet för nyanställda chefer",
    "medarbetarenkätens resultat och handlingsplaner", "ventilationen i "
    "Midsommarkransens skola", "utbildningen i brandskydd för all personal",
    "samverkansavtalet och dess tillämpning", "delegationsordningen för "
    "ekonomiskt bistånd", "uppföljningen av heltidsmålet", "övertidsuttaget inom "
    "socialpsykiatrin", "kvalitetsuppföljningen inom LSS-verksamheten",
]  # fmt: skip
PHRASES = [
    "Frågan om {s} lämnas som kvarstående till kommande {b}.",
    "{o} återkommer med svar om {s} till nästa möte.",
    "Frågan om {s} förs till samverkansgruppen för vidare hantering.",
    "Nämnden ger förvaltningen i uppdrag att utreda {s} och återrapportera senast {d}.",
    "Ärendet om {s} bordläggs till nästa sammanträde.",
    "Ärendet återremitteras till förvaltningen för komplettering kring {s}.",
    "{o} informerar om {s}; en fördjupad redovisning ges i april–maj.",
    "Vision och Kommunal efterfrågar en tidplan för {s}. {o} tar fram den.",
]
KINDS = [
    "carried_over", "awaiting_reply", "referred", "assignment", "tabled", "sent_back",
    "follow_up", "action",
]  # fmt: skip
VAGUE = [("under våren", "season"), ("i april-maj", "months"), ("T2", "tertial"),
         ("före sommaren", "season"), ("till nästa möte", "next_meeting")]  # fmt: skip
START = dt.date(2015, 1, 12)


def _title(rng: random.Random, subject: str) -> str:
    lead = rng.choice(["", "Fråga om ", "Uppdrag: ", "Kvarstående fråga: ", "Information om "])
    t = f"{lead}{subject}"
    return t[0].upper() + t[1:]


def generate(path: str | Path, n_items: int, seed: int = 1) -> Path:
    """Write a database with ``n_items`` items at ``path`` (replaced if present)."""
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    today = dt.date.today()
    span_days = max(1, (today - START).days)
    per_doc = 25
    n_docs = max(1, n_items // per_doc)
    with Store.open(path, backup=False) as store:
        conn = store.conn
        stamp = now_iso()
        with store.transaction():
            docs, meetings = [], []
            for d in range(1, n_docs + 1):
                body, org, _gap = BODIES[d % len(BODIES)]
                date = START + dt.timedelta(days=int(span_days * d / (n_docs + 1)))
                fname = f"Protokoll {body} {date.isoformat()}.pdf"
                docs.append(
                    (d, fname, f"/delad/protokoll/{date.year}/{fname}", f"{d:064x}", "pdf",
                     "minutes", rng.randint(2, 14), stamp, "generator")
                )  # fmt: skip
                people = [{"name": o, "organisation": org, "role": None} for o in OWNERS[:6]]
                meetings.append(
                    (d, body, org, date.isoformat(), "13:00", "Mötesrum Paddan plan 10",
                     (date + dt.timedelta(days=28)).isoformat(),
                     json.dumps(people, ensure_ascii=False), "[]", "[]", d, stamp)
                )  # fmt: skip
            conn.executemany(
                "INSERT INTO documents (id, file_name, path, sha256, format, kind, pages, "
                "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                docs,
            )
            conn.executemany(
                "INSERT INTO meetings (id, body, organisation, date, time, place, "
                "next_meeting, present, absent, adjusters, document_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                meetings,
            )
            items, events = [], []
            for i in range(1, n_items + 1):
                d = min(n_docs, 1 + (i - 1) // per_doc)
                body = meetings[d - 1][1]
                mdate = dt.date.fromisoformat(meetings[d - 1][3])
                subject = rng.choice(SUBJECTS)
                owner = rng.choice(OWNERS) if rng.random() < 0.9 else None
                phrase = rng.choice(PHRASES)
                due: dt.date | None = mdate + dt.timedelta(days=rng.choice([14, 28, 42, 60, 90]))
                due_text, precision = None, "day"
                if rng.random() < 0.15:
                    due_text, precision = rng.choice(VAGUE)
                elif rng.random() < 0.1:
                    due, precision = None, None
                text = phrase.format(
                    s=subject, o=owner or "Arbetsgivaren", b=body.lower(),
                    d=due.isoformat() if due else "snarast",
                )  # fmt: skip
                age = (today - mdate).days
                # Old items are nearly all closed; about one in five overall stays open.
                p_open = 0.85 if age < 120 else (0.35 if age < 500 else 0.08)
                status = "open" if rng.random() < p_open else rng.choice(["done"] * 5 + ["struck"])
                created = f"{mdate.isoformat()}T15:00:00+01:00"
                items.append(
                    (i, _title(rng, subject), text, rng.choice(KINDS), status, owner,
                     rng.choice(["Vision", "Kommunal", None, None]),
                     due.isoformat() if due else None, due_text, precision, body,
                     f"{rng.randint(3, 14)}. Kvarvarande frågor", rng.randint(1, 12),
                     rng.randint(1, 60), text, d, d, created, created, 1,
                     None)  # last_note: a person's; the generator writes no notes
                )  # fmt: skip
                events.append(
                    (i, created, "generator", "created", None, None, None, d, d, "created", "{}")
                )
                if status != "open":
                    closed = f"{(mdate + dt.timedelta(days=rng.randint(20, 200))).isoformat()}"
                    events.append(
                        (i, closed + "T15:00:00+01:00", "generator", "status", "open", status,
                         "Frågan avslutas.", None, None, "changed", "{}")
                    )  # fmt: skip
                elif rng.random() < 0.4:
                    events.append(
                        (i, created, "generator", "discussed", None, text[:200], None, d, d,
                         "discussed", json.dumps({"when": mdate.isoformat()}))
                    )  # fmt: skip
            conn.executemany(
                "INSERT INTO items (id, title, text, kind, status, owner, raised_by, due, "
                "due_text, due_precision, body, section, page, line, evidence, document_id, "
                "meeting_id, created_at, updated_at, version, last_note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                items,
            )
            conn.executemany(
                "INSERT INTO item_events (item_id, at, user, field, old, new, note, "
                "document_id, meeting_id, code, params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                events,
            )
        conn.execute("PRAGMA optimize")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    generate(args.out, args.n, seed=args.seed)
    print(f"gen_db_{args.n}_s: {time.perf_counter() - t0:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
