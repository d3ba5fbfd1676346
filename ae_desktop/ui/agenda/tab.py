"""The Agenda tab: the Today strip above the Eisenhower matrix beside the time-blocked day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from ae_desktop.services.planning import planner_settings
from ae_desktop.services.task_rows import TaskRow, load_tasks
from ae_desktop.services.today import TodaySummary, load_today
from ae_desktop.ui.agenda.commands import ReviewCommand
from ae_desktop.ui.agenda.day_panel import DayPanel
from ae_desktop.ui.agenda.matrix import MatrixView
from ae_desktop.ui.agenda.review import review_is_due
from ae_desktop.ui.agenda.today_strip import TodayStrip
from ae_desktop.ui.undo import undo_actions
from ae_desktop.ui.worker import run_in_background


class AgendaTab(QWidget):
    """Loads when first shown; the Today strip fills in from a worker a moment later."""

    status_message = Signal(str)
    client_requested = Signal(int)
    deal_requested = Signal(int)

    def __init__(
        self,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        self._today = today
        self.loaded = False
        self.tasks: list[TaskRow] = []
        # The window's one history; a tab on its own (tests) keeps one with its own actions.
        self._own_undo = undo_stack is None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.today_strip = TodayStrip()
        self.today_strip.item_activated.connect(self._on_today_item)
        self.matrix = MatrixView(self.undo_stack, today)
        self.matrix.task_changed.connect(self._on_task_changed)
        self.matrix.task_activated.connect(self._on_task_activated)
        self.day = DayPanel(self.undo_stack, today)
        for part in (self.matrix, self.day):
            part.status_message.connect(self.status_message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.matrix)
        self.splitter.addWidget(self.day)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.review_button = QPushButton(self.tr("End of day…"))
        self.review_button.setToolTip(
            self.tr("Review today: mark what got done, roll the rest over, plan tomorrow")
        )
        self.review_button.clicked.connect(self.review_day)
        top = QHBoxLayout()
        top.addWidget(self.today_strip, 1)
        top.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        if self._own_undo:
            self.undo_action, self.redo_action = undo_actions(
                self.undo_stack, self, self.status_message.emit
            )
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)

    def set_active(self, active: bool) -> None:
        if active and not self.loaded:
            self.reload()

    def _on_undo_index_changed(self, _index: int) -> None:
        # The window's history holds every tab's edits: the strip follows once it is shown.
        if self.loaded:
            self.refresh_today()

    def reload(self) -> None:
        """Read the open tasks for the matrix and the plan; the strip follows in a worker."""
        today = self._today()
        self.tasks = load_tasks(today=today)
        self.matrix.set_tasks(self.tasks)
        self.day.set_tasks(self.tasks)
        self.day.show_day(today)
        self.loaded = True
        self.refresh_today()

    def refresh_today(self) -> None:
        today, now, tasks = self._today(), datetime.now(), list(self.tasks)
        run_in_background(
            lambda: load_today(today=today, now=now, tasks=tasks),
            self._on_today_read,
            lambda _exc: None,  # the strip keeps what it showed; the failure is logged
            owner=self,
        )

    def _on_today_read(self, summary: TodaySummary) -> None:
        self.today_strip.show_summary(summary)
        # Once the workday is over, the review is what comes next: say so.
        due = review_is_due(datetime.now(), planner_settings().workday.end)
        self.review_button.setDefault(due)
        self.review_button.setText(
            self.tr("End of day…") if not due else self.tr("Review the day…")
        )

    def review_day(self) -> None:
        """Mark what got done, roll the rest to tomorrow or back to the matrix, plan tomorrow."""
        from ae_desktop.ui.agenda.review import ReviewDialog

        if not self.loaded:
            self.reload()
        today = self._today()
        dialog = ReviewDialog(today, datetime.now(), self.window(), open_tasks=self.tasks)
        dialog.exec()
        if dialog.applied:
            self.undo_stack.push(
                ReviewCommand(
                    dialog.previous_due_dates,
                    dialog.previous_statuses,
                    dialog.previous_block_done,
                    self._on_reviewed,
                )
            )
            self._on_reviewed(dialog.changed_task_ids)
            self.status_message.emit(self.tr("Day reviewed. Press Ctrl+Z to undo."))
        if dialog.open_tomorrow:
            self.day.show_day(today + timedelta(days=1))

    def _on_task_changed(self, _task_id: int) -> None:
        # The matrix holds the open tasks, one card updated per change: the plan uses them.
        self.tasks = list(self.matrix.rows.values())
        self.day.set_tasks(self.tasks)

    def quick_add(self, client_id: int | None = None) -> None:
        if not self.loaded:
            self.reload()
        if self.matrix.quick_add(client_id) is not None:
            self.refresh_today()

    def _on_reviewed(self, task_ids: list[int]) -> None:
        for task_id in task_ids:
            self.matrix.reload_task(task_id)
        self.day.show_day(self.day.day)
        self.refresh_today()

    def _on_task_activated(self, task_id: int) -> None:
        """A task leads back to where it came from: a follow-up to its client's history, a
        deal's next step to the deal."""
        row = self.matrix.rows.get(task_id)
        if row is None:
            return
        if row.deal_id is not None and row.interaction_id is None:
            self.deal_requested.emit(row.deal_id)
        elif row.client_id is not None:
            self.client_requested.emit(row.client_id)
        else:
            self.status_message.emit(self.tr("This task is not linked to a client or a deal."))

    def _on_today_item(self, kind: str, record_id: int) -> None:
        if kind == "client":
            self.client_requested.emit(record_id)
        elif kind == "deal":
            self.deal_requested.emit(record_id)
        elif kind == "task":
            self.matrix.select_task(record_id)
            self.matrix.setFocus()
        elif kind == "block":
            self.day.show_day(self._today())
