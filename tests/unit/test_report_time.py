"""The report's time section: the quadrant of a block, the top clients, planned vs done."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.periods import parse_week
from ae_desktop.domain.planner import hhmm
from ae_desktop.domain.priority import Quadrant, block_quadrant
from ae_desktop.report.build import build_report
from ae_desktop.report.model import TimeLine
from ae_desktop.services.settings import set_setting
from ae_desktop.store.models import Client, Deal, Stage, Task, TimeBlock

WEEK = parse_week("2026-W48")
MONDAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 27, 18, 0)


@pytest.mark.parametrize(
    ("kind", "quadrant"),
    [
        (BlockKind.FOCUS, Quadrant.SCHEDULE),
        (BlockKind.CLIENT_WORK, Quadrant.SCHEDULE),
        (BlockKind.PROSPECTING, Quadrant.SCHEDULE),
        (BlockKind.MEETING, Quadrant.DO_NOW),
        (BlockKind.CALLS, Quadrant.DO_NOW),
        (BlockKind.ADMIN, Quadrant.DELEGATE),
        (BlockKind.BREAK, None),
    ],
)
def test_a_block_without_a_task_counts_by_its_kind(kind, quadrant):
    assert block_quadrant(kind) == quadrant


@pytest.mark.parametrize("kind", list(BlockKind))
@pytest.mark.parametrize("task_quadrant", list(Quadrant))
def test_a_block_with_a_task_counts_in_the_tasks_quadrant(kind, task_quadrant):
    assert block_quadrant(kind, task_quadrant) == task_quadrant


def _block(day=MONDAY, start="09:00", end="10:00", kind="focus", **fields):
    return TimeBlock.insert(
        date=day, start=start, end=end, title="Block", kind=kind, **fields
    ).execute()


def test_the_ten_clients_with_most_time_and_the_rest_summed(db):
    for n in range(12):
        client = Client.insert(name=f"Client {n:02d}", tier="standard").execute()
        # Client 00 gets 12 x 5 minutes, client 11 gets 5: most first.
        _block(start="08:00", end=hhmm(8 * 60 + (12 - n) * 5), kind="client_work", client=client)
    time = build_report(WEEK, now=NOW).time
    assert [name for name, _ in time.by_client] == [f"Client {n:02d}" for n in range(10)]
    assert time.by_client[0][1] == TimeLine(60, 0)
    assert time.other_clients == TimeLine(10 + 5, 0)
    assert time.total.planned_minutes == sum((12 - n) * 5 for n in range(12))


def test_clients_of_the_same_name_are_kept_apart_and_ties_go_by_name(db):
    first = Client.insert(name="Same", tier="standard").execute()
    second = Client.insert(name="Same", tier="standard").execute()
    other = Client.insert(name="alpha", tier="standard").execute()
    for client in (first, second, other):
        _block(kind="client_work", client=client)
    names = [name for name, _ in build_report(WEEK, now=NOW).time.by_client]
    assert names == ["alpha", "Same", "Same"]


def test_done_is_the_whole_block_when_marked_done_else_the_timer(db):
    _block(start="09:00", end="10:30", done=True, spent_minutes=20)
    _block(start="11:00", end="12:00", done=False, spent_minutes=35)
    _block(start="13:00", end="14:00", done=False)
    time = build_report(WEEK, now=NOW).time
    assert time.total == TimeLine(90 + 60 + 60, 90 + 35 + 0)
    assert time.by_kind == ((BlockKind.FOCUS, TimeLine(210, 125)),)


def test_breaks_are_left_out_even_with_a_task(db):
    task = Task.insert(title="Lunch with Acme", due_on=MONDAY).execute()
    _block(kind="break", task=task)
    time = build_report(WEEK, now=NOW).time
    assert time.is_empty
    assert time.schedule_share_pct is None


def test_the_blocks_own_client_wins_over_its_tasks(db):
    mine = Client.insert(name="Block's", tier="standard").execute()
    theirs = Client.insert(name="Task's", tier="standard").execute()
    task = Task.insert(title="Work", client=theirs, due_on=MONDAY).execute()
    _block(kind="client_work", client=mine, task=task)
    assert [name for name, _ in build_report(WEEK, now=NOW).time.by_client] == ["Block's"]


def test_a_late_stage_deal_makes_the_task_important(db):
    client = Client.insert(name="Acme", tier="standard").execute()
    proposal = Stage.get(Stage.name == "Proposal").id
    deal = Deal.insert(
        client=client, title="Big", value_minor=1_000_00, stage=proposal, created_on=MONDAY
    ).execute()
    # Admin alone is Delegate; the task, due that day on a Proposal deal, is Do now.
    task = Task.insert(title="Send it", client=client, deal=deal, due_on=MONDAY).execute()
    _block(kind="admin", task=task)
    quadrants = dict(build_report(WEEK, now=NOW).time.by_quadrant)
    assert quadrants[Quadrant.DO_NOW] == TimeLine(60, 0)
    assert quadrants[Quadrant.DELEGATE] == TimeLine(0, 0)


def test_the_users_urgency_threshold_applies(db):
    task = Task.insert(title="Paperwork", due_on=date(2026, 11, 27)).execute()  # 4 days on
    _block(kind="focus", task=task)
    quadrants = dict(build_report(WEEK, now=NOW).time.by_quadrant)
    assert quadrants[Quadrant.DROP] == TimeLine(60, 0)  # not urgent within 2 days
    set_setting("urgent_within_days", 5)
    quadrants = dict(build_report(WEEK, now=NOW).time.by_quadrant)
    assert quadrants[Quadrant.DELEGATE] == TimeLine(60, 0)


def test_schedule_share_is_q2_planned_over_all_planned(db):
    _block(start="09:00", end="10:00", kind="focus")  # Q2
    _block(start="10:00", end="12:00", kind="meeting")  # Q1
    _block(start="14:00", end="14:20", kind="admin")  # Q3
    time = build_report(WEEK, now=NOW).time
    assert time.schedule_share_pct == pytest.approx(100 * 60 / 200, abs=0.05)
    assert str(time.schedule_share_pct) == "30.0"
