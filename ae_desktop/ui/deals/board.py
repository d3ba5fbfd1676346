"""The pipeline board: a column per open stage, Won and Lost drop zones, cards dragged between."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import StageOutcome
from ae_desktop.services.deals import DealRow
from ae_desktop.services.settings import currency
from ae_desktop.services.stages import StageRow
from ae_desktop.ui.card_list import CardList
from ae_desktop.ui.deals.board_model import StageDealsModel, decode_deal
from ae_desktop.ui.deals.cards import ROW_ROLE, CardDelegate
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import deals_text, money_text
from ae_desktop.ui.theme import colours

COLUMN_MIN_WIDTH = 220
COLUMN_MAX_WIDTH = 340


class BoardList(CardList):
    """A column's cards: drag them out, drop other columns' cards in."""

    deal_dropped = Signal(int)
    deal_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CardDelegate(), decode_deal, ROW_ROLE, parent)
        self.item_dropped.connect(self.deal_dropped)
        self.item_activated.connect(self.deal_activated)


class StageColumn(QFrame):
    """One open stage: its name, count, total and weighted total, and its cards."""

    def __init__(self, stage: StageRow, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.currency = currency
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.title = plain_label(stage.name)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.figures = muted_label()
        self.model = StageDealsModel(self)
        self.list = BoardList()
        self.list.setModel(self.model)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(stage.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.list, 1)
        self.model.rowsInserted.connect(self.update_figures)
        self.model.rowsRemoved.connect(self.update_figures)
        self.model.modelReset.connect(self.update_figures)

    def update_figures(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.figures.setText(self.tr("No deals\n"))
            return
        counted = [row for row in rows if row.currency == self.currency]
        total = sum(row.value_minor for row in counted)
        weighted = sum(row.weighted_minor for row in counted)
        text = self.tr("{0} · {1}\nweighted {2}").format(
            deals_text(len(rows)),
            money_text(total, self.currency),
            money_text(weighted, self.currency),
        )
        others = len(rows) - len(counted)
        if others:  # amounts in other currencies are not added up with these
            text += self.tr(" · {0} in other currencies").format(others)
        self.figures.setText(text)


class DropZone(QFrame):
    """Won or Lost: not a column of cards, a place to drop a card to close the deal."""

    deal_dropped = Signal(int)

    def __init__(self, stage: StageRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setAcceptDrops(True)
        self.setFixedWidth(140)
        won = stage.outcome == StageOutcome.WON
        self.won = won
        self.setObjectName("wonZone" if won else "lostZone")
        title = plain_label(stage.name)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = muted_label(
            self.tr("Drop a deal here to mark it won")
            if won
            else self.tr("Drop a deal here to mark it lost")
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addStretch(2)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """A dashed border in the outcome's colour, read now: it follows light and dark."""
        scheme = colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(scheme.stage_won if self.won else scheme.stage_lost, 2, Qt.PenStyle.DashLine)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if decode_deal(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        deal_id = decode_deal(event.mimeData())
        if deal_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.deal_dropped.emit(deal_id)


class BoardView(QWidget):
    """All open deals by stage. Moves update two columns, never the whole board."""

    deal_dropped = Signal(int, int)  # deal id, stage id
    deal_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: dict[int, StageColumn] = {}
        self.zones: dict[int, DropZone] = {}
        self._row_layout = QHBoxLayout()
        self._row_layout.setSpacing(10)
        holder = QWidget()
        holder.setLayout(self._row_layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # The keyboard's drag: the selected card one stage on (past the last: Won) or back.
        self.previous_action = QAction(self.tr("Move deal to the previous stage"), self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+Left"))
        self.previous_action.triggered.connect(lambda: self.move_selected(-1))
        self.next_action = QAction(self.tr("Move deal to the next stage"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+Right"))
        self.next_action.triggered.connect(lambda: self.move_selected(1))
        for action in (self.previous_action, self.next_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def selected_deal(self) -> tuple[int, int] | None:
        """(deal id, stage id) of the card selected in the focused column (else in any)."""
        columns = sorted(self.columns.items(), key=lambda item: not item[1].list.hasFocus())
        for stage_id, column in columns:
            index = column.list.currentIndex()
            if index.isValid() and column.list.selectionModel().isSelected(index):
                row: DealRow | None = index.data(ROW_ROLE)
                if row is not None:
                    return row.id, stage_id
        return None

    def move_selected(self, step: int) -> None:
        """Move the selected card *step* stages on (1) or back (-1), as a drop would."""
        chosen = self.selected_deal()
        if chosen is None:
            return
        deal_id, stage_id = chosen
        won = [i for i, zone in self.zones.items() if zone.won]
        order = [*self.columns, *won]
        at = order.index(stage_id) + step
        if 0 <= at < len(order):
            self.deal_dropped.emit(deal_id, order[at])

    def set_stages(self, stages: list[StageRow]) -> None:
        while self._row_layout.count():
            item = self._row_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.columns.clear()
        self.zones.clear()
        for stage in stages:
            if stage.outcome == StageOutcome.OPEN:
                column = StageColumn(stage, currency())
                column.list.deal_dropped.connect(
                    lambda deal_id, stage_id=stage.id: self.deal_dropped.emit(deal_id, stage_id)
                )
                column.list.deal_activated.connect(self.deal_activated)
                self.columns[stage.id] = column
                self._row_layout.addWidget(column, 1)
        for stage in stages:
            if stage.outcome != StageOutcome.OPEN:
                zone = DropZone(stage)
                zone.deal_dropped.connect(
                    lambda deal_id, stage_id=stage.id: self.deal_dropped.emit(deal_id, stage_id)
                )
                self.zones[stage.id] = zone
                self._row_layout.addWidget(zone)

    def set_rows(self, rows: list[DealRow]) -> None:
        by_stage: dict[int, list[DealRow]] = {stage_id: [] for stage_id in self.columns}
        for row in rows:
            if row.outcome == StageOutcome.OPEN and row.stage_id in by_stage:
                by_stage[row.stage_id].append(row)
        for stage_id, column in self.columns.items():
            column.model.set_rows(by_stage[stage_id])

    def show_row(self, deal_id: int, row: DealRow | None, select: bool = True) -> None:
        """Take the card of *deal_id* off the board and put *row* (its new state) in place;
        selected if *select* or if it was (a card read again stays the keyboard's card)."""
        focused = any(column.list.hasFocus() for column in self.columns.values())
        chosen = self.selected_deal()
        was_selected = chosen is not None and chosen[0] == deal_id
        for column in self.columns.values():
            if column.model.take(deal_id) is not None:
                break
        if row is not None and row.outcome == StageOutcome.OPEN and row.stage_id in self.columns:
            column = self.columns[row.stage_id]
            at = column.model.put(row)
            if select or was_selected:
                column.list.selectionModel().setCurrentIndex(
                    column.model.index(at, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )  # selected even while Ctrl is held (the keyboard's move)
                if focused:  # the keyboard follows the card it moved
                    column.list.setFocus()

    def focus_first(self) -> None:
        for column in self.columns.values():
            if column.model.rowCount():
                column.list.setFocus()
                if not column.list.currentIndex().isValid():
                    column.list.setCurrentIndex(column.model.index(0, 0))
                return

    def card_count(self) -> int:
        return sum(column.model.rowCount() for column in self.columns.values())
