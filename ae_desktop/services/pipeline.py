"""Pipeline figures for a month or quarter: forecast against quota, win rate, rotting deals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ae_desktop.domain import pipeline as rules
from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.periods import DateSpan, Period
from ae_desktop.services.quotas import quota_minor
from ae_desktop.services.settings import currency as database_currency
from ae_desktop.store.models import database


@dataclass(frozen=True)
class PipelineStats:
    """The figures of DESIGN §3 for *period*, in *currency* (the database's).

    Period figures (won, forecast, win rate...) count the deals closed or expected to close in
    the period; rotting_count, no_next_step_count and open_count describe the open pipeline
    as of today. Coverage is the open deals expected to close in the period (unweighted) over
    the quota still to win. Deals in another currency are left out of every figure and
    counted in other_currency_deals.
    """

    period: Period
    won_minor: int
    weighted_open_minor: int
    forecast_minor: int
    quota_minor: int
    attainment_pct: Decimal | None
    coverage: Decimal | None
    win_rate_pct: Decimal | None
    avg_won_minor: int | None
    cycle_days: Decimal | None
    upsell_cross_share_pct: Decimal | None
    rotting_count: int
    no_next_step_count: int
    open_count: int
    currency: str
    open_closing_minor: int = 0
    other_currency_deals: int = 0


# Open deals (for today's flags and the forecast) and the deals closed within the period.
_FACTS_SQL = """
SELECT d.currency, d.value_minor, d.probability, s.probability, s.outcome, d.kind,
  d.created_on, d.closed_on, d.expected_close, s.rotting_days, d.next_step,
  CASE WHEN s.outcome = 'open' THEN MAX(d.updated_at, COALESCE(
    (SELECT MAX(i.occurred_at) FROM interaction i WHERE i.deal_id = d.id), ''))
    ELSE d.updated_at END
FROM deal d
JOIN stage s ON s.id = d.stage_id
WHERE s.outcome = 'open' OR (d.closed_on >= ? AND d.closed_on < ?)
"""

_KINDS = {kind.value: kind for kind in DealKind}
_OUTCOMES = {outcome.value: outcome for outcome in StageOutcome}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def load_facts(period: DateSpan, currency: str) -> tuple[list[rules.DealFacts], int]:
    """The facts of the deals *period*'s figures need (every open deal and those closed within
    the span: a month, a quarter, a week...), in *currency*; and how many deals in another
    currency were left out."""
    cursor = database.execute_sql(_FACTS_SQL, (period.start.isoformat(), period.end.isoformat()))
    facts: list[rules.DealFacts] = []
    others = 0
    for (
        deal_currency, value, own_probability, stage_probability, outcome_text, kind,
        created, closed, expected, rotting_days, next_step, activity,
    ) in cursor:  # fmt: skip
        if deal_currency != currency:
            others += 1
            continue
        outcome = _OUTCOMES[outcome_text]
        probability = (
            rules.effective_probability(own_probability, stage_probability)
            if outcome == StageOutcome.OPEN
            else stage_probability
        )
        facts.append(
            rules.DealFacts(
                value_minor=value,
                probability=probability,
                outcome=outcome,
                kind=_KINDS[kind],
                created_on=date.fromisoformat(created[:10]),
                closed_on=_day(closed),
                expected_close=_day(expected),
                last_activity=date.fromisoformat(activity[:10]),
                rotting_days=rotting_days,
                next_step=next_step,
            )
        )
    return facts, others


def stats_for(period: Period, *, today: date) -> PipelineStats:
    """The pipeline figures for *period*, with today's rotting and next-step counts."""
    currency = database_currency()
    facts, others = load_facts(period, currency)
    quota = quota_minor(period)
    won = rules.won_minor(facts, period)
    weighted = rules.weighted_open_minor(facts, period)
    closing = rules.open_closing_minor(facts, period)
    open_deals = [f for f in facts if f.outcome == StageOutcome.OPEN]
    return PipelineStats(
        period=period,
        won_minor=won,
        weighted_open_minor=weighted,
        forecast_minor=rules.forecast_minor(facts, period),
        quota_minor=quota,
        attainment_pct=rules.attainment_pct(won, quota),
        coverage=rules.coverage(closing, quota - won),
        win_rate_pct=rules.win_rate_pct(facts, period),
        avg_won_minor=rules.average_won_minor(facts, period),
        cycle_days=rules.cycle_days(facts, period),
        upsell_cross_share_pct=rules.upsell_cross_share_pct(facts, period),
        rotting_count=sum(rules.is_rotting(f, today) for f in open_deals),
        no_next_step_count=sum(rules.lacks_next_step(f) for f in open_deals),
        open_count=len(open_deals),
        currency=currency,
        open_closing_minor=closing,
        other_currency_deals=others,
    )
