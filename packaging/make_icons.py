"""Renders the app icon ``resources/icons/balanslistan.svg`` to the raster files the
installers need: PNGs in the freedesktop sizes (``balanslistan-<N>.png``) and a
multi-size Windows ``balanslistan.ico``.

Uses only PySide6 (QtSvg's ``QSvgRenderer``), which the app depends on anyway, so no
image library is added.  Qt's own ICO writer stores one image per file, so the ICO
container is written here: classic 32-bit DIB entries for the small sizes (read by every
Windows version and by Inno Setup) and a PNG entry for 256 px, as Windows itself does.

Usage: ``python packaging/make_icons.py [--svg FILE] [--out DIR]``; runs without a
display (Qt's offscreen platform).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SVG = REPO / "resources" / "icons" / "balanslistan.svg"
DEFAULT_OUT = REPO / "resources" / "icons"
BASE_NAME = "balanslistan"

#: PNG sizes: the hicolor theme's usual app sizes.
PNG_SIZES = (16, 32, 48, 64, 128, 256)
#: Sizes inside the .ico: what Explorer, the taskbar and the Start menu ask for.
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def _qt_app():
    """A QGuiApplication (needed by QPainter/QImage plugins); offscreen when no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(svg: Path, size: int):
    """The SVG drawn into a transparent ``size``×``size`` ARGB image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"Ikonfilen kunde inte läsas som SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise OSError("PNG-kodningen misslyckades")
    buf.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:
    """An ICO image entry in DIB form: BITMAPINFOHEADER, 32-bit BGRA pixels bottom-up,
    then the 1-bit AND mask (set where fully transparent, for old renderers)."""
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_ARGB32)  # straight (not premultiplied) alpha
    w, h = img.width(), img.height()
    header = struct.pack(
        "<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, w * h * 4 + _mask_row_bytes(w) * h, 0, 0, 0, 0
    )
    pixels = bytearray()
    mask = bytearray()
    for y in range(h - 1, -1, -1):  # DIBs are stored bottom-up
        # Format_ARGB32 is 0xAARRGGBB per pixel; packed little-endian that is B,G,R,A,
        # exactly the DIB byte order, on any host.
        row = [img.pixel(x, y) for x in range(w)]
        pixels += struct.pack(f"<{w}I", *row)
        mrow = bytearray(_mask_row_bytes(w))
        for x, argb in enumerate(row):
            if argb >> 24 == 0:
                mrow[x // 8] |= 0x80 >> (x % 8)
        mask += mrow
    return header + bytes(pixels) + bytes(mask)


def _mask_row_bytes(width: int) -> int:
    return ((width + 31) // 32) * 4  # 1 bpp rows padded to 32 bits


def ico_bytes(images: dict[int, object]) -> bytes:
    """An .ico file holding every image of ``images`` (size → QImage), smallest first."""
    sizes = sorted(images)
    payloads = [png_bytes(images[s]) if s >= 256 else dib_bytes(images[s]) for s in sizes]
    out = bytearray(struct.pack("<HHH", 0, 1, len(sizes)))  # ICONDIR: reserved, type 1=icon
    offset = 6 + 16 * len(sizes)
    for size, payload in zip(sizes, payloads, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    for payload in payloads:
        out += payload
    return bytes(out)


def make_icons(svg: Path = DEFAULT_SVG, out: Path = DEFAULT_OUT) -> list[Path]:
    """Writes the PNGs and the ICO into ``out``; returns the written paths."""
    app = _qt_app()  # must stay alive while rendering
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(svg, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    written: list[Path] = []
    for size in PNG_SIZES:
        path = out / f"{BASE_NAME}-{size}.png"
        path.write_bytes(png_bytes(images[size]))
        written.append(path)
    ico = out / f"{BASE_NAME}.ico"
    ico.write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    written.append(ico)
    app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="SVG source")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    try:
        for path in make_icons(args.svg, args.out):
            print(path)
    except (OSError, ValueError) as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
