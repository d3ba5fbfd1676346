"""Reading an iCalendar file (Outlook, Google, Apple, Thunderbird) into EventRecords of a window.

icalendar parses the file and resolves TZIDs (VTIMEZONEs in the file, Olson and Windows
names); recurring_ical_events expands RRULE/RDATE/EXDATE/RECURRENCE-ID. Expansion is bounded:
before expanding, each rule's cost is estimated and its occurrences walked with a budget
(dateutil, which recurring_ical_events uses), then the occurrences are counted per event and
in total. Occurrences are converted to local time,
cut at midnight into one record per day, and kept when their day is in [start, end).
"""

from __future__ import annotations

import hashlib
import re
from calendar import monthrange
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
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

LocalConverter = Callable[[datetime], datetime]
MAX_TITLE_CHARS = 200
_SLACK = timedelta(days=2)  # query margin for time zones; records are filtered by local day
_BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SUB_DAILY_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600}
_MAX_RULE_STEPS = 200_000  # dateutil iterations allowed per rule before giving up


@dataclass(frozen=True)
class CalendarRead:
    name: str  # X-WR-CALNAME, else PRODID, else ""
    result: ReadResult[EventRecord]


@dataclass
class _Tally:
    """What was read, and what was left out, across the whole file."""

    result: ReadResult[EventRecord] = field(default_factory=ReadResult)
    occurrences: int = 0
    all_day: int = 0
    cancelled: int = 0
    free: int = 0


@dataclass(frozen=True)
class _Window:
    start: date
    end: date
    to_local: LocalConverter


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
    tally = _Tally(result=ReadResult(notes=encoding_notes(decoded)))
    events = [event for event in calendar.walk("VEVENT") if isinstance(event, Event)]
    groups = _group_by_uid(events, event_lines)
    for line, components in groups.values():
        _read_group(components, line, window, tally)
    tally.result.notes.extend(_skip_notes(tally))
    return CalendarRead(_calendar_name(calendar), tally.result)


def _check_structure(text: str) -> list[int]:
    """The lines of the BEGIN:VEVENTs; raises ImportFileError for a file that is not a
    calendar, is truncated, or has more than MAX_RECORDS events."""
    lines = [line.strip().upper() for line in _LINE_BREAK.split(text.strip())]
    if not lines or lines[0] != "BEGIN:VCALENDAR":
        raise ImportFileError("The file is not a calendar (iCalendar .ics) file.")
    if lines[-1] != "END:VCALENDAR":
        raise ImportFileError("The calendar file ends too early: it may be truncated.")
    count = len(_BEGIN_EVENT.findall(text))
    if count > MAX_RECORDS:
        raise ImportFileError(
            f"The calendar has {count:,} events; at most {MAX_RECORDS:,} can be imported."
        )
    return [number for number, line in enumerate(lines, start=1) if line == "BEGIN:VEVENT"]


def _parse(text: str) -> Calendar:
    try:
        calendar = Calendar.from_ical(text)
    except Exception as error:  # icalendar raises ValueError, KeyError, … on broken syntax
        raise ImportFileError("The calendar file is damaged and cannot be read.") from error
    if calendar.name != "VCALENDAR":
        raise ImportFileError("The file is not a calendar (iCalendar .ics) file.")
    return calendar


def _calendar_name(calendar: Calendar) -> str:
    for key in ("X-WR-CALNAME", "PRODID"):
        value = str(calendar.get(key, "")).strip()
        if value:
            return value[:MAX_TITLE_CHARS]
    return ""


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


def _read_group(components: list[Event], line: int, window: _Window, tally: _Tally) -> None:
    title = _title(components[0])
    try:
        found = [_classify(item, window) for item in _occurrences(components, window, title)]
    except ImportFileError:
        raise
    except Exception:  # a broken event (bad date, bad rule) must not stop the others
        tally.result.problems.append(RowProblem(line, f"The event “{title}” could not be read."))
        return
    in_window = [item for item in found if item is not None]
    if len(in_window) > MAX_OCCURRENCES_PER_EVENT:
        raise ImportFileError(_too_often(title))
    for kind, records in in_window:
        _add(tally, kind, records)


def _add(tally: _Tally, kind: str, records: list[EventRecord]) -> None:
    tally.occurrences += 1
    if tally.occurrences > MAX_RECORDS:
        raise ImportFileError(
            f"The calendar has more than {MAX_RECORDS:,} events in the chosen period: "
            "choose a shorter period."
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
    return (
        f"The event “{title}” repeats more than {MAX_OCCURRENCES_PER_EVENT:,} times "
        "in the chosen period: the calendar cannot be imported."
    )


def _is_recurring(components: list[Event]) -> bool:
    keys = ("RRULE", "RDATE", "RECURRENCE-ID")
    return any(key in component for component in components for key in keys)


def _occurrences(components: list[Event], window: _Window, title: str) -> list[Event]:
    if not _is_recurring(components):
        return components
    first = datetime.combine(window.start, time()) - _SLACK
    last = datetime.combine(window.end, time()) + _SLACK
    for component in components:
        _check_recurrence_cost(component, first, last, _too_often(title))
    series = Calendar()
    for component in components:
        series.add_component(component)
    found: list[Event] = recurring_ical_events.of(series).between(first, last)
    return found


def _check_recurrence_cost(component: Event, first: datetime, last: datetime, message: str) -> None:
    """Raise ImportFileError(*message*) when expanding the component's rules up to *last*
    would take too long or give too many occurrences in [first, last)."""
    if "DTSTART" not in component:
        return
    start = _naive(component.start)
    rdates = sum(len(item.dts) for item in _as_list(component.get("RDATE")))
    if rdates > MAX_RECORDS:
        raise ImportFileError(message)
    for rule in _as_list(component.get("RRULE")):
        _check_rule(rule, start, first, last, message)


def _check_rule(
    rule: vRecur, start: datetime, first: datetime, last: datetime, message: str
) -> None:
    if _never_matches(rule):  # dateutil would look for a 30 February until the year 9999
        raise ValueError("The rule names days that do not exist.")
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
    for index, moment in enumerate(rrulestr(without_until.to_ical().decode(), dtstart=start)):
        if moment >= stop:
            break
        in_window += moment >= first
        if index >= _MAX_RULE_STEPS or in_window > 2 * MAX_OCCURRENCES_PER_EVENT:
            raise ImportFileError(message)


def _never_matches(rule: vRecur) -> bool:
    """Whether BYMONTHDAY names no day of the BYMONTH months (e.g. 30 February)."""
    days = [int(day) for day in rule.get("BYMONTHDAY", []) if int(day) != 0]
    months = [int(month) for month in rule.get("BYMONTH", [])] or list(range(1, 13))
    lengths = [monthrange(2024, month)[1] for month in months if 1 <= month <= 12]
    return bool(days) and not any(abs(day) <= length for day in days for length in lengths)


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
    if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
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
    uid, title = _occurrence_uid(occurrence, window), _title(occurrence)
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


def _occurrence_uid(occurrence: Event, window: _Window) -> str:
    """UID, plus "/" and the local original start (RECURRENCE-ID) for a recurring event."""
    uid = str(occurrence.get("UID", "")).strip() or _fallback_uid(occurrence)
    recurrence = occurrence.get("RECURRENCE-ID")
    if recurrence is None:
        return uid
    original: Any = recurrence.dt
    if isinstance(original, datetime):
        return f"{uid}/{_local(original, window).isoformat()}"
    return f"{uid}/{original.isoformat()}"


def _title(component: Event) -> str:
    summary = " ".join(str(component.get("SUMMARY", "")).split())
    return summary[:MAX_TITLE_CHARS] or "Busy"


def _skip_notes(tally: _Tally) -> list[str]:
    notes: list[str] = []
    if tally.all_day:
        notes.append(_count_sentence(tally.all_day, "all-day event", "not put on the planner"))
    if tally.cancelled:
        notes.append(_count_sentence(tally.cancelled, "cancelled event", "skipped"))
    if tally.free:
        notes.append(_count_sentence(tally.free, "event marked as free time", "skipped"))
    return notes


def _count_sentence(count: int, noun: str, verb: str) -> str:
    if count == 1:
        return f"1 {noun} is {verb}."
    plural = noun.replace("event", "events", 1)
    return f"{count:,} {plural} are {verb}."
