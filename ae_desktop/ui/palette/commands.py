"""The palette's commands: the window's own actions, by their menu names, and the few that
had only a button (Plan my day, Back up now), made actions here so the palette can run them."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ae_desktop.ui.shortcuts import SHEET_TEXT, plain
from ae_desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from ae_desktop.services.backups import BackupInfo
    from ae_desktop.ui.main_window import MainWindow

STATUS_TIMEOUT_MS = 6000
PALETTE_KEY = "Ctrl+K"


def command_name(action: QAction) -> str:
    """An action's name as the palette lists it: its menu text without '&' and '…'."""
    return plain(action.text()).replace("…", "").replace("...", "").strip()


class PaletteCommands(QObject):
    """Ctrl+K, and Plan my day and Back up now as actions of the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.palette_action = QAction(self.tr("&Go to anything…"), window)
        self.palette_action.setShortcut(QKeySequence(PALETTE_KEY))
        self.palette_action.setStatusTip(
            self.tr("Find a client, contact, deal, task or interaction, or run a command by name")
        )
        self.palette_action.triggered.connect(self.show_palette)
        self.plan_action = QAction(self.tr("Plan my day"), window)
        self.plan_action.triggered.connect(self.plan_my_day)
        self.backup_action = QAction(self.tr("Back up now"), window)
        self.backup_action.triggered.connect(self.back_up_now)
        for action in (self.palette_action, self.plan_action, self.backup_action):
            window.addAction(action)
        self.palette: QWidget | None = None

    def show_palette(self) -> None:
        from ae_desktop.ui.palette.dialog import PaletteDialog  # not needed for the first paint

        if self.palette is None:
            self.palette = PaletteDialog(self.window, self)
        assert isinstance(self.palette, PaletteDialog)
        self.palette.start()

    def plan_my_day(self) -> None:
        """The Agenda on today, and Plan my day pressed: the proposal shows, to accept."""
        window = self.window
        window.tabs.setCurrentWidget(window.agenda_host)
        day = window.agenda_tab.day
        day.today_button.click()
        day.plan_button.click()

    def back_up_now(self) -> None:
        """A manual backup in a worker, told in the status bar (Settings → Backups lists it)."""
        from ae_desktop.services import backups

        self._status(self.tr("Backing up…"), 0)
        now = datetime.now()
        run_in_background(
            lambda: backups.backup_now(now), self._on_backed_up, self._on_backup_failed, self
        )

    def _on_backed_up(self, saved: BackupInfo) -> None:
        from ae_desktop.ui.labels import date_text

        self._status(self.tr("Backed up: {0}.").format(date_text(saved.taken_at)))

    def _on_backup_failed(self, exc: Exception) -> None:
        self._status(self.tr("The backup failed: {0}").format(exc))

    def _status(self, text: str, timeout: int = STATUS_TIMEOUT_MS) -> None:
        self.window.statusBar().showMessage(text, timeout)

    # -- what the palette lists -----------------------------------------------------------

    def commands(self) -> list[QAction]:
        """The window's actions a user can run now, menus first, each once: enabled, or of a
        tab not shown (it is shown first, see run). Not the palette itself, nor Undo/Redo."""
        window = self.window
        found: list[QAction] = []
        seen: set[int] = set()
        pages = _tab_pages(window)
        current = window.tabs.currentWidget()

        def add(action: QAction) -> None:
            if id(action) in seen or action is self.palette_action:
                return
            seen.add(id(action))
            if action.isSeparator() or action.menu() is not None or not action.isVisible():
                return
            if not command_name(action) or action.property(SHEET_TEXT):
                return  # no name, or one that changes (Undo "Move Acme to Won")
            page = _page_of(action, pages)
            if action.isEnabled() or (page is not None and page is not current):
                found.append(action)

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                sub = action.menu()
                if isinstance(sub, QMenu):
                    walk(sub)
                else:
                    add(action)

        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu)
        for action in window.actions():
            add(action)
        for page in pages:
            for action in page.actions():
                add(action)
        return found

    def run(self, action: QAction) -> None:
        """Trigger *action*, first showing the tab it belongs to (its New, Log… act there)."""
        page = _page_of(action, _tab_pages(self.window))
        if page is not None:
            self.window.tabs.setCurrentWidget(_host_of(self.window, page))
        if action.isEnabled():
            action.trigger()


def _tab_pages(window: MainWindow) -> list[QWidget]:
    """The built tabs: the Clients tab, and the Deals and Agenda tabs once shown."""
    pages: list[QWidget] = [window.clients_tab]
    for host in (window.deals_host, window.agenda_host):
        layout = host.layout()
        item = layout.itemAt(0) if layout is not None else None
        widget = item.widget() if item is not None else None
        if widget is not None:
            pages.append(widget)
    return pages


def _page_of(action: QAction, pages: list[QWidget]) -> QWidget | None:
    parent = action.parent()
    for page in pages:
        if parent is page or (isinstance(parent, QWidget) and page.isAncestorOf(parent)):
            return page
    return None


def _host_of(window: MainWindow, page: QWidget) -> QWidget:
    """The widget in the tab bar for *page*: the Deals and Agenda tabs sit in hosts."""
    for host in (window.deals_host, window.agenda_host):
        if host.isAncestorOf(page):
            return host
    return page
