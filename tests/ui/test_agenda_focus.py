"""The focus timer on the current block, driven by an injected clock (never a patched one)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import parse_hhmm
from ae_desktop.services import time_blocks
from ae_desktop.ui.agenda.day_panel import DayPanel
from ae_desktop.ui.agenda.focus_timer import FocusTimer, current_block

LEFT = Qt.MouseButton.LeftButton


class Clock:
    """The time the widgets are told; tests move it by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(today):
    return Clock(datetime.combine(today, time(9, 10)))


@pytest.fixture
def add(db, today):
    def add(start, end, title="Offer for Acme", kind=BlockKind.CLIENT_WORK, day=None):
        data = time_blocks.BlockInput(day or today, parse_hhmm(start), parse_hhmm(end), title, kind)
        return time_blocks.add_block(data)

    return add


@pytest.fixture
def panel(qtbot, db, today, clock):
    widget = DayPanel(QUndoStack(), lambda: today, now=clock)
    qtbot.addWidget(widget)
    widget.resize(640, 900)
    widget.show()
    widget.show_day(today)
    return widget


def test_the_panel_offers_the_block_running_now(qtbot, add, panel, clock):
    add("08:00", "09:00", "Earlier")
    block = add("09:00", "10:00", "Offer for Acme")
    panel.refresh_current_block()

    assert panel.focus.row is not None and panel.focus.row.id == block
    assert panel.focus.title() == "Offer for Acme  ·  09:00–10:00"
    # user text in a tooltip is escaped rich text, so it shows literally
    assert panel.focus.title_label.toolTip() == "<qt>Offer for Acme  ·  09:00–10:00</qt>"
    assert panel.focus.countdown.text() == "50:00"  # what a start would give
    assert panel.focus.start_button.isEnabled()

    clock.advance(hours=1)
    panel.refresh_current_block()  # the minute refresh
    assert panel.focus.row is None
    assert not panel.focus.start_button.isEnabled()
    assert panel.focus.countdown.text() == "--:--"


def test_start_tick_pause_and_stop_records_the_minutes_worked(qtbot, add, panel, clock):
    block = add("09:00", "10:00")
    panel.refresh_current_block()
    focus = panel.focus
    messages: list[str] = []
    focus.status_message.connect(messages.append)

    qtbot.mouseClick(focus.start_button, LEFT)
    assert focus.ticker.isActive()
    clock.advance(minutes=12, seconds=30)
    focus.tick()
    assert focus.countdown.text() == "37:30"
    assert "12 min worked" in focus.detail_label.text()

    qtbot.mouseClick(focus.pause_button, LEFT)
    assert focus.pause_button.text() == "Resume" and not focus.ticker.isActive()
    clock.advance(minutes=5)  # a paused timer counts nothing
    focus.tick()
    assert focus.countdown.text() == "37:30"
    qtbot.mouseClick(focus.pause_button, LEFT)
    clock.advance(minutes=13)
    focus.tick()
    assert focus.countdown.text() == "24:30"

    with qtbot.waitSignal(focus.spent_recorded) as recorded:
        qtbot.mouseClick(focus.stop_button, LEFT)

    assert recorded.args == [block]
    assert time_blocks.get_block(block).spent_minutes == 25
    assert messages[-1] == "Recorded 25 min on Offer for Acme."
    assert focus.session is None and not focus.ticker.isActive()
    assert "25 min recorded" in focus.detail_label.text()
    # The timeline holds the block as stored now.
    assert panel.timeline.rows[block].spent_minutes == 25


def test_the_end_of_the_block_notifies_and_records(qtbot, add, panel, clock):
    block = add("09:00", "09:30", "Call Acme", kind=BlockKind.CALLS)
    panel.refresh_current_block()
    focus = panel.focus
    notes: list[str] = []
    messages: list[str] = []
    focus.notified.connect(notes.append)
    focus.status_message.connect(messages.append)
    focus.start()

    clock.advance(minutes=20, seconds=1)
    focus.tick()

    assert notes == ["Focus time on Call Acme is over."]
    assert time_blocks.get_block(block).spent_minutes == 20
    assert "Recorded 20 min on Call Acme." in messages
    assert focus.session is None
    assert focus.row is None  # the block is over and none follows
    assert focus.countdown.text() == "--:--"


def test_pomodoro_switches_to_a_break_and_back(qtbot, add, panel, clock):
    block = add("09:00", "11:00", "Proposal")
    panel.refresh_current_block()
    focus = panel.focus
    notes: list[str] = []
    focus.notified.connect(notes.append)
    focus.pomodoro_box.setChecked(True)
    assert focus.countdown.text() == "25:00"

    focus.start()
    assert not focus.pomodoro_box.isEnabled()
    clock.advance(minutes=25)
    focus.tick()
    assert focus.countdown.text() == "05:00"
    assert focus.detail_label.text().startswith("Break")
    assert "cycle 1 of 4" in focus.detail_label.text()
    assert notes == ["Time for a 5-minute break."]

    clock.advance(minutes=5)
    focus.tick()
    assert focus.detail_label.text().startswith("Focus")
    assert "cycle 2 of 4" in focus.detail_label.text()
    assert focus.countdown.text() == "25:00"
    assert notes[-1] == "Break over: cycle 2 of 4."

    clock.advance(minutes=10)
    focus.stop()
    assert time_blocks.get_block(block).spent_minutes == 35  # the break is not counted


def test_a_run_keeps_its_block_when_the_next_one_begins(qtbot, add, panel, clock):
    first = add("09:00", "09:30", "First")
    second = add("09:30", "10:00", "Second")
    panel.refresh_current_block()
    focus = panel.focus
    focus.pomodoro_box.setChecked(True)
    focus.start()

    clock.advance(minutes=22)
    panel.refresh_current_block()
    focus.tick()
    assert focus.row.id == first
    focus.stop()

    assert time_blocks.get_block(first).spent_minutes == 22
    assert time_blocks.get_block(second).spent_minutes == 0
    assert focus.row.id == second  # then the timer moves on


def test_less_than_a_minute_and_a_deleted_block_record_nothing(qtbot, add, db, today, clock):
    block = add("09:00", "10:00", "Short")
    focus = FocusTimer(lambda: today, clock)
    qtbot.addWidget(focus)
    messages: list[str] = []
    focus.status_message.connect(messages.append)
    focus.set_block(time_blocks.get_block(block))

    focus.start()
    clock.advance(seconds=40)
    focus.stop()
    assert messages[-1] == "Less than a minute worked: nothing recorded on Short."

    focus.start()
    clock.advance(minutes=3)
    time_blocks.delete_block(block)
    focus.stop()
    assert messages[-1] == "Short no longer exists: the 3 min were not recorded."


def test_a_block_already_over_cannot_start(qtbot, add, db, today, clock):
    block = add("08:00", "09:00", "Gone")
    focus = FocusTimer(lambda: today, clock)
    qtbot.addWidget(focus)
    messages: list[str] = []
    focus.status_message.connect(messages.append)
    focus.set_block(time_blocks.get_block(block))

    focus.start()

    assert focus.session is None
    assert messages == ["The block is already over."]


def test_current_block_prefers_an_open_one(db, add):
    done = time_blocks.get_block(add("09:00", "10:00", "Done"))
    open_ = time_blocks.get_block(add("09:30", "10:30", "Open"))
    done = time_blocks.BlockRow(**{**{f: getattr(done, f) for f in done.__slots__}, "done": True})

    assert current_block([done, open_], 9 * 60 + 45) == open_
    assert current_block([done, open_], 9 * 60 + 15) == done
    assert current_block([done, open_], 10 * 60 + 30) is None
