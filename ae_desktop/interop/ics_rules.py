"""The cost of expanding an iCalendar event's recurrence rules, checked before it is done.

Each rule is checked for dates that cannot exist (30 February, day 200 in January, the fifth
of one candidate a day), its cost estimated, and its occurrences walked by dateutil (which
recurring_ical_events uses) up to the window's end under a budget of calls and time per rule
(RuleBudget) and per file; a rule that finds no date within its budget is a ValueError.
"""

from __future__ import annotations

import sys
import time as clock
from calendar import monthrange
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from types import FrameType
from typing import Any

from dateutil.rrule import rrulestr  # type: ignore[import-untyped]
from icalendar import Event, vRecur

from ae_desktop.interop.records import MAX_OCCURRENCES_PER_EVENT, MAX_RECORDS, ImportFileError
from ae_desktop.translation import translate

_SUB_DAILY_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600}
_MAX_RULE_STEPS = 200_000  # dateutil iterations allowed per rule before giving up
# The budget of one rule's walk: Python calls made while dateutil searches (about two per
# day searched by a daily rule, so decades of days), and seconds; and of all walks of a file.
_RULE_CALLS = 60_000
_RULE_SECONDS = 0.1
_FILE_SECONDS = 2.0
# The range of each BY part (RFC 5545 3.3.10); BYSECOND allows a leap second.
_BY_RANGES = {
    "BYMONTH": (1, 12, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYHOUR": (0, 23, False),
    "BYMINUTE": (0, 59, False),
    "BYSECOND": (0, 60, False),
    "BYSETPOS": (1, 366, True),
}
# The most days one period of each frequency has (BYSETPOS counts within a period).
_DAYS_PER_PERIOD = {"YEARLY": 366, "MONTHLY": 31, "WEEKLY": 7}
_NO_DATE = "The rule names no date that exists."


class _OutOfBudget(Exception):
    """dateutil searched one rule for longer than a rule is allowed."""


class RuleBudget:
    """Bounds the walks of a file's rules: per rule a number of Python calls and seconds, per
    file seconds in total. dateutil's search cannot be stopped from outside between two
    dates it yields (a rule that names no date runs to the year 9999 without yielding), so
    the calls it makes are counted by a profile hook that raises when the budget is spent."""

    def __init__(self) -> None:
        self.seconds_left = _FILE_SECONDS

    @contextmanager
    def rule(self) -> Iterator[None]:
        """Raises _OutOfBudget when the block spends the rule's budget, ImportFileError
        when it spends the rest of the file's."""
        began = clock.monotonic()
        rule_deadline = began + min(_RULE_SECONDS, self.seconds_left)
        file_spent = self.seconds_left <= _RULE_SECONDS
        calls = 0

        def profile(frame: FrameType, event: str, arg: object) -> None:
            nonlocal calls
            if event != "call":
                return
            calls += 1
            if calls > _RULE_CALLS or (calls % 64 == 0 and clock.monotonic() > rule_deadline):
                raise _OutOfBudget

        previous = sys.getprofile()
        sys.setprofile(profile)
        try:
            yield
        except _OutOfBudget:
            if file_spent and clock.monotonic() >= rule_deadline:
                raise ImportFileError(
                    translate(
                        "calendar",
                        "The calendar's repeating events take too long to work out: the calendar "
                        "cannot be imported. Export a shorter period from the calendar program.",
                    )
                ) from None
            raise
        finally:
            sys.setprofile(previous)
            self.seconds_left -= clock.monotonic() - began


def check_recurrence_cost(
    component: Event, first: datetime, last: datetime, message: str, budget: RuleBudget
) -> None:
    """Raise ImportFileError(*message*) when expanding the component's rules up to *last*
    would take too long or give too many occurrences in [first, last); ValueError when a
    rule names no date or finds none within its budget."""
    if "DTSTART" not in component:
        return
    start = _naive(component.start)
    rdates = sum(len(item.dts) for item in _as_list(component.get("RDATE")))
    if rdates > MAX_RECORDS:
        raise ImportFileError(message)
    for rule in _as_list(component.get("RRULE")):
        _check_rule(rule, start, first, last, message, budget)


def _check_rule(
    rule: vRecur, start: datetime, first: datetime, last: datetime, message: str, budget: RuleBudget
) -> None:
    if _never_matches(rule):  # dateutil would look for a 30 February until the year 9999
        raise ValueError(_NO_DATE)
    until = [_naive(value) for value in rule.get("UNTIL", [])]
    stop = min([last, *until])
    step = _SUB_DAILY_SECONDS.get(str(rule.get("FREQ", [""])[0]).upper())
    if step is not None:  # dateutil walks every second/minute/hour from DTSTART: estimate
        interval = max(1, int(rule.get("INTERVAL", [1])[0]))
        steps = (stop - start).total_seconds() / (step * interval)
        count = rule.get("COUNT")
        if count and not any(str(key).upper().startswith("BY") for key in rule):
            steps = min(steps, int(count[0]))
        if steps > _MAX_RULE_STEPS:
            raise ImportFileError(message)
    without_until: Any = vRecur({key: value for key, value in rule.items() if key != "UNTIL"})
    in_window = 0
    try:
        with budget.rule():  # stops a search for a date the rule never reaches
            moments = rrulestr(without_until.to_ical().decode(), dtstart=start)
            for index, moment in enumerate(moments):
                if moment >= stop:  # past the window: the rest is not needed
                    break
                in_window += moment >= first
                if index >= _MAX_RULE_STEPS or in_window > 2 * MAX_OCCURRENCES_PER_EVENT:
                    raise ImportFileError(message)
    except _OutOfBudget:
        raise ValueError(_NO_DATE) from None


def _never_matches(rule: vRecur) -> bool:
    """Whether the rule names no date that exists, for which dateutil would search until the
    year 9999: a value out of range (BYWEEKNO=60), BYMONTHDAY or BYYEARDAY outside the
    BYMONTH months (30 February, day 200 in January), or BYSETPOS past the most dates one
    period can have (the 5th of a daily rule's one date)."""
    parts = {key: _numbers(rule, key) for key in _BY_RANGES}
    for key, (low, high, signed) in _BY_RANGES.items():
        for number in parts[key]:
            if not low <= (abs(number) if signed else number) <= high:
                return True
    months = parts["BYMONTH"] or list(range(1, 13))
    days = parts["BYMONTHDAY"]
    longest = {month: monthrange(2024, month)[1] for month in months}
    if days and not any(abs(day) <= longest[month] for day in days for month in months):
        return True
    if parts["BYYEARDAY"] and not _some_year_day_fits(parts["BYYEARDAY"], months, days):
        return True
    positions = parts["BYSETPOS"]
    return bool(positions) and min(abs(pos) for pos in positions) > _period_size(rule, parts)


def _numbers(rule: vRecur, key: str) -> list[int]:
    return [int(value) for value in _as_list(rule.get(key))]


def _some_year_day_fits(year_days: list[int], months: list[int], month_days: list[int]) -> bool:
    """Whether a BYYEARDAY day falls in a BYMONTH month on a BYMONTHDAY day, in a common or
    a leap year."""
    for year in (2025, 2024):
        length = 366 if year == 2024 else 365
        for number in year_days:
            ordinal = number if number > 0 else length + 1 + number
            if not 1 <= ordinal <= length:
                continue
            day = date(year, 1, 1) + timedelta(days=ordinal - 1)
            from_end = day.day - monthrange(year, day.month)[1] - 1
            if day.month in months and (
                not month_days or day.day in month_days or from_end in month_days
            ):
                return True
    return False


def _period_size(rule: vRecur, parts: dict[str, list[int]]) -> int:
    """The most dates one period of the rule can have: days × hours × minutes × seconds."""
    frequency = "".join(str(value) for value in _as_list(rule.get("FREQ"))[:1]).upper()
    size = _DAYS_PER_PERIOD.get(frequency, 1)
    finer = {"HOURLY": 1, "MINUTELY": 2, "SECONDLY": 3}.get(frequency, 0)
    for key in ("BYHOUR", "BYMINUTE", "BYSECOND")[finer:]:
        size *= max(1, len(set(parts[key])))
    return size


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _naive(value: date | datetime) -> datetime:
    """Wall time without zone: close enough (with ics_read's margin) to bound the expansion."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.combine(value, time())
