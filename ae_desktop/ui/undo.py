"""Undo and redo: command texts safe for menus, and the actions each tab offers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget


def undo_text(label: str) -> str:
    """A command's text: *label*, then the Undo/Redo menu's text with each '&' doubled.

    QUndoCommand takes the part after a newline as its actionText(), which the menu shows;
    a single '&' there is a mnemonic marker, so "Smith & Jones" would read "Smith  Jones".
    """
    return f"{label}\n{label.replace('&', '&&')}"


def undo_actions(
    stack: QUndoStack, owner: QWidget, status: Callable[[str], None]
) -> tuple[QAction, QAction]:
    """Undo (Ctrl+Z) and Redo for *stack*, live while *owner* is shown, saying what they did."""

    undo = stack.createUndoAction(owner, QCoreApplication.translate("undo", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(owner, QCoreApplication.translate("undo", "&Redo"))
    redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Shift+Z, and Ctrl+Y on Windows
    # The cheat sheet names them so, whatever command they would undo or redo now.
    undo.setProperty("cheat_sheet_text", QCoreApplication.translate("undo", "Undo"))
    redo.setProperty("cheat_sheet_text", QCoreApplication.translate("undo", "Redo"))
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        owner.addAction(action)
    # These run after the stack's own slot: the command undone is now at index().
    undo.triggered.connect(
        lambda: status(
            QCoreApplication.translate("undo", "Undone: {0}").format(stack.text(stack.index()))
        )
    )
    redo.triggered.connect(
        lambda: status(
            QCoreApplication.translate("undo", "Redone: {0}").format(stack.text(stack.index() - 1))
        )
    )
    return undo, redo


class SavedValuesCommand(QUndoCommand):
    """A record's values saved from its form (already saved when pushed): undo puts every
    stored value back with *put*, redo the saved ones; *on_change* shows the record again."""

    def __init__(
        self,
        record_id: int,
        name: str,
        before: dict[str, object],
        after: dict[str, object],
        put: Callable[[int, dict[str, object]], None],
        on_change: Callable[[int], None],
        label: str | None = None,
    ) -> None:
        """*label* names the step in the Edit menu (default "Edit <name>")."""
        label = label or QCoreApplication.translate("commands", "Edit {0}").format(name)
        super().__init__(undo_text(label))
        self.record_id = record_id
        self.before = before
        self.after = after
        self.put = put
        self.on_change = on_change
        self._saved = True

    def redo(self) -> None:
        if self._saved:  # pushed after the form saved: nothing to do the first time
            self._saved = False
            return
        self.put(self.record_id, self.after)
        self.on_change(self.record_id)

    def undo(self) -> None:
        self.put(self.record_id, self.before)
        self.on_change(self.record_id)
