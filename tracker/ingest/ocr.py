"""Text recognition (OCR) of PDF pages that are images without a text layer.

Tesseract with its Swedish model (Debian ``tesseract-ocr`` and ``tesseract-ocr-swe``)
is run through :mod:`pytesseract`.  Each page is

1. rendered by pdfium at :data:`DPI` (300) in greyscale,
2. deskewed: the angle (within ±:data:`MAX_SKEW` degrees) whose horizontal projection
   of the ink is sharpest (text lines give the tallest, narrowest peaks when they lie
   level) is found on a small copy, and the full page is rotated back by it,
3. turned black and white at its Otsu threshold (:func:`binarise`: the split Tesseract
   makes itself, but a two-level page costs Tesseract about 14 % less CPU, and on
   the benchmark's scans it read slightly better: ``bench/README.md``),
4. read by Tesseract as words with their boxes (``image_to_data``).

The PDF reader turns the words into runs in PDF points and builds lines, columns and
tables from them exactly as it does for a text layer, so an OCRed page gets the same
treatment as a typed one.  Pages are recognised in parallel, one Tesseract process per
core (each limited to one thread: Tesseract's own threads gain little and fight over
two cores), with at most a few rendered pages waiting at a time.

Where Tesseract or its Swedish model is missing (or ``TRACKER_OCR=0`` turns OCR off),
:func:`available` says why and the reader refuses scanned PDFs as before, naming what
to install.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

#: Resolution pages are rendered at for recognition (Tesseract's sweet spot).
DPI = 300
#: Largest skew (degrees) looked for; a scanner's feeder rarely does worse.
MAX_SKEW = 5.0
#: The Tesseract language used.
LANG = "swe"
#: Tesseract's page segmentation: fully automatic (columns and tables become blocks,
#: which the reader joins back into rows by position).
PSM = 3
#: Pages are handed to Tesseract in black and white (:func:`binarise`).
BINARISE = True
#: Words Tesseract is less sure of than this (0-100) and made only of the marks specks
#: of dust are read as are noise, not text ("§" read as "&" is kept: see :func:`correct`).
MIN_NOISE_CONF = 40.0
_SPECKS = frozenset(".,:;'`´‘’\"_~-|^°")
#: Candidates found on an OCRed page are offered with their confidence times this.
CONFIDENCE_FACTOR = 0.8

ProgressFn = Callable[[int, int], None]


@dataclass(slots=True)
class Word:
    """One recognised word; the box in points from the page's top-left corner."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    line_top: float  # the box of the whole Tesseract line the word belongs to
    line_bottom: float
    line_key: tuple[int, int, int]  # (block, paragraph, line) in Tesseract's layout
    conf: float


@dataclass(slots=True)
class PageText:
    words: list[Word]
    skew: float  # degrees the page was turned back by


# --- finding Tesseract ---------------------------------------------------------------


def _bundled() -> Path | None:
    """Tesseract shipped inside a PyInstaller bundle (``tesseract/`` next to the app)."""
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return None
    for name in ("tesseract.exe", "tesseract"):
        exe = Path(base) / "tesseract" / name
        if exe.exists():
            return exe
    return None


def tesseract_command() -> str | None:
    """The Tesseract program: ``$TRACKER_TESSERACT``, a bundled copy, or on ``PATH``."""
    env = os.environ.get("TRACKER_TESSERACT")
    if env:
        return env if Path(env).exists() else None
    bundled = _bundled()
    if bundled is not None:
        tessdata = bundled.parent / "tessdata"
        if tessdata.is_dir():
            os.environ.setdefault("TESSDATA_PREFIX", str(tessdata))
        return str(bundled)
    return shutil.which("tesseract")


def _check() -> str | None:
    """None when OCR works, else a Swedish sentence saying what is missing."""
    if os.environ.get("TRACKER_OCR", "").strip() == "0":
        return "textigenkänningen är avstängd (TRACKER_OCR=0)"
    return _check_install()


@lru_cache(maxsize=1)
def _check_install() -> str | None:
    cmd = tesseract_command()
    if cmd is None:
        return (
            "textigenkänning (Tesseract) är inte installerad; installera paketen "
            "tesseract-ocr och tesseract-ocr-swe (scripts/install gör det)"
        )
    try:
        import pytesseract

        pytesseract.pytesseract.tesseract_cmd = cmd
        langs = pytesseract.get_languages(config="")
    except Exception as exc:  # a broken install: say so, do not crash the import
        return f"textigenkänningen (Tesseract) går inte att starta ({exc})"
    if LANG not in langs:
        return (
            "Tesseracts svenska språkmodell saknas; installera paketet tesseract-ocr-swe"
        )
    return None


def available() -> bool:
    return _check() is None


def unavailable_reason() -> str:
    return _check() or ""


# --- image handling --------------------------------------------------------------------


def render(page: Any, dpi: int = DPI) -> Any:
    """A pdfium page → a greyscale PIL image at ``dpi``."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        image = bitmap.to_pil()
        return image.convert("L") if image.mode != "L" else image.copy()
    finally:
        bitmap.close()


def _sharpness(ink: Any, angle: float) -> float:
    from PIL import Image

    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    return float(sum((a - b) ** 2 for a, b in pairwise(rows)))


def skew_angle(image: Any) -> float:
    """The angle (degrees, counter-clockwise) that levels the text of ``image``."""
    from PIL import Image, ImageOps

    # About 50 dpi is enough to see the lines; ink white on black so that rotating in
    # black corners adds nothing.
    scale = max(1, round(image.width / 420))
    small = image.resize(
        (max(1, image.width // scale), max(1, image.height // scale)), Image.Resampling.BOX
    )
    ink = ImageOps.invert(small).point(lambda p: 255 if p > 90 else 0)
    if ink.getbbox() is None:
        return 0.0
    best, best_score = 0.0, _sharpness(ink, 0.0)
    step = 1.0
    lo, hi = -MAX_SKEW, MAX_SKEW
    for _ in range(3):
        n = round((hi - lo) / step)
        for k in range(n + 1):
            angle = round(lo + k * step, 3)
            if angle == best:
                continue
            score = _sharpness(ink, angle)
            if score > best_score * 1.0001:
                best, best_score = angle, score
        lo, hi, step = best - step, best + step, step / 4
    return best if abs(best) >= 0.05 else 0.0


def deskew(image: Any) -> tuple[Any, float]:
    from PIL import Image

    angle = skew_angle(image)
    if not angle:
        return image, 0.0
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return turned, angle


def otsu_threshold(image: Any) -> int:
    """The grey level that best parts ink from paper in ``image`` (Otsu's method: the
    split of the histogram with the largest variance between its two classes)."""
    hist = image.histogram()[:256]
    total = sum(hist)
    weighted = sum(i * n for i, n in enumerate(hist))
    below = below_sum = 0
    best, best_level = -1.0, 128
    for level, n in enumerate(hist[:-1]):
        below += n
        below_sum += level * n
        above = total - below
        if not below or not above:
            continue
        diff = below_sum / below - (weighted - below_sum) / above
        between = below * above * diff * diff
        if between > best:
            best, best_level = between, level
    return best_level


def binarise(image: Any) -> Any:
    """``image`` in black and white at its Otsu threshold (the split Tesseract would
    make itself): Tesseract reads a two-level page with less work than a grey one."""
    level = otsu_threshold(image)
    return image.point(lambda p: 255 if p > level else 0).convert("1")


# --- recognition -----------------------------------------------------------------------

#: "§ 4" read as "& 4" or "$ 4" (the Swedish model's commonest miss in minutes; neither
#: sign stands before a number in Swedish text) …
_PARAGRAPH_SIGN = re.compile(r"(?:(?<=^)|(?<=[\s(]))[&$]{1,2}(?=\s?\d)")
#: … or as "8": at the start of a heading ("8 4 Förhandlingsfrågor") and after a law's
#: abbreviation ("MBL 8 11", "kap. 8 3").
_HEADING_EIGHT = re.compile(r"^8(?= \d{1,3}\.? [A-ZÅÄÖ])")
_LAW_EIGHT = re.compile(r"\b(MBL|LAS|FL|KL|SoL|LSS|AML|OSL|PBL|kap\.) 8(?= \d)")
_CASE_EIGHT = re.compile(r"(?<![\w.,])8 (?=\d{1,3}/\d{2,4}\b)")  # "(8 41/2022)"
#: "11 %" read as "11 96".
_PERCENT = re.compile(r"(?<=\d) 96(?=[\s.,;:)]|$)")
#: A hyphen between spaces is a dash (Tesseract reads "–" as "-"); so is one in a range
#: of times, years or months ("09.00-12.15", "2024-2027", "januari-april").
_SPACED_HYPHEN = re.compile(r"(?<=\S) - (?=\S)")
_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
_RANGE = re.compile(
    r"(?<![\d./-])(\d{1,2}(?:[.:]\d{2})?)-(?=\d{1,2}(?:[.:]\d{2})?(?![\d.:/-]))"
    r"|(?<![\d-])((?:19|20)\d{2})-(?=(?:19|20)\d{2}(?![\d-]))"
    rf"|\b({_MONTHS})-(?=(?:{_MONTHS})\b)",
    re.IGNORECASE,
)


#: A bullet read as a guillemet or a degree sign at the start of a line.
_BULLET = re.compile(r"^[«»°](?= |$)")
#: "→" of bullet notes ("undrar … → rektor kollar") read as an em dash; Swedish text
#: sets its dashes as en dashes, which Tesseract reads as hyphens.
_ARROW = re.compile(r"(?<=\S) — (?=\S)")


def correct(text: str) -> str:
    """Repair what Tesseract regularly misreads in Swedish minutes."""
    if text[:1] in "«»°":
        text = _BULLET.sub("•", text)
    if "—" in text:
        text = _ARROW.sub(" → ", text)
    if "&" in text or "$" in text:
        text = _PARAGRAPH_SIGN.sub("§", text)
    if "8" in text:
        text = _LAW_EIGHT.sub(r"\1 §", _HEADING_EIGHT.sub("§", text))
        text = _CASE_EIGHT.sub("§ ", text)
    if "96" in text:
        text = _PERCENT.sub(" %", text)
    if "-" in text:
        text = _SPACED_HYPHEN.sub(" – ", text)
        text = _RANGE.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + "–", text)
    return text



def recognise(image: Any, dpi: int = DPI) -> PageText:
    """Deskew and read one page image (greyscale, ``dpi``) into words in points."""
    import pytesseract

    error = _check()
    if error:
        raise RuntimeError(error)
    image, angle = deskew(image)
    image = binarise(image) if BINARISE else image
    # Handed over as an uncompressed file: pytesseract would write a PNG, whose
    # compression of 9 megapixels costs more CPU than the deskew.
    with tempfile.TemporaryDirectory(prefix="balanslistan-ocr-") as folder:
        page_file = Path(folder) / ("sida.pbm" if image.mode == "1" else "sida.pgm")
        image.save(page_file)
        data = pytesseract.image_to_data(
            str(page_file),
            lang=LANG,
            config=f"--psm {PSM} --dpi {dpi}",
            output_type=pytesseract.Output.DICT,
        )
    pt = 72.0 / dpi
    lines: dict[tuple[int, int, int], tuple[float, float]] = {}
    for i, level in enumerate(data["level"]):
        if level == 4:  # a text line: its box gives its words one common height
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            top = data["top"][i]
            lines[key] = (top * pt, (top + data["height"][i]) * pt)
    words: list[Word] = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        conf = float(data["conf"][i])
        if conf < MIN_NOISE_CONF and all(ch in _SPECKS for ch in text):
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        left, top = data["left"][i] * pt, data["top"][i] * pt
        right, bottom = left + data["width"][i] * pt, top + data["height"][i] * pt
        line_top, line_bottom = lines.get(key, (top, bottom))
        words.append(Word(text, left, top, right, bottom, line_top, line_bottom, key, conf))
    return PageText(words, angle)


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def recognise_pages(
    images: Iterable[Any], total: int, progress: ProgressFn | None = None
) -> Iterator[PageText]:
    """Recognise page images in parallel; yields the results in page order.

    ``images`` is consumed lazily (pages are rendered as workers become free, so a long
    scan does not hold every page in memory).  ``progress(done, total)`` is called in
    the caller's thread after each page."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    workers = _workers()
    source = iter(images)
    pending: list[Future[PageText]] = []
    done = 0
    if progress:
        progress(0, total)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        exhausted = False
        while True:
            while not exhausted and len(pending) < workers + 1:
                try:
                    image = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.append(pool.submit(recognise, image))
            if not pending:
                break
            result = pending.pop(0).result()
            done += 1
            if progress:
                progress(done, total)
            yield result


# --- what OCR means for the items found --------------------------------------------------


def ocr_note(page: int | None) -> str:
    """The reason line an item from an OCRed page carries (shown in review)."""
    return f"OCR: sidan {page} lästes med textigenkänning – kontrollera texten mot originalet"


def mark_ocr_items(result: Any) -> None:
    """Lower the confidence of the candidates found on OCRed pages and say why: the text
    they were read from may hold misread letters and digits (a due date above all)."""
    pages = set(result.document.ocr_pages)
    for cand in (*result.items, *result.possible):
        if cand.page in pages:
            cand.confidence = round(cand.confidence * CONFIDENCE_FACTOR, 3)
            cand.reasons.append(ocr_note(cand.page))
