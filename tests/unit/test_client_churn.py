"""The day a client churned (client.churned_on): set when the status becomes churned, kept by
edits and archiving while it stays churned, cleared when it changes back; the demo's too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from peewee import SqliteDatabase
from PySide6.QtGui import QUndoStack

from ae_desktop.domain.enums import ClientStatus, Tier
from ae_desktop.services.clients import (
    ClientInput,
    create_client,
    get_client,
    set_archived,
    update_client,
)
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.store.demo import generate
from ae_desktop.store.models import Client, Interaction
from ae_desktop.ui.clients.commands import ArchiveClientCommand

JAN = datetime(2026, 1, 20, 11, 0)
MAR = datetime(2026, 3, 9, 15, 30)
NOV = datetime(2026, 11, 25, 9, 0)


def _client(status: ClientStatus, now: datetime = JAN) -> int:
    return create_client(ClientInput(name="Acme", tier=Tier.KEY, status=status), now=now)


def _edit(client_id: int, now: datetime, **changes: object) -> None:
    data = replace(get_client(client_id).as_input(), **changes)  # type: ignore[arg-type]
    update_client(client_id, data, now=now)


def _churned_on(client_id: int) -> date | None:
    return get_client(client_id).churned_on


def test_a_client_created_churned_churned_the_day_it_was_added(db: SqliteDatabase) -> None:
    client_id = _client(ClientStatus.CHURNED, now=JAN)

    assert _churned_on(client_id) == date(2026, 1, 20)
    stored = Client.get_by_id(client_id)
    assert (stored.created_at, stored.updated_at) == (JAN, JAN)


@pytest.mark.parametrize("status", [ClientStatus.ACTIVE, ClientStatus.PROSPECT])
def test_a_client_created_otherwise_has_no_churn_day(
    db: SqliteDatabase, status: ClientStatus
) -> None:
    assert _churned_on(_client(status)) is None


@pytest.mark.parametrize("before", [ClientStatus.ACTIVE, ClientStatus.PROSPECT])
def test_becoming_churned_records_the_day(db: SqliteDatabase, before: ClientStatus) -> None:
    client_id = _client(before)

    _edit(client_id, MAR, status=ClientStatus.CHURNED)

    assert _churned_on(client_id) == date(2026, 3, 9)
    assert Client.get_by_id(client_id).updated_at == MAR


def test_an_edit_that_keeps_it_churned_keeps_the_day(db: SqliteDatabase) -> None:
    client_id = _client(ClientStatus.ACTIVE)
    _edit(client_id, MAR, status=ClientStatus.CHURNED)

    _edit(client_id, NOV, phone="+34 600 111 222", notes="Went to a rival")
    _edit(client_id, NOV + timedelta(days=1), tier=Tier.STANDARD)

    assert _churned_on(client_id) == date(2026, 3, 9)
    assert Client.get_by_id(client_id).updated_at == NOV + timedelta(days=1)


@pytest.mark.parametrize("after", [ClientStatus.ACTIVE, ClientStatus.PROSPECT])
def test_changing_away_from_churned_clears_the_day(db: SqliteDatabase, after: ClientStatus) -> None:
    client_id = _client(ClientStatus.CHURNED, now=JAN)

    _edit(client_id, MAR, status=after)

    assert _churned_on(client_id) is None
    assert Client.get_by_id(client_id).churned_on is None


def test_churning_again_after_coming_back_records_the_new_day(db: SqliteDatabase) -> None:
    client_id = _client(ClientStatus.CHURNED, now=JAN)
    _edit(client_id, MAR, status=ClientStatus.ACTIVE)

    _edit(client_id, NOV, status=ClientStatus.CHURNED)

    assert _churned_on(client_id) == date(2026, 11, 25)


def test_archiving_restoring_and_undo_leave_the_day_alone(db: SqliteDatabase, qapp) -> None:
    client_id = _client(ClientStatus.ACTIVE)
    _edit(client_id, MAR, status=ClientStatus.CHURNED)

    set_archived(client_id, True, now=NOV)
    assert (get_client(client_id).archived, _churned_on(client_id)) == (True, date(2026, 3, 9))
    set_archived(client_id, False, now=NOV)
    assert (get_client(client_id).archived, _churned_on(client_id)) == (False, date(2026, 3, 9))

    # The Clients tab's undoable archive: redo, undo, redo.
    changed: list[int] = []
    stack = QUndoStack()
    stack.push(ArchiveClientCommand(client_id, "Acme", True, changed.append))
    assert (get_client(client_id).archived, _churned_on(client_id)) == (True, date(2026, 3, 9))
    stack.undo()
    assert (get_client(client_id).archived, _churned_on(client_id)) == (False, date(2026, 3, 9))
    stack.redo()
    assert (get_client(client_id).archived, _churned_on(client_id)) == (True, date(2026, 3, 9))
    assert changed == [client_id] * 3


def test_a_refused_edit_leaves_the_day_as_it_was(db: SqliteDatabase) -> None:
    client_id = _client(ClientStatus.ACTIVE)
    _edit(client_id, MAR, status=ClientStatus.CHURNED)
    data = replace(get_client(client_id).as_input(), status=ClientStatus.ACTIVE, name=" ")

    with pytest.raises(ValidationError):
        update_client(client_id, data, now=NOV)

    assert _churned_on(client_id) == date(2026, 3, 9)
    assert Client.get_by_id(client_id).updated_at == MAR


def test_editing_a_missing_client_says_not_found(db: SqliteDatabase) -> None:
    with pytest.raises(NotFoundError):
        update_client(999, ClientInput(name="Ghost", status=ClientStatus.CHURNED), now=NOV)
    assert Client.select().count() == 0


def test_a_churned_client_without_a_day_keeps_none_when_edited(db: SqliteDatabase) -> None:
    """Only SQL written outside the app leaves it empty; an edit is not the day it churned."""
    client_id = _client(ClientStatus.CHURNED)
    Client.update(churned_on=None).where(Client.id == client_id).execute()

    _edit(client_id, NOV, phone="+34 600 111 222")

    assert _churned_on(client_id) is None


# --- the demo -------------------------------------------------------------------------------


@pytest.mark.parametrize("today", [date(2026, 3, 11), date(2026, 11, 28)])
def test_demo_churned_clients_churned_after_they_went_quiet(
    db: SqliteDatabase, today: date
) -> None:
    generate("small", today=today)
    churned = 0
    for client in Client.select():
        if client.status != ClientStatus.CHURNED:
            assert client.churned_on is None, client.name
            continue
        churned += 1
        last = (
            Interaction.select(Interaction.occurred_at)
            .where(Interaction.client == client.id)
            .order_by(Interaction.occurred_at.desc())
            .first()
        )
        assert last is not None
        # The working day after its last interaction, well before today.
        assert client.churned_on > last.occurred_at.date(), client.name
        assert client.churned_on - last.occurred_at.date() <= timedelta(days=3)
        assert client.churned_on.weekday() < 5
        assert client.churned_on < today - timedelta(days=30)
        assert client.created_at.date() < client.churned_on
        # Marking it churned updated it: never last updated before that day.
        assert client.updated_at >= datetime.combine(client.churned_on, time(0))
    assert churned >= 1
