"""Plan my day on the stored day: settings, existing blocks kept, apply in one go."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import BlockKind, Flag
from ae_desktop.domain.planner import NOT_SCHEDULED, Span, hhmm
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.planning import apply_plan, plan_day, planner_settings
from ae_desktop.services.settings import set_setting
from ae_desktop.services.tasks import TaskInput, delegate, quick_add_task
from ae_desktop.services.time_blocks import BlockInput, add_block, blocks_on

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
