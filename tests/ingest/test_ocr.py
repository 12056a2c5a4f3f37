"""OCR of scanned PDF pages (Tesseract, Swedish model): a PDF rendered from a fixture,
rasterised at 200 dpi in greyscale, slightly rotated and with noise, reads (almost) like
the text PDF, gives the same items with a lower confidence and says so; a mixed PDF
OCRs only its image pages; progress is reported; without Tesseract the old refusal."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from tests.render import make_scan_of_pdf, render_pdf, sample_blocks
from tracker.cli.main import main
from tracker.domain import Document
from tracker.errors import InputError
from tracker.extract import extract
from tracker.ingest import ocr, read_document

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "fixtures" / "minutes" / "lsg_forskola_2024-03-19.txt"
LONGER = ROOT / "tests" / "data" / "fixtures" / "minutes" / "apt_skolan_2024-10-08.txt"

pytestmark = pytest.mark.skipif(
    not ocr.available(), reason=f"ingen OCR på denna dator: {ocr.unavailable_reason()}"
)


def _text(doc: Document) -> str:
    return "\n".join(ln.text for ln in doc.lines)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list]:
    folder = tmp_path_factory.mktemp("ocr")
    blocks = sample_blocks(FIXTURE.read_text("utf-8"))
    pdf = render_pdf(blocks, folder / "lsg.pdf", header="LSG förskola Norr")
    scan = make_scan_of_pdf(pdf, folder / "lsg-skannad.pdf", dpi=200, angle=0.7, noise=12)
    calls: list[tuple[int, int]] = []
    doc = read_document(scan, progress=lambda done, total: calls.append((done, total)))
    return pdf, scan, [doc, calls]


def test_scan_is_read_like_the_text_pdf(scanned) -> None:
    pdf, _scan, (doc, calls) = scanned
    text = read_document(pdf)
    assert doc.ocr_pages == [1]
    assert all(ln.ocr for ln in doc.lines) and not any(ln.ocr for ln in text.lines)
    # Character accuracy: en dashes come back as hyphens, which is all that may differ.
    same = difflib.SequenceMatcher(None, _text(text), _text(doc), autojunk=False).ratio()
    assert same >= 0.98, (same, _text(doc))
    assert "Schemaläggning vid personalbrist" in _text(doc)
    assert calls == [(0, 1), (1, 1)]


def test_scan_gives_the_same_items_with_lower_confidence(scanned) -> None:
    pdf, _scan, (doc, _calls) = scanned
    typed = extract(read_document(pdf))
    read = extract(doc)
    assert read.document.ocr_pages == [1]

    def key(it):
        return (it.title, it.owner, it.due, it.status)

    assert [key(it) for it in read.items] == [key(it) for it in typed.items]
    assert len(typed.items) >= 4
    for a, b in zip(typed.items, read.items, strict=True):
        assert b.confidence < a.confidence
        assert any(r.startswith("OCR: sidan 1 lästes med textigenkänning") for r in b.reasons)


def test_cli_reports_ocr_progress_on_stderr(
    scanned, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "u"))
    _pdf, scan, _ = scanned
    assert main(["extract", str(scan), "--json"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)  # stdout stays clean JSON
    assert result["document"]["ocr_pages"] == [1]
    assert "1 skannade sidor läses med textigenkänning (OCR)" in err
    assert "OCR sida 1 av 1" in err
    assert main(["extract", str(scan)]) == 0
    out, _err = capsys.readouterr()
    assert "Lästa med textigenkänning (OCR): s. 1" in out


def test_mixed_pdf_ocrs_only_its_image_pages(tmp_path: Path) -> None:
    blocks = sample_blocks(LONGER.read_text("utf-8"))
    # Two pages: the first typed, the second (after a page break) scanned.
    half = len(blocks) // 2
    pdf = render_pdf([*blocks[:half], "\f", *blocks[half:]], tmp_path / "m.pdf",
                     footer="Sida {page} av {pages}")
    mixed = make_scan_of_pdf(pdf, tmp_path / "m-blandad.pdf", pages=[1], angle=-0.5)
    typed, doc = read_document(pdf), read_document(mixed)
    assert doc.pages == 2 and doc.ocr_pages == [2]
    assert {ln.page for ln in doc.lines if ln.ocr} == {2}
    assert [ln.text for ln in doc.lines if ln.page == 1] == [
        ln.text for ln in typed.lines if ln.page == 1
    ]
    same = difflib.SequenceMatcher(None, _text(typed), _text(doc), autojunk=False).ratio()
    assert same >= 0.98
    a, b = extract(typed), extract(doc)
    assert [(it.title, it.owner, it.due) for it in b.items] == [
        (it.title, it.owner, it.due) for it in a.items
    ]
    assert all((it.page == 2) == any(r.startswith("OCR:") for r in it.reasons) for it in b.items)


def test_deskew_finds_the_angle() -> None:
    from PIL import Image, ImageDraw

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    for i in range(40):
        draw.rectangle((100, 100 + i * 38, 1100 - (i % 5) * 60, 120 + i * 38), fill=0)
    for angle in (1.5, -2.0, 0.0):
        turned = image.rotate(angle, fillcolor=255)
        assert ocr.skew_angle(turned) == pytest.approx(-angle, abs=0.2)


def test_a_page_is_handed_to_tesseract_in_black_and_white() -> None:
    from PIL import Image, ImageDraw

    # Grey paper with noise around 200 and grey ink around 60: the threshold falls
    # between them, and the page comes out as paper white and ink black.
    image = Image.effect_noise((400, 300), 12).point(lambda p: 200 + (p - 128) // 8)
    draw = ImageDraw.Draw(image)
    for i in range(8):
        draw.rectangle((40, 30 + i * 30, 360, 42 + i * 30), fill=60)
    level = ocr.otsu_threshold(image)
    assert 60 <= level < 180  # ink at 60 and below is black
    two = ocr.binarise(image)
    assert two.mode == "1"
    assert two.getpixel((200, 36)) == 0 and two.getpixel((200, 50)) == 255


def test_without_ocr_a_scan_is_refused_with_the_reason(
    scanned, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pdf, scan, _ = scanned
    monkeypatch.setenv("TRACKER_OCR", "0")
    with pytest.raises(InputError, match=r"skannad.*TRACKER_OCR=0.*OCR"):
        read_document(scan)
    monkeypatch.delenv("TRACKER_OCR")
    monkeypatch.setattr(ocr, "_check_install", lambda: "Tesseracts svenska språkmodell saknas")
    with pytest.raises(InputError, match="svenska språkmodell saknas"):
        read_document(scan)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("& 4 Balanslistan", "§ 4 Balanslistan"),
        ("$& 4 Balanslistan", "§ 4 Balanslistan"),
        ("8 4 Förhandlingsfrågor", "§ 4 Förhandlingsfrågor"),
        ("enligt MBL 8 11 - Organisation", "enligt MBL § 11 – Organisation"),
        ("(8 41/2022)", "(§ 41/2022)"),
        ("har minskat med 11 96.", "har minskat med 11 %."),
        (
            "kl. 09.00-12.15, åk 7-9, januari-april, 2024-2027",
            "kl. 09.00–12.15, åk 7–9, januari–april, 2024–2027",
        ),
        ("« Ventilation sal B12", "• Ventilation sal B12"),
        ("räknas in — rektor kollar", "räknas in → rektor kollar"),
        # Left alone: dates, case and phone numbers, a real 8.
        ("2024-05-14, KS 2023/12-3, tel 08-123 45, 8 st",) * 2,
    ],
)
def test_common_misreadings_are_repaired(read: str, meant: str) -> None:
    assert ocr.correct(read) == meant
