"""Accuracy of the extractor on real public documents, kept as pointers and labels.

The real documents are third-party copies of public web pages (municipal protocols,
minutes, follow-up reports).  The repository keeps only ``bench/real/labels.json``: for
each document the query and the address that find it, its kind, organisation, body and
meeting date, and the labels in the conventions of ``DOMAIN.md`` (each open item's short
match words, owner and due date; the closings; the traps that must not come out open).
The texts themselves are saved, while working, outside the repository (by default in
``$XDG_CACHE_HOME/balanslistan/real/texts/<id>.txt``); this script fetches nothing and
scores whatever texts that folder holds.

Matching is one to one: an expected item is found when one extracted item, not used by
another expected item, holds all its match words in its title, text, evidence or section
(what the review dialog shows with the item) and has the expected status.

Printed per kind (``minutes`` and ``report`` apart)::

    real_minutes_recall          found open items / labelled open items
    real_minutes_review_recall   the same counting the possible items shown unchecked
    real_minutes_precision       extracted open items that are labelled / extracted open items
    real_minutes_due             matched items with the right due date / matched items whose
                                 label states a due date
    real_minutes_owner           matched items with the right owner / matched items with a
                                 labelled owner
    real_minutes_review_due,     the same two among the items matched only at review (a
    real_minutes_review_owner    possible item shown unchecked, no confident one)
    real_minutes_kind            matched items of the labelled kind
    real_minutes_closings        labelled closings found as closings (minutes): a done
                                 item or a closing mention holding the words
    real_minutes_traps_open      labelled traps that came out as open items / traps
    real_minutes_meeting_date    documents whose meeting date is right / documents with one
    real_minutes_body            documents whose body is right / documents with one
    real_report_done_as_open     labelled done entries that came out as open items / entries
    real_minutes_document_kind   documents whose kind is the labelled one (unknown counts
                                 as minutes: such a document is read by the minutes rules)

Run: ``.venv/bin/python bench/accuracy_public.py [--texts DIR] [--split dev|blind|all]
[--round rN] [--kind minutes|report] [--half even|odd] [--org-half even|odd] [--id ID …]
[-v] [--json]``. ``--half`` keeps an honest check once every document is dev: develop on
one half (by the labelled text's sha256), measure the other only before and after a
change; ``--org-half`` splits by organisation instead, so that one organisation's house
layout cannot be read on one half and scored on the other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tracker.domain import Candidate, Extraction  # noqa: E402
from tracker.errors import InputError  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.ingest import read_document  # noqa: E402

LABELS = ROOT / "bench" / "real" / "labels.json"
KINDS = ("minutes", "report")


def default_texts() -> Path:
    """Where the saved excerpts live: outside the repository, in the user's cache."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "balanslistan" / "real" / "texts"


def load_labels(path: Path = LABELS) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def text_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


HALVES = ("even", "odd")


def half_of(doc: dict[str, Any]) -> str | None:
    """A deterministic half of the labelled documents, for keeping a development half and a
    measured-only half once every document is dev: ``even`` when the labelled text's
    sha256 starts with an even hex digit, ``odd`` otherwise (None without a sha256)."""
    digest = doc.get("sha256")
    if not digest:
        return None
    return "even" if int(digest[0], 16) % 2 == 0 else "odd"


def organisation_half(doc: dict[str, Any]) -> str:
    """A deterministic half by organisation, so that no organisation's documents (and so
    none of its house layouts) fall in both halves: ``even`` when the first byte of the
    sha256 of the labelled organisation name is even, ``odd`` otherwise."""
    digest = hashlib.sha256((doc.get("organisation") or "").encode("utf-8")).digest()
    return "even" if digest[0] % 2 == 0 else "odd"


# --- Matching ---------------------------------------------------------------------------


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def haystack(it: Candidate) -> str:
    return " ".join(x for x in (it.title, it.text, it.evidence, it.section) if x).casefold()


def holds(it: Candidate, words: Iterable[str]) -> bool:
    hay = haystack(it)
    return all(w.casefold() in hay for w in words)


def same_name(got: str | None, wanted: Any) -> bool:
    """Owner/body agreement: equal, or one contains the other as a word part
    ("Förvaltningen" ~ "Barn- och utbildningsförvaltningen", "HR" ~ "HR-chefen")."""
    for w in _as_list(wanted):
        if w is None or got is None:
            if w is None and got is None:
                return True
            continue
        a, b = got.casefold().strip(), str(w).casefold().strip()
        short, long_ = sorted((a, b), key=len)
        if a == b or (len(short) >= 2 and not short.endswith("-") and short in long_):
            return True
    return False


def _strong(it: Candidate, words: Iterable[str]) -> bool:
    """The words stand in the item's own sentence or title, not only in the context
    around it (an evidence running over the neighbouring lines)."""
    hay = " ".join(x for x in (it.title, it.text) if x).casefold()
    return all(w.casefold() in hay for w in words)


def pair(
    items: list[Candidate], expected: list[dict[str, Any]], status: str | None
) -> list[tuple[dict[str, Any], Candidate | None]]:
    """Pair each expected entry with one extracted item of ``status`` (None: the entry's
    own ``status``, "open" when it names none) holding its words, one to one.

    A maximum matching, so that an entry listed first cannot take the item that alone
    holds a later entry's words while another item would have served it: first among
    items holding the words in their own sentence or title, then also in their context
    (evidence, section); within each, an item of the labelled kind, then of the labelled
    owner, is tried first."""
    edges: list[tuple[list[int], list[int]]] = []
    for exp in expected:
        want = status or exp.get("status", "open")
        kinds = _as_list(exp.get("kind"))
        ok = [i for i, it in enumerate(items) if it.status == want and holds(it, exp["match"])]
        # (an item of the labelled owner next: two items of one sentence, one per body
        # addressed, hold the same words, and either may be paired with either label)
        ok.sort(key=lambda i: (items[i].kind not in kinds,
                               not (exp.get("owner") and same_name(items[i].owner, exp["owner"]))))
        strong = [i for i in ok if _strong(items[i], exp["match"])]
        edges.append((strong, ok))
    owner: dict[int, int] = {}  # item index -> expected index

    def augment(e: int, level: int, seen: set[int]) -> bool:
        for i in edges[e][level]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], level, seen):
                owner[i] = e
                return True
        return False

    for level in (0, 1):
        for e in range(len(expected)):
            if e not in owner.values():
                augment(e, level, set())
    got = {e: i for i, e in owner.items()}
    return [(exp, items[got[e]] if e in got else None) for e, exp in enumerate(expected)]


# --- Scoring ----------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """Counts for one kind of document; figures are ratios of these."""

    documents: int = 0
    expected: int = 0
    found: int = 0
    found_at_review: int = 0
    extracted_open: int = 0
    extracted_matched: int = 0
    possible_offered: int = 0
    possible_matched: int = 0
    due_labelled: int = 0
    due_ok: int = 0
    owner_labelled: int = 0
    owner_ok: int = 0
    #: The same for the items matched only at review (a possible item shown unchecked).
    review_due_labelled: int = 0
    review_due_ok: int = 0
    review_owner_labelled: int = 0
    review_owner_ok: int = 0
    kind_labelled: int = 0
    kind_ok: int = 0
    closings: int = 0
    closings_found: int = 0
    traps: int = 0
    traps_open: int = 0
    done_entries: int = 0
    done_as_open: int = 0
    dated_documents: int = 0
    date_ok: int = 0
    clock_dates: int = 0
    bodied_documents: int = 0
    body_ok: int = 0
    document_kind_ok: int = 0
    lines: list[str] = field(default_factory=list)

    def figures(self, kind: str) -> dict[str, float]:
        def r(a: int, b: int) -> float:
            return round(a / b, 3) if b else float("nan")

        p = f"real_{kind}_"
        out = {
            p + "documents": float(self.documents),
            p + "expected_items": float(self.expected),
            p + "recall": r(self.found, self.expected),
            p + "review_recall": r(self.found_at_review, self.expected),
            p + "precision": r(self.extracted_matched, self.extracted_open),
            p + "due": r(self.due_ok, self.due_labelled),
            p + "owner": r(self.owner_ok, self.owner_labelled),
            p + "review_due": r(self.review_due_ok, self.review_due_labelled),
            p + "review_owner": r(self.review_owner_ok, self.review_owner_labelled),
            p + "kind": r(self.kind_ok, self.kind_labelled),
            p + "meeting_date": r(self.date_ok, self.dated_documents),
            p + "body": r(self.body_ok, self.bodied_documents),
            p + "document_kind": r(self.document_kind_ok, self.documents),
            p + "traps_open": r(self.traps_open, self.traps),
            # What the second tier costs the secretary: unchecked items per document,
            # and how many of them are labelled items.
            p + "possible_per_document": r(self.possible_offered, self.documents),
            p + "possible_precision": r(self.possible_matched, self.possible_offered),
        }
        if kind == "minutes":
            out[p + "closings"] = r(self.closings_found, self.closings)
        else:
            out[p + "done_as_open"] = r(self.done_as_open, self.done_entries)
        return out


def _due_ok(it: Candidate, exp: dict[str, Any]) -> bool:
    return (it.due.isoformat() if it.due else None) == exp.get("due")


def score_document(doc: dict[str, Any], result: Extraction, tally: Tally, verbose: bool) -> None:
    """Add one document's counts to ``tally``."""
    confident = result.items
    # The possible items (shown unchecked) count only for the recall at review.
    items = confident + list(getattr(result, "possible", []))
    tally.documents += 1
    expected = doc.get("items", [])
    pairs = pair(confident, expected, "open")
    review_pairs = pair(items, expected, "open")
    hits = [(e, it) for e, it in pairs if it is not None]
    tally.expected += len(expected)
    tally.found += len(hits)
    tally.found_at_review += sum(it is not None for _, it in review_pairs)
    possible = [it for it in getattr(result, "possible", []) if it.status == "open"]
    confident_hits = {id(it) for _, it in hits}
    tally.possible_offered += len(possible)
    tally.possible_matched += sum(
        it is not None and id(it) not in confident_hits and any(it is p for p in possible)
        for _, it in review_pairs
    )
    open_items = [it for it in confident if it.status == "open"]
    tally.extracted_open += len(open_items)
    tally.extracted_matched += len(hits)
    for e, it in hits:
        if e.get("due") is not None:
            tally.due_labelled += 1
            tally.due_ok += _due_ok(it, e)
        if e.get("owner") is not None:
            tally.owner_labelled += 1
            tally.owner_ok += same_name(it.owner, e["owner"])
        if e.get("kind"):
            tally.kind_labelled += 1
            tally.kind_ok += it.kind in _as_list(e["kind"])
    for e, it in review_pairs:
        if it is None or id(it) in confident_hits:
            continue
        if e.get("due") is not None:
            tally.review_due_labelled += 1
            tally.review_due_ok += _due_ok(it, e)
        if e.get("owner") is not None:
            tally.review_owner_labelled += 1
            tally.review_owner_ok += same_name(it.owner, e["owner"])
    closings = doc.get("closings", [])
    if doc["kind"] == "minutes":
        # A closing is found as an item, or as a mention that closes (a passage the
        # import links to the open item it closes: ``Extraction.mentions``).
        closers = items + [m for m in getattr(result, "mentions", []) if m.status == "done"]
        closing_pairs = pair(closers, closings, "done")
        tally.closings += len(closings)
        tally.closings_found += sum(it is not None for _, it in closing_pairs)
    else:
        # A done activity offered as open is the report's false alarm.
        done_pairs = pair(open_items, closings, "open")
        tally.done_entries += len(closings)
        tally.done_as_open += sum(it is not None for _, it in done_pairs)
    trap_pairs = pair(open_items, doc.get("traps", []), "open")
    tally.traps += len(trap_pairs)
    tally.traps_open += sum(it is not None for _, it in trap_pairs)
    got_date = result.meeting.date.isoformat() if result.meeting.date else None
    if doc.get("meeting_date"):
        tally.dated_documents += 1
        tally.date_ok += got_date == doc["meeting_date"]
    # The extractor that read it: a document of unknown kind is read as minutes.
    read_as = "report" if result.document.kind == "report" else "minutes"
    tally.document_kind_ok += read_as == doc["kind"]
    if doc.get("body"):
        tally.bodied_documents += 1
        tally.body_ok += same_name(result.meeting.body, doc["body"])
    if not verbose:
        return
    say = tally.lines.append
    say(
        f"# {doc['id']} [{doc.get('split', '?')}] {doc.get('organisation')} – "
        f"{doc.get('body')} {doc.get('meeting_date')}: {len(hits)}/{len(expected)} found, "
        f"{len(open_items)} open extracted"
    )
    if doc.get("meeting_date") and got_date != doc["meeting_date"]:
        say(f"   DATE {got_date} != {doc['meeting_date']}")
    if read_as != doc["kind"]:
        say(f"   DOCUMENT KIND {result.document.kind} != {doc['kind']}")
    if doc.get("body") and not same_name(result.meeting.body, doc["body"]):
        say(f"   BODY {result.meeting.body!r} != {doc['body']!r}")
    review = {id(e): it for e, it in review_pairs}
    for e, it in pairs:
        if it is None:
            later = review.get(id(e))
            tag = "POSSIBLE" if later is not None else "MISS"
            say(f"   {tag} {e['match']} owner={e.get('owner')!r} due={e.get('due')}")
            if later is not None:
                say(f"      offered: owner={later.owner!r} due={later.due} "
                    f"{later.text[:140]!r}")
            continue
        flags = []
        if e.get("due") is not None and not _due_ok(it, e):
            flags.append(f"due {it.due} != {e.get('due')} ({e.get('due_text')!r})")
        if e.get("owner") is not None and not same_name(it.owner, e["owner"]):
            flags.append(f"owner {it.owner!r} != {e.get('owner')!r}")
        if e.get("kind") and it.kind not in _as_list(e["kind"]):
            flags.append(f"kind {it.kind} != {e.get('kind')}")
        if flags:
            say(f"   ok   {e['match']}: " + "; ".join(flags))
    if doc["kind"] == "minutes":
        for e, it in closing_pairs:
            if it is None:
                say(f"   CLOSING MISSED {e['match']}")
    for e, it in trap_pairs:
        if it is not None:
            say(f"   TRAP [{it.kind}] {e['match']} offered as open: {it.title[:100]!r}")
    matched = {id(it) for _, it in hits}
    for it in open_items:
        if id(it) not in matched:
            say(f"   EXTRA [{it.kind}] {it.title[:100]!r}")


def measure(
    texts: Path | None = None,
    *,
    labels: Path = LABELS,
    split: str = "all",
    rounds: Iterable[str] | None = None,
    kinds: Iterable[str] = KINDS,
    verbose: bool = False,
    today: dt.date | None = None,
    half: str | None = None,
    ids: Iterable[str] | None = None,
    org_half: str | None = None,
) -> tuple[dict[str, float], list[str]]:
    """Score every labelled document whose text is in ``texts``; returns the figures and
    the notes (missing texts, changed texts, per-document lines when verbose)."""
    texts = texts or default_texts()
    spec = load_labels(labels)
    notes: list[str] = []
    tallies = {k: Tally() for k in kinds}
    missing = changed = unreadable = 0
    for doc in spec["documents"]:
        if doc["kind"] not in tallies or (split != "all" and doc.get("split") != split):
            continue
        if rounds is not None and doc.get("round") not in set(rounds):
            continue
        if half is not None and half_of(doc) != half:
            continue
        if org_half is not None and organisation_half(doc) != org_half:
            continue
        if ids is not None and doc["id"] not in set(ids):
            continue
        path = texts / f"{doc['id']}.txt"
        if not path.is_file():
            missing += 1
            continue
        if doc.get("sha256") and text_sha256(path) != doc["sha256"]:
            changed += 1
            notes.append(f"{doc['id']}: the saved text differs from the labelled one")
        try:
            result = extract(read_document(path))
        except InputError as exc:
            unreadable += 1
            notes.append(f"{doc['id']}: {exc}")
            continue
        score_document(doc, result, tallies[doc["kind"]], verbose)
    if missing:
        notes.append(f"{missing} labelled documents have no text in {texts}")
    if unreadable:
        notes.append(f"{unreadable} texts could not be read")
    figures: dict[str, float] = {}
    for kind, tally in tallies.items():
        if tally.documents:
            figures |= tally.figures(kind)
            notes.extend(tally.lines)
    return figures, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=None, help="folder of saved <id>.txt")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--split", choices=("dev", "blind", "all"), default="dev",
                    help="dev by default: a blind round is measured only on purpose")
    ap.add_argument("--kind", choices=KINDS, action="append")
    ap.add_argument("--round", action="append", help="only these labelling rounds (r1, r2 …)")
    ap.add_argument(
        "--half", choices=HALVES, help="only the documents whose text sha256 starts even/odd"
    )
    ap.add_argument(
        "--org-half", choices=HALVES,
        help="only the documents whose organisation name's sha256 starts with an even/odd byte",
    )
    ap.add_argument("--id", action="append", help="only these documents")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    figures, notes = measure(
        args.texts,
        labels=args.labels,
        split=args.split,
        rounds=args.round,
        kinds=args.kind or KINDS,
        verbose=args.verbose,
        half=args.half,
        ids=args.id,
        org_half=args.org_half,
    )
    if not figures:
        print(
            f"Inga texter att mäta i {args.texts or default_texts()} "
            "(spara utdragen som <id>.txt, se docs/real-documents.md).",
            file=sys.stderr,
        )
        return 1
    if args.json:
        print(json.dumps({"figures": figures, "notes": notes}, ensure_ascii=False, indent=1))
        return 0
    for line in notes:
        print(line)
    for name, value in figures.items():
        print(f"{name}: {value:.3f}" if value % 1 else f"{name}: {value:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
