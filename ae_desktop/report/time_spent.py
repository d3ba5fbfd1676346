"""Where the week's blocked time went: by kind, client and Eisenhower quadrant, planned vs done."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from ae_desktop.domain.cadence import effective_cadence, is_neglected
from ae_desktop.domain.enums import BlockKind, ClientStatus, Flag, StageOutcome, Tier
from ae_desktop.domain.periods import DateSpan
from ae_desktop.domain.planner import parse_hhmm
from ae_desktop.domain.priority import (
    PrioritySettings,
    Quadrant,
    TaskFacts,
    block_quadrant,
    classify,
)
from ae_desktop.report.model import TimeLine, TimeSummary
from ae_desktop.report.values import TIERS, day, share_pct
from ae_desktop.services.settings import tier_cadence
from ae_desktop.services.task_rows import late_stage_position, priority_settings
from ae_desktop.store.models import database

TOP_CLIENTS = 10

# The span's blocks (breaks left out) with their client (the block's, else its task's) and,
# for a block with a task, what classifies the task: its client's last interaction up to the
# block's day, its deal and stage.
_BLOCKS_SQL = """
SELECT b.date, b.start, b.end, b.kind, b.done, b.spent_minutes, b.task_id,
  COALESCE(b.client_id, t.client_id), c.name,
  t.due_on, t.urgency, t.importance,
  tc.name, tc.tier, tc.status, tc.archived, tc.cadence_days, tc.created_at,
  (SELECT MAX(i.occurred_at) FROM interaction i
     WHERE i.client_id = t.client_id AND i.occurred_at < date(b.date, '+1 day')),
  d.title, d.value_minor, d.currency, s.name, s.position, s.outcome
FROM time_block b
LEFT JOIN task t ON t.id = b.task_id
LEFT JOIN client c ON c.id = COALESCE(b.client_id, t.client_id)
LEFT JOIN client tc ON tc.id = t.client_id
LEFT JOIN deal d ON d.id = t.deal_id
LEFT JOIN stage s ON s.id = d.stage_id
WHERE b.date >= ? AND b.date < ? AND b.kind != 'break'
"""

_KINDS = {kind.value: kind for kind in BlockKind}
_FLAGS = {flag.value: flag for flag in Flag}


@dataclass
class _Tally:
    planned: int = 0
    done: int = 0

    def add(self, planned: int, done: int) -> None:
        self.planned += planned
        self.done += done

    def line(self) -> TimeLine:
        return TimeLine(self.planned, self.done)


def _task_quadrant(
    row: tuple[object, ...],
    on: date,
    settings: PrioritySettings,
    late_from: int | None,
    cadences: Mapping[Tier, int] | None = None,
) -> Quadrant:
    """The quadrant of a block's task as of the block's day (services.task_rows' facts)."""
    (
        due, urgency_text, importance_text,
        client_name, tier, client_status, archived, cadence, created, last_at,
        deal_title, value, deal_currency, stage_name, stage_position, outcome,
    ) = row  # fmt: skip
    tier_enum = TIERS.get(str(tier)) if tier else None
    neglected = False
    if tier_enum is not None:
        last = datetime.fromisoformat(str(last_at)) if last_at else None
        neglected = (
            client_status != ClientStatus.CHURNED
            and not archived
            and is_neglected(
                last,
                effective_cadence(
                    tier_enum, cadence if isinstance(cadence, int) else None, cadences
                ),
                on,
                created=day(str(created)) if last is None and created else None,
            )
        )
    facts = TaskFacts(
        due_on=day(str(due)) if due else None,
        urgency=_FLAGS.get(str(urgency_text), Flag.AUTO),
        importance=_FLAGS.get(str(importance_text), Flag.AUTO),
        client_name=str(client_name) if client_name is not None else None,
        client_tier=tier_enum,
        client_neglected=neglected,
        deal_title=str(deal_title) if deal_title is not None else None,
        deal_open=outcome == StageOutcome.OPEN,
        deal_stage=str(stage_name) if stage_name is not None else None,
        deal_late_stage=late_from is not None
        and isinstance(stage_position, int)
        and stage_position >= late_from,
        deal_value_minor=value if isinstance(value, int) else None,
        deal_currency=str(deal_currency) if deal_currency is not None else None,
    )
    return classify(facts, on, settings).quadrant


def time_summary(span: DateSpan) -> TimeSummary:
    """The blocks of *span*'s days, breaks left out (TimeSummary says the rules)."""
    settings = priority_settings()
    late_from = late_stage_position()
    cadences = tier_cadence()
    by_kind = {kind: _Tally() for kind in BlockKind}
    by_quadrant = {quadrant: _Tally() for quadrant in Quadrant}
    by_client: dict[int, tuple[str, _Tally]] = {}
    total = _Tally()
    cursor = database.execute_sql(_BLOCKS_SQL, (span.start.isoformat(), span.end.isoformat()))
    for block_day, start, end, kind_text, done, spent, task_id, client_id, client, *task in cursor:
        kind = _KINDS.get(kind_text)
        if kind is None:  # a kind this version does not know
            continue
        try:
            planned = max(0, parse_hhmm(end) - parse_hhmm(start))
        except ValueError:  # times the app never writes: nothing to count
            continue
        worked = planned if done else int(spent or 0)
        on = date.fromisoformat(str(block_day)[:10])
        task_quadrant = (
            _task_quadrant(tuple(task), on, settings, late_from, cadences)
            if task_id is not None
            else None
        )
        quadrant = block_quadrant(kind, task_quadrant)
        total.add(planned, worked)
        by_kind[kind].add(planned, worked)
        if quadrant is not None:
            by_quadrant[quadrant].add(planned, worked)
        if client_id is not None:
            by_client.setdefault(int(client_id), (str(client), _Tally()))[1].add(planned, worked)
    ranked = sorted(
        by_client.items(), key=lambda item: (-item[1][1].planned, item[1][0].casefold(), item[0])
    )
    others = _Tally()
    for _, (_, tally) in ranked[TOP_CLIENTS:]:
        others.add(tally.planned, tally.done)
    return TimeSummary(
        by_kind=tuple(
            (kind, tally.line()) for kind, tally in by_kind.items() if tally.planned or tally.done
        ),
        by_client=tuple((name, tally.line()) for _, (name, tally) in ranked[:TOP_CLIENTS]),
        other_clients=others.line(),
        by_quadrant=tuple((quadrant, tally.line()) for quadrant, tally in by_quadrant.items()),
        total=total.line(),
        schedule_share_pct=share_pct(by_quadrant[Quadrant.SCHEDULE].planned, total.planned),
    )
