"""Pipeline rules (DESIGN §3): weighted value, forecast, quota attainment, rotting deals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.periods import DateSpan

_TENTH = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class DealFacts:
    """What the rules need to know about one deal; *probability* is already the effective one."""

    value_minor: int
    probability: int
    outcome: StageOutcome
    kind: DealKind
    created_on: date
    closed_on: date | None
    expected_close: date | None
    last_activity: date  # the later of the deal's last change and its last interaction
    rotting_days: int | None  # of the deal's stage; None: never rots
    next_step: str


def effective_probability(deal_probability: int | None, stage_probability: int) -> int:
    """The deal's own probability when the user set one, else its stage's default."""
    return stage_probability if deal_probability is None else deal_probability


def weighted_minor(value_minor: int, probability: int) -> int:
    """value x probability %, in whole minor units rounded half up (away from zero), exactly."""
    magnitude = (abs(value_minor) * probability * 2 + 100) // 200
    return -magnitude if value_minor < 0 else magnitude


def _round_tenth(value: Decimal) -> Decimal:
    return value.quantize(_TENTH, rounding=ROUND_HALF_UP)


def _won_in(deals: Iterable[DealFacts], period: DateSpan) -> list[DealFacts]:
    return [
        d
        for d in deals
        if d.outcome == StageOutcome.WON
        and d.closed_on is not None
        and period.contains(d.closed_on)
    ]


def _open_closing_in(deals: Iterable[DealFacts], period: DateSpan) -> list[DealFacts]:
    return [
        d
        for d in deals
        if d.outcome == StageOutcome.OPEN
        and d.expected_close is not None
        and period.contains(d.expected_close)
    ]


def won_minor(deals: Iterable[DealFacts], period: DateSpan) -> int:
    """The value of the deals won (closed in a Won stage) within *period*."""
    return sum(d.value_minor for d in _won_in(deals, period))


def won_count(deals: Iterable[DealFacts], period: DateSpan) -> int:
    """How many deals were won within *period*."""
    return len(_won_in(deals, period))


def closed_count(deals: Iterable[DealFacts], period: DateSpan) -> int:
    """How many deals were won or lost within *period*: the win rate's denominator."""
    return sum(
        1
        for d in deals
        if d.outcome != StageOutcome.OPEN
        and d.closed_on is not None
        and period.contains(d.closed_on)
    )


def weighted_open_minor(deals: Iterable[DealFacts], period: DateSpan) -> int:
    """The weighted value of the open deals expected to close within *period*.

    Each deal is weighted and rounded on its own, so the total equals the sum of the cards.
    An open deal whose expected close date has passed counts in no future period: it is
    flagged (close_overdue) until the user moves the date or closes the deal.
    """
    return sum(
        weighted_minor(d.value_minor, d.probability) for d in _open_closing_in(deals, period)
    )


def open_closing_minor(deals: Iterable[DealFacts], period: DateSpan) -> int:
    """The unweighted value of the open deals expected to close within *period*."""
    return sum(d.value_minor for d in _open_closing_in(deals, period))


def open_pipeline_minor(deals: Iterable[DealFacts]) -> int:
    """The unweighted value of every open deal, whenever it is expected to close."""
    return sum(d.value_minor for d in deals if d.outcome == StageOutcome.OPEN)


def forecast_minor(deals: Iterable[DealFacts], period: DateSpan) -> int:
    """Won in *period* plus the weighted open deals expected to close in it."""
    facts = list(deals)
    return won_minor(facts, period) + weighted_open_minor(facts, period)


def attainment_pct(won_minor: int, quota_minor: int) -> Decimal | None:
    """Won as a percentage of quota, to 0.1 (may pass 100); None when there is no quota."""
    if quota_minor <= 0:
        return None
    return _round_tenth(Decimal(won_minor) * 100 / Decimal(quota_minor))


def coverage(open_minor: int, remaining_quota_minor: int) -> Decimal | None:
    """Open pipeline over the quota still to win, to 0.1 (2.4 = 2.4x); None when none remains."""
    if remaining_quota_minor <= 0:
        return None
    return _round_tenth(Decimal(open_minor) / Decimal(remaining_quota_minor))


def win_rate_pct(deals: Iterable[DealFacts], period: DateSpan) -> Decimal | None:
    """Deals won / (won + lost) among those closed within *period*, in %; None when none closed."""
    facts = list(deals)
    closed = closed_count(facts, period)
    if closed == 0:
        return None
    return _round_tenth(Decimal(won_count(facts, period) * 100) / Decimal(closed))


def average_won_minor(deals: Iterable[DealFacts], period: DateSpan) -> int | None:
    """The mean value of the deals won within *period*, half up; None when none was won."""
    won = _won_in(deals, period)
    if not won:
        return None
    total = sum(d.value_minor for d in won)
    return int((Decimal(total) / len(won)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def cycle_days(deals: Iterable[DealFacts], period: DateSpan) -> Decimal | None:
    """The mean days from created to closed of the deals won within *period*, to 0.1."""
    won = _won_in(deals, period)
    if not won:
        return None
    # A deal entered after the fact may say it closed before it was created: count 0 days.
    days = sum(max(0, (d.closed_on - d.created_on).days) for d in won if d.closed_on)
    return _round_tenth(Decimal(days) / len(won))


_EXPANSION = frozenset({DealKind.UPSELL, DealKind.CROSS_SELL})


def upsell_cross_share_pct(deals: Iterable[DealFacts], period: DateSpan) -> Decimal | None:
    """Upsell and cross-sell as a % of the value won within *period*; None when nothing won."""
    won = _won_in(deals, period)
    total = sum(d.value_minor for d in won)
    if total <= 0:
        return None
    expansion = sum(d.value_minor for d in won if d.kind in _EXPANSION)
    return _round_tenth(Decimal(expansion * 100) / Decimal(total))


def is_rotting(deal: DealFacts, today: date) -> bool:
    """Open, and no interaction or change for longer than its stage's rotting days."""
    return rots(deal.outcome, deal.rotting_days, deal.last_activity, today)


def lacks_next_step(deal: DealFacts) -> bool:
    """Open with a blank next step."""
    return misses_next_step(deal.outcome, deal.next_step)


def close_overdue(deal: DealFacts, today: date) -> bool:
    """Open, and the expected close date has passed."""
    return close_date_passed(deal.outcome, deal.expected_close, today)


# The three rules above on plain values, for lists that build no DealFacts per row.


def rots(outcome: StageOutcome, rotting_days: int | None, last_activity: date, today: date) -> bool:
    return (
        outcome == StageOutcome.OPEN
        and rotting_days is not None
        and (today - last_activity).days > rotting_days
    )


def misses_next_step(outcome: StageOutcome, next_step: str) -> bool:
    return outcome == StageOutcome.OPEN and not next_step.strip()


def close_date_passed(outcome: StageOutcome, expected_close: date | None, today: date) -> bool:
    return outcome == StageOutcome.OPEN and expected_close is not None and expected_close < today
