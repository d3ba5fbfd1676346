"""What the weekly report says: plain dataclasses, built from the database by report.build."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ae_desktop.domain.enums import BlockKind, DealKind, InteractionKind, StageOutcome, Tier
from ae_desktop.domain.periods import Week
from ae_desktop.domain.priority import Quadrant


@dataclass(frozen=True)
class Kpis:
    """The headline figures of one span (the week, or the quarter up to the week's end).

    Formulas are the pipeline domain's (ae_desktop.domain.pipeline); None where a figure has
    no meaning (no quota, nothing closed, no CSAT given).
    """

    start: date
    end: date  # exclusive
    won_minor: int
    won_count: int
    new_clients: int  # clients whose first won deal closed in the span
    open_pipeline_minor: int  # every open deal, unweighted, as of the report
    forecast_minor: int  # won + weighted open deals expected to close in the span
    quota_minor: int  # 0: no quota for the span (the week has none)
    attainment_pct: Decimal | None
    coverage: Decimal | None
    win_rate_pct: Decimal | None
    avg_won_minor: int | None
    cycle_days: Decimal | None
    upsell_cross_share_pct: Decimal | None
    activities: tuple[tuple[InteractionKind, int], ...]  # every kind, in enum order
    activities_total: int
    csat_avg: Decimal | None  # to 0.1
    csat_count: int
    retention_pct: Decimal | None  # customers at the start still customers at the end
    closed_count: int = 0  # won + lost: the win rate's denominator
    open_closing_minor: int = 0  # open deals expected to close in the outlook: coverage's top


@dataclass(frozen=True)
class StageLine:
    """One open stage of the pipeline as of the report."""

    name: str
    count: int
    value_minor: int
    weighted_minor: int


@dataclass(frozen=True)
class ClosedDeal:
    """A deal won or lost within the week."""

    title: str
    client: str
    outcome: StageOutcome  # WON or LOST
    kind: DealKind
    value_minor: int
    closed_on: date
    lost_reason: str


@dataclass(frozen=True)
class StageMove:
    """A deal whose stage changed during the week: where it started and where it ended."""

    title: str
    client: str
    from_stage: str | None  # None: the deal was created during the week
    to_stage: str
    moved_on: date  # the last move
    value_minor: int


@dataclass(frozen=True)
class TimeLine:
    """Time blocked for one kind, client or quadrant: minutes planned and minutes done."""

    planned_minutes: int
    done_minutes: int


@dataclass(frozen=True)
class TimeSummary:
    """Where the week's blocked time went (breaks left out).

    Planned is every block's length; done is a block's length when it is marked done, else
    the minutes the focus timer recorded on it. A block counts in the quadrant of its task;
    one without a task by its kind (domain.priority.block_quadrant).
    """

    by_kind: tuple[tuple[BlockKind, TimeLine], ...]  # kinds with time, in enum order
    by_client: tuple[tuple[str, TimeLine], ...]  # most planned first, at most 10
    other_clients: TimeLine  # the clients beyond the ten, summed
    by_quadrant: tuple[tuple[Quadrant, TimeLine], ...]  # all four, in enum order
    total: TimeLine
    schedule_share_pct: Decimal | None  # Q2's share of the planned time, to 0.1

    @property
    def is_empty(self) -> bool:
        return self.total.planned_minutes == 0 and self.total.done_minutes == 0


@dataclass(frozen=True)
class ClientLine:
    """A key account or a client touched this week, as of the week's end."""

    name: str
    tier: Tier
    last_contact: date | None
    touched_this_week: bool
    open_deals: int
    open_value_minor: int
    next_step: str  # the earliest open task's title, else an open deal's next step, else ""
    next_step_due: date | None
    neglected: bool
    rotting_deals: int


@dataclass(frozen=True)
class Meeting:
    day: date
    start: str  # "HH:MM"
    end: str
    title: str
    client: str  # "" when none


@dataclass(frozen=True)
class FollowUp:
    title: str
    client: str
    due_on: date


@dataclass(frozen=True)
class ClosingDeal:
    title: str
    client: str
    stage: str
    value_minor: int
    probability: int
    expected_close: date


@dataclass(frozen=True)
class NextWeek:
    week: Week
    meetings: tuple[Meeting, ...]  # fixed blocks, by day and start
    follow_ups: tuple[FollowUp, ...]  # open tasks due in the week, by due date
    closing: tuple[ClosingDeal, ...]  # open deals expected to close in the week, by date
    # Rows beyond each list's cap (report.values.MAX_ROWS), left out of the report.
    meetings_omitted: int = 0
    follow_ups_omitted: int = 0
    closing_omitted: int = 0


@dataclass(frozen=True)
class WeeklyReport:
    week: Week
    generated_at: datetime
    ae_name: str
    currency: str  # every amount is in this currency; deals in others are left out
    other_currency_deals: int
    week_kpis: Kpis
    quarter_kpis: Kpis  # from the quarter's first day to the week's end
    quarter_label: str  # "2026-Q4"
    activities_per_day: tuple[tuple[date, int], ...]  # the week's seven days
    pipeline: tuple[StageLine, ...]  # open stages in board order
    closed: tuple[ClosedDeal, ...]  # won then lost, by close date
    moves: tuple[StageMove, ...]  # by last move
    time: TimeSummary
    clients: tuple[ClientLine, ...]  # key accounts first, then by name
    next_week: NextWeek
    clients_omitted: int = 0  # lines beyond report.client_status.MAX_LINES, left out
    closed_omitted: int = 0  # beyond report.values.MAX_ROWS: the smallest deals left out
    moves_omitted: int = 0
    # Open deals whose expected close fell before the week's end: slipped, as of generated_at.
    overdue: tuple[ClosingDeal, ...] = ()  # by expected close, then value
    overdue_omitted: int = 0
    ae_title: str = ""  # under the name: "Senior Account Executive"

    @property
    def has_activity(self) -> bool:
        """False for a week with nothing recorded: no interaction, block, close or move."""
        return bool(
            self.week_kpis.activities_total or not self.time.is_empty or self.closed or self.moves
        )
