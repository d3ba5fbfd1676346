"""Deal use cases on a temp database: rows, filters, editing, moves and undo, next-step tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import DealKind, InteractionKind, StageOutcome
from ae_desktop.services.clients import ClientInput, create_client, set_archived
from ae_desktop.services.deals import (
    LOST_REASONS,
    DealFilter,
    DealInput,
    DealRow,
    create_deal,
    deal_input,
    deal_next_step_task,
    filter_deals,
    get_deal,
    load_deal_rows,
    move_deal,
    open_deals_for_client,
    prepare_deal_search,
    restore_deal_state,
    update_deal,
)
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.interactions import InteractionInput, log_interaction
from ae_desktop.store.models import Deal, Interaction, Stage, Task

TODAY = date(2026, 11, 18)  # a Wednesday
NOW = datetime.combine(TODAY, time(15, 30))


def stage(name: str) -> int:
    return int(Stage.get(Stage.name == name).id)


def client(name: str = "Acme") -> int:
    return create_client(ClientInput(name=name))


def data(client_id: int | None = None, **fields: Any) -> DealInput:
    values: dict[str, Any] = {
        "client_id": client_id,
        "title": "CRM rollout",
        "value": Decimal("12500.50"),
        "currency": "EUR",
        "kind": DealKind.NEW_BUSINESS,
        "stage_id": stage("Lead"),
        "probability": None,
        "expected_close": date(2026, 11, 28),
        "next_step": "Send the proposal",
    }
    return DealInput(**(values | fields))


def new_deal(client_id: int, *, days_ago: int = 0, **fields: object) -> int:
    """A deal created and last touched *days_ago* days before TODAY."""
    day = TODAY - timedelta(days=days_ago)
    return create_deal(data(client_id, **fields), today=day, now=datetime.combine(day, time(9)))


def row(deal_id: int, today: date = TODAY) -> DealRow:
    [found] = load_deal_rows(today, deal_ids=[deal_id])
    return found


def deal_count() -> int:
    return int(Deal.select().count())


# --- create and read -------------------------------------------------------------------------


def test_a_new_deal_reads_back_as_a_row(db: SqliteDatabase) -> None:
    acme = client()
    deal_id = create_deal(
        data(acme, title="  CRM   rollout ", currency=" eur", kind=DealKind.UPSELL),
        today=TODAY,
        now=NOW,
    )

    got = row(deal_id)
    assert got == DealRow(
        id=deal_id,
        client_id=acme,
        client_name="Acme",
        title="CRM rollout",
        value_minor=1_250_050,
        currency="EUR",
        kind=DealKind.UPSELL,
        stage_id=stage("Lead"),
        stage_name="Lead",
        stage_position=1,
        outcome=StageOutcome.OPEN,
        probability=10,
        probability_overridden=False,
        weighted_minor=125_005,
        expected_close=date(2026, 11, 28),
        next_step="Send the proposal",
        created_on=TODAY,
        closed_on=None,
        lost_reason="",
        last_activity=TODAY,
        rotting=False,
        no_next_step=False,
        close_overdue=False,
    )
    stored = db.execute_sql("SELECT value_minor, updated_at FROM deal").fetchone()  # type: ignore[no-untyped-call]
    assert stored == (1_250_050, "2026-11-18 15:30:00")


def test_a_deals_own_probability_overrides_its_stage(db: SqliteDatabase) -> None:
    deal_id = new_deal(client(), probability=35, stage_id=stage("Proposal"))
    got = row(deal_id)
    assert (got.probability, got.probability_overridden, got.weighted_minor) == (35, True, 437_518)
    # 12500.50 x 35 % = 4375.175 -> 4375.18


def test_detail_and_editor_input_round_trip(db: SqliteDatabase) -> None:
    original = data(client(), notes="Decides with the CFO.\nBudget in Q1.", probability=40)
    deal_id = create_deal(original, today=TODAY, now=NOW)

    detail = get_deal(deal_id, today=TODAY)
    assert detail.notes == "Decides with the CFO.\nBudget in Q1."
    assert detail.row == row(deal_id)
    assert deal_input(deal_id) == original
    with pytest.raises(NotFoundError):
        get_deal(deal_id + 1)
    with pytest.raises(NotFoundError):
        deal_input(deal_id + 1)


def test_a_deal_entered_already_won_closes_today_and_is_certain(db: SqliteDatabase) -> None:
    deal_id = create_deal(
        data(client(), stage_id=stage("Won"), probability=60), today=TODAY, now=NOW
    )
    got = row(deal_id)
    assert (got.outcome, got.closed_on, got.created_on) == (StageOutcome.WON, TODAY, TODAY)
    assert (got.probability, got.probability_overridden) == (100, False)
    assert got.weighted_minor == got.value_minor
    assert deal_input(deal_id).probability is None

    backfilled = create_deal(
        data(client("Beta"), stage_id=stage("Won"), closed_on=date(2026, 10, 2)),
        today=TODAY,
        now=NOW,
    )
    # Entered after the fact: it counts as opened no later than it closed.
    assert (row(backfilled).closed_on, row(backfilled).created_on) == (
        date(2026, 10, 2),
        date(2026, 10, 2),
    )


# --- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"client_id": None}, "client", "Choose a client"),
        ({"client_id": 999}, "client", "Choose a client"),
        ({"title": "   "}, "title", "needs a title"),
        ({"title": "x" * 201}, "title", "under 200"),
        ({"value": Decimal("-1")}, "value", "cannot be negative"),
        ({"value": Decimal("1000000000000.01")}, "value", "too large"),
        ({"value": Decimal("NaN")}, "value", "Enter an amount"),
        ({"value": Decimal("Infinity")}, "value", "Enter an amount"),
        ({"probability": 101}, "probability", "0 to 100"),
        ({"probability": -1}, "probability", "0 to 100"),
        ({"stage_id": 999}, "stage", "Choose a stage"),
        ({"currency": "EURO"}, "currency", "three-letter"),
        ({"currency": "€"}, "currency", "three-letter"),
        ({"next_step": "x" * 301}, "next_step", "under 300"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(
    db: SqliteDatabase, fields: dict[str, Any], field: str, message: str
) -> None:
    acme = client()
    with pytest.raises(ValidationError) as refused:
        create_deal(data(**({"client_id": acme} | fields)), today=TODAY, now=NOW)
    assert list(refused.value.errors) == [field]
    assert message in refused.value.errors[field]
    assert deal_count() == 0


def test_the_largest_amount_and_probability_bounds_are_accepted(db: SqliteDatabase) -> None:
    acme = client()
    for probability in (0, 100):
        create_deal(
            data(acme, value=Decimal(10**12), probability=probability), today=TODAY, now=NOW
        )
    assert deal_count() == 2


def test_a_lost_deal_needs_a_reason_and_a_closed_deal_no_future_date(
    db: SqliteDatabase,
) -> None:
    acme = client()
    lost = stage("Lost")
    with pytest.raises(ValidationError) as refused:
        create_deal(data(acme, stage_id=lost, lost_reason="  "), today=TODAY, now=NOW)
    assert list(refused.value.errors) == ["lost_reason"]
    with pytest.raises(ValidationError) as refused:
        create_deal(
            data(acme, stage_id=stage("Won"), closed_on=TODAY + timedelta(days=1)),
            today=TODAY,
            now=NOW,
        )
    assert list(refused.value.errors) == ["closed_on"]
    assert deal_count() == 0

    deal_id = create_deal(
        data(acme, stage_id=lost, lost_reason=" Price ", probability=30), today=TODAY, now=NOW
    )
    assert (row(deal_id).lost_reason, row(deal_id).probability) == ("Price", 0)


def test_an_archived_client_takes_no_new_deal(db: SqliteDatabase) -> None:
    acme = client()
    deal_id = new_deal(acme)
    set_archived(acme, True)
    with pytest.raises(ValidationError) as refused:
        create_deal(data(acme), today=TODAY, now=NOW)
    assert "archived" in refused.value.errors["client"]
    # Its existing deals can still be edited.
    update_deal(deal_id, data(acme, title="Renamed"), today=TODAY, now=NOW)
    assert row(deal_id).title == "Renamed"


# --- update ----------------------------------------------------------------------------------


def test_update_saves_every_field_and_counts_as_activity(db: SqliteDatabase) -> None:
    acme, beta = client(), client("Beta")
    deal_id = new_deal(acme, days_ago=40)
    assert row(deal_id).rotting  # Lead rots after 30 days

    changed = data(
        beta,
        title="Bigger rollout",
        value=Decimal("20000"),
        currency="USD",
        kind=DealKind.CROSS_SELL,
        stage_id=stage("Negotiation"),
        probability=80,
        expected_close=None,
        next_step="",
        notes="New notes",
    )
    update_deal(deal_id, changed, today=TODAY, now=NOW)

    assert deal_input(deal_id) == changed
    got = row(deal_id)
    assert (got.client_name, got.value_minor, got.currency, got.weighted_minor) == (
        "Beta",
        2_000_000,
        "USD",
        1_600_000,
    )
    assert (got.rotting, got.no_next_step, got.last_activity) == (False, True, TODAY)
    assert got.created_on == TODAY - timedelta(days=40)
    with pytest.raises(NotFoundError):
        update_deal(deal_id + 1, changed, today=TODAY, now=NOW)


def test_update_refuses_bad_input_and_keeps_the_deal(db: SqliteDatabase) -> None:
    deal_id = new_deal(client())
    before = deal_input(deal_id)
    with pytest.raises(ValidationError) as refused:
        update_deal(deal_id, replace(before, title="", value=Decimal(-5)), today=TODAY, now=NOW)
    assert set(refused.value.errors) == {"title", "value"}
    assert deal_input(deal_id) == before


def test_a_deal_with_interactions_stays_with_its_client(db: SqliteDatabase) -> None:
    acme, beta = client(), client("Beta")
    deal_id = new_deal(acme)
    log_interaction(
        InteractionInput(acme, InteractionKind.CALL, NOW, "Pricing call", deal_id=deal_id),
        now=NOW,
    )
    with pytest.raises(ValidationError) as refused:
        update_deal(deal_id, data(beta), today=TODAY, now=NOW)
    assert list(refused.value.errors) == ["client"]
    assert row(deal_id).client_id == acme


def test_editing_a_closed_deal_keeps_its_close_date(db: SqliteDatabase) -> None:
    deal_id = create_deal(
        data(client(), stage_id=stage("Won"), closed_on=date(2026, 11, 2)), today=TODAY, now=NOW
    )
    update_deal(deal_id, replace(deal_input(deal_id), closed_on=None, title="T"), today=TODAY)
    assert row(deal_id).closed_on == date(2026, 11, 2)
    # Reopened through the editor: no close date, no reason.
    update_deal(deal_id, replace(deal_input(deal_id), stage_id=stage("Proposal")), today=TODAY)
    assert (row(deal_id).closed_on, row(deal_id).outcome) == (None, StageOutcome.OPEN)


# --- moving between stages, and undo ---------------------------------------------------------


def test_a_move_resets_probability_and_rotting_and_undo_restores_all(
    db: SqliteDatabase,
) -> None:
    deal_id = new_deal(client(), days_ago=40, probability=15)
    before_row = row(deal_id)
    assert before_row.rotting and before_row.probability_overridden

    state = move_deal(deal_id, stage("Proposal"), today=TODAY, now=NOW)

    moved = row(deal_id)
    assert (moved.stage_name, moved.probability, moved.probability_overridden) == (
        "Proposal",
        50,
        False,
    )
    assert (moved.rotting, moved.last_activity) == (False, TODAY)
    assert state.stage_id == stage("Lead") and state.probability == 15
    assert state.updated_at == datetime.combine(TODAY - timedelta(days=40), time(9))

    restore_deal_state(deal_id, state)
    assert row(deal_id) == before_row


def test_moving_to_won_closes_the_deal_and_back_reopens_it(db: SqliteDatabase) -> None:
    deal_id = new_deal(client(), days_ago=10)
    move_deal(deal_id, stage("Won"), today=TODAY, now=NOW)
    assert (row(deal_id).outcome, row(deal_id).closed_on) == (StageOutcome.WON, TODAY)

    state = move_deal(deal_id, stage("Qualified"), today=TODAY, now=NOW)
    assert (state.closed_on, row(deal_id).closed_on, row(deal_id).outcome) == (
        TODAY,
        None,
        StageOutcome.OPEN,
    )
    move_deal(deal_id, stage("Won"), today=TODAY, now=NOW, closed_on=date(2026, 11, 16))
    assert row(deal_id).closed_on == date(2026, 11, 16)


def test_a_won_date_in_the_future_or_before_creation_is_refused(db: SqliteDatabase) -> None:
    deal_id = new_deal(client(), days_ago=10)
    before = row(deal_id)
    for closed_on in (TODAY + timedelta(days=1), TODAY - timedelta(days=11)):
        with pytest.raises(ValidationError) as refused:
            move_deal(deal_id, stage("Won"), today=TODAY, now=NOW, closed_on=closed_on)
        assert list(refused.value.errors) == ["closed_on"]
    assert row(deal_id) == before


def test_losing_a_deal_needs_a_reason(db: SqliteDatabase) -> None:
    deal_id = new_deal(client())
    before = row(deal_id)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as refused:
            move_deal(deal_id, stage("Lost"), today=TODAY, now=NOW, lost_reason=reason)
        assert list(refused.value.errors) == ["lost_reason"]
    assert row(deal_id) == before

    state = move_deal(
        deal_id, stage("Lost"), today=TODAY, now=NOW, lost_reason=" Lost to a competitor "
    )
    lost = row(deal_id)
    assert (lost.outcome, lost.lost_reason, lost.closed_on) == (
        StageOutcome.LOST,
        "Lost to a competitor",
        TODAY,
    )
    move_deal(deal_id, stage("Lead"), today=TODAY, now=NOW)
    assert (row(deal_id).lost_reason, row(deal_id).closed_on) == ("", None)
    restore_deal_state(deal_id, state)
    assert row(deal_id) == before


def test_a_move_to_the_same_stage_changes_nothing(db: SqliteDatabase) -> None:
    deal_id = new_deal(client(), days_ago=40)
    state = move_deal(deal_id, stage("Lead"), today=TODAY, now=NOW)
    assert row(deal_id).rotting
    assert state.stage_id == stage("Lead")


def test_moves_of_missing_deals_or_stages_are_refused(db: SqliteDatabase) -> None:
    deal_id = new_deal(client())
    with pytest.raises(NotFoundError):
        move_deal(deal_id + 1, stage("Won"), today=TODAY, now=NOW)
    with pytest.raises(ValidationError) as refused:
        move_deal(deal_id, 999, today=TODAY, now=NOW)
    assert list(refused.value.errors) == ["stage"]
    state = move_deal(deal_id, stage("Won"), today=TODAY, now=NOW)
    with pytest.raises(NotFoundError):
        restore_deal_state(deal_id + 1, state)
    with pytest.raises(NotFoundError):
        restore_deal_state(deal_id, replace(state, stage_id=999))


def test_lost_reasons_offered() -> None:
    assert "Price" in LOST_REASONS and "Lost to a competitor" in LOST_REASONS
    assert len(set(LOST_REASONS)) == len(LOST_REASONS) >= 5
    from ae_desktop.services.deals import lost_reasons

    assert lost_reasons() == list(LOST_REASONS)  # untranslated: the same words


# --- rotting, flags and activity -------------------------------------------------------------


def test_an_interaction_against_the_deal_stops_it_rotting(db: SqliteDatabase) -> None:
    acme = client()
    deal_id = new_deal(acme, days_ago=40)
    other = new_deal(acme, days_ago=40, title="Other deal")
    assert row(deal_id).rotting
    # Written straight to the table (as an import would), so only the interaction says so.
    Interaction.insert(
        client=acme,
        deal=deal_id,
        kind="call",
        occurred_at=datetime.combine(TODAY - timedelta(days=3), time(11)),
        summary="Call",
    ).execute()
    assert (row(deal_id).rotting, row(deal_id).last_activity) == (
        False,
        TODAY - timedelta(days=3),
    )
    assert row(other).rotting  # an interaction about another deal does not count


def test_rotting_starts_the_day_after_the_stages_days(db: SqliteDatabase) -> None:
    deal_id = new_deal(client(), days_ago=30)  # Lead: 30 days
    assert not row(deal_id).rotting
    assert row(deal_id, TODAY + timedelta(days=1)).rotting
    won = new_deal(client("Beta"), days_ago=300, stage_id=stage("Won"))
    assert not row(won).rotting  # Won never rots


def test_no_next_step_and_overdue_close_flags(db: SqliteDatabase) -> None:
    acme = client()
    blank = new_deal(acme, next_step="  ")
    late = new_deal(acme, expected_close=TODAY - timedelta(days=1))
    due_today = new_deal(acme, expected_close=TODAY)
    lost = new_deal(
        acme,
        stage_id=stage("Lost"),
        lost_reason="Price",
        next_step="",
        expected_close=TODAY - timedelta(days=9),
    )
    assert (row(blank).no_next_step, row(blank).close_overdue) == (True, False)
    assert (row(late).no_next_step, row(late).close_overdue) == (False, True)
    assert row(due_today).close_overdue is False
    assert (row(lost).no_next_step, row(lost).close_overdue) == (False, False)


# --- lists and filters -----------------------------------------------------------------------


@pytest.fixture
def pipeline(db: SqliteDatabase) -> dict[str, int]:
    acme, pena = client("Acme Logistics"), client("Peña Ávila S.L.")
    return {
        "acme_lead": new_deal(acme, title="Fleet tracking", expected_close=date(2026, 11, 30)),
        "acme_late": new_deal(
            acme,
            title="Warehouse scanners",
            stage_id=stage("Negotiation"),
            expected_close=date(2026, 12, 15),
            days_ago=20,
            kind=DealKind.UPSELL,
        ),
        "pena_open": new_deal(
            pena,
            title="Renovación anual",
            stage_id=stage("Proposal"),
            expected_close=None,
            next_step="Llamar a María",
            kind=DealKind.RENEWAL,
        ),
        "pena_won": new_deal(
            pena, title="Tienda online", stage_id=stage("Won"), closed_on=date(2026, 11, 2)
        ),
        "acme_lost": new_deal(
            acme,
            title="Old deal",
            stage_id=stage("Lost"),
            lost_reason="Price",
            closed_on=date(2026, 9, 30),
            days_ago=40,
        ),
    }


def ids(rows: list[DealRow], deals: dict[str, int]) -> list[str]:
    names = {v: k for k, v in deals.items()}
    return [names[r.id] for r in rows]


def test_rows_come_by_stage_then_expected_close(pipeline: dict[str, int]) -> None:
    assert ids(load_deal_rows(TODAY), pipeline) == [
        "acme_lead",
        "pena_open",
        "acme_late",
        "pena_won",
        "acme_lost",
    ]
    assert ids(load_deal_rows(TODAY, open_only=True), pipeline) == [
        "acme_lead",
        "pena_open",
        "acme_late",
    ]
    wanted = [pipeline["acme_lost"], pipeline["acme_lead"], 999]
    assert ids(load_deal_rows(TODAY, deal_ids=wanted), pipeline) == ["acme_lead", "acme_lost"]
    assert load_deal_rows(TODAY, deal_ids=[]) == []
    many = list(range(1, 40_000))  # more ids than SQLite takes as variables
    assert len(load_deal_rows(TODAY, deal_ids=many)) == 5
    acme = row(pipeline["acme_lead"]).client_id
    assert ids(open_deals_for_client(acme, TODAY), pipeline) == ["acme_lead", "acme_late"]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (DealFilter(), ["acme_lead", "pena_open", "acme_late", "pena_won", "acme_lost"]),
        (DealFilter(text="pena"), ["pena_open", "pena_won"]),  # client, accents ignored
        (DealFilter(text="RENOVACION"), ["pena_open"]),  # title
        (DealFilter(text="maría"), ["pena_open"]),  # next step
        (DealFilter(text="acme scanners"), ["acme_late"]),  # every word, any field
        (DealFilter(text="acme nothing"), []),
        (DealFilter(kind=DealKind.UPSELL), ["acme_late"]),
        (DealFilter(outcome=StageOutcome.OPEN), ["acme_lead", "pena_open", "acme_late"]),
        (DealFilter(outcome=StageOutcome.LOST), ["acme_lost"]),
        (DealFilter(closing="month"), ["acme_lead", "pena_won"]),
        (DealFilter(closing="quarter"), ["acme_lead", "acme_late", "pena_won"]),
        (DealFilter(rotting_only=True), ["acme_late"]),  # Negotiation rots after 10 days
        (DealFilter(text="acme", outcome=StageOutcome.OPEN), ["acme_lead", "acme_late"]),
    ],
)
def test_filter_deals(pipeline: dict[str, int], flt: DealFilter, expected: list[str]) -> None:
    rows = load_deal_rows(TODAY)
    prepare_deal_search(rows[:2])  # a warmed search gives the same answers
    assert ids(filter_deals(rows, flt, TODAY), pipeline) == expected


def test_filter_by_stage_and_client(pipeline: dict[str, int]) -> None:
    rows = load_deal_rows(TODAY)
    by_stage = filter_deals(rows, DealFilter(stage_id=stage("Proposal")), TODAY)
    assert ids(by_stage, pipeline) == ["pena_open"]
    pena = row(pipeline["pena_open"]).client_id
    assert ids(filter_deals(rows, DealFilter(client_id=pena), TODAY), pipeline) == [
        "pena_open",
        "pena_won",
    ]
    with pytest.raises(ValueError, match="closing"):
        filter_deals(rows, DealFilter(closing="week"), TODAY)


# --- next step as a task ---------------------------------------------------------------------


def test_a_next_step_becomes_a_task_due_at_the_expected_close(db: SqliteDatabase) -> None:
    acme = client()
    deal_id = new_deal(acme, next_step="  Send the\nrevised proposal ")

    task_id = deal_next_step_task(deal_id, today=TODAY)

    task = Task.get_by_id(task_id)
    assert (task.title, task.due_on, task.status) == (
        "Send the revised proposal",
        date(2026, 11, 28),
        "open",
    )
    assert (task.deal_id, task.client_id) == (deal_id, acme)
    # Asked twice, it stays one task.
    assert deal_next_step_task(deal_id, today=TODAY) == task_id
    assert Task.select().count() == 1


@pytest.mark.parametrize("expected_close", [None, TODAY - timedelta(days=5)])
def test_a_next_step_task_is_due_today_when_the_close_date_is_past_or_unknown(
    db: SqliteDatabase, expected_close: date | None
) -> None:
    deal_id = new_deal(client(), expected_close=expected_close)
    assert Task.get_by_id(deal_next_step_task(deal_id, today=TODAY)).due_on == TODAY


def test_no_task_without_a_next_step(db: SqliteDatabase) -> None:
    deal_id = new_deal(client(), next_step=" ")
    with pytest.raises(ValidationError) as refused:
        deal_next_step_task(deal_id, today=TODAY)
    assert list(refused.value.errors) == ["next_step"]
    assert Task.select().count() == 0
    with pytest.raises(NotFoundError):
        deal_next_step_task(deal_id + 1, today=TODAY)
