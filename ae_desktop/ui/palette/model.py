"""The palette's result list: one row per command or item, painted as kind, title and detail."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.domain.text import title_without_client
from ae_desktop.services.search import ItemKind, SearchHit, highlights
from ae_desktop.ui.labels import date_text, kind_label, money_text

_Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COMMAND = "command"


@dataclass(frozen=True)
class PaletteEntry:
    """A command (its QAction) or an item found; *words* are what the title is bold for."""

    kind: str  # COMMAND or an ItemKind value
    title: str
    detail: str = ""
    keys: str = ""  # a command's shortcut, as the menus show it
    hit: SearchHit | None = None
    action: QAction | None = None
    words: tuple[str, ...] = field(default=())


def kind_text(kind: str) -> str:
    """The label in front of each row: what the row is."""
    labels = {
        COMMAND: QCoreApplication.translate("palette", "Command"),
        ItemKind.CLIENT.value: QCoreApplication.translate("palette", "Client"),
        ItemKind.CONTACT.value: QCoreApplication.translate("palette", "Contact"),
        ItemKind.DEAL.value: QCoreApplication.translate("palette", "Deal"),
        ItemKind.TASK.value: QCoreApplication.translate("palette", "Task"),
        ItemKind.INTERACTION.value: QCoreApplication.translate("palette", "Interaction"),
    }
    return labels.get(kind, kind)


def hit_detail(hit: SearchHit) -> str:
    """The second line of an item: where it belongs and what tells it apart."""
    parts: list[str] = []
    if hit.kind is ItemKind.CLIENT:
        parts = [hit.extra]
    elif hit.kind is ItemKind.CONTACT:
        parts = [hit.client_name, hit.extra]
    elif hit.kind is ItemKind.DEAL:
        value = money_text(hit.value_minor, hit.currency) if hit.value_minor is not None else ""
        parts = [hit.client_name, hit.extra, value, date_text(hit.when)]
    elif hit.kind is ItemKind.TASK:
        due = (
            QCoreApplication.translate("palette", "due {0}").format(date_text(hit.when))
            if hit.when
            else ""
        )
        parts = [hit.client_name, due]
        if hit.extra:
            parts.append(QCoreApplication.translate("palette", "waiting for {0}").format(hit.extra))
    elif hit.kind is ItemKind.INTERACTION:
        try:
            kind = kind_label(InteractionKind(hit.extra))
        except ValueError:
            kind = hit.extra
        parts = [hit.client_name, kind, date_text(hit.when)]
    if hit.archived:
        parts.append(QCoreApplication.translate("palette", "archived"))
    return " · ".join(part for part in parts if part)


def hit_entry(hit: SearchHit, words: tuple[str, ...] = ()) -> PaletteEntry:
    title = hit.title
    if hit.kind is ItemKind.DEAL:  # the client is on the line beneath
        title = title_without_client(title, hit.client_name)
    return PaletteEntry(hit.kind.value, title, hit_detail(hit), hit=hit, words=words)


class PaletteModel(QAbstractListModel):
    """The rows shown; replaced whole on each keystroke (50 at most)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[PaletteEntry] = []

    def set_entries(self, entries: list[PaletteEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [kind_text(entry.kind), entry.title, entry.detail, entry.keys]
            return ", ".join(part for part in parts if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.title if len(entry.title) > 60 else None
        if role == ENTRY_ROLE:
            return entry
        return None


def title_html(title: str, words: tuple[str, ...]) -> str:
    """The title as rich text: escaped (user text is plain text), the matched parts bold."""
    out, at = [], 0
    for start, end in highlights(title, words):
        out.append(html.escape(title[at:start]))
        out.append(f"<b>{html.escape(title[start:end])}</b>")
        at = end
    out.append(html.escape(title[at:]))
    return "".join(out)


class PaletteDelegate(QStyledItemDelegate):
    """Kind label in a column, the title with its match in bold, the detail muted beneath;
    a command's shortcut on the right."""

    PAD = 6
    KIND_WIDTH = 96

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + self.PAD * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry = index.data(ENTRY_ROLE)
        if not isinstance(entry, PaletteEntry):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = palette.color(text_role)
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        font = QFont(opt.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        painter.save()
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(muted)
        kind_rect = rect.adjusted(0, 0, 0, 0)
        kind_rect.setWidth(self.KIND_WIDTH - self.PAD)
        kind_rect.setHeight(line)  # level with the title
        painter.drawText(
            kind_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(small).elidedText(
                kind_text(entry.kind), Qt.TextElideMode.ElideRight, kind_rect.width()
            ),
        )
        left = rect.left() + self.KIND_WIDTH
        right = rect.right()
        if entry.keys:
            painter.setFont(font)
            painter.setPen(muted)
            width = metrics.horizontalAdvance(entry.keys)
            painter.drawText(
                right - width,
                rect.top(),
                width + 1,
                line,
                int(Qt.AlignmentFlag.AlignRight),
                entry.keys,
            )
            right -= width + self.PAD * 2
        # The title: rich text for the bold match, elided to one line first.
        title = metrics.elidedText(entry.title, Qt.TextElideMode.ElideRight, right - left)
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        colour = text.name()
        doc.setHtml(f'<span style="color:{colour}">{title_html(title, entry.words)}</span>')
        painter.translate(left, rect.top())
        doc.drawContents(painter, QRectF(0, 0, right - left, line + 2))
        painter.translate(-left, -rect.top())
        if entry.detail:
            painter.setFont(small)
            painter.setPen(muted)
            detail = QFontMetrics(small).elidedText(
                entry.detail, Qt.TextElideMode.ElideRight, rect.right() - left
            )
            painter.drawText(
                left, rect.top() + line + 2, rect.right() - left, line,
                int(Qt.AlignmentFlag.AlignLeft), detail,
            )  # fmt: skip
        painter.restore()
