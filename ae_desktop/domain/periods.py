"""Reporting periods: months and quarters ("2026-11", "2026-Q4") and ISO weeks ("2026-W48")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from ae_desktop.domain.enums import PeriodKind
from ae_desktop.translation import translate


class DateSpan(Protocol):
    """Days from *start* up to, not including, *end*: a Period, a Week or a DateRange."""

    @property
    def start(self) -> date: ...

    @property
    def end(self) -> date: ...

    def contains(self, day: date) -> bool: ...


@dataclass(frozen=True)
class DateRange:
    """Any run of days, e.g. a quarter up to a week's end: *start* up to, not including, *end*."""

    start: date
    end: date  # exclusive

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end


_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-[Qq](\d)")


def _month_start(year: int, month: int) -> date:
    """The first day of *month* (which may run past 12 or below 1) of *year*."""
    year += (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """A calendar month or quarter: the days from *start* up to, not including, *end*."""

    kind: PeriodKind
    start: date
    end: date  # exclusive

    @property
    def label(self) -> str:
        if self.kind == PeriodKind.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return f"{self.start.year:04d}-Q{(self.start.month - 1) // 3 + 1}"

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    def months(self) -> list[Period]:
        """The months the period is made of: itself for a month, three for a quarter."""
        if self.kind == PeriodKind.MONTH:
            return [self]
        return [month_of(_month_start(self.start.year, self.start.month + n)) for n in range(3)]

    def shifted(self, steps: int) -> Period:
        """The period *steps* months or quarters later (earlier when negative)."""
        size = 1 if self.kind == PeriodKind.MONTH else 3
        first = _month_start(self.start.year, self.start.month + steps * size)
        return month_of(first) if self.kind == PeriodKind.MONTH else quarter_of(first)


def month_of(day: date) -> Period:
    """The calendar month *day* falls in (ValueError in December of year 9999)."""
    start = day.replace(day=1)
    return Period(PeriodKind.MONTH, start, _month_start(start.year, start.month + 1))


def quarter_of(day: date) -> Period:
    """The calendar quarter *day* falls in: Q1 is January to March."""
    first_month = (day.month - 1) // 3 * 3 + 1
    start = date(day.year, first_month, 1)
    return Period(PeriodKind.QUARTER, start, _month_start(day.year, first_month + 3))


class _NotAPeriod(ValueError):
    """parse_period's own refusal, already saying why."""


def parse_period(text: str) -> Period:
    """Read "2026-11" as a month or "2026-Q4" as a quarter; ValueError saying why otherwise."""
    cleaned = text.strip()
    try:
        if match := _MONTH.fullmatch(cleaned):
            year, month = int(match.group(1)), int(match.group(2))
            if not 1 <= month <= 12:
                raise _NotAPeriod(
                    translate("periods", "{0!r} is not a period: the month must be 01 to 12")
                    .format(text)
                )  # fmt: skip
            return month_of(date(year, month, 1))
        if match := _QUARTER.fullmatch(cleaned):
            year, quarter = int(match.group(1)), int(match.group(2))
            if not 1 <= quarter <= 4:
                raise _NotAPeriod(
                    translate("periods", "{0!r} is not a period: the quarter must be Q1 to Q4")
                    .format(text)
                )  # fmt: skip
            return quarter_of(date(year, quarter * 3 - 2, 1))
    except _NotAPeriod:
        raise
    except ValueError as exc:
        message = translate("periods", "{0!r} is not a period the calendar can hold")
        raise ValueError(message.format(text)) from exc
    message = translate(
        "periods",
        "{0!r} is not a period: give a month as YYYY-MM (e.g. 2026-11) or a quarter as "
        "YYYY-Qn (e.g. 2026-Q4)",
    )
    raise ValueError(message.format(text))


_WEEK = re.compile(r"(\d{4})-[Ww](\d{2})")


@dataclass(frozen=True)
class Week:
    """A reporting week: the ISO week *label* ("2026-W48"), laid out from the user's week
    start (0 Monday ... 6 Sunday). A Sunday-start week begins the Sunday before the ISO Monday.
    """

    year: int
    number: int
    week_start: int = 0

    @property
    def label(self) -> str:
        return f"{self.year:04d}-W{self.number:02d}"

    @property
    def start(self) -> date:
        monday = date.fromisocalendar(self.year, self.number, 1)
        return monday - timedelta(days=(7 - self.week_start) % 7)

    @property
    def end(self) -> date:
        """The day after the week's last day (exclusive, like Period.end)."""
        return self.start + timedelta(days=7)

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(7)]

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    def shifted(self, steps: int) -> Week:
        """The week *steps* weeks later (earlier when negative), same week start."""
        monday = date.fromisocalendar(self.year, self.number, 1)
        year, number, _ = (monday + timedelta(days=7 * steps)).isocalendar()
        return Week(year, number, self.week_start)


def week_of(day: date, week_start: int = 0) -> Week:
    """The week (laid out from *week_start*) that *day* falls in."""
    # The ISO week whose span, shifted to the user's week start, holds *day*.
    shift = (7 - week_start) % 7
    year, number, _ = (day + timedelta(days=shift)).isocalendar()
    return Week(year, number, week_start)


def default_report_week(today: date, week_start: int = 0) -> Week:
    """The week a report is for by default: this one, or the one just ended on its first day."""
    week = week_of(today, week_start)
    return week.shifted(-1) if today == week.start else week


def parse_week(text: str, week_start: int = 0) -> Week:
    """Read "2026-W48" (ISO year and week); ValueError saying why otherwise."""
    match = _WEEK.fullmatch(text.strip())
    if not match:
        message = translate("periods", "{0!r} is not a week: give YYYY-Www, e.g. 2026-W48")
        raise ValueError(message.format(text))
    year, number = int(match.group(1)), int(match.group(2))
    if not 1900 <= year <= 9998:  # its neighbours, last and next week, must exist too
        message = translate("periods", "{0!r} is not a week: the year must be 1900 to 9998")
        raise ValueError(message.format(text))
    try:
        date.fromisocalendar(year, number, 1)
    except ValueError:
        message = translate("periods", "{0!r} is not a week: {1} has no week {2}")
        raise ValueError(message.format(text, year, number)) from None
    return Week(year, number, week_start)
