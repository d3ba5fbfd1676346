"""Task cards: a card painted (title, client, due date, estimate, why it sits there), a
quadrant's list of cards that takes drops, and the quadrant's panel around it."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.priority import Quadrant
from ae_desktop.services.task_rows import TaskRow
from ae_desktop.ui.agenda.matrix_model import (
    OVERDUE_ROLE,
    PAGE,
    TASK_ROLE,
    QuadrantModel,
    estimate_text,
    reasons_text,
)
from ae_desktop.ui.agenda.task_mime import decode_task
from ae_desktop.ui.card_list import CardList
from ae_desktop.ui.focus_ring import paint_focus_ring
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import date_text
from ae_desktop.ui.theme import SPACING, colours

CARD_HEIGHT = 72
MARGIN = 3
PAD = 8

_Index = QModelIndex | QPersistentModelIndex


def accent(quadrant: Quadrant, palette: QPalette) -> QColor:
    """The quadrant's stripe colour in *palette*'s scheme, read at paint time."""
    return colours(palette).quadrants[quadrant]


class TaskCardDelegate(QStyledItemDelegate):
    """Paints every text as plain text; the card is a rounded box with the quadrant's accent."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row: TaskRow | None = index.data(TASK_ROLE)
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
        fill = palette.color(QPalette.ColorRole.Base)
        if selected:  # a tint of the highlight, so the text keeps its colours
            tint = palette.color(QPalette.ColorRole.Highlight)
            tint.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRoundedRect(box, 6, 6)
            fill = tint
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 6, 6)
        painter.fillRect(
            QRectF(box.left(), box.top() + 6, 3, box.height() - 12),
            accent(row.quadrant, palette),
        )
        inner = box.toRect().adjusted(PAD + 2, PAD - 3, -PAD, -PAD + 3)
        self._paint_text(painter, option, row, bool(index.data(OVERDUE_ROLE)), inner)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard's card
            paint_focus_ring(painter, box, palette)
        painter.restore()

    def _paint_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        row: TaskRow,
        overdue: bool,
        rect: QRect,
    ) -> None:
        palette = option.palette
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing() + 2
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Title, with the estimate kept on the right.
        estimate = estimate_text(row.estimate_minutes)
        estimate_width = metrics.horizontalAdvance(estimate)
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - estimate_width, rect.top(), estimate_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            estimate,
        )
        painter.setFont(bold)
        painter.setPen(text)
        title_width = rect.width() - estimate_width - 10
        painter.drawText(
            QRect(rect.left(), rect.top(), title_width, line),
            left,
            bold_metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, title_width),
        )
        # Client · due date (red when overdue) · waiting for someone.
        painter.setFont(option.font)
        parts: list[tuple[str, QColor]] = []
        if row.client_name:
            parts.append((row.client_name, text))
        if row.due_on is not None:
            parts.append(
                (
                    QCoreApplication.translate("task_cards", "due {0}").format(
                        date_text(row.due_on)
                    ),
                    colours(palette).overdue if overdue else muted,
                )
            )
        if row.waiting_for:
            parts.append(
                (
                    QCoreApplication.translate("task_cards", "waiting for {0}").format(
                        row.delegated_to
                    ),
                    muted,
                )
            )
        if not parts:
            parts.append(
                (QCoreApplication.translate("task_cards", "No client, no due date"), muted)
            )
        x, top, right = rect.left(), rect.top() + line, rect.right()
        separator = " · "
        for i, (part, colour) in enumerate(parts):
            if i:
                painter.setPen(muted)
                painter.drawText(QRect(x, top, right - x, line), left, separator)
                x += metrics.horizontalAdvance(separator)
            if x >= right:
                break
            shown = metrics.elidedText(part, Qt.TextElideMode.ElideRight, right - x)
            painter.setPen(colour)
            painter.drawText(QRect(x, top, right - x, line), left, shown)
            x += metrics.horizontalAdvance(shown)
        # The reasons, small and muted.
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.left(), rect.top() + 2 * line, rect.width(), line),
            left,
            small_metrics.elidedText(reasons_text(row), Qt.TextElideMode.ElideRight, rect.width()),
        )


class QuadrantList(CardList):
    """A quadrant's cards: drag them out, drop other quadrants' cards in."""

    task_dropped = Signal(int)
    task_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TaskCardDelegate(), decode_task, TASK_ROLE, parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.item_dropped.connect(self.task_dropped)
        self.item_activated.connect(self.task_activated)

    def current_task(self) -> TaskRow | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        row: TaskRow | None = index.data(TASK_ROLE)
        return row


class QuadrantPanel(QFrame):
    """One quadrant: its name and count, what it means, its cards and "Show all"."""

    def __init__(self, quadrant: Quadrant, title: str, meaning: str, hint: str) -> None:
        super().__init__()
        self.quadrant = quadrant
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label(title)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.count = muted_label()
        self.meaning = muted_label(meaning)
        self.meaning.setWordWrap(True)  # a longer language: two lines, not a wider matrix
        self.meaning.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model = QuadrantModel(self)
        self.list = QuadrantList()
        self.list.setModel(self.model)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setAccessibleName(title)
        self.list.set_empty_hint(hint)
        self.show_all = QPushButton()
        self.show_all.setFlat(True)
        self.show_all.clicked.connect(self._on_show_all_clicked)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        head.addWidget(self.meaning)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING["s"], SPACING["s"], SPACING["s"], SPACING["xs"])
        layout.setSpacing(SPACING["xs"])
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignRight)

    def update_count(self) -> None:
        total, hidden = self.model.total(), self.model.hidden()
        self.count.setText(str(total))
        if hidden:
            self.show_all.setText(self.tr("Show all ({0})").format(total))
        elif self.model.expanded and total > PAGE:
            self.show_all.setText(self.tr("Show the first {0}").format(PAGE))
        self.show_all.setVisible(bool(hidden) or (self.model.expanded and total > PAGE))

    def _on_show_all_clicked(self) -> None:
        self.model.set_expanded(not self.model.expanded)
        self.update_count()
