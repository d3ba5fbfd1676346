"""The day planner (DESIGN §3): open tasks placed around fixed blocks, plus what did not fit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.priority import Quadrant
from ae_desktop.translation import translate

# Times of day are whole minutes since midnight: 0 to 1440 (24:00).
DAY_MINUTES = 24 * 60


def hhmm(minutes: int) -> str:
    """'09:05' for 545; '24:00' for the end of the day."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_hhmm(text: str) -> int:
    """Minutes since midnight of 'HH:MM' (00:00 to 24:00); ValueError saying why."""
    hours, sep, mins = text.strip().partition(":")
    if not sep or not hours.isdigit() or not mins.isdigit() or len(mins) != 2:
        raise ValueError(translate("planner", "{0!r} is not a time: give it as HH:MM").format(text))
    value = int(hours) * 60 + int(mins)
    if int(mins) > 59 or value > DAY_MINUTES:
        raise ValueError(
            translate("planner", "{0!r} is not a time of day (00:00 to 24:00)").format(text)
        )
    return value


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class PlannerSettings:
    workday: Span = Span(9 * 60, 18 * 60)
    lunch: Span | None = Span(12 * 60 + 30, 13 * 60 + 30)
    buffer_minutes: int = 10
    focus_minutes: int = 90
    grid_minutes: int = 5  # proposed blocks start on this grid
    # Nothing is proposed before this minute (planning today in the afternoon); None: no limit.
    not_before: int | None = None


@dataclass(frozen=True, slots=True)
class PlanTask:
    id: int
    title: str
    quadrant: Quadrant
    estimate_minutes: int
    due_on: date | None = None
    deal_value_minor: int = 0
    client_id: int | None = None


@dataclass(frozen=True, slots=True)
class ProposedBlock:
    start: int
    end: int
    kind: BlockKind
    title: str
    task_ids: tuple[int, ...]
    quadrant: Quadrant
    client_id: int | None = None


@dataclass(frozen=True, slots=True)
class Overflow:
    task_id: int
    title: str
    quadrant: Quadrant
    reason: str


@dataclass(frozen=True, slots=True)
class ClientBudget:
    """A client's weekly time budget as it stands on the plan's day."""

    client_id: int
    name: str
    remaining_minutes: int  # still to place this week
    days_left: int  # working days left in the week, the plan's day included


@dataclass(frozen=True, slots=True)
class UnplacedClientTime:
    """Minutes of a client's share for the day that found no room: never silently dropped."""

    client_id: int
    name: str
    minutes: int
    reason: str


@dataclass(frozen=True, slots=True)
class Proposal:
    blocks: tuple[ProposedBlock, ...]  # by start time
    overflow: tuple[Overflow, ...] = field(default=())
    unplaced_client_time: tuple[UnplacedClientTime, ...] = field(default=())


NOT_SCHEDULED = "not urgent, not important: never scheduled"
NO_ROOM = "no room left today"
NO_ESTIMATE = "no estimate"
FOCUS_PLANNED = "the day's focus block is already planned"
ADMIN_PLANNED = "the day's admin block is already planned"
# The reasons above in English (what tests and callers compare against without translators);
# an Overflow carries them translated: said(reason).


def said(reason: str) -> str:
    """The overflow *reason* (one of the constants above) in the user's language."""
    if reason == NOT_SCHEDULED:
        return translate("planner", "not urgent, not important: never scheduled")
    if reason == NO_ROOM:
        return translate("planner", "no room left today")
    if reason == NO_ESTIMATE:
        return translate("planner", "no estimate")
    if reason == FOCUS_PLANNED:
        return translate("planner", "the day's focus block is already planned")
    if reason == ADMIN_PLANNED:
        return translate("planner", "the day's admin block is already planned")
    return reason


CLIENT_QUANTUM = 15  # client time is planned in quarter hours


def client_share(budget: ClientBudget) -> int:
    """The minutes of *budget* for the plan's day: what is left spread evenly over the days
    left, rounded to the nearest quarter hour, at least one quarter and at most what is left
    (0 when nothing is left)."""
    remaining = budget.remaining_minutes
    if remaining <= 0:
        return 0
    days = max(1, budget.days_left)
    quarter = CLIENT_QUANTUM
    quarters = (2 * remaining + days * quarter) // (2 * days * quarter)  # half rounds up
    return min(max(quarter, quarters * quarter), remaining)


def _budget_order(budget: ClientBudget) -> tuple[int, int, int, str]:
    """Most pressing first: fewest days left, then most minutes left, then id and name."""
    return (budget.days_left, -budget.remaining_minutes, budget.client_id, budget.name)


def _order(task: PlanTask) -> tuple[date, int, int]:
    """Most pressing first: due date (none last), then bigger deal, then id."""
    return (task.due_on or date.max, -task.deal_value_minor, task.id)


class _Day:
    """The occupied spans of a day and where a new block may go (buffers kept)."""

    def __init__(self, settings: PlannerSettings, fixed: Iterable[Span]) -> None:
        self.settings = settings
        self.busy = [s for s in fixed if s.end > s.start]
        if settings.lunch is not None and settings.lunch.end > settings.lunch.start:
            self.busy.append(settings.lunch)

    def gaps(self) -> list[Span]:
        """Where a new block may lie: inside the workday, not before not_before, a buffer
        away from anything busy."""
        work, buffer = self.settings.workday, self.settings.buffer_minutes
        gaps: list[Span] = []
        cursor = max(work.start, self.settings.not_before or 0)
        for span in sorted(self.busy, key=lambda s: (s.start, s.end)):
            end = span.start - buffer
            if min(end, work.end) > cursor:
                gaps.append(Span(cursor, min(end, work.end)))
            cursor = max(cursor, span.end + buffer)
        if work.end > cursor:
            gaps.append(Span(cursor, work.end))
        return gaps

    def earliest(self, minutes: int) -> Span | None:
        grid = self.settings.grid_minutes
        for gap in self.gaps():
            start = -(-gap.start // grid) * grid
            if start + minutes <= gap.end:
                return Span(start, start + minutes)
        return None

    def latest(self, minutes: int) -> Span | None:
        grid = self.settings.grid_minutes
        for gap in reversed(self.gaps()):
            start = (gap.end - minutes) // grid * grid
            if start >= gap.start:
                return Span(start, start + minutes)
        return None

    def longest(self) -> int:
        grid = self.settings.grid_minutes
        return max(
            (gap.end - -(-gap.start // grid) * grid for gap in self.gaps()),
            default=0,
        )

    def take(self, span: Span) -> None:
        self.busy.append(span)


def _batch_title(kind: BlockKind, tasks: Sequence[PlanTask]) -> str:
    """ "Focus: Call Ana", "Admin: 3 tasks"."""
    if kind == BlockKind.FOCUS:
        one = translate("planner", "Focus: {0}")
        many = translate("planner", "Focus: {0} tasks")
    else:
        one = translate("planner", "Admin: {0}")
        many = translate("planner", "Admin: {0} tasks")
    return one.format(tasks[0].title) if len(tasks) == 1 else many.format(len(tasks))


def _fill(tasks: Sequence[PlanTask], room: int) -> tuple[list[PlanTask], list[PlanTask]]:
    """The tasks, in order, whose estimates fit in *room* minutes together; and the others."""
    chosen, rest, used = [], [], 0
    for task in tasks:
        if used + task.estimate_minutes <= room:
            chosen.append(task)
            used += task.estimate_minutes
        else:
            rest.append(task)
    return chosen, rest


def plan(
    tasks: Iterable[PlanTask],
    fixed: Iterable[Span],
    settings: PlannerSettings | None = None,
    budgets: Iterable[ClientBudget] = (),
    *,
    focus_planned: bool = False,
    admin_planned: bool = False,
) -> Proposal:
    """Place the day's open tasks; every task is either in a block or in the overflow.

    Do now tasks first, each in its own block as early as it fits (by due date, then deal
    value); then one protected focus block of Schedule tasks, as early as it fits (the
    morning); then one client-work block per client with a weekly time budget (its share
    of the day, client_share), as early as it fits, or what fits of it in the longest gap
    left, the rest in unplaced_client_time; then one admin block of the Delegate tasks, as
    late as it fits. Drop tasks are never scheduled. Blocks keep a buffer from each other,
    the fixed blocks and lunch, and none starts before settings.not_before.

    The day has one focus block and one admin block: when *focus_planned* (the day holds
    its focus block already) no focus block is proposed and the Schedule tasks go to the
    overflow (FOCUS_PLANNED); likewise *admin_planned* for the Delegate tasks (ADMIN_PLANNED).
    """
    settings = settings or PlannerSettings()
    day = _Day(settings, fixed)
    by_quadrant: dict[Quadrant, list[PlanTask]] = {q: [] for q in Quadrant}
    overflow: list[Overflow] = []
    blocks: list[ProposedBlock] = []

    def spill(task: PlanTask, reason: str) -> None:
        overflow.append(Overflow(task.id, task.title, task.quadrant, said(reason)))

    for task in sorted(tasks, key=_order):
        if task.quadrant == Quadrant.DROP:
            spill(task, NOT_SCHEDULED)
        elif task.estimate_minutes <= 0:
            spill(task, NO_ESTIMATE)
        else:
            by_quadrant[task.quadrant].append(task)

    for task in by_quadrant[Quadrant.DO_NOW]:
        span = day.earliest(task.estimate_minutes)
        if span is None:
            spill(task, NO_ROOM)
            continue
        day.take(span)
        kind = BlockKind.CLIENT_WORK if task.client_id is not None else BlockKind.ADMIN
        blocks.append(
            ProposedBlock(
                span.start, span.end, kind, task.title, (task.id,), Quadrant.DO_NOW, task.client_id
            )
        )

    focus = by_quadrant[Quadrant.SCHEDULE]
    if focus_planned:
        for task in focus:
            spill(task, FOCUS_PLANNED)
        focus = []
    # The focus block is as long as the setting, or as the most pressing task when longer.
    length = max(settings.focus_minutes, focus[0].estimate_minutes) if focus else 0
    span = day.earliest(length) if focus else None
    if span is None and length > settings.focus_minutes:
        span = day.earliest(settings.focus_minutes)
    chosen, rest = _fill(focus, span.minutes) if span else ([], focus)
    if span is not None and chosen:
        day.take(span)
        ids = tuple(t.id for t in chosen)
        title = _batch_title(BlockKind.FOCUS, chosen)
        blocks.append(
            ProposedBlock(span.start, span.end, BlockKind.FOCUS, title, ids, Quadrant.SCHEDULE)
        )
    for task in rest:
        spill(task, NO_ROOM)

    unplaced: list[UnplacedClientTime] = []
    for budget in sorted(budgets, key=_budget_order):
        share = client_share(budget)
        if share <= 0:
            continue
        span = day.earliest(share)
        if span is None:
            fits = day.longest() // CLIENT_QUANTUM * CLIENT_QUANTUM
            span = day.earliest(fits) if fits > 0 else None
        if span is not None:
            day.take(span)
            blocks.append(
                ProposedBlock(
                    span.start,
                    span.end,
                    BlockKind.CLIENT_WORK,
                    translate("planner", "Client work: {0}").format(budget.name),
                    (),
                    Quadrant.SCHEDULE,
                    budget.client_id,
                )
            )
        placed = span.minutes if span is not None else 0
        if placed < share:
            unplaced.append(
                UnplacedClientTime(budget.client_id, budget.name, share - placed, said(NO_ROOM))
            )

    admin = by_quadrant[Quadrant.DELEGATE]
    if admin_planned:
        for task in admin:
            spill(task, ADMIN_PLANNED)
        admin = []
    chosen, rest = _fill(admin, day.longest())
    if chosen:
        span = day.latest(sum(t.estimate_minutes for t in chosen))
        assert span is not None  # the longest gap holds them
        day.take(span)
        ids = tuple(t.id for t in chosen)
        title = _batch_title(BlockKind.ADMIN, chosen)
        blocks.append(
            ProposedBlock(span.start, span.end, BlockKind.ADMIN, title, ids, Quadrant.DELEGATE)
        )
    for task in rest:
        spill(task, NO_ROOM)

    blocks.sort(key=lambda b: (b.start, b.end))
    return Proposal(tuple(blocks), tuple(overflow), tuple(unplaced))
