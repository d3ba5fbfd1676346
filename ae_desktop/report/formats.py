"""Money, numbers, percentages and dates as the report prints them, through one QLocale."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ae_desktop.domain.periods import Week

DASH = "—"
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
# Languages whose CLDR percent pattern puts a (no-break) space before the sign: "42 %".
_SPACED_PERCENT = {
    QLocale.Language.Spanish,
    QLocale.Language.French,
    QLocale.Language.German,
    QLocale.Language.Italian,
    QLocale.Language.Catalan,
    QLocale.Language.Swedish,
    QLocale.Language.NorwegianBokmal,
    QLocale.Language.Danish,
    QLocale.Language.Finnish,
    QLocale.Language.Czech,
    QLocale.Language.Polish,
    QLocale.Language.Russian,
}
_PLACEHOLDER = re.compile(r"%(\d)")
_NBSP = "\u00a0"


def fill(template: str, *args: str) -> str:
    """*template* with %1, %2… replaced by *args* in one pass (user text holding "%2" stays)."""
    return _PLACEHOLDER.sub(lambda m: args[int(m.group(1)) - 1], template)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _whole(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Formats:
    """How one report writes its figures: *locale* for digits and dates, *currency* for money.

    *year* is the report's year: dates in it leave the year out.
    """

    def __init__(self, locale: QLocale, currency: str, year: int) -> None:
        self.locale = locale
        self.currency = currency
        self.year = year
        self._symbol = _SYMBOLS.get(currency.upper(), currency.upper())

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def decimal(self, value: Decimal, places: int = 1) -> str:
        return self.locale.toString(float(value), "f", places)

    def money(self, minor: int | None) -> str:
        """Whole units with the currency symbol (EUR, USD, GBP) or code, placed as the
        locale places it: "€48,200", "48.200 €", "CHF 48,200"."""
        if minor is None:
            return DASH
        whole = _whole(Decimal(minor) / 100)
        if not self._symbol.isalpha():
            return self.locale.toCurrencyString(float(whole), self._symbol, 0)
        # A code reads badly glued to the digits ("CHF1,234"): space it, on the locale's side.
        number = self.locale.toString(whole)
        if self.locale.toCurrencyString(1.0, "¤", 0).startswith("¤"):
            return f"{self._symbol}{_NBSP}{number}"
        return f"{number}{_NBSP}{self._symbol}"

    def percent(self, value: Decimal | None) -> str:
        """Whole per cent, "62 %" or "62%" as the language writes it; None as a dash."""
        if value is None:
            return DASH
        space = _NBSP if self.locale.language() in _SPACED_PERCENT else ""
        return f"{self.locale.toString(_whole(value))}{space}{self.locale.percent()}"

    def ratio(self, value: Decimal | None) -> str:
        """Pipeline coverage: "2.4×"."""
        return DASH if value is None else f"{self.decimal(value, 1)}×"

    def hours(self, minutes: int) -> str:
        """Minutes as hours and minutes, "28:15", exact: the rows add up to their total."""
        return f"{self.locale.toString(minutes // 60)}:{minutes % 60:02d}"

    def quarter(self, label: str) -> str:
        """A quarter label "2026-Q4" as the language writes it: "Q4 2026", "T4 2026"."""
        match = re.fullmatch(r"(\d{4})-Q(\d)", label)
        if match is None:
            return label
        return fill(QCoreApplication.translate("report", "Q%2 %1"), *match.groups())

    def plural(self, count: int, one: str, other: str) -> str:
        """*one* or *other* (each holding %n) for *count*; English and Spanish share the rule.

        pyside6-lupdate 6.11 marks no Python call as numerus (and drops a call whose count is
        an attribute), so the two forms are two plain messages.
        """
        return (one if count == 1 else other).replace("%n", self.number(count))

    def day(self, value: date | None) -> str:
        """ "23 Nov", with the year when it is not the report's: "30 Dec 2025"."""
        if value is None:
            return DASH
        pattern = "d MMM" if value.year == self.year else "d MMM yyyy"
        return self.locale.toString(_qdate(value), pattern)

    def weekday(self, value: date, *, month: bool = False) -> str:
        """ "Mon 23" (a bar's label under the activities chart), or "Mon 30 Nov"."""
        return self.locale.toString(_qdate(value), "ddd d MMM" if month else "ddd d")

    def full_date(self, value: date) -> str:
        return self.locale.toString(_qdate(value), "d MMM yyyy")

    def stamp(self, value: datetime) -> str:
        moment = QDateTime(_qdate(value.date()), QTime(value.hour, value.minute))
        return self.locale.toString(moment, "d MMM yyyy, HH:mm")

    def span(self, first: date, last: date) -> str:
        """Inclusive days, shortest unambiguous: "23–29 Nov 2026", "30 Nov – 6 Dec 2026"."""
        end = self.full_date(last)
        if first.year != last.year:
            return f"{self.full_date(first)} – {end}"
        if first.month != last.month:
            return f"{self.locale.toString(_qdate(first), 'd MMM')} – {end}"
        return f"{first.day}–{end}"

    def week(self, week: Week) -> str:
        """ "Week 48 · 23–29 Nov 2026"."""
        title = QCoreApplication.translate("report", "Week %1")
        days = week.days
        return f"{fill(title, str(week.number))} · {self.span(days[0], days[-1])}"
