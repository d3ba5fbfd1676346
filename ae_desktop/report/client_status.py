"""Client status for the report: every key account and every client touched in the week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ae_desktop.domain.cadence import effective_cadence, is_neglected
from ae_desktop.domain.enums import ClientStatus, StageOutcome, Tier
from ae_desktop.domain.periods import DateSpan
from ae_desktop.domain.pipeline import rots
from ae_desktop.report.model import ClientLine
from ae_desktop.report.values import TIERS, day, id_list
from ae_desktop.services.settings import tier_cadence
from ae_desktop.store.models import database

# The non-archived key accounts that existed by the span's end and every client with an
# interaction in the span; each with its last interaction up to the span's end.
_CLIENTS_SQL = """
SELECT c.id, c.name, c.tier, c.status, c.archived, c.cadence_days, c.created_at,
  (SELECT MAX(i.occurred_at) FROM interaction i
     WHERE i.client_id = c.id AND i.occurred_at < :end)
FROM client c
WHERE (c.tier = 'key' AND c.archived = 0 AND c.created_at < :end)
   OR c.id IN (SELECT i.client_id FROM interaction i
               WHERE i.occurred_at >= :start AND i.occurred_at < :end)
"""

# Their open deals, each with its last activity (change or interaction) up to the span's end.
# A change made since then is not the week's: fall back on the last stage change before the
# end, else the day the deal was opened, so a past week's report does not change afterwards.
_DEALS_SQL = """
SELECT d.client_id, d.value_minor, d.currency, d.next_step, s.rotting_days,
  MAX(
    CASE WHEN d.updated_at < :end THEN d.updated_at
      ELSE COALESCE((SELECT MAX(sc.changed_at) FROM stage_change sc
        WHERE sc.deal_id = d.id AND sc.changed_at < :end), d.created_on) END,
    COALESCE((SELECT MAX(i.occurred_at) FROM interaction i
      WHERE i.deal_id = d.id AND i.occurred_at < :end), ''))
FROM deal d
JOIN stage s ON s.id = d.stage_id
WHERE s.outcome = 'open' AND d.client_id IN (SELECT value FROM json_each(:ids))
ORDER BY d.expected_close IS NULL, d.expected_close, d.id
"""

# Their earliest-due open task (undated ones last).
_TASKS_SQL = """
SELECT client_id, title, due_on FROM (
  SELECT t.client_id, t.title, t.due_on, ROW_NUMBER() OVER (
    PARTITION BY t.client_id ORDER BY t.due_on IS NULL, t.due_on, t.id) AS n
  FROM task t
  WHERE t.status = 'open' AND t.client_id IN (SELECT value FROM json_each(:ids)))
WHERE n = 1
"""


# Enough for the 10-60 accounts an account executive manages; past it, the lines that need
# attention (key accounts, then flagged, then touched) are kept and the rest counted.
MAX_LINES = 60


@dataclass
class _Deals:
    count: int = 0
    value_minor: int = 0
    rotting: int = 0
    next_step: str = ""  # of the open deal expected to close first that has one


def _open_deals(ids: str, span: DateSpan, currency: str, last_day: date) -> dict[int, _Deals]:
    deals: dict[int, _Deals] = {}
    params = {"ids": ids, "end": span.end.isoformat()}
    cursor = database.execute_sql(_DEALS_SQL, params)
    for client_id, value, deal_currency, next_step, rotting_days, activity in cursor:
        line = deals.setdefault(int(client_id), _Deals())
        if not line.next_step and next_step.strip():
            line.next_step = next_step.strip()
        if deal_currency != currency:  # counted and valued in the database currency only
            continue
        line.count += 1
        line.value_minor += int(value)
        last_activity = day(activity) or last_day
        line.rotting += rots(StageOutcome.OPEN, rotting_days, last_activity, last_day)
    return deals


def _capped(lines: list[ClientLine]) -> tuple[tuple[ClientLine, ...], int]:
    """At most MAX_LINES lines, those that need attention first, and how many were left out."""
    if len(lines) <= MAX_LINES:
        return tuple(lines), 0

    def urgency(line: ClientLine) -> tuple[bool, bool, bool]:
        flagged = line.neglected or line.rotting_deals > 0
        return (line.tier != Tier.KEY, not flagged, not line.touched_this_week)

    kept = set(map(id, sorted(lines, key=urgency)[:MAX_LINES]))  # sorted() is stable: by name
    return tuple(line for line in lines if id(line) in kept), len(lines) - MAX_LINES


def client_lines(span: DateSpan, currency: str) -> tuple[tuple[ClientLine, ...], int]:
    """Every non-archived key account and every client with an interaction in *span*, as of
    its last day: key accounts first, then by name; at most MAX_LINES of them (see _capped)
    and the number left out.

    Neglected by the client's cadence as of the last day (a churned client never is);
    rotting deals by their stage's rule as of that day, counting interactions up to it. The
    next step is the client's earliest-due open task, else the next step of its open deal
    expected to close first. Open deals are counted in the database currency.
    """
    last_day = span.end - timedelta(days=1)
    params = {"start": span.start.isoformat(), "end": span.end.isoformat()}
    clients = list(database.execute_sql(_CLIENTS_SQL, params))
    ids = id_list(row[0] for row in clients)
    deals = _open_deals(ids, span, currency, last_day)
    tasks = {
        int(client_id): (str(title), day(due))
        for client_id, title, due in database.execute_sql(_TASKS_SQL, {"ids": ids})
    }
    cadences = tier_cadence()
    lines = []
    for client_id, name, tier_text, status, archived, cadence, created, last_at in clients:
        tier = TIERS.get(tier_text, Tier.STANDARD)
        last = datetime.fromisoformat(last_at) if last_at else None
        neglected = (
            status != ClientStatus.CHURNED
            and not archived
            and is_neglected(
                last,
                effective_cadence(tier, cadence, cadences),
                last_day,
                created=day(created) if last is None else None,
            )
        )
        open_deals = deals.get(client_id, _Deals())
        task_title, task_due = tasks.get(client_id, ("", None))
        line = ClientLine(
            name=name,
            tier=tier,
            last_contact=last.date() if last else None,
            touched_this_week=last is not None and span.contains(last.date()),
            open_deals=open_deals.count,
            open_value_minor=open_deals.value_minor,
            next_step=task_title or open_deals.next_step,
            next_step_due=task_due if task_title else None,
            neglected=neglected,
            rotting_deals=open_deals.rotting,
        )
        lines.append(((tier != Tier.KEY, name.casefold(), client_id), line))
    lines.sort(key=lambda item: item[0])
    return _capped([line for _, line in lines])
