"""The week after the report's: fixed meetings, follow-ups due, deals expected to close."""

from __future__ import annotations

from datetime import date

from ae_desktop.domain.periods import Week
from ae_desktop.domain.pipeline import effective_probability
from ae_desktop.report.model import ClosingDeal, FollowUp, Meeting, NextWeek
from ae_desktop.report.values import MAX_ROWS, largest
from ae_desktop.store.models import database

_MEETINGS_SQL = """
SELECT b.date, b.start, b.end, b.title, COALESCE(c.name, '')
FROM time_block b
LEFT JOIN task t ON t.id = b.task_id
LEFT JOIN client c ON c.id = COALESCE(b.client_id, t.client_id)
WHERE b.fixed = 1 AND b.date >= ? AND b.date < ?
ORDER BY b.date, b.start, b.id
"""

# Every open task due in the week, delegated ones too: the manager sees what is waiting.
_FOLLOW_UPS_SQL = """
SELECT t.title, COALESCE(c.name, ''), t.due_on
FROM task t
LEFT JOIN client c ON c.id = t.client_id
WHERE t.status = 'open' AND t.due_on >= ? AND t.due_on < ?
ORDER BY t.due_on, t.id
"""

_CLOSING_SQL = """
SELECT d.title, c.name, s.name, d.value_minor, d.probability, s.probability, d.expected_close
FROM deal d
JOIN stage s ON s.id = d.stage_id
JOIN client c ON c.id = d.client_id
WHERE s.outcome = 'open' AND d.currency = ? AND d.expected_close >= ? AND d.expected_close < ?
ORDER BY d.expected_close, d.value_minor DESC, d.id
"""


def _day(text: object) -> date:
    return date.fromisoformat(str(text)[:10])


def _closing(currency: str, start: str, end: str) -> list[ClosingDeal]:
    """Open deals in *currency* expected to close from *start* up to *end* (ISO dates)."""
    return [
        ClosingDeal(
            title=title,
            client=client,
            stage=stage,
            value_minor=int(value),
            probability=effective_probability(own, stage_probability),
            expected_close=_day(expected),
        )
        for title, client, stage, value, own, stage_probability, expected in (
            database.execute_sql(_CLOSING_SQL, (currency, start, end))
        )
    ]


def overdue_deals(cutoff: date, currency: str) -> tuple[tuple[ClosingDeal, ...], int]:
    """Open deals whose expected close is before *cutoff*: they slipped. By expected close,
    then value; past MAX_ROWS the largest are kept and the rest counted."""
    return largest(_closing(currency, "0001-01-01", cutoff.isoformat()), lambda d: d.value_minor)


def next_week(week: Week, currency: str) -> NextWeek:
    """What *week* holds as the database stands: fixed blocks by day and start, open tasks
    by due date, open deals (database currency) by expected close then value, largest first;
    the first MAX_ROWS of each, and how many more there are."""
    bounds = (week.start.isoformat(), week.end.isoformat())
    meetings = tuple(
        Meeting(day=_day(day), start=str(start), end=str(end), title=title, client=client)
        for day, start, end, title, client in database.execute_sql(_MEETINGS_SQL, bounds)
    )
    follow_ups = tuple(
        FollowUp(title=title, client=client, due_on=_day(due))
        for title, client, due in database.execute_sql(_FOLLOW_UPS_SQL, bounds)
    )
    closing = tuple(_closing(currency, *bounds))
    return NextWeek(
        week=week,
        meetings=meetings[:MAX_ROWS],
        follow_ups=follow_ups[:MAX_ROWS],
        closing=closing[:MAX_ROWS],
        meetings_omitted=max(0, len(meetings) - MAX_ROWS),
        follow_ups_omitted=max(0, len(follow_ups) - MAX_ROWS),
        closing_omitted=max(0, len(closing) - MAX_ROWS),
    )
