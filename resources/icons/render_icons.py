"""Render ae-desktop.svg to the PNG sizes beside it: `python resources/icons/render_icons.py`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "ae-desktop.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def render(source: Path, size: int, dest: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(dest), "PNG"):
        raise SystemExit(f"could not write {dest}")


def main() -> int:
    # No window is shown, so this runs on a headless build machine too.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        dest = HERE / f"ae-desktop-{size}.png"
        render(SOURCE, size, dest)
        print(f"wrote {dest.name}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
