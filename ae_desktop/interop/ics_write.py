"""Writing the plan as an iCalendar file (RFC 5545): time blocks as VEVENTs, tasks as VTODOs.

icalendar builds the components, escapes, folds and ends lines in CRLF. Times are local:
floating (no zone) unless a zone name is given, then with TZID and its VTIMEZONE so that
Thunderbird and Outlook place them right in any zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, Todo

from ae_desktop import __version__
from ae_desktop.translation import translate

PRODID = f"-//AE Desktop//AE Desktop {__version__}//EN"
CALENDAR_NAME = "AE Desktop"

# RFC 5545 PRIORITY: 1 highest, 5 medium, 9 lowest.
QUADRANT_PRIORITY = {"do": 1, "schedule": 3, "delegate": 5, "drop": 9}
QUADRANT_LABEL = {"do": "Do now", "schedule": "Schedule", "delegate": "Delegate", "drop": "Drop"}


@dataclass(frozen=True)
class BlockEvent:
    id: int
    day: date
    start: int  # minutes since local midnight
    end: int  # minutes since local midnight, up to 1440
    title: str
    kind: str
    client_name: str
    fixed: bool
    done: bool


@dataclass(frozen=True)
class TodoItem:
    id: int
    title: str
    due: date | None
    quadrant: str  # "do", "schedule", "delegate" or "drop"
    client_name: str
    notes: str


def write_calendar(
    blocks: Iterable[BlockEvent],
    todos: Iterable[TodoItem],
    *,
    now: datetime,
    tz_name: str | None = None,
) -> bytes:
    """The blocks and tasks as an RFC 5545 calendar. *now* is the DTSTAMP; *tz_name* (an
    IANA zone such as "Europe/Madrid") writes times with TZID, else they are floating."""
    zone = _zone(tz_name)
    stamp = now.astimezone(UTC)  # a naive *now* is taken as local time
    calendar = Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("X-WR-CALNAME", CALENDAR_NAME)
    days = []
    for block in blocks:
        calendar.add_component(_event(block, stamp, zone))
        days.append(block.day)
    for todo in todos:
        calendar.add_component(_todo(todo, stamp))
    if zone is not None and days:
        # The VTIMEZONE covers the years of the blocks, not 1970-2038: smaller files.
        first, last = date(min(days).year - 1, 1, 1), date(max(days).year + 2, 1, 1)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    data: bytes = calendar.to_ical()
    return data


def _zone(tz_name: str | None) -> ZoneInfo | None:
    if not tz_name:
        return None
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            translate("calendar", "Unknown time zone: {0!r}").format(tz_name)
        ) from error


def _local(day: date, minutes: int, zone: ZoneInfo | None) -> datetime:
    moment = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return moment.replace(tzinfo=zone) if zone is not None else moment


def _event(block: BlockEvent, stamp: datetime, zone: ZoneInfo | None) -> Event:
    event = Event()
    event.add("UID", f"block-{block.id}@ae-desktop")
    event.add("DTSTAMP", stamp)
    event.add("DTSTART", _local(block.day, block.start, zone))
    event.add("DTEND", _local(block.day, max(block.end, block.start + 1), zone))
    event.add("SUMMARY", block.title)
    _add_categories(event, block.kind, block.client_name)
    if block.client_name:
        event.add("DESCRIPTION", f"Client: {block.client_name}")
    event.add("TRANSP", "OPAQUE")
    event.add("STATUS", "CONFIRMED")
    return event


def _todo(item: TodoItem, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("UID", f"task-{item.id}@ae-desktop")
    todo.add("DTSTAMP", stamp)
    todo.add("SUMMARY", item.title)
    if item.due is not None:
        todo.add("DUE", item.due)
    todo.add("PRIORITY", QUADRANT_PRIORITY.get(item.quadrant, 0))
    _add_categories(todo, QUADRANT_LABEL.get(item.quadrant, ""), item.client_name)
    todo.add("STATUS", "NEEDS-ACTION")
    if item.notes:
        todo.add("DESCRIPTION", item.notes)
    return todo


def _add_categories(component: Event | Todo, *names: str) -> None:
    categories = [name for name in names if name]
    if categories:
        component.add("CATEGORIES", categories)
