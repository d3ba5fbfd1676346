"""The interaction timeline: a list model over InteractionRow and a card-like delegate."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services.interactions import InteractionRow, timeline
from ae_desktop.ui.clients.commands import DeleteInteractionCommand, EditInteractionCommand
from ae_desktop.ui.labels import date_text, kind_label
from ae_desktop.ui.messages import plain_tooltip
from ae_desktop.ui.views import HintListView

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 8


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InteractionRow] = []

    def set_rows(self, rows: list[InteractionRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def headline(self, row: InteractionRow) -> str:
        parts = [kind_label(row.kind), date_text(row.occurred_at)]
        if row.contact_name:
            parts.append(row.contact_name)
        if row.deal_title:
            parts.append(self.tr("deal: {0}").format(row.deal_title))
        return "  ·  ".join(parts)

    def footer(self, row: InteractionRow) -> str:
        parts = []
        if row.outcome:
            parts.append(self.tr("Outcome: {0}").format(row.outcome))
        if row.follow_up_on:
            parts.append(self.tr("Follow-up {0}").format(date_text(row.follow_up_on)))
        if row.csat:
            parts.append(self.tr("CSAT {0}/5").format(row.csat))
        return "  ·  ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.headline(row)}\n{row.summary}\n{self.footer(row)}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.summary)
        return None


class TimelineDelegate(QStyledItemDelegate):
    """Draws headline (bold), summary (up to two lines) and outcome line, all as plain text."""

    def _lines(self, index: _Index) -> tuple[str, str, str]:
        model = index.model()
        row: InteractionRow = index.data(ROW_ROLE)
        return model.headline(row), row.summary, model.footer(row)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        _, summary, footer = self._lines(index)
        width = max(100, option.rect.width() - 2 * PAD)
        summary_rect = metrics.boundingRect(
            QRect(0, 0, width, metrics.lineSpacing() * 2), Qt.TextFlag.TextWordWrap, summary
        )
        height = (
            PAD * 2 + metrics.lineSpacing() + min(summary_rect.height(), 2 * metrics.lineSpacing())
        )
        if footer:
            height += metrics.lineSpacing() + 2
        return QSize(width, height + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        headline, summary, footer = self._lines(index)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.highlight())
        elif index.row() % 2:
            painter.fillRect(option.rect, palette.alternateBase())
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        line = metrics.lineSpacing()
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(headline, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        summary_rect = QRect(rect.left(), rect.top() + line, rect.width(), 2 * line)
        painter.drawText(summary_rect, Qt.TextFlag.TextWordWrap, summary)
        if footer:
            used = metrics.boundingRect(summary_rect, Qt.TextFlag.TextWordWrap, summary).height()
            top = rect.top() + line + min(used, 2 * line) + 2
            muted = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(palette.color(muted))
            painter.drawText(
                QRect(rect.left(), top, rect.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(footer, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class TimelineView(HintListView):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.timeline_model = TimelineModel(self)
        self.setModel(self.timeline_model)
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Interaction timeline"))
        self.set_empty_hint(
            self.tr("No interactions yet. Log a call, meeting or e-mail with Ctrl+L.")
        )


class TimelinePanel(QWidget):
    """The timeline with Edit and Delete (undoable) for interactions logged wrongly."""

    interactions_changed = Signal(int)
    status_message = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.client_id: int | None = None
        self.view = TimelineView()
        self.model = self.view.timeline_model
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.edit_button.setToolTip(self.tr("Correct the selected interaction (double-click)"))
        self.delete_button.setToolTip(self.tr("Delete the selected interaction (Delete)"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.view.doubleClicked.connect(self._on_edit_clicked)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.setWhatsThis(self.tr("Delete the selected interaction"))
        delete.activated.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.model.set_rows(timeline(client_id) if client_id else [])

    def selected(self) -> InteractionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.show_client(client_id)
        self.interactions_changed.emit(client_id)

    def _on_edit_clicked(self) -> None:
        from ae_desktop.ui.clients.log_dialog import LogInteractionDialog

        row = self.selected()
        if row is None or self.client_id is None:
            return
        dialog = LogInteractionDialog(self.client_id, datetime.now(), self, editing=row.id)
        if dialog.exec() and dialog.before is not None:
            after = dialog.value()
            self.undo_stack.push(
                EditInteractionCommand(row.id, dialog.before, after, self._changed)
            )
            self._changed(self.client_id)

    def _on_delete_clicked(self) -> None:
        row = self.selected()
        if row is not None and self.client_id is not None:
            self.undo_stack.push(DeleteInteractionCommand(row.id, self.client_id, self._changed))
            self.status_message.emit(self.tr("Interaction deleted. Press Ctrl+Z to undo."))
