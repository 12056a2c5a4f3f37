#!/usr/bin/env python3
"""Build the program's translations: ``resources/translations/*.ts`` → ``*.qm``.

* ``balanslistan_en.ts`` – the English translation of the (Swedish) user interface.
* ``balanslistan_sv.ts`` – only the Swedish plural forms ("1 punkt" / "2 punkter"); the
  Swedish texts themselves are the source strings.

Usage (from anywhere)::

    python scripts/build_translations.py            # compile .ts → .qm (lrelease)
    python scripts/build_translations.py --update   # first collect new strings from
                                                    # tracker/gui/*.py (lupdate), then compile
    python scripts/build_translations.py --check    # exit 1 if a .qm is stale or a
                                                    # translation is unfinished

The ``.qm`` files are committed, so a checkout runs without this step; run it after
changing a user-visible text (``--update``, translate the new entries in Qt Linguist
(``pyside6-linguist``) or an editor, then build).  The program compiles a missing ``.qm``
on the fly as a fallback (``tracker.gui.i18n``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS_DIR = REPO / "resources" / "translations"
SOURCES = sorted((REPO / "tracker" / "gui").glob("*.py"))
LANGS = ("en", "sv")


def _tool(name: str) -> str:
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / name, base / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"{name} saknas: installera PySide6 (pip install -e .).")
    return found


def update() -> None:
    """Collect the translatable strings of the GUI into the .ts files."""
    en = TS_DIR / "balanslistan_en.ts"
    sv = TS_DIR / "balanslistan_sv.ts"
    known = {ts: _finished(ts) for ts in (en, sv) if ts.is_file()}
    _lupdate()
    # A text whose code moved to another class has a new context (the class name) and
    # comes back from lupdate untranslated; its translation is carried over from its old
    # context, then lupdate runs once more to write the file in its own layout.
    if sum(_carry_over(ts, done) for ts, done in known.items()):
        _lupdate()


def _lupdate() -> None:
    lupdate = _tool("lupdate")
    files = [str(p) for p in SOURCES]
    common = ["-locations", "none", "-no-obsolete", "-silent"]
    en = TS_DIR / "balanslistan_en.ts"
    sv = TS_DIR / "balanslistan_sv.ts"
    subprocess.run([lupdate, *files, *common, "-target-language", "en", "-ts", str(en)],
                   check=True)  # fmt: skip
    subprocess.run(
        [lupdate, *files, *common, "-pluralonly", "-target-language", "sv", "-ts", str(sv)],
        check=True,
    )


def _message_key(message: ET.Element) -> tuple[str, str, bool]:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def _finished(ts: Path) -> dict[tuple[str, str, bool], dict[str, ET.Element]]:
    """The finished translations of ``ts`` by source text, then by context."""
    out: dict[tuple[str, str, bool], dict[str, ET.Element]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") is None and (tr.text or len(tr)):
                out.setdefault(_message_key(message), {})[name] = tr
    return out


def _carry_over(ts: Path, known: dict[tuple[str, str, bool], dict[str, ET.Element]]) -> int:
    """Fill the unfinished messages of ``ts`` whose source text was translated before
    in another context (preferably one it has left); returns how many."""
    tree = ET.parse(ts)
    now = {
        (context.findtext("name") or "", _message_key(message))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    filled = 0
    for message in tree.getroot().iter("message"):
        tr = message.find("translation")
        key = _message_key(message)
        before = known.get(key)
        if tr is None or tr.get("type") != "unfinished" or not before:
            continue
        left = [ctx for ctx in before if (ctx, key) not in now]
        message.remove(tr)
        message.append(before[left[0]] if left else next(iter(before.values())))
        filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def compile_one(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def build() -> list[Path]:
    out = []
    for lang in LANGS:
        ts = TS_DIR / f"balanslistan_{lang}.ts"
        if ts.is_file():
            qm = ts.with_suffix(".qm")
            compile_one(ts, qm)
            out.append(qm)
    return out


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        if tr is None:
            continue
        if tr.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the sources
        forms = tr.findall("numerusform")
        texts = [f.text for f in forms] if forms else [tr.text]
        if tr.get("type") == "unfinished" or not all((t or "").strip() for t in texts):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ts = TS_DIR / f"balanslistan_{lang}.ts"
            qm = ts.with_suffix(".qm")
            if not ts.is_file():
                problems.append(f"{ts.name} saknas")
                continue
            for text in unfinished(ts):
                problems.append(f"{ts.name}: oöversatt: {text!r}")
            fresh = Path(tmp) / qm.name
            compile_one(ts, fresh)
            if not qm.is_file() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name} är inaktuell: kör scripts/build_translations.py")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="collect new strings first")
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.update:
        update()
    for qm in build():
        print(qm.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
