"""The client list: type-to-filter, tier/status/neglected filters and a sortable table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import ClientStatus, Tier
from ae_desktop.services.client_rows import (
    ClientFilter,
    ClientRow,
    filter_clients,
    load_search_texts,
)
from ae_desktop.ui.clients.model import NAME, ClientTableModel
from ae_desktop.ui.forms import muted_label
from ae_desktop.ui.labels import status_label, tier_label


class ClientListPanel(QWidget):
    """Holds every client row in memory and shows those matching the filters."""

    selection_changed = Signal(object)  # client id or None

    def __init__(self, currency: str, neglected_icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[ClientRow] = []
        self._texts: dict[int, str] | None = None
        self._texts_source: Callable[[], dict[int, str]] = load_search_texts
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(
            self.tr("Filter by name, industry, contact or e-mail (Ctrl+F)")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter clients"))
        self.tier = QComboBox()
        self.tier.addItem(self.tr("All tiers"), None)
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in ClientStatus:
            self.status.addItem(status_label(status), status)
        self.neglected = QCheckBox(self.tr("Neglected only"))
        self.archived = QCheckBox(self.tr("Show archived"))
        self.count = muted_label()
        self.model = ClientTableModel(currency, self)
        self.model.set_neglected_icon(neglected_icon)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Clients"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in enumerate((220, 100, 70, 110, 100, 110, 115)):
            if column != NAME:
                self.table.setColumnWidth(column, width)
        filters = QHBoxLayout()
        filters.addWidget(self.tier)
        filters.addWidget(self.status)
        filters.addWidget(self.neglected)
        filters.addWidget(self.archived)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.filter_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.filter_box.textChanged.connect(self.apply_filter)
        for combo in (self.tier, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.neglected, self.archived):
            box.toggled.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def current_filter(self) -> ClientFilter:
        return ClientFilter(
            text=self.filter_box.text(),
            tier=self.tier.currentData(),
            status=self.status.currentData(),
            neglected_only=self.neglected.isChecked(),
            include_archived=self.archived.isChecked(),
        )

    def set_rows(
        self,
        rows: list[ClientRow],
        today: date,
        search_texts: Callable[[], dict[int, str]] = load_search_texts,
    ) -> None:
        """Show *rows*; *search_texts* is asked for what to search at the first typed word."""
        self._all = rows
        self._texts = None
        self._texts_source = search_texts
        self.model.set_today(today)
        self.apply_filter()

    def replace_rows(self, fresh: list[ClientRow], client_ids: list[int]) -> None:
        """Swap in re-read rows for *client_ids* (a row missing from *fresh* is dropped)."""
        wanted = set(client_ids)
        kept = [row for row in self._all if row.id not in wanted]
        self._all = kept + fresh
        if self._texts is not None:
            for client_id in client_ids:
                self._texts.pop(client_id, None)
            self._texts.update(load_search_texts(client_ids))
        self.apply_filter()

    def _search_texts(self, flt: ClientFilter) -> dict[int, str]:
        if self._texts is None and flt.text.strip():
            self._texts = self._texts_source()
        return self._texts or {}

    def apply_filter(self) -> None:
        current = self.current_id()
        flt = self.current_filter()
        shown = filter_clients(self._all, flt, self._search_texts(flt))
        self.model.set_rows(shown)
        self.count.setText(self.tr("{0} of {1} clients").format(len(shown), self.total_active()))
        if current is not None and not self.select(current):
            self.selection_changed.emit(None)

    def total_active(self) -> int:
        return sum(1 for row in self._all if not row.archived)

    def all_rows(self) -> list[ClientRow]:
        return list(self._all)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit(self.current_id())
