"""Table model over ClientRow dataclasses; filtering (a reset) and sorting happen in Python."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from ae_desktop.services.client_rows import ClientRow
from ae_desktop.ui.labels import date_text, money_text, status_label, tier_label
from ae_desktop.ui.messages import plain_tooltip
from ae_desktop.ui.theme import colours
from ae_desktop.ui.views import move_persistent_rows

NAME, TIER, STATUS, INDUSTRY, LAST_CONTACT, NEXT_FOLLOW_UP, PIPELINE = range(7)

_Index = QModelIndex | QPersistentModelIndex


def _sort_key(column: int) -> Any:
    far_past = datetime.min
    far_future = date.max
    return {
        NAME: lambda r: r.name.casefold(),
        TIER: lambda r: ("key", "standard", "prospect").index(r.tier),
        STATUS: lambda r: r.status,
        INDUSTRY: lambda r: r.industry.casefold(),
        LAST_CONTACT: lambda r: r.last_contact or far_past,
        NEXT_FOLLOW_UP: lambda r: r.next_follow_up or far_future,
        PIPELINE: lambda r: r.open_pipeline_minor,
    }[column]


class ClientTableModel(QAbstractTableModel):
    def __init__(self, currency: str = "EUR", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientRow] = []
        self._currency = currency
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._neglected_icon = QIcon()
        self._blank_icon = QIcon()
        self._today = date.today()

    def set_neglected_icon(self, icon: QIcon) -> None:
        self._neglected_icon = icon
        # Rows that are not neglected get an empty icon of the same size, so names line up.
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank_icon = QIcon(blank)

    def set_today(self, today: date) -> None:
        self._today = today

    def headers(self) -> list[str]:
        return [
            self.tr("Client"),
            self.tr("Tier"),
            self.tr("Status"),
            self.tr("Industry"),
            self.tr("Last contact"),
            self.tr("Next follow-up"),
            self.tr("Open pipeline"),
        ]

    def set_rows(self, rows: list[ClientRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ClientRow:
        return self._rows[row]

    def row_of(self, client_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == client_id:
                return i
        return -1

    def _sorted(self, rows: list[ClientRow]) -> list[ClientRow]:
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=_sort_key(self._sort_column), reverse=reverse)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PIPELINE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section == PIPELINE
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return self._neglected_icon if row.neglected else self._blank_icon
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                palette = QApplication.palette()
                return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if (row.neglected and column == LAST_CONTACT) or (
                column == NEXT_FOLLOW_UP and self._follow_up_overdue(row)
            ):
                return QBrush(colours().neglected)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PIPELINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _follow_up_overdue(self, row: ClientRow) -> bool:
        return row.next_follow_up is not None and row.next_follow_up < self._today

    def _font(self, row: ClientRow, column: int) -> QFont | None:
        if row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        due = row.next_follow_up
        if column == NEXT_FOLLOW_UP and due is not None and due <= self._today:
            font = QFont()  # due today or overdue: act on it
            font.setBold(True)
            return font
        return None

    def _display(self, row: ClientRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == TIER:
            return tier_label(row.tier)
        if column == STATUS:
            return status_label(row.status)
        if column == INDUSTRY:
            return row.industry
        if column == LAST_CONTACT:
            if row.last_contact is None:
                return self.tr("never")
            return date_text(row.last_contact.date())
        if column == NEXT_FOLLOW_UP:
            return date_text(row.next_follow_up)
        if row.open_pipeline_minor == 0:
            return "—"
        return money_text(row.open_pipeline_minor, self._currency)

    def _tooltip(self, row: ClientRow, column: int) -> str | None:
        if row.archived:
            return plain_tooltip(self.tr("{0} (archived)").format(row.name))
        if column == NEXT_FOLLOW_UP and row.next_follow_up is not None:
            days = (row.next_follow_up - self._today).days
            if days < 0:
                return self.tr("Follow-up overdue by {0} days").format(-days)
            if days == 0:
                return self.tr("Follow-up due today")
            return None
        if not row.neglected or column not in (NAME, LAST_CONTACT):
            return plain_tooltip(row.name) if column == NAME else None
        if row.last_contact is None:
            return self.tr("Neglected: no interaction logged yet (cadence {0} days)").format(
                row.cadence_days
            )
        days = (self._today - row.last_contact.date()).days
        return self.tr("Neglected: last contact {0} days ago, cadence {1} days").format(
            days, row.cadence_days
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows; the selection and current row move with their clients.

        A layout change rather than a reset: a reset would drop the selection while the
        detail pane still shows the client, and Delete would then act on nothing.
        """
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        key = _sort_key(column)
        reverse = order == Qt.SortOrder.DescendingOrder
        moved = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]), reverse=reverse)
        new_row = {old: new for new, old in enumerate(moved)}
        self._rows = [self._rows[old] for old in moved]
        move_persistent_rows(self, new_row.__getitem__)
        self.layoutChanged.emit()
