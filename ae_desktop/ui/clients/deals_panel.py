"""A client's open deals in the detail pane: open one in the deal editor, or start a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services import clients
from ae_desktop.ui.labels import date_text, money_text
from ae_desktop.ui.views import HintTableView

_Index = QModelIndex | QPersistentModelIndex


class DealsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[clients.DealSummary] = []

    def row_at(self, row: int) -> clients.DealSummary:
        return self._rows[row]

    def set_rows(self, rows: list[clients.DealSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Deal"),
                self.tr("Stage"),
                self.tr("Value"),
                self.tr("Probability"),
                self.tr("Expected close"),
                self.tr("Next step"),
            ][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        deal = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                deal.title,
                deal.stage,
                money_text(deal.value_minor, deal.currency),
                f"{deal.probability} %",
                date_text(deal.expected_close),
                deal.next_step or self.tr("— none —"),
            ][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _deals_table(model: QAbstractTableModel) -> HintTableView:
    table = HintTableView()
    table.setAccessibleName(QCoreApplication.translate("ClientDetail", "Open deals"))
    table.setModel(model)
    table.set_empty_hint(QCoreApplication.translate("ClientDetail", "No open deals."))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # The deal title and next step share what is left; the figures keep their width.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


class ClientDealsPanel(QWidget):
    """Double-click or Enter opens a deal in the editor; New deal starts one for this client."""

    deal_open_requested = Signal(int)
    new_deal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DealsModel(self)
        self.table = _deals_table(self.model)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        self.new_button = QPushButton(self.tr("New deal…"))
        self.new_button.clicked.connect(self.new_deal_requested)
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.clicked.connect(lambda: self._on_activated(self.table.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.deal_open_requested.emit(self.model.row_at(index.row()).id)
