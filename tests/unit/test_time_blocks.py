"""Time blocks: add, edit, delete and restore, mark done, bad input, overlap flags."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from peewee import SqliteDatabase

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import Span
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.time_blocks import (
    BlockInput,
    BlockRow,
    add_block,
    blocks_on,
    delete_block,
    get_block,
    mark_done,
    overlapping,
    record_spent,
    restore_block,
    update_block,
)
from ae_desktop.store.models import TimeBlock

DAY = date(2026, 11, 18)


def _input(start: int, end: int, title: str = "Calls", **kw: object) -> BlockInput:
    return BlockInput(DAY, start, end, title, BlockKind.CALLS, **kw)  # type: ignore[arg-type]


def test_add_read_move_and_undo(db: SqliteDatabase) -> None:
    late = add_block(_input(14 * 60, 15 * 60, "Late"))
    early = add_block(_input(9 * 60, 10 * 60 + 30, "Early", fixed=True))
    add_block(replace(_input(9 * 60, 10 * 60), day=date(2026, 11, 19)))

    rows = blocks_on(DAY)

    assert [(r.id, r.label, r.fixed) for r in rows] == [
        (early, "09:00–10:30", True),
        (late, "14:00–15:00", False),
    ]
    before = update_block(late, _input(15 * 60, 16 * 60 + 15, "Later"))
    assert before.title == "Late" and get_block(late).label == "15:00–16:15"
    update_block(late, before.as_input())
    assert get_block(late) == before


def test_delete_restores_under_the_same_id(db: SqliteDatabase) -> None:
    block = add_block(_input(600, 660))

    row = delete_block(block)

    assert blocks_on(DAY) == []
    assert restore_block(row) == block
    assert get_block(block) == row
    with pytest.raises(NotFoundError):
        delete_block(block + 1)


def test_mark_done(db: SqliteDatabase) -> None:
    block = add_block(_input(600, 660))

    assert mark_done(block) is False
    assert get_block(block).done
    assert mark_done(block, False) is True


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (_input(600, 540), "end"),
        (_input(600, 600), "end"),
        (_input(-15, 60), "start"),
        (_input(1380, 1445), "start"),
        (_input(600, 660, "  "), "title"),
        (replace(_input(600, 660), kind="nap"), "kind"),  # type: ignore[arg-type]
        (replace(_input(600, 660), day="2026-11-18"), "day"),  # type: ignore[arg-type]
        (replace(_input(600, 660), day=datetime(2026, 11, 18)), "day"),
        (_input(600, 660, task_id=99), "task"),
        (_input(600, 660, client_id=99), "client"),
    ],
)
def test_bad_blocks_are_refused_and_nothing_saved(
    db: SqliteDatabase, data: BlockInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_block(data)

    assert field in caught.value.errors
    assert TimeBlock.select().count() == 0


def test_the_workday_bounds_a_block_when_given(db: SqliteDatabase) -> None:
    workday = Span(9 * 60, 18 * 60)

    with pytest.raises(ValidationError) as caught:
        add_block(_input(8 * 60, 10 * 60), workday=workday)

    assert "09:00 to 18:00" in caught.value.errors["start"]
    assert add_block(_input(23 * 60, 24 * 60))  # without it, all the day is fine
    assert get_block(1).label == "23:00–24:00"


def _rows(spans: list[tuple[int, int]]) -> list[BlockRow]:
    return [
        BlockRow(i, DAY, s, e, "b", BlockKind.ADMIN, None, None, False, False)
        for i, (s, e) in enumerate(spans, 1)
    ]


def test_overlapping_examples() -> None:
    assert overlapping(_rows([(540, 600), (600, 660)])) == set()  # touching is fine
    assert overlapping(_rows([(540, 700), (600, 630), (640, 650), (800, 900)])) == {1, 2, 3}


@given(st.lists(st.tuples(st.integers(0, 1400), st.integers(1, 120)), max_size=12))
def test_overlapping_flags_exactly_the_blocks_that_overlap(pairs: list[tuple[int, int]]) -> None:
    rows = _rows([(s, s + n) for s, n in pairs])

    expected = {
        a.id for a in rows for b in rows if a.id != b.id and a.start < b.end and b.start < a.end
    }
    assert overlapping(rows) == expected


def test_record_spent_adds_up_and_survives_edit_and_undo(db: SqliteDatabase) -> None:
    block = add_block(_input(9 * 60, 10 * 60))
    assert get_block(block).spent_minutes == 0

    assert record_spent(block, 25) == 25
    assert record_spent(block, 20) == 45

    row = get_block(block)
    assert row.spent_minutes == 45
    update_block(block, replace(row.as_input(), title="Renamed"))  # an edit keeps it
    assert get_block(block).spent_minutes == 45
    restore_block(delete_block(block))  # so does an undone delete
    assert get_block(block).spent_minutes == 45


@pytest.mark.parametrize("minutes", [0, -5, 24 * 60 + 1, True, 2.5])
def test_record_spent_refuses_bad_minutes(db: SqliteDatabase, minutes: object) -> None:
    block = add_block(_input(9 * 60, 10 * 60))

    with pytest.raises(ValidationError) as error:
        record_spent(block, minutes)  # type: ignore[arg-type]

    assert "minutes" in error.value.errors
    assert get_block(block).spent_minutes == 0


def test_record_spent_accepts_a_whole_day_and_refuses_a_missing_block(
    db: SqliteDatabase,
) -> None:
    block = add_block(_input(9 * 60, 10 * 60))
    assert record_spent(block, 24 * 60) == 24 * 60
    with pytest.raises(NotFoundError):
        record_spent(block + 100, 5)
