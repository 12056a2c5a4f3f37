"""PDF reading speed against poppler's ``pdftotext`` on a generated 270-page PDF.

Run ``python -m bench.pdf_speed`` (add ``--quick`` for a 27-page file).  Prints
``name: value`` lines:

    pdf_read_270p_s: 0.93          our reader (tracker.ingest.pdf_reader.read), median of 3
    pdftotext_270p_s: 0.41         poppler's pdftotext on the same file, median of 3
    pdf_vs_pdftotext_ratio: 2.27   target ≤ 5

:func:`measure` returns the same figures for ``bench/run.py``.  Needs reportlab (the
``bench`` extra) and poppler-utils; without ``pdftotext`` only our time is reported.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script (``python bench/pdf_speed.py``) the repository root is not on the path,
# and the page renderer lives in ``tests``: put it there, as the other bench scripts do.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PAGES = 270
REPEATS = 3

_WORDS = [
    "förvaltningen",
    "nämnden",
    "arbetsgivaren",
    "kommunstyrelsen",
    "uppdrag",
    "budget",
    "prognos",
    "verksamheten",
    "samverkan",
    "återkommer",
    "kvarstående",
    "frågan",
    "beslut",
    "stadsdelsnämnden",
    "utbildningsnämnden",
    "aktiviteten",
    "pågår",
    "fortsätter",
    "under",
    "våren",
    "analys",
    "indikator",
    "årsmål",
    "uppfylls",
    "delvis",
    "helt",
    "ekonomi",
    "personal",
    "kompetensförsörjning",
    "arbetsmiljö",
    "skyddsombud",
    "handlingsplan",
    "uppföljning",
    "rapport",
    "och",
    "att",
    "det",
    "som",
    "för",
    "med",
    "av",
    "till",
    "på",
]


def _paragraph(rnd: random.Random) -> str:
    words = [rnd.choice(_WORDS) for _ in range(rnd.randint(8, 14))]
    return " ".join(words).capitalize() + "."


def build_document(path: Path, pages: int, seed: int = 1) -> int:
    """Write a report-like PDF of about ``pages`` A4 pages (paragraphs, headings and
    activity tables, header and page-number footer); returns the real page count."""
    from tests.render import render_pdf

    rnd = random.Random(seed)
    blocks: list[object] = []
    # One unit ≈ a little under one page; units are added until the page count is met.
    for unit in range(pages):
        blocks.append(f"## {unit + 1}. Mål för verksamhetsområdet")
        blocks += [_paragraph(rnd) for _ in range(22)]
        blocks.append(
            [["Aktivitet", "Startdatum", "Slutdatum", "Avvikelse"]]
            + [
                [
                    " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(4, 12))),
                    "2015-01-01",
                    f"2015-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                    rnd.choice(["", "", "Aktiviteten är försenad."]),
                ]
                for _ in range(3)
            ]
        )
    render_pdf(blocks, path, header="Verksamhetsberättelse 2015", footer="Sida {page} av {pages}")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _median_time(fn: object, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(quick: bool = False) -> dict[str, float]:
    """Generate the test PDF, time both readers; keys ``pdf_read_270p_s``,
    ``pdftotext_270p_s`` (when poppler is installed), ``pdf_vs_pdftotext_ratio`` and
    ``pdf_pages``.  ``quick`` uses a tenth of the pages (keys keep their names)."""
    from tracker.ingest import pdf_reader

    pages = PAGES // 10 if quick else PAGES
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.pdf"
        real_pages = build_document(path, pages)
        result: dict[str, float] = {"pdf_pages": float(real_pages)}
        pdf_reader.read(path)  # warm-up: library loading is not reading speed
        ours = _median_time(lambda: pdf_reader.read(path), REPEATS)
        result["pdf_read_270p_s"] = round(ours, 3)
        exe = shutil.which("pdftotext")
        if exe:
            out = Path(tmp) / "out.txt"
            theirs = _median_time(
                lambda: subprocess.run([exe, str(path), str(out)], check=True),
                REPEATS,
            )
            result["pdftotext_270p_s"] = round(theirs, 3)
            result["pdf_vs_pdftotext_ratio"] = round(ours / theirs, 2)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="27 pages instead of 270")
    args = parser.parse_args(argv)
    for name, value in measure(args.quick).items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
