"""Reading an iCalendar file (Outlook, Google, Apple, Thunderbird) into EventRecords of a window.

icalendar parses the file and resolves TZIDs (VTIMEZONEs in the file, Olson and Windows
names); recurring_ical_events expands RRULE/RDATE/EXDATE/RECURRENCE-ID. Expansion is bounded:
before expanding, each rule is checked for dates that cannot exist (30 February, day 200 in
January, the fifth of one candidate a day), its cost estimated, and its occurrences walked by
dateutil (which recurring_ical_events uses) up to the window's end under a budget of calls
and time per rule and per file; a rule that finds no date within its budget makes its event a
problem and is never handed to recurring_ical_events. Then the occurrences are counted per
event and in total. Occurrences are converted to local time, cut at midnight into one record
per day, and kept when their day is in [start, end).
"""

from __future__ import annotations

import hashlib
import re
import sys
import time as clock
from calendar import monthrange
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import recurring_ical_events  # type: ignore[import-untyped]
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]
from icalendar import Calendar, Event, vRecur

from ae_desktop.interop.records import (
    MAX_FIELD_CHARS,
    MAX_OCCURRENCES_PER_EVENT,
    MAX_RECORDS,
    EventRecord,
    ImportFileError,
    ReadResult,
    RowProblem,
)
from ae_desktop.interop.textfile import DecodedText, decode_bytes, read_text
from ae_desktop.interop.vcard_read import encoding_notes
from ae_desktop.translation import translate

LocalConverter = Callable[[datetime], datetime]
MAX_TITLE_CHARS = 200
_SLACK = timedelta(days=2)  # query margin for time zones; records are filtered by local day
_BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
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


@dataclass(frozen=True)
class CalendarRead:
    """A calendar file read for a window.

    *uid*s below are the ids of EventRecord.uid without the "#2" day suffix: an event's UID
    stands for every occurrence of the event, "UID/20261201T090000Z" for one occurrence.
    """

    name: str  # X-WR-CALNAME, "" when the file has none (PRODID names the program, not it)
    result: ReadResult[EventRecord]
    # METHOD upper-cased, "" when absent; REQUEST, CANCEL, REPLY… mean an invitation.
    method: str = ""
    named: bool = False  # True when *name* came from X-WR-CALNAME
    # Events with STATUS:CANCELLED, and every event of a METHOD:CANCEL file.
    cancelled_uids: list[str] = field(default_factory=list)
    # Events rejected as problems whose UID could be read: their meetings are to be kept.
    unread_uids: list[str] = field(default_factory=list)


@dataclass
class _Tally:
    """What was read, and what was left out, across the whole file."""

    result: ReadResult[EventRecord] = field(default_factory=ReadResult)
    unread_uids: list[str] = field(default_factory=list)
    occurrences: int = 0
    all_day: int = 0
    cancelled: int = 0
    free: int = 0


@dataclass(frozen=True)
class _Window:
    start: date
    end: date
    to_local: LocalConverter
    cancel: bool = False  # METHOD:CANCEL: every event is a cancellation


class _OutOfBudget(Exception):
    """dateutil searched one rule for longer than a rule is allowed."""


class _Budget:
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


def _system_local(moment: datetime) -> datetime:
    return moment.astimezone()


def read_calendar_file(
    path: Path, *, start: date, end: date, to_local: LocalConverter | None = None
) -> CalendarRead:
    """Read the calendar file at *path*, refusing it before reading when it is too big."""
    return _read_decoded(read_text(path), _Window(start, end, to_local or _system_local))


def read_calendar(
    data: bytes, *, start: date, end: date, to_local: LocalConverter | None = None
) -> CalendarRead:
    """The events of [start, end) (local days) in an iCalendar file. *to_local* converts an
    aware datetime to local time (default: the system's zone); floating times are local."""
    return _read_decoded(decode_bytes(data), _Window(start, end, to_local or _system_local))


def _read_decoded(decoded: DecodedText, window: _Window) -> CalendarRead:
    event_lines = _check_structure(decoded.text)
    calendar = _parse(decoded.text)
    method = str(calendar.get("METHOD", "")).strip().upper()
    window = _Window(window.start, window.end, window.to_local, cancel=method == "CANCEL")
    tally = _Tally(result=ReadResult(notes=encoding_notes(decoded)))
    events = [event for event in calendar.walk("VEVENT") if isinstance(event, Event)]
    groups = _group_by_uid(events, event_lines)
    budget = _Budget()
    for uid, (line, components) in groups.items():
        if not _read_group(components, line, window, tally, budget) and "UID" in components[0]:
            tally.unread_uids.append(uid)
    tally.result.notes.extend(_skip_notes(tally))
    name = _calendar_name(calendar)
    return CalendarRead(
        name,
        tally.result,
        method=method,
        named=bool(name),
        cancelled_uids=_cancelled_uids(events, window),
        unread_uids=tally.unread_uids,
    )


def _check_structure(text: str) -> list[int]:
    """The lines of the BEGIN:VEVENTs; raises ImportFileError for a file that is not a
    calendar, is truncated, or has more than MAX_RECORDS events."""
    lines = [line.strip().upper() for line in _LINE_BREAK.split(text.strip())]
    if not lines or lines[0] != "BEGIN:VCALENDAR":
        raise ImportFileError(
            translate("calendar", "The file is not a calendar (iCalendar .ics) file.")
        )
    if lines[-1] != "END:VCALENDAR":
        raise ImportFileError(
            translate("calendar", "The calendar file ends too early: it may be truncated.")
        )
    count = len(_BEGIN_EVENT.findall(text))
    if count > MAX_RECORDS:
        raise ImportFileError(
            translate(
                "calendar", "The calendar has {0:,} events; at most {1:,} can be imported."
            ).format(count, MAX_RECORDS)
        )
    return [number for number, line in enumerate(lines, start=1) if line == "BEGIN:VEVENT"]


def _parse(text: str) -> Calendar:
    try:
        calendar = Calendar.from_ical(text)
    except Exception as error:  # icalendar raises ValueError, KeyError, … on broken syntax
        raise ImportFileError(
            translate("calendar", "The calendar file is damaged and cannot be read.")
        ) from error
    if calendar.name != "VCALENDAR":
        raise ImportFileError(
            translate("calendar", "The file is not a calendar (iCalendar .ics) file.")
        )
    return calendar


def _calendar_name(calendar: Calendar) -> str:
    """X-WR-CALNAME, or "": PRODID names the program that wrote the file, the same for every
    calendar it exports, so it cannot tell one calendar from another."""
    return " ".join(str(calendar.get("X-WR-CALNAME", "")).split())[:MAX_TITLE_CHARS]


def _cancelled_uids(events: list[Event], window: _Window) -> list[str]:
    """The ids of the cancelled events (STATUS:CANCELLED, or all in a METHOD:CANCEL file): the
    UID for a whole event or series, UID/original start for one moved or cancelled
    occurrence; events without a UID or with a damaged RECURRENCE-ID are left out."""
    found: list[str] = []
    for event in events:
        if not window.cancel and str(event.get("STATUS", "")).strip().upper() != "CANCELLED":
            continue
        if not str(event.get("UID", "")).strip():
            continue
        try:
            uid = _occurrence_uid(event)
        except Exception:  # a RECURRENCE-ID that is not a date
            continue
        if uid not in found:
            found.append(uid)
    return found


def _group_by_uid(events: list[Event], lines: list[int]) -> dict[str, tuple[int, list[Event]]]:
    """The VEVENTs by UID (a series and its moved instances), with the line of the first."""
    groups: dict[str, tuple[int, list[Event]]] = {}
    for index, event in enumerate(events):
        line = lines[index] if index < len(lines) else 0
        uid = str(event.get("UID", "")).strip() or _fallback_uid(event)
        groups.setdefault(uid, (line, []))[1].append(event)
    return groups


def _fallback_uid(event: Event) -> str:
    """A UID for an event without one, stable across imports of the same file."""
    key = f"{event.get('DTSTART', '')!r}|{event.get('SUMMARY', '')}"
    return "no-uid-" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:16]


def _read_group(
    components: list[Event], line: int, window: _Window, tally: _Tally, budget: _Budget
) -> bool:
    """Add the group's occurrences to *tally*; False when the event was a problem."""
    title = _title(components[0])
    try:
        occurrences = _occurrences(components, window, title, budget)
        found = [_classify(item, window) for item in occurrences]
    except ImportFileError:
        raise
    except Exception:  # a broken event (bad date, bad rule) must not stop the others
        tally.result.problems.append(
            RowProblem(
                line, translate("calendar", "The event “{0}” could not be read.").format(title)
            )
        )
        return False
    in_window = [item for item in found if item is not None]
    if len(in_window) > MAX_OCCURRENCES_PER_EVENT:
        raise ImportFileError(_too_often(title))
    for kind, records in in_window:
        _add(tally, kind, records)
    return True


def _add(tally: _Tally, kind: str, records: list[EventRecord]) -> None:
    tally.occurrences += 1
    if tally.occurrences > MAX_RECORDS:
        raise ImportFileError(
            translate(
                "calendar",
                "The calendar has more than {0:,} events in the chosen period: choose a "
                "shorter period.",
            ).format(MAX_RECORDS)
        )
    if kind == "all-day":
        tally.all_day += 1
    elif kind == "cancelled":
        tally.cancelled += 1
    elif kind == "free":
        tally.free += 1
    else:
        tally.result.records.extend(records)


def _too_often(title: str) -> str:
    return translate(
        "calendar",
        "The event “{0}” repeats more than {1:,} times in the chosen period: the "
        "calendar cannot be imported.",
    ).format(title, MAX_OCCURRENCES_PER_EVENT)


def _is_recurring(components: list[Event]) -> bool:
    keys = ("RRULE", "RDATE", "RECURRENCE-ID")
    return any(key in component for component in components for key in keys)


def _occurrences(
    components: list[Event], window: _Window, title: str, budget: _Budget
) -> list[Event]:
    if not _is_recurring(components):
        return components
    first = datetime.combine(window.start, time()) - _SLACK
    last = datetime.combine(window.end, time()) + _SLACK
    for component in components:  # raises before recurring_ical_events walks a bad rule
        _check_recurrence_cost(component, first, last, _too_often(title), budget)
    series = Calendar()
    for component in components:
        series.add_component(component)
    found: list[Event] = recurring_ical_events.of(series).between(first, last)
    return found


def _check_recurrence_cost(
    component: Event, first: datetime, last: datetime, message: str, budget: _Budget
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
    rule: vRecur, start: datetime, first: datetime, last: datetime, message: str, budget: _Budget
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
    """Wall time without zone: close enough (with _SLACK) to bound the expansion."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.combine(value, time())


def _classify(occurrence: Event, window: _Window) -> tuple[str, list[EventRecord]] | None:
    """What the occurrence is ("busy", "all-day", "cancelled", "free") and its records;
    None when it is not in the window."""
    records = list(_records(occurrence, window))
    if _is_all_day(occurrence):
        return ("all-day", []) if _all_day_in_window(occurrence, window) else None
    if not records:
        return None
    if window.cancel or str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
        return "cancelled", []
    if str(occurrence.get("TRANSP", "")).upper() == "TRANSPARENT":
        return "free", []
    return "busy", records


def _is_all_day(occurrence: Event) -> bool:
    return not isinstance(occurrence.start, datetime)


def _all_day_in_window(occurrence: Event, window: _Window) -> bool:
    if not _is_all_day(occurrence):
        return False
    first: date = occurrence.start
    last: date = occurrence.end
    return first < window.end and max(last, first + timedelta(days=1)) > window.start


def _records(occurrence: Event, window: _Window) -> Iterator[EventRecord]:
    """The occurrence cut at local midnights, one record per day of the window."""
    start, end = occurrence.start, occurrence.end
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return
    begin, finish = _local(start, window), _local(end, window)
    if finish <= begin:
        finish = begin + timedelta(minutes=30)  # a point in time gets a half-hour block
    uid, title = _occurrence_uid(occurrence), _title(occurrence)
    location = str(occurrence.get("LOCATION", "")).strip()[:MAX_FIELD_CHARS]
    day = max(begin.date(), window.start)
    while day < window.end and day <= finish.date():
        first = _minutes(begin) if day == begin.date() else 0
        last = _minutes(finish, ceil=True) if day == finish.date() else 1440
        if last > first:
            index = (day - begin.date()).days + 1
            suffix = f"#{index}" if index > 1 else ""
            yield EventRecord(uid + suffix, day, first, last, title, location)
        day += timedelta(days=1)


def _local(moment: datetime, window: _Window) -> datetime:
    """Local wall time without tzinfo; floating times are already local."""
    if moment.tzinfo is None:
        return moment
    return window.to_local(moment).replace(tzinfo=None)


def _minutes(moment: datetime, *, ceil: bool = False) -> int:
    minutes = moment.hour * 60 + moment.minute
    if ceil and (moment.second or moment.microsecond):
        minutes += 1
    return minutes


def _occurrence_uid(occurrence: Event) -> str:
    """UID, plus "/" and the original start (RECURRENCE-ID) for a recurring event: in UTC
    (20261201T090000Z) when it has a zone, as written when floating (20261201T090000) or a
    date (20261201), so that the id does not change with the computer's time zone."""
    uid = str(occurrence.get("UID", "")).strip() or _fallback_uid(occurrence)
    recurrence = occurrence.get("RECURRENCE-ID")
    if recurrence is None:
        return uid
    original: Any = recurrence.dt
    if isinstance(original, datetime):
        if original.tzinfo is None:
            return f"{uid}/{original.strftime('%Y%m%dT%H%M%S')}"
        return f"{uid}/{original.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    return f"{uid}/{original.strftime('%Y%m%d')}"


def _title(component: Event) -> str:
    summary = " ".join(str(component.get("SUMMARY", "")).split())
    return summary[:MAX_TITLE_CHARS] or "Busy"


def _skip_notes(tally: _Tally) -> list[str]:
    notes: list[str] = []
    if tally.all_day:
        notes.append(
            _count_sentence(
                tally.all_day,
                translate("calendar", "1 all-day event is not put on the planner."),
                translate("calendar", "{0} all-day events are not put on the planner."),
            )
        )
    if tally.cancelled:
        notes.append(
            _count_sentence(
                tally.cancelled,
                translate("calendar", "1 cancelled event is skipped."),
                translate("calendar", "{0} cancelled events are skipped."),
            )
        )
    if tally.free:
        notes.append(
            _count_sentence(
                tally.free,
                translate("calendar", "1 event marked as free time is skipped."),
                translate("calendar", "{0} events marked as free time are skipped."),
            )
        )
    return notes


def _count_sentence(count: int, one: str, many: str) -> str:
    """*one* for 1, else *many* with the count (as 1,234) in its {0}."""
    return one if count == 1 else many.format(f"{count:,}")
