"""Retention in the weekly report: a client counts as lost on the day it churned, not on the
day it was last edited (archiving a client that left in January is not losing it this week)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import ClientStatus, Tier
from ae_desktop.domain.periods import DateRange, parse_week
from ae_desktop.report.build import build_report
from ae_desktop.report.kpis import load_retention
from ae_desktop.services.clients import (
    ClientInput,
    create_client,
    get_client,
    set_archived,
    update_client,
)
from ae_desktop.store.models import Client

WEEK = parse_week("2026-W48")  # Monday 23 to Sunday 29 November 2026
WEEK_END = date(2026, 11, 30)  # exclusive
QUARTER_TO_DATE = DateRange(date(2026, 10, 1), WEEK_END)
NOW = datetime(2026, 11, 27, 18, 0)
ADDED = datetime(2025, 6, 2, 9, 0)


def _customer(name: str) -> int:
    return create_client(
        ClientInput(name=name, tier=Tier.STANDARD, status=ClientStatus.ACTIVE), now=ADDED
    )


def _churn(client_id: int, when: datetime) -> None:
    data = replace(get_client(client_id).as_input(), status=ClientStatus.CHURNED)
    update_client(client_id, data, now=when)


def _retention_pct() -> tuple[Decimal | None, Decimal | None]:
    report = build_report(WEEK, now=NOW)
    return report.week_kpis.retention_pct, report.quarter_kpis.retention_pct


@pytest.fixture
def book(db: SqliteDatabase) -> dict[str, int]:
    """Two customers all year, and one that churned in January."""
    ids = {name: _customer(name) for name in ("Acme", "Beta", "Left in January")}
    _churn(ids["Left in January"], datetime(2026, 1, 20, 11, 0))
    return ids


def test_a_client_that_churned_in_january_and_is_edited_this_week_keeps_retention(
    book: dict[str, int],
) -> None:
    old = book["Left in January"]
    data = replace(get_client(old).as_input(), phone="+34 600 111 222")
    update_client(old, data, now=datetime(2026, 11, 24, 10, 0))
    set_archived(old, True, now=datetime(2026, 11, 25, 16, 0))

    assert Client.get_by_id(old).updated_at == datetime(2026, 11, 25, 16, 0)  # touched this week
    assert get_client(old).churned_on == date(2026, 1, 20)
    # Acme and Beta were customers at both starts and still are; the January one was not.
    assert load_retention(WEEK) == (2, 2)
    assert load_retention(QUARTER_TO_DATE) == (2, 2)
    assert _retention_pct() == (Decimal("100.0"), Decimal("100.0"))


def test_a_client_that_churns_this_week_lowers_retention(book: dict[str, int]) -> None:
    _churn(book["Beta"], datetime(2026, 11, 26, 9, 30))
    set_archived(book["Left in January"], True, now=datetime(2026, 11, 26, 9, 45))

    assert load_retention(WEEK) == (2, 1)
    assert load_retention(QUARTER_TO_DATE) == (2, 1)
    assert _retention_pct() == (Decimal("50.0"), Decimal("50.0"))


def test_a_client_that_churned_earlier_in_the_quarter_lowers_only_the_quarter(
    book: dict[str, int],
) -> None:
    _churn(book["Beta"], datetime(2026, 10, 15, 9, 30))
    data = replace(get_client(book["Beta"]).as_input(), notes="Gone to a rival")
    update_client(book["Beta"], data, now=datetime(2026, 11, 27, 9, 0))

    assert load_retention(WEEK) == (1, 1)
    assert load_retention(QUARTER_TO_DATE) == (2, 1)
    assert _retention_pct() == (Decimal("100.0"), Decimal("50.0"))


@pytest.mark.parametrize(
    ("churned_on", "at_start", "retained"),
    [
        (date(2026, 11, 22), 1, 1),  # the Sunday before: not a customer on Monday
        (date(2026, 11, 23), 2, 1),  # the first day: a customer at the start, lost
        (date(2026, 11, 29), 2, 1),  # the last day: lost within the week
        (date(2026, 11, 30), 2, 2),  # the day after: still a customer at the week's end
    ],
)
def test_the_week_runs_from_its_first_day_to_its_last(
    book: dict[str, int], churned_on: date, at_start: int, retained: int
) -> None:
    Client.update(status="churned", churned_on=churned_on).where(
        Client.id == book["Beta"]
    ).execute()

    assert load_retention(WEEK) == (at_start, retained)


def test_a_churned_client_without_a_day_counts_as_gone_before_any_span(
    book: dict[str, int],
) -> None:
    """Only SQL written outside the app leaves it empty; it is not taken as churning now."""
    Client.update(status="churned", churned_on=None, updated_at=NOW).where(
        Client.id == book["Beta"]
    ).execute()

    assert load_retention(WEEK) == (1, 1)
    assert load_retention(QUARTER_TO_DATE) == (1, 1)
