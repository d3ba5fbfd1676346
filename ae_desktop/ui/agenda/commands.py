"""Undoable edits of the Eisenhower matrix: a quadrant's flags, done, delegated.

Each change is made first (so a refused one never reaches the stack) and the command pushed
with the state before it; the push's own redo then has nothing left to do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QUndoCommand

from ae_desktop.domain.enums import TaskStatus
from ae_desktop.services import tasks
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
