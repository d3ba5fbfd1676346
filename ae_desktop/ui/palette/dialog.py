"""The palette: a box over the window; typing finds commands and items, Enter opens one."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QLineEdit,
    QListView,
    QVBoxLayout,
)

from ae_desktop.services.search import (
    MAX_RESULTS,
    ItemKind,
    SearchHit,
    SearchIndex,
    build_index,
    match,
    query_words,
    recent_items,
    remember_opened,
)
from ae_desktop.ui.forms import muted_label
from ae_desktop.ui.palette.commands import PaletteCommands, command_name
from ae_desktop.ui.palette.model import (
    COMMAND,
    ENTRY_ROLE,
    PaletteDelegate,
    PaletteEntry,
    PaletteModel,
    hit_entry,
)
from ae_desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from ae_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 680, 460
_MOVES = {
    Qt.Key.Key_Up: QAbstractItemView.CursorAction.MoveUp,
    Qt.Key.Key_Down: QAbstractItemView.CursorAction.MoveDown,
    Qt.Key.Key_PageUp: QAbstractItemView.CursorAction.MovePageUp,
    Qt.Key.Key_PageDown: QAbstractItemView.CursorAction.MovePageDown,
}


class PaletteDialog(QDialog):
    """Frameless, over the top third of the window. The index of items is built in a worker
    each time the palette opens (the box says "Indexing…" until the first one is there; later
    the previous index answers meanwhile); each keystroke then only reads it."""

    def __init__(self, window: MainWindow, commands: PaletteCommands) -> None:
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.main_window = window
        self.commands = commands
        self.index: SearchIndex | None = None
        self.building = False
        self._recent: list[SearchHit] = []
        self._actions: list[tuple[str, PaletteEntry]] = []  # (name, entry)
        self.setWindowModality(Qt.WindowModality.WindowModal)  # this window only
        self.setAccessibleName(self.tr("Go to anything"))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setFrameShadow(QFrame.Shadow.Raised)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Find a client, contact, deal, task or interaction, or type a command")
        )
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        font = self.query.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.query.setFont(font)
        self.status = muted_label()
        self.model = PaletteModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(PaletteDelegate(self.results))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the box
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.clicked.connect(self._on_result_clicked)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(10, 10, 10, 10)
        inner.addWidget(self.query)
        inner.addWidget(self.status)
        inner.addWidget(self.results, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.query.textChanged.connect(self._on_query_changed)
        self.query.installEventFilter(self)

    # -- opening -------------------------------------------------------------------------

    def start(self) -> None:
        """Open empty, over the window: recent items and the commands; the index is read."""
        self._actions = self._command_entries()
        try:
            self._recent = recent_items()
        except Exception:  # noqa: BLE001 - a damaged list must not keep the palette closed
            log.exception("Recent items could not be read")
            self._recent = []
        self.query.clear()
        self._refresh()
        self._place()
        self.show()
        self.activateWindow()
        self.query.setFocus()
        self._build_index()

    def _place(self) -> None:
        window = self.main_window
        width = min(WIDTH, max(320, window.width() - 40))
        height = min(HEIGHT, max(240, window.height() - 80))
        top_left = window.mapToGlobal(window.rect().topLeft())
        x = top_left.x() + (window.width() - width) // 2
        y = top_left.y() + max(20, window.height() // 8)
        self.setGeometry(x, y, width, height)

    def _build_index(self) -> None:
        if self.building:
            return
        self.building = True
        run_in_background(build_index, self._on_index_built, self._on_index_failed, owner=self)

    def _on_index_built(self, index: SearchIndex) -> None:
        self.building = False
        self.index = index
        if self.isVisible():
            self._refresh()

    def _on_index_failed(self, exc: Exception) -> None:
        self.building = False
        if self.index is None:
            self.status.setText(self.tr("Search is not available: {0}").format(exc))

    def _command_entries(self) -> list[tuple[str, PaletteEntry]]:
        entries = []
        for action in self.commands.commands():
            name = command_name(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            entries.append((name, PaletteEntry(COMMAND, name, keys=keys, action=action)))
        return entries

    # -- typing --------------------------------------------------------------------------

    def _on_query_changed(self, _text: str) -> None:
        self._refresh()

    def _refresh(self) -> None:
        words = tuple(query_words(self.query.text()))
        if not words:
            entries = [hit_entry(hit) for hit in self._recent]
            entries += [entry for _name, entry in self._actions]
            self.status.setText(
                self.tr("Recently opened, then the commands.")
                if self._recent
                else self.tr("Type to find anything; the commands are listed below.")
            )
        else:
            first: list[PaletteEntry] = []
            second: list[PaletteEntry] = []
            for name, entry in self._actions:
                rank = match(words, name)
                if rank is not None:
                    found = PaletteEntry(COMMAND, name, keys=entry.keys, action=entry.action)
                    (first if rank else second).append(_with_words(found, words))
            entries = first + second
            if self.index is None:
                self.status.setText(self.tr("Indexing…"))
            else:
                hits = self.index.search(self.query.text(), MAX_RESULTS)
                entries += [hit_entry(hit, words) for hit in hits]
                if not entries:
                    self.status.setText(self.tr("Nothing matches “{0}”.").format(self.query.text()))
                elif len(hits) >= MAX_RESULTS:
                    self.status.setText(
                        self.tr("The first {0} matches: type more to narrow them.").format(
                            MAX_RESULTS
                        )
                    )
                else:
                    self.status.setText(
                        self.tr("1 match.")
                        if len(entries) == 1
                        else self.tr("{0} matches.").format(len(entries))
                    )
        self.model.set_entries(entries)
        if entries:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in _MOVES and self.model.rowCount():
                index = self.results.moveCursor(_MOVES[key], Qt.KeyboardModifier.NoModifier)
                self.results.setCurrentIndex(index)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # -- opening what was chosen ---------------------------------------------------------

    def _on_result_clicked(self, index: QModelIndex) -> None:
        self.activate(index)

    def activate(self, index: QModelIndex) -> None:
        """Close, then run the command or open the item once the palette is gone, so that a
        dialog they open (New client, the deal editor) is not stacked on it."""
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if not isinstance(entry, PaletteEntry):
            return
        self.accept()
        if entry.action is not None:
            action = entry.action
            QTimer.singleShot(0, lambda: self.commands.run(action))
        elif entry.hit is not None:
            hit = entry.hit
            remember_opened(hit.kind, hit.record_id)
            QTimer.singleShot(0, lambda: open_item(self.main_window, hit))


def _with_words(entry: PaletteEntry, words: tuple[str, ...]) -> PaletteEntry:
    return PaletteEntry(
        entry.kind, entry.title, entry.detail, entry.keys, entry.hit, entry.action, words
    )


def open_item(window: MainWindow, hit: SearchHit) -> None:
    """Show *hit* where it lives: a client on the Clients tab, a contact on its client's
    Contacts, an interaction in its client's timeline, a deal in the Deals tab, a task in
    the Agenda's matrix (a deal opens in its editor, a dialog)."""
    if hit.kind is ItemKind.DEAL:
        window.show_deal(hit.record_id)
    elif hit.kind is ItemKind.TASK:
        window.tabs.setCurrentWidget(window.agenda_host)
        matrix = window.agenda_tab.matrix
        if matrix.select_task(hit.record_id):
            matrix.setFocus()
    elif hit.client_id is not None:
        tab = window.clients_tab
        if hit.archived:
            tab.list_panel.archived.setChecked(True)  # else the list hides it
        window.show_client(hit.client_id)
        if hit.kind is ItemKind.CONTACT:
            _select_contact(window, hit.record_id)
        elif hit.kind is ItemKind.INTERACTION:
            _select_interaction(window, hit.record_id)


def _select_contact(window: MainWindow, contact_id: int) -> None:
    detail = window.clients_tab.detail
    panel = detail.contacts
    detail.sections.setCurrentWidget(panel)
    for row in range(panel.model.rowCount()):
        if panel.model.row_at(row).id == contact_id:
            panel.table.selectRow(row)
            panel.table.setFocus()
            return


def _select_interaction(window: MainWindow, interaction_id: int) -> None:
    from ae_desktop.ui.clients.timeline import ROW_ROLE

    detail = window.clients_tab.detail
    panel = detail.timeline
    detail.sections.setCurrentWidget(panel)
    model = panel.view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        item = index.data(ROW_ROLE)
        if item is not None and item.id == interaction_id:
            panel.view.setCurrentIndex(index)
            panel.view.scrollTo(index)
            panel.view.setFocus()
            return
