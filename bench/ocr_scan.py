"""OCR of scanned minutes and reports: speed, character accuracy, items found.

Each fixture (``tests/data/fixtures/{minutes,minutes_holdout,reports}/*.txt``) is rendered
to a PDF with a running header and page numbers (``tests/render.py``), then "scanned":
rasterised at 200 dpi in greyscale, turned by about ±0.6° (alternating from page to page),
with noise of 12 grey levels, saved as JPEG pages without a text layer
(:func:`tests.render.make_scan_of_pdf`).  The program reads both PDFs; the scan goes
through OCR (:mod:`tracker.ingest.ocr`: 300 dpi, deskew, Tesseract ``swe``).

Figures (``python bench/ocr_scan.py [--quick]``; also ``bench/run.py --only ocr``):

    ocr_10p_s               a 10-page scanned protocol read end to end (render, deskew,
                            OCR, lines), wall clock in this process     target ≤ 20
    ocr_10p_cpu_s           the CPU time it took (this process and the Tesseract
                            processes), and ocr_10p_idle_estimate_s = that over two
                            cores: the wall time on an idle 2-core machine (the wall
                            clock on a shared machine measures the neighbours too)
    ocr_char_accuracy       1 − (Levenshtein distance / characters) of the scan's text
                            against the text PDF's, whitespace collapsed, over all
                            fixtures                                    target ≥ 0.98
    ocr_items_ratio         items from the scans that the text PDFs also give (same
                            title, owner, due date and status), divided by the items
                            from the text PDFs                          target ≥ 0.9
    ocr_pages, ocr_s_per_page, ocr_docs   for information

``--quick`` takes every fourth fixture.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "data" / "fixtures"


def decode(data: bytes, name: str) -> str:
    from tracker.ingest.txt_reader import decode as txt_decode

    return txt_decode(data, name)  # some fixtures are Windows-1252, as secretaries save
HEADER = "Hägersten-Älvsjö"
FOOTER = "Sida {page} av {pages}"


def fixtures(quick: bool = False) -> list[Path]:
    files = sorted(
        p for folder in ("minutes", "minutes_holdout", "reports")
        for p in (FIXTURES / folder).glob("*.txt")
    )
    return files[::4] if quick else files


def _key(it: Any) -> tuple:
    return (" ".join(it.title.split()).casefold(), it.owner, it.due, it.status)


def _cpu() -> float:
    """User + system CPU seconds of this process and its waited-for children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _ten_pages(tmp: Path) -> Path:
    """A 10-page protocol: fixtures one after another until ten pages are full."""
    from tests.render import render_pdf, sample_blocks

    blocks: list[str] = []
    for path in fixtures():
        blocks += [*sample_blocks(decode(path.read_bytes(), path.name)), ""]
        pdf = render_pdf(blocks, tmp / "tio.pdf", header=HEADER, footer=FOOTER)
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(pdf))
        pages = len(doc)
        doc.close()
        if pages >= 11:
            break
    # Cut to exactly ten pages.
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    out = pdfium.PdfDocument.new()
    out.import_pages(doc, list(range(10)))
    out.save(str(tmp / "tio10.pdf"))
    out.close()
    doc.close()
    return tmp / "tio10.pdf"


def measure(
    quick: bool = False, progress: bool = False, speed_only: bool = False
) -> dict[str, Any]:
    from rapidfuzz.distance import Levenshtein

    from tests.render import make_scan_of_pdf, render_pdf, sample_blocks
    from tracker.extract import extract
    from tracker.ingest import ocr, read_document

    if not ocr.available():
        raise RuntimeError(ocr.unavailable_reason())
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        ten = make_scan_of_pdf(_ten_pages(tmp), tmp / "tio-skannad.pdf")
        start, cpu = time.perf_counter(), _cpu()
        doc = read_document(ten)
        result["ocr_10p_s"] = time.perf_counter() - start
        # CPU of this process and the Tesseract processes: what the pages cost whatever
        # else the machine is doing; divided by the cores it is the idle wall time.
        result["ocr_10p_cpu_s"] = _cpu() - cpu
        result["ocr_10p_idle_estimate_s"] = result["ocr_10p_cpu_s"] / min(2, os.cpu_count() or 1)
        result["load_average"] = os.getloadavg()[0]
        assert doc.ocr_pages == list(range(1, 11)), doc.ocr_pages
        if speed_only:
            return result

        chars = edits = 0
        typed_items = found_items = 0
        pages = 0
        seconds = 0.0
        worst: list[tuple[float, str]] = []
        files = fixtures(quick)
        for n, path in enumerate(files, 1):
            blocks = sample_blocks(decode(path.read_bytes(), path.name))
            pdf = render_pdf(blocks, tmp / "f.pdf", header=HEADER, footer=FOOTER)
            scan = make_scan_of_pdf(pdf, tmp / "f-skannad.pdf", seed=n)
            typed = read_document(pdf)
            start = time.perf_counter()
            read = read_document(scan)
            seconds += time.perf_counter() - start
            pages += len(read.ocr_pages)
            a = " ".join(typed.text().split())
            b = " ".join(read.text().split())
            d = Levenshtein.distance(a, b)
            chars += len(a)
            edits += d
            worst.append((1 - d / max(1, len(a)), path.name))
            want = {_key(it) for it in extract(typed).items}
            got = {_key(it) for it in extract(read).items}
            typed_items += len(want)
            found_items += len(want & got)
            if progress:
                print(f"  {n}/{len(files)} {path.name}: {1 - d / max(1, len(a)):.4f}, "
                      f"{len(want & got)}/{len(want)} punkter", file=sys.stderr)
        result.update(
            ocr_char_accuracy=1 - edits / max(1, chars),
            ocr_items_ratio=found_items / max(1, typed_items),
            ocr_items_typed=typed_items,
            ocr_items_found=found_items,
            ocr_pages=pages,
            ocr_s_per_page=seconds / max(1, pages),
            ocr_docs=len(files),
            ocr_worst=", ".join(f"{name} {acc:.3f}" for acc, name in sorted(worst)[:3]),
        )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="every fourth fixture")
    parser.add_argument("--speed", action="store_true", help="only the 10-page timing")
    args = parser.parse_args()
    for key, value in measure(args.quick, progress=True, speed_only=args.speed).items():
        print(f"{key}: {value:.4f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
