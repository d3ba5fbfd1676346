"""Undo of a form's edit (a client's details, a deal in its editor): the record's stored
values before and after it, put back as they were."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import NotFoundError
from ae_desktop.services.stage_history import record_stage_change
from ae_desktop.store.models import Client, Contact, Deal

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


def contacts_values(client_id: int) -> Values:
    """Every stored value of every contact of a client (adding or editing one may change
    another's primary flag), as an undo step keeps them."""
    query = Contact.select().where(Contact.client == client_id).order_by(Contact.id)
    return {"rows": [dict(row) for row in cast("list[Values]", list(query.dicts()))]}


def put_contacts_values(client_id: int, values: Values) -> None:
    """The client's contacts as *values* say (from contacts_values), in one transaction: one
    added since is removed, one removed since comes back under its id, the rest as they were."""
    rows = {int(row["id"]): row for row in values["rows"]}
    with write_transaction():
        query = Contact.select(Contact.id).where(Contact.client == client_id)
        present = {int(contact_id) for (contact_id,) in cast("list[tuple[int]]", query.tuples())}
        gone = present - rows.keys()
        if gone:
            Contact.delete().where(Contact.id.in_(sorted(gone))).execute()
        for contact_id, row in rows.items():
            if contact_id in present:
                Contact.update(**_without_id(row)).where(Contact.id == contact_id).execute()
            else:
                Contact.insert(**row).execute()


def _without_id(values: Values) -> Values:
    return {column: value for column, value in values.items() if column != "id"}
