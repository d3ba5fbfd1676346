"""Reporting weeks: ISO labels, the user's week start, year boundaries, the default week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ae_desktop.domain.periods import Week, default_report_week, parse_week, week_of
from ae_desktop.services.settings import set_setting, week_start

MONDAY, SUNDAY = 0, 6


def test_a_week_runs_monday_to_sunday_by_default():
    week = parse_week("2026-W48")
    assert (week.year, week.number, week.week_start) == (2026, 48, MONDAY)
    assert week.label == "2026-W48"
    assert (week.start, week.end) == (date(2026, 11, 23), date(2026, 11, 30))
    assert week.days == [date(2026, 11, 23) + timedelta(days=n) for n in range(7)]
    assert week.contains(date(2026, 11, 29)) and not week.contains(date(2026, 11, 30))
    assert not week.contains(date(2026, 11, 22))


@pytest.mark.parametrize("text", ["2026-w48", " 2026-W48 ", "2026-W48\n"])
def test_parse_week_accepts_lower_case_and_surrounding_space(text):
    assert parse_week(text) == Week(2026, 48)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026-48", "give YYYY-Www"),
        ("2026-W5", "give YYYY-Www"),
        ("26-W48", "give YYYY-Www"),
        ("2026W48", "give YYYY-Www"),
        ("", "give YYYY-Www"),
        ("2026-W00", "2026 has no week 0"),
        ("2025-W53", "2025 has no week 53"),
        ("2026-W54", "2026 has no week 54"),
        ("9999-W52", "the year must be 1900 to 9998"),  # its next week would not exist
        ("0001-W01", "the year must be 1900 to 9998"),
    ],
)
def test_parse_week_refuses_what_is_not_a_week(text, says):
    with pytest.raises(ValueError, match=says):
        parse_week(text)


def test_iso_week_53_and_the_turn_of_the_year():
    # 2026 starts on a Thursday: it has 53 ISO weeks, the last ending on 3 January 2027.
    w53 = parse_week("2026-W53")
    assert (w53.start, w53.end) == (date(2026, 12, 28), date(2027, 1, 4))
    assert week_of(date(2027, 1, 1)) == w53
    assert week_of(date(2027, 1, 3)) == w53
    assert week_of(date(2027, 1, 4)) == Week(2027, 1)
    assert w53.shifted(1) == Week(2027, 1)
    assert Week(2027, 1).shifted(-1) == w53
    # ...and 29 December 2025 is already in 2026's week 1.
    assert week_of(date(2025, 12, 29)) == Week(2026, 1)
    assert Week(2026, 1).start == date(2025, 12, 29)
    assert Week(2026, 1).shifted(-1) == Week(2025, 52)


def test_a_sunday_week_starts_the_sunday_before_the_iso_monday():
    week = Week(2026, 48, SUNDAY)
    assert week.label == "2026-W48"
    assert (week.start, week.end) == (date(2026, 11, 22), date(2026, 11, 29))
    assert [d.weekday() for d in week.days] == [6, 0, 1, 2, 3, 4, 5]
    assert week_of(date(2026, 11, 22), SUNDAY) == week  # the Sunday opens it
    assert week_of(date(2026, 11, 28), SUNDAY) == week  # the Saturday closes it
    assert week_of(date(2026, 11, 29), SUNDAY) == Week(2026, 49, SUNDAY)
    assert parse_week("2026-W48", SUNDAY) == week
    assert week.shifted(1).start == date(2026, 11, 29)


def test_a_sunday_week_across_the_new_year():
    # Sunday 3 January 2027 opens the week whose ISO Monday is 4 January: 2027-W01.
    assert week_of(date(2027, 1, 3), SUNDAY) == Week(2027, 1, SUNDAY)
    assert week_of(date(2027, 1, 2), SUNDAY) == Week(2026, 53, SUNDAY)
    assert Week(2026, 53, SUNDAY).start == date(2026, 12, 27)


def test_the_default_week_is_this_one_or_on_its_first_day_the_last():
    assert default_report_week(date(2026, 11, 27)) == Week(2026, 48)  # Friday
    assert default_report_week(date(2026, 11, 29)) == Week(2026, 48)  # Sunday
    assert default_report_week(date(2026, 11, 23)) == Week(2026, 47)  # Monday: last week's
    assert default_report_week(date(2026, 11, 24)) == Week(2026, 48)
    assert default_report_week(date(2027, 1, 4)) == Week(2026, 53)
    # With Sunday weeks, Sunday is the first day and Monday an ordinary one.
    assert default_report_week(date(2026, 11, 22), SUNDAY) == Week(2026, 47, SUNDAY)
    assert default_report_week(date(2026, 11, 23), SUNDAY) == Week(2026, 48, SUNDAY)


days = st.dates(min_value=date(1900, 1, 8), max_value=date(9990, 12, 31))  # room to shift
starts = st.integers(min_value=0, max_value=6)


@given(days, starts)
def test_every_day_is_in_its_week_which_starts_on_the_chosen_day(day, start):
    week = week_of(day, start)
    assert week.contains(day)
    assert week.start.weekday() == start
    assert week.end - week.start == timedelta(days=7)
    assert parse_week(week.label, start) == week


@given(days, starts, st.integers(min_value=-120, max_value=120))
def test_shifting_moves_by_whole_weeks(day, start, steps):
    week = week_of(day, start)
    assert week.shifted(steps).start == week.start + timedelta(days=7 * steps)
    assert week.shifted(steps).shifted(-steps) == week


def test_week_start_setting(db):
    assert week_start() == MONDAY
    set_setting("week_start", SUNDAY)
    assert week_start() == SUNDAY
    for bad in (7, -1, "6", True, None):
        set_setting("week_start", bad)
        assert week_start() == MONDAY
