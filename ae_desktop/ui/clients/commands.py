"""Undoable edits of the Clients tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ae_desktop.services import clients, contacts, interactions
from ae_desktop.services.edit_history import Values, put_client_values
from ae_desktop.ui.undo import SavedValuesCommand, undo_text


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
        super().__init__(undo_text(text.format(name)))
        self.client_id = client_id
        self.archive = archive
        self.on_change = on_change

    def redo(self) -> None:
        clients.set_archived(self.client_id, self.archive)
        self.on_change(self.client_id)

    def undo(self) -> None:
        clients.set_archived(self.client_id, not self.archive)
        self.on_change(self.client_id)


class DeleteInteractionCommand(QUndoCommand):
    """Delete an interaction logged by mistake; undo brings it and its follow-up back."""

    def __init__(self, interaction_id: int, client_id: int, on_change: Callable[[int], None]):
        super().__init__(QCoreApplication.translate("commands", "Delete interaction"))
        self.interaction_id = interaction_id
        self.client_id = client_id
        self.on_change = on_change

    def redo(self) -> None:
        self.deleted = interactions.delete_interaction(self.interaction_id)
        self.on_change(self.client_id)

    def undo(self) -> None:
        self.interaction_id = interactions.restore_interaction(self.deleted)
        self.on_change(self.client_id)


class EditInteractionCommand(QUndoCommand):
    """An edit already saved by the dialog; undo puts the old values back."""

    def __init__(
        self,
        interaction_id: int,
        before: interactions.InteractionInput,
        after: interactions.InteractionInput,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("commands", "Edit interaction"))
        self.interaction_id = interaction_id
        self.before = before
        self.after = after
        self.on_change = on_change
        self._saved = True

    def redo(self) -> None:
        if self._saved:  # the dialog saved it already when the command was pushed
            self._saved = False
            return
        interactions.update_interaction(self.interaction_id, self.after, now=datetime.now())
        self.on_change(self.after.client_id)

    def undo(self) -> None:
        interactions.update_interaction(self.interaction_id, self.before, now=datetime.now())
        self.on_change(self.before.client_id)


class MakePrimaryCommand(QUndoCommand):
    """Make a contact the client's primary contact; undo gives the flag back to the one before."""

    def __init__(
        self, contact_id: int, client_id: int, name: str, on_change: Callable[[int], None]
    ) -> None:
        label = QCoreApplication.translate("commands", "Make {0} primary").format(name)
        super().__init__(undo_text(label))
        self.contact_id = contact_id
        self.client_id = client_id
        self.on_change = on_change
        self.previous: int | None = None

    def redo(self) -> None:
        self.previous = contacts.set_primary(self.contact_id)
        self.on_change(self.client_id)

    def undo(self) -> None:
        if self.previous is None:
            contacts.clear_primary(self.client_id)
        else:
            contacts.set_primary(self.previous)
        self.on_change(self.client_id)


def EditClientCommand(
    client_id: int,
    name: str,
    before: Values,
    after: Values,
    on_change: Callable[[int], None],
) -> SavedValuesCommand:
    """The edit saved from the form as a step of the window's undo history."""
    return SavedValuesCommand(client_id, name, before, after, put_client_values, on_change)
