"""Icons from the bundled resources, loaded once. UI icons are SVGs drawn at the screen's
device pixel ratio, in the palette's text colour when the scheme is dark."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from ae_desktop.assets import app_icon_paths, icon_path
from ae_desktop.ui.theme import is_dark


def icon_colour(mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor | None:
    """The colour monochrome UI icons are drawn in now: None keeps the SVG's own grey (light
    scheme); the palette's text colour in a dark one, where the grey would not show."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if not is_dark(palette):
        return None
    return palette.color(QPalette.ColorRole.WindowText)


class _SvgIconEngine(QIconEngine):
    """Renders the SVG at the size and scale asked for (crisp at any device pixel ratio) and
    recolours it at that moment, so a scheme change shows at the next paint."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._svg = QByteArray(path.read_bytes())

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._path)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        QSvgRenderer(self._svg).render(painter, QRectF(0, 0, width, height))
        colour = icon_colour(mode)
        if colour is not None:  # keep the shape's alpha, take the colour
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(image.rect(), colour)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State
    ) -> QSize:
        return size

    def isNull(self) -> bool:  # noqa: N802 - Qt override
        return self._svg.isEmpty()


@cache
def icon(name: str) -> QIcon:
    """'app' is the application icon; any other name is a UI icon from resources/icons/ui."""
    if name == "app":
        result = QIcon()
        for path in app_icon_paths():
            if path.exists():
                result.addFile(str(path))
        return result
    path = icon_path(name)
    return QIcon(_SvgIconEngine(path)) if path.exists() else QIcon()
