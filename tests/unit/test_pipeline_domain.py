"""Pipeline rules and reporting periods: worked examples and properties (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ae_desktop.domain.enums import DealKind, PeriodKind, StageOutcome
from ae_desktop.domain.periods import Period, month_of, parse_period, quarter_of
from ae_desktop.domain.pipeline import (
    DealFacts,
    attainment_pct,
    average_won_minor,
    close_overdue,
    coverage,
    cycle_days,
    effective_probability,
    forecast_minor,
    is_rotting,
    lacks_next_step,
    open_closing_minor,
    open_pipeline_minor,
    upsell_cross_share_pct,
    weighted_minor,
    weighted_open_minor,
    win_rate_pct,
    won_minor,
)

TODAY = date(2026, 11, 18)
NOVEMBER = month_of(TODAY)
Q4 = quarter_of(TODAY)


def deal(
    value: int = 100_000,
    outcome: StageOutcome = StageOutcome.OPEN,
    *,
    probability: int = 50,
    kind: DealKind = DealKind.NEW_BUSINESS,
    created_on: date = date(2026, 9, 1),
    closed_on: date | None = None,
    expected_close: date | None = date(2026, 11, 25),
    last_activity: date = TODAY,
    rotting_days: int | None = 14,
    next_step: str = "Send the proposal",
) -> DealFacts:
    return DealFacts(
        value_minor=value,
        probability=probability,
        outcome=outcome,
        kind=kind,
        created_on=created_on,
        closed_on=closed_on,
        expected_close=expected_close,
        last_activity=last_activity,
        rotting_days=rotting_days,
        next_step=next_step,
    )


def won(value: int, closed_on: date, **fields: Any) -> DealFacts:
    return deal(value, StageOutcome.WON, probability=100, closed_on=closed_on, **fields)


def lost(value: int, closed_on: date, **fields: Any) -> DealFacts:
    return deal(value, StageOutcome.LOST, probability=0, closed_on=closed_on, **fields)


# --- periods ---------------------------------------------------------------------------------


def test_month_and_quarter_of_a_day() -> None:
    assert month_of(TODAY) == Period(PeriodKind.MONTH, date(2026, 11, 1), date(2026, 12, 1))
    assert quarter_of(TODAY) == Period(PeriodKind.QUARTER, date(2026, 10, 1), date(2027, 1, 1))
    assert month_of(date(2026, 12, 31)).end == date(2027, 1, 1)
    assert quarter_of(date(2026, 3, 31)) == Period(
        PeriodKind.QUARTER, date(2026, 1, 1), date(2026, 4, 1)
    )
    assert (NOVEMBER.label, Q4.label, quarter_of(date(2026, 2, 1)).label) == (
        "2026-11",
        "2026-Q4",
        "2026-Q1",
    )


def test_a_period_holds_its_first_day_but_not_its_end() -> None:
    assert NOVEMBER.contains(date(2026, 11, 1)) and NOVEMBER.contains(date(2026, 11, 30))
    assert not NOVEMBER.contains(date(2026, 12, 1))
    assert not NOVEMBER.contains(date(2026, 10, 31))


def test_a_quarter_is_made_of_three_months_and_periods_step() -> None:
    assert [m.label for m in Q4.months()] == ["2026-10", "2026-11", "2026-12"]
    assert NOVEMBER.months() == [NOVEMBER]
    assert NOVEMBER.shifted(2).label == "2027-01"
    assert NOVEMBER.shifted(-11).label == "2025-12"
    assert Q4.shifted(1).label == "2027-Q1"
    assert Q4.shifted(-4).label == "2025-Q4"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2026-11", "2026-11"),
        ("2026-01", "2026-01"),
        (" 2026-Q4 ", "2026-Q4"),
        ("2026-q1", "2026-Q1"),
    ],
)
def test_parse_period(text: str, label: str) -> None:
    assert parse_period(text).label == label


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2026-13", "month must be 01 to 12"),
        ("2026-00", "month must be 01 to 12"),
        ("2026-Q5", "quarter must be Q1 to Q4"),
        ("2026-Q0", "quarter must be Q1 to Q4"),
        ("2026-11-01", "YYYY-MM"),
        ("26-11", "YYYY-MM"),
        ("2026-1", "YYYY-MM"),
        ("november", "YYYY-MM"),
        ("", "YYYY-MM"),
        ("0000-01", "calendar can hold"),
        ("9999-12", "calendar can hold"),
    ],
)
def test_parse_period_says_what_is_wrong(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        parse_period(text)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9998, 12, 31)))
def test_every_day_is_in_its_month_and_quarter_and_labels_read_back(day: date) -> None:
    for period in (month_of(day), quarter_of(day)):
        assert period.contains(day)
        assert not period.contains(period.end) and not period.contains(
            period.start - timedelta(days=1)
        )
        assert parse_period(period.label) == period
        assert period.shifted(1).start == period.end
        assert period.shifted(1).shifted(-1) == period
    assert quarter_of(day).months()[0].start == quarter_of(day).start
    assert quarter_of(day).months()[-1].end == quarter_of(day).end


# --- examples --------------------------------------------------------------------------------


def test_a_deals_own_probability_overrides_its_stage() -> None:
    assert effective_probability(None, 50) == 50
    assert effective_probability(65, 50) == 65
    assert effective_probability(0, 50) == 0


@pytest.mark.parametrize(
    ("value", "probability", "expected"),
    [
        (1_000_000, 25, 250_000),
        (1, 50, 1),  # 0.5 rounds up
        (1, 49, 0),
        (3, 50, 2),  # 1.5 -> 2
        (333, 10, 33),  # 33.3
        (335, 10, 34),  # 33.5 -> 34
        (-335, 10, -34),  # half away from zero
        (10**16 + 1, 50, 5 * 10**15 + 1),  # exact far past float precision
        (12_345, 0, 0),
        (12_345, 100, 12_345),
    ],
)
def test_weighted_value_is_exact_and_rounds_half_up(
    value: int, probability: int, expected: int
) -> None:
    assert weighted_minor(value, probability) == expected


def test_forecast_for_a_month_is_won_plus_weighted_open_closing_in_it() -> None:
    deals = [
        won(500_000, date(2026, 11, 3)),
        won(900_000, date(2026, 10, 30)),  # last month
        lost(700_000, date(2026, 11, 10)),
        deal(200_000, probability=50, expected_close=date(2026, 11, 30)),
        deal(100_000, probability=25, expected_close=date(2026, 11, 1)),
        deal(400_000, probability=75, expected_close=date(2026, 12, 1)),  # next month
        deal(300_000, probability=10, expected_close=None),
    ]
    assert won_minor(deals, NOVEMBER) == 500_000
    assert weighted_open_minor(deals, NOVEMBER) == 100_000 + 25_000
    assert forecast_minor(deals, NOVEMBER) == 625_000
    assert open_closing_minor(deals, NOVEMBER) == 300_000
    assert open_pipeline_minor(deals) == 1_000_000
    assert won_minor(deals, Q4) == 1_400_000
    assert weighted_open_minor(deals, Q4) == 125_000 + 300_000
    assert forecast_minor(iter(deals), Q4) == 1_825_000  # any iterable, read once


def test_attainment_and_coverage() -> None:
    assert attainment_pct(0, 1_000_000) == Decimal("0.0")
    assert attainment_pct(625_000, 1_000_000) == Decimal("62.5")
    assert attainment_pct(1, 3) == Decimal("33.3")
    assert attainment_pct(2, 3) == Decimal("66.7")
    assert attainment_pct(1_500_000, 1_000_000) == Decimal("150.0")  # over quota
    assert attainment_pct(500, 0) is None
    assert coverage(2_400_000, 1_000_000) == Decimal("2.4")
    assert coverage(0, 1_000_000) == Decimal("0.0")
    assert coverage(1_000_000, 300_000) == Decimal("3.3")
    assert coverage(1_000_000, 0) is None
    assert coverage(1_000_000, -5) is None


def test_win_rate_average_cycle_and_expansion_share() -> None:
    deals = [
        won(300_000, date(2026, 11, 3), created_on=date(2026, 10, 1), kind=DealKind.UPSELL),
        won(100_000, date(2026, 11, 20), created_on=date(2026, 11, 10), kind=DealKind.CROSS_SELL),
        won(200_001, date(2026, 11, 21), created_on=date(2026, 11, 21), kind=DealKind.NEW_BUSINESS),
        lost(999_999, date(2026, 11, 5)),
        won(50_000, date(2026, 10, 3)),  # another month: counts nowhere in November
        lost(1, date(2026, 12, 1)),
        deal(5_000_000),  # open: not closed, not counted
    ]
    assert win_rate_pct(deals, NOVEMBER) == Decimal("75.0")
    assert average_won_minor(deals, NOVEMBER) == 200_000  # 600001 / 3 = 200000.33
    assert cycle_days(deals, NOVEMBER) == Decimal("14.3")  # (33 + 10 + 0) / 3
    assert upsell_cross_share_pct(deals, NOVEMBER) == Decimal("66.7")


def test_period_figures_are_none_when_nothing_closed() -> None:
    deals = [deal(), lost(5, date(2026, 10, 1))]
    for figure in (win_rate_pct, average_won_minor, cycle_days, upsell_cross_share_pct):
        assert figure(deals, NOVEMBER) is None
    assert win_rate_pct([lost(5, date(2026, 11, 2))], NOVEMBER) == Decimal("0.0")
    assert upsell_cross_share_pct([won(0, date(2026, 11, 2))], NOVEMBER) is None


def test_a_deal_closed_before_it_was_created_counts_zero_days() -> None:
    backdated = won(1, date(2026, 11, 2), created_on=date(2026, 11, 9))
    assert cycle_days([backdated], NOVEMBER) == Decimal("0.0")


def test_rotting_after_the_stages_days_without_activity() -> None:
    quiet_14 = deal(rotting_days=14, last_activity=TODAY - timedelta(days=14))
    quiet_15 = replace(quiet_14, last_activity=TODAY - timedelta(days=15))
    assert not is_rotting(quiet_14, TODAY)
    assert is_rotting(quiet_15, TODAY)
    assert not is_rotting(replace(quiet_15, rotting_days=None), TODAY)
    assert not is_rotting(replace(quiet_15, outcome=StageOutcome.WON), TODAY)
    assert not is_rotting(replace(quiet_15, outcome=StageOutcome.LOST), TODAY)


def test_next_step_and_overdue_close_flags() -> None:
    assert lacks_next_step(deal(next_step=""))
    assert lacks_next_step(deal(next_step="  \n "))
    assert not lacks_next_step(deal(next_step="Call Ana"))
    assert not lacks_next_step(won(1, TODAY, next_step=""))
    assert close_overdue(deal(expected_close=TODAY - timedelta(days=1)), TODAY)
    assert not close_overdue(deal(expected_close=TODAY), TODAY)
    assert not close_overdue(deal(expected_close=None), TODAY)
    assert not close_overdue(won(1, TODAY, expected_close=TODAY - timedelta(days=30)), TODAY)


# --- properties ------------------------------------------------------------------------------

days = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def deals_strategy(draw: st.DrawFn) -> DealFacts:
    outcome = draw(st.sampled_from(StageOutcome))
    created = draw(days)
    closed = None if outcome == StageOutcome.OPEN else draw(days)
    return DealFacts(
        value_minor=draw(st.integers(min_value=0, max_value=10**14)),
        probability=draw(st.integers(min_value=0, max_value=100)),
        outcome=outcome,
        kind=draw(st.sampled_from(DealKind)),
        created_on=created,
        closed_on=closed,
        expected_close=draw(st.none() | days),
        last_activity=draw(days),
        rotting_days=draw(st.none() | st.integers(min_value=1, max_value=365)),
        next_step=draw(st.sampled_from(["", " ", "Call"])),
    )


pipelines = st.lists(deals_strategy(), max_size=30)
periods = days.flatmap(lambda day: st.sampled_from([month_of(day), quarter_of(day)]))


@given(pipelines, st.data())
def test_moving_a_deal_between_open_stages_keeps_the_unweighted_total(
    deals: list[DealFacts], data: st.DataObject
) -> None:
    open_indexes = [n for n, d in enumerate(deals) if d.outcome == StageOutcome.OPEN]
    before = open_pipeline_minor(deals)
    if open_indexes:
        n = data.draw(st.sampled_from(open_indexes))
        # Another open stage: another probability and rotting setting, same deal value.
        moved = replace(
            deals[n],
            probability=data.draw(st.integers(0, 100)),
            rotting_days=data.draw(st.none() | st.integers(1, 365)),
            last_activity=data.draw(days),
        )
        deals = [*deals[:n], moved, *deals[n + 1 :]]
    assert open_pipeline_minor(deals) == before


@given(pipelines, periods)
def test_forecast_is_at_least_won_and_at_most_won_plus_open(
    deals: list[DealFacts], period: Period
) -> None:
    forecast = forecast_minor(deals, period)
    assert forecast >= won_minor(deals, period)
    assert forecast <= won_minor(deals, period) + open_closing_minor(deals, period)
    assert weighted_open_minor(deals, period) <= open_pipeline_minor(deals)


@given(st.integers(min_value=0, max_value=10**14), st.integers(min_value=0, max_value=100))
def test_weighted_is_between_zero_and_the_value_and_half_up(value: int, probability: int) -> None:
    weighted = weighted_minor(value, probability)
    assert 0 <= weighted <= value
    exact = Decimal(value) * probability / 100
    assert abs(Decimal(weighted) - exact) <= Decimal("0.5")
    assert weighted == int((Decimal(value) * probability / 100).to_integral_value("ROUND_HALF_UP"))


@given(
    st.lists(deals_strategy().filter(lambda d: d.outcome != StageOutcome.WON), max_size=20),
    periods,
    st.integers(min_value=1, max_value=10**14),
)
def test_attainment_is_zero_with_no_wins(
    deals: list[DealFacts], period: Period, quota: int
) -> None:
    assert won_minor(deals, period) == 0
    assert attainment_pct(won_minor(deals, period), quota) == 0


@given(pipelines, periods)
def test_percentages_stay_within_0_and_100(deals: list[DealFacts], period: Period) -> None:
    for figure in (win_rate_pct(deals, period), upsell_cross_share_pct(deals, period)):
        assert figure is None or Decimal(0) <= figure <= Decimal(100)
        assert figure is None or figure == figure.quantize(Decimal("0.1"))


@given(
    st.integers(min_value=0, max_value=10**14),
    st.integers(min_value=1, max_value=10**14),
)
def test_attainment_within_0_and_100_while_below_quota(won_value: int, quota: int) -> None:
    pct = attainment_pct(min(won_value, quota), quota)
    assert pct is not None and Decimal(0) <= pct <= Decimal(100)


@given(pipelines, periods)
def test_average_won_lies_between_the_smallest_and_largest_win(
    deals: list[DealFacts], period: Period
) -> None:
    values = [
        d.value_minor
        for d in deals
        if d.outcome == StageOutcome.WON and d.closed_on and period.contains(d.closed_on)
    ]
    average = average_won_minor(deals, period)
    if values:
        assert average is not None and min(values) <= average <= max(values)
    else:
        assert average is None
