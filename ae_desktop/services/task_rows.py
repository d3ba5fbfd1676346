"""The agenda's tasks: one SQL read of the open tasks with what classifies them, classified."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ae_desktop.domain.cadence import effective_cadence, is_neglected
from ae_desktop.domain.enums import ClientStatus, Flag, StageOutcome, TaskStatus, Tier
from ae_desktop.domain.priority import (
    PrioritySettings,
    Quadrant,
    TaskFacts,
    importance,
    urgency,
)
from ae_desktop.services.settings import currency, get_setting, tier_cadence
from ae_desktop.store.models import database
from ae_desktop.translation import translate

LATE_STAGE_NAME = "proposal"  # a deal in this stage or a later one is important


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    title: str
    notes: str
    client_id: int | None
    client_name: str | None
    deal_id: int | None
    deal_title: str | None
    due_on: date | None
    estimate_minutes: int
    urgency: Flag
    importance: Flag
    status: TaskStatus
    delegated_to: str
    quadrant: Quadrant
    reasons: tuple[str, ...]
    interaction_id: int | None
    deal_value_minor: int  # 0 without an open deal

    @property
    def waiting_for(self) -> bool:
        return bool(self.delegated_to)


# A client's last interaction is one look-up in the (client, occurred_at) index per task.
_SQL = """
SELECT t.id, t.title, t.notes, t.client_id, c.name, t.deal_id, d.title, t.due_on,
  t.estimate_minutes, t.urgency, t.importance, t.status, t.delegated_to, t.interaction_id,
  c.tier, c.status, c.archived, c.cadence_days, c.created_at,
  (SELECT MAX(i.occurred_at) FROM interaction i WHERE i.client_id = t.client_id),
  d.value_minor, d.currency, s.name, s.position, s.outcome
FROM task t
LEFT JOIN client c ON c.id = t.client_id
LEFT JOIN deal d ON d.id = t.deal_id
LEFT JOIN stage s ON s.id = d.stage_id
WHERE {where}
"""

_TIERS = {tier.value: tier for tier in Tier}
_FLAGS = {flag.value: flag for flag in Flag}
_STATUSES = {status.value: status for status in TaskStatus}


def priority_settings() -> PrioritySettings:
    """The thresholds of the quadrant rules, from the user's settings."""
    return PrioritySettings(
        urgent_within_days=int(get_setting("urgent_within_days")),
        important_deal_value_minor=int(get_setting("important_deal_value_minor")),
        currency=currency(),
    )


def late_stage_position() -> int | None:
    """The position of Proposal, from which a deal counts as late-stage.

    With no stage of that name (the user renamed it), the third open stage; None without one.
    """
    cursor = database.execute_sql("SELECT name, position, outcome FROM stage ORDER BY position")
    stages = list(cursor)
    for name, position, _ in stages:
        if str(name).casefold() == LATE_STAGE_NAME:
            return int(position)
    open_positions = [int(p) for _, p, outcome in stages if outcome == StageOutcome.OPEN]
    return open_positions[2] if len(open_positions) > 2 else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def load_tasks(
    *, today: date, task_ids: list[int] | None = None, open_only: bool = True
) -> list[TaskRow]:
    """The open tasks (or those of *task_ids*), classified, most pressing first.

    Most pressing: due date (none last), then the bigger open deal, then the first added.
    """
    conditions, params = [], []
    if open_only:
        conditions.append("t.status = 'open'")
    if task_ids is not None:
        if len(task_ids) > 900:
            raise ValueError(translate("tasks", "read at most 900 tasks by id at once"))
        conditions.append(f"t.id IN ({','.join('?' * len(task_ids))})")
        params = list(task_ids)
    where = " AND ".join(conditions) or "1"
    cursor = database.execute_sql(_SQL.format(where=where), params)
    settings = priority_settings()
    late_from = late_stage_position()
    cadences = tier_cadence()
    neglect: dict[int, bool] = {}
    dates: dict[str | None, date | None] = {}
    urgent_memo: dict[tuple[date | None, Flag], tuple[bool, str]] = {}
    important_memo: dict[tuple[Flag, int | None, int | None], tuple[bool, tuple[str, ...]]] = {}
    rows = []
    for (
        tid,
        title,
        notes,
        client_id,
        client_name,
        deal_id,
        deal_title,
        due,
        estimate,
        urgency_text,
        importance_text,
        status,
        delegated_to,
        interaction_id,
        tier,
        client_status,
        archived,
        cadence,
        client_created,
        last_at,
        value,
        deal_currency,
        stage_name,
        stage_position,
        outcome,
    ) in cursor:
        tier_enum = _TIERS.get(tier) if tier else None
        neglected = False
        if client_id is not None and tier_enum is not None:
            if client_id not in neglect:
                last = datetime.fromisoformat(last_at) if last_at else None
                neglect[client_id] = (
                    client_status != ClientStatus.CHURNED
                    and not archived
                    and is_neglected(
                        last,
                        effective_cadence(tier_enum, cadence, cadences),
                        today,
                        created=_date(client_created) if last is None else None,
                    )
                )
            neglected = neglect[client_id]
        deal_open = outcome == StageOutcome.OPEN
        due_on = dates[due] if due in dates else dates.setdefault(due, _date(due))
        urgency_flag, importance_flag = (
            _FLAGS.get(urgency_text, Flag.AUTO),
            _FLAGS.get(importance_text, Flag.AUTO),
        )
        # Tasks share due dates, clients and deals: each half of the rule runs once per key.
        urgent_key = (due_on, urgency_flag)
        if urgent_key not in urgent_memo:
            facts = TaskFacts(due_on=due_on, urgency=urgency_flag)
            urgent_memo[urgent_key] = urgency(facts, today, settings.urgent_within_days)
        important_key = (importance_flag, client_id, deal_id)
        if important_key not in important_memo:
            facts = TaskFacts(
                due_on=due_on,
                importance=importance_flag,
                client_name=client_name,
                client_tier=tier_enum,
                client_neglected=neglected,
                deal_title=deal_title,
                deal_open=deal_open,
                deal_stage=stage_name,
                deal_late_stage=late_from is not None
                and stage_position is not None
                and stage_position >= late_from,
                deal_value_minor=value,
                deal_currency=deal_currency,
            )
            important_memo[important_key] = importance(facts, settings)
        is_urgent, why_urgent = urgent_memo[urgent_key]
        is_important, why_important = important_memo[important_key]
        rows.append(
            TaskRow(
                id=tid,
                title=title,
                notes=notes,
                client_id=client_id,
                client_name=client_name,
                deal_id=deal_id,
                deal_title=deal_title,
                due_on=due_on,
                estimate_minutes=int(estimate),
                urgency=urgency_flag,
                importance=importance_flag,
                status=_STATUSES.get(status, TaskStatus.OPEN),
                delegated_to=delegated_to,
                quadrant=Quadrant.of(is_urgent, is_important),
                reasons=(why_urgent, *why_important),
                interaction_id=interaction_id,
                deal_value_minor=int(value) if deal_open and value else 0,
            )
        )
    rows.sort(key=pressing_order)
    return rows


def pressing_order(row: TaskRow) -> tuple[date, int, int]:
    return (row.due_on or date.max, -row.deal_value_minor, row.id)


def by_quadrant(rows: list[TaskRow]) -> dict[Quadrant, list[TaskRow]]:
    """The rows of each quadrant, in the order given (most pressing first from load_tasks)."""
    grouped: dict[Quadrant, list[TaskRow]] = {q: [] for q in Quadrant}
    for row in rows:
        grouped[row.quadrant].append(row)
    return grouped
