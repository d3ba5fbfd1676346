"""Every shortcut of the main window, read from the real actions: none clashes with another."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from ae_desktop.ui.main_window import MainWindow
from ae_desktop.ui.shortcuts import collect, conflicts


def shown_window(qtbot, tmp_path, today):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    window.show()
    for index in (1, 2, 0):  # every tab shown once: the Deals and Agenda tabs are built
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()  # a tab built now is shown by a queued call
    return window


def focus_places(window):
    """None (nothing focused) and every visible widget that can take the focus."""
    places: list[QWidget | None] = [None]
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            places.append(widget)
    return places


def mnemonics(window):
    """The Alt+letter of every visible button, buddied label, tab and menu: Qt only moves the
    focus between two buttons with the same one, it presses neither."""
    found = []
    widgets = window.findChildren(QAbstractButton) + window.findChildren(QGroupBox)
    widgets += [label for label in window.findChildren(QLabel) if label.buddy() is not None]
    for widget in widgets:
        if widget.isVisible():
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            found.append((QKeySequence.mnemonic(text), text))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            found += [
                (QKeySequence.mnemonic(bar.tabText(i)), bar.tabText(i)) for i in range(bar.count())
            ]
    found += [(QKeySequence.mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
    return [(keys.toString(), text) for keys, text in found if not keys.isEmpty()]


def describe(shortcut):
    return f"{shortcut.group} › {shortcut.text} [{shortcut.context.name}]"


def test_no_two_shortcuts_clash_on_any_tab_wherever_the_focus_is(
    qtbot, db, tmp_path, today, make_client
):
    make_client("Acme", contact=("Ana Ruiz", "ana@acme.test"))  # the detail panel is shown
    window = shown_window(qtbot, tmp_path, today)
    found = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for stack_page in (0, 1, 2) if index == 1 else (None,):
            if stack_page is not None:  # the Deals tab's empty state, board and table
                window.deals_tab.stack.setCurrentIndex(stack_page)
            QApplication.processEvents()
            shortcuts = collect(window)
            for focus in focus_places(window):
                for a, b, keys in conflicts(shortcuts, focus):
                    found.add(f"{keys}: {describe(a)} and {describe(b)}")
            seen: dict[str, str] = {}
            for keys, text in mnemonics(window):
                if keys in seen:
                    found.add(f"{keys}: {seen[keys]!r} and {text!r}")
                seen[keys] = text
    assert sorted(found) == []


def test_the_collection_has_the_menus_and_the_tabs_shortcuts(qtbot, db, tmp_path, today):
    window = shown_window(qtbot, tmp_path, today)
    shortcuts = collect(window)
    groups = {s.group for s in shortcuts}
    assert {"File", "Edit", "Report", "Help"} <= groups
    assert {"Clients", "Deals", "Agenda"} <= groups
    texts = {(s.group, s.text) for s in shortcuts}
    assert ("File", "New client…") in texts
    assert all(s.text for s in shortcuts), [s.source for s in shortcuts if not s.text]
    assert QApplication.instance() is not None


def test_the_check_finds_a_clash(qtbot, db, tmp_path, today):
    window = shown_window(qtbot, tmp_path, today)
    clash = QAction("Clash", window)
    clash.setShortcut(window.report_action.shortcut())
    window.addAction(clash)
    found = conflicts(collect(window), None)
    assert [(a.text, b.text) for a, b, _ in found] == [("Weekly report…", "Clash")]
    # Scoped to a tab that is not shown, the same keys clash with nothing.
    clash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.removeAction(clash)
    window.deals_tab.addAction(clash)
    assert conflicts(collect(window), window.clients_tab.list_panel.table) == []


def test_f1_opens_the_cheat_sheet_listing_every_shortcut_found_by_search(
    qtbot, db, tmp_path, today
):
    from ae_desktop.ui.cheat_sheet import CheatSheet

    window = shown_window(qtbot, tmp_path, today)
    window.activateWindow()
    qtbot.keyClick(window.clients_tab, Qt.Key.Key_F1)
    sheet = window.findChild(CheatSheet)
    assert sheet is not None and sheet.isVisible() and not sheet.isModal()
    rows = sheet.rows()
    native = QKeySequence.SequenceFormat.NativeText
    new_client = QKeySequence(QKeySequence.StandardKey.New).toString(native)
    assert ("File", "New client…", new_client) in rows
    assert ("Report", "Weekly report…", QKeySequence("Ctrl+R").toString(native)) in rows
    assert any(group == "Edit" and text == "Undo" for group, text, _ in rows)
    assert {group for group, _, _ in rows} >= {"File", "Edit", "Report", "Help", "Clients"}
    # A new action with a shortcut is in the sheet the next time it is shown.
    sheet.close()
    extra = QAction("Plan my week", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+W"))
    window.addAction(extra)
    window.shortcuts_action.trigger()
    assert (
        "General",
        "Plan my week",
        QKeySequence("Ctrl+Shift+W").toString(native),
    ) in sheet.rows()
    # Searching by words of the action or of the keys, accents and case aside.
    qtbot.keyClicks(sheet.search, "plan week")
    assert [text for _, text, _ in sheet.rows()] == ["Plan my week"]
    sheet.search.setText("ctrl+r")
    assert ("Report", "Weekly report…") in [(g, t) for g, t, _ in sheet.rows()]
    sheet.search.setText("nothing like this")
    assert sheet.rows() == [] and sheet.none_found.isVisible()


def test_ctrl_slash_opens_the_cheat_sheet_too(qtbot, db, tmp_path, today):
    window = shown_window(qtbot, tmp_path, today)
    keys = [key.toString() for key in window.shortcuts_action.shortcuts()]
    assert "Ctrl+/" in keys and "F1" in keys
