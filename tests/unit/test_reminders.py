"""Reminders with the clock passed in: blocks and meetings before they start, follow-ups on
their due date, once each (also after a restart), none for done items, snooze, and off."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from ae_desktop.domain.enums import BlockKind, InteractionKind, TaskStatus
from ae_desktop.domain.reminders import (
    BlockFacts,
    FollowUpFacts,
    ReminderKind,
    due_reminders,
    prune,
)
from ae_desktop.services import clients, interactions, tasks, time_blocks
from ae_desktop.services.reminders import ReminderService, load_given
from ae_desktop.services.settings import get_setting, save_settings, validate_settings
from ae_desktop.store.models import Task

DAY = date(2026, 11, 27)


def at(hhmm: str, day: date = DAY) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime(day.year, day.month, day.day, int(hours), int(minutes))


def block(start: int, *, done: bool = False, meeting: bool = False, id: int = 1) -> BlockFacts:
    return BlockFacts(id, DAY, start, start + 60, "Board review", meeting, done)


def due(now: datetime, blocks=(), follow_ups=(), given=None, lead: int = 10):
    return due_reminders(now, lead, blocks, follow_ups, given or {}, 9 * 60)


# -- the rule ------------------------------------------------------------------------------


def test_a_block_reminds_from_the_lead_time_until_a_few_minutes_after_it_starts():
    ten = block(10 * 60)
    assert due(at("09:49"), [ten]) == []
    assert [r.title for r in due(at("09:50"), [ten])] == ["Board review"]
    assert due(at("10:04"), [ten]) != []
    assert due(at("10:05"), [ten]) == []


def test_a_meeting_is_told_apart_and_meetings_come_first_at_the_same_time():
    found = due(at("09:55"), [block(600, id=1), block(600, meeting=True, id=2)])
    assert [(r.kind, r.record_id) for r in found] == [
        (ReminderKind.MEETING, 2),
        (ReminderKind.BLOCK, 1),
    ]


def test_done_items_and_given_ones_give_none():
    follow_up = FollowUpFacts(7, "Call Ana", "Acme", DAY, done=True)
    assert due(at("09:55"), [block(600, done=True)], [follow_up]) == []
    assert due(at("09:55"), [block(600)], given={"block:1:2026-11-27:600": None}) == []


def test_a_follow_up_reminds_on_its_due_date_from_the_workday_start():
    task = FollowUpFacts(7, "Call Ana", "Acme", DAY, done=False)
    assert due(at("08:59"), follow_ups=[task]) == []
    found = due(at("11:30"), follow_ups=[task])  # the app opened late that day
    assert [(r.key, r.client_name) for r in found] == [("task:7:2026-11-27", "Acme")]
    assert due(at("09:00", DAY + timedelta(days=1)), follow_ups=[task]) == []


def test_a_snoozed_reminder_is_due_again_at_its_time_not_before():
    given = {"block:1:2026-11-27:600": at("10:05")}
    assert due(at("10:04"), [block(600)], given=given) == []
    assert len(due(at("10:05"), [block(600)], given=given)) == 1  # past the grace: snoozed


def test_lead_time_zero_turns_reminders_off():
    task = FollowUpFacts(7, "Call Ana", None, DAY, done=False)
    assert due(at("09:55"), [block(600)], [task], lead=0) == []


def test_prune_keeps_two_days_and_snoozes_still_to_come():
    given = {
        "block:1:2026-11-25:600": None,
        "block:2:2026-11-26:600": None,
        "task:3:2026-11-27": None,
        "task:4:2026-11-20": at("09:00", DAY + timedelta(days=1)),
        "junk": None,
    }
    assert set(prune(given, DAY)) == {
        "block:2:2026-11-26:600",
        "task:3:2026-11-27",
        "task:4:2026-11-20",
    }


# -- the service over a database -----------------------------------------------------------


@pytest.fixture
def board_review(db) -> int:
    return time_blocks.add_block(
        time_blocks.BlockInput(DAY, 10 * 60, 11 * 60, "Board review", BlockKind.MEETING)
    )


def test_a_block_starting_in_ten_minutes_reminds_once(board_review):
    service = ReminderService()
    first = service.due_now(at("09:50"))
    assert [(r.kind, r.title, r.at) for r in first] == [
        (ReminderKind.MEETING, "Board review", at("10:00"))
    ]
    assert service.due_now(at("09:50") + timedelta(seconds=30)) == []


def test_nothing_is_repeated_after_a_restart(board_review):
    assert len(ReminderService().due_now(at("09:50"))) == 1
    assert ReminderService().due_now(at("09:52")) == []  # a new service, the same database
    assert f"block:{board_review}:2026-11-27:600" in load_given()


def test_a_done_block_gives_none(board_review):
    time_blocks.mark_done(board_review)
    assert ReminderService().due_now(at("09:55")) == []


def test_a_follow_up_reminds_once_and_a_done_one_not_at_all(db):
    client_id = clients.create_client(
        clients.ClientInput("Acme", potential_revenue=Decimal(0)), allow_duplicate=True
    )
    interactions.log_interaction(
        interactions.InteractionInput(
            client_id,
            InteractionKind.CALL,
            at("16:00", DAY - timedelta(days=3)),
            "Pricing",
            follow_up_on=DAY,
        ),
        now=at("17:00", DAY - timedelta(days=3)),
    )
    service = ReminderService()
    found = service.due_now(at("09:00"))
    assert [(r.kind, r.client_name) for r in found] == [(ReminderKind.FOLLOW_UP, "Acme")]
    assert service.due_now(at("12:00")) == []
    # The same follow-up done before it was reminded (another day's data): none.
    interactions.log_interaction(
        interactions.InteractionInput(
            client_id,
            InteractionKind.CALL,
            at("16:00", DAY - timedelta(days=2)),
            "Contract",
            follow_up_on=DAY + timedelta(days=1),
        ),
        now=at("17:00", DAY - timedelta(days=2)),
    )
    task_id = Task.get(Task.due_on == DAY + timedelta(days=1)).id
    tasks.set_status(task_id, TaskStatus.DONE, now=at("08:00", DAY + timedelta(days=1)))
    assert service.due_now(at("09:30", DAY + timedelta(days=1))) == []


def test_snooze_reminds_again_five_minutes_later_not_before(board_review):
    service = ReminderService()
    (reminder,) = service.due_now(at("09:50"))
    service.snooze(reminder, at("09:55"))
    assert service.due_now(at("09:54")) == []
    assert [r.title for r in ReminderService().due_now(at("09:55"))] == ["Board review"]
    assert service.due_now(at("09:56")) == []  # given again: once more only


def test_lead_time_zero_in_the_settings_turns_them_off(board_review):
    save_settings({"reminder_minutes": 0})
    assert ReminderService().due_now(at("09:55")) == []
    save_settings({"reminder_minutes": 30})
    assert len(ReminderService().due_now(at("09:30"))) == 1


def test_the_lead_time_setting_is_checked(db):
    assert get_setting("reminder_minutes") == 10
    assert validate_settings({"reminder_minutes": 61}) == {
        "reminder_minutes": "Enter a whole number from 0 to 60."
    }
