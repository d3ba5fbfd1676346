"""The time-blocked day: blocks painted on an hour grid, moved, resized and drawn with the mouse."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QCursor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import PlannerSettings, ProposedBlock, Span, hhmm
from ae_desktop.services.time_blocks import BlockRow, overlapping
from ae_desktop.ui.agenda.task_mime import decode_task
from ae_desktop.ui.agenda.timeline_layout import DRAG_PX, EDGE_PX, Drag, lanes, shown_range, snap
from ae_desktop.ui.agenda.timeline_paint import (
    GUTTER,
    Look,
    Scale,
    block_kind_label,
    paint_block,
    paint_drop_mark,
    paint_grid,
    paint_now,
)
from ae_desktop.ui.focus_ring import paint_focus_ring
from ae_desktop.ui.messages import plain_tooltip


class DayTimeline(QWidget):
    """One day from an hour before the workday to an hour after, in a fixed height."""

    block_moved = Signal(int, int, int)  # id, new start, new end (moved or resized)
    block_drawn = Signal(int, int)  # start, end of a span drawn on empty time
    time_activated = Signal(int)  # double-click on empty time: a block of the default length
    block_activated = Signal(int)  # double-click or Enter: edit it
    delete_requested = Signal(int)
    done_toggled = Signal(int)
    task_dropped = Signal(int, int)  # task id, start minute

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, BlockRow] = {}
        self.ghosts: list[ProposedBlock] = []
        self.overlaps: set[int] = set()
        self.selected: int | None = None
        self.is_today = False
        self.settings = PlannerSettings()
        self.scale = Scale(8 * 60, 19 * 60)
        self._lanes: dict[int, tuple[int, int]] = {}
        self._drag: Drag | None = None
        self._drop_minute: int | None = None
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)
        self.setAccessibleName(self.tr("Time blocks of the day"))
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.update)
        self._clock.start()

    # -- data ------------------------------------------------------------------------------

    def set_day(
        self, rows: list[BlockRow], settings: PlannerSettings, *, is_today: bool = False
    ) -> None:
        self.settings = settings
        self.is_today = is_today
        self.rows = {row.id: row for row in rows}
        self.ghosts = []
        self.selected = None
        self._drag = None
        self._relayout()

    def put_block(self, block_id: int, row: BlockRow | None) -> None:
        """One block changed (None: gone from this day); nothing else is read again."""
        if row is None:
            self.rows.pop(block_id, None)
            if self.selected == block_id:
                self.selected = None
        else:
            self.rows[block_id] = row
        self._relayout()

    def set_ghosts(self, ghosts: Iterable[ProposedBlock]) -> None:
        self.ghosts = list(ghosts)
        self._relayout()

    def _relayout(self) -> None:
        self.overlaps = overlapping(self.rows.values())
        self._lanes = lanes(self.rows.values())
        spans = [Span(r.start, r.end) for r in self.rows.values()]
        spans += [Span(g.start, g.end) for g in self.ghosts]
        first, last = shown_range(self.settings.workday, spans)
        self.scale = Scale(first, last)
        self.setFixedHeight(self.scale.height)
        self._describe()
        self.update()

    def block_text(self, block_id: int) -> str:
        """A block as a screen reader says it: "09:00–10:00 Prospecting, Focus, done"."""
        row = self.rows[block_id]
        parts = [f"{row.label} {row.title}", block_kind_label(row.kind)]
        if row.done:
            parts.append(self.tr("done"))
        return ", ".join(parts)

    def _describe(self) -> None:
        """The painted blocks as words: the day's blocks in order as the description, the
        chosen one (Up/Down) in the name, which a screen reader says when it changes."""
        order = sorted(self.rows, key=lambda b: (self.rows[b].start, self.rows[b].end, b))
        self.setAccessibleDescription("; ".join(self.block_text(b) for b in order))
        name = self.tr("Time blocks of the day")
        if self.selected in self.rows:
            name = self.tr("Time blocks of the day: {0}").format(self.block_text(self.selected))
        if self.accessibleName() != name:
            self.setAccessibleName(name)

    # -- geometry --------------------------------------------------------------------------

    def block_rect(self, block_id: int, span: Span | None = None) -> QRectF:
        row = self.rows[block_id]
        span = span or Span(row.start, row.end)
        lane, count = self._lanes.get(block_id, (0, 1))
        width = (self.width() - GUTTER - 8) / count
        top, bottom = self.scale.y_of(span.start), self.scale.y_of(span.end)
        return QRectF(GUTTER + 4 + lane * width, top, width, bottom - top)

    def block_at(self, pos: QPointF) -> int | None:
        for block_id in sorted(self.rows, key=lambda b: self.rows[b].start, reverse=True):
            if self.block_rect(block_id).contains(pos):
                return block_id
        return None

    def minute_at(self, y: float) -> int:
        return snap(self.scale.minute_at(y))

    def point_of(self, minute: int, x_fraction: float = 0.5) -> QPoint:
        """A point on the timeline at *minute* (for tests and the keyboard)."""
        x = GUTTER + 4 + (self.width() - GUTTER - 8) * x_fraction
        return QPoint(int(x), int(self.scale.y_of(minute)))

    # -- painting --------------------------------------------------------------------------

    def _full_rect(self, start: int, end: int) -> QRectF:
        top = self.scale.y_of(start)
        return QRectF(GUTTER + 4, top, self.width() - GUTTER - 8, self.scale.y_of(end) - top)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette, font, width = self.palette(), self.font(), self.width()
        paint_grid(painter, self.scale, width, palette, self.settings.workday, self.settings.lunch)
        for ghost in self.ghosts:
            times = f"{hhmm(ghost.start)}–{hhmm(ghost.end)} · {block_kind_label(ghost.kind)}"
            look = Look(ghost.title, times, ghost.kind, ghost=True)
            paint_block(painter, self._full_rect(ghost.start, ghost.end), look, palette, font)
        drag = self._drag
        for block_id, row in sorted(self.rows.items(), key=lambda item: item[1].start):
            span = None
            if drag is not None and drag.block_id == block_id and drag.moved:
                span = Span(drag.start, drag.end)
                row = replace(row, start=drag.start, end=drag.end)
            look = Look(
                row.title,
                f"{row.label} · {block_kind_label(row.kind)}",
                row.kind,
                fixed=row.fixed,
                done=row.done,
                overlaps=block_id in self.overlaps,
                selected=block_id == self.selected,
            )
            paint_block(painter, self.block_rect(block_id, span), look, palette, font)
            if block_id == self.selected and self.hasFocus():  # the keyboard's block
                paint_focus_ring(painter, self.block_rect(block_id, span), palette, 5)
        if self.hasFocus() and self.selected not in self.rows:  # the focus is on the day
            paint_focus_ring(painter, QRectF(self.rect()), palette, 2)
        if drag is not None and drag.mode == "draw" and drag.moved:
            times = f"{hhmm(drag.start)}–{hhmm(drag.end)}"
            look = Look(self.tr("New block"), times, BlockKind.FOCUS, ghost=True)
            paint_block(painter, self._full_rect(drag.start, drag.end), look, palette, font)
        if self._drop_minute is not None:
            paint_drop_mark(painter, self.scale.y_of(self._drop_minute), width, palette)
        if self.is_today:
            now = QTime.currentTime()
            minute = now.hour() * 60 + now.minute()
            if self.scale.first <= minute <= self.scale.last:
                paint_now(painter, self.scale.y_of(minute), width, palette)
        painter.end()

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus()
        pos = event.position()
        block_id = self.block_at(pos)
        minute = self.scale.minute_at(pos.y())
        if block_id is not None:
            row = self.rows[block_id]
            self._select(block_id)
            near_edge = self.block_rect(block_id).bottom() - pos.y() <= EDGE_PX
            mode = "resize" if near_edge else "move"
            self._drag = Drag(mode, block_id, pos.y(), minute, row.start, row.end)
        elif pos.x() > GUTTER:
            self._select(None)
            self._drag = Drag("draw", None, pos.y(), minute, snap(minute), snap(minute))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        drag = self._drag
        if drag is None:
            self._hover_cursor(pos)
        elif drag.moved or abs(pos.y() - drag.press_y) >= DRAG_PX:
            row = self.rows.get(drag.block_id) if drag.block_id is not None else None
            drag.follow(row, self.scale.minute_at(pos.y()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.update()
        if not drag.moved:
            return
        if drag.block_id is None:
            self.block_drawn.emit(drag.start, drag.end)
            return
        row = self.rows.get(drag.block_id)
        if row is not None and (row.start, row.end) != (drag.start, drag.end):
            self.block_moved.emit(drag.block_id, drag.start, drag.end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        block_id = self.block_at(event.position())
        self._drag = None
        if block_id is not None:
            self.block_activated.emit(block_id)
        elif event.position().x() > GUTTER:
            self.time_activated.emit(snap(self.scale.minute_at(event.position().y())))

    def _hover_cursor(self, pos: QPointF) -> None:
        block_id = self.block_at(pos)
        if block_id is None:
            self.unsetCursor()
            self.setToolTip("")
            return
        near_edge = self.block_rect(block_id).bottom() - pos.y() <= EDGE_PX
        shape = Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.OpenHandCursor
        self.setCursor(QCursor(shape))
        row = self.rows[block_id]
        self.setToolTip(plain_tooltip(f"{row.title}\n{row.label} · {block_kind_label(row.kind)}"))

    def _select(self, block_id: int | None) -> None:
        self.selected = block_id
        self._describe()
        self.update()

    # -- keyboard and menu -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        chosen = self.selected
        if chosen is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(chosen)
        elif chosen is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.block_activated.emit(chosen)
        elif chosen is not None and event.key() == Qt.Key.Key_Space:
            self.done_toggled.emit(chosen)
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.rows:
            self._select(self._neighbour(chosen, event.key() == Qt.Key.Key_Down))
        else:
            super().keyPressEvent(event)

    def _neighbour(self, block_id: int | None, later: bool) -> int:
        """The block after (or before) *block_id* in time; the first (last) one if none."""
        order = sorted(self.rows, key=lambda b: (self.rows[b].start, self.rows[b].end, b))
        if block_id not in order:
            return order[0] if later else order[-1]
        at = order.index(block_id) + (1 if later else -1)
        return order[max(0, min(at, len(order) - 1))]

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()  # the focus ring
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        block_id = self.block_at(QPointF(event.pos()))
        if block_id is None:
            return
        self._select(block_id)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.block_activated.emit(block_id))
        done = self.tr("Mark not done") if self.rows[block_id].done else self.tr("Mark done")
        menu.addAction(done, lambda: self.done_toggled.emit(block_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(block_id))
        menu.exec(event.globalPos())

    # -- tasks dropped from the matrix -----------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if decode_task(event.mimeData()) is None:
            event.ignore()
            return
        self._drop_minute = self.minute_at(event.position().y())
        event.acceptProposedAction()
        self.update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self._drop_minute = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._drop_minute = None
        self.update()
        task_id = decode_task(event.mimeData())
        if task_id is None:
            event.ignore()
            return
        # Copy: the task stays in the matrix; the block only points at it.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.task_dropped.emit(task_id, self.minute_at(event.position().y()))
