"""The Clients tab: welcome state on an empty database, else the list beside the detail."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ae_desktop.services import clients
from ae_desktop.services.client_rows import load_client_rows
from ae_desktop.services.settings import currency
from ae_desktop.services.startup import StartupRead
from ae_desktop.ui.clients.client_form import NewClientDialog
from ae_desktop.ui.clients.commands import ArchiveClientCommand
from ae_desktop.ui.clients.detail import ClientDetail
from ae_desktop.ui.clients.list_panel import ClientListPanel
from ae_desktop.ui.empty_state import EmptyState
from ae_desktop.ui.messages import warn
from ae_desktop.ui.undo import undo_actions
from ae_desktop.ui.worker import run_in_background

log = logging.getLogger(__name__)

WELCOME, CONTENT = 0, 1


class ClientsTab(QWidget):
    status_message = Signal(str)
    deal_open_requested = Signal(int)
    client_changed = Signal(int)  # a client, its contacts or its log changed
    sample_loaded = Signal()  # every table changed: the other tabs read again
    new_deal_requested = Signal(int)  # client id

    def __init__(
        self,
        today: Callable[[], date] = date.today,
        icon: Callable[[str], QIcon] | None = None,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        # The window's one history; a tab on its own (tests) keeps one with its own actions.
        self._own_undo = undo_stack is None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        icon_for = icon or (lambda name: QIcon())
        self.welcome = EmptyState(
            self.tr("Welcome to AE Desktop"),
            self.tr(
                "Keep every client, contact and conversation in one calm place, on your own "
                "laptop. Start with sample data to look around, or add your first client."
            ),
            icon_for("app"),
        )
        self.sample_button = self.welcome.add_button(self.tr("Load sample data"))
        self.first_client_button = self.welcome.add_button(
            self.tr("Add your first client"), primary=True
        )
        self.sample_button.clicked.connect(self._on_sample_clicked)
        self.first_client_button.clicked.connect(self.new_client)
        self.list_panel = ClientListPanel(currency(), icon_for("warning"))
        self.detail = ClientDetail(self.undo_stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._loaded_on = today()
        self._active = True
        self._loading_sample = False
        self._connect()
        self._add_shortcuts()
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock_tick)
        self._clock.start()

    def _connect(self) -> None:
        self.list_panel.selection_changed.connect(self._on_selection_changed)
        self.detail.client_saved.connect(self._on_client_changed)
        self.detail.archive_requested.connect(self.set_archived)
        self.detail.log_requested.connect(self.log_interaction)
        self.detail.status_message.connect(self.status_message)
        self.detail.deal_open_requested.connect(self.deal_open_requested)
        self.detail.new_deal_requested.connect(self.new_deal_requested)

    def _add_shortcuts(self) -> None:
        """Shortcuts work anywhere in the window while this tab is shown (see set_active)."""
        self.new_action = QAction(self.tr("&New client…"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_client)
        self.log_action = QAction(self.tr("&Log interaction…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.triggered.connect(self.log_interaction)
        self.find_action = QAction(self.tr("&Find client"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._on_find_key)
        if self._own_undo:
            self.undo_action, self.redo_action = undo_actions(
                self.undo_stack, self, self.status_message.emit
            )
        for action in (self.new_action, self.log_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        archive = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_panel.table)
        archive.setContext(Qt.ShortcutContext.WidgetShortcut)
        archive.setWhatsThis(self.tr("Archive the selected client"))
        archive.activated.connect(self._on_archive_key)

    def set_active(self, active: bool) -> None:
        """Only the shown tab answers New, Log and Find."""
        self._active = active
        self._update_actions()

    def _update_actions(self) -> None:
        # Sample data goes only into an empty database, in one transaction in a worker:
        # nothing may be created meanwhile.
        idle = not self._loading_sample
        self.new_action.setEnabled(self._active and idle)
        self.log_action.setEnabled(self._active and idle)
        self.find_action.setEnabled(self._active)
        self.sample_button.setEnabled(idle)
        self.first_client_button.setEnabled(idle)

    def focus_first(self) -> None:
        """Where the keyboard starts: the client list, or the welcome screen's main button."""
        if self.stack.currentIndex() == WELCOME:
            self.first_client_button.setFocus()
        else:
            self.list_panel.table.setFocus()

    # -- loading ---------------------------------------------------------------------------

    def reload(self, startup: StartupRead | None = None) -> None:
        """Show every client: as read by *startup*, else read again (e.g. after sample data)."""
        today = self._today()
        self._loaded_on = today
        if startup is not None:
            rows = startup.client_rows()
            self.list_panel.set_rows(rows, today, startup.search_texts)
        else:
            rows = load_client_rows(today)
            self.list_panel.set_rows(rows, today)
        self.stack.setCurrentIndex(CONTENT if rows else WELCOME)
        if rows and self.list_panel.current_id() is None:
            self.list_panel.select_row(0)

    def _on_clock_tick(self) -> None:
        # Left open overnight, the neglected flags and overdue follow-ups move with the date.
        if self._today() != self._loaded_on:
            self.reload()

    def _refresh_client(self, client_id: int) -> None:
        """Re-read one client; if it left the filtered list, the next client is selected."""
        row = self.list_panel.current_row()
        fresh = load_client_rows(self._today(), client_ids=[client_id])
        self.list_panel.replace_rows(fresh, [client_id])
        if self.stack.currentIndex() == WELCOME and fresh:
            self.stack.setCurrentIndex(CONTENT)
        if self.list_panel.current_id() is None and row >= 0:
            self.list_panel.select_row(row)
        self.client_changed.emit(client_id)

    # -- selection -------------------------------------------------------------------------

    def _on_selection_changed(self, client_id: int | None) -> None:
        if client_id == self.detail.client_id:
            return
        previous = self.detail.client_id
        if previous is not None and self.detail.is_dirty() and not self.detail.save_pending():
            # The edits stay to be corrected: the list goes back to the client being edited.
            self.list_panel.blockSignals(True)
            self.list_panel.select(previous)
            self.list_panel.blockSignals(False)
            return
        self.detail.show_client(client_id)

    def current_client_id(self) -> int | None:
        return self.detail.client_id

    # -- actions ---------------------------------------------------------------------------

    def new_client(self) -> None:
        dialog = NewClientDialog(self)
        if dialog.exec() and dialog.client_id is not None:
            self._refresh_client(dialog.client_id)
            self._clear_filters_for(dialog.client_id)
            name = clients.get_client(dialog.client_id).name
            self.status_message.emit(self.tr("Created “{0}”.").format(name))

    def show_client(self, client_id: int) -> None:
        """Select a client asked for elsewhere (the Today strip), clearing filters hiding it."""
        self._clear_filters_for(client_id)
        self.list_panel.table.setFocus()

    def _clear_filters_for(self, client_id: int) -> None:
        if not self.list_panel.select(client_id):
            self.list_panel.filter_box.clear()
            self.list_panel.tier.setCurrentIndex(0)
            self.list_panel.status.setCurrentIndex(0)
            self.list_panel.neglected.setChecked(False)
            self.list_panel.select(client_id)

    def log_interaction(self) -> None:
        client_id = self.detail.client_id
        if client_id is None:
            self.status_message.emit(self.tr("Select a client first, then log the interaction."))
            return
        from ae_desktop.ui.clients.log_dialog import LogInteractionDialog  # not at start-up

        dialog = LogInteractionDialog(client_id, datetime.now(), self)
        if dialog.exec():
            self.detail.refresh()
            self._refresh_client(client_id)
            name = clients.get_client(client_id).name
            self.status_message.emit(self.tr("Interaction with “{0}” logged.").format(name))

    def set_archived(self, client_id: int, archive: bool) -> None:
        name = clients.get_client(client_id).name
        self.undo_stack.push(ArchiveClientCommand(client_id, name, archive, self._on_archived))
        message = (
            self.tr("Archived “{0}”. Press Ctrl+Z to undo.")
            if archive
            else self.tr("Restored “{0}”.")
        )
        self.status_message.emit(message.format(name))

    def _on_archived(self, client_id: int) -> None:
        self._refresh_client(client_id)
        if not self.list_panel.select(client_id) and self.detail.client_id == client_id:
            self.detail.show_client(client_id)

    def _on_archive_key(self) -> None:
        client_id = self.list_panel.current_id()
        if client_id is None:
            return
        row = self.list_panel.model.row_at(self.list_panel.model.row_of(client_id))
        if row.archived:
            self.status_message.emit(
                self.tr("“{0}” is already archived: use Restore to bring it back.").format(row.name)
            )
        else:
            self.set_archived(client_id, True)

    def _on_find_key(self) -> None:
        self.list_panel.filter_box.setFocus()
        self.list_panel.filter_box.selectAll()

    def refresh_client(self, client_id: int) -> None:
        """Something elsewhere (a deal) changed this client: its row and detail follow."""
        self._refresh_client(client_id)
        if self.detail.client_id == client_id:
            self.detail.refresh()

    def _on_client_changed(self, client_id: int) -> None:
        self._refresh_client(client_id)

    def _on_sample_clicked(self) -> None:
        from ae_desktop.services.sample import load_sample_data  # not at start-up

        self._loading_sample = True
        self._update_actions()
        self.status_message.emit(self.tr("Loading sample data…"))
        today = self._today()
        run_in_background(
            lambda: load_sample_data(today),
            self._on_sample_loaded,
            self._on_sample_failed,
            owner=self,
        )

    def _on_sample_loaded(self, _counts: object) -> None:
        self._loading_sample = False
        self._update_actions()
        self.reload()
        self.sample_loaded.emit()
        self.status_message.emit(self.tr("Sample data loaded"))

    def _on_sample_failed(self, exc: Exception) -> None:
        self._loading_sample = False
        self._update_actions()
        warn(self, self.tr("Sample data"), self.tr("Could not load sample data:\n{0}").format(exc))
