"""Hostile input: memory and time on a .docx "zip bomb" and on one line of a megabyte.

- ``docx_bomb_peak_mb``: peak memory of a fresh process that reads a 1 MB .docx whose
  document.xml unpacks to 1 GB (whitespace inside the body): the reader must refuse it
  from the zip's figures before unpacking (before the bounds: past 2 GB in seconds).
- ``long_line_1mb_s``: read + extract a text file whose minutes are one line of 1 MB
  (sentences of minutes with dates, no line breaks), in a fresh process; the fastest
  of three runs (two with ``--quick``).
- ``long_line_vs_lines_ratio``: that time divided by the time for the same text with a
  line break after each sentence: about 1 when the work is linear in the line's length
  (before the fixes a 1 MB line took 20 s, about twice the broken-up text).

``python bench/input_bounds.py`` prints the figures; :func:`measure` returns them for
``bench/run.py``.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_SENTENCES = [
    "Förvaltningen ska återkomma med svar senast 2024-05-14.",
    "Frågan förs till SVG.",
    "Ekonomichefen redovisar budgeten för 2025 och nämnden noterar informationen.",
    "Beslut: att ge förvaltningen i uppdrag att utreda frågan till nästa möte.",
    "Lena återkommer i april.",
    "Ingen övrig fråga anmäldes.",
]

#: Run in a child: read (and extract) one file, print seconds and peak memory in MB.
_CHILD = """
import resource, sys, time
from tracker.errors import InputError
from tracker.extract import extract
from tracker.ingest import read_document
t = time.perf_counter()
try:
    extract(read_document(sys.argv[1]))
    outcome = "read"
except InputError:
    outcome = "refused"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{time.perf_counter() - t:.3f} {peak:.0f} {outcome}")
"""


def make_bomb(path: Path, unpacked: int = 1 << 30) -> Path:
    """A valid .docx whose document.xml holds ``unpacked`` bytes of whitespace."""
    from tests.render import render_docx

    good = render_docx(["# Protokoll", "Vanlig text."], path.with_name("good.docx"))
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "word/document.xml":
                dst.writestr(info, data)
                continue
            head, sep, tail = data.partition(b"<w:body>")
            with dst.open("word/document.xml", "w", force_zip64=True) as fh:
                fh.write(head + sep)
                chunk = b" " * (1 << 20)
                for _ in range(unpacked // len(chunk)):
                    fh.write(chunk)
                fh.write(tail)
    return path


def _minutes_text(size: int, *, one_line: bool) -> str:
    rnd = random.Random(2)
    body = " ".join(rnd.choice(_SENTENCES) for _ in range(size // 30))[:size]
    if not one_line:
        body = body.replace(". ", ".\n")
    return "Protokoll från förvaltningsgruppen 2024-04-09\n" + body + "\n"


def _run_child(path: Path) -> tuple[float, float, str]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True,
        cwd=ROOT,
    ).stdout.split()
    return float(out[0]), float(out[1]), out[2]


def measure(quick: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bomb = make_bomb(tmp / "bomb.docx")
        seconds, peak, outcome = _run_child(bomb)
        if outcome != "refused":
            raise RuntimeError("the .docx bomb was read, not refused")
        result: dict[str, Any] = {
            "docx_bomb_peak_mb": peak,
            "docx_bomb_s": seconds,
            "docx_bomb_file_mb": bomb.stat().st_size / 1e6,
        }
        line = tmp / "en_rad.txt"
        line.write_text(_minutes_text(1_000_000, one_line=True), encoding="utf-8")
        lines = tmp / "rader.txt"
        lines.write_text(_minutes_text(1_000_000, one_line=False), encoding="utf-8")
        # The fastest of a few runs: on a busy machine one run can be 40 % slower.
        repeats = 2 if quick else 3
        line_runs = [_run_child(line) for _ in range(repeats)]
        line_s, line_peak = min(r[0] for r in line_runs), max(r[1] for r in line_runs)
        lines_s = min(_run_child(lines)[0] for _ in range(repeats))
        result.update(
            long_line_1mb_s=line_s,
            long_line_1mb_peak_mb=line_peak,
            long_line_vs_lines_ratio=line_s / lines_s,
        )
        return result


def main() -> int:
    for name, value in measure().items():
        print(f"{name}: {value:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
