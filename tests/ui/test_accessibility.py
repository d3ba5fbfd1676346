"""Every interactive control of every tab and main dialog has a name a screen reader can say:
its own words, an accessible name, or a label tied to it (its buddy)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ae_desktop.services import sample
from ae_desktop.services.time_blocks import BlockInput
from ae_desktop.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)
# Parts of a control that the control itself names: the line edit of a combo box or spin
# box, a tab bar's scroll arrows, a calendar's insides, a table's headers and scroll bars.
OWNERS = (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def words(text: str) -> str:
    """Text a screen reader can say as a name: a lone ◀ or × is not one."""
    text = text.replace("&&", "").replace("&", "")
    return text.strip() if any(c.isalnum() for c in text) else ""


def focus_target(widget: QWidget | None) -> QWidget | None:
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def is_part_of_another(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView | QScrollBar):
        return True  # the view's or scroll area's own: named with it
    while parent is not None:
        if isinstance(parent, OWNERS):
            return True
        parent = parent.parentWidget()
    return False


def in_titled_group(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and words(parent.title()):
            return True
        parent = parent.parentWidget()
    return False


def own_words(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return words(widget.text())
    if isinstance(widget, QTabBar):
        return " ".join(words(widget.tabText(i)) for i in range(widget.count())).strip()
    if isinstance(widget, QLineEdit) and in_titled_group(widget):
        return words(widget.placeholderText())
    return ""


def chain(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None:
        name = type(current).__name__
        if current.objectName():
            name += f"#{current.objectName()}"
        names.append(name)
        current = current.parentWidget()
    return " < ".join(names)


def unnamed(root: QWidget, where: str) -> dict[int, str]:
    """The visible interactive controls under *root* with no name, described for a person."""
    buddied = set()
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and words(label.text()):
            buddied |= {id(label.buddy()), id(focus_target(label.buddy()))}
    found = {}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if is_part_of_another(widget):
            continue
        if widget.accessibleName().strip() or own_words(widget) or id(widget) in buddied:
            continue
        found[id(widget)] = (
            f"{where}: {type(widget).__name__} '{widget.objectName()}' ({chain(widget)})"
        )
    return found


def walk(root: QWidget, where: str) -> dict[int, str]:
    """*root* as shown, then each page of each of its tab widgets (and of theirs); the main
    window's tabs are walked one by one, each under its own name."""
    settle()
    found = unnamed(root, where)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible() or isinstance(tabs.parentWidget(), MainWindow):
            continue
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            page = unnamed(tabs.widget(index), f"{where} › {words(tabs.tabText(index))}")
            found |= {key: text for key, text in page.items() if key not in found}
        tabs.setCurrentIndex(shown)
    return found


def walk_dialog(dialog: QDialog, where: str) -> dict[int, str]:
    dialog.show()
    try:
        return walk(dialog, where)
    finally:
        dialog.close()
        dialog.deleteLater()


@pytest.fixture
def window(qtbot, db, tmp_path, today):
    sample.load_sample_data(today)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(main)
    main.load()
    main.resize(1440, 900)
    main.show()
    settle()
    return main


def tabs_of(window: MainWindow, _today) -> dict[int, str]:
    found: dict[int, str] = {}

    def add(where: str) -> None:
        found.update({k: v for k, v in walk(window, where).items() if k not in found})

    window.tabs.setCurrentWidget(window.clients_tab)
    add("Clients")
    window.tabs.setCurrentWidget(window.deals_host)
    settle()
    add("Deals › Board")
    window.deals_tab.table_button.click()
    add("Deals › Table")
    window.deals_tab.board_button.click()
    window.tabs.setCurrentWidget(window.agenda_host)
    QThreadPool.globalInstance().waitForDone(10_000)  # the Today strip is read in a worker
    add("Agenda")
    window.agenda_tab.day.plan_my_day()
    add("Agenda › Plan")
    window.agenda_tab.day.discard_plan()
    return found


def new_client(window, _today):
    from ae_desktop.ui.clients.client_form import NewClientDialog

    return walk_dialog(NewClientDialog(window), "New client")


def contact(window, _today):
    from ae_desktop.ui.clients.contacts import ContactDialog

    client_id = window.clients_tab.current_client_id()
    return walk_dialog(ContactDialog(client_id, None, window), "Contact")


def log_interaction(window, today):
    from ae_desktop.ui.clients.log_dialog import LogInteractionDialog

    client_id = window.clients_tab.current_client_id()
    when = datetime.combine(today, datetime.min.time()).replace(hour=10)
    return walk_dialog(LogInteractionDialog(client_id, when, window), "Log interaction")


def deal_editors(window, today):
    from ae_desktop.ui.deals.editor import DealEditor

    found = walk_dialog(DealEditor(today, parent=window), "New deal")
    window.tabs.setCurrentWidget(window.deals_host)  # its deals are read
    settle()
    first = next(iter(window.deals_tab.rows))
    return found | walk_dialog(DealEditor(today, deal_id=first, parent=window), "Deal editor")


def closing(window, today):
    from ae_desktop.ui.deals.closing import LostDialog, WonDialog

    found = walk_dialog(WonDialog("Renewal", today, today, window), "Won")
    return found | walk_dialog(LostDialog("Renewal", window), "Lost")


def quick_task(window, today):
    from ae_desktop.ui.agenda.quick_add import DelegateDialog, QuickAddDialog

    found = walk_dialog(QuickAddDialog(today, window), "Add task")
    return found | walk_dialog(DelegateDialog("Send the proposal", "", window), "Delegate")


def block(window, today):
    from ae_desktop.domain.enums import BlockKind
    from ae_desktop.ui.agenda.block_dialog import BlockDialog

    data = BlockInput(today, 9 * 60, 10 * 60, "Prospecting", BlockKind.FOCUS)
    return walk_dialog(BlockDialog(today, data, parent=window), "Time block")


def review(window, today):
    from ae_desktop.ui.agenda.review import ReviewDialog

    now = datetime.combine(today, datetime.min.time()).replace(hour=18)
    dialog = ReviewDialog(today, now, window, open_tasks=window.agenda_tab.tasks)
    return walk_dialog(dialog, "End of day")


def settings(window, _today):
    from ae_desktop.ui.settings.dialog import SettingsDialog

    return walk_dialog(SettingsDialog(window), "Settings")


def import_csv(window, today, tmp_path: Path):
    from ae_desktop.ui.interop.import_dialog import ImportDialog
    from ae_desktop.ui.screenshots import SAMPLE_CSV

    csv = tmp_path / "contacts.csv"
    csv.write_text(SAMPLE_CSV, encoding="utf-8")
    dialog = ImportDialog(csv, window, today=today)
    dialog.show()
    deadline = time.monotonic() + 30
    while dialog.plan is None and not dialog.message.text() and time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(200)
        settle()
    assert dialog.plan is not None, dialog.message.text()
    return walk_dialog(dialog, "Import")


def export(window, today):
    from ae_desktop.ui.interop.export_dialog import ExportDialog

    client_id = window.clients_tab.current_client_id()
    return walk_dialog(ExportDialog(window, client_id, today=today), "Export")


def weekly_report(window, today):
    from ae_desktop.ui.report.dialog import ReportDialog

    dialog = ReportDialog(window.settings, today, window)
    dialog.show()
    QThreadPool.globalInstance().waitForDone(30_000)
    return walk_dialog(dialog, "Weekly report")


def stages(window, _today):
    from ae_desktop.ui.deals.stages_dialog import StagesDialog

    return walk_dialog(StagesDialog(window), "Pipeline stages")


def about(window, _today):
    from ae_desktop.ui.about import AboutDialog

    return walk_dialog(AboutDialog(window), "About")


def cheat_sheet(window, _today):
    window.show_shortcuts()
    sheet = window._cheat_sheet
    assert sheet is not None
    try:
        return walk(sheet, "Keyboard shortcuts")
    finally:
        sheet.close()


def palette(window, _today):
    window.palette_commands.show_palette()
    dialog = window.palette_commands.palette
    assert dialog is not None
    try:
        return walk(dialog, "Go to anything")
    finally:
        dialog.close()


SURFACES: dict[str, Callable[..., dict[int, str]]] = {
    "tabs": tabs_of,
    "new client": new_client,
    "contact": contact,
    "log interaction": log_interaction,
    "deal editor": deal_editors,
    "won and lost": closing,
    "quick task": quick_task,
    "time block": block,
    "end of day": review,
    "settings": settings,
    "import": import_csv,
    "export": export,
    "weekly report": weekly_report,
    "stages": stages,
    "about": about,
    "shortcuts": cheat_sheet,
    "palette": palette,
}


@pytest.mark.parametrize("surface", SURFACES)
def test_every_interactive_control_has_a_name(window, today, tmp_path, surface):
    opener = SURFACES[surface]
    found = opener(window, today, tmp_path) if opener is import_csv else opener(window, today)
    assert not found, "Controls with no name a screen reader can say:\n" + "\n".join(
        sorted(found.values())
    )


@pytest.mark.parametrize("key", [Qt.Key.Key_T, Qt.Key.Key_L, Qt.Key.Key_D])
def test_alt_letter_on_a_wrapped_fields_label_puts_the_focus_in_the_field(qtbot, db, today, key):
    """Quick add's fields are wrapped with their error line (FieldErrors.wrap): Alt+T (Title),
    Alt+L (Client, a combo box) and Alt+D (Due, a date and a check box) reach the field."""
    from ae_desktop.ui.agenda.quick_add import QuickAddDialog

    dialog = QuickAddDialog(today)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    target = {Qt.Key.Key_T: dialog.title, Qt.Key.Key_L: dialog.client, Qt.Key.Key_D: dialog.due_on}
    field = target[key]
    dialog.estimate.setFocus()  # somewhere else first
    qtbot.waitUntil(
        lambda: (
            dialog.estimate.isAncestorOf(QApplication.focusWidget()) or dialog.estimate.hasFocus()
        )
    )
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    focused = QApplication.focusWidget()
    assert focused is field or field.isAncestorOf(focused)
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is field)
    assert field.accessibleName() == words(label.text())


def test_a_deal_card_says_what_it_shows(window):
    from ae_desktop.ui.deals.cards import ROW_ROLE

    window.tabs.setCurrentWidget(window.deals_host)
    settle()
    column = next(c for c in window.deals_tab.board.columns.values() if c.model.rowCount())
    index = column.model.index(0, 0)
    row = index.data(ROW_ROLE)
    said = index.data(Qt.ItemDataRole.AccessibleTextRole)
    for part in (row.title, row.client_name, row.stage_name):
        assert part in said
    assert column.list.accessibleName() == row.stage_name


def test_the_timeline_and_week_strip_say_what_they_paint(qtbot, db, today):
    from ae_desktop.domain.enums import BlockKind
    from ae_desktop.domain.planner import PlannerSettings
    from ae_desktop.services.time_blocks import add_block, blocks_on
    from ae_desktop.ui.agenda.timeline import DayTimeline
    from ae_desktop.ui.agenda.week_strip import WeekStrip, planned

    add_block(BlockInput(today, 9 * 60, 10 * 60, "Prospecting", BlockKind.FOCUS))
    add_block(BlockInput(today, 11 * 60, 11 * 60 + 30, "Acme call", BlockKind.MEETING))
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.set_day(blocks_on(today), PlannerSettings())
    description = timeline.accessibleDescription()
    assert "09:00–10:00 Prospecting" in description
    assert description.index("Prospecting") < description.index("Acme call")
    timeline.show()
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.accessibleName().endswith("09:00–10:00 Prospecting, Focus")
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert "Acme call" in timeline.accessibleName()

    strip = WeekStrip()
    qtbot.addWidget(strip)
    strip.set_week({today: planned(blocks_on(today))}, today, 8 * 60)
    assert "1 h 30" in strip.accessibleDescription()
