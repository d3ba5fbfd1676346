"""The main window's layout between runs: its geometry, the Clients splitter and list header,
kept in QSettings (window layout is not data: it stays out of the database and its backups)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from ae_desktop.ui.screen import fitting_size

if TYPE_CHECKING:
    from ae_desktop.ui.main_window import MainWindow


def restore_layout(window: MainWindow) -> None:
    """The layout the window had when it last closed, else its first size."""
    settings, clients = window.settings, window.clients_tab
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        state = settings.value("window/splitter")
        if isinstance(state, QByteArray):
            clients.splitter.restoreState(state)
    else:
        window.set_size(*fitting_size(window, 1400, 860))  # or nine tenths of a small screen
    header = settings.value("clients/header")
    if isinstance(header, QByteArray):
        clients.list_panel.restore_header(header)


def save_layout(window: MainWindow) -> None:
    settings, clients = window.settings, window.clients_tab
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", clients.splitter.saveState())
    settings.setValue("clients/header", clients.list_panel.header_state())
    settings.sync()
