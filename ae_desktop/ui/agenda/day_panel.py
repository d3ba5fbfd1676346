"""The day planner: navigation, the week overview, Plan my day and the time-blocked day."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.priority import Quadrant
from ae_desktop.services import time_blocks
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.planning import DayPlan, apply_plan, plan_day, planner_settings
from ae_desktop.services.task_rows import TaskRow
from ae_desktop.ui.agenda.block_commands import ApplyPlanCommand
from ae_desktop.ui.agenda.block_edits import BlockEdits
from ae_desktop.ui.agenda.focus_timer import FocusTimer, current_block
from ae_desktop.ui.agenda.timeline import DayTimeline
from ae_desktop.ui.agenda.week_strip import WeekStrip, hours_text, planned, week_of
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import to_qdate
from ae_desktop.ui.messages import plain_tooltip, warn

OVERFLOW_LINES = 100  # tasks listed under 'Did not fit'; the rest are counted


class DayPanel(QWidget):
    """One day at a time. Every change is undoable on *undo_stack* and shows only the block
    it touched; the week overview follows a moment later."""

    status_message = Signal(str)
    block_activated = Signal(int)  # a block double-clicked (or Enter): its editor opens too
    blocks_changed = Signal(object)  # the date whose blocks were added, changed or removed

    def __init__(
        self,
        undo_stack: QUndoStack,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._today = today
        self._now = now
        self.day = today()
        self.plan: DayPlan | None = None
        self._tasks: list[TaskRow] | None = None
        self.prev_button = QPushButton("◀")
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.prev_button.setToolTip(self.tr("Previous day"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setToolTip(self.tr("Next day"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.prev_button.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.show_day(self._today()))
        self.date_label = plain_label()
        font = QFont(self.date_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.date_label.setFont(font)
        self.date_label.setWordWrap(True)  # a long date in another language: two lines
        self.plan_button = QPushButton(self.tr("Plan my day"))
        self.plan_button.setToolTip(
            self.tr("Place the open tasks around your meetings; nothing is saved until you accept")
        )
        self.plan_button.clicked.connect(self.plan_my_day)
        header = QHBoxLayout()
        header.setSpacing(4)
        for widget in (self.prev_button, self.today_button, self.next_button):
            header.addWidget(widget)
        header.addSpacing(8)
        header.addWidget(self.date_label, 1)
        header.addWidget(self.plan_button)
        # The focus timer follows today's current block, whatever day is shown.
        self.focus = FocusTimer(today, now)
        self.focus.status_message.connect(self.status_message)
        self.focus.spent_recorded.connect(self.refresh_block)
        self._focus_timer = QTimer(self)
        self._focus_timer.setInterval(60_000)
        self._focus_timer.timeout.connect(self.refresh_current_block)
        self._focus_timer.start()
        self.week = WeekStrip()
        self.week.day_chosen.connect(self.show_day)
        self.plan_bar = self._make_plan_bar()
        self.hint = muted_label(
            self.tr(
                "Drag or double-click on the timeline to add a block, drop a task from the "
                "matrix, or let Plan my day fill the day."
            )
        )
        self.hint.setWordWrap(True)
        self.timeline = DayTimeline()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.timeline)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Base)  # below the last hour
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.focus)
        layout.addWidget(self.week)
        layout.addWidget(self.plan_bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll_area, 1)
        self.edits = BlockEdits(undo_stack, lambda: self.day, today, self.refresh_block, self)
        self.edits.status_message.connect(self.status_message)
        self.timeline.block_moved.connect(self.edits.move)
        self.timeline.block_drawn.connect(self.edits.draw)
        self.timeline.time_activated.connect(self.edits.add_at)
        self.timeline.block_activated.connect(self._on_block_activated)
        self.timeline.delete_requested.connect(self.edits.delete)
        self.timeline.done_toggled.connect(self.edits.toggle_done)
        self.timeline.task_dropped.connect(self.edits.drop_task)
        self._week_timer = QTimer(self)
        self._week_timer.setSingleShot(True)
        self._week_timer.setInterval(0)
        self._week_timer.timeout.connect(self._refresh_week)
        self.refresh_current_block()

    def _make_plan_bar(self) -> QFrame:
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.plan_summary = plain_label()
        self.plan_summary.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept plan"))
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept_plan)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.clicked.connect(self.discard_plan)
        row = QHBoxLayout()
        row.addWidget(self.plan_summary, 1)
        row.addWidget(self.discard_button)
        row.addWidget(self.accept_button)
        self.overflow_title = muted_label(self.tr("Did not fit:"))
        self.overflow = QListWidget()
        self.overflow.setAccessibleName(self.tr("Tasks that did not fit"))
        self.overflow.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.overflow.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overflow.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.overflow.setMaximumHeight(6 * self.overflow.fontMetrics().lineSpacing() + 8)
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(row)
        layout.addWidget(self.overflow_title)
        layout.addWidget(self.overflow)
        bar.hide()
        return bar

    # -- the day shown ---------------------------------------------------------------------

    def set_tasks(self, rows: Sequence[TaskRow]) -> None:
        """The open tasks the Agenda holds: what Plan my day plans."""
        self._tasks = list(rows)

    def show_day(self, day: date) -> None:
        self.discard_plan()
        self.day = day
        settings = planner_settings()
        is_today = day == self._today()
        self.timeline.set_day(time_blocks.blocks_on(day), settings, is_today=is_today)
        self.date_label.setText(QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat))
        self.today_button.setEnabled(not is_today)
        self._update_hint()
        self._refresh_week()
        first = settings.workday.start - 30
        if is_today:
            now = self._now()
            first = max(first, now.hour * 60 + now.minute - 90)
        QTimer.singleShot(0, lambda: self._scroll_to(first))

    def _scroll_to(self, minute: int) -> None:
        self.scroll_area.verticalScrollBar().setValue(int(self.timeline.scale.y_of(minute)))

    def refresh_block(self, block_id: int) -> None:
        """Block *block_id* changed (or is gone): show it again, nothing else."""
        try:
            row: time_blocks.BlockRow | None = time_blocks.get_block(block_id)
        except NotFoundError:
            row = None
        if row is not None and row.day != self.day:
            row = None
        self.timeline.put_block(block_id, row)
        self._update_hint()
        self._week_timer.start()
        self.blocks_changed.emit(self.day)
        self.refresh_current_block()

    def refresh_current_block(self) -> None:
        """Give the focus timer the block of today running now (each minute, on each edit)."""
        now = self._now()
        minute = now.hour * 60 + now.minute
        self.focus.set_block(current_block(time_blocks.blocks_on(self._today()), minute))

    def _refresh_week(self) -> None:
        minutes = {d: planned(time_blocks.blocks_on(d)) for d in week_of(self.day)}
        self.week.set_week(minutes, self.day, self.timeline.settings.workday.minutes)

    def _update_hint(self) -> None:
        self.hint.setVisible(not self.timeline.rows and self.plan is None)

    def _on_block_activated(self, block_id: int) -> None:
        self.block_activated.emit(block_id)
        self.edits.edit(block_id)

    # -- Plan my day -----------------------------------------------------------------------

    def plan_my_day(self) -> None:
        today = self._today()
        now = self._now() if self.day == today else None  # today: nothing before now
        plan = plan_day(self.day, today=today, tasks=self._tasks, now=now)
        self.plan = plan
        self.timeline.set_ghosts(plan.blocks)
        minutes = sum(b.end - b.start for b in plan.blocks)
        if plan.blocks:
            text = self.tr("Proposed: {0} blocks, {1}. Accept to save them.").format(
                len(plan.blocks), hours_text(minutes)
            )
        else:
            text = self.tr("Nothing to plan: no open task fits this day.")
        self.plan_summary.setText(text)
        self.accept_button.setEnabled(bool(plan.blocks))
        self.overflow.clear()
        # Dropped tasks are never scheduled by design: one line, not one line each.
        dropped = [item for item in plan.overflow if item.quadrant == Quadrant.DROP]
        kept = [item for item in plan.overflow if item.quadrant != Quadrant.DROP]
        # Most pressing first, and only so many lines: thousands would freeze the list.
        for item in kept[:OVERFLOW_LINES]:
            self.overflow.addItem(f"{item.title} — {item.reason}")
            self.overflow.item(self.overflow.count() - 1).setToolTip(
                plain_tooltip(f"{item.title}\n{item.reason}")
            )
        if len(kept) > OVERFLOW_LINES:
            self.overflow.addItem(
                self.tr("… and {0} more in the matrix").format(len(kept) - OVERFLOW_LINES)
            )
        # Client time from weekly budgets that found no room today comes first: it is owed.
        for at, unplaced in enumerate(plan.unplaced_client_time):
            self.overflow.insertItem(
                at,
                self.tr("Client time for {0}: {1} min — {2}").format(
                    unplaced.name, unplaced.minutes, unplaced.reason
                ),
            )
        if dropped:
            self.overflow.addItem(
                self.tr("{0} tasks in Drop (not urgent, not important) are never scheduled").format(
                    len(dropped)
                )
            )
        missing = len(plan.overflow) + len(plan.unplaced_client_time)
        self.overflow_title.setText(self.tr("Did not fit ({0}):").format(missing))
        self.overflow_title.setVisible(bool(missing))
        self.overflow.setVisible(bool(missing))
        self.plan_bar.show()
        self._update_hint()
        if plan.blocks:
            self._scroll_to(min(b.start for b in plan.blocks) - 30)

    def accept_plan(self) -> None:
        plan = self.plan
        if plan is None or not plan.blocks:
            return
        try:
            ids = apply_plan(plan)
        except ValidationError as exc:
            warn(self, self.tr("Plan not saved"), "\n".join(exc.errors.values()))
            self.discard_plan()
            return
        self.discard_plan()
        rows = [time_blocks.get_block(block_id) for block_id in ids]
        self.undo_stack.push(ApplyPlanCommand(rows, self.refresh_block))
        for block_id in ids:
            self.refresh_block(block_id)
        self.status_message.emit(
            self.tr("Planned {0} blocks. Press Ctrl+Z to undo.").format(len(ids))
        )

    def discard_plan(self) -> None:
        self.plan = None
        self.timeline.set_ghosts([])
        self.plan_bar.hide()
        self.overflow.clear()
        self._update_hint()
