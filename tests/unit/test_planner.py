"""The day planner: worked examples and its invariants as properties (hypothesis)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import (
    ADMIN_PLANNED,
    FOCUS_PLANNED,
    NO_ROOM,
    NOT_SCHEDULED,
    ClientBudget,
    PlannerSettings,
    PlanTask,
    Proposal,
    Span,
    client_share,
    hhmm,
    parse_hhmm,
    plan,
)
from ae_desktop.domain.priority import Quadrant

Q1, Q2, Q3, Q4 = Quadrant.DO_NOW, Quadrant.SCHEDULE, Quadrant.DELEGATE, Quadrant.DROP
DAY = date(2026, 11, 18)


def t(task_id: int, quadrant: Quadrant, minutes: int = 30, **kw: object) -> PlanTask:
    return PlanTask(task_id, f"Task {task_id}", quadrant, minutes, **kw)  # type: ignore[arg-type]


def at(text: str) -> int:
    return parse_hhmm(text)


def test_hhmm_round_trip_and_bad_times() -> None:
    assert hhmm(545) == "09:05" and hhmm(1440) == "24:00"
    assert parse_hhmm("09:05") == 545 and parse_hhmm("24:00") == 1440
    for bad in ("9", "9:5", "25:00", "10:60", "24:01", "ab:cd", ""):
        with pytest.raises(ValueError):
            parse_hhmm(bad)


def test_a_typical_day() -> None:
    tasks = [
        t(1, Q1, 60, due_on=date(2026, 11, 19)),
        t(2, Q1, 30, due_on=date(2026, 11, 17), client_id=7),
        t(3, Q2, 45),
        t(4, Q2, 30),
        t(5, Q3, 15),
        t(6, Q3, 20),
        t(7, Q4, 30),
    ]
    fixed = [Span(at("10:00"), at("11:00"))]

    got = plan(tasks, fixed, PlannerSettings())

    rows = [(hhmm(b.start), hhmm(b.end), b.kind, b.task_ids) for b in got.blocks]
    assert rows == [
        ("09:00", "09:30", BlockKind.CLIENT_WORK, (2,)),  # overdue first
        ("11:10", "12:10", BlockKind.ADMIN, (1,)),  # 09:40-09:50 too short for 60 min
        ("13:40", "15:10", BlockKind.FOCUS, (3, 4)),  # after lunch: the morning is full
        ("17:25", "18:00", BlockKind.ADMIN, (5, 6)),  # Q3 batched, late in the day
    ]
    assert got.blocks[2].title == "Focus: 2 tasks"
    assert [(o.task_id, o.reason) for o in got.overflow] == [(7, NOT_SCHEDULED)]


def test_q1_by_due_date_then_deal_value() -> None:
    tasks = [
        t(1, Q1, 30, due_on=date(2026, 11, 20), deal_value_minor=10),
        t(2, Q1, 30, due_on=date(2026, 11, 20), deal_value_minor=900),
        t(3, Q1, 30, due_on=date(2026, 11, 19)),
        t(4, Q1, 30),
    ]

    got = plan(tasks, [], PlannerSettings(lunch=None, buffer_minutes=0))

    assert [b.task_ids[0] for b in got.blocks] == [3, 2, 1, 4]


def test_what_does_not_fit_is_in_the_overflow() -> None:
    tasks = [t(1, Q1, 400), t(2, Q1, 300), t(3, Q2, 120), t(4, Q3, 75)]  # 70 min left
    settings_ = PlannerSettings(workday=Span(at("09:00"), at("17:00")), lunch=None)

    got = plan(tasks, [], settings_)

    assert [b.task_ids for b in got.blocks] == [(1,)]
    assert sorted(o.task_id for o in got.overflow) == [2, 3, 4]
    assert {o.reason for o in got.overflow} == {NO_ROOM}


def test_the_focus_block_is_protected_even_when_schedule_tasks_are_small() -> None:
    got = plan([t(1, Q2, 15)], [], PlannerSettings())

    (block,) = got.blocks
    assert (hhmm(block.start), hhmm(block.end), block.quadrant) == ("09:00", "10:30", Q2)
    assert block.title == "Focus: Task 1"


def test_a_day_with_its_focus_and_admin_blocks_gets_no_second_one() -> None:
    tasks = [t(1, Q1, 30), t(2, Q2, 45), t(3, Q2, 30), t(4, Q3, 15), t(5, Q4)]

    got = plan(tasks, [], PlannerSettings(), focus_planned=True, admin_planned=True)

    assert [(b.kind, b.task_ids) for b in got.blocks] == [(BlockKind.ADMIN, (1,))]  # Do now
    assert [(o.task_id, o.reason) for o in got.overflow] == [
        (5, NOT_SCHEDULED),
        (2, FOCUS_PLANNED),
        (3, FOCUS_PLANNED),
        (4, ADMIN_PLANNED),
    ]
    only_focus = plan(tasks, [], PlannerSettings(), focus_planned=True)
    assert [b.quadrant for b in only_focus.blocks] == [Q1, Q3]
    only_admin = plan(tasks, [], PlannerSettings(), admin_planned=True)
    assert [b.quadrant for b in only_admin.blocks] == [Q1, Q2]


def test_nothing_is_proposed_before_not_before() -> None:
    fixed = [Span(at("10:00"), at("11:00"))]
    afternoon = PlannerSettings(not_before=at("15:00"))

    got = plan(typical_tasks(), fixed, afternoon)

    rows = [(hhmm(b.start), hhmm(b.end), b.task_ids) for b in got.blocks]
    assert rows == [
        ("15:00", "15:30", (2,)),
        ("15:40", "16:40", (1,)),
        ("17:25", "18:00", (5, 6)),  # no 90 minutes left for the focus block
    ]
    assert [(o.task_id, o.reason) for o in got.overflow] == [
        (7, NOT_SCHEDULED),
        (3, NO_ROOM),
        (4, NO_ROOM),
    ]
    late = plan(typical_tasks(), fixed, PlannerSettings(not_before=at("18:00")))
    assert late.blocks == () and len(late.overflow) == 7
    assert plan(typical_tasks(), fixed, PlannerSettings(not_before=at("08:00"))) == plan(
        typical_tasks(), fixed, PlannerSettings()
    )


# --- weekly client time -------------------------------------------------------------------


def typical_tasks() -> list[PlanTask]:
    return [
        t(1, Q1, 60, due_on=date(2026, 11, 19)),
        t(2, Q1, 30, due_on=date(2026, 11, 17), client_id=7),
        t(3, Q2, 45),
        t(4, Q2, 30),
        t(5, Q3, 15),
        t(6, Q3, 20),
        t(7, Q4, 30),
    ]


def test_a_weekly_budget_gets_a_client_block_after_the_focus_block_before_admin() -> None:
    fixed = [Span(at("10:00"), at("11:00"))]
    budget = ClientBudget(9, "Acme", remaining_minutes=120, days_left=3)  # 40 -> 45 min

    got = plan(typical_tasks(), fixed, PlannerSettings(), [budget])

    rows = [(hhmm(b.start), hhmm(b.end), b.kind, b.task_ids, b.client_id) for b in got.blocks]
    assert rows == [
        ("09:00", "09:30", BlockKind.CLIENT_WORK, (2,), 7),
        ("11:10", "12:10", BlockKind.ADMIN, (1,), None),
        ("13:40", "15:10", BlockKind.FOCUS, (3, 4), None),
        ("15:20", "16:05", BlockKind.CLIENT_WORK, (), 9),  # the first room after focus
        ("17:25", "18:00", BlockKind.ADMIN, (5, 6), None),  # admin is where it was
    ]
    assert got.blocks[3].title == "Client work: Acme"
    assert got.unplaced_client_time == ()
    without = plan(typical_tasks(), fixed, PlannerSettings())
    assert [b for b in got.blocks if b.client_id != 9] == list(without.blocks)
    assert got.overflow == without.overflow


@pytest.mark.parametrize(
    ("remaining", "days_left", "share"),
    [
        (120, 3, 45),  # 40 min rounds to 45
        (120, 5, 30),  # 24 rounds to 30
        (45, 2, 30),  # 22.5: a half rounds up
        (100, 4, 30),  # 25 rounds to 30
        (60, 7, 15),  # 8.6 min: at least a quarter hour
        (10, 4, 10),  # but never more than is left
        (120, 1, 120),  # the last day takes all that is left
        (100, 0, 100),  # no day left but today: all of it
        (0, 3, 0),
        (-15, 3, 0),  # more than the budget already planned
    ],
)
def test_the_share_of_the_day(remaining: int, days_left: int, share: int) -> None:
    assert client_share(ClientBudget(1, "A", remaining, days_left)) == share


def test_client_time_that_does_not_fit_is_reported_never_dropped() -> None:
    cfg = PlannerSettings(workday=Span(at("09:00"), at("10:30")), lunch=None, buffer_minutes=0)
    budgets = [
        ClientBudget(1, "Acme", remaining_minutes=60, days_left=1),  # 60 min, 45 fit
        ClientBudget(2, "Beta", remaining_minutes=30, days_left=1),  # nothing left
        ClientBudget(3, "Gamma", remaining_minutes=0, days_left=1),  # done this week
    ]

    got = plan([t(1, Q1, 45)], [], cfg, budgets)

    rows = [(hhmm(b.start), hhmm(b.end), b.client_id) for b in got.blocks]
    assert rows == [("09:00", "09:45", None), ("09:45", "10:30", 1)]
    assert [(u.client_id, u.name, u.minutes, u.reason) for u in got.unplaced_client_time] == [
        (1, "Acme", 15, NO_ROOM),
        (2, "Beta", 30, NO_ROOM),
    ]


def test_the_most_pressing_budget_is_placed_first() -> None:
    cfg = PlannerSettings(workday=Span(at("09:00"), at("10:00")), lunch=None, buffer_minutes=0)
    budgets = [
        ClientBudget(1, "Later", remaining_minutes=60, days_left=1),
        ClientBudget(2, "Sooner", remaining_minutes=60, days_left=1),
        ClientBudget(3, "Relaxed", remaining_minutes=300, days_left=5),
    ]

    got = plan([], [], cfg, budgets)

    assert [b.client_id for b in got.blocks] == [1]  # same days and minutes: by id
    assert [(u.client_id, u.minutes) for u in got.unplaced_client_time] == [(2, 60), (3, 60)]


# --- properties ---------------------------------------------------------------------------


@st.composite
def days(draw: st.DrawFn) -> tuple[list[PlanTask], list[Span], PlannerSettings]:
    start = draw(st.integers(0, 20)) * 30
    end = draw(st.integers(start // 30, 48)) * 30
    lunch = None
    if draw(st.booleans()):
        lunch_start = draw(st.integers(0, 1400))
        lunch = Span(lunch_start, lunch_start + draw(st.integers(0, 120)))
    cfg = PlannerSettings(
        workday=Span(start, end),
        lunch=lunch,
        buffer_minutes=draw(st.integers(0, 30)),
        focus_minutes=draw(st.integers(15, 180)),
        grid_minutes=draw(st.sampled_from([1, 5, 15])),
        not_before=draw(st.none() | st.integers(0, 1440)),
    )
    fixed = []
    for _ in range(draw(st.integers(0, 6))):
        begin = draw(st.integers(0, 1430))
        fixed.append(Span(begin, min(1440, begin + draw(st.integers(0, 180)))))
    ids = draw(st.lists(st.integers(1, 10_000), unique=True, max_size=25))
    tasks = [
        PlanTask(
            task_id,
            f"T{task_id}",
            draw(st.sampled_from(Quadrant)),
            draw(st.integers(-5, 300)),
            draw(st.none() | st.dates(date(2026, 11, 1), date(2026, 12, 31))),
            draw(st.integers(0, 10**8)),
            draw(st.none() | st.integers(1, 5)),
        )
        for task_id in ids
    ]
    return tasks, fixed, cfg


def _gap(a: Span, b: Span) -> int:
    """Minutes between two spans; negative when they overlap."""
    return max(a.start, b.start) - min(a.end, b.end)


def check_invariants(
    tasks: list[PlanTask],
    fixed: list[Span],
    cfg: PlannerSettings,
    got: Proposal,
    budgets: list[ClientBudget] | None = None,
    *,
    focus_planned: bool = False,
    admin_planned: bool = False,
) -> None:
    spans = [Span(b.start, b.end) for b in got.blocks]
    others = [s for s in fixed if s.end > s.start]
    if cfg.lunch is not None and cfg.lunch.end > cfg.lunch.start:
        others.append(cfg.lunch)
    for index, span in enumerate(spans):
        assert cfg.workday.start <= span.start < span.end <= cfg.workday.end
        assert span.start % cfg.grid_minutes == 0
        assert span.start >= (cfg.not_before or 0)
        for other in spans[index + 1 :] + others:
            assert _gap(span, other) >= cfg.buffer_minutes, (span, other)
    scheduled = [i for b in got.blocks for i in b.task_ids]
    spilled = [o.task_id for o in got.overflow]
    assert sorted(scheduled + spilled) == sorted(task.id for task in tasks)
    quadrant = {task.id: task.quadrant for task in tasks}
    assert all(quadrant[i] != Q4 for i in scheduled)
    estimate = {task.id: task.estimate_minutes for task in tasks}
    for block in got.blocks:
        assert all(quadrant[i] == block.quadrant for i in block.task_ids)
        assert sum(estimate[i] for i in block.task_ids) <= block.end - block.start
    assert sum(b.kind == BlockKind.FOCUS for b in got.blocks) <= 1
    assert sum(b.quadrant == Q3 for b in got.blocks) <= 1
    if focus_planned:
        assert not any(b.kind == BlockKind.FOCUS for b in got.blocks)
    if admin_planned:
        assert not any(b.quadrant == Q3 for b in got.blocks)
    reasons = {o.task_id: o.reason for o in got.overflow}
    for task in tasks:
        if task.quadrant == Q2 and task.estimate_minutes > 0:
            assert (reasons.get(task.id) == FOCUS_PLANNED) == focus_planned
        if task.quadrant == Q3 and task.estimate_minutes > 0:
            assert (reasons.get(task.id) == ADMIN_PLANNED) == admin_planned
    check_budgets(budgets or [], got)


def check_budgets(budgets: list[ClientBudget], got: Proposal) -> None:
    """Each budget's share of the day is placed in one client block or reported, never lost."""
    by_client = {b.client_id: b for b in budgets}
    budget_blocks = [b for b in got.blocks if not b.task_ids]
    placed = {b.client_id: b.end - b.start for b in budget_blocks}
    assert len(placed) == len(budget_blocks)  # one block per client at most
    unplaced = {u.client_id: u.minutes for u in got.unplaced_client_time}
    assert len(unplaced) == len(got.unplaced_client_time)
    assert set(placed) | set(unplaced) <= set(by_client)
    for block in budget_blocks:
        assert block.kind == BlockKind.CLIENT_WORK and block.client_id in by_client
    for client_id, budget in by_client.items():
        share = client_share(budget)
        if budget.remaining_minutes <= 0:
            assert share == 0
        else:
            assert min(15, budget.remaining_minutes) <= share <= budget.remaining_minutes
            assert share % 15 == 0 or share == budget.remaining_minutes
            exact = budget.remaining_minutes / max(1, budget.days_left)
            assert share == budget.remaining_minutes or share == 15 or abs(share - exact) <= 7.5
        assert placed.get(client_id, 0) + unplaced.get(client_id, 0) == share
        assert unplaced.get(client_id, 1) > 0
        if client_id in placed and client_id in unplaced:
            assert placed[client_id] % 15 == 0  # a part of the share, in quarter hours


@st.composite
def budget_lists(draw: st.DrawFn) -> list[ClientBudget]:
    ids = draw(st.lists(st.integers(1, 50), unique=True, max_size=6))
    return [
        ClientBudget(
            client_id,
            f"C{client_id}",
            draw(st.integers(-30, 600)),
            draw(st.integers(0, 7)),
        )
        for client_id in ids
    ]


@settings(max_examples=300)
@given(days(), budget_lists())
def test_the_plan_with_budgets_keeps_every_invariant(
    day: tuple[list[PlanTask], list[Span], PlannerSettings], budgets: list[ClientBudget]
) -> None:
    tasks, fixed, cfg = day

    got = plan(tasks, fixed, cfg, budgets)

    check_invariants(tasks, fixed, cfg, got, budgets)
    # Do now and focus come first: budgets never take their room.
    without = plan(tasks, fixed, cfg)
    first = {Q1, Q2}
    assert [b for b in got.blocks if b.task_ids and b.quadrant in first] == [
        b for b in without.blocks if b.quadrant in first
    ]


@given(days(), budget_lists(), st.randoms())
def test_budgets_same_input_same_output_whatever_the_order(
    day: tuple[list[PlanTask], list[Span], PlannerSettings],
    budgets: list[ClientBudget],
    rng: object,
) -> None:
    tasks, fixed, cfg = day
    shuffled, reordered = list(tasks), list(budgets)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    rng.shuffle(reordered)  # type: ignore[attr-defined]

    assert plan(tasks, fixed, cfg, budgets) == plan(shuffled, list(reversed(fixed)), cfg, reordered)


@settings(max_examples=300)
@given(days())
def test_the_plan_keeps_every_invariant(
    day: tuple[list[PlanTask], list[Span], PlannerSettings],
) -> None:
    tasks, fixed, cfg = day

    got = plan(tasks, fixed, cfg)

    check_invariants(tasks, fixed, cfg, got)


@given(days(), st.randoms())
def test_same_input_same_output_whatever_the_order(
    day: tuple[list[PlanTask], list[Span], PlannerSettings], rng: object
) -> None:
    tasks, fixed, cfg = day
    shuffled = list(tasks)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]

    assert plan(tasks, fixed, cfg) == plan(shuffled, list(reversed(fixed)), cfg)


@settings(max_examples=300)
@given(days(), budget_lists(), st.booleans(), st.booleans(), st.randoms())
def test_a_day_with_its_batches_planned_keeps_every_invariant(
    day: tuple[list[PlanTask], list[Span], PlannerSettings],
    budgets: list[ClientBudget],
    focus_planned: bool,
    admin_planned: bool,
    rng: object,
) -> None:
    tasks, fixed, cfg = day
    flags = {"focus_planned": focus_planned, "admin_planned": admin_planned}

    got = plan(tasks, fixed, cfg, budgets, **flags)

    check_invariants(tasks, fixed, cfg, got, budgets, **flags)
    shuffled = list(tasks)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert got == plan(shuffled, list(reversed(fixed)), cfg, list(reversed(budgets)), **flags)
