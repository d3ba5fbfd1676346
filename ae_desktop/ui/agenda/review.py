"""The end-of-day review: today's blocks done or not, each open task done, rolled or left."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import TaskStatus
from ae_desktop.services import tasks, time_blocks
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.task_rows import TaskRow, load_tasks
from ae_desktop.services.time_blocks import BlockRow
from ae_desktop.ui.agenda.matrix_model import estimate_text
from ae_desktop.ui.agenda.timeline_paint import block_kind_label
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import date_text, plural
from ae_desktop.ui.messages import warn


class Choice(Enum):
    """What the review does with an open task."""

    DONE = "done"
    TOMORROW = "tomorrow"
    MATRIX = "matrix"  # back to the matrix without a due date
    LEAVE = "leave"


def choice_label(choice: Choice) -> str:
    return {
        Choice.DONE: QCoreApplication.translate("ReviewDialog", "Done"),
        Choice.TOMORROW: QCoreApplication.translate("ReviewDialog", "Tomorrow"),
        Choice.MATRIX: QCoreApplication.translate("ReviewDialog", "Back to the matrix (no date)"),
        Choice.LEAVE: QCoreApplication.translate("ReviewDialog", "Leave"),
    }[choice]


def review_is_due(now: datetime, workday_end_minutes: int) -> bool:
    """True once the workday is over: from its last minute (*workday_end_minutes*) onwards."""
    return now.hour * 60 + now.minute >= workday_end_minutes


def default_choice(row: TaskRow, today: date) -> Choice:
    """Today's unfinished work rolls to tomorrow; older overdue work keeps its date (it stays
    visibly overdue) unless the user chooses otherwise."""
    return Choice.TOMORROW if row.due_on == today else Choice.LEAVE


def review_tasks(rows: list[TaskRow], today: date, blocked: set[int]) -> list[TaskRow]:
    """The open tasks the day answers for: due today or before, or given a block today
    (not those waiting for someone else)."""
    return [
        row
        for row in rows
        if row.status == TaskStatus.OPEN
        and not row.waiting_for
        and ((row.due_on is not None and row.due_on <= today) or row.id in blocked)
    ]


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class ReviewDialog(QDialog):
    """Nothing is written until "Apply and plan tomorrow"; Close leaves everything as it was.

    After exec(): *applied* (something was written), *open_tomorrow* (show tomorrow's plan),
    *changed_task_ids* (re-read these in the matrix); the previous_* dicts allow an undo.
    """

    def __init__(
        self,
        today: date,
        now: datetime,
        parent: QWidget | None = None,
        *,
        open_tasks: list[TaskRow] | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.now = now
        self.applied = False
        self.open_tomorrow = False
        self.changed_task_ids: list[int] = []
        self.previous_due_dates: dict[int, date | None] = {}
        self.previous_statuses: dict[int, TaskStatus] = {}
        self.previous_block_done: dict[int, bool] = {}
        self.blocks: list[BlockRow] = time_blocks.blocks_on(today)
        rows = open_tasks if open_tasks is not None else load_tasks(today=today)
        blocked = {b.task_id for b in self.blocks if b.task_id is not None}
        self.tasks: list[TaskRow] = review_tasks(rows, today, blocked)
        self.block_checks: dict[int, QCheckBox] = {}
        self.task_choices: dict[int, QComboBox] = {}
        self.setWindowTitle(self.tr("End of day — {0}").format(date_text(today)))
        self.setMinimumSize(640, 520)
        self._lay_out(blocked)
        self._update_summary()

    # -- building --------------------------------------------------------------------------

    def _lay_out(self, blocked: set[int]) -> None:
        intro = muted_label(
            self.tr(
                "Tick what got done, decide where each open task goes, then plan tomorrow. "
                "Nothing is saved until you apply."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 12, 4)
        column.setSpacing(6)
        column.addWidget(_heading(self.tr("Today's blocks")))
        column.addWidget(self._blocks_part())
        column.addSpacing(10)
        tasks_header = QHBoxLayout()
        tasks_header.addWidget(_heading(self.tr("Tasks")))
        tasks_header.addStretch(1)
        self.set_all = QComboBox()
        self.set_all.setAccessibleName(self.tr("Set every task to"))
        self.set_all.addItem(self.tr("Set every task to…"), None)
        for choice in Choice:
            self.set_all.addItem(choice_label(choice), choice)
        self.set_all.activated.connect(self._on_set_all_activated)
        self.set_all.setEnabled(bool(self.tasks))
        tasks_header.addWidget(self.set_all)
        column.addLayout(tasks_header)
        column.addWidget(self._tasks_part(blocked))
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Apply and plan tomorrow"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.apply_button.setFocus()

    def _blocks_part(self) -> QWidget:
        part = QWidget()
        rows = QVBoxLayout(part)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        if not self.blocks:
            rows.addWidget(muted_label(self.tr("No time blocks today.")))
        for block in self.blocks:
            line = QHBoxLayout()
            # A check box reads '&' as a mnemonic: doubled, a title shows as typed.
            check = QCheckBox(f"{block.label}   {block.title}".replace("&", "&&"))
            check.setChecked(block.done)
            check.setAccessibleName(self.tr("{0} done").format(f"{block.label} {block.title}"))
            check.toggled.connect(self._update_summary)
            self.block_checks[block.id] = check
            line.addWidget(check, 1)
            kind = block_kind_label(block.kind)
            if block.fixed:
                kind = self.tr("{0}, fixed").format(kind)
            line.addWidget(muted_label(kind))
            rows.addLayout(line)
        return part

    def _tasks_part(self, blocked: set[int]) -> QWidget:
        part = QWidget()
        grid = QGridLayout(part)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        if not self.tasks:
            grid.addWidget(muted_label(self.tr("No open task was due today or planned for it.")))
        for at, row in enumerate(self.tasks):
            text = QWidget()
            lines = QVBoxLayout(text)
            lines.setContentsMargins(0, 0, 0, 0)
            lines.setSpacing(0)
            title = plain_label(row.title)
            title.setWordWrap(True)
            details = muted_label(self._details(row, blocked))
            details.setWordWrap(True)
            lines.addWidget(title)
            lines.addWidget(details)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What to do with “{0}”").format(row.title))
            for choice in Choice:
                combo.addItem(choice_label(choice), choice)
            combo.setCurrentIndex(combo.findData(default_choice(row, self.today)))
            combo.currentIndexChanged.connect(self._update_summary)
            self.task_choices[row.id] = combo
            grid.addWidget(text, at, 0)
            grid.addWidget(combo, at, 1, Qt.AlignmentFlag.AlignTop)
        return part

    def _details(self, row: TaskRow, blocked: set[int]) -> str:
        parts = []
        if row.client_name:
            parts.append(row.client_name)
        if row.due_on is None:
            parts.append(self.tr("no due date"))
        elif row.due_on == self.today:
            parts.append(self.tr("due today"))
        elif row.due_on < self.today:
            parts.append(self.tr("overdue since {0}").format(date_text(row.due_on)))
        else:
            parts.append(self.tr("due {0}").format(date_text(row.due_on)))
        if row.id in blocked:
            parts.append(self.tr("planned today"))
        parts.append(estimate_text(row.estimate_minutes))
        return " · ".join(parts)

    # -- state -----------------------------------------------------------------------------

    def choices(self) -> dict[int, Choice]:
        """Each listed task's chosen fate."""
        return {tid: combo.currentData() for tid, combo in self.task_choices.items()}

    def set_choice(self, task_id: int, choice: Choice) -> None:
        combo = self.task_choices[task_id]
        combo.setCurrentIndex(combo.findData(choice))

    def _on_set_all_activated(self, index: int) -> None:
        choice = self.set_all.itemData(index)
        if isinstance(choice, Choice):
            for task_id in self.task_choices:
                self.set_choice(task_id, choice)
        self.set_all.setCurrentIndex(0)

    def _update_summary(self) -> None:
        done = sum(check.isChecked() for check in self.block_checks.values())
        chosen = list(self.choices().values())
        total = len(self.block_checks)
        parts = [
            QCoreApplication.translate("ReviewDialog", "1 block done of {0}").format(total)
            if done == 1
            else QCoreApplication.translate("ReviewDialog", "{0} blocks done of {1}").format(
                done, total
            ),
            plural(
                chosen.count(Choice.TOMORROW),
                QCoreApplication.translate("ReviewDialog", "1 task rolled to tomorrow"),
                QCoreApplication.translate("ReviewDialog", "{0} tasks rolled to tomorrow"),
            ),
        ]
        if n := chosen.count(Choice.DONE):
            parts.append(
                plural(
                    n,
                    QCoreApplication.translate("ReviewDialog", "1 task done"),
                    QCoreApplication.translate("ReviewDialog", "{0} tasks done"),
                )
            )
        if n := chosen.count(Choice.MATRIX):
            parts.append(
                plural(
                    n,
                    QCoreApplication.translate("ReviewDialog", "1 back to the matrix"),
                    QCoreApplication.translate("ReviewDialog", "{0} back to the matrix"),
                )
            )
        self.summary.setText(", ".join(parts))

    # -- applying --------------------------------------------------------------------------

    def _on_apply_clicked(self) -> None:
        """Each kind of change is one transaction; a failed one is reported, the others kept."""
        chosen = self.choices()
        ids = {c: [tid for tid, ch in chosen.items() if ch is c] for c in Choice}
        was_done = {block.id: block.done for block in self.blocks}
        blocks = {
            bid: check.isChecked()
            for bid, check in self.block_checks.items()
            if check.isChecked() != was_done[bid]
        }
        tomorrow = tasks.tomorrow(self.today)
        steps: list[tuple[list[int], Callable[[], None]]] = []
        if blocks:
            steps.append(([], lambda: self._mark_blocks(blocks)))
        if ids[Choice.TOMORROW]:
            steps.append((ids[Choice.TOMORROW], lambda: self._roll(ids[Choice.TOMORROW], tomorrow)))
        if ids[Choice.MATRIX]:
            steps.append((ids[Choice.MATRIX], lambda: self._roll(ids[Choice.MATRIX], None)))
        if ids[Choice.DONE]:
            steps.append((ids[Choice.DONE], lambda: self._mark_done(ids[Choice.DONE])))
        failed: list[str] = []
        for task_ids, step in steps:
            try:
                step()
            except (NotFoundError, ValidationError) as exc:
                failed.append(str(exc))
                continue
            self.applied = True
            self.changed_task_ids.extend(task_ids)
        if failed:
            warn(
                self,
                self.tr("End of day"),
                self.tr(
                    "Some changes could not be saved, as tasks or blocks were removed "
                    "meanwhile; the others were saved.\n\n{0}"
                ).format("\n".join(failed)),
            )
        self.open_tomorrow = True
        self.accept()

    def _mark_blocks(self, blocks: dict[int, bool]) -> None:
        previous = {}
        with write_transaction():
            for block_id, done in blocks.items():
                previous[block_id] = time_blocks.mark_done(block_id, done)
        self.previous_block_done.update(previous)

    def _roll(self, task_ids: list[int], to_date: date | None) -> None:
        self.previous_due_dates.update(tasks.roll_over(task_ids, to_date))

    def _mark_done(self, task_ids: list[int]) -> None:
        previous = {}
        with write_transaction():
            for task_id in task_ids:
                previous[task_id] = tasks.set_status(task_id, TaskStatus.DONE, now=self.now)
        self.previous_statuses.update(previous)
