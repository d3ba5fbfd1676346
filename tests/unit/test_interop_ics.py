"""iCalendar reading (Outlook, Google exports; hostile files) and writing."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events  # type: ignore[import-untyped]
from icalendar import Calendar

from ae_desktop import __version__
from ae_desktop.interop.ics_read import CalendarRead, read_calendar, read_calendar_file
from ae_desktop.interop.ics_write import BlockEvent, TodoItem, write_calendar
from ae_desktop.interop.records import EventRecord, ImportFileError

MADRID = ZoneInfo("Europe/Madrid")


def to_madrid(moment: datetime) -> datetime:
    return moment.astimezone(MADRID)


def read(text: str, start: date, end: date) -> CalendarRead:
    return read_calendar(text.encode(), start=start, end=end, to_local=to_madrid)


OUTLOOK = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Calendario
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010D3
SUMMARY:Pipeline review
LOCATION:Sala 2
DTSTART;TZID=Romance Standard Time:20261013T093000
DTEND;TZID=Romance Standard Time:20261013T103000
RRULE:FREQ=WEEKLY;BYDAY=TU;INTERVAL=1
EXDATE;TZID=Romance Standard Time:20261020T093000
DTSTAMP:20261001T080000Z
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010D3
RECURRENCE-ID;TZID=Romance Standard Time:20261103T093000
SUMMARY:Pipeline review (moved)
LOCATION:Sala 2
DTSTART;TZID=Romance Standard Time:20261104T160000
DTEND;TZID=Romance Standard Time:20261104T170000
DTSTAMP:20261001T080000Z
END:VEVENT
BEGIN:VEVENT
UID:late-dinner
SUMMARY:Cena con cliente
DTSTART;TZID=W. Europe Standard Time:20261027T210000
DTEND;TZID=W. Europe Standard Time:20261028T013000
DTSTAMP:20261001T080000Z
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

GOOGLE = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20261023T080000Z
DTEND:20261023T090000Z
DTSTAMP:20261001T080000Z
UID:abc123@google.com
SUMMARY:Demo Acme
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART:20261026T080000Z
DTEND:20261026T090000Z
DTSTAMP:20261001T080000Z
UID:def456@google.com
SUMMARY:
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261026
DTEND;VALUE=DATE:20261027
DTSTAMP:20261001T080000Z
UID:holiday@google.com
SUMMARY:Conference day
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261028
DTSTAMP:20261001T080000Z
UID:holiday2@google.com
SUMMARY:Birthday
END:VEVENT
BEGIN:VEVENT
DTSTART:20261027T080000Z
DTEND:20261027T090000Z
DTSTAMP:20261001T080000Z
UID:gone@google.com
SUMMARY:Cancelled call
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
DTSTART:20261027T100000Z
DTEND:20261027T110000Z
DTSTAMP:20261001T080000Z
UID:free@google.com
SUMMARY:Maybe gym
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
DTSTART:20261201T100000Z
DTEND:20261201T110000Z
DTSTAMP:20261001T080000Z
UID:later@google.com
SUMMARY:Outside the window
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")


def test_outlook_weekly_meeting_across_the_dst_change() -> None:
    got = read(OUTLOOK, date(2026, 10, 12), date(2026, 11, 16))
    uid = "040000008200E00074C5B7101A82E0080000000010D3"
    assert (got.name, got.named, got.method) == ("Calendario", True, "PUBLISH")
    assert (got.cancelled_uids, got.unread_uids) == ([], [])
    assert got.result.problems == []
    assert got.result.records == [
        EventRecord(
            f"{uid}/20261013T073000Z", date(2026, 10, 13), 570, 630, "Pipeline review", "Sala 2"
        ),
        EventRecord(
            f"{uid}/20261027T083000Z", date(2026, 10, 27), 570, 630, "Pipeline review", "Sala 2"
        ),
        EventRecord(
            f"{uid}/20261103T083000Z",
            date(2026, 11, 4),
            960,
            1020,
            "Pipeline review (moved)",
            "Sala 2",
        ),
        EventRecord(
            f"{uid}/20261110T083000Z", date(2026, 11, 10), 570, 630, "Pipeline review", "Sala 2"
        ),
        EventRecord("late-dinner", date(2026, 10, 27), 1260, 1440, "Cena con cliente"),
        EventRecord("late-dinner#2", date(2026, 10, 28), 0, 90, "Cena con cliente"),
    ]


def test_outlook_event_seen_from_another_zone() -> None:
    got = read_calendar(
        OUTLOOK.encode(),
        start=date(2026, 10, 27),
        end=date(2026, 10, 28),
        to_local=lambda moment: moment.astimezone(ZoneInfo("America/New_York")),
    )
    assert [(r.day, r.start, r.end) for r in got.result.records] == [
        (date(2026, 10, 27), 270, 330),  # 09:30 Madrid = 04:30 New York (still on summer time)
        (date(2026, 10, 27), 960, 1230),  # the dinner, one day in New York
    ]


def test_google_utc_export_with_all_day_cancelled_and_free_events() -> None:
    got = read(GOOGLE, date(2026, 10, 19), date(2026, 11, 2))
    assert (got.name, got.named) == ("", False)  # the PRODID names Google, not the calendar
    assert got.cancelled_uids == ["gone@google.com"]
    assert got.result.records == [
        EventRecord("abc123@google.com", date(2026, 10, 23), 600, 660, "Demo Acme"),  # CEST
        EventRecord("def456@google.com", date(2026, 10, 26), 540, 600, "Busy"),  # CET
    ]
    assert got.result.notes == [
        "2 all-day events are not put on the planner.",
        "1 cancelled event is skipped.",
        "1 event marked as free time is skipped.",
    ]


def test_floating_times_are_local_and_long_titles_are_cut() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:f\r\n"
        f"SUMMARY:{'A' * 300}\r\nDTSTART:20261025T023000\r\nDTEND:20261025T040000\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (record,) = read(text, date(2026, 10, 25), date(2026, 10, 26)).result.records
    assert (record.start, record.end, record.title) == (150, 240, "A" * 200)


def test_a_broken_event_is_a_problem_and_the_others_are_read() -> None:
    text = GOOGLE.replace("DTSTART:20261023T080000Z", "DTSTART:2026-10-23 nonsense")
    got = read(text, date(2026, 10, 19), date(2026, 11, 2))
    assert [r.title for r in got.result.records] == ["Busy"]
    assert len(got.result.problems) == 1
    assert got.result.problems[0].line == 7
    assert got.result.problems[0].message == "The event “Demo Acme” could not be read."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOGLE[: len(GOOGLE) // 2], "The calendar file ends too early: it may be truncated."),
        (
            "BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n",
            "The file is not a calendar (iCalendar .ics) file.",
        ),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
            "The calendar file is damaged and cannot be read.",
        ),
    ],
)
def test_files_that_cannot_be_imported(text: str, message: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read(text, date(2026, 10, 1), date(2026, 11, 1))
    assert str(caught.value) == message


def test_binary_garbage_is_refused() -> None:
    with pytest.raises(ImportFileError):
        read_calendar(bytes(range(256)) * 50, start=date(2026, 1, 1), end=date(2026, 2, 1))


def test_more_than_100_000_events_are_refused_before_parsing() -> None:
    event = "BEGIN:VEVENT\r\nUID:{}\r\nDTSTART:20261026T080000Z\r\nEND:VEVENT\r\n"
    body = "".join(event.format(n) for n in range(100_001))
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{body}END:VCALENDAR\r\n"
    began = time.monotonic()
    with pytest.raises(ImportFileError, match="100,001 events; at most 100,000"):
        read(text, date(2026, 10, 1), date(2026, 11, 1))
    assert time.monotonic() - began < 2


def _rule_calendar(rule: str, summary: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:r\r\n"
        f"SUMMARY:{summary}\r\nDTSTART:20261001T090000Z\r\nDTEND:20261001T091500Z\r\n"
        f"RRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.mark.parametrize(
    ("rule", "start"),
    [
        ("FREQ=SECONDLY", date(2026, 10, 1)),
        ("FREQ=SECONDLY", date(2030, 1, 1)),  # years of seconds before the window
        ("FREQ=MINUTELY", date(2026, 10, 1)),
        (
            "FREQ=DAILY;BYHOUR=8,9,10,11,12,13,14,15;BYMINUTE=0,5,10,15,20,25,30,35,40,45,50,55",
            date(2026, 10, 1),
        ),
    ],
)
def test_runaway_recurrences_fail_quickly(rule: str, start: date) -> None:
    began = time.monotonic()
    with pytest.raises(ImportFileError) as caught:
        read(_rule_calendar(rule, "Spam"), start, date.fromordinal(start.toordinal() + 28))
    assert time.monotonic() - began < 2
    assert str(caught.value) == (
        "The event “Spam” repeats more than 2,000 times in the chosen period: "
        "the calendar cannot be imported."
    )


def test_bounded_frequent_rules_are_read() -> None:
    got = read(
        _rule_calendar("FREQ=MINUTELY;INTERVAL=30;COUNT=4", "Pomodoro"),
        date(2026, 10, 1),
        date(2026, 10, 2),
    )
    assert [(r.start, r.end) for r in got.result.records] == [
        (660, 675),
        (690, 705),
        (720, 735),
        (750, 765),
    ]
    got = read(_rule_calendar("FREQ=DAILY", "Stand-up"), date(2027, 3, 1), date(2027, 3, 8))
    assert [r.day.day for r in got.result.records] == [1, 2, 3, 4, 5, 6, 7]


def test_read_calendar_file(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes(GOOGLE.encode())
    got = read_calendar_file(
        path, start=date(2026, 10, 19), end=date(2026, 11, 2), to_local=to_madrid
    )
    assert len(got.result.records) == 2
    big = tmp_path / "big.ics"
    with big.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    with pytest.raises(ImportFileError, match="MB"):
        read_calendar_file(big, start=date(2026, 1, 1), end=date(2026, 2, 1))


BLOCKS = [
    BlockEvent(
        1,
        date(2026, 10, 24),
        540,
        600,
        "Call Acme, about Q4; urgent",
        "call",
        "Acme, S.L.",
        True,
        False,
    ),
    BlockEvent(2, date(2026, 10, 25), 150, 240, "Prep über-demo 😀", "focus", "", False, True),
    BlockEvent(3, date(2026, 10, 26), 1380, 1440, "Late wrap-up", "admin", "Nordbau", False, False),
]
TODOS = [
    TodoItem(10, "Send quote", date(2026, 10, 27), "do", "Acme, S.L.", "Line 1\nLine 2"),
    TodoItem(11, "Tidy CRM", None, "drop", "", ""),
]
NOW = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("tz_name", [None, "Europe/Madrid"])
def test_written_calendar_is_valid_and_reads_back(tz_name: str | None) -> None:
    data = write_calendar(BLOCKS, TODOS, now=NOW, tz_name=tz_name)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    calendar = Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == f"-//AE Desktop//AE Desktop {__version__}//EN"
    assert calendar["X-WR-CALNAME"] == "AE Desktop"
    for component in calendar.walk("VEVENT") + calendar.walk("VTODO"):
        assert component["UID"] and component["DTSTAMP"].dt == NOW
    assert (
        len(recurring_ical_events.of(calendar).between(date(2026, 10, 1), date(2026, 11, 1))) == 3
    )
    todo = calendar.walk("VTODO")[0]
    assert (todo["UID"], todo["PRIORITY"], todo["DUE"].dt) == (
        "task-10@ae-desktop",
        1,
        date(2026, 10, 27),
    )
    assert todo.categories == ["Do now", "Acme, S.L."]
    assert calendar.walk("VTODO")[1]["PRIORITY"] == 9
    if tz_name:
        assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Madrid"]
    got = read_calendar(data, start=date(2026, 10, 20), end=date(2026, 10, 31), to_local=to_madrid)
    assert [(r.uid, r.day, r.start, r.end, r.title) for r in got.result.records] == [
        (f"block-{b.id}@ae-desktop", b.day, b.start, b.end, b.title) for b in BLOCKS
    ]


def test_a_rule_for_a_day_that_never_exists_is_a_problem_not_a_wait() -> None:
    text = _rule_calendar("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "Leap")
    began = time.monotonic()
    got = read(text, date(2026, 10, 1), date(2026, 11, 1))
    assert time.monotonic() - began < 1
    assert [p.message for p in got.result.problems] == ["The event “Leap” could not be read."]


def test_occurrence_ids_do_not_depend_on_the_local_time_zone() -> None:
    def uids(zone: str) -> list[str]:
        got = read_calendar(
            OUTLOOK.encode(),
            start=date(2026, 10, 1),
            end=date(2026, 12, 1),
            to_local=lambda moment: moment.astimezone(ZoneInfo(zone)),
        )
        return sorted(r.uid for r in got.result.records if "/" in r.uid)

    madrid = uids("Europe/Madrid")
    assert madrid == uids("America/New_York") == uids("Asia/Tokyo")
    assert "040000008200E00074C5B7101A82E0080000000010D3/20261103T083000Z" in madrid
    floating = _rule_calendar("FREQ=DAILY;COUNT=2", "Local").replace("Z\r\n", "\r\n")
    assert [r.uid for r in read(floating, date(2026, 10, 1), date(2026, 10, 3)).result.records] == [
        "r/20261001T090000",
        "r/20261002T090000",
    ]


INVITATION = """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:meet-1
SUMMARY:Kick-off
DTSTART:20261020T080000Z
DTEND:20261020T090000Z
END:VEVENT
BEGIN:VEVENT
UID:series-1
SUMMARY:Weekly
DTSTART:20261019T080000Z
DTEND:20261019T083000Z
RRULE:FREQ=WEEKLY
END:VEVENT
BEGIN:VEVENT
UID:series-1
RECURRENCE-ID:20261026T080000Z
SUMMARY:Weekly
DTSTART:20261026T080000Z
DTEND:20261026T083000Z
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:broken-1
SUMMARY:Broken
DTSTART:2026-10-21 nonsense
END:VEVENT
BEGIN:VEVENT
SUMMARY:Broken without a UID
DTSTART:2026-10-22 nonsense
END:VEVENT
END:VCALENDAR
"""


def test_method_cancelled_and_unread_uids() -> None:
    got = read(INVITATION.format(method="request"), date(2026, 10, 19), date(2026, 11, 2))
    assert (got.method, got.name, got.named) == ("REQUEST", "", False)
    assert [r.uid for r in got.result.records] == ["meet-1", "series-1/20261019T080000Z"]
    assert got.cancelled_uids == ["series-1/20261026T080000Z"]
    assert got.unread_uids == ["broken-1"]
    assert len(got.result.problems) == 2

    cancel = read(INVITATION.format(method="CANCEL"), date(2026, 10, 19), date(2026, 11, 2))
    assert cancel.method == "CANCEL"
    assert cancel.result.records == []
    assert cancel.cancelled_uids == [
        "meet-1",
        "series-1",
        "series-1/20261026T080000Z",
        "broken-1",
    ]

    bare = read(INVITATION.replace("METHOD:{method}\n", ""), date(2026, 10, 19), date(2026, 11, 2))
    assert bare.method == ""


HOSTILE_RULES = [
    "FREQ=DAILY;BYSETPOS=5",
    "FREQ=DAILY;BYYEARDAY=200;BYMONTH=1",
    "FREQ=YEARLY;BYMONTHDAY=31;BYMONTH=2",
    "FREQ=DAILY;BYMONTHDAY=31;BYMONTH=2",
    "FREQ=YEARLY;BYWEEKNO=60",
    "FREQ=MONTHLY;BYSETPOS=40",
    "FREQ=WEEKLY;BYSETPOS=-8",
    "FREQ=HOURLY;BYSETPOS=2",
    "FREQ=DAILY;BYHOUR=9,10;BYSETPOS=3",
    "FREQ=YEARLY;BYYEARDAY=-1;BYMONTH=6",
]


def _many_rules(rule: str, count: int) -> str:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:r{n}\r\nSUMMARY:Never {n}\r\nDTSTART:20261001T090000Z\r\n"
        f"DTEND:20261001T091500Z\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
        for n in range(count)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{events}END:VCALENDAR\r\n"


@pytest.mark.parametrize("rule", HOSTILE_RULES)
def test_rules_that_never_match_are_problems_quickly(rule: str) -> None:
    text = _many_rules(rule, 20) + _rule_calendar("FREQ=DAILY", "Stand-up").split("PRODID:x\r\n")[1]
    text = text.replace("END:VCALENDAR\r\nBEGIN:VEVENT", "BEGIN:VEVENT", 1)
    began = time.monotonic()
    got = read(text, date(2026, 10, 1), date(2026, 11, 15))
    assert time.monotonic() - began < 2.5
    assert {r.title for r in got.result.records} == {"Stand-up"}  # the good event is read
    assert len(got.result.problems) == 20
    assert got.result.problems[0].message == "The event “Never 0” could not be read."
    assert got.unread_uids == [f"r{n}" for n in range(20)]


def test_a_rule_found_empty_only_by_searching_is_stopped_by_its_budget() -> None:
    text = _many_rules("FREQ=DAILY;BYWEEKNO=1;BYMONTH=6", 3)  # week 1 is never in June
    began = time.monotonic()
    got = read(text, date(2026, 10, 1), date(2026, 11, 15))
    assert time.monotonic() - began < 1.5
    assert [p.message for p in got.result.problems] == [
        f"The event “Never {n}” could not be read." for n in range(3)
    ]


def test_a_file_of_slow_rules_fails_within_the_file_budget() -> None:
    began = time.monotonic()
    try:
        got = read(
            _many_rules("FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6", 40),
            date(2026, 10, 1),
            date(2026, 11, 1),
        )
    except ImportFileError as error:
        assert "take too long" in str(error)
    else:
        assert got.result.records == []
    assert time.monotonic() - began < 3
