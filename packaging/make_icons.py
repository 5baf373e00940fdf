"""Render resources/icons/chronoapp.svg to the PNG sizes desktops ask for (run after editing the SVG).

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(path: Path, images: list[QImage]) -> None:
    """A Windows .ico holding every size as PNG (Qt's own writer stores a single image)."""
    pngs = [png_bytes(img) for img in images]
    offset = 6 + 16 * len(pngs)
    out = struct.pack("<HHH", 0, 1, len(pngs))
    for img, png in zip(images, pngs):
        side = img.width() % 256  # 0 means 256
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    path.write_bytes(out + b"".join(pngs))


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - fonts/painting need an application object
    renderer = QSvgRenderer(str(ICONS / "chronoapp.svg"))
    if not renderer.isValid():
        print("chronoapp.svg is not a valid SVG", file=sys.stderr)
        return 1
    images = [render(renderer, size) for size in SIZES]
    for size, image in zip(SIZES, images):
        image.save(str(ICONS / f"chronoapp-{size}.png"))
    write_ico(ICONS / "chronoapp.ico", images)  # Windows executable icon
    images[-1].save(str(ICONS / "chronoapp.icns"))  # macOS app bundle icon
    print(f"wrote {len(SIZES)} PNGs, chronoapp.ico and chronoapp.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
