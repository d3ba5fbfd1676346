"""User-facing names of the domain's enum values, translatable."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ae_desktop.domain.enums import ClientStatus, DealKind, InteractionKind, Tier
from ae_desktop.domain.money import format_money


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def tier_label(tier: Tier) -> str:
    return {
        Tier.KEY: _tr("Key account"),
        Tier.STANDARD: _tr("Standard"),
        Tier.PROSPECT: _tr("Prospect"),
    }[tier]


def status_label(status: ClientStatus) -> str:
    return {
        ClientStatus.PROSPECT: _tr("Prospect"),
        ClientStatus.ACTIVE: _tr("Active"),
        ClientStatus.CHURNED: _tr("Churned"),
    }[status]


def kind_label(kind: InteractionKind) -> str:
    return {
        InteractionKind.CALL: _tr("Call"),
        InteractionKind.MEETING: _tr("Meeting"),
        InteractionKind.EMAIL: _tr("E-mail"),
        InteractionKind.NOTE: _tr("Note"),
        InteractionKind.PRESENTATION: _tr("Presentation"),
        InteractionKind.MEAL: _tr("Meal"),
    }[kind]


def to_qdate(value: date) -> QDate:
    """*value* as a QDate, as PySide6 converts a date implicitly (its stubs do not declare it)."""
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    """*value* as a local-time QDateTime, as PySide6 converts a datetime implicitly (its stubs
    do not declare it): milliseconds kept, microseconds and tzinfo dropped."""
    time = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    return QDateTime(to_qdate(value), time)


def deal_kind_label(kind: DealKind) -> str:
    return {
        DealKind.NEW_BUSINESS: _tr("New business"),
        DealKind.UPSELL: _tr("Upsell"),
        DealKind.CROSS_SELL: _tr("Cross-sell"),
        DealKind.RENEWAL: _tr("Renewal"),
    }[kind]


def deals_text(count: int) -> str:
    """'1 deal', '3 deals' (plural rules per language come with the translations)."""
    return _tr("1 deal") if count == 1 else _tr("{0} deals").format(count)


def date_text(value: date | datetime | None) -> str:
    """A date or datetime in the user's locale, short form; '' for None."""
    if value is None:
        return ""
    locale = QLocale()
    if isinstance(value, datetime):
        return locale.toString(to_qdatetime(value), "d MMM yyyy, HH:mm")
    return locale.toString(to_qdate(value), "d MMM yyyy")


def money_text(minor: int, currency: str) -> str:
    return format_money(minor, currency)
