"""The deals' stage history: written with every stage change, read as a span's moves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import peewee
import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import DealKind
from ae_desktop.services import deals as deals_service
from ae_desktop.services import stage_history
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.deals import (
    DealInput,
    create_deal,
    deal_input,
    move_deal,
    restore_deal_state,
    update_deal,
)
from ae_desktop.services.stage_history import DealMove, moves_between
from ae_desktop.services.stages import add_stage, delete_stage
from ae_desktop.store.models import Deal, Stage, StageChange, database

MONDAY = date(2026, 11, 16)
NEXT_MONDAY = MONDAY + timedelta(days=7)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def stage(name: str) -> int:
    return int(Stage.get(Stage.name == name).id)


def new_deal(
    title: str = "CRM rollout",
    *,
    on: date = MONDAY,
    hour: int = 9,
    client: str = "Acme",
    **fields: Any,
) -> int:
    client_id = _clients.get(client) or create_client(ClientInput(name=client))
    _clients[client] = client_id
    values: dict[str, Any] = {
        "client_id": client_id,
        "title": title,
        "value": Decimal("12500.50"),
        "currency": "EUR",
        "kind": DealKind.NEW_BUSINESS,
        "stage_id": stage("Lead"),
        "probability": None,
        "expected_close": None,
    }
    return create_deal(DealInput(**(values | fields)), today=on, now=at(on, hour))


_clients: dict[str, int] = {}  # name -> id, in this test's database


@pytest.fixture(autouse=True)
def _fresh_clients(db: SqliteDatabase) -> None:
    _clients.clear()


def history(deal_id: int) -> list[tuple[str | None, str, datetime]]:
    """The deal's changes, oldest first, as (from stage, to stage, when)."""
    names = {s.id: s.name for s in Stage.select()}
    return [
        (None if c.from_stage_id is None else names[c.from_stage_id], names[c.to_stage_id],
         c.changed_at)
        for c in StageChange.select()
        .where(StageChange.deal == deal_id)
        .order_by(StageChange.changed_at, StageChange.id)
    ]  # fmt: skip


def move(deal_id: int, name: str, when: datetime, **extra: Any) -> deals_service.DealState:
    return move_deal(deal_id, stage(name), today=when.date(), now=when, **extra)


def this_week() -> list[DealMove]:
    return moves_between(MONDAY, NEXT_MONDAY)


def summary(moves: list[DealMove]) -> list[tuple[str, str | None, str, date]]:
    return [(m.title, m.from_stage, m.to_stage, m.moved_on) for m in moves]


# --- writing the history ---------------------------------------------------------------------


def test_a_new_deal_is_recorded_as_created_in_its_stage_at_now() -> None:
    deal_id = new_deal(stage_id=stage("Qualified"), hour=11)

    assert history(deal_id) == [(None, "Qualified", at(MONDAY, 11))]


def test_moves_and_their_undo_are_recorded_at_the_time_they_happen() -> None:
    deal_id = new_deal()
    tuesday, wednesday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    move(deal_id, "Proposal", at(tuesday))
    state = move(deal_id, "Won", at(wednesday))
    restore_deal_state(deal_id, state, now=at(wednesday, 10, 5))
    move(deal_id, "Proposal", at(wednesday, 11))  # already there: no change

    assert history(deal_id) == [
        (None, "Lead", at(MONDAY, 9)),
        ("Lead", "Proposal", at(tuesday)),
        ("Proposal", "Won", at(wednesday)),
        ("Won", "Proposal", at(wednesday, 10, 5)),
    ]
    # The undo stamps the deal back as it was, yet records the move back when it happened.
    assert Deal.get_by_id(deal_id).updated_at == at(tuesday)


def test_undo_of_a_move_records_the_move_back_and_nothing_when_nothing_moves() -> None:
    deal_id = new_deal()
    state = move(deal_id, "Negotiation", at(MONDAY + timedelta(days=1)))

    restore_deal_state(deal_id, state, now=at(MONDAY + timedelta(days=1), 10, 5))
    restore_deal_state(deal_id, state, now=at(MONDAY + timedelta(days=1), 10, 6))

    assert Deal.get_by_id(deal_id).stage_id == stage("Lead")
    assert history(deal_id) == [
        (None, "Lead", at(MONDAY, 9)),
        ("Lead", "Negotiation", at(MONDAY + timedelta(days=1))),
        ("Negotiation", "Lead", at(MONDAY + timedelta(days=1), 10, 5)),
    ]


def test_an_edit_records_a_change_of_stage_only() -> None:
    deal_id = new_deal()
    tuesday = MONDAY + timedelta(days=1)

    update_deal(deal_id, replace(deal_input(deal_id), title="CRM"), today=tuesday, now=at(tuesday))
    update_deal(
        deal_id,
        replace(deal_input(deal_id), stage_id=stage("Lost"), lost_reason="Price"),
        today=tuesday,
        now=at(tuesday, 16),
    )

    assert history(deal_id) == [(None, "Lead", at(MONDAY, 9)), ("Lead", "Lost", at(tuesday, 16))]


@pytest.mark.parametrize("write", ["create", "move", "undo", "edit"])
def test_the_deal_and_its_history_are_written_together_or_not_at_all(
    write: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    deal_id = new_deal()
    state = move(deal_id, "Proposal", at(MONDAY, 11))
    deals_before = list(Deal.select().tuples())
    history_before = history(deal_id)

    def broken(*args: object) -> None:
        raise peewee.OperationalError("disk I/O error")

    monkeypatch.setattr(deals_service, "record_stage_change", broken)
    when = at(MONDAY, 12)
    with pytest.raises(peewee.OperationalError):
        if write == "create":
            new_deal("Second deal")
        elif write == "move":
            move(deal_id, "Negotiation", when)
        elif write == "undo":
            restore_deal_state(deal_id, state, now=when)
        else:
            edited = replace(deal_input(deal_id), stage_id=stage("Qualified"), title="New")
            update_deal(deal_id, edited, today=MONDAY, now=when)

    assert list(Deal.select().tuples()) == deals_before
    assert history(deal_id) == history_before
    assert StageChange.select().count() == len(history_before)


# --- reading a span's moves ------------------------------------------------------------------


def test_a_week_lists_each_deal_from_its_first_to_its_last_stage() -> None:
    old = new_deal("Fleet", on=MONDAY - timedelta(days=20))
    move(old, "Qualified", at(MONDAY - timedelta(days=3)))  # before the week
    move(old, "Proposal", at(MONDAY + timedelta(days=1)))
    move(old, "Negotiation", at(MONDAY + timedelta(days=3)))
    new = new_deal("Audit", on=MONDAY + timedelta(days=2), client="Bolt")
    move(new, "Qualified", at(MONDAY + timedelta(days=2), 15))
    new_deal("Quiet", on=MONDAY - timedelta(days=20))  # no change this week

    assert this_week() == [
        DealMove(
            new, "Audit", "Bolt", None, "Qualified", MONDAY + timedelta(days=2), 1250050, "EUR"
        ),
        DealMove(
            old, "Fleet", "Acme", "Qualified", "Negotiation", MONDAY + timedelta(days=3), 1250050,
            "EUR",
        ),
    ]  # fmt: skip


def test_a_move_and_its_undo_net_out() -> None:
    deal_id = new_deal(on=MONDAY - timedelta(days=10))
    state = move(deal_id, "Won", at(MONDAY + timedelta(days=1)))
    restore_deal_state(deal_id, state, now=at(MONDAY + timedelta(days=1), 10, 1))
    there_and_back = new_deal("Pilot", on=MONDAY - timedelta(days=10))
    move(there_and_back, "Proposal", at(MONDAY + timedelta(days=1)))
    move(there_and_back, "Lead", at(MONDAY + timedelta(days=4)))

    assert this_week() == []
    # Over the first day alone, the move and its undo still net out; the other is a move.
    assert summary(moves_between(MONDAY + timedelta(days=1), MONDAY + timedelta(days=2))) == [
        ("Pilot", "Lead", "Proposal", MONDAY + timedelta(days=1))
    ]


def test_the_span_includes_its_first_moment_and_excludes_its_end() -> None:
    on_the_start = new_deal("On the start", on=MONDAY - timedelta(days=10))
    move(on_the_start, "Qualified", at(MONDAY, 0))
    on_the_end = new_deal("On the end", on=MONDAY - timedelta(days=10))
    move(on_the_end, "Qualified", at(NEXT_MONDAY, 0))
    last_second = new_deal("Last second", on=MONDAY - timedelta(days=10))
    move(last_second, "Proposal", at(NEXT_MONDAY, 0) - timedelta(seconds=1))
    before = new_deal("Before", on=MONDAY - timedelta(days=10))
    move(before, "Proposal", at(MONDAY, 0) - timedelta(seconds=1))

    assert summary(this_week()) == [
        ("On the start", "Lead", "Qualified", MONDAY),
        ("Last second", "Lead", "Proposal", NEXT_MONDAY - timedelta(days=1)),
    ]
    assert moves_between(MONDAY, MONDAY) == []
    assert moves_between(NEXT_MONDAY, MONDAY) == []


def test_moves_are_ordered_by_day_then_title() -> None:
    for title, day in (("beta", 2), ("Álamo", 2), ("Zeta", 1), ("alpha", 2)):
        deal_id = new_deal(title, on=MONDAY - timedelta(days=10))
        move(deal_id, "Qualified", at(MONDAY + timedelta(days=day), 17 - day))

    assert [m.title for m in this_week()] == ["Zeta", "Álamo", "alpha", "beta"]


def test_the_span_is_found_through_the_changed_at_index() -> None:
    """No scan of the whole history: the large sample holds 10k deals and ~30k changes."""
    plan = database.execute_sql(
        "EXPLAIN QUERY PLAN " + stage_history._MOVES_SQL,
        ("2026-11-16 00:00:00", "2026-11-23 00:00:00"),
    ).fetchall()
    details = " | ".join(str(row[-1]) for row in plan)

    assert "SEARCH stage_change USING INDEX stage_change_changed_at" in details
    assert "SCAN stage_change" not in details


# --- deleting a stage rewrites the history without it ----------------------------------------


def test_a_deleted_stage_a_deal_passed_through_counts_as_the_next_stage() -> None:
    deal_id = new_deal(on=MONDAY)
    move(deal_id, "Qualified", at(MONDAY, 11))
    move(deal_id, "Proposal", at(MONDAY, 12))
    back = new_deal("Back", on=MONDAY)
    move(back, "Qualified", at(MONDAY, 11))
    move(back, "Lead", at(MONDAY, 12))
    created_there = new_deal("Created there", stage_id=stage("Qualified"), on=MONDAY)
    move(created_there, "Negotiation", at(MONDAY, 13))

    delete_stage(stage("Qualified"))

    assert history(deal_id) == [(None, "Lead", at(MONDAY, 9)), ("Lead", "Proposal", at(MONDAY, 11))]
    assert history(back) == [(None, "Lead", at(MONDAY, 9))]
    assert history(created_there) == [(None, "Negotiation", at(MONDAY, 9))]


def test_deals_moved_out_of_a_deleted_stage_take_its_history_with_them() -> None:
    deal_id = new_deal(on=MONDAY)
    move(deal_id, "Qualified", at(MONDAY, 11))
    returned = new_deal("Returned", stage_id=stage("Negotiation"), on=MONDAY)
    move(returned, "Qualified", at(MONDAY, 11))

    delete_stage(stage("Qualified"), move_deals_to=stage("Negotiation"))

    assert Deal.get_by_id(deal_id).stage_id == stage("Negotiation")
    assert history(deal_id) == [
        (None, "Lead", at(MONDAY, 9)),
        ("Lead", "Negotiation", at(MONDAY, 11)),
    ]
    assert history(returned) == [(None, "Negotiation", at(MONDAY, 9))]
    assert summary(this_week()) == [
        ("CRM rollout", None, "Negotiation", MONDAY),
        ("Returned", None, "Negotiation", MONDAY),
    ]


def test_a_new_stage_with_history_is_deleted_and_the_database_stays_consistent() -> None:
    contract = add_stage("Contract", 90, 7)
    deal_id = new_deal(on=MONDAY)
    move_deal(deal_id, contract, today=MONDAY, now=at(MONDAY, 11))
    move(deal_id, "Won", at(MONDAY, 12))

    delete_stage(contract)

    assert history(deal_id) == [(None, "Lead", at(MONDAY, 9)), ("Lead", "Won", at(MONDAY, 11))]
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_sql_cannot_delete_a_stage_the_history_points_to() -> None:
    """Outside the app (the sqlite3 shell), the links refuse rather than rewrite history."""
    contract = add_stage("Contract", 90, 7)
    deal_id = new_deal(on=MONDAY)
    move_deal(deal_id, contract, today=MONDAY, now=at(MONDAY, 11))
    move(deal_id, "Proposal", at(MONDAY, 12))

    with pytest.raises(peewee.IntegrityError):
        Stage.delete().where(Stage.id == contract).execute()


def test_a_deleted_deal_takes_its_history_with_it() -> None:
    deal_id = new_deal()
    move(deal_id, "Won", at(MONDAY, 11))

    Deal.delete().where(Deal.id == deal_id).execute()

    assert StageChange.select().count() == 0
