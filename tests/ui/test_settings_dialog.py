"""The Settings dialog as a user drives it: each page shows what is stored, OK saves every page,
Cancel nothing; wrong values are told at the field; Restore defaults; and what changes at once
in the main window."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ae_desktop.domain.enums import Tier
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services import tasks, time_blocks
from ae_desktop.services.settings import get_setting, save_settings
from ae_desktop.ui.settings.dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("db")


def make_dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


STORED = {
    "ae_name": "Laura Martín",
    "ae_title": "Senior Account Executive",
    "workday_start": "08:30",
    "workday_end": "17:00",
    "lunch_start": "13:00",
    "lunch_end": "14:00",
    "buffer_minutes": 15,
    "default_block_minutes": 45,
    "focus_minutes": 120,
    "urgent_within_days": 3,
    "important_deal_value_minor": 25_000_00,
    "cadence_key_days": 10,
    "cadence_standard_days": 45,
    "cadence_prospect_days": 21,
    "currency": "USD",
    "language": "es",
    "week_start": 6,
    "report_paper": "Letter",
    "appearance": "dark",
}


def test_each_page_shows_what_is_stored(qtbot):
    save_settings(STORED)
    dialog = make_dialog(qtbot)
    profile, workday = dialog.profile_page, dialog.workday_page
    priorities, general = dialog.priorities_page, dialog.general_page
    assert (profile.name.text(), profile.title.text()) == (
        "Laura Martín",
        "Senior Account Executive",
    )
    assert profile.preview.text() == "The report is headed: Laura Martín · Senior Account Executive"
    assert [e.text() for e in workday.times.values()] == ["08:30", "17:00", "13:00", "14:00"]
    assert [b.text() for b in (workday.buffer, workday.block, workday.focus)] == [
        "15 min",
        "45 min",
        "120 min",
    ]
    assert priorities.urgent.text() == "3 days"
    assert (priorities.value.text(), priorities.currency.text()) == ("25,000.00", "USD")
    assert [priorities.cadence[t].value() for t in Tier] == [10, 45, 21]
    assert general.currency.currentText() == "USD"
    assert general.language.currentText() == "Español"
    assert general.week_start.currentText() == "Sunday"
    assert general.paper.currentText() == "Letter"
    assert general.appearance.currentText() == "Dark"
    assert dialog.ok_button.isEnabled()


def change_every_page(qtbot, dialog: SettingsDialog) -> None:
    dialog.profile_page.name.setText("Lucía Fernández")
    dialog.profile_page.title.setText("Key Account Manager")
    dialog.workday_page.times["workday_start"].setTime(QTime(8, 0))
    dialog.workday_page.buffer.setValue(5)
    dialog.workday_page.block.setValue(60)
    dialog.priorities_page.urgent.setValue(4)
    dialog.priorities_page.value.setText("12.500,50")
    dialog.priorities_page.cadence[Tier.KEY].setValue(14)
    dialog.general_page.currency.setEditText("gbp")
    dialog.general_page.paper.setCurrentIndex(1)
    dialog.general_page.week_start.setCurrentIndex(6)


def test_ok_stores_every_page_and_it_survives_a_restart(qtbot, tmp_path: Path):
    from ae_desktop.store.db import close_database, open_database

    dialog = make_dialog(qtbot)
    change_every_page(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    close_database()  # a restart: the file is read again
    open_database(tmp_path / "ae-desktop.sqlite3", tmp_path / "backups")
    expected = {
        "ae_name": "Lucía Fernández",
        "ae_title": "Key Account Manager",
        "workday_start": "08:00",
        "buffer_minutes": 5,
        "default_block_minutes": 60,
        "urgent_within_days": 4,
        "important_deal_value_minor": 12_500_50,
        "cadence_key_days": 14,
        "currency": "GBP",
        "report_paper": "Letter",
        "week_start": 6,
    }
    assert {key: get_setting(key) for key in expected} == expected
    again = make_dialog(qtbot)
    assert again.profile_page.title.text() == "Key Account Manager"
    assert again.priorities_page.value.text() == "12,500.50"
    assert again.general_page.week_start.currentText() == "Sunday"


def test_cancel_stores_nothing(qtbot):
    dialog = make_dialog(qtbot)
    change_every_page(qtbot, dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert get_setting("ae_name") == ""
    assert get_setting("buffer_minutes") == 10
    assert get_setting("currency") == "EUR"


def test_a_workday_ending_before_it_starts_is_told_at_the_field_and_ok_waits(qtbot):
    dialog = make_dialog(qtbot)
    page = dialog.workday_page
    page.times["workday_end"].setTime(QTime(8, 0))
    assert page.message("workday_end") == "The workday must end after it starts."
    assert not page.findChild(QLabel, "error_workday_end").isHidden()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter: nothing is saved while a field is wrong
    assert dialog.isVisible() and get_setting("workday_end") == "18:00"
    page.times["workday_end"].setTime(QTime(19, 0))
    assert page.message("workday_end") == ""
    assert dialog.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("change", "page", "key", "message"),
    [
        (
            lambda d: d.workday_page.times["lunch_start"].setTime(QTime(7, 0)),
            "workday_page",
            "lunch_start",
            "Lunch must fall inside the workday.",
        ),
        (
            lambda d: d.priorities_page.value.setText("a lot"),
            "priorities_page",
            "important_deal_value_minor",
            "Enter an amount, e.g. 50000 or 50,000.00.",
        ),
        (
            lambda d: d.priorities_page.value.setText("-100"),
            "priorities_page",
            "important_deal_value_minor",
            "Enter an amount of zero or more.",
        ),
        (
            lambda d: d.general_page.currency.setEditText("EU"),
            "general_page",
            "currency",
            "Enter a three-letter currency code such as EUR or USD.",
        ),
        (
            lambda d: d.workday_page.buffer.lineEdit().setText(""),
            "workday_page",
            "buffer_minutes",
            "Enter a whole number from 0 to 60.",
        ),
        (
            lambda d: d.priorities_page.cadence[Tier.PROSPECT].lineEdit().setText(""),
            "priorities_page",
            "cadence_prospect_days",
            "Enter a whole number from 1 to 365.",
        ),
    ],
)
def test_a_wrong_value_is_told_beside_its_field_and_disables_ok(qtbot, change, page, key, message):
    dialog = make_dialog(qtbot)
    change(dialog)
    assert getattr(dialog, page).message(key) == message
    assert not dialog.ok_button.isEnabled()


def test_a_half_typed_number_is_put_back_when_the_field_is_left(qtbot):
    dialog = make_dialog(qtbot)
    dialog.show_page(dialog.workday_page)
    buffer = dialog.workday_page.buffer
    buffer.setFocus()
    buffer.lineEdit().setText("")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(buffer, Qt.Key.Key_Return)  # as leaving the field: the number put back
    assert buffer.text() == "10 min"
    assert dialog.workday_page.message("buffer_minutes") == ""
    assert dialog.ok_button.isEnabled()


def test_restore_defaults_fills_in_the_pages_defaults_saved_only_on_ok(qtbot):
    save_settings({"buffer_minutes": 25, "workday_start": "07:00", "currency": "USD"})
    dialog = make_dialog(qtbot)
    page = dialog.workday_page
    page.restore_button.click()
    assert page.times["workday_start"].text() == "09:00"
    assert page.buffer.value() == 10
    assert dialog.general_page.currency.currentText() == "USD"  # another page: untouched
    assert get_setting("buffer_minutes") == 25  # nothing is saved yet
    dialog.ok_button.click()
    assert (get_setting("buffer_minutes"), get_setting("workday_start")) == (10, "09:00")
    assert get_setting("currency") == "USD"


def test_choosing_dark_applies_it_on_ok(qtbot, monkeypatch):
    import ae_desktop.ui.theme as theme

    applied: list[str] = []
    monkeypatch.setattr(theme, "apply_appearance", lambda _app, value: applied.append(value))
    dialog = make_dialog(qtbot)
    general = dialog.general_page
    general.appearance.setCurrentIndex(general.appearance.findData("dark"))
    assert applied == []  # not before OK
    dialog.ok_button.click()
    assert applied == ["dark"] and get_setting("appearance") == "dark"


def test_every_field_has_a_label_with_its_own_accelerator(qtbot):
    dialog = make_dialog(qtbot)
    tabs = {
        re.search("&(.)", dialog.pages.tabText(i)).group(1).lower()
        for i in range(dialog.pages.count())
    }
    for page in dialog.settings_pages:
        labels = [w for w in page.findChildren(QLabel) if w.buddy() is not None]
        assert {label.buddy() for label in labels} >= {page.field(k) for k in page.keys} - {
            page.field("important_deal_value_minor")
            if "important_deal_value_minor" in page.keys
            else None
        }
        keys = [re.search("&(.)", w.text()).group(1).lower() for w in labels]
        keys.append("o")  # Rest&ore defaults
        assert len(keys) == len(set(keys)), page
        assert not set(keys) & tabs, page


def test_tab_reaches_every_field_of_a_page(qtbot):
    dialog = make_dialog(qtbot)
    page = dialog.workday_page
    dialog.show_page(page)
    page.times["workday_start"].setFocus()
    widget = page.times["workday_start"]
    reached = {widget}
    for _ in range(40):
        widget = widget.nextInFocusChain()
        reached.add(widget)
    for key in page.keys:
        field = page.field(key)
        assert field in reached or any(c in reached for c in field.findChildren(QWidget))


# -- what changes at once in the main window -------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path, today):
    from ae_desktop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(main)
    main.load()
    return main


def through_the_menu(window, when_modal, change) -> None:
    """File > Settings…, *change* the dialog, OK: as the user does."""

    def act(dialog):
        assert isinstance(dialog, SettingsDialog)
        change(dialog)
        dialog.ok_button.click()

    when_modal(act)
    window.settings_action.trigger()


def test_the_key_account_cadence_changes_who_is_flagged_neglected(window, make_client, when_modal):
    make_client("Acme", tier=Tier.KEY, touched_days_ago=10)
    window.reload_all()
    model = window.clients_tab.list_panel.model
    assert model.row_at(0).neglected
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == (
        "Neglected: last contact 10 days ago, cadence 7 days"
    )
    through_the_menu(window, when_modal, lambda d: d.priorities_page.cadence[Tier.KEY].setValue(14))
    assert not model.row_at(0).neglected
    assert "Neglected" not in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_the_urgent_threshold_moves_a_task_on_the_matrix(window, make_client, today, when_modal):
    acme = make_client("Acme", tier=Tier.KEY, touched_days_ago=1)
    task_id = tasks.quick_add_task(
        tasks.TaskInput("Send the proposal", due_on=today + timedelta(days=4), client_id=acme),
        today=today,
    )
    window.tabs.setCurrentWidget(window.agenda_host)

    def quadrant() -> Quadrant:
        return next(r.quadrant for r in window.agenda_tab.tasks if r.id == task_id)

    assert quadrant() == Quadrant.SCHEDULE  # a key account, due in 4 days: not urgent yet
    through_the_menu(window, when_modal, lambda d: d.priorities_page.urgent.setValue(5))
    assert quadrant() == Quadrant.DO_NOW


def test_the_default_block_length_is_used_when_a_block_is_added(qtbot, today, when_modal):
    from PySide6.QtGui import QUndoStack

    from ae_desktop.ui.agenda.block_dialog import BlockDialog
    from ae_desktop.ui.agenda.day_panel import DayPanel
    from ae_desktop.ui.agenda.quick_add import QuickAddDialog

    save_settings({"default_block_minutes": 45})
    panel = DayPanel(QUndoStack(), lambda: today)
    qtbot.addWidget(panel)
    panel.resize(640, 900)
    panel.show()
    panel.show_day(today)
    seen = []

    def fill(dialog):
        assert isinstance(dialog, BlockDialog)
        seen.append((dialog.start.text(), dialog.end.text()))
        dialog.title.setText("Call Acme")
        dialog.accept()

    when_modal(fill)
    timeline = panel.timeline
    qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.point_of(14 * 60 + 4))
    assert seen == [("14:00", "14:45")]
    assert [r.label for r in time_blocks.blocks_on(today)] == ["14:00–14:45"]
    quick = QuickAddDialog(today)
    qtbot.addWidget(quick)
    assert quick.estimate.value() == 45  # a new task's estimate: its block when planned
