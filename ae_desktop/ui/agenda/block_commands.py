"""Undoable edits of the day planner's time blocks.

The panel makes each change first (so a refused change never reaches the stack) and pushes
the command with the state before it; the push's own redo then has nothing left to do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ae_desktop.services import time_blocks
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.time_blocks import BlockInput, BlockRow
from ae_desktop.ui.messages import warn
from ae_desktop.ui.undo import undo_text

OnChange = Callable[[int], None]  # a block's id: read it again (it may be gone)


class _Command(QUndoCommand):
    def __init__(self, text: str, on_change: OnChange) -> None:
        super().__init__(undo_text(text))
        self.on_change = on_change
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        _safely(self.do)

    def undo(self) -> None:
        _safely(self.undo_it)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


def _safely(step: Callable[[], None]) -> None:
    """A block changed elsewhere meanwhile (deleted, its task gone): say so, do not crash."""
    try:
        step()
    except (ValidationError, NotFoundError) as exc:
        text = "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else ""
        warn(
            None,
            QCoreApplication.translate("block_commands", "Not undone"),
            QCoreApplication.translate("block_commands", "The block changed meanwhile. {0}").format(
                text
            ),
        )


def _restore(row: BlockRow, on_change: OnChange) -> BlockRow:
    """*row* stored again; its id may differ when the old one was taken meanwhile."""
    new_id = time_blocks.restore_block(row)
    if new_id != row.id:
        on_change(row.id)
        row = replace(row, id=new_id)
    on_change(new_id)
    return row


class AddBlockCommand(_Command):
    """A block added (drawn, dropped or typed in); undo deletes it."""

    def __init__(self, row: BlockRow, on_change: OnChange) -> None:
        super().__init__(
            QCoreApplication.translate("block_commands", "Add block {0}").format(row.title),
            on_change,
        )
        self.row = row

    def do(self) -> None:
        self.row = _restore(self.row, self.on_change)

    def undo_it(self) -> None:
        time_blocks.delete_block(self.row.id)
        self.on_change(self.row.id)


class DeleteBlockCommand(_Command):
    """A block deleted; undo brings it back."""

    def __init__(self, row: BlockRow, on_change: OnChange) -> None:
        super().__init__(
            QCoreApplication.translate("block_commands", "Delete block {0}").format(row.title),
            on_change,
        )
        self.row = row

    def do(self) -> None:
        time_blocks.delete_block(self.row.id)
        self.on_change(self.row.id)

    def undo_it(self) -> None:
        self.row = _restore(self.row, self.on_change)


class EditBlockCommand(_Command):
    """A block moved, resized, edited or marked done; undo puts back what it was."""

    def __init__(
        self, text: str, block_id: int, before: BlockRow, after: BlockInput, on_change: OnChange
    ) -> None:
        super().__init__(text, on_change)
        self.block_id = block_id
        self.before = before.as_input()
        self.after = after
        # Only what this edit changed is undone or redone: a block marked done since (say by
        # the end-of-day review) stays done when an earlier move is undone.
        self.changed = [
            f.name
            for f in fields(BlockInput)
            if getattr(self.before, f.name) != getattr(after, f.name)
        ]

    def _apply(self, source: BlockInput) -> None:
        current = time_blocks.get_block(self.block_id).as_input()
        values = {name: getattr(source, name) for name in self.changed}
        time_blocks.update_block(self.block_id, replace(current, **values))
        self.on_change(self.block_id)

    def do(self) -> None:
        self._apply(self.after)

    def undo_it(self) -> None:
        self._apply(self.before)


class ApplyPlanCommand(_Command):
    """An accepted Plan my day: undo deletes every block it created, redo stores them again."""

    def __init__(self, rows: list[BlockRow], on_change: OnChange) -> None:
        super().__init__(
            QCoreApplication.translate("block_commands", "Plan my day ({0} blocks)").format(
                len(rows)
            ),
            on_change,
        )
        self.rows = rows

    def do(self) -> None:
        time_blocks.restore_blocks(self.rows)  # one transaction; ids are never reused
        for row in self.rows:
            self.on_change(row.id)

    def undo_it(self) -> None:
        time_blocks.delete_blocks([row.id for row in self.rows])  # one transaction
        for row in self.rows:
            self.on_change(row.id)
