"""The report's headline figures for a span: the pipeline rules' KPIs plus activity, CSAT,
new clients and retention."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ae_desktop.domain import pipeline as rules
from ae_desktop.domain.enums import InteractionKind
from ae_desktop.domain.periods import DateSpan
from ae_desktop.report.model import Kpis
from ae_desktop.report.values import share_pct, tenth
from ae_desktop.store.models import database

_KINDS = {kind.value: kind for kind in InteractionKind}

# Interactions per day and kind, with their CSAT scores, over the span.
_ACTIVITY_SQL = """
SELECT substr(occurred_at, 1, 10), kind, COUNT(*), COALESCE(SUM(csat), 0), COUNT(csat)
FROM interaction
WHERE occurred_at >= ? AND occurred_at < ?
GROUP BY 1, 2
"""

# The day each client's first deal was won, for the clients whose first win is in the span
# and is new business: a client whose first recorded win is a renewal or an upsell was a
# customer before the app knew of it, not a new one.
_FIRST_WINS_SQL = """
SELECT closed_on FROM (
  SELECT d.closed_on, d.kind,
    ROW_NUMBER() OVER (PARTITION BY d.client_id ORDER BY d.closed_on, d.id) AS n
  FROM deal d JOIN stage s ON s.id = d.stage_id
  WHERE s.outcome = 'won' AND d.closed_on IS NOT NULL)
WHERE n = 1 AND kind = 'new_business' AND closed_on >= ? AND closed_on < ?
"""

# Customers at the span's start, and those still customers at its end (see load_retention).
# A churned client without a churned_on (only SQL written outside the app leaves one) is
# NULL in the comparisons: counted as having left before any span.
_RETENTION_SQL = """
SELECT
  COALESCE(SUM(status = 'active' OR (status = 'churned' AND churned_on >= :start)), 0),
  COALESCE(SUM(status = 'active' OR (status = 'churned' AND churned_on >= :end)), 0)
FROM client
WHERE created_at < :start AND status IN ('active', 'churned')
"""


@dataclass
class ActivityLog:
    """The interactions of a run of days, counted per day and kind, with CSAT sums."""

    counts: Counter[tuple[date, InteractionKind]] = field(default_factory=Counter)
    csat_sum: Counter[date] = field(default_factory=Counter)
    csat_count: Counter[date] = field(default_factory=Counter)

    def per_kind(self, span: DateSpan) -> tuple[tuple[InteractionKind, int], ...]:
        """Every kind, in enum order, with its count in *span* (zeros included)."""
        totals: Counter[InteractionKind] = Counter()
        for (day, kind), count in self.counts.items():
            if span.contains(day):
                totals[kind] += count
        return tuple((kind, totals[kind]) for kind in InteractionKind)

    def per_day(self, days: Sequence[date]) -> tuple[tuple[date, int], ...]:
        totals: Counter[date] = Counter()
        for (day, _), count in self.counts.items():
            totals[day] += count
        return tuple((day, totals[day]) for day in days)

    def csat(self, span: DateSpan) -> tuple[Decimal | None, int]:
        """The mean CSAT score given in *span* to 0.1 (None without one), and how many."""
        total = sum(v for day, v in self.csat_sum.items() if span.contains(day))
        count = sum(v for day, v in self.csat_count.items() if span.contains(day))
        return (tenth(Decimal(total) / count) if count else None), count


def load_activity(span: DateSpan) -> ActivityLog:
    """The interactions from *span*'s first day to its end (an interaction at 23:59 on the
    last day counts; one at 00:00 the day after does not)."""
    log = ActivityLog()
    cursor = database.execute_sql(_ACTIVITY_SQL, (span.start.isoformat(), span.end.isoformat()))
    for day_text, kind_text, count, csat_sum, csat_count in cursor:
        kind = _KINDS.get(kind_text)
        if kind is None:  # a kind this version does not know: not an activity it can name
            continue
        day = date.fromisoformat(day_text)
        log.counts[(day, kind)] += int(count)
        log.csat_sum[day] += int(csat_sum)
        log.csat_count[day] += int(csat_count)
    return log


def load_first_wins(span: DateSpan) -> list[date]:
    """The day of each client's first won deal, for those that fall in *span* (any currency:
    a new client is counted, not valued)."""
    cursor = database.execute_sql(_FIRST_WINS_SQL, (span.start.isoformat(), span.end.isoformat()))
    return [date.fromisoformat(str(text)[:10]) for (text,) in cursor]


def load_retention(span: DateSpan) -> tuple[int, int]:
    """(customers at *span*'s start, of them still customers at its end).

    There is no history of a client's status, so it is read back from today's and the day
    it churned (client.churned_on, set when the status becomes churned; a later edit or
    archiving leaves it alone): a customer at the start is a client added before the span
    that is active now, or churned on or after the start. Of those, a client that churned
    before the span's end is lost; every other one is retained. Archived clients count too:
    archiving hides a client, it does not undo its history.
    """
    cursor = database.execute_sql(
        _RETENTION_SQL, {"start": span.start.isoformat(), "end": span.end.isoformat()}
    )
    at_start, retained = cursor.fetchone()
    return int(at_start), int(retained)


def build_kpis(
    span: DateSpan,
    facts: Sequence[rules.DealFacts],
    log: ActivityLog,
    first_wins: Sequence[date],
    *,
    quota_minor: int = 0,
    outlook: DateSpan | None = None,
) -> Kpis:
    """The figures of *span*, every formula the pipeline domain's.

    *facts* hold every open deal (as of now) and the deals closed up to *outlook*'s end;
    every figure of the past counts only those closed within *span*. The forward-looking
    figures, forecast and coverage, look at *outlook* (the whole quarter for quarter-to-date;
    *span* by default): forecast = won in it + weighted open deals expected to close in it,
    and coverage = those open deals unweighted over the quota still to win. The week has no
    quota, so no attainment or coverage.
    """
    outlook = outlook or span
    won = rules.won_minor(facts, span)
    closing = rules.open_closing_minor(facts, outlook)
    activities = log.per_kind(span)
    csat_avg, csat_count = log.csat(span)
    at_start, retained = load_retention(span)
    return Kpis(
        start=span.start,
        end=span.end,
        won_minor=won,
        won_count=rules.won_count(facts, span),
        new_clients=sum(1 for day in first_wins if span.contains(day)),
        open_pipeline_minor=rules.open_pipeline_minor(facts),
        forecast_minor=rules.forecast_minor(facts, outlook),
        quota_minor=quota_minor,
        attainment_pct=rules.attainment_pct(won, quota_minor),
        coverage=rules.coverage(closing, quota_minor - won) if quota_minor > 0 else None,
        win_rate_pct=rules.win_rate_pct(facts, span),
        avg_won_minor=rules.average_won_minor(facts, span),
        cycle_days=rules.cycle_days(facts, span),
        upsell_cross_share_pct=rules.upsell_cross_share_pct(facts, span),
        activities=activities,
        activities_total=sum(count for _, count in activities),
        csat_avg=csat_avg,
        csat_count=csat_count,
        retention_pct=share_pct(retained, at_start),
        closed_count=rules.closed_count(facts, span),
        open_closing_minor=closing,
    )
