"""A list of cards that can be dragged to another list of the same kind (board, matrix)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QWidget

from ae_desktop.ui.views import HintListView


class CardList(HintListView):
    """Cards are dragged out as a record id; another list's card dropped here is announced
    with ``item_dropped(id)`` (the owner saves the change, then moves the card itself).
    Double-click or Enter announces ``item_activated(id)``.

    The model must offer ``row_of(id)`` (so a card dropped back on its own list is ignored)
    and the record under *record_role*, with an ``id``.
    """

    item_dropped = Signal(int)
    item_activated = Signal(int)

    def __init__(
        self,
        delegate: QStyledItemDelegate,
        decode: Callable[[QMimeData], int | None],
        record_role: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._decode = decode
        self._record_role = record_role
        delegate.setParent(self)  # the view does not own its delegate: keep it alive with us
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.doubleClicked.connect(self._on_double_clicked)

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> int | None:
        record_id = self._decode(event.mimeData())
        own: Any = self.model()
        if record_id is None or (own is not None and own.row_of(record_id) >= 0):
            return None  # not one of ours, or dropped back on its own list
        return record_id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event) is not None or event.source() is self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._accepts(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        record_id = self._accepts(event)
        if record_id is None:
            event.ignore()
            return
        # Copy, not move: the owner moves the card itself once the change is saved.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.item_dropped.emit(record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_double_clicked(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        record = index.data(self._record_role)
        if record is not None:
            self.item_activated.emit(record.id)
