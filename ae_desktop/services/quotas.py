"""Quotas: the sales target per month or quarter, in the database currency."""

from __future__ import annotations

from decimal import Decimal

from ae_desktop.domain.enums import PeriodKind
from ae_desktop.domain.money import is_storable, to_minor
from ae_desktop.domain.periods import Period
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.settings import currency
from ae_desktop.store.models import Quota
from ae_desktop.translation import translate


def _stored(period: Period) -> int | None:
    amount = (
        Quota.select(Quota.amount_minor)
        .where((Quota.period_kind == str(period.kind)) & (Quota.period_start == period.start))
        .scalar()
    )
    return None if amount is None else int(amount)


def quota_minor(period: Period) -> int:
    """The period's quota; 0 when none is set. A quarter without a quota of its own has the
    sum of its months' quotas."""
    own = _stored(period)
    if own is not None:
        return own
    if period.kind == PeriodKind.QUARTER:
        return sum(_stored(month) or 0 for month in period.months())
    return 0


def quota_is_set(period: Period) -> bool:
    """Whether the period has a quota of its own (a quarter's may come from its months)."""
    return _stored(period) is not None


def set_quota(period: Period, amount: Decimal) -> None:
    """Set (or replace) the period's quota; ValidationError at "amount" for a bad amount."""
    if not amount.is_finite():
        raise ValidationError({"amount": translate("quotas", "Enter an amount.")})
    if amount < 0:
        raise ValidationError({"amount": translate("quotas", "A quota cannot be negative.")})
    if not is_storable(amount):
        raise ValidationError({"amount": translate("quotas", "That amount is too large.")})
    Quota.insert(
        period_kind=str(period.kind),
        period_start=period.start,
        amount_minor=to_minor(amount),
        currency=currency(),
    ).on_conflict(
        conflict_target=[Quota.period_kind, Quota.period_start],
        preserve=[Quota.amount_minor, Quota.currency],
    ).execute()


def clear_quota(period: Period) -> None:
    """Remove the period's own quota (a quarter then falls back to the sum of its months)."""
    Quota.delete().where(
        (Quota.period_kind == str(period.kind)) & (Quota.period_start == period.start)
    ).execute()
