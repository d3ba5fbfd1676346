"""A deal card on the board: client, title, value, close date, next step and warning badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ae_desktop.domain.text import title_without_client
from ae_desktop.services.deals import DealRow
from ae_desktop.ui.focus_ring import paint_focus_ring
from ae_desktop.ui.labels import date_text, money_text
from ae_desktop.ui.theme import Colours, colours

ROW_ROLE = 0x0101  # Qt.UserRole + 1: the DealRow behind a card
CARD_HEIGHT = 96
MARGIN = 4
PAD = 8

_Index = QModelIndex | QPersistentModelIndex


def card_badges(row: DealRow, scheme: Colours | None = None) -> list[tuple[str, QColor]]:
    """The card's warnings with their colours in *scheme* (the application's by default)."""
    from PySide6.QtCore import QCoreApplication

    scheme = scheme or colours()

    badges = []
    if row.rotting:
        badges.append((QCoreApplication.translate("cards", "rotting"), scheme.rotting))
    if row.no_next_step:
        badges.append((QCoreApplication.translate("cards", "no next step"), scheme.no_next_step))
    if row.close_overdue:
        badges.append(
            (QCoreApplication.translate("cards", "overdue close date"), scheme.close_overdue)
        )
    return badges


def card_title(row: DealRow) -> str:
    """The title without a leading "<client> – ": the card shows the client on its own line."""
    return title_without_client(row.title, row.client_name)


class CardDelegate(QStyledItemDelegate):
    """Paints every text as plain text; the card is a rounded box with a left accent."""

    def tr_no_date(self) -> str:
        return self.tr("no close date")

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row: DealRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        box = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        )
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        scheme = colours(palette)
        accent = scheme.rotting if row.rotting else palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(QRectF(box.left(), box.top() + 6, 3, box.height() - 12), accent)
        inner = box.toRect().adjusted(PAD + 2, PAD - 2, -PAD, -PAD + 2)
        self._paint_text(painter, option, row, inner)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard's card
            paint_focus_ring(painter, box, palette)
        painter.restore()

    def _paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, row: DealRow, rect: QRect
    ) -> None:
        palette = option.palette
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        value = money_text(row.value_minor, row.currency)
        value_width = bold_metrics.horizontalAdvance(value)
        painter.setFont(bold)
        painter.setPen(text)
        title_width = rect.width() - value_width - 8
        title = card_title(row)
        painter.drawText(
            QRect(rect.left(), rect.top(), title_width, line),
            int(Qt.AlignmentFlag.AlignLeft),
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_width),
        )
        painter.drawText(
            QRect(rect.right() - value_width, rect.top(), value_width, line),
            int(Qt.AlignmentFlag.AlignRight),
            value,
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        # The close date keeps its place on the right; the client name gives way.
        close = date_text(row.expected_close) if row.expected_close else self.tr_no_date()
        close_width = metrics.horizontalAdvance(close)
        client_width = rect.width() - close_width - 8
        painter.drawText(
            QRect(rect.left(), rect.top() + line, client_width, line),
            int(Qt.AlignmentFlag.AlignLeft),
            metrics.elidedText(row.client_name, Qt.TextElideMode.ElideRight, client_width),
        )
        if row.close_overdue:
            painter.setPen(colours(palette).close_overdue)
        painter.drawText(
            QRect(rect.right() - close_width, rect.top() + line, close_width, line),
            int(Qt.AlignmentFlag.AlignRight),
            close,
        )
        painter.setPen(text)
        step = row.next_step or "—"
        painter.drawText(
            QRect(rect.left(), rect.top() + 2 * line, rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft),
            metrics.elidedText(f"→ {step}", Qt.TextElideMode.ElideRight, rect.width()),
        )
        self._paint_badges(painter, option, row, rect.left(), rect.top() + 3 * line + 2)

    def _paint_badges(
        self, painter: QPainter, option: QStyleOptionViewItem, row: DealRow, left: int, top: int
    ) -> None:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        metrics = QFontMetrics(small)
        painter.setFont(small)
        x = left
        scheme = colours(option.palette)
        for label, colour in card_badges(row, scheme):
            width = metrics.horizontalAdvance(label) + 10
            badge = QRectF(x, top, width, metrics.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(scheme.badge_text)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
            x += width + 4
