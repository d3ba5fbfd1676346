"""The stats command's output: pipeline figures as aligned text or as one JSON object."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

from ae_desktop.domain.enums import PeriodKind
from ae_desktop.domain.money import from_minor
from ae_desktop.domain.periods import Period, month_of, parse_period
from ae_desktop.services.pipeline import PipelineStats

MISSING = "—"  # shown in text for a figure that has no value (JSON: null)


def chosen_period(month: str | None, quarter: str | None, today: date) -> Period:
    """The period of --month or --quarter, else the current month; ValueError saying why."""
    for text, kind, form in (
        (month, PeriodKind.MONTH, "YYYY-MM"),
        (quarter, PeriodKind.QUARTER, "YYYY-Qn"),
    ):
        if text is not None:
            period = parse_period(text)
            if period.kind != kind:
                raise ValueError(f"{text!r} is not a {kind}: give it as {form}")
            return period
    return month_of(today)


def _money(minor: int | None) -> str | None:
    return None if minor is None else str(from_minor(minor))


def figures(stats: PipelineStats) -> dict[str, str | Decimal | int | None]:
    """The figures by their command-line names, in the order they are printed.

    Money is a decimal string in the database currency ("12500.00"); percentages, coverage
    and cycle days are Decimals to 0.1; counts are ints; None where there is no figure.
    """
    return {
        "won": _money(stats.won_minor),
        "weighted_open": _money(stats.weighted_open_minor),
        "forecast": _money(stats.forecast_minor),
        "quota": _money(stats.quota_minor),
        "attainment_pct": stats.attainment_pct,
        "coverage": stats.coverage,
        "win_rate_pct": stats.win_rate_pct,
        "avg_won_deal": _money(stats.avg_won_minor),
        "cycle_days": stats.cycle_days,
        "upsell_cross_share_pct": stats.upsell_cross_share_pct,
        "rotting_count": stats.rotting_count,
        "no_next_step_count": stats.no_next_step_count,
        "open_count": stats.open_count,
    }


def as_json(stats: PipelineStats) -> str:
    """One JSON object: the period, the currency and the figures (ratios as numbers)."""
    period = stats.period
    record: dict[str, object] = {
        "period": period.label,
        "start": period.start.isoformat(),
        "end": (period.end - timedelta(days=1)).isoformat(),  # the last day, inclusive
        "currency": stats.currency,
    }
    for name, value in figures(stats).items():
        record[name] = float(value) if isinstance(value, Decimal) else value
    record["other_currency_deals"] = stats.other_currency_deals
    return json.dumps(record, ensure_ascii=False)


def as_text(stats: PipelineStats) -> str:
    """A heading and one aligned "name  value" line per figure."""
    period = stats.period
    last = period.end - timedelta(days=1)
    lines = [
        f"Pipeline {period.label} ({period.start.isoformat()} to {last.isoformat()}), "
        f"amounts in {stats.currency}",
        "",
    ]
    values = {
        name: MISSING if value is None else str(value) for name, value in figures(stats).items()
    }
    label_width = max(map(len, values))
    value_width = max(map(len, values.values()))
    lines += [f"{name:<{label_width}}  {value:>{value_width}}" for name, value in values.items()]
    if stats.other_currency_deals:
        count = stats.other_currency_deals
        lines += [
            "",
            f"Not counted: {count} deal{'s' if count != 1 else ''} in other currencies.",
        ]
    return "\n".join(lines)
