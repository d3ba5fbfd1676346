"""Help → Keyboard shortcuts: every shortcut of the window, read from its real actions each
time it is shown (so it never goes stale), grouped by menu and tab, searchable."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.ui.shortcuts import Shortcut, collect


def folded(text: str) -> str:
    """Lower case without accents: "configuración" is found by "configuracion"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item for i in range(group.childCount()) if (item := group.child(i)) is not None]


class CheatSheet(QDialog):
    """A window beside the main one (not modal): what each key does, found by typing."""

    def __init__(
        self,
        window: QWidget,
        shortcuts: Callable[[], list[Shortcut]] | None = None,
    ) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setModal(False)
        self._read = shortcuts or (lambda: collect(window))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions or keys"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.textChanged.connect(self._filter)
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.none_found = QLabel(self.tr("No shortcut matches."))
        self.none_found.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.none_found)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def refresh(self) -> None:
        """Read the window's shortcuts again."""
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        listed: set[tuple[str, str]] = set()
        for shortcut in self._read():
            keys = shortcut.key_text(QKeySequence.SequenceFormat.NativeText)
            if (shortcut.text, keys) in listed:
                continue  # each tab's Undo: listed once, under Edit
            listed.add((shortcut.text, keys))
            group = groups.get(shortcut.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [shortcut.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[shortcut.group] = group
            item = QTreeWidgetItem(group, [shortcut.text, keys])
            item.setData(
                0, Qt.ItemDataRole.UserRole, folded(f"{shortcut.group} {shortcut.text} {keys}")
            )
        self.tree.expandAll()
        self._filter(self.search.text())

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of every row shown now (for tests)."""
        shown = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None or group.isHidden():
                continue
            for item in _children(group):
                if not item.isHidden():
                    shown.append((group.text(0), item.text(0), item.text(1)))
        return shown

    def _filter(self, text: str) -> None:
        words = folded(text).split()
        any_shown = False
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None:
                continue
            group_shown = False
            for item in _children(group):
                haystack = str(item.data(0, Qt.ItemDataRole.UserRole))
                hit = all(word in haystack for word in words)
                item.setHidden(not hit)
                group_shown = group_shown or hit
            group.setHidden(not group_shown)
            any_shown = any_shown or group_shown
        self.none_found.setVisible(not any_shown)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
        self.search.setFocus()
