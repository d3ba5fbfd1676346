"""Reminders while the app is open: what is due now, remembered in the database once given."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ae_desktop.domain.enums import BlockKind, TaskStatus
from ae_desktop.domain.planner import parse_hhmm
from ae_desktop.domain.reminders import (
    BlockFacts,
    FollowUpFacts,
    Reminder,
    due_reminders,
    prune,
)
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.settings import DEFAULTS, get_setting, set_setting, whole_number
from ae_desktop.services.time_blocks import blocks_on
from ae_desktop.store.models import database

GIVEN_KEY = "reminders_given"  # in the setting table: key -> None (shown) or snoozed-until


def lead_minutes() -> int:
    """Minutes before a block starts that it is reminded; 0 when reminders are off."""
    return whole_number("reminder_minutes")


def _workday_start() -> int:
    try:
        return parse_hhmm(str(get_setting("workday_start")))
    except ValueError:
        return parse_hhmm(str(DEFAULTS["workday_start"]))


def _blocks(days: set[date]) -> list[BlockFacts]:
    return [
        BlockFacts(
            row.id,
            row.day,
            row.start,
            row.end,
            row.title,
            row.fixed or row.kind == BlockKind.MEETING,
            row.done,
        )
        for day in sorted(days)
        for row in blocks_on(day)
    ]


_FOLLOW_UPS_SQL = """
SELECT t.id, t.title, t.due_on, t.status, c.name
FROM task t LEFT JOIN client c ON c.id = t.client_id
WHERE t.due_on = ? AND t.interaction_id IS NOT NULL
ORDER BY t.id
"""


def _follow_ups(day: date) -> list[FollowUpFacts]:
    """The tasks an interaction's follow-up date made, due on *day*."""
    rows = database.execute_sql(_FOLLOW_UPS_SQL, (day.isoformat(),)).fetchall()
    return [
        FollowUpFacts(
            int(task_id),
            str(title),
            None if client_name is None else str(client_name),
            date.fromisoformat(str(due)),
            status != TaskStatus.OPEN.value,
        )
        for task_id, title, due, status, client_name in rows
    ]


def load_given() -> dict[str, datetime | None]:
    """The reminders already given: key -> None when shown, the time it was snoozed until."""
    stored = get_setting(GIVEN_KEY)
    given: dict[str, datetime | None] = {}
    if not isinstance(stored, dict):
        return given
    for key, until in stored.items():
        try:
            given[str(key)] = datetime.fromisoformat(until) if until else None
        except (TypeError, ValueError):
            given[str(key)] = None  # unreadable: treated as shown, never repeated
    return given


def _store_given(given: dict[str, datetime | None], today: date) -> None:
    kept = prune(given, today)
    value = {key: until.isoformat() if until else None for key, until in sorted(kept.items())}
    with write_transaction():
        set_setting(GIVEN_KEY, value)


class ReminderService:
    """Each call reads the database afresh: a new service over the same database (after a
    restart) knows what an earlier one gave."""

    def due_now(self, now: datetime) -> list[Reminder]:
        """The reminders to show at *now*, earliest first, recorded as given (not repeated)."""
        lead = lead_minutes()
        if lead <= 0:
            return []
        days = {now.date(), (now + timedelta(minutes=lead)).date()}
        given = load_given()
        due = due_reminders(
            now, lead, _blocks(days), _follow_ups(now.date()), given, _workday_start()
        )
        if due:
            given.update({reminder.key: None for reminder in due})
            _store_given(given, now.date())
        return due

    def snooze(self, reminder: Reminder, until: datetime) -> None:
        """*reminder* is due again at *until* (and not before)."""
        with write_transaction():
            given = load_given()
            given[reminder.key] = until
            _store_given(given, until.date())
