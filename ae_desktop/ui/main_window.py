"""The main window: Clients, Deals and Agenda tabs, menus, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from ae_desktop.services.startup import StartupRead
from ae_desktop.ui.clients.tab import ClientsTab
from ae_desktop.ui.deals.tab import DealsTab
from ae_desktop.ui.empty_state import EmptyState
from ae_desktop.ui.icons import icon

STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("AE Desktop")
        self.setWindowIcon(icon("app"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.clients_tab = ClientsTab(today=today, icon=icon)
        self.deals_tab = DealsTab(today=today)
        self.agenda_tab = EmptyState(
            self.tr("The agenda is coming"),
            self.tr(
                "The Eisenhower matrix, the time-blocked day planner and the Today view arrive "
                "in a coming version. Follow-ups you log are already kept as tasks."
            ),
        )
        self.tabs.addTab(self.clients_tab, self.tr("&Clients"))
        self.tabs.addTab(self.deals_tab, self.tr("&Deals"))
        self.tabs.addTab(self.agenda_tab, self.tr("&Agenda"))
        self.setCentralWidget(self.tabs)
        self.clients_tab.status_message.connect(self._on_status_message)
        self.deals_tab.status_message.connect(self._on_status_message)
        self.clients_tab.deal_open_requested.connect(self.deals_tab.open_deal)
        self.clients_tab.new_deal_requested.connect(self.deals_tab.new_deal)
        self.deals_tab.client_deals_changed.connect(self.clients_tab.refresh_client)
        self.deals_tab.set_active(False)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._build_menus()
        self.statusBar()
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.clients_tab.new_action)
        file_menu.addAction(self.clients_tab.log_action)
        file_menu.addAction(self.clients_tab.find_action)
        file_menu.addAction(self.deals_tab.new_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._show_undo_of(self.clients_tab)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About AE Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        from ae_desktop.ui.about import AboutDialog  # not needed for the first paint

        AboutDialog(self).exec()

    def load(self, startup: StartupRead | None = None) -> None:
        """Show what the visible tab needs, as read by *startup* when given."""
        self.clients_tab.reload(startup)
        self.clients_tab.focus_first()

    def _on_tab_changed(self, index: int) -> None:
        current = self.tabs.widget(index)
        self.clients_tab.set_active(current is self.clients_tab)
        self.deals_tab.set_active(current is self.deals_tab)
        self._show_undo_of(current)

    def _show_undo_of(self, tab: QWidget | None) -> None:
        """The Edit menu holds the shown tab's Undo and Redo only: a tab's undo history is
        its own, and one Ctrl+Z must not match two actions."""
        for action in self.edit_menu.actions():
            self.edit_menu.removeAction(action)  # not clear(): the tabs own these actions
        undo = getattr(tab, "undo_action", None)
        redo = getattr(tab, "redo_action", None)
        if undo is not None and redo is not None:
            self.edit_menu.addAction(undo)
            self.edit_menu.addAction(redo)
        self.edit_menu.setEnabled(undo is not None)

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self.settings.value("window/splitter")
            if isinstance(state, QByteArray):
                self.clients_tab.splitter.restoreState(state)
        else:
            self._first_size()
        header = self.settings.value("clients/header")
        if isinstance(header, QByteArray):
            self.clients_tab.list_panel.restore_header(header)

    def _first_size(self) -> None:
        """1400 x 860, or nine tenths of a smaller screen."""
        width, height = 1400, 860
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(width, int(free.width() * 0.9))
            height = min(height, int(free.height() * 0.9))
        self.set_size(width, height)

    def set_size(self, width: int, height: int) -> None:
        """Resize the window; the client list gets a little more than half the width."""
        self.resize(width, height)
        self.clients_tab.splitter.setSizes([width * 11 // 20, width * 9 // 20])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.clients_tab.detail.is_dirty() and not self.clients_tab.detail.save_pending():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.clients_tab.splitter.saveState())
        self.settings.setValue("clients/header", self.clients_tab.list_panel.header_state())
        self.settings.sync()
        super().closeEvent(event)
