"""A searchable client picker: type part of a name, pick from the matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ae_desktop.services.client_rows import client_names


class ClientPicker(QComboBox):
    """Every active client by name, plus an empty first entry for "no client"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for client_id, name in client_names():
            self.addItem(name, client_id)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def client_id(self) -> int | None:
        """The chosen client; typed text must match a client's name exactly."""
        typed = self.currentText().strip()
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if typed and index >= 0 else None
