"""Eisenhower quadrant and its reasons: worked examples and properties (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ae_desktop.domain.enums import Flag, Tier
from ae_desktop.domain.priority import (
    PrioritySettings,
    Quadrant,
    TaskFacts,
    classify,
    money_label,
)

TODAY = date(2026, 11, 18)


def _in(days: int | None) -> date | None:
    return None if days is None else TODAY + timedelta(days=days)


@pytest.mark.parametrize(
    ("days", "urgent", "reason"),
    [
        (-3, True, "overdue by 3 days"),
        (-1, True, "overdue by 1 day"),
        (0, True, "due today"),
        (1, True, "due tomorrow"),
        (2, True, "due in 2 days"),
        (3, False, "due in 3 days"),
        (None, False, "no due date"),
    ],
)
def test_auto_urgency_follows_the_due_date(days: int | None, urgent: bool, reason: str) -> None:
    got = classify(TaskFacts(due_on=_in(days)), TODAY)

    assert got.urgent is urgent
    assert got.reasons[0] == reason


def test_urgent_within_days_is_a_setting() -> None:
    facts = TaskFacts(due_on=_in(5))

    assert classify(facts, TODAY, PrioritySettings(urgent_within_days=5)).urgent
    assert not classify(facts, TODAY, PrioritySettings(urgent_within_days=4)).urgent


def test_the_users_say_beats_the_rules() -> None:
    overdue_key = TaskFacts(due_on=_in(-5), client_name="Acme", client_tier=Tier.KEY)

    got = classify(replace(overdue_key, urgency=Flag.NO, importance=Flag.NO), TODAY)
    assert got.quadrant == Quadrant.DROP
    assert got.reasons == ("you marked it not urgent", "you marked it not important")

    got = classify(replace(TaskFacts(due_on=None), urgency=Flag.YES, importance=Flag.YES), TODAY)
    assert got.quadrant == Quadrant.DO_NOW
    assert got.reasons == ("you marked it urgent", "you marked it important")


def test_every_importance_reason_is_listed() -> None:
    facts = TaskFacts(
        due_on=_in(1),
        client_name="Acme",
        client_tier=Tier.KEY,
        client_neglected=True,
        deal_title="Fleet rollout",
        deal_open=True,
        deal_stage="Proposal",
        deal_late_stage=True,
        deal_value_minor=60_000_00,
        deal_currency="EUR",
    )

    got = classify(facts, TODAY)

    assert got.quadrant == Quadrant.DO_NOW
    assert got.reasons == (
        "due tomorrow",
        "key account: Acme",
        "deal in Proposal: Fleet rollout",
        "deal worth EUR 60,000",
        "neglected client: Acme",
    )


def test_a_closed_small_or_foreign_deal_is_not_a_reason() -> None:
    deal = TaskFacts(
        due_on=_in(10),
        deal_title="Fleet",
        deal_open=False,
        deal_stage="Won",
        deal_late_stage=True,
        deal_value_minor=90_000_00,
        deal_currency="EUR",
    )
    assert classify(deal, TODAY).quadrant == Quadrant.DROP
    small = replace(deal, deal_open=True, deal_late_stage=False, deal_value_minor=49_999_99)
    assert classify(small, TODAY).quadrant == Quadrant.DROP
    usd = replace(small, deal_value_minor=90_000_00, deal_currency="USD")
    assert classify(usd, TODAY).quadrant == Quadrant.DROP
    got = classify(replace(small, deal_value_minor=50_000_00), TODAY)
    assert got.quadrant == Quadrant.SCHEDULE
    assert got.reasons == ("due in 10 days", "deal worth EUR 50,000")


def test_a_standard_client_not_neglected_is_no_reason() -> None:
    facts = TaskFacts(due_on=_in(0), client_name="Beta", client_tier=Tier.STANDARD)

    got = classify(facts, TODAY)

    assert got.quadrant == Quadrant.DELEGATE
    assert got.reasons[1].startswith("no key account")


def test_money_label() -> None:
    assert money_label(60_000_00, "EUR") == "EUR 60,000"
    assert money_label(1_234_50, "USD") == "USD 1,234.50"


facts_strategy = st.builds(
    TaskFacts,
    due_on=st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    urgency=st.sampled_from(Flag),
    importance=st.sampled_from(Flag),
    client_name=st.none() | st.text(min_size=1, max_size=10),
    client_tier=st.none() | st.sampled_from(Tier),
    client_neglected=st.booleans(),
    deal_title=st.none() | st.text(max_size=10),
    deal_open=st.booleans(),
    deal_stage=st.none() | st.text(max_size=10),
    deal_late_stage=st.booleans(),
    deal_value_minor=st.none() | st.integers(0, 10**12),
    deal_currency=st.none() | st.sampled_from(["EUR", "USD"]),
)


@given(facts_strategy, st.integers(0, 14))
def test_quadrant_matches_its_flags_and_always_says_why(facts: TaskFacts, within: int) -> None:
    got = classify(facts, TODAY, PrioritySettings(urgent_within_days=within))

    assert got.quadrant == Quadrant.of(got.urgent, got.important)
    assert got.quadrant.urgent == got.urgent and got.quadrant.important == got.important
    assert len(got.reasons) >= 2 and all(got.reasons)
    if facts.urgency != Flag.AUTO:
        assert got.urgent == (facts.urgency == Flag.YES)
    if facts.importance != Flag.AUTO:
        assert got.important == (facts.importance == Flag.YES)


@given(facts_strategy)
def test_an_explicit_flag_only_moves_its_own_axis(facts: TaskFacts) -> None:
    base = classify(facts, TODAY)

    assert classify(replace(facts, urgency=Flag.YES), TODAY).important == base.important
    assert classify(replace(facts, importance=Flag.NO), TODAY).urgent == base.urgent
