"""A client's contacts: a small table with add, edit, delete (undoable) and the primary flag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services import contacts, edit_history
from ae_desktop.services.errors import ValidationError
from ae_desktop.ui.clients.commands import MakePrimaryCommand
from ae_desktop.ui.forms import FieldErrors
from ae_desktop.ui.undo import SavedValuesCommand, undo_text
from ae_desktop.ui.views import HintTableView

_Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[contacts.ContactRow] = []

    def set_rows(self, rows: list[contacts.ContactRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> contacts.ContactRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = f"★ {row.name}" if row.is_primary else row.name
            return [name, row.role, row.email, row.phone][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and row.is_primary:
            return self.tr("Primary contact")
        if role == Qt.ItemDataRole.FontRole and row.is_primary and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ContactDialog(QDialog):
    """Add or edit one contact; messages at the fields, nothing saved until the input is good."""

    def __init__(
        self, client_id: int, row: contacts.ContactRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.row = row
        self.setWindowTitle(self.tr("Edit contact") if row else self.tr("New contact"))
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. Head of Procurement"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.primary = QCheckBox(self.tr("Primary contact for this client"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("&Role"), self.errors.wrap("role", self.role))
        form.addRow(self.tr("&E-mail"), self.errors.wrap("email", self.email))
        form.addRow(self.tr("&Phone"), self.errors.wrap("phone", self.phone))
        form.addRow("", self.primary)
        form.addRow(self.tr("N&otes"), self.errors.wrap("notes", self.notes))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if row is not None:
            self.name.setText(row.name)
            self.role.setText(row.role)
            self.email.setText(row.email)
            self.phone.setText(row.phone)
            self.primary.setChecked(row.is_primary)
            self.notes.setPlainText(row.notes)
        self.name.setFocus()

    def value(self) -> contacts.ContactInput:
        return contacts.ContactInput(
            name=self.name.text(),
            role=self.role.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            is_primary=self.primary.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        try:
            if self.row is None:
                contacts.add_contact(self.client_id, self.value())
            else:
                contacts.update_contact(self.row.id, self.value())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        super().accept()


class DeleteContactCommand(QUndoCommand):
    def __init__(self, row: contacts.ContactRow, on_change: Any) -> None:
        label = QCoreApplication.translate("commands", "Delete contact {0}").format(row.name)
        super().__init__(undo_text(label))
        self.contact_id = row.id
        self.client_id = row.client_id
        self.on_change = on_change

    def redo(self) -> None:
        self.deleted = contacts.delete_contact(self.contact_id)
        self.on_change(self.client_id)

    def undo(self) -> None:
        # The contact may come back under a new id; a later redo must delete that one.
        self.contact_id = contacts.restore_contact(self.deleted)
        self.on_change(self.client_id)


class ContactsPanel(QWidget):
    """The contacts of the selected client."""

    contacts_changed = Signal(int)
    status_message = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.client_id: int | None = None
        self.model = ContactTableModel(self)
        self.table = HintTableView()
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.set_empty_hint(self.tr("No contacts yet: add the people you deal with here."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.add_button = QPushButton(self.tr("Add contact…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.primary_button = QPushButton(self.tr("Make primary"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.primary_button.clicked.connect(self._on_primary_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.setWhatsThis(self.tr("Delete the selected contact"))
        delete.activated.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.primary_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.model.set_rows(contacts.list_contacts(client_id) if client_id else [])
        self._update_buttons()

    def _selected(self) -> contacts.ContactRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self._selected()
        self.add_button.setEnabled(self.client_id is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(selected is not None)
        self.primary_button.setEnabled(selected is not None and not selected.is_primary)

    def _refresh(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.show_client(client_id)
        self.contacts_changed.emit(client_id)

    def _on_add_clicked(self) -> None:
        if self.client_id is not None:
            self._saved_in_dialog(self.client_id, None)

    def _on_edit_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self._saved_in_dialog(row.client_id, row)

    def _saved_in_dialog(self, client_id: int, row: contacts.ContactRow | None) -> None:
        """Add or edit a contact in its dialog; what it saved is one step of the undo history."""
        before = edit_history.contacts_values(client_id)
        dialog = ContactDialog(client_id, row, self)
        if not dialog.exec():
            return
        name = dialog.name.text().strip()
        label = (
            QCoreApplication.translate("commands", "Add contact {0}")
            if row is None
            else QCoreApplication.translate("commands", "Edit contact {0}")
        ).format(name)
        after = edit_history.contacts_values(client_id)
        put = edit_history.put_contacts_values
        self.undo_stack.push(
            SavedValuesCommand(client_id, name, before, after, put, self._refresh, label)
        )
        self._refresh(client_id)

    def _on_primary_clicked(self) -> None:
        row = self._selected()
        if row is not None and not row.is_primary:
            self.undo_stack.push(MakePrimaryCommand(row.id, row.client_id, row.name, self._refresh))
            self.status_message.emit(
                self.tr("“{0}” is now the primary contact. Press Ctrl+Z to undo.").format(row.name)
            )

    def _on_delete_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self.undo_stack.push(DeleteContactCommand(row, self._refresh))
            self.status_message.emit(
                self.tr("Deleted contact “{0}”. Press Ctrl+Z to undo.").format(row.name)
            )
