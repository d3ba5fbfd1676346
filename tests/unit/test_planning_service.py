"""Plan my day on the stored day: settings, existing blocks kept, apply in one go."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import BlockKind, Flag
from ae_desktop.domain.planner import (
    ADMIN_PLANNED,
    FOCUS_PLANNED,
    NO_ROOM,
    NOT_SCHEDULED,
    ClientBudget,
    Span,
    hhmm,
    parse_hhmm,
)
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services.clients import ClientInput, create_client, set_archived
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.planning import (
    apply_plan,
    client_budgets,
    minute_on_grid,
    plan_day,
    planner_settings,
    working_days_left,
)
from ae_desktop.services.settings import set_setting
from ae_desktop.services.tasks import TaskInput, delegate, quick_add_task
from ae_desktop.services.time_blocks import BlockInput, add_block, blocks_on, get_block

TODAY = date(2026, 11, 18)


def _task(title: str, urgent: bool, important: bool, minutes: int = 30) -> int:
    flags = (Flag.YES if urgent else Flag.NO, Flag.YES if important else Flag.NO)
    data = TaskInput(title, TODAY, minutes, urgency=flags[0], importance=flags[1])
    return quick_add_task(data, today=TODAY)


def test_settings_have_defaults_and_bad_values_fall_back(db: SqliteDatabase) -> None:
    assert planner_settings().workday == Span(540, 1080)
    set_setting("workday_start", "08:00")
    set_setting("lunch_start", "nonsense")
    set_setting("buffer_minutes", -4)

    got = planner_settings()

    assert got.workday == Span(480, 1080)
    assert got.lunch == Span(750, 810)
    assert got.buffer_minutes == 10


def test_plan_around_the_meeting_then_apply(db: SqliteDatabase) -> None:
    q1 = _task("Send quote", True, True, 60)
    q2 = _task("Account plan", False, True, 60)
    q3 = _task("Expenses", True, False, 20)
    q4 = _task("Tidy inbox", False, False)
    waiting = _task("Brochures", True, True)
    delegate(waiting, "Maria")
    meeting = add_block(BlockInput(TODAY, 540, 600, "Weekly sync", BlockKind.MEETING, fixed=True))

    got = plan_day(TODAY, today=TODAY)

    assert [b.id for b in got.existing] == [meeting]
    rows = [(hhmm(b.start), hhmm(b.end), b.task_ids, b.quadrant) for b in got.blocks]
    assert rows == [
        ("10:10", "11:10", (q1,), Quadrant.DO_NOW),
        ("13:40", "15:10", (q2,), Quadrant.SCHEDULE),  # 11:20-12:20 is too short for 90
        ("17:40", "18:00", (q3,), Quadrant.DELEGATE),
    ]
    assert [(o.task_id, o.reason) for o in got.overflow] == [(q4, NOT_SCHEDULED)]
    assert blocks_on(TODAY)[0].id == meeting and len(blocks_on(TODAY)) == 1  # nothing written

    ids = apply_plan(got)

    stored = blocks_on(TODAY)
    assert [b.id for b in stored[1:]] == ids
    assert [b.task_id for b in stored[1:]] == [q1, q2, q3]
    assert stored[2].kind == BlockKind.FOCUS
    again = plan_day(TODAY, today=TODAY)
    assert again.blocks == ()  # every task has its block today
    with pytest.raises(ValidationError):
        apply_plan(got)  # the same blocks again would overlap
    assert len(blocks_on(TODAY)) == 4


def test_another_day_plans_the_same_open_tasks(db: SqliteDatabase) -> None:
    task = _task("Send quote", True, True)

    got = plan_day(TODAY + timedelta(days=1), today=TODAY)

    assert got.blocks[0].task_ids == (task,)


def test_planning_the_day_again_proposes_no_second_focus_or_admin_block(
    db: SqliteDatabase,
) -> None:
    focus = [_task("Account plan", False, True, 30), _task("Pipeline review", False, True, 20)]
    admin = [_task("Expenses", True, False, 15), _task("Invoices", True, False, 10)]

    first = plan_day(TODAY, today=TODAY)

    assert [(b.kind, b.task_ids) for b in first.blocks] == [
        (BlockKind.FOCUS, tuple(focus)),
        (BlockKind.ADMIN, tuple(admin)),
    ]
    apply_plan(first)
    assert [b.task_id for b in blocks_on(TODAY)] == [None, None]  # batches link no one task
    later = _task("Board deck", False, True, 30)
    chores = _task("Filing", True, False, 10)

    again = plan_day(TODAY, today=TODAY)

    assert again.blocks == ()
    assert sorted((o.task_id, o.reason) for o in again.overflow) == sorted(
        [(i, FOCUS_PLANNED) for i in [*focus, later]]
        + [(i, ADMIN_PLANNED) for i in [*admin, chores]]
    )
    assert len(plan_day(TODAY + timedelta(days=1), today=TODAY).blocks) == 2  # another day


def test_a_do_now_block_is_not_the_days_admin_block(db: SqliteDatabase) -> None:
    q1 = _task("Send quote", True, True, 30)
    apply_plan(plan_day(TODAY, today=TODAY))
    assert [(b.kind, b.task_id) for b in blocks_on(TODAY)] == [(BlockKind.ADMIN, q1)]
    q3 = _task("Expenses", True, False, 15)
    q3_single = plan_day(TODAY, today=TODAY)
    assert [b.task_ids for b in q3_single.blocks] == [(q3,)]
    apply_plan(q3_single)  # an admin batch of one is linked to its task
    more = _task("Invoices", True, False, 10)

    got = plan_day(TODAY, today=TODAY)

    assert got.blocks == ()
    assert [(o.task_id, o.reason) for o in got.overflow] == [(more, ADMIN_PLANNED)]


@pytest.mark.parametrize(
    ("now", "minute"),
    [
        (datetime(2026, 11, 18, 15, 0), 900),
        (datetime(2026, 11, 18, 15, 0, 1), 905),
        (datetime(2026, 11, 18, 15, 2), 905),
        (datetime(2026, 11, 18, 15, 5, 0, 1), 910),
        (datetime(2026, 11, 18, 23, 58), 1440),
    ],
)
def test_now_rounded_up_to_the_grid(now: datetime, minute: int) -> None:
    assert minute_on_grid(now, 5) == minute


def test_planning_today_proposes_nothing_before_now(db: SqliteDatabase) -> None:
    q1 = _task("Send quote", True, True, 60)
    q3 = _task("Expenses", True, False, 20)
    afternoon = datetime(2026, 11, 18, 15, 2)

    got = plan_day(TODAY, today=TODAY, now=afternoon)

    assert got.settings.not_before == parse_hhmm("15:05")
    rows = [(hhmm(b.start), hhmm(b.end), b.task_ids) for b in got.blocks]
    assert rows == [("15:05", "16:05", (q1,)), ("17:40", "18:00", (q3,))]
    evening = plan_day(TODAY, today=TODAY, now=datetime(2026, 11, 18, 17, 50))
    assert evening.blocks == ()
    assert {(o.task_id, o.reason) for o in evening.overflow} == {(q1, NO_ROOM), (q3, NO_ROOM)}
    # Another day, or no time given: the whole workday.
    tomorrow = plan_day(TODAY + timedelta(days=1), today=TODAY, now=afternoon)
    assert tomorrow.settings.not_before is None
    assert hhmm(tomorrow.blocks[0].start) == "09:00"
    assert hhmm(plan_day(TODAY, today=TODAY).blocks[0].start) == "09:00"


# --- weekly client time ---------------------------------------------------------------------

MONDAY = TODAY - timedelta(days=2)


def _client(name: str, weekly_minutes: int, archived: bool = False) -> int:
    client_id = create_client(ClientInput(name=name, weekly_minutes=weekly_minutes))
    if archived:
        set_archived(client_id, True)
    return client_id


def _client_block(day: date, start: str, end: str, client_id: int, **kw: object) -> int:
    kind = kw.pop("kind", BlockKind.CLIENT_WORK)
    data = BlockInput(day, parse_hhmm(start), parse_hhmm(end), "Work", kind, client_id=client_id)
    return add_block(data)


@pytest.mark.parametrize(
    ("offset", "left"), [(-2, 5), (-1, 4), (0, 3), (1, 2), (2, 1), (3, 1), (4, 1)]
)
def test_working_days_left_in_the_week(offset: int, left: int) -> None:
    assert working_days_left(TODAY + timedelta(days=offset)) == left


def test_a_weekly_budget_less_what_is_planned_this_week_is_spread_over_the_days_left(
    db: SqliteDatabase,
) -> None:
    acme = _client("Acme", 120)
    other = _client("Beta", 0)
    _client("Gone", 120, archived=True)
    _client_block(MONDAY, "09:00", "09:30", acme)  # counts: this week
    _client_block(MONDAY, "10:00", "11:00", other)  # another client's
    _client_block(MONDAY - timedelta(days=1), "09:00", "11:00", acme)  # last week's Sunday
    _client_block(MONDAY, "14:00", "15:00", acme, kind=BlockKind.MEETING)  # not client work

    assert client_budgets(TODAY) == [ClientBudget(acme, "Acme", 90, 3)]
    got = plan_day(TODAY, today=TODAY)

    rows = [(hhmm(b.start), hhmm(b.end), b.kind, b.client_id, b.task_ids) for b in got.blocks]
    assert rows == [("09:00", "09:30", BlockKind.CLIENT_WORK, acme, ())]  # 90 / 3 days
    assert got.blocks[0].title == "Client work: Acme"
    assert got.unplaced_client_time == ()

    [block_id] = apply_plan(got)

    stored = get_block(block_id)
    assert (stored.kind, stored.client_id, stored.task_id, stored.label) == (
        BlockKind.CLIENT_WORK,
        acme,
        None,
        "09:00–09:30",
    )
    assert plan_day(TODAY, today=TODAY).blocks == ()  # today has its client time already
    tomorrow = plan_day(TODAY + timedelta(days=1), today=TODAY)
    assert [(b.client_id, b.end - b.start) for b in tomorrow.blocks] == [(acme, 30)]  # 60 / 2


def test_a_spent_budget_plans_nothing_and_what_does_not_fit_is_reported(
    db: SqliteDatabase,
) -> None:
    done = _client("Done", 60)
    _client_block(MONDAY, "09:00", "10:30", done)  # more than the budget already
    busy = _client("Busy", 180)
    add_block(BlockInput(TODAY, 540, 1080, "Offsite", BlockKind.MEETING, fixed=True))

    got = plan_day(TODAY, today=TODAY)

    assert got.blocks == ()
    assert [(u.client_id, u.name, u.minutes) for u in got.unplaced_client_time] == [
        (busy, "Busy", 60)
    ]
    assert client_budgets(TODAY)[0] == ClientBudget(done, "Done", -30, 3)
