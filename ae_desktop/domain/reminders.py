"""Which reminders are due now: time blocks and meetings about to start, follow-ups due today."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

# A block that started this long ago is still worth a reminder (the poll may have been late,
# the laptop asleep); later than that the user is in it or has let it go.
GRACE_MINUTES = 5
KEEP_DAYS = 2  # how long a given reminder is remembered: today's and yesterday's
SNOOZE_CHOICES = (5, 10, 30)


class ReminderKind(StrEnum):
    BLOCK = "block"
    MEETING = "meeting"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True, slots=True)
class BlockFacts:
    """A time block of the day as the reminders need it."""

    id: int
    day: date
    start: int  # minutes since midnight
    end: int
    title: str
    meeting: bool  # fixed, or of the meeting kind
    done: bool


@dataclass(frozen=True, slots=True)
class FollowUpFacts:
    """A follow-up task with a due date."""

    id: int
    title: str
    client_name: str | None
    due_on: date
    done: bool  # done or cancelled: nothing left to remind


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str  # what is remembered once given: "block:<id>:<date>:<start>", "task:<id>:<due>"
    kind: ReminderKind
    record_id: int  # the block's or the task's
    day: date  # the block's day, the task's due date
    at: datetime  # when the block starts; when the follow-up's workday starts
    title: str  # the block's or the task's title, as the user wrote it
    client_name: str | None = None
    end: int | None = None  # a block's end, minutes since midnight


def block_key(block: BlockFacts) -> str:
    """Moving a block to another time or day makes a new reminder."""
    return f"block:{block.id}:{block.day.isoformat()}:{block.start}"


def task_key(task: FollowUpFacts) -> str:
    """A follow-up rolled over to another day reminds again on that day."""
    return f"task:{task.id}:{task.due_on.isoformat()}"


def key_day(key: str) -> date | None:
    """The date a reminder's key is about (None when the key is not one of ours)."""
    parts = key.split(":")
    if len(parts) < 3 or parts[0] not in ("block", "task"):
        return None
    try:
        return date.fromisoformat(parts[2])
    except ValueError:
        return None


def _at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time()) + timedelta(minutes=minutes)


def _is_due(
    key: str, window_open: bool, given: Mapping[str, datetime | None], now: datetime
) -> bool:
    """Not given yet and in its window; or snoozed until a time that has come."""
    if key not in given:
        return window_open
    until = given[key]
    return until is not None and until <= now


def due_reminders(
    now: datetime,
    lead_minutes: int,
    blocks: Iterable[BlockFacts],
    follow_ups: Iterable[FollowUpFacts],
    given: Mapping[str, datetime | None],
    workday_start: int,
) -> list[Reminder]:
    """The reminders to show at *now*, earliest first.

    A block or meeting reminds from *lead_minutes* before it starts until GRACE_MINUTES after;
    a follow-up once on its due date, from *workday_start* (minutes since midnight) on, or
    whenever the app is first open that day. *given* holds the keys already shown: None once
    shown, a time when snoozed until then (due again from that time on, whatever the window).
    Nothing for done items; nothing at all when *lead_minutes* is 0 (reminders are off).
    """
    if lead_minutes <= 0:
        return []
    found: list[Reminder] = []
    for block in blocks:
        if block.done:
            continue
        starts = _at(block.day, block.start)
        window_open = (
            starts - timedelta(minutes=lead_minutes)
            <= now
            < starts + timedelta(minutes=GRACE_MINUTES)
        )
        key = block_key(block)
        if _is_due(key, window_open, given, now):
            kind = ReminderKind.MEETING if block.meeting else ReminderKind.BLOCK
            found.append(
                Reminder(key, kind, block.id, block.day, starts, block.title, end=block.end)
            )
    for task in follow_ups:
        if task.done:
            continue
        starts = _at(task.due_on, workday_start)
        window_open = task.due_on == now.date() and now >= starts
        key = task_key(task)
        if _is_due(key, window_open, given, now):
            found.append(
                Reminder(
                    key,
                    ReminderKind.FOLLOW_UP,
                    task.id,
                    task.due_on,
                    min(starts, now),
                    task.title,
                    task.client_name,
                )
            )
    return sorted(found, key=lambda r: (r.at, r.kind != ReminderKind.MEETING, r.key))


def prune(
    given: Mapping[str, datetime | None], today: date, keep_days: int = KEEP_DAYS
) -> dict[str, datetime | None]:
    """What is worth remembering: the keys of the last *keep_days* days, and any snooze still
    to come (a follow-up snoozed past midnight)."""
    oldest = today - timedelta(days=keep_days - 1)
    kept = {}
    for key, until in given.items():
        day = key_day(key)
        recent = day is not None and day >= oldest
        if recent or (until is not None and until.date() >= today):
            kept[key] = until
    return kept
