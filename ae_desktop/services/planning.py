"""Plan my day: the planner run on the stored day and tasks, and the accepted plan saved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import (
    DAY_MINUTES,
    ClientBudget,
    Overflow,
    PlannerSettings,
    PlanTask,
    ProposedBlock,
    Span,
    UnplacedClientTime,
    parse_hhmm,
    plan,
)
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.settings import DEFAULTS, get_setting
from ae_desktop.services.task_rows import TaskRow, load_tasks
from ae_desktop.services.time_blocks import BlockInput, BlockRow, add_blocks, blocks_on, overlapping
from ae_desktop.store.models import Client, TimeBlock
from ae_desktop.translation import translate


@dataclass(frozen=True, slots=True)
class DayPlan:
    day: date
    settings: PlannerSettings
    existing: tuple[BlockRow, ...]  # the day's blocks already there, fixed or not: never moved
    blocks: tuple[ProposedBlock, ...]  # the proposal, by start time
    overflow: tuple[Overflow, ...]  # the tasks that did not fit, and why
    # the weekly client time of the day that did not fit, and why
    unplaced_client_time: tuple[UnplacedClientTime, ...] = ()


def _time_setting(key: str) -> int:
    try:
        return parse_hhmm(str(get_setting(key)))
    except ValueError:
        return parse_hhmm(str(DEFAULTS[key]))


def _minutes_setting(key: str, low: int, high: int) -> int:
    value = get_setting(key)
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return int(DEFAULTS[key])


def planner_settings() -> PlannerSettings:
    """The workday, lunch, buffer and focus length from the user's settings."""
    workday = Span(_time_setting("workday_start"), _time_setting("workday_end"))
    lunch = Span(_time_setting("lunch_start"), _time_setting("lunch_end"))
    return PlannerSettings(
        workday=workday,
        lunch=lunch if lunch.end > lunch.start else None,
        buffer_minutes=_minutes_setting("buffer_minutes", 0, 120),
        focus_minutes=_minutes_setting("focus_minutes", 15, 480),
    )


def _plan_task(row: TaskRow) -> PlanTask:
    return PlanTask(
        row.id,
        row.title,
        row.quadrant,
        row.estimate_minutes,
        row.due_on,
        row.deal_value_minor,
        row.client_id,
    )


WORKING_DAYS = 5  # Monday to Friday


def working_days_left(day: date) -> int:
    """Working days (Monday to Friday) left in *day*'s week, *day* included; 1 at weekends:
    a day planned on a Saturday or Sunday is the last chance that week."""
    return max(1, WORKING_DAYS - day.weekday())


def _week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of *day*'s ISO week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def client_budgets(day: date, existing: Sequence[BlockRow] = ()) -> list[ClientBudget]:
    """The weekly time budgets of the non-archived clients that have one, as they stand on
    *day*: the budget less the client-work minutes already planned that week (its blocks of
    kind client_work, Monday to Sunday), over the working days left. A client that already
    has a client-work block of its own (not a task's) among *existing* is left out: the day
    was planned for it already."""
    monday, sunday = _week_of(day)
    planned: dict[int, int] = {}
    query = TimeBlock.select(TimeBlock.client, TimeBlock.start, TimeBlock.end).where(
        (TimeBlock.kind == str(BlockKind.CLIENT_WORK))
        & TimeBlock.client.is_null(False)
        & (TimeBlock.date >= monday)
        & (TimeBlock.date <= sunday)
    )
    for block in query:
        minutes = parse_hhmm(str(block.end)) - parse_hhmm(str(block.start))
        client_id = int(block.client_id)  # type: ignore[arg-type]
        planned[client_id] = planned.get(client_id, 0) + max(0, minutes)
    done_today = {
        b.client_id
        for b in existing
        if b.kind == BlockKind.CLIENT_WORK and b.client_id is not None and b.task_id is None
    }
    days_left = working_days_left(day)
    clients = (
        Client.select(Client.id, Client.name, Client.weekly_minutes)
        .where((Client.weekly_minutes > 0) & (Client.archived == False))  # noqa: E712
        .order_by(Client.id)
    )
    return [
        ClientBudget(
            int(c.id),
            str(c.name),
            int(c.weekly_minutes) - planned.get(int(c.id), 0),
            days_left,
        )
        for c in clients
        if int(c.id) not in done_today
    ]


def minute_on_grid(now: datetime, grid: int) -> int:
    """The minute of the day of *now* rounded up to the planner's *grid* (a started minute
    counts as the next one), at most 24:00."""
    seconds = now.hour * 3600 + now.minute * 60 + now.second + (1 if now.microsecond else 0)
    step = 60 * max(1, grid)
    return min(DAY_MINUTES, -(-seconds // step) * max(1, grid))


def _batches_planned(existing: Sequence[BlockRow], rows: Sequence[TaskRow]) -> tuple[bool, bool]:
    """Whether the day holds its focus block already, and its admin block.

    Any block of kind focus is the day's focus block. A block of kind admin is the day's
    admin block unless it is a Do now task's own block (those are of kind admin too): one
    not linked to a task (a batch of several, or made by hand), or linked to an open task
    that is not a Do now task (a batch of one). A block linked to a task no longer open does
    not count: its quadrant is not known.
    """
    quadrant = {r.id: r.quadrant for r in rows}
    focus = any(b.kind == BlockKind.FOCUS for b in existing)
    admin = any(
        b.kind == BlockKind.ADMIN
        and (b.task_id is None or quadrant.get(b.task_id, Quadrant.DO_NOW) != Quadrant.DO_NOW)
        for b in existing
    )
    return focus, admin


def plan_day(
    day: date,
    *,
    today: date,
    tasks: Sequence[TaskRow] | None = None,
    now: datetime | None = None,
) -> DayPlan:
    """The proposal of Plan my day for *day*; nothing is written.

    *tasks* are the open tasks as the Agenda already holds them (load_tasks); read when None.
    The day's existing blocks are kept as they are and planned around; tasks waiting for
    someone else, and tasks that already have a block that day, are not planned. A day that
    holds its focus block or its admin block already gets no second one. Clients with a
    weekly time budget get their share of the day (client_budgets). When *day* is *today*
    and *now* is given, nothing is proposed before *now* (rounded up to the planner's grid).
    """
    rows = load_tasks(today=today) if tasks is None else tasks
    existing = blocks_on(day)
    blocked = {b.task_id for b in existing if b.task_id is not None}
    candidates = [_plan_task(r) for r in rows if not r.delegated_to and r.id not in blocked]
    settings = planner_settings()
    if now is not None and day == today:
        settings = replace(settings, not_before=minute_on_grid(now, settings.grid_minutes))
    budgets = client_budgets(day, existing)
    focus_planned, admin_planned = _batches_planned(existing, rows)
    proposal = plan(
        candidates,
        [Span(b.start, b.end) for b in existing],
        settings,
        budgets,
        focus_planned=focus_planned,
        admin_planned=admin_planned,
    )
    return DayPlan(
        day,
        settings,
        tuple(existing),
        proposal.blocks,
        proposal.overflow,
        proposal.unplaced_client_time,
    )


def block_inputs(day_plan: DayPlan) -> list[BlockInput]:
    """The proposed blocks as blocks to store; a block of one task is linked to it."""
    return [
        BlockInput(
            day=day_plan.day,
            start=block.start,
            end=block.end,
            title=block.title,
            kind=BlockKind(block.kind),
            task_id=block.task_ids[0] if len(block.task_ids) == 1 else None,
            client_id=block.client_id,
        )
        for block in day_plan.blocks
    ]


def apply_plan(day_plan: DayPlan) -> list[int]:
    """Store the accepted proposal in one transaction; the new blocks' ids.

    Refused (ValidationError) when the day's blocks changed since the plan was made so that
    a proposed block now overlaps one: plan again.
    """
    inputs = block_inputs(day_plan)
    current = blocks_on(day_plan.day)
    proposed = [
        BlockRow(-i, b.day, b.start, b.end, b.title, b.kind, None, None, False, False)
        for i, b in enumerate(inputs, 1)
    ]
    if any(i < 0 for i in overlapping([*current, *proposed])):
        raise ValidationError(
            {"plan": translate("planner", "The day changed since this plan was made: plan again.")}
        )
    return add_blocks(inputs)
