"""One board column's deals as a list model that can be dragged from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ae_desktop.services.deals import DealRow
from ae_desktop.ui.deals.cards import ROW_ROLE, card_badges
from ae_desktop.ui.labels import date_text, money_text
from ae_desktop.ui.messages import plain_tooltip

DEAL_MIME = "application/x-ae-desktop-deal"
_Index = QModelIndex | QPersistentModelIndex


def board_order(row: DealRow) -> tuple[date, int, int]:
    """Soonest expected close first (none last), then the bigger deal."""
    return (row.expected_close or date.max, -row.value_minor, row.id)


def encode_deal(deal_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(DEAL_MIME, QByteArray(str(deal_id).encode()))
    return mime


def decode_deal(mime: QMimeData) -> int | None:
    if not mime.hasFormat(DEAL_MIME):
        return None
    try:
        return int(bytes(mime.data(DEAL_MIME).data()).decode())
    except ValueError:
        return None


class StageDealsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DealRow] = []

    def set_rows(self, rows: list[DealRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=board_order)
        self.endResetModel()

    def rows(self) -> list[DealRow]:
        return list(self._rows)

    def row_of(self, deal_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == deal_id:
                return i
        return -1

    def take(self, deal_id: int) -> DealRow | None:
        """Remove one deal (a card moved away) without resetting the column."""
        at = self.row_of(deal_id)
        if at < 0:
            return None
        self.beginRemoveRows(QModelIndex(), at, at)
        row = self._rows.pop(at)
        self.endRemoveRows()
        return row

    def put(self, row: DealRow) -> int:
        """Insert one deal in its place in the column; returns its row."""
        key = board_order(row)
        at = next((i for i, r in enumerate(self._rows) if board_order(r) > key), len(self._rows))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self.endInsertRows()
        return at

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            close = date_text(row.expected_close) if row.expected_close else ""
            value = money_text(row.value_minor, row.currency)
            text = f"{row.title}, {row.client_name}, {value}, {close}"
            if role == Qt.ItemDataRole.AccessibleTextRole:  # what the card shows, said aloud
                badges = [badge for badge, _colour in card_badges(row)]
                text = ", ".join(part for part in (text, row.stage_name, *badges) if part)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.title, row.client_name, row.next_step or self.tr("No next step")]
            return plain_tooltip("\n".join(lines))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        return encode_deal(self._rows[indexes[0].row()].id)
