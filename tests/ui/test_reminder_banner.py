"""Reminders as a user meets them, with the clock passed in: the banner over the main window
says what starts when, Open goes to that day in the Agenda, Snooze brings it back later,
and the lead time is a setting on the Workday page."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt

from ae_desktop.domain.enums import BlockKind, InteractionKind
from ae_desktop.services import interactions, time_blocks
from ae_desktop.services.reminders import ReminderService
from ae_desktop.services.settings import get_setting
from ae_desktop.ui.main_window import MainWindow
from ae_desktop.ui.reminders import Reminders
from ae_desktop.ui.settings.dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("db")

DAY = date(2026, 12, 3)  # a later day than the Agenda's today: Open must go there


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def window(qtbot, tmp_path, today):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(main)
    main.load()
    main.resize(1200, 800)
    main.show()
    return main


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 3, 9, 50))


@pytest.fixture
def reminders(window, clock) -> Reminders:
    return Reminders(window, clock, tray=False)


@pytest.fixture
def board_review() -> int:
    return time_blocks.add_block(
        time_blocks.BlockInput(DAY, 10 * 60, 11 * 60, "Board review", BlockKind.MEETING)
    )


def test_the_banner_shows_the_title_once_and_open_goes_to_that_day(
    qtbot, window, reminders, board_review, clock
):
    assert [r.title for r in reminders.poll()] == ["Board review"]
    banner = reminders.banner
    assert banner.isVisible()
    assert banner.title.text() == "Meeting at 10:00 — Board review"
    assert banner.detail.text() == "Starts in 10 min (10:00–11:00)"
    assert window.centralWidget().geometry().top() <= banner.y()
    assert not banner.hasFocus() and not banner.isAncestorOf(window.focusWidget())
    clock.now += timedelta(seconds=30)
    assert reminders.poll() == []  # the next poll: not again
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert window.tabs.currentWidget() is window.agenda_host
    assert window.agenda_tab.day.day == DAY


def test_nothing_is_repeated_after_a_restart(window, reminders, board_review, clock):
    assert len(reminders.poll()) == 1
    again = Reminders(window, clock, tray=False, service=ReminderService())
    clock.now += timedelta(minutes=1)
    assert again.poll() == []
    assert not again.banner.isVisible()


def test_a_done_block_gives_no_banner(window, reminders, board_review):
    time_blocks.mark_done(board_review)
    assert reminders.poll() == []
    assert not reminders.banner.isVisible()


def test_snooze_for_five_minutes_reminds_again_five_minutes_later(
    window, reminders, board_review, clock
):
    reminders.poll()
    reminders.banner.snooze_actions[5].trigger()
    assert not reminders.banner.isVisible()
    assert "Snoozed until 09:55." in window.statusBar().currentMessage()
    clock.now = datetime(2026, 12, 3, 9, 54, 59)
    assert reminders.poll() == []
    clock.now = datetime(2026, 12, 3, 9, 55)
    assert len(reminders.poll()) == 1
    assert reminders.banner.title.text() == "Meeting at 10:00 — Board review"
    assert reminders.banner.detail.text() == "Starts in 5 min (10:00–11:00)"


def test_several_at_once_follow_one_another_and_dismiss_shows_the_next(
    window, reminders, board_review, make_client
):
    client_id = make_client("Acme")
    interactions.log_interaction(
        interactions.InteractionInput(
            client_id,
            InteractionKind.CALL,
            datetime(2026, 11, 30, 16, 0),
            "Pricing",
            follow_up_on=DAY,
        ),
        now=datetime(2026, 11, 30, 17, 0),
    )
    assert len(reminders.poll()) == 2
    banner = reminders.banner
    assert banner.title.text().startswith("Follow-up due today — ")  # 09:00, the workday start
    assert banner.title.text().endswith("(Acme)")
    assert banner.more.text() == "1 more after this one"
    banner.dismiss_button.click()
    assert banner.title.text() == "Meeting at 10:00 — Board review"
    assert banner.more.isHidden()
    banner.dismiss_button.click()
    assert not banner.isVisible()


def test_lead_time_zero_turns_them_off(window, reminders, board_review):
    from ae_desktop.services.settings import save_settings

    save_settings({"reminder_minutes": 0})
    assert reminders.poll() == []
    assert not reminders.banner.isVisible()


def test_the_workday_page_stores_the_lead_time(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.workday_page
    assert page.reminder.value() == 10
    dialog.show_page(page)
    page.reminder.setValue(25)
    dialog.ok_button.click()
    assert get_setting("reminder_minutes") == 25
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.workday_page.reminder.value() == 25
    assert page.reminder.maximum() == 60 and page.reminder.minimum() == 0


def test_escape_in_the_banner_dismisses_it_and_its_buttons_take_no_alt_key(
    qtbot, window, reminders, board_review
):
    reminders.poll()
    banner = reminders.banner
    assert all("&" not in b.text() for b in (banner.open_button, banner.dismiss_button))
    assert "&" not in banner.snooze_button.text()
    banner.dismiss_button.setFocus()
    qtbot.keyClick(banner.dismiss_button, Qt.Key.Key_Escape)
    assert not banner.isVisible()
