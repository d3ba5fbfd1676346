"""The selected client: header, fields edited in place, timeline, contacts and open deals."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.logs import log_failure
from ae_desktop.services import clients
from ae_desktop.services.edit_history import client_values
from ae_desktop.services.errors import DuplicateClientError, NotFoundError, ValidationError
from ae_desktop.ui.clients.client_form import ClientForm, confirm_duplicate
from ae_desktop.ui.clients.commands import EditClientCommand
from ae_desktop.ui.clients.contacts import ContactsPanel
from ae_desktop.ui.clients.deals_panel import ClientDealsPanel
from ae_desktop.ui.clients.timeline import TimelinePanel
from ae_desktop.ui.empty_state import EmptyState
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import status_label, tier_label
from ae_desktop.ui.messages import ask, warn

_Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)


class ClientDetail(QWidget):
    """Shows one client; edits are saved with Save (Ctrl+S) and can be reverted before that."""

    client_saved = Signal(int)
    deal_open_requested = Signal(int)
    new_deal_requested = Signal(int)  # client id
    status_message = Signal(str)
    archive_requested = Signal(int, bool)
    log_requested = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id: int | None = None
        self._detail: clients.ClientDetail | None = None
        self.undo_stack = undo_stack
        self.stack = QStackedWidget()
        self.none_selected = EmptyState(
            self.tr("No client selected"),
            self.tr("Pick a client in the list to see their details, contacts and history."),
        )
        self.stack.addWidget(self.none_selected)
        self.stack.addWidget(self._build_content(undo_stack))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.setWhatsThis(self.tr("Save the client's details"))
        save.activated.connect(self._on_save_clicked)

    def _build_content(self, undo_stack: QUndoStack) -> QWidget:
        content = QWidget()
        self.title = plain_label()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setObjectName("clientTitle")
        self.subtitle = muted_label()
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.log_button.setToolTip(self.tr("Log a call, meeting or e-mail (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_requested)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.clicked.connect(self._on_archive_clicked)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.log_button)
        header.addWidget(self.archive_button)

        self.form = ClientForm(compact=True)
        self.form.edited.connect(self._on_form_edited)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setToolTip(self.tr("Save the client's details (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.save_state = muted_label()
        actions = QHBoxLayout()
        actions.addWidget(self.save_state, 1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)

        self.timeline = TimelinePanel(undo_stack)
        self.timeline.interactions_changed.connect(self._on_interactions_changed)
        self.timeline.status_message.connect(self.status_message)
        self.contacts = ContactsPanel(undo_stack)
        self.contacts.contacts_changed.connect(self._on_contacts_changed)
        self.contacts.status_message.connect(self.status_message)
        self.deals = ClientDealsPanel()
        self.deals.deal_open_requested.connect(self.deal_open_requested)
        self.deals.new_deal_requested.connect(self._on_new_deal_requested)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.timeline, self.tr("Timeline"))
        self.sections.addTab(self.contacts, self.tr("Contacts"))
        self.sections.addTab(self.deals, self.tr("Open deals"))

        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addLayout(actions)
        layout.addWidget(self.sections, 1)
        self._set_dirty(False)
        return content

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        if client_id is None:
            self._detail = None
            self.stack.setCurrentIndex(0)
            self.contacts.show_client(None)
            return
        try:
            detail = clients.get_client(client_id)
        except NotFoundError:
            self.show_client(None)
            return
        self._detail = detail
        self.stack.setCurrentIndex(1)
        self._show_header(detail)
        self.form.set_value(detail.as_input())
        self._set_dirty(False)
        self.timeline.show_client(client_id)
        self.contacts.show_client(client_id)
        self.deals.model.set_rows(detail.open_deals)
        self._update_section_titles()

    def _show_header(self, detail: clients.ClientDetail) -> None:
        self.title.setText(detail.name)
        parts = [tier_label(detail.tier)]
        if status_label(detail.status) != parts[0]:  # a prospect is both tier and status
            parts.append(status_label(detail.status))
        if detail.industry:
            parts.append(detail.industry)
        if detail.satisfaction:
            parts.append(self.tr("CSAT {0}/5").format(detail.satisfaction))
        if detail.archived:
            parts.append(self.tr("archived"))
        self.subtitle.setText("  ·  ".join(parts))
        self.archive_button.setText(self.tr("Restore") if detail.archived else self.tr("Archive"))
        self.archive_button.setToolTip(
            self.tr("Bring this client back to the list")
            if detail.archived
            else self.tr("Hide this client from the list; its history is kept (Delete)")
        )

    def _update_section_titles(self) -> None:
        self.sections.setTabText(
            0, self.tr("Timeline ({0})").format(self.timeline.model.rowCount())
        )
        self.sections.setTabText(
            1, self.tr("Contacts ({0})").format(self.contacts.model.rowCount())
        )
        self.sections.setTabText(2, self.tr("Open deals ({0})").format(self.deals.model.rowCount()))

    def refresh(self) -> None:
        """Reload after a change elsewhere, keeping unsaved edits in the form."""
        if self.client_id is None:
            return
        if self.is_dirty():
            self.timeline.show_client(self.client_id)
            self.contacts.show_client(self.client_id)
            self._update_section_titles()
        else:
            self.show_client(self.client_id)

    def is_dirty(self) -> bool:
        return self.save_button.isEnabled()

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_state.setText(self.tr("Unsaved changes") if dirty else "")

    def _on_form_edited(self) -> None:
        self._set_dirty(True)

    def _on_save_clicked(self) -> bool:
        if self.client_id is None or not self.is_dirty():
            return True
        try:
            data = self.form.value()
            before = client_values(self.client_id)
            try:
                clients.update_client(self.client_id, data)
            except DuplicateClientError as dup:
                if not confirm_duplicate(self, dup):
                    return False
                clients.update_client(self.client_id, data, allow_duplicate=True)
        except ValidationError as exc:
            self.form.errors.show(exc.errors)
            self.save_state.setText(self.tr("Not saved: correct the fields in red"))
            return False
        except Exception as exc:  # an unforeseen failure must not leave the pane half-updated
            log_failure(log, "Saving a client", exc)
            self.save_state.setText(self.tr("Not saved"))
            warn(self, self.tr("Not saved"), self.tr("The changes could not be saved."))
            return False
        client_id = self.client_id
        after = client_values(client_id)
        if after != before:
            name = str(after["name"])
            edit = EditClientCommand(client_id, name, before, after, self._on_edit_undone)
            self.undo_stack.push(edit)
        self.show_client(client_id)
        self.save_state.setText(self.tr("Saved"))
        self.client_saved.emit(client_id)
        return True

    def _on_edit_undone(self, client_id: int) -> None:
        """An edit undone or redone: the form shows it, unless the user is typing another."""
        if self.client_id == client_id and not self.is_dirty():
            self.show_client(client_id)
        self.client_saved.emit(client_id)

    def save_pending(self) -> bool:
        """Save unsaved edits before moving on; if they cannot be saved, offer to drop them.

        Returns False when the user keeps them to correct them (the move should not happen).
        """
        if self._on_save_clicked():
            return True
        if self._detail is None or not ask(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "Your changes to “{0}” cannot be saved as they are.\n\n"
                "Discard them? Choose No to go back and correct them."
            ).format(self._detail.name),
        ):
            return False
        self._on_revert_clicked()
        return True

    def _on_revert_clicked(self) -> None:
        if self._detail is not None:
            self.form.set_value(self._detail.as_input())
            self._set_dirty(False)

    def _on_archive_clicked(self) -> None:
        if self._detail is not None:
            self.archive_requested.emit(self._detail.id, not self._detail.archived)

    def _on_new_deal_requested(self) -> None:
        if self.client_id is not None:
            self.new_deal_requested.emit(self.client_id)

    def _on_interactions_changed(self, client_id: int) -> None:
        self.refresh()
        self.client_saved.emit(client_id)

    def _on_contacts_changed(self, client_id: int) -> None:
        # Interactions show their contact's name: a renamed or deleted contact changes them.
        self.timeline.show_client(self.client_id)
        self._update_section_titles()
        self.client_saved.emit(client_id)
