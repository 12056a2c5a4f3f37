"""The labels file of the real documents: checking it and adding a labelling round to it.

``bench/real/labels.json`` holds pointers and labels only (see ``bench/accuracy_public.py``);
the texts stay outside the repository.  This module checks that the file keeps to that
(short match words, no copied text) and merges the per-labeller files of a new round::

    .venv/bin/python bench/label_rounds.py check
    .venv/bin/python bench/label_rounds.py merge --round r2 FILE.json … [--texts DIR]
    .venv/bin/python bench/label_rounds.py promote --round r2

``merge`` adds each document with its round, split ``blind``, the sha256 of its saved text,
and drops match words that do not occur in that text (reported).  A round stays blind until
it has been measured once on the code that came before it (and, in the same session, on
the final code); ``promote`` then moves it to ``dev``, as the developers' guide has it: a
measured blind set joins dev, and new rounds are the headline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.accuracy_public import LABELS, default_texts  # noqa: E402

#: A label is a pointer, never a copy: no string in the file is longer than this.
MAX_STRING = 300
MAX_MATCH_WORD = 40
DOC_KINDS = ("minutes", "report")
SPLITS = ("dev", "blind")
ITEM_LISTS = ("items", "closings", "traps")


def problems(spec: dict[str, Any]) -> list[str]:
    """What is wrong with a labels file (empty when it is fine)."""
    out: list[str] = []
    seen: set[str] = set()
    urls: set[str] = set()
    for doc in spec.get("documents", []):
        did = doc.get("id", "?")
        if did in seen:
            out.append(f"{did}: id twice")
        seen.add(did)
        if doc.get("url") in urls:
            out.append(f"{did}: address twice ({doc.get('url')})")
        urls.add(doc.get("url"))
        for key in ("query", "url", "kind", "split", "round", "organisation"):
            if not doc.get(key):
                out.append(f"{did}: {key} missing")
        if doc.get("kind") not in DOC_KINDS:
            out.append(f"{did}: kind {doc.get('kind')!r}")
        if doc.get("split") not in SPLITS:
            out.append(f"{did}: split {doc.get('split')!r}")
        if doc.get("meeting_date"):
            try:
                dt.date.fromisoformat(doc["meeting_date"])
            except ValueError:
                out.append(f"{did}: meeting_date {doc['meeting_date']!r}")
        for lst in ITEM_LISTS:
            for entry in doc.get(lst, []):
                words = entry.get("match")
                if not words or not all(isinstance(w, str) and w.strip() for w in words):
                    out.append(f"{did}: {lst} entry without match words")
                    continue
                if any(len(w) > MAX_MATCH_WORD for w in words):
                    out.append(f"{did}: match word over {MAX_MATCH_WORD} characters")
                if entry.get("due"):
                    try:
                        dt.date.fromisoformat(entry["due"])
                    except ValueError:
                        out.append(f"{did}: due {entry['due']!r}")
        for text in _strings(doc):
            if len(text) > MAX_STRING:
                out.append(f"{did}: a string of {len(text)} characters (labels, not text)")
    return out


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _clean_entry(entry: dict[str, Any], text: str, did: str, notes: list[str]) -> bool:
    folded = text.casefold()
    words = [w for w in entry.get("match", []) if isinstance(w, str) and w.strip()]
    kept = [w for w in words if w.casefold() in folded]
    for w in words:
        if w not in kept:
            notes.append(f"{did}: match word {w!r} not in the text, dropped")
    entry["match"] = kept
    return bool(kept)


def merge(
    files: list[Path], round_name: str, texts: Path, labels: Path = LABELS
) -> list[str]:
    """Add the documents of ``files`` to ``labels``; returns notes on what was dropped."""
    spec = json.loads(labels.read_text(encoding="utf-8")) if labels.exists() else {
        "about": "Real public documents as pointers and labels; see bench/accuracy_public.py.",
        "documents": [],
    }
    known = {d["id"] for d in spec["documents"]}
    known_urls = {d["url"] for d in spec["documents"]}
    notes: list[str] = []
    for file in files:
        docs = json.loads(file.read_text(encoding="utf-8"))
        for doc in docs:
            did = doc["id"]
            path = texts / f"{did}.txt"
            if did in known or doc.get("url") in known_urls:
                notes.append(f"{did}: already in the labels (id or address), skipped")
                continue
            if not path.is_file():
                notes.append(f"{did}: no saved text, skipped")
                continue
            text = path.read_text(encoding="utf-8")
            for lst in ITEM_LISTS:
                doc[lst] = [e for e in doc.get(lst, []) if _clean_entry(e, text, did, notes)]
            doc["round"] = round_name
            doc["split"] = "blind"
            doc["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
            doc["chars"] = len(text)
            spec["documents"].append(doc)
            known.add(did)
            known_urls.add(doc.get("url"))
    labels.parent.mkdir(parents=True, exist_ok=True)
    labels.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return notes


def promote(round_name: str, labels: Path = LABELS) -> int:
    """Move a measured round's documents to dev; how many moved."""
    spec = json.loads(labels.read_text(encoding="utf-8"))
    moved = 0
    for doc in spec["documents"]:
        if doc.get("round") == round_name and doc.get("split") != "dev":
            doc["split"] = "dev"
            moved += 1
    labels.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return moved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check")
    m = sub.add_parser("merge")
    m.add_argument("--round", required=True)
    m.add_argument("--texts", type=Path, default=None)
    m.add_argument("files", nargs="+", type=Path)
    pr = sub.add_parser("promote")
    pr.add_argument("--round", required=True)
    args = ap.parse_args(argv)
    if args.cmd == "promote":
        print(f"{promote(args.round)} documents of {args.round} moved to dev")
    if args.cmd == "merge":
        for note in merge(args.files, args.round, args.texts or default_texts()):
            print(note)
    spec = json.loads(LABELS.read_text(encoding="utf-8"))
    found = problems(spec)
    for p in found:
        print(p)
    docs = spec["documents"]
    for kind in DOC_KINDS:
        of_kind = [d for d in docs if d["kind"] == kind]
        orgs = {d["organisation"] for d in of_kind}
        print(
            f"{kind}: {len(of_kind)} documents, {len(orgs)} organisations, "
            f"{sum(len(d.get('items', [])) for d in of_kind)} open items, "
            + ", ".join(f"{s} {sum(d['split'] == s for d in of_kind)}" for s in SPLITS)
        )
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
