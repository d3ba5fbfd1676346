"""Undoable edits of the Clients tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ae_desktop.services import clients


class ArchiveClientCommand(QUndoCommand):
    """Archive or restore a client; undo does the opposite."""

    def __init__(
        self, client_id: int, name: str, archive: bool, on_change: Callable[[int], None]
    ) -> None:
        text = (
            QCoreApplication.translate("commands", "Archive {0}")
            if archive
            else QCoreApplication.translate("commands", "Restore {0}")
        )
        super().__init__(text.format(name))
        self.client_id = client_id
        self.archive = archive
        self.on_change = on_change

    def redo(self) -> None:
        clients.set_archived(self.client_id, self.archive)
        self.on_change(self.client_id)

    def undo(self) -> None:
        clients.set_archived(self.client_id, not self.archive)
        self.on_change(self.client_id)
