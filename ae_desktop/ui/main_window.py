"""The main window: Clients, Deals and Agenda tabs, menus, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QSettings, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from ae_desktop.services.startup import StartupRead
from ae_desktop.ui.clients.tab import ClientsTab

if TYPE_CHECKING:
    from ae_desktop.services.import_plan import ImportSummary
    from ae_desktop.ui.agenda.tab import AgendaTab
    from ae_desktop.ui.cheat_sheet import CheatSheet
    from ae_desktop.ui.deals.tab import DealsTab
from ae_desktop.ui.icons import icon
from ae_desktop.ui.palette.commands import PaletteCommands
from ae_desktop.ui.undo import undo_actions
from ae_desktop.ui.window_layout import restore_layout, save_layout

STATUS_TIMEOUT_MS = 6000
IMPORT_SUFFIXES = frozenset({".csv", ".txt", ".vcf", ".vcard", ".ics", ".json"})


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file in *mime* that can be imported (by its name), else None."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in IMPORT_SUFFIXES else None


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
        self._today = today
        # One history for the window: Ctrl+Z undoes the last edit whichever tab made it.
        self.undo_stack = QUndoStack(self)
        self._stale: set[QWidget] = set()  # tabs to read again when next shown (after undo)
        self.clients_tab = ClientsTab(today=today, icon=icon, undo_stack=self.undo_stack)
        # The Deals tab is built when first needed: not at start-up, where every ms counts.
        self.deals_host = QWidget()
        QVBoxLayout(self.deals_host).setContentsMargins(0, 0, 0, 0)
        self._deals_tab: DealsTab | None = None
        self.agenda_host = QWidget()
        QVBoxLayout(self.agenda_host).setContentsMargins(0, 0, 0, 0)
        self._agenda_tab: AgendaTab | None = None
        self._cheat_sheet: CheatSheet | None = None
        self.tabs.addTab(self.clients_tab, self.tr("&Clients"))
        self.tabs.addTab(self.deals_host, self.tr("&Deals"))
        self.tabs.addTab(self.agenda_host, self.tr("&Agenda"))
        self.setCentralWidget(self.tabs)
        self.clients_tab.status_message.connect(self._on_status_message)
        self.clients_tab.deal_open_requested.connect(lambda i: self.deals_tab.open_deal(i))
        self.clients_tab.new_deal_requested.connect(lambda i: self.deals_tab.new_deal(i))
        self.clients_tab.client_changed.connect(self._on_client_changed)
        self.clients_tab.sample_loaded.connect(self._on_sample_loaded)
        self.new_deal_action = QAction(self.tr("New &deal…"), self)
        self.new_deal_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_deal_action.triggered.connect(self._on_new_deal)
        self.addAction(self.new_deal_action)
        self.quick_task_action = QAction(self.tr("New &task…"), self)
        self.quick_task_action.setShortcut(QKeySequence("Ctrl+T"))
        self.quick_task_action.triggered.connect(self._on_quick_task)
        self.addAction(self.quick_task_action)
        self.report_action = QAction(self.tr("&Weekly report…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+R"))
        self.report_action.triggered.connect(self.show_report)
        self.addAction(self.report_action)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.show_import(None))
        self.addAction(self.import_action)
        self.export_action = QAction(self.tr("E&xport…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.show_export)
        self.addAction(self.export_action)
        self.setAcceptDrops(True)  # a CSV, vCard or calendar file dropped here is imported
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.palette_commands = PaletteCommands(self)  # Ctrl+K; Plan my day, Back up now
        self._build_menus()
        self.statusBar()
        restore_layout(self)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.clients_tab.new_action)
        file_menu.addAction(self.clients_tab.log_action)
        file_menu.addAction(self.clients_tab.find_action)
        file_menu.addAction(self.palette_commands.palette_action)
        file_menu.addAction(self.new_deal_action)
        file_menu.addAction(self.quick_task_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        # The platform's Preferences key (Cmd+, on macOS); none on Linux/Windows: Ctrl+,.
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action, self.redo_action = undo_actions(
            self.undo_stack, self, self._on_status_message
        )
        for action in (self.undo_action, self.redo_action):
            action.triggered.connect(self._on_undone_or_redone)
            self.edit_menu.addAction(action)
        report_menu = self.menuBar().addMenu(self.tr("&Report"))
        report_menu.addAction(self.report_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        # The platform's Help key (F1 here, Cmd+? on macOS), and Ctrl+/ everywhere.
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        slash = QKeySequence("Ctrl+/")
        self.shortcuts_action.setShortcuts([*keys, *([] if slash in keys else [slash])])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.shortcuts_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About AE Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    @property
    def deals_tab(self) -> DealsTab:
        if self._deals_tab is None:
            from ae_desktop.ui.deals import tab as deals  # built when first needed

            tab = deals.DealsTab(today=self._today, undo_stack=self.undo_stack)
            tab.status_message.connect(self._on_status_message)
            tab.client_deals_changed.connect(self.clients_tab.refresh_client)
            layout = self.deals_host.layout()
            if layout is not None:
                layout.addWidget(tab)
            self._deals_tab = tab
        return self._deals_tab

    @property
    def agenda_tab(self) -> AgendaTab:
        if self._agenda_tab is None:
            from ae_desktop.ui.agenda import tab as agenda  # built when first needed

            tab = agenda.AgendaTab(today=self._today, undo_stack=self.undo_stack)
            tab.status_message.connect(self._on_status_message)
            tab.client_requested.connect(self.show_client)
            tab.deal_requested.connect(self.show_deal)
            layout = self.agenda_host.layout()
            if layout is not None:
                layout.addWidget(tab)
            self._agenda_tab = tab
        return self._agenda_tab

    def show_deal(self, deal_id: int) -> None:
        """Go to the Deals tab and open a deal in the editor (the Today strip's rotting deals)."""
        self.tabs.setCurrentWidget(self.deals_host)
        self.deals_tab.open_deal(deal_id)

    def show_client(self, client_id: int) -> None:
        """Go to a client on the Clients tab (clearing filters that hide it)."""
        self.tabs.setCurrentWidget(self.clients_tab)
        self.clients_tab.show_client(client_id)

    def _on_quick_task(self) -> None:
        """Ctrl+T anywhere; on the Clients tab the task is for the selected client."""
        client_id = None
        if self.tabs.currentWidget() is self.clients_tab:
            client_id = self.clients_tab.current_client_id()
        self.agenda_tab.quick_add(client_id)

    def _on_sample_loaded(self) -> None:
        for tab in (self._deals_tab, self._agenda_tab):
            if tab is not None and tab.loaded:
                tab.reload()

    def _on_client_changed(self, client_id: int) -> None:
        if self._deals_tab is not None:
            self._deals_tab.refresh_client(client_id)

    def _on_new_deal(self) -> None:
        """Ctrl+Shift+N anywhere; on the Clients tab the deal is for the selected client."""
        client_id = None
        if self.tabs.currentWidget() is self.clients_tab:
            client_id = self.clients_tab.current_client_id()
        self.deals_tab.new_deal(client_id)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: a window beside this one, read from the real actions."""
        from ae_desktop.ui.cheat_sheet import CheatSheet  # not needed for the first paint

        _ = self.deals_tab, self.agenda_tab  # built (not loaded): their keys are listed too
        if self._cheat_sheet is None:
            self._cheat_sheet = CheatSheet(self)
        if self._cheat_sheet.isVisible():  # behind this window: read again, brought forward
            self._cheat_sheet.refresh()
            self._cheat_sheet.raise_()
            self._cheat_sheet.activateWindow()
        else:
            self._cheat_sheet.show()

    def show_about(self) -> None:
        from ae_desktop.ui.about import AboutDialog  # not needed for the first paint

        AboutDialog(self).exec()

    def show_report(self) -> None:
        """The Weekly report dialog, for this week (last week on the week's first day)."""
        from ae_desktop.ui.report.dialog import ReportDialog  # not needed for the first paint

        dialog = ReportDialog(self.settings, self._today(), self)
        dialog.exec()
        dialog.deleteLater()  # its page images are megabytes: not kept until the window closes

    def show_import(self, path: Path | None = None) -> None:
        """The Import dialog, on *path* or (None) on a file the user chooses first."""
        from ae_desktop.ui.interop.import_command import ImportUndo
        from ae_desktop.ui.interop.import_dialog import ImportDialog  # not for the first paint

        undo = ImportUndo(self.undo_stack, self.reload_tabs, self._on_import_undo_refused)
        dialog = ImportDialog(path, self, today=self._today(), undo=undo)
        dialog.imported.connect(self._on_imported)
        dialog.exec()
        dialog.deleteLater()

    def _on_imported(self, summary: ImportSummary) -> None:
        """The tabs read the data again when the import changed it; the history stays, the
        import its last step (a full export brought back replaced everything: it is cleared)."""
        if summary.changes:
            if summary.record is None:
                self.reload_all()
            else:
                self.reload_tabs()
            n = summary.changes
            one, many = (
                self.tr("Import finished: 1 change."),
                self.tr("Import finished: {0} changes."),
            )
            text = one if n == 1 else many.format(n)
        else:
            text = self.tr("Import finished: nothing changed.")
        self._on_status_message(text)

    def _on_import_undo_refused(self, message: str) -> None:
        from ae_desktop.ui.messages import warn

        self._on_status_message(message)
        warn(self, self.tr("Undo"), message)

    def show_export(self) -> None:
        """The Export dialog; on the Clients tab, vCard can be the selected client's only."""
        from ae_desktop.ui.interop.export_dialog import ExportDialog  # not for the first paint

        client_id = None
        if self.tabs.currentWidget() is self.clients_tab:
            client_id = self.clients_tab.current_client_id()
        dialog = ExportDialog(self, client_id, today=self._today())
        dialog.exec()
        dialog.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()  # the cursor shows that this cannot be dropped here

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Opened once the drop has finished: a dialog run inside it would hold the drag source.
        QTimer.singleShot(0, lambda: self.show_import(path))

    def show_settings(self) -> None:
        """The Settings dialog; a restore made there, or new settings, make every tab read the
        data again (the agenda's day and quadrants, the neglect flags, the currency)."""
        if self.clients_tab.detail.is_dirty() and not self.clients_tab.detail.save_pending():
            return  # the edit in progress is not lost: it stays to be corrected first
        from ae_desktop.ui.settings.dialog import SettingsDialog  # not needed for the first paint

        dialog = SettingsDialog(self)
        dialog.data_replaced.connect(self.reload_all)
        dialog.settings_saved.connect(self.reload_tabs)
        dialog.exec()
        dialog.deleteLater()

    def reload_all(self) -> None:
        """Every tab that has been shown reads the database again (a restore replaced it).
        The undo history is cleared: it refers to records of the data that was replaced."""
        self.undo_stack.clear()
        self.reload_tabs()

    def reload_tabs(self) -> None:
        """Every tab that has been shown reads the database again; the undo history stays
        (new settings, an import: the records are the same)."""
        self._stale.clear()
        self.clients_tab.reload()
        # The same client id may be selected before and after: show the restored one.
        self.clients_tab.detail.show_client(self.clients_tab.list_panel.current_id())
        self._on_sample_loaded()

    def load(self, startup: StartupRead | None = None) -> None:
        """Show what the visible tab needs, as read by *startup* when given."""
        self.clients_tab.reload(startup)
        self.clients_tab.focus_first()

    def _on_tab_changed(self, index: int) -> None:
        current = self.tabs.widget(index)
        self.clients_tab.set_active(current is self.clients_tab)
        if current is self.deals_host:
            self.deals_tab.set_active(True)
            current = self.deals_tab
        elif self._deals_tab is not None:
            self._deals_tab.set_active(False)
        if current is self.agenda_host:
            self.agenda_tab.set_active(True)
            current = self.agenda_tab
        self._reload_if_stale(current)

    def _on_undone_or_redone(self) -> None:
        """An undo or redo refreshed what its own tab shows; the tabs not shown may show
        something that depends on it (a client's deals, a deal on the Today strip): they
        read the data again when next shown."""
        shown = self.tabs.currentWidget()
        for host, tab in (
            (self.clients_tab, self.clients_tab),
            (self.deals_host, self._deals_tab),
            (self.agenda_host, self._agenda_tab),
        ):
            if host is not shown and tab is not None:
                self._stale.add(tab)

    def _reload_if_stale(self, tab: QWidget | None) -> None:
        if tab is None or tab not in self._stale:
            return
        self._stale.discard(tab)
        if tab is self.clients_tab:
            self.clients_tab.reload()
            if not self.clients_tab.detail.is_dirty():  # an edit in progress stays as typed
                self.clients_tab.detail.show_client(self.clients_tab.list_panel.current_id())
        elif tab is self._deals_tab and self._deals_tab.loaded:
            self._deals_tab.reload()
        elif tab is self._agenda_tab and self._agenda_tab.loaded:
            self._agenda_tab.reload()

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def set_size(self, width: int, height: int) -> None:
        """Resize the window; the client list gets a little more than half the width."""
        self.resize(width, height)
        self.clients_tab.splitter.setSizes([width * 11 // 20, width * 9 // 20])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.clients_tab.detail.is_dirty() and not self.clients_tab.detail.save_pending():
            event.ignore()
            return
        save_layout(self)
        super().closeEvent(event)
