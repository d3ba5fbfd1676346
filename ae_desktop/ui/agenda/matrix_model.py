"""One quadrant's tasks as a list model: most pressing first, the first page shown until
"show all", cards dragged out as task ids."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ae_desktop.services.task_rows import TaskRow, pressing_order
from ae_desktop.ui.agenda.task_mime import TASK_MIME, encode_task
from ae_desktop.ui.labels import date_text, duration_text
from ae_desktop.ui.messages import plain_tooltip

TASK_ROLE = 0x0101  # Qt.UserRole + 1: the TaskRow behind a card
OVERDUE_ROLE = 0x0102  # Qt.UserRole + 2: True when the task's due date has passed
PAGE = 50  # a quadrant shows this many cards until the user asks for all
_Index = QModelIndex | QPersistentModelIndex


def estimate_text(minutes: int) -> str:
    """'30 min', '1 h', '1 h 30 min'."""
    return duration_text(minutes)


def reasons_text(row: TaskRow) -> str:
    """Why the task sits in its quadrant, on one line: 'due tomorrow · key account: Acme'."""
    return " · ".join(row.reasons)


class QuadrantModel(QAbstractListModel):
    """All of a quadrant's tasks are held; the view sees the first PAGE until expanded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskRow] = []
        self._shown = 0
        self.expanded = False
        self.today = date.today()

    def set_rows(self, rows: list[TaskRow], today: date) -> None:
        self.beginResetModel()
        self.today = today
        self._rows = sorted(rows, key=pressing_order)
        self._shown = len(self._rows) if self.expanded else min(PAGE, len(self._rows))
        self.endResetModel()

    def rows(self) -> list[TaskRow]:
        return list(self._rows)

    def total(self) -> int:
        return len(self._rows)

    def hidden(self) -> int:
        return len(self._rows) - self._shown

    def row_of(self, task_id: int) -> int:
        """The task's place among all of the quadrant's tasks (shown or not); -1 if absent."""
        return next((i for i, row in enumerate(self._rows) if row.id == task_id), -1)

    def set_expanded(self, expanded: bool) -> None:
        if expanded == self.expanded:
            return
        self.expanded = expanded
        target = len(self._rows) if expanded else min(PAGE, len(self._rows))
        if target > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, target - 1)
            self._shown = target
            self.endInsertRows()
        elif target < self._shown:
            self.beginRemoveRows(QModelIndex(), target, self._shown - 1)
            self._shown = target
            self.endRemoveRows()

    def take(self, task_id: int) -> TaskRow | None:
        """Remove one task (moved away or done) without resetting the quadrant."""
        at = self.row_of(task_id)
        if at < 0:
            return None
        if at >= self._shown:
            return self._rows.pop(at)
        self.beginRemoveRows(QModelIndex(), at, at)
        row = self._rows.pop(at)
        self._shown -= 1
        self.endRemoveRows()
        if self._shown < len(self._rows) and self._shown < PAGE:  # the next one moves up
            self.beginInsertRows(QModelIndex(), self._shown, self._shown)
            self._shown += 1
            self.endInsertRows()
        return row

    def put(self, row: TaskRow) -> int:
        """Insert one task in its place; its row in the view, -1 when past the first page."""
        at = bisect.bisect_right(self._rows, pressing_order(row), key=pressing_order)
        if at > self._shown or (at == self._shown and not self.expanded and at >= PAGE):
            self._rows.insert(at, row)
            return -1
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._shown += 1
        self.endInsertRows()
        if not self.expanded and self._shown > PAGE:  # the last one goes below the page
            self.beginRemoveRows(QModelIndex(), self._shown - 1, self._shown - 1)
            self._shown -= 1
            self.endRemoveRows()
        return at

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        if role == TASK_ROLE:
            return row
        if role == OVERDUE_ROLE:
            return row.due_on is not None and row.due_on < self.today
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [row.title, row.client_name or "", date_text(row.due_on)]
            parts += [estimate_text(row.estimate_minutes), reasons_text(row)]
            if row.waiting_for:
                parts.append(self.tr("waiting for {0}").format(row.delegated_to))
            return ", ".join(part for part in parts if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.title, *(f"• {reason}" for reason in row.reasons)]
            if row.deal_title:
                lines.insert(1, self.tr("Deal: {0}").format(row.deal_title))
            if row.notes:
                lines.append(row.notes)
            return plain_tooltip("\n".join(lines))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [TASK_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        return encode_task(self._rows[indexes[0].row()].id)
