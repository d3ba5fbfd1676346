"""Agenda task use cases: the classified read, quick add and its validation, flags, roll-over."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import DealKind, Flag, InteractionKind, TaskStatus, Tier
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.deals import DealInput, create_deal
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.interactions import InteractionInput, log_interaction
from ae_desktop.services.settings import set_setting
from ae_desktop.services.task_rows import by_quadrant, load_tasks
from ae_desktop.services.tasks import (
    TaskFlags,
    TaskInput,
    back_to_automatic,
    delegate,
    quick_add_task,
    restore_due_dates,
    roll_over,
    set_flags,
    set_status,
)
from ae_desktop.store.models import Client, Stage, Task

TODAY = date(2026, 11, 18)
NOW = datetime.combine(TODAY, time(10))


def _client(name: str, tier: Tier = Tier.STANDARD, contacted_days_ago: int | None = 1) -> int:
    client_id = create_client(ClientInput(name=name, tier=tier))
    Client.update(created_at=NOW - timedelta(days=400)).where(Client.id == client_id).execute()
    if contacted_days_ago is not None:
        when = NOW - timedelta(days=contacted_days_ago)
        log_interaction(InteractionInput(client_id, InteractionKind.CALL, when, "Call"), now=NOW)
    return client_id


def _deal(client_id: int, stage: str, value: str = "1000") -> int:
    stage_id = int(Stage.get(Stage.name == stage).id)
    data = DealInput(
        client_id=client_id,
        title=f"{stage} deal",
        value=Decimal(value),
        currency="EUR",
        kind=DealKind.NEW_BUSINESS,
        stage_id=stage_id,
        probability=None,
        expected_close=None,
    )
    return create_deal(data, today=TODAY)


def _row(task_id: int) -> object:
    (row,) = load_tasks(today=TODAY, task_ids=[task_id], open_only=False)
    return row


def test_each_task_lands_in_its_quadrant_with_reasons(db: SqliteDatabase) -> None:
    acme = _client("Acme", Tier.KEY)
    beta = _client("Beta")
    quiet = _client("Quiet Ltd", contacted_days_ago=45)
    proposal = _deal(beta, "Proposal")
    big = _deal(beta, "Lead", "60000")
    ids = {
        "key": quick_add_task(
            TaskInput("Call Acme", TODAY + timedelta(1), client_id=acme), today=TODAY
        ),
        "proposal": quick_add_task(
            TaskInput("Chase", TODAY + timedelta(9), deal_id=proposal), today=TODAY
        ),
        "big": quick_add_task(TaskInput("Big one", None, deal_id=big), today=TODAY),
        "quiet": quick_add_task(
            TaskInput("Hello", TODAY - timedelta(3), client_id=quiet), today=TODAY
        ),
        "admin": quick_add_task(TaskInput("Expenses", TODAY, client_id=beta), today=TODAY),
        "someday": quick_add_task(TaskInput("Tidy desk"), today=TODAY),
    }

    rows = {row.id: row for row in load_tasks(today=TODAY)}

    got = {name: (rows[i].quadrant, rows[i].reasons) for name, i in ids.items()}
    assert got["key"] == (Quadrant.DO_NOW, ("due tomorrow", "key account: Acme"))
    assert got["proposal"] == (
        Quadrant.SCHEDULE,
        ("due in 9 days", "deal in Proposal: Proposal deal"),
    )
    assert got["big"] == (Quadrant.SCHEDULE, ("no due date", "deal worth EUR 60,000"))
    assert got["quiet"] == (Quadrant.DO_NOW, ("overdue by 3 days", "neglected client: Quiet Ltd"))
    assert got["admin"][0] == Quadrant.DELEGATE
    assert got["someday"][0] == Quadrant.DROP
    assert rows[ids["proposal"]].client_name == "Beta"  # the deal's client
    assert rows[ids["big"]].deal_value_minor == 60_000_00
    order = [row.id for row in load_tasks(today=TODAY)]
    assert order[0] == ids["quiet"] and order[-1] in (ids["big"], ids["someday"])
    assert [r.id for r in by_quadrant(load_tasks(today=TODAY))[Quadrant.DO_NOW]] == [
        ids["quiet"],
        ids["key"],
    ]


def test_thresholds_come_from_the_settings(db: SqliteDatabase) -> None:
    task = quick_add_task(TaskInput("Later", TODAY + timedelta(4)), today=TODAY)
    assert _row(task).quadrant == Quadrant.DROP  # type: ignore[attr-defined]

    set_setting("urgent_within_days", 5)

    assert _row(task).quadrant == Quadrant.DELEGATE  # type: ignore[attr-defined]


def test_done_and_cancelled_tasks_are_not_on_the_agenda(db: SqliteDatabase) -> None:
    done = quick_add_task(TaskInput("Done"), today=TODAY)
    kept = quick_add_task(TaskInput("Kept"), today=TODAY)

    assert set_status(done, TaskStatus.DONE, now=NOW) == TaskStatus.OPEN

    assert [row.id for row in load_tasks(today=TODAY)] == [kept]
    assert Task.get_by_id(done).completed_at == NOW
    assert set_status(done, TaskStatus.OPEN, now=NOW) == TaskStatus.DONE
    assert Task.get_by_id(done).completed_at is None


def test_flags_are_set_undone_and_returned_to_automatic(db: SqliteDatabase) -> None:
    task = quick_add_task(TaskInput("Someday"), today=TODAY)

    previous = set_flags(task, Flag.YES, Flag.YES)

    assert previous == TaskFlags(Flag.AUTO, Flag.AUTO)
    row = _row(task)
    assert row.quadrant == Quadrant.DO_NOW  # type: ignore[attr-defined]
    assert row.reasons == ("you marked it urgent", "you marked it important")  # type: ignore[attr-defined]
    assert back_to_automatic(task) == TaskFlags(Flag.YES, Flag.YES)
    assert _row(task).quadrant == Quadrant.DROP  # type: ignore[attr-defined]
    with pytest.raises(NotFoundError):
        set_flags(task + 99, Flag.YES, Flag.NO)


def test_delegate_makes_a_task_waiting_for(db: SqliteDatabase) -> None:
    task = quick_add_task(TaskInput("Print brochures"), today=TODAY)

    assert delegate(task, "  Maria  ") == ""

    assert _row(task).delegated_to == "Maria"  # type: ignore[attr-defined]
    assert _row(task).waiting_for  # type: ignore[attr-defined]
    assert delegate(task, "") == "Maria"
    with pytest.raises(ValidationError) as caught:
        delegate(task, "x" * 201)
    assert "delegated_to" in caught.value.errors


def test_roll_over_and_undo(db: SqliteDatabase) -> None:
    a = quick_add_task(TaskInput("A", TODAY), today=TODAY)
    b = quick_add_task(TaskInput("B"), today=TODAY)
    tomorrow = TODAY + timedelta(days=1)

    previous = roll_over([a, b, a], tomorrow)

    assert previous == {a: TODAY, b: None}
    assert {Task.get_by_id(i).due_on for i in (a, b)} == {tomorrow}
    restore_due_dates(previous)
    assert (Task.get_by_id(a).due_on, Task.get_by_id(b).due_on) == (TODAY, None)
    with pytest.raises(NotFoundError):
        roll_over([a, 999], tomorrow)
    assert Task.get_by_id(a).due_on == TODAY  # nothing changed


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (TaskInput("  "), "title"),
        (TaskInput("x" * 201), "title"),
        (TaskInput("A", estimate_minutes=0), "estimate_minutes"),
        (TaskInput("A", estimate_minutes=-5), "estimate_minutes"),
        (TaskInput("A", estimate_minutes=481), "estimate_minutes"),
        (TaskInput("A", due_on="2026-11-30"), "due_on"),  # type: ignore[arg-type]
        (TaskInput("A", due_on=datetime(2026, 11, 30)), "due_on"),
        (TaskInput("A", due_on=date(2046, 1, 1)), "due_on"),
        (TaskInput("A", client_id=12345), "client"),
        (TaskInput("A", deal_id=12345), "deal"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(
    db: SqliteDatabase, data: TaskInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        quick_add_task(data, today=TODAY)

    assert field in caught.value.errors
    assert Task.select().count() == 0


def test_a_deal_of_another_client_is_refused(db: SqliteDatabase) -> None:
    acme, beta = _client("Acme"), _client("Beta")
    deal = _deal(beta, "Lead")

    with pytest.raises(ValidationError) as caught:
        quick_add_task(TaskInput("A", client_id=acme, deal_id=deal), today=TODAY)

    assert caught.value.errors == {"deal": "That deal belongs to another client."}
    assert quick_add_task(
        TaskInput("A", estimate_minutes=480, client_id=beta, deal_id=deal), today=TODAY
    )
