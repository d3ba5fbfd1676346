"""What the user does to the day's blocks, saved through the services and pushed as undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import DAY_MINUTES
from ae_desktop.services import time_blocks
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.settings import default_block_minutes
from ae_desktop.services.task_rows import load_tasks
from ae_desktop.services.time_blocks import BlockInput
from ae_desktop.ui.agenda.block_commands import (
    AddBlockCommand,
    DeleteBlockCommand,
    EditBlockCommand,
    OnChange,
)
from ae_desktop.ui.agenda.block_dialog import BlockDialog
from ae_desktop.ui.messages import warn


class BlockEdits(QObject):
    """Each edit is saved first; a refusal is shown and nothing is pushed. *on_change* is
    called with the id of every block that changed, to show that block again."""

    status_message = Signal(str)

    def __init__(
        self,
        undo_stack: QUndoStack,
        day: Callable[[], date],
        today: Callable[[], date],
        on_change: OnChange,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._day = day
        self._today = today
        self.on_change = on_change
        self.widget = parent

    def _refused(self, title: str, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(exc.errors.values())
        else:
            text = self.tr("This block no longer exists.")
        warn(self.widget, title, text)

    def _added(self, block_id: int) -> None:
        row = time_blocks.get_block(block_id)
        self.undo_stack.push(AddBlockCommand(row, self.on_change))
        self.on_change(block_id)
        self.status_message.emit(
            self.tr("Added “{0}”, {1}. Press Ctrl+Z to undo.").format(row.title, row.label)
        )

    def move(self, block_id: int, start: int, end: int) -> None:
        """A block dragged to *start*–*end* (moved or resized)."""
        try:
            before = time_blocks.get_block(block_id)
            after = replace(before.as_input(), start=start, end=end)
            time_blocks.update_block(block_id, after)
        except (ValidationError, NotFoundError) as exc:
            self.on_change(block_id)  # the block goes back where it was
            self._refused(self.tr("Block not moved"), exc)
            return
        resized = start == before.start
        text = self.tr("Resize {0}") if resized else self.tr("Move {0}")
        command = EditBlockCommand(
            text.format(before.title), block_id, before, after, self.on_change
        )
        self.undo_stack.push(command)
        self.on_change(block_id)
        self.status_message.emit(
            self.tr("“{0}” now {1}. Press Ctrl+Z to undo.").format(
                before.title, time_blocks.get_block(block_id).label
            )
        )

    def draw(self, start: int, end: int) -> None:
        """A span drawn on empty time: ask what the block is, then add it."""
        data = BlockInput(self._day(), start, end, "", BlockKind.CLIENT_WORK)
        dialog = BlockDialog(self._day(), data, None, self.widget.window())
        if dialog.exec() and dialog.saved_id is not None:
            self._added(dialog.saved_id)

    def add_at(self, start: int) -> None:
        """Empty time double-clicked at *start*: a block of the default length (a setting)."""
        start = min(start, DAY_MINUTES - 5)
        self.draw(start, min(start + default_block_minutes(), DAY_MINUTES))

    def edit(self, block_id: int) -> None:
        try:
            row = time_blocks.get_block(block_id)
        except NotFoundError as exc:
            self.on_change(block_id)
            self._refused(self.tr("Block not edited"), exc)
            return
        dialog = BlockDialog(row.day, row.as_input(), block_id, self.widget.window())
        if not dialog.exec() or dialog.previous is None or dialog.saved is None:
            self.on_change(block_id)
            return
        text = self.tr("Edit {0}").format(row.title)
        self.undo_stack.push(
            EditBlockCommand(text, block_id, dialog.previous, dialog.saved, self.on_change)
        )
        self.on_change(block_id)
        self.status_message.emit(self.tr("Time block saved."))

    def toggle_done(self, block_id: int) -> None:
        try:
            before = time_blocks.get_block(block_id)
            after = replace(before.as_input(), done=not before.done)
            time_blocks.update_block(block_id, after)
        except (ValidationError, NotFoundError) as exc:
            self._refused(self.tr("Block not changed"), exc)
            return
        text = self.tr("Mark {0} done") if after.done else self.tr("Mark {0} not done")
        self.undo_stack.push(
            EditBlockCommand(text.format(before.title), block_id, before, after, self.on_change)
        )
        self.on_change(block_id)

    def delete(self, block_id: int) -> None:
        try:
            row = time_blocks.delete_block(block_id)
        except NotFoundError as exc:
            self.on_change(block_id)
            self._refused(self.tr("Block not deleted"), exc)
            return
        self.undo_stack.push(DeleteBlockCommand(row, self.on_change))
        self.on_change(block_id)
        self.status_message.emit(self.tr("Deleted “{0}”. Press Ctrl+Z to undo.").format(row.title))

    def drop_task(self, task_id: int, start: int) -> None:
        """A task dropped from the matrix at *start*: a block of its estimate."""
        found = load_tasks(task_ids=[task_id], today=self._today())
        if not found:
            warn(self.widget, self.tr("Task not planned"), self.tr("This task is no longer open."))
            return
        task = found[0]
        start = min(start, DAY_MINUTES - 15)
        end = min(start + max(task.estimate_minutes, 15), DAY_MINUTES)
        kind = BlockKind.CLIENT_WORK if task.client_id is not None else BlockKind.ADMIN
        data = BlockInput(self._day(), start, end, task.title, kind, task.id, task.client_id)
        try:
            block_id = time_blocks.add_block(data)
        except ValidationError as exc:
            self._refused(self.tr("Task not planned"), exc)
            return
        self._added(block_id)
