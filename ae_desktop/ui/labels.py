"""User-facing names of the domain's enum values, translatable."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ae_desktop.domain.enums import BlockKind, ClientStatus, DealKind, InteractionKind, Tier
from ae_desktop.domain.priority import Quadrant
from ae_desktop.report.formats import Formats


def tier_label(tier: Tier) -> str:
    return {
        Tier.KEY: QCoreApplication.translate("labels", "Key account"),
        Tier.STANDARD: QCoreApplication.translate("labels", "Standard"),
        Tier.PROSPECT: QCoreApplication.translate("labels", "Prospect"),
    }[tier]


def status_label(status: ClientStatus) -> str:
    return {
        ClientStatus.PROSPECT: QCoreApplication.translate("labels", "Prospect"),
        ClientStatus.ACTIVE: QCoreApplication.translate("labels", "Active"),
        ClientStatus.CHURNED: QCoreApplication.translate("labels", "Churned"),
    }[status]


def kind_label(kind: InteractionKind) -> str:
    return {
        InteractionKind.CALL: QCoreApplication.translate("labels", "Call"),
        InteractionKind.MEETING: QCoreApplication.translate("labels", "Meeting"),
        InteractionKind.EMAIL: QCoreApplication.translate("labels", "E-mail"),
        InteractionKind.NOTE: QCoreApplication.translate("labels", "Note"),
        InteractionKind.PRESENTATION: QCoreApplication.translate("labels", "Presentation"),
        InteractionKind.MEAL: QCoreApplication.translate("labels", "Meal"),
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
        DealKind.NEW_BUSINESS: QCoreApplication.translate("labels", "New business"),
        DealKind.UPSELL: QCoreApplication.translate("labels", "Upsell"),
        DealKind.CROSS_SELL: QCoreApplication.translate("labels", "Cross-sell"),
        DealKind.RENEWAL: QCoreApplication.translate("labels", "Renewal"),
    }[kind]


def block_kind_label(kind: BlockKind) -> str:
    return {
        BlockKind.CLIENT_WORK: QCoreApplication.translate("labels", "Client work"),
        BlockKind.CALLS: QCoreApplication.translate("labels", "Calls"),
        BlockKind.PROSPECTING: QCoreApplication.translate("labels", "Prospecting"),
        BlockKind.ADMIN: QCoreApplication.translate("labels", "Admin"),
        BlockKind.FOCUS: QCoreApplication.translate("labels", "Focus"),
        BlockKind.MEETING: QCoreApplication.translate("labels", "Meeting"),
        BlockKind.BREAK: QCoreApplication.translate("labels", "Break"),
    }[kind]


def quadrant_label(quadrant: Quadrant) -> str:
    """The Eisenhower quadrant's name: Do now (Q1), Schedule (Q2), Delegate (Q3), Drop (Q4)."""
    return {
        Quadrant.DO_NOW: QCoreApplication.translate("labels", "Do now"),
        Quadrant.SCHEDULE: QCoreApplication.translate("labels", "Schedule"),
        Quadrant.DELEGATE: QCoreApplication.translate("labels", "Delegate"),
        Quadrant.DROP: QCoreApplication.translate("labels", "Drop"),
    }[quadrant]


def plural(count: int, one: str, many: str) -> str:
    """*one* or *many* (translated already, "{0}" for the count) for *count*, the count in the
    user's locale: `plural(n, self.tr("1 client"), self.tr("{0} clients"))`.

    No %n: pyside6-lupdate drops numerus forms of some calls, so the two forms are two plain
    messages (English and Spanish share the rule; see Formats.plural).
    """
    return (one if count == 1 else many).format(QLocale().toString(count))


def deals_text(count: int) -> str:
    """'1 deal', '3 deals' (plural rules per language come with the translations)."""
    return plural(
        count,
        QCoreApplication.translate("labels", "1 deal"),
        QCoreApplication.translate("labels", "{0} deals"),
    )


def date_text(value: date | datetime | None) -> str:
    """A date or datetime in the user's locale, short form; '' for None."""
    if value is None:
        return ""
    locale = QLocale()
    if isinstance(value, datetime):
        return locale.toString(to_qdatetime(value), "d MMM yyyy, HH:mm")
    return locale.toString(to_qdate(value), "d MMM yyyy")


def money_text(minor: int, currency: str) -> str:
    """Whole units as the user's locale writes money: "€12,500", "12.500 €", "CHF 12,500"."""
    return Formats(QLocale(), currency, 0).money(minor)


def amount_text(amount: Decimal, places: int = 2) -> str:
    """An amount for a field the user edits, in the locale's digits: "12,500.00", "12.500,00"
    (parse_amount reads both back)."""
    return QLocale().toString(float(amount), "f", places)


def percent_text(value: Decimal | None) -> str:
    """Whole per cent as the language writes it, "62%" or "62 %"; None as a dash."""
    return Formats(QLocale(), "", 0).percent(value)


def ratio_text(value: Decimal | None) -> str:
    """Pipeline coverage in the locale's digits: "2.4×", "2,4×"; None as a dash."""
    return Formats(QLocale(), "", 0).ratio(value)


def month_text(value: date) -> str:
    """The month as a heading: "November 2026", "noviembre 2026"."""
    return QLocale().toString(to_qdate(value), "MMMM yyyy")


def quarter_text(label: str) -> str:
    """A quarter label "2026-Q4" as the language writes it: "Q4 2026", "T4 2026"."""
    return Formats(QLocale(), "", 0).quarter(label)


def duration_text(minutes: int) -> str:
    """'30 min', '1 h', '1 h 30 min', the numbers in the locale's digits."""
    hours, rest = divmod(minutes, 60)
    locale = QLocale()
    if not hours:
        return QCoreApplication.translate("labels", "{0} min").format(locale.toString(rest))
    if not rest:
        return QCoreApplication.translate("labels", "{0} h").format(locale.toString(hours))
    return QCoreApplication.translate("labels", "{0} h {1} min").format(
        locale.toString(hours), locale.toString(rest)
    )
