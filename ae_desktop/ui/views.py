"""List helpers: item views that say so when empty, and a filter box that leads into its list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QTableView


def move_persistent_rows(model: QAbstractItemModel, new_row_of: Callable[[int], int]) -> None:
    """After reordering inside layoutAboutToBeChanged/layoutChanged: keep the selection and
    the current row on the same records (a reset would drop them)."""
    persistent = model.persistentIndexList()
    model.changePersistentIndexList(
        persistent,
        [model.index(new_row_of(index.row()), index.column()) for index in persistent],
    )


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


class FilterBox(QLineEdit):
    """Down or Enter goes to the matches, Esc clears what was typed."""

    go_to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_to_list.emit()
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)
