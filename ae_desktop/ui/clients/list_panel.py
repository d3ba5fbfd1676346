"""The client list: type-to-filter, tier/status/neglected filters and a sortable table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
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
from ae_desktop.ui.flow_layout import FlowLayout
from ae_desktop.ui.forms import muted_label
from ae_desktop.ui.labels import status_label, tier_label
from ae_desktop.ui.views import FilterBox, HintTableView

# Starting widths; the last column (open pipeline) takes what is left over.
COLUMN_WIDTHS = {NAME: 194, 1: 85, 2: 65, 3: 95, 4: 95, 5: 108, 6: 88}

# Beyond this many clients written since the search texts were read, read them all again.
_MAX_REREAD = 500


def _reread_texts(texts: dict[int, str], client_ids: list[int]) -> None:
    """Replace the search texts of *client_ids* in *texts* (a client gone drops out)."""
    if not client_ids:
        return
    for client_id in client_ids:
        texts.pop(client_id, None)
    texts.update(load_search_texts(client_ids))


class ClientListPanel(QWidget):
    """Holds every client row in memory and shows those matching the filters."""

    selection_changed = Signal(object)  # client id or None

    def __init__(self, currency: str, neglected_icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[ClientRow] = []
        self._texts: dict[int, str] | None = None
        self._texts_source: Callable[[], dict[int, str]] = load_search_texts
        # Clients written before the texts were read: the source may be a snapshot from before.
        self._written: set[int] = set()
        self._wanted: int | None = None  # the client the user picked, while a filter hides it
        self.filter_box = FilterBox()
        self.filter_box.setPlaceholderText(
            self.tr("Filter by name, industry, contact or e-mail (Ctrl+F)")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter clients"))
        self.tier = QComboBox()
        self.tier.setAccessibleName(self.tr("Tier"))
        self.tier.addItem(self.tr("All tiers"), None)
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in ClientStatus:
            self.status.addItem(status_label(status), status)
        self.neglected = QCheckBox(self.tr("Neglected only"))
        self.archived = QCheckBox(self.tr("Show archived"))
        self.count = muted_label()
        self.model = ClientTableModel(currency, self)
        self.model.set_neglected_icon(neglected_icon)
        self.table = self._build_table()
        filters = FlowLayout()  # a second row in a longer language, not a wider list
        for widget in (self.tier, self.status, self.neglected, self.archived):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 4)
        layout.addWidget(self.filter_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.filter_box.textChanged.connect(self.apply_filter)
        self.filter_box.go_to_list.connect(self._on_filter_box_down)
        for combo in (self.tier, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.neglected, self.archived):
            box.toggled.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _build_table(self) -> HintTableView:
        table = HintTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move within it
        table.setSortingEnabled(True)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setAccessibleName(self.tr("Clients"))
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        return table

    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        header = self.table.horizontalHeader()
        if header.restoreState(state):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

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
        self._written.clear()
        self.model.set_today(today)
        self.apply_filter()

    def replace_rows(self, fresh: list[ClientRow], client_ids: list[int]) -> None:
        """Swap in re-read rows for *client_ids* (a row missing from *fresh* is dropped)."""
        wanted = set(client_ids)
        kept = [row for row in self._all if row.id not in wanted]
        self._all = kept + fresh
        if self._texts is None:
            self._written.update(client_ids)  # re-read when the texts are, see _search_texts
        else:
            _reread_texts(self._texts, client_ids)
        self.apply_filter()

    def _search_texts(self, flt: ClientFilter) -> dict[int, str]:
        if self._texts is None and flt.text.strip():
            # The start-up snapshot was read off the GUI thread, maybe before the latest
            # writes: the clients written since are read again, the rest is kept.
            texts = self._texts_source()
            if len(self._written) > _MAX_REREAD:
                texts = load_search_texts()
            else:
                _reread_texts(texts, sorted(self._written))
            self._written.clear()
            self._texts = texts
        return self._texts or {}

    def apply_filter(self) -> None:
        """Show the matching rows; the picked client stays picked, or comes back when shown."""
        current = self.current_id()
        if current is not None:
            self._wanted = current
        flt = self.current_filter()
        shown = filter_clients(self._all, flt, self._search_texts(flt))
        self.model.set_rows(shown)
        self._show_count(len(shown), flt)
        if self._wanted is not None and self.select(self._wanted):
            return
        if current is not None:
            self.selection_changed.emit(None)

    def _show_count(self, shown: int, flt: ClientFilter) -> None:
        total = sum(1 for row in self._all if flt.include_archived or not row.archived)
        if shown == 0 and total:
            hint = self.tr("No client matches these filters.")
        elif not total:
            hint = self.tr("No clients yet.")
        else:
            hint = ""
        self.table.set_empty_hint(hint)
        self.count.setText(self.tr("{0} of {1} clients").format(shown, total))

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> bool:
        """Select the row at *row*, or the last one when the list got shorter."""
        count = self.model.rowCount()
        if count == 0:
            return False
        index = self.model.index(min(max(row, 0), count - 1), 0)
        self.table.setCurrentIndex(index)  # selects the whole row, with one selection signal
        self.table.scrollTo(index)
        return True

    def _on_filter_box_down(self) -> None:
        if self.current_id() is None:
            self.select_row(0)
        self.table.setFocus()

    def _on_selection_changed(self) -> None:
        current = self.current_id()
        if current is not None:
            self._wanted = current
        self.selection_changed.emit(current)
