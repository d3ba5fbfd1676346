"""A visible focus on custom-painted things (cards, time blocks): a ring in the highlight colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen


def paint_focus_ring(painter: QPainter, rect: QRectF, palette: QPalette, radius: float = 6) -> None:
    """A dashed ring just inside *rect*, distinct from the selection's solid border."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
    painter.restore()
