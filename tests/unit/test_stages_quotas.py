"""Stage settings, quotas and the pipeline figures of a period, on a temp database."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import DealKind, PeriodKind, StageOutcome
from ae_desktop.domain.periods import month_of, parse_period, quarter_of
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.deals import DealInput, create_deal, load_deal_rows, move_deal
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.pipeline import stats_for
from ae_desktop.services.quotas import clear_quota, quota_is_set, quota_minor, set_quota
from ae_desktop.services.settings import set_setting
from ae_desktop.services.stages import (
    StageRow,
    add_stage,
    delete_stage,
    list_stages,
    reorder_stages,
    update_stage,
)

TODAY = date(2026, 11, 18)
NOW = datetime.combine(TODAY, time(12))


def stage_id(name: str) -> int:
    [found] = [s.id for s in list_stages() if s.name == name]
    return found


def names() -> list[str]:
    return [s.name for s in list_stages()]


def new_deal(stage: str, value: str = "1000", **fields: object) -> int:
    client_id = create_client(ClientInput(name=f"Client {len(load_deal_rows(TODAY))}"))
    values: dict[str, object] = {
        "client_id": client_id,
        "title": "Deal",
        "value": Decimal(value),
        "currency": "EUR",
        "kind": DealKind.NEW_BUSINESS,
        "stage_id": stage_id(stage),
        "probability": None,
        "expected_close": TODAY,
        "next_step": "Call",
    }
    return create_deal(DealInput(**(values | fields)), today=TODAY, now=NOW)  # type: ignore[arg-type]


# --- stages ----------------------------------------------------------------------------------


def test_the_default_stages_in_order_with_their_deal_counts(db: SqliteDatabase) -> None:
    new_deal("Proposal")
    new_deal("Proposal")
    stages = list_stages()
    assert stages[2] == StageRow(stage_id("Proposal"), "Proposal", 3, 50, StageOutcome.OPEN, 14, 2)
    assert [(s.name, s.probability, s.outcome, s.rotting_days) for s in stages] == [
        ("Lead", 10, StageOutcome.OPEN, 30),
        ("Qualified", 25, StageOutcome.OPEN, 21),
        ("Proposal", 50, StageOutcome.OPEN, 14),
        ("Negotiation", 75, StageOutcome.OPEN, 10),
        ("Won", 100, StageOutcome.WON, None),
        ("Lost", 0, StageOutcome.LOST, None),
    ]
    assert [s.deal_count for s in stages] == [0, 0, 2, 0, 0, 0]


def test_an_open_stage_is_renamed_and_retuned(db: SqliteDatabase) -> None:
    deal = new_deal("Qualified")
    update_stage(
        stage_id("Qualified"), name="  Discovery  call ", probability=30, rotting_days=None
    )
    [row] = [s for s in list_stages() if s.position == 2]
    assert (row.name, row.probability, row.rotting_days) == ("Discovery call", 30, None)
    # Its deals follow: default probability and rotting come from the stage.
    [deal_row] = load_deal_rows(TODAY + timedelta(days=400), deal_ids=[deal])
    assert (deal_row.stage_name, deal_row.probability, deal_row.rotting) == (
        "Discovery call",
        30,
        False,
    )
    # Changing only the case of its own name is allowed.
    update_stage(row.id, name="Discovery Call", probability=30, rotting_days=5)
    assert "Discovery Call" in names()


@pytest.mark.parametrize(
    ("name", "probability", "rotting", "field"),
    [
        ("  ", 10, 5, "name"),
        ("x" * 61, 10, 5, "name"),
        ("proposal", 10, 5, "name"),  # another stage's name, in any case
        ("NEGOTIATION", 10, 5, "name"),
        ("Lead", 101, 5, "probability"),
        ("Lead", -1, 5, "probability"),
        ("Lead", 10, 0, "rotting_days"),
        ("Lead", 10, 366, "rotting_days"),
    ],
)
def test_bad_stage_settings_are_refused_at_their_field(
    db: SqliteDatabase, name: str, probability: int, rotting: int, field: str
) -> None:
    before = list_stages()
    with pytest.raises(ValidationError) as refused:
        update_stage(stage_id("Lead"), name=name, probability=probability, rotting_days=rotting)
    assert list(refused.value.errors) == [field]
    with pytest.raises(ValidationError) as refused:
        add_stage(name, probability, rotting)
    assert field in refused.value.errors
    assert list_stages() == before


def test_won_and_lost_are_fixed(db: SqliteDatabase) -> None:
    won = stage_id("Won")
    with pytest.raises(ValidationError) as refused:
        update_stage(won, name="Closed won", probability=100, rotting_days=None)
    assert "cannot be renamed" in refused.value.errors["name"]
    with pytest.raises(ValidationError) as refused:
        update_stage(stage_id("Lost"), name="Lost", probability=10, rotting_days=None)
    assert list(refused.value.errors) == ["probability"]
    update_stage(won, name="Won", probability=100, rotting_days=7)  # no change: accepted
    assert [s.rotting_days for s in list_stages() if s.outcome != StageOutcome.OPEN] == [
        None,
        None,
    ]
    for fixed in (won, stage_id("Lost")):
        with pytest.raises(ValidationError) as refused:
            delete_stage(fixed)
        assert "cannot be deleted" in refused.value.errors["stage"]
    with pytest.raises(NotFoundError):
        update_stage(999, name="X", probability=1, rotting_days=None)


def test_a_new_stage_goes_just_before_won(db: SqliteDatabase) -> None:
    new_id = add_stage(" Contract ", 90, 7)
    stages = list_stages()
    assert [s.name for s in stages] == [
        "Lead",
        "Qualified",
        "Proposal",
        "Negotiation",
        "Contract",
        "Won",
        "Lost",
    ]
    assert [s.position for s in stages] == [1, 2, 3, 4, 5, 6, 7]
    assert (stages[4].id, stages[4].probability, stages[4].rotting_days) == (new_id, 90, 7)


def test_open_stages_are_reordered_and_won_lost_stay_last(db: SqliteDatabase) -> None:
    lead, qualified, proposal, negotiation = (
        stage_id(n) for n in ("Lead", "Qualified", "Proposal", "Negotiation")
    )
    reorder_stages([qualified, lead, negotiation, proposal])
    assert names() == ["Qualified", "Lead", "Negotiation", "Proposal", "Won", "Lost"]
    assert [s.position for s in list_stages()] == [1, 2, 3, 4, 5, 6]
    for wrong in (
        [lead, qualified, proposal],  # one missing
        [lead, qualified, proposal, negotiation, stage_id("Won")],  # a closed stage
        [lead, lead, proposal, negotiation],
    ):
        with pytest.raises(ValueError, match="every open stage"):
            reorder_stages(wrong)
    assert names() == ["Qualified", "Lead", "Negotiation", "Proposal", "Won", "Lost"]


def test_an_empty_stage_is_deleted(db: SqliteDatabase) -> None:
    delete_stage(stage_id("Qualified"))
    assert names() == ["Lead", "Proposal", "Negotiation", "Won", "Lost"]
    assert [s.position for s in list_stages()] == [1, 2, 3, 4, 5]


def test_a_stage_with_deals_is_deleted_only_by_moving_them(db: SqliteDatabase) -> None:
    first, second = new_deal("Proposal", probability=60), new_deal("Proposal")
    proposal = stage_id("Proposal")
    for target in (None, proposal, stage_id("Won"), stage_id("Lost"), 999):
        with pytest.raises(ValidationError) as refused:
            delete_stage(proposal, move_deals_to=target)
        assert refused.value.errors == {
            "move_deals_to": "Proposal holds 2 deals: choose an open stage for them."
        }
    assert "Proposal" in names()

    delete_stage(proposal, move_deals_to=stage_id("Negotiation"))

    assert names() == ["Lead", "Qualified", "Negotiation", "Won", "Lost"]
    moved = {r.id: r for r in load_deal_rows(TODAY)}
    assert {r.stage_name for r in moved.values()} == {"Negotiation"}
    assert (moved[first].probability, moved[second].probability) == (60, 75)


def test_the_last_open_stage_stays(db: SqliteDatabase) -> None:
    for name in ("Lead", "Qualified", "Proposal"):
        delete_stage(stage_id(name))
    with pytest.raises(ValidationError) as refused:
        delete_stage(stage_id("Negotiation"))
    assert "at least one open stage" in refused.value.errors["stage"]


# --- quotas ----------------------------------------------------------------------------------


def test_a_quota_is_set_replaced_and_read(db: SqliteDatabase) -> None:
    november = parse_period("2026-11")
    assert (quota_minor(november), quota_is_set(november)) == (0, False)
    set_quota(november, Decimal("18000.50"))
    assert (quota_minor(november), quota_is_set(november)) == (1_800_050, True)
    set_quota(november, Decimal("20000"))
    assert quota_minor(november) == 2_000_000
    set_quota(november, Decimal(0))
    assert (quota_minor(november), quota_is_set(november)) == (0, True)
    assert quota_minor(parse_period("2026-12")) == 0
    assert db.execute_sql("SELECT COUNT(*), MAX(currency) FROM quota").fetchone() == (1, "EUR")


def test_a_quarter_without_its_own_quota_sums_its_months(db: SqliteDatabase) -> None:
    q4 = parse_period("2026-Q4")
    assert quota_minor(q4) == 0
    set_quota(parse_period("2026-10"), Decimal("10000"))
    set_quota(parse_period("2026-12"), Decimal("5000.25"))
    set_quota(parse_period("2027-01"), Decimal("99999"))  # the next quarter's
    assert (quota_minor(q4), quota_is_set(q4)) == (1_500_025, False)
    set_quota(q4, Decimal("40000"))
    assert quota_minor(q4) == 4_000_000
    clear_quota(q4)
    assert quota_minor(q4) == 1_500_025
    # A month never falls back on anything.
    assert quota_minor(parse_period("2026-11")) == 0


def test_quotas_are_stored_in_the_database_currency(db: SqliteDatabase) -> None:
    set_setting("currency", "USD")
    set_quota(parse_period("2026-11"), Decimal("1"))
    assert db.execute_sql("SELECT currency FROM quota").fetchone() == ("USD",)


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (Decimal("-0.01"), "cannot be negative"),
        (Decimal("1000000000000.01"), "too large"),
        (Decimal("NaN"), "Enter an amount"),
        (Decimal("-Infinity"), "Enter an amount"),
    ],
)
def test_a_bad_quota_is_refused(db: SqliteDatabase, amount: Decimal, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        set_quota(parse_period("2026-11"), amount)
    assert message in refused.value.errors["amount"]
    assert quota_is_set(parse_period("2026-11")) is False


# --- the figures of a period -----------------------------------------------------------------


def test_stats_for_a_month_and_its_quarter(db: SqliteDatabase) -> None:
    won = new_deal("Lead", "3000", kind=DealKind.UPSELL)
    move_deal(won, stage_id("Won"), today=TODAY, now=NOW)
    lost = new_deal("Lead", "500")
    move_deal(lost, stage_id("Lost"), today=TODAY, now=NOW, lost_reason="Price")
    new_deal("Proposal", "2000", expected_close=date(2026, 11, 30))  # weighted 1000
    new_deal("Lead", "1000", expected_close=date(2026, 12, 1), next_step="")  # weighted 100
    new_deal("Lead", "9999", currency="USD")
    set_quota(month_of(TODAY), Decimal("5000"))

    month = stats_for(month_of(TODAY), today=TODAY)
    assert month.period == month_of(TODAY) and month.currency == "EUR"
    assert (month.won_minor, month.weighted_open_minor, month.forecast_minor) == (
        300_000,
        100_000,
        400_000,
    )
    assert (month.quota_minor, month.attainment_pct, month.coverage) == (
        500_000,
        Decimal("60.0"),
        Decimal("1.0"),  # 2000 closing this month / 2000 still to win
    )
    assert (month.win_rate_pct, month.avg_won_minor, month.cycle_days) == (
        Decimal("50.0"),
        300_000,
        Decimal("0.0"),
    )
    assert month.upsell_cross_share_pct == Decimal("100.0")
    assert (month.open_count, month.no_next_step_count, month.rotting_count) == (2, 1, 0)
    assert (month.open_closing_minor, month.other_currency_deals) == (200_000, 1)

    quarter = stats_for(quarter_of(TODAY), today=TODAY)
    assert quarter.period.kind == PeriodKind.QUARTER
    assert (quarter.weighted_open_minor, quarter.quota_minor) == (110_000, 500_000)
    later = stats_for(month_of(TODAY), today=TODAY + timedelta(days=31))
    assert later.rotting_count == 2  # Lead rots after 30 days, Proposal after 14


def test_stats_of_an_empty_period(db: SqliteDatabase) -> None:
    stats = stats_for(parse_period("2001-01"), today=TODAY)
    assert (stats.won_minor, stats.forecast_minor, stats.quota_minor) == (0, 0, 0)
    assert stats.attainment_pct is None and stats.coverage is None
    assert stats.win_rate_pct is None and stats.avg_won_minor is None
    assert stats.cycle_days is None and stats.upsell_cross_share_pct is None
