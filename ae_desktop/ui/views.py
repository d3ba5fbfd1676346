"""Item views that say so when they are empty, instead of showing a blank white box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView


def _paint_hint(view: QAbstractItemView, text: str) -> None:
    model = view.model()
    if not text or model is None or model.rowCount() > 0:
        return
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    rect = view.viewport().rect().adjusted(16, 24, -16, -16)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), text)
    painter.end()


class HintTableView(QTableView):
    """A table that shows *empty_hint* when it has no rows."""

    empty_hint = ""

    def set_empty_hint(self, text: str) -> None:
        self.empty_hint = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        _paint_hint(self, self.empty_hint)


class HintListView(QListView):
    """A list that shows *empty_hint* when it has no rows."""

    empty_hint = ""

    def set_empty_hint(self, text: str) -> None:
        self.empty_hint = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        _paint_hint(self, self.empty_hint)
