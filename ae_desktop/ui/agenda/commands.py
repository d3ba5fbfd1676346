"""Undoable edits of the Eisenhower matrix: a quadrant's flags, done, delegated.

Each change is made first (so a refused one never reaches the stack) and the command pushed
with the state before it; the push's own redo then has nothing left to do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ae_desktop.domain.enums import TaskStatus
from ae_desktop.services import tasks, time_blocks
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.task_rows import load_tasks
from ae_desktop.services.tasks import TaskFlags
from ae_desktop.ui.undo import undo_text


class _TaskCommand(QUndoCommand):
    def __init__(self, text: str, task_id: int, on_change: Callable[[int], None]) -> None:
        super().__init__(undo_text(text))
        self.task_id = task_id
        self.on_change = on_change
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply()
        self.on_change(self.task_id)

    def undo(self) -> None:
        self.revert()
        self.on_change(self.task_id)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class SetFlagsCommand(_TaskCommand):
    """A card dragged to another quadrant, or sent back to automatic; undo restores the flags."""

    def __init__(
        self,
        text: str,
        task_id: int,
        flags: TaskFlags,
        on_change: Callable[[int], None],
        *,
        before: TaskFlags,
    ) -> None:
        super().__init__(text, task_id, on_change)
        self.flags = flags
        self.before = before

    def apply(self) -> None:
        self.before = tasks.set_flags(self.task_id, self.flags.urgency, self.flags.importance)

    def revert(self) -> None:
        tasks.set_flags(self.task_id, self.before.urgency, self.before.importance)


class SetStatusCommand(_TaskCommand):
    """A task marked done (or cancelled); undo opens it again."""

    def __init__(
        self,
        text: str,
        task_id: int,
        status: TaskStatus,
        on_change: Callable[[int], None],
        *,
        before: TaskStatus,
    ) -> None:
        super().__init__(text, task_id, on_change)
        self.status = status
        self.before = before

    def apply(self) -> None:
        self.before = tasks.set_status(self.task_id, self.status, now=datetime.now())

    def revert(self) -> None:
        tasks.set_status(self.task_id, self.before, now=datetime.now())


class DelegateCommand(_TaskCommand):
    """A task handed to someone (it becomes waiting-for); undo restores who had it."""

    def __init__(
        self,
        text: str,
        task_id: int,
        to: str,
        on_change: Callable[[int], None],
        *,
        before: str,
    ) -> None:
        super().__init__(text, task_id, on_change)
        self.to = to
        self.before = before

    def apply(self) -> None:
        self.before = tasks.delegate(self.task_id, self.to)

    def revert(self) -> None:
        tasks.delegate(self.task_id, self.before)


class ReviewCommand(QUndoCommand):
    """An applied end-of-day review as one undo step: due dates, statuses and done blocks.

    Made after the review was applied, with the values before it; the values after are read
    now, so redo can put them back.
    """

    def __init__(
        self,
        previous_due: dict[int, date | None],
        previous_status: dict[int, TaskStatus],
        previous_done: dict[int, bool],
        on_change: Callable[[list[int]], None],
    ) -> None:
        super().__init__(undo_text(QCoreApplication.translate("commands", "End of day")))
        self.before = (dict(previous_due), dict(previous_status), dict(previous_done))
        task_ids = sorted(set(previous_due) | set(previous_status))
        rows = {
            row.id: row
            for row in load_tasks(today=date.today(), task_ids=task_ids, open_only=False)
        }
        self.after = (
            {i: rows[i].due_on for i in previous_due if i in rows},
            {i: rows[i].status for i in previous_status if i in rows},
            {i: time_blocks.get_block(i).done for i in previous_done},
        )
        self.task_ids = task_ids
        self.on_change = on_change
        self._done = True

    def _apply(
        self, values: tuple[dict[int, date | None], dict[int, TaskStatus], dict[int, bool]]
    ) -> None:
        due, status, done = values
        with write_transaction():  # one step: the nested writes become savepoints of it
            tasks.restore_due_dates(due)
            for task_id, task_status in status.items():
                tasks.set_status(task_id, task_status, now=datetime.now())
            for block_id, block_done in done.items():
                time_blocks.mark_done(block_id, block_done)
        self.on_change(self.task_ids)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
