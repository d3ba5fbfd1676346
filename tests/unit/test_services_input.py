"""What a user types that the use cases refuse: interactions dated in the future."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.interactions import (
    InteractionInput,
    get_interaction,
    log_interaction,
    timeline,
    update_interaction,
)
from ae_desktop.store.models import Interaction

NOW = datetime(2025, 3, 14, 16, 0)


def refused(action: Callable[[], object], field: str) -> str:
    """Run *action*; it must be refused at *field*. Returns the message the user sees."""
    with pytest.raises(ValidationError) as info:
        action()
    assert field in info.value.errors
    return info.value.errors[field]


# --- interactions dated in the future -------------------------------------------------------

FUTURE = "An interaction is logged once it has happened; plan future meetings in the Agenda."


def call(client_id: int, when: datetime) -> InteractionInput:
    return InteractionInput(client_id, InteractionKind.CALL, when, "Call with Ana")


@pytest.mark.parametrize("ahead", [timedelta(minutes=6), timedelta(days=1), timedelta(days=400)])
def test_an_interaction_in_the_future_is_refused(db: SqliteDatabase, ahead: timedelta) -> None:
    client_id = create_client(ClientInput("Acme"))
    message = refused(lambda: log_interaction(call(client_id, NOW + ahead), now=NOW), "occurred_at")
    assert message == FUTURE
    assert Interaction.select().count() == 0


@pytest.mark.parametrize("ahead", [timedelta(0), timedelta(minutes=5), -timedelta(days=30)])
def test_an_interaction_up_to_five_minutes_ahead_is_logged(
    db: SqliteDatabase, ahead: timedelta
) -> None:
    client_id = create_client(ClientInput("Acme"))
    log_interaction(call(client_id, NOW + ahead), now=NOW)
    assert [row.occurred_at for row in timeline(client_id)] == [NOW + ahead]


def test_correcting_an_interaction_into_the_future_is_refused(db: SqliteDatabase) -> None:
    client_id = create_client(ClientInput("Acme"))
    data = call(client_id, NOW - timedelta(hours=2))
    iid = log_interaction(data, now=NOW)
    tomorrow = replace(data, occurred_at=NOW + timedelta(days=1))
    assert refused(lambda: update_interaction(iid, tomorrow, now=NOW), "occurred_at") == FUTURE
    assert get_interaction(iid).occurred_at == NOW - timedelta(hours=2)
    # The same edit is fine once that time has come.
    update_interaction(iid, tomorrow, now=NOW + timedelta(days=1))
    assert get_interaction(iid).occurred_at == NOW + timedelta(days=1)
