"""The sample-data generator: counts, spread, consistency, determinism and refusal."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import (
    BlockKind,
    ClientStatus,
    DealKind,
    Flag,
    InteractionKind,
    TaskStatus,
    Tier,
)
from ae_desktop.domain.tasks import follow_up_title
from ae_desktop.domain.text import is_valid_email
from ae_desktop.services.client_rows import load_client_rows
from ae_desktop.services.settings import get_setting
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.demo import DatabaseNotEmptyError, generate, generator
from ae_desktop.store.models import (
    ALL_MODELS,
    Client,
    Contact,
    Deal,
    Interaction,
    Quota,
    Setting,
    Stage,
    Task,
    TimeBlock,
    database,
)

WEDNESDAY = date(2026, 3, 11)
# A weekday, a weekend day, an ISO week across New Year, and the last day of a quarter.
TODAYS = [WEDNESDAY, date(2026, 11, 28), date(2025, 12, 29), date(2024, 3, 31)]
SMALL = {
    "clients": 40,
    "contacts": 120,
    "interactions": 600,
    "deals": 60,
    "tasks": 80,
}


def _rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql, params).fetchall())


def _dump() -> dict[str, list[tuple[Any, ...]]]:
    tables = [model._meta.table_name for model in ALL_MODELS]
    return {name: _rows(f'SELECT * FROM "{name}" ORDER BY 1') for name in tables}


def _counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in ALL_MODELS}


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def test_small_has_the_promised_counts(db: SqliteDatabase) -> None:
    counts = generate("small", seed=7, today=WEDNESDAY)

    assert {name: counts[name] for name in SMALL} == SMALL
    assert counts["time blocks"] == TimeBlock.select().count() > 0
    assert counts["quotas"] == Quota.select().count() == 16
    assert Client.select().count() == 40
    assert Contact.select().count() == 120
    assert Interaction.select().count() == 600
    assert Deal.select().count() == 60
    assert Task.select().count() == 80


@pytest.mark.parametrize("today", TODAYS)
def test_clients_span_every_tier_and_sensible_statuses(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    pairs = Counter((c.tier, c.status) for c in Client.select())

    assert {tier for tier, _ in pairs} == {str(t) for t in Tier}
    assert pairs[("prospect", "prospect")] == sum(
        n for (t, _), n in pairs.items() if t == "prospect"
    )
    for tier in ("key", "standard"):
        active = pairs[(tier, "active")]
        assert active > sum(n for (t, s), n in pairs.items() if t == tier and s != "active")
    assert sum(n for (_, s), n in pairs.items() if s == ClientStatus.CHURNED) >= 1
    assert Client.select().where(Client.archived).count() >= 1


@pytest.mark.parametrize("today", TODAYS)
def test_some_key_accounts_are_neglected_and_others_are_not(
    db: SqliteDatabase, today: date
) -> None:
    generate("small", today=today)
    rows = load_client_rows(today)
    key = [row for row in rows if row.tier == Tier.KEY and row.status == ClientStatus.ACTIVE]

    assert any(row.neglected for row in key)
    assert any(not row.neglected for row in key)
    for tier in (Tier.STANDARD, Tier.PROSPECT):
        assert any(row.neglected for row in rows if row.tier == tier)
        assert any(not row.neglected for row in rows if row.tier == tier)
    assert all(row.last_contact is not None for row in rows)


@pytest.mark.parametrize("today", TODAYS)
def test_interactions_cover_six_months_before_today(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    times = [datetime.fromisoformat(t) for (t,) in _rows("SELECT occurred_at FROM interaction")]

    assert max(times).date() < today  # nothing logged in the future, whatever the clock says
    assert today - timedelta(days=200) < min(times).date() < today - timedelta(days=150)
    assert all(t.weekday() < 5 for t in times)
    kinds = Counter(k for (k,) in _rows("SELECT kind FROM interaction"))
    assert set(kinds) == {str(k) for k in InteractionKind}
    assert all(s.strip() for (s,) in _rows("SELECT summary FROM interaction"))


def test_interaction_links_stay_within_their_client(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)

    assert not _rows(
        "SELECT i.id FROM interaction i JOIN contact c ON c.id = i.contact_id"
        " WHERE c.client_id != i.client_id"
    )
    assert not _rows(
        "SELECT i.id FROM interaction i JOIN deal d ON d.id = i.deal_id"
        " WHERE d.client_id != i.client_id OR i.occurred_at > d.updated_at"
    )
    assert _rows("SELECT count(*) FROM interaction WHERE deal_id IS NOT NULL")[0][0] > 0


def test_client_satisfaction_is_the_latest_csat(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    scores = _rows("SELECT csat FROM interaction WHERE csat IS NOT NULL")

    assert scores and all(1 <= s <= 5 for (s,) in scores)
    for client in Client.select():
        latest = _rows(
            "SELECT csat FROM interaction WHERE client_id = ? AND csat IS NOT NULL"
            " ORDER BY occurred_at DESC, id DESC LIMIT 1",
            client.id,
        )
        assert client.satisfaction == (latest[0][0] if latest else None)


@pytest.mark.parametrize("today", TODAYS)
def test_follow_ups_create_linked_tasks(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    follow_ups = {
        i.id: i for i in Interaction.select().where(Interaction.follow_up_on.is_null(False))
    }
    linked = list(Task.select().where(Task.interaction.is_null(False)))

    assert follow_ups
    assert sorted(t.interaction_id for t in linked) == sorted(follow_ups)
    for task in linked:
        source = follow_ups[task.interaction_id]
        assert task.title == follow_up_title(source.summary)
        assert task.due_on == source.follow_up_on > source.occurred_at.date()
        assert (task.client_id, task.deal_id) == (source.client_id, source.deal_id)
        assert task.status in (TaskStatus.OPEN, TaskStatus.DONE)
        assert (task.status == TaskStatus.DONE) == (task.completed_at is not None)
    statuses = Counter(t.status for t in linked)
    assert statuses[TaskStatus.OPEN] and statuses[TaskStatus.DONE]
    overdue = [t for t in linked if t.status == TaskStatus.OPEN and t.due_on < today]
    assert overdue


@pytest.mark.parametrize("today", TODAYS)
def test_deals_fill_every_stage_consistently(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    stages = {s.id: s for s in Stage.select()}
    deals = list(Deal.select())
    per_stage = Counter(d.stage_id for d in deals)

    assert set(per_stage) == set(stages)
    assert {d.kind for d in deals} == {str(k) for k in DealKind}
    for deal in deals:
        outcome = stages[deal.stage_id].outcome
        assert isinstance(deal.value_minor, int)
        assert 5_000_00 <= deal.value_minor <= 250_000_00
        assert deal.created_on <= today
        if outcome == "open":
            assert deal.closed_on is None and deal.lost_reason == ""
        else:
            assert deal.created_on <= deal.closed_on < today
            assert (deal.lost_reason != "") == (outcome == "lost")
    open_deals = [d for d in deals if stages[d.stage_id].outcome == "open"]
    assert any(d.next_step == "" for d in open_deals)
    assert any(d.next_step for d in open_deals)

    def quiet_days(deal: Deal) -> int:
        return (today - deal.updated_at.date()).days

    rotting = [d for d in open_deals if quiet_days(d) > stages[d.stage_id].rotting_days]
    assert rotting and len(rotting) < len(open_deals)
    this_month = [
        d
        for d in open_deals
        if (d.expected_close.year, d.expected_close.month) == (today.year, today.month)
    ]
    assert this_month
    prospects = {c.id for c in Client.select().where(Client.tier == Tier.PROSPECT)}
    assert all(d.kind == DealKind.NEW_BUSINESS for d in deals if d.client_id in prospects)


def test_contacts_one_primary_per_client_with_valid_emails(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    primaries = Counter(c.client_id for c in Contact.select().where(Contact.is_primary))

    assert set(primaries.values()) == {1} and len(primaries) == 40
    for contact, website in _rows(
        "SELECT ct.email, c.website FROM contact ct JOIN client c ON c.id = ct.client_id"
    ):
        assert is_valid_email(contact)
        assert website == "https://www." + contact.split("@")[1]
    roles = {c.role for c in Contact.select()}
    assert {"Head of Procurement", "Director de Compras"} & roles
    assert all(c.role for c in Contact.select())


def test_names_mix_languages_accents_and_apostrophes(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    clients = [c.name for c in Client.select()]
    people = [c.name for c in Contact.select()]

    for names in (clients, people):
        assert any("'" in name for name in names)
        assert any(re.search(r"[áéíóúñÁÉÍÓÚÑ]", name) for name in names)
    assert {"Acme Logistics", "Grupo Ibérica de Alimentación", "Northwind Traders"} <= set(clients)
    assert len({name.casefold() for name in clients}) == len(clients)


@pytest.mark.parametrize("today", TODAYS)
def test_tasks_mix_flags_due_dates_and_delegation(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    tasks = list(Task.select())
    statuses = Counter(t.status for t in tasks)

    assert statuses[TaskStatus.OPEN] > len(tasks) / 2
    assert {t.importance for t in tasks} == {t.urgency for t in tasks} == {str(f) for f in Flag}
    assert all(15 <= t.estimate_minutes <= 120 for t in tasks)
    open_due = [t.due_on for t in tasks if t.status == TaskStatus.OPEN and t.due_on]
    assert any(d < today for d in open_due)
    assert any(d == today for d in open_due)
    assert any(today < d <= today + timedelta(days=16) for d in open_due)
    assert all(d <= today + timedelta(days=16) for d in open_due)
    assert any(t.delegated_to for t in tasks)
    for task in tasks:
        assert task.created_at.date() < today
        if task.completed_at is not None:
            assert task.created_at <= task.completed_at and task.completed_at.date() < today


@pytest.mark.parametrize("today", TODAYS)
def test_time_blocks_fill_this_iso_week_without_overlap(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    monday = today - timedelta(days=today.weekday())
    by_day: dict[date, list[TimeBlock]] = {}
    for block in TimeBlock.select():
        by_day.setdefault(block.date, []).append(block)

    assert sorted(by_day) == [monday + timedelta(days=n) for n in range(5)]
    for day, blocks in by_day.items():
        spans = sorted((_minutes(b.start), _minutes(b.end)) for b in blocks)
        for block in blocks:
            assert re.fullmatch(r"\d\d:\d\d", block.start) and re.fullmatch(r"\d\d:\d\d", block.end)
            assert (
                _minutes("08:00")
                <= _minutes(block.start)
                < _minutes(block.end)
                <= _minutes("18:30")
            )
            assert block.kind in {str(k) for k in BlockKind}
            assert block.done == (day < today)
        assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False))
        assert any(b.kind == BlockKind.BREAK for b in blocks)
    blocks = list(TimeBlock.select())
    assert any(b.fixed for b in blocks) and any(not b.fixed for b in blocks)
    assert {BlockKind.MEETING, BlockKind.FOCUS, BlockKind.ADMIN} <= {b.kind for b in blocks}
    linked = [b for b in blocks if b.task_id is not None]
    assert all(Task.get_by_id(b.task_id).status == TaskStatus.OPEN for b in linked)


def test_quotas_for_this_year_and_the_ae_name(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    monthly = {
        q.period_start: q.amount_minor for q in Quota.select().where(Quota.period_kind == "month")
    }
    quarterly = {
        q.period_start: q.amount_minor for q in Quota.select().where(Quota.period_kind == "quarter")
    }

    assert sorted(monthly) == [date(2026, m, 1) for m in range(1, 13)]
    assert sorted(quarterly) == [date(2026, m, 1) for m in (1, 4, 7, 10)]
    assert all(amount > 0 for amount in monthly.values())
    assert quarterly[date(2026, 4, 1)] == sum(monthly[date(2026, m, 1)] for m in (4, 5, 6))
    assert get_setting("ae_name") == "Laura Martín"


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        open_database(tmp_path / name / "ae-desktop.sqlite3")
        try:
            generate("small", seed=seed, today=WEDNESDAY)
            dumps.append(_dump())
        finally:
            close_database()

    assert dumps[0] == dumps[1]
    assert dumps[0]["client"] != dumps[2]["client"]


def test_refuses_a_database_that_already_has_data(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    before = _dump()

    with pytest.raises(DatabaseNotEmptyError) as caught:
        generate("small", seed=99, today=WEDNESDAY + timedelta(days=3))

    message = str(caught.value)
    assert "already holds 40 clients" in message and "Nothing was changed" in message
    assert _dump() == before


def test_refuses_even_a_single_client_and_adds_nothing(db: SqliteDatabase) -> None:
    Client.insert(name="My only client", tier="key", status="active").execute()
    before = _counts()

    with pytest.raises(DatabaseNotEmptyError, match=r"holds 1 client;"):
        generate("small", today=WEDNESDAY)

    assert _counts() == before
    assert Setting.select().count() == 0


def test_a_failure_half_way_writes_nothing(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = generator._insert

    def failing_insert(model: Any, fields: Any, rows: Any) -> None:
        if model is TimeBlock:
            raise RuntimeError("disk full")
        real_insert(model, fields, rows)

    monkeypatch.setattr(generator, "_insert", failing_insert)
    with pytest.raises(RuntimeError, match="disk full"):
        generate("small", today=WEDNESDAY)

    assert {name: n for name, n in _counts().items() if name != "stage"} == dict.fromkeys(
        (m._meta.table_name for m in ALL_MODELS if m is not Stage), 0
    )


def test_unknown_size_is_refused(db: SqliteDatabase) -> None:
    with pytest.raises(ValueError, match="huge"):
        generate("huge", today=WEDNESDAY)
    assert Client.select().count() == 0
