"""Speed of reading and extracting a long follow-up report.

Generates (reportlab) a 270-page verksamhetsberättelse of the ILS kind: goals with their
judgement and analysis, "Aktivitet | Startdatum | Slutdatum | Avvikelse" tables with
wrapping cells and analyses under some rows, indicator tables, page header and footer.
Then times :func:`tracker.ingest.read_document` + :func:`tracker.extract.extract` on it.

Prints::

    extract_report_270p_s: 3.1      read + extract, median of 3 (target ≤ 10)
    extract_report_activities: 1620 activity items found (all rows generated)
    report_pdf_pages: 270

``python bench/report_speed.py [--quick]`` (quick: a 27-page report, one run).
:func:`measure` returns the same figures as a dict for ``bench/run.py``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PAGES = 270
REPEATS = 3

_BODIES = [
    "Kommunstyrelsen",
    "Utbildningsnämnden",
    "Socialnämnden",
    "Äldrenämnden",
    "Idrottsnämnden",
    "Stadsdelsnämnderna",
]
_VERBS = ["utreda", "ta fram", "utveckla", "se över", "genomföra", "införa", "revidera"]
_OBJECTS = [
    "riktlinjerna för lokalt utvecklingsarbete i ytterstaden",
    "en stadsövergripande strategi för levande lokala centrum",
    "uppföljningen av personal och bemanning i förskolan",
    "ersättningssystemet inom hemtjänsten med fokus på kontinuitet",
    "en plan för klimatanpassning av stadens fastigheter",
    "formerna för samverkan med föreningslivet och civilsamhället",
]
_ANALYSES = [
    "Arbetet pågår och fortsätter under {next}.",
    "Riktlinjerna antogs av kommunfullmäktige i oktober {year}.",
    "Utredningen beräknas vara klar i februari {next}.",
    "Arbetet har inte påbörjats på grund av vakanser.",
    "Uppdraget har genomförts och redovisats för nämnden.",
]


def _story(blocks: int, seed: int = 7) -> tuple[list[Any], int]:
    """Flowables of a report with ``blocks`` goals; returns (story, activity rows)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from tests.render import _fonts

    font, bold_font = _fonts()
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=13)
    bold = ParagraphStyle("bb", parent=body, fontName=bold_font)
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11)
    rnd = random.Random(seed)
    year = 2023
    story: list[Any] = [
        Paragraph(f"Verksamhetsberättelse {year} för Kommunstyrelsen", bold),
        Paragraph(f"Stockholm den 29 januari {year + 1}", body),
    ]
    rows_total = 0
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    widths = [255.0, 75.0, 75.0, 77.0]
    for g in range(blocks):
        story += [
            Paragraph("KF:s mål för verksamhetsområdet:", bold),
            Paragraph(f"{g // 9 + 1}.{g % 9 + 1} Stockholm är en stad där alla kan växa", body),
            Paragraph(
                rnd.choice(["Årsmålet uppfylls helt"] * 4 + ["Årsmålet uppfylls delvis"]), body
            ),
            Paragraph("Analys", bold),
            Paragraph(
                "Kontoret har under året samordnat arbetet med nämnderna och följt upp "
                "verksamheten. " * rnd.randint(2, 5),
                body,
            ),
        ]
        data = [[Paragraph(h, cell) for h in ("Aktivitet", "Startdatum", "Slutdatum", "Avvikelse")]]
        for _ in range(rnd.randint(3, 8)):
            owner = rnd.choice(_BODIES)
            partner = rnd.choice([b for b in _BODIES if b != owner]).lower()
            text = (
                f"{owner} ska tillsammans med {partner} {rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)}"
            )
            end = f"{year + rnd.randint(0, 2)}-{rnd.randint(1, 12):02d}-28"
            dev = rnd.choice(["", "", "", "Försenad", "Ja"])
            data.append([Paragraph(x, cell) for x in (text, f"{year}-01-01", end, dev)])
            rows_total += 1
        story += [Spacer(1, 4), Table(data, colWidths=widths, style=style, repeatRows=1)]
        story += [
            Paragraph("Analys", bold),
            Paragraph(rnd.choice(_ANALYSES).format(year=year, next=year + 1), body),
            Spacer(1, 8),
        ]
    return story, rows_total


def generate(path: Path, pages: int) -> int:
    """Write a report of about ``pages`` pages to ``path``; returns its activity rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    from tests.render import _fonts

    font, _bold = _fonts()

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawString(2 * cm, A4[1] - 1.3 * cm, "Kommunstyrelsen – Verksamhetsberättelse")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    def build(blocks: int) -> tuple[int, int]:
        story, rows = _story(blocks)
        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=2.2 * cm,
            bottomMargin=2.2 * cm,
        )
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
        return doc.page, rows

    # About 1.4 goal blocks per page; correct once from the first build.
    blocks = max(1, round(pages * 1.4))
    got, rows = build(blocks)
    if got != pages:
        blocks = max(1, round(blocks * pages / got))
        got, rows = build(blocks)
    return rows


def measure(quick: bool = False) -> dict[str, float]:
    from tracker.extract import extract
    from tracker.ingest import read_document

    pages = PAGES // 10 if quick else PAGES
    repeats = 1 if quick else REPEATS
    with tempfile.TemporaryDirectory(prefix="tracker-report-speed-") as tmp:
        path = Path(tmp) / "verksamhetsberattelse.pdf"
        rows = generate(path, pages)
        times: list[float] = []
        found = 0
        real_pages = 0
        for _ in range(repeats):
            t0 = time.perf_counter()
            doc = read_document(path)
            ex = extract(doc)
            times.append(time.perf_counter() - t0)
            found = sum(1 for c in ex.items if c.kind == "activity")
            real_pages = doc.pages
    return {
        "extract_report_270p_s": round(statistics.median(times), 2),
        "extract_report_activities": float(found),
        "extract_report_rows_generated": float(rows),
        "report_pdf_pages": float(real_pages),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="27 pages, one run")
    args = parser.parse_args(argv)
    for key, value in measure(args.quick).items():
        print(f"{key}: {value:g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
