"""Renders a plain-text document to a simple text PDF, for the bundle's smoke test
(``packaging/build.sh`` feeds it to the bundled ``tracker extract``).

Uses reportlab's built-in Helvetica (no system fonts needed), A4, 10 pt, long lines
wrapped, runs of blank lines collapsed.  Reportlab is a build-time tool only: it is
installed into the build environment, never into the bundle.

Usage: ``python packaging/sample_pdf.py SOURCE.txt OUT.pdf``
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FONT, SIZE, LEADING = "Helvetica", 10, 13
MARGIN = 56  # points; about 2 cm
WRAP = 95  # characters per line at 10 pt Helvetica within the margins


def source_lines(text: str) -> list[str]:
    """The text's lines, trailing spaces stripped, long lines wrapped, blank runs → one."""
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.extend(textwrap.wrap(line, WRAP, drop_whitespace=False) or [""])
    return out


def write_pdf(lines: list[str], out: Path, title: str) -> int:
    """Writes ``lines`` to ``out``; returns the page count."""
    height = A4[1]
    pdf = canvas.Canvas(str(out), pagesize=A4)
    pdf.setTitle(title)
    pages = 1
    y = height - MARGIN
    pdf.setFont(FONT, SIZE)
    for line in lines:
        if y < MARGIN:
            pdf.showPage()
            pdf.setFont(FONT, SIZE)
            pages += 1
            y = height - MARGIN
        # Helvetica here is WinAnsi-encoded: Swedish letters and dashes are fine; the rare
        # character outside it is replaced rather than failing the whole document.
        pdf.drawString(MARGIN, y, line.encode("cp1252", "replace").decode("cp1252"))
        y -= LEADING
    pdf.save()
    return pages


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("Användning: sample_pdf.py KÄLLA.txt UT.pdf", file=sys.stderr)
        return 2
    src, out = Path(args[0]), Path(args[1])
    try:
        text = src.read_text(encoding="utf-8")
        pages = write_pdf(source_lines(text), out, title=src.stem)
    except OSError as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return 1
    print(f"{out}: {pages} sidor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
