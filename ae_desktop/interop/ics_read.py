"""Reading an iCalendar file (Outlook, Google, Apple, Thunderbird) into EventRecords of a window.

icalendar parses the file and resolves TZIDs (VTIMEZONEs in the file, Olson and Windows
names); recurring_ical_events expands RRULE/RDATE/EXDATE/RECURRENCE-ID. Expansion is bounded:
before expanding, each rule's cost is checked (ics_rules) under a budget per rule and per
file; a rule that names no date or finds none within its budget makes its event a problem
and is never handed to recurring_ical_events. Then the occurrences are counted per event and
in total. Occurrences are converted to local time, cut at midnight into one record per day,
and kept when their day is in [start, end).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import recurring_ical_events  # type: ignore[import-untyped]
from icalendar import Calendar, Event

from ae_desktop.interop.ics_rules import RuleBudget, check_recurrence_cost
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
    budget = RuleBudget()
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
    components: list[Event], line: int, window: _Window, tally: _Tally, budget: RuleBudget
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
    components: list[Event], window: _Window, title: str, budget: RuleBudget
) -> list[Event]:
    if not _is_recurring(components):
        return components
    first = datetime.combine(window.start, time()) - _SLACK
    last = datetime.combine(window.end, time()) + _SLACK
    for component in components:  # raises before recurring_ical_events walks a bad rule
        check_recurrence_cost(component, first, last, _too_often(title), budget)
    series = Calendar()
    for component in components:
        series.add_component(component)
    found: list[Event] = recurring_ical_events.of(series).between(first, last)
    return found


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
