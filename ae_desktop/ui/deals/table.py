"""Every deal in a sortable table, with type-to-filter and filters; filtering happens in Python."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.services.deal_rows import CLOSING_CHOICES
from ae_desktop.services.deals import DealFilter, DealRow, filter_deals
from ae_desktop.services.settings import currency
from ae_desktop.services.stages import StageRow
from ae_desktop.ui.deals.cards import card_badges, card_title
from ae_desktop.ui.forms import muted_label
from ae_desktop.ui.labels import date_text, deal_kind_label, deals_text, money_text
from ae_desktop.ui.messages import plain_tooltip
from ae_desktop.ui.theme import colours
from ae_desktop.ui.views import FilterBox, HintTableView, move_persistent_rows

_Index = QModelIndex | QPersistentModelIndex
TITLE, CLIENT, STAGE, VALUE, PROBABILITY, WEIGHTED, CLOSE, NEXT_STEP, FLAGS = range(9)

_SORT_KEYS: dict[int, Callable[[DealRow], Any]] = {
    TITLE: lambda r: r.title.casefold(),
    CLIENT: lambda r: r.client_name.casefold(),
    STAGE: lambda r: r.stage_position,
    VALUE: lambda r: r.value_minor,
    PROBABILITY: lambda r: r.probability,
    WEIGHTED: lambda r: r.weighted_minor,
    CLOSE: lambda r: r.closed_on or r.expected_close or date.max,
    NEXT_STEP: lambda r: r.next_step.casefold(),
    FLAGS: lambda r: (r.rotting, r.no_next_step, r.close_overdue),
}


class DealTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DealRow] = []
        self._column = CLOSE
        self._order = Qt.SortOrder.AscendingOrder

    def headers(self) -> list[str]:
        return [
            self.tr("Deal"),
            self.tr("Client"),
            self.tr("Stage"),
            self.tr("Value"),
            self.tr("Prob."),
            self.tr("Weighted"),
            self.tr("Close date"),
            self.tr("Next step"),
            self.tr("Warnings / lost reason"),
        ]

    def set_rows(self, rows: list[DealRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DealRow:
        return self._rows[row]

    def row_of(self, deal_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == deal_id), -1)

    def _sorted(self, rows: list[DealRow]) -> list[DealRow]:
        reverse = self._order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=_SORT_KEYS[self._column], reverse=reverse)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._column, self._order = column, order
        self._rows = self._sorted(old)
        position = {row.id: i for i, row in enumerate(self._rows)}
        move_persistent_rows(self, lambda row: position[old[row].id])
        self.layoutChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FLAGS + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (VALUE, PROBABILITY, WEIGHTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, PROBABILITY, WEIGHTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == FLAGS and card_badges(row):
            return QBrush(colours().error)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, NEXT_STEP):
            return plain_tooltip(row.title if column == TITLE else row.next_step)
        return None

    def _display(self, row: DealRow, column: int) -> str:
        if column == TITLE:
            return card_title(row)
        if column == CLIENT:
            return row.client_name
        if column == STAGE:
            return row.stage_name
        if column == VALUE:
            return money_text(row.value_minor, row.currency)
        if column == PROBABILITY:
            return f"{row.probability} %"
        if column == WEIGHTED:
            return money_text(row.weighted_minor, row.currency)
        if column == CLOSE:
            if row.outcome == StageOutcome.WON and row.closed_on:
                return self.tr("won {0}").format(date_text(row.closed_on))
            if row.outcome == StageOutcome.LOST and row.closed_on:
                return self.tr("lost {0}").format(date_text(row.closed_on))
            return date_text(row.expected_close)
        if column == NEXT_STEP:
            return row.next_step
        if row.outcome == StageOutcome.LOST:
            return row.lost_reason
        return ", ".join(label for label, _ in card_badges(row))


class DealTablePanel(QWidget):
    """The table with its filter bar; holds every deal row in memory."""

    deal_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[DealRow] = []
        self._today = date.today()
        self.filter_box = FilterBox()
        self.filter_box.setPlaceholderText(self.tr("Filter deals by title, client or next step"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter deals"))
        self.stage = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in DealKind:
            self.kind.addItem(deal_kind_label(kind), kind)
        self.client = QComboBox()
        self.closing = QComboBox()
        self.closing.addItem(self.tr("Any close date"), None)
        month, quarter = CLOSING_CHOICES
        self.closing.addItem(self.tr("Closing this month"), month)
        self.closing.addItem(self.tr("Closing this quarter"), quarter)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Open deals"), StageOutcome.OPEN)
        self.outcome.addItem(self.tr("Won deals"), StageOutcome.WON)
        self.outcome.addItem(self.tr("Lost deals"), StageOutcome.LOST)
        self.outcome.addItem(self.tr("All deals"), None)
        self.rotting = QCheckBox(self.tr("Rotting only"))
        for combo, name in (
            (self.outcome, self.tr("Deals shown")),
            (self.stage, self.tr("Stage")),
            (self.kind, self.tr("Kind")),
            (self.client, self.tr("Client")),
            (self.closing, self.tr("Close date")),
        ):
            combo.setAccessibleName(name)
        self.count = muted_label()
        self.model = DealTableModel(self)
        self.table = self._build_table()
        bar = QHBoxLayout()
        for widget in (
            self.outcome,
            self.stage,
            self.kind,
            self.client,
            self.closing,
            self.rotting,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.filter_box.textChanged.connect(self.apply_filter)
        self.filter_box.go_to_list.connect(self._on_go_to_list)
        for combo in (self.outcome, self.stage, self.kind, self.client, self.closing):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.rotting.toggled.connect(self.apply_filter)

    def _build_table(self) -> HintTableView:
        table = HintTableView()
        table.setAccessibleName(self.tr("Deals"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setSortingEnabled(True)
        table.sortByColumn(CLOSE, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = (240, 170, 100, 110, 55, 110, 110, 220, 120)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        table.doubleClicked.connect(
            lambda index: self.deal_activated.emit(self.model.row_at(index.row()).id)
        )
        table.activated.connect(
            lambda index: self.deal_activated.emit(self.model.row_at(index.row()).id)
        )
        return table

    def set_choices(self, stages: list[StageRow], clients: list[tuple[int, str]]) -> None:
        """Fill the stage and client filters, keeping what is chosen."""
        for combo, first, items in (
            (self.stage, self.tr("All stages"), [(s.id, s.name) for s in stages]),
            (self.client, self.tr("All clients"), clients),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def current_filter(self) -> DealFilter:
        return DealFilter(
            text=self.filter_box.text(),
            stage_id=self.stage.currentData(),
            kind=self.kind.currentData(),
            client_id=self.client.currentData(),
            closing=self.closing.currentData(),
            rotting_only=self.rotting.isChecked(),
            outcome=self.outcome.currentData(),
        )

    def set_rows(self, rows: list[DealRow], today: date) -> None:
        self._all = rows
        self._today = today
        self.apply_filter()

    def replace_row(self, deal_id: int, row: DealRow | None) -> None:
        self._all = [r for r in self._all if r.id != deal_id] + ([row] if row else [])
        self.apply_filter()

    def apply_filter(self) -> None:
        current = self.current_id()
        shown = filter_deals(self._all, self.current_filter(), self._today)
        self.model.set_rows(shown)
        main = currency()
        total_value = sum(row.value_minor for row in shown if row.currency == main)
        others = sum(1 for row in shown if row.currency != main)
        text = self.tr("{0} · {1}").format(deals_text(len(shown)), money_text(total_value, main))
        if others:
            text += self.tr(" (+{0} in other currencies, not added)").format(others)
        self.count.setText(text if shown else self.tr("No deals"))
        self.table.set_empty_hint(
            self.tr("No deal matches these filters.") if self._all else self.tr("No deals yet.")
        )
        if current is not None:
            self.select(current)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select(self, deal_id: int) -> bool:
        at = self.model.row_of(deal_id)
        if at < 0:
            return False
        self.table.setCurrentIndex(self.model.index(at, 0))
        return True

    def _on_go_to_list(self) -> None:
        if self.current_id() is None and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()
