"""Every keyboard shortcut of a window, read from its real actions and shortcuts: for the
cheat sheet (Help → Keyboard shortcuts) and for the test that no two of them clash."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTabWidget, QWidget

# What the cheat sheet calls an action whose text changes (Undo "Move Acme to Won"): set as a
# property on the action (or QShortcut) with this name; else the action's text, or a
# QShortcut's whatsThis().
SHEET_TEXT = "cheat_sheet_text"


@dataclass(frozen=True, eq=False)
class Shortcut:
    """One action or QShortcut with its keys, where it is listed and where it is live."""

    group: str  # the menu's or the tab's title, without "&"
    text: str  # what it does, without "&"
    keys: tuple[QKeySequence, ...]
    context: Qt.ShortcutContext
    source: QObject  # the QAction or QShortcut
    widgets: tuple[QWidget, ...]  # the widgets it is attached to (its scope)

    def key_text(
        self, fmt: QKeySequence.SequenceFormat = QKeySequence.SequenceFormat.NativeText
    ) -> str:
        return ", ".join(key.toString(fmt) for key in self.keys)


def plain(text: str) -> str:
    """A menu text as read: no mnemonic marker ("&&" is a real "&"), no trailing tab part."""
    text = text.split("\t", 1)[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_of(source: QAction | QShortcut) -> str:
    named = source.property(SHEET_TEXT)
    if isinstance(named, str) and named:
        return named
    if isinstance(source, QAction):
        return plain(source.text())
    return source.whatsThis()


def _keys_of(source: QAction | QShortcut) -> tuple[QKeySequence, ...]:
    keys = source.shortcuts() if isinstance(source, QAction) else source.keys()
    return tuple(key for key in keys if not key.isEmpty())


def _widgets_of(source: QAction | QShortcut) -> tuple[QWidget, ...]:
    if isinstance(source, QAction):
        return tuple(o for o in source.associatedObjects() if isinstance(o, QWidget))
    parent = source.parent()
    return (parent,) if isinstance(parent, QWidget) else ()


def _tab_titles(window: QWidget) -> list[tuple[QWidget, str]]:
    titles = []
    for tabs in window.findChildren(QTabWidget):
        if tabs.window() is not window:
            continue
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is not None:
                titles.append((page, plain(tabs.tabText(i))))
    return titles


def _group_of(widgets: tuple[QWidget, ...], tabs: list[tuple[QWidget, str]], other: str) -> str:
    for widget in widgets:
        for page, title in tabs:
            if widget is page or page.isAncestorOf(widget):
                return title
    return other


def collect(window: QWidget) -> list[Shortcut]:
    """Every shortcut of *window*: its menus' actions first (grouped by menu), then the
    actions and QShortcuts of its tabs and other widgets (grouped by tab)."""
    general = QApplication.translate("shortcuts", "General")
    found: list[Shortcut] = []
    seen: set[int] = set()

    def add(source: QAction | QShortcut, group: str) -> None:
        keys = _keys_of(source)
        if id(source) in seen or not keys:
            return
        seen.add(id(source))
        context = source.shortcutContext() if isinstance(source, QAction) else source.context()
        found.append(Shortcut(group, _text_of(source), keys, context, source, _widgets_of(source)))

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, group)
            else:
                add(action, group)

    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu, plain(menu.title()))
    tabs = _tab_titles(window)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or isinstance(widget, QMenu):
            continue
        for action in widget.actions():
            add(action, _group_of(_widgets_of(action), tabs, general))
    for shortcut in window.findChildren(QShortcut):
        add(shortcut, _group_of(_widgets_of(shortcut), tabs, general))
    return found


# -- conflicts ---------------------------------------------------------------------------


def _enabled(source: QObject) -> bool:
    return bool(source.isEnabled())  # type: ignore[attr-defined]


def _live_for(shortcut: Shortcut, focus: QWidget | None) -> bool:
    """Whether Qt would match *shortcut* with *focus* focused in its (active) window: the
    rules of Qt's shortcut map (qshortcut_widgets.cpp) for widget-attached shortcuts."""
    if not _enabled(shortcut.source):
        return False
    for widget in shortcut.widgets:
        if isinstance(widget, QMenu):
            continue  # a menu's actions are live through the widgets they are added to
        if not widget.isVisible() or not widget.isEnabled():
            continue
        context = shortcut.context
        if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            return True
        if context == Qt.ShortcutContext.WidgetShortcut and focus is widget:
            return True
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut and (
            focus is widget or (focus is not None and widget.isAncestorOf(focus))
        ):
            return True
    return False


def _clash(a: QKeySequence, b: QKeySequence) -> bool:
    """The same keys, or one a prefix of the other (Ctrl+K and Ctrl+K, Ctrl+S: Qt waits)."""
    first, second = (a, b) if a.count() <= b.count() else (b, a)
    return first.matches(second) != QKeySequence.SequenceMatch.NoMatch


def conflicts(
    shortcuts: list[Shortcut], focus: QWidget | None
) -> list[tuple[Shortcut, Shortcut, str]]:
    """The pairs that Qt would both match with *focus* focused: (a, b, the keys)."""
    live = [s for s in shortcuts if _live_for(s, focus)]
    clashes = []
    for i, a in enumerate(live):
        for b in live[i + 1 :]:
            for key_a in a.keys:
                for key_b in b.keys:
                    if _clash(key_a, key_b):
                        clashes.append((a, b, key_a.toString()))
    return clashes
