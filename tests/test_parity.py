"""Parity: every fixture gives the same items whatever its format.

Each labelled fixture (minutes, held-out minutes, reports; text, PDF and Word sources)
is read, rendered back to text, to PDF with ruling lines, to PDF without ruling lines
(tables placed by position only) – both PDFs with a running header (the source's own
when it has one, since it may be the only place that names the meeting; else one of two
parts, "Hägersten-Älvsjö stadsdelsförvaltning … Protokoll") and "Sida N av M" footers –
and to DOCX, with the same header and footer (``tests/parity.py``).  The items of every
variant must agree with those of the source: title, owner, due date and status.

Differences that remain are strict xfails with their reason, so a fix shows up as an
XPASS that must be recorded here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parity import VARIANTS, item_set, render_variants
from tracker.extract import extract
from tracker.ingest import read_document

ROOT = Path(__file__).resolve().parent / "data" / "fixtures"
SOURCES = sorted(
    p
    for folder in ("minutes", "minutes_holdout", "reports")
    for p in (ROOT / folder).iterdir()
    if p.suffix in (".txt", ".pdf", ".docx")
)

#: The differences that remain: (source file name, variant) → its kind (reasons in the
#: file) and an example of what differs.  Made from a run over the whole set; the kinds
#: were checked on examples of each.
_KNOWN = json.loads((ROOT.parent / "parity_known.json").read_text("utf-8"))
KNOWN: dict[tuple[str, str], str] = {
    tuple(key.split("|")): f"{_KNOWN['reasons'][v['kind']]} ({v['example']})"
    for key, v in _KNOWN["known"].items()
}


def _cases() -> list:
    out = []
    for path in SOURCES:
        for variant in VARIANTS:
            reason = KNOWN.get((path.name, variant))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(path, variant, marks=marks, id=f"{path.name}-{variant}"))
    return out


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, dict]:
    return {}


def test_there_are_fixtures_of_every_format() -> None:
    assert len(SOURCES) >= 100
    assert {p.suffix for p in SOURCES} == {".txt", ".pdf", ".docx"}


@pytest.mark.parametrize(("source", "variant"), _cases())
def test_same_items_in_every_format(
    source: Path,
    variant: str,
    rendered: dict[Path, dict],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    if source not in rendered:
        doc = read_document(source)
        folder = tmp_path_factory.mktemp("parity")
        rendered.clear()  # one source at a time: its variants, then the next
        rendered[source] = {
            "reference": item_set(extract(doc)),
            "files": render_variants(source, doc, folder),
        }
    entry = rendered[source]
    got = item_set(extract(read_document(entry["files"][variant])))
    want = entry["reference"]
    missing, extra = sorted(want - got, key=str), sorted(got - want, key=str)
    assert got == want, {"saknas": missing, "extra": extra}
