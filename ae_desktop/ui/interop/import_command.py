"""An applied import as one step of the window's undo history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ae_desktop.services.import_undo import (
    ImportRecord,
    ImportUndoRefused,
    redo_import,
    undo_import,
)
from ae_desktop.ui.undo import undo_text


class ImportCommand(QUndoCommand):
    """Pushed once the import has been written: the push's own redo has nothing to do.

    Undo takes back everything the import did; when the user has since built on what it
    wrote (a deal for a client it created, an edited contact), it changes nothing and says
    why through *on_refused*, and the import stays in the history (undone again it stays put).
    """

    def __init__(
        self,
        file_name: str,
        record: ImportRecord,
        on_change: Callable[[], None],
        on_refused: Callable[[str], None],
    ) -> None:
        label = QCoreApplication.translate("commands", "Import {0}").format(file_name)
        super().__init__(undo_text(label))
        self.record = record
        self.on_change = on_change
        self.on_refused = on_refused
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            redo_import(self.record)
        except ImportUndoRefused as refused:
            self._refuse(QCoreApplication.translate("commands", "Cannot redo the import"), refused)
            return
        self.on_change()

    def undo(self) -> None:
        try:
            undo_import(self.record)
        except ImportUndoRefused as refused:
            self._refuse(QCoreApplication.translate("commands", "Cannot undo the import"), refused)
            return
        self.on_change()

    def _refuse(self, title: str, refused: ImportUndoRefused) -> None:
        # QUndoCommand cannot fail: it is made obsolete, so the stack drops it (and nothing
        # is left pretending the import was taken back).
        self.setObsolete(True)
        self.on_refused(f"{title}: {refused}")


@dataclass(frozen=True, slots=True)
class ImportUndo:
    """Where the Import dialog puts an applied import: the window's history, and what the
    window does when the import is taken back or put again (or that is refused)."""

    stack: QUndoStack
    on_change: Callable[[], None]
    on_refused: Callable[[str], None]

    def push(self, file_name: str, record: ImportRecord) -> None:
        if not record.empty:
            self.stack.push(ImportCommand(file_name, record, self.on_change, self.on_refused))
