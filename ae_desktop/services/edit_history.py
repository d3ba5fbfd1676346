"""Undo of a form's edit (a client's details, a deal in its editor): the record's stored
values before and after it, put back as they were."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import NotFoundError
from ae_desktop.services.stage_history import record_stage_change
from ae_desktop.store.models import Client, Deal

Values = dict[str, Any]


def client_values(client_id: int) -> Values:
    """Every stored value of a client, as an undo step keeps it."""
    row = cast("Values | None", Client.select().where(Client.id == client_id).dicts().first())
    if row is None:
        raise NotFoundError(client_id)
    return dict(row)


def put_client_values(client_id: int, values: Values) -> None:
    """The client as *values* say (from client_values), in one transaction."""
    with write_transaction():
        changed = Client.update(**_without_id(values)).where(Client.id == client_id).execute()
    if changed == 0:
        raise NotFoundError(client_id)


def deal_values(deal_id: int) -> Values:
    """Every stored value of a deal, as an undo step keeps it."""
    row = cast("Values | None", Deal.select().where(Deal.id == deal_id).dicts().first())
    if row is None:
        raise NotFoundError(deal_id)
    return dict(row)


def put_deal_values(deal_id: int, values: Values, *, now: datetime | None = None) -> None:
    """The deal as *values* say; a change of stage is kept in its history (the move back
    recorded at *now*, default the clock), as undoing a move on the board does."""
    with write_transaction():
        current = Deal.select(Deal.stage).where(Deal.id == deal_id).scalar()
        if current is None:
            raise NotFoundError(deal_id)
        Deal.update(**_without_id(values)).where(Deal.id == deal_id).execute()
        stage = int(values["stage"])
        if int(current) != stage:
            stamp = (now or datetime.now()).replace(microsecond=0)
            record_stage_change(deal_id, int(current), stage, stamp)


def _without_id(values: Values) -> Values:
    return {column: value for column, value in values.items() if column != "id"}
