"""The activity log: log an interaction (its follow-up becomes a task) and read a timeline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeAlias, cast

from peewee import JOIN

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.domain.tasks import follow_up_title
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.store.models import Client, Contact, Deal, Interaction, Task
from ae_desktop.translation import translate

# How far past *now* an interaction may be dated: the clocks of the user and of the machine,
# or a time typed to the nearest quarter hour, rarely agree to the second.
CLOCK_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class InteractionInput:
    client_id: int
    kind: InteractionKind
    occurred_at: datetime
    summary: str
    outcome: str = ""
    contact_id: int | None = None
    deal_id: int | None = None
    follow_up_on: date | None = None
    csat: int | None = None


@dataclass(frozen=True)
class InteractionRow:
    id: int
    kind: InteractionKind
    occurred_at: datetime
    summary: str
    outcome: str
    contact_name: str
    deal_title: str
    follow_up_on: date | None
    csat: int | None


def validate_interaction(data: InteractionInput, *, now: datetime) -> None:
    errors: dict[str, str] = {}
    if not data.summary.strip():
        errors["summary"] = translate("interactions", "Say in a few words what happened.")
    if data.occurred_at > now + CLOCK_SLACK:
        errors["occurred_at"] = translate(
            "interactions",
            "An interaction is logged once it has happened; plan future meetings in the Agenda.",
        )
    if data.follow_up_on is not None and data.follow_up_on < data.occurred_at.date():
        errors["follow_up_on"] = translate(
            "interactions", "The follow-up cannot be dated before the interaction."
        )
    if data.csat is not None and not 1 <= data.csat <= 5:
        errors["csat"] = translate("interactions", "Satisfaction is a score from 1 to 5.")
    client = Client.get_or_none(Client.id == data.client_id)
    if client is None:
        errors["client"] = translate("interactions", "Choose a client.")
    if data.contact_id is not None:
        contact = Contact.get_or_none(Contact.id == data.contact_id)
        if contact is None or contact.client_id != data.client_id:
            errors["contact"] = translate(
                "interactions", "That contact does not belong to this client."
            )
    if data.deal_id is not None:
        deal = Deal.get_or_none(Deal.id == data.deal_id)
        if deal is None or deal.client_id != data.client_id:
            errors["deal"] = translate("interactions", "That deal does not belong to this client.")
    if errors:
        raise ValidationError(errors)


def _columns(data: InteractionInput) -> dict[str, object]:
    """What an interaction stores besides its client (which never changes)."""
    return {
        "contact": data.contact_id,
        "deal": data.deal_id,
        "kind": str(data.kind),
        "occurred_at": data.occurred_at.replace(microsecond=0),
        "summary": data.summary.strip(),
        "outcome": data.outcome.strip(),
        "follow_up_on": data.follow_up_on,
        "csat": data.csat,
    }


def _add_follow_up(data: InteractionInput, interaction_id: int) -> None:
    """The open task a follow-up date becomes, linked to the interaction."""
    Task.insert(
        title=follow_up_title(data.summary),
        client=data.client_id,
        deal=data.deal_id,
        interaction=interaction_id,
        due_on=data.follow_up_on,
    ).execute()


def log_interaction(data: InteractionInput, *, now: datetime) -> int:
    """Store the interaction, its follow-up task and the client's latest CSAT in one transaction.

    *now* is the current time: an interaction dated after it (beyond CLOCK_SLACK) is refused.
    """
    validate_interaction(data, now=now)
    with write_transaction():
        interaction_id = int(Interaction.insert(client=data.client_id, **_columns(data)).execute())
        if data.follow_up_on is not None:
            _add_follow_up(data, interaction_id)
        if data.csat is not None:
            _refresh_satisfaction(data.client_id)
        _touch_deal(data)
    return interaction_id


def _touch_deal(data: InteractionInput) -> None:
    """An interaction about a deal counts as activity on it (it stops the deal rotting)."""
    if data.deal_id is not None:
        Deal.update(updated_at=data.occurred_at.replace(microsecond=0)).where(
            (Deal.id == data.deal_id) & (Deal.updated_at < data.occurred_at)
        ).execute()


def _refresh_satisfaction(client_id: int) -> None:
    """The client's satisfaction is the newest score by date, so back-filling an older
    interaction does not overwrite a more recent survey; with no score left there is none."""
    newest = (
        Interaction.select(Interaction.csat)
        .where((Interaction.client == client_id) & Interaction.csat.is_null(False))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .first()
    )
    score = newest.csat if newest is not None else None
    Client.update(satisfaction=score).where(Client.id == client_id).execute()


def get_interaction(interaction_id: int) -> InteractionInput:
    """The stored interaction as the input that would log it again (for editing)."""
    found = Interaction.get_or_none(Interaction.id == interaction_id)
    if found is None:
        raise NotFoundError(interaction_id)
    return InteractionInput(
        client_id=found.client_id,
        kind=InteractionKind(found.kind),
        occurred_at=found.occurred_at,
        summary=found.summary,
        outcome=found.outcome,
        contact_id=found.contact_id,
        deal_id=found.deal_id,
        follow_up_on=found.follow_up_on,
        csat=found.csat,
    )


def _open_follow_ups(interaction_id: int) -> list[Task]:
    return list(Task.select().where((Task.interaction == interaction_id) & (Task.status == "open")))


def update_interaction(interaction_id: int, data: InteractionInput, *, now: datetime) -> None:
    """Correct a logged interaction; its open follow-up task follows the new follow-up date.

    *now* is the current time, as for log_interaction.
    """
    validate_interaction(data, now=now)
    before = get_interaction(interaction_id)
    if before.client_id != data.client_id:
        raise ValidationError(
            {"client": translate("interactions", "An interaction cannot move to another client.")}
        )
    with write_transaction():
        Interaction.update(**_columns(data)).where(Interaction.id == interaction_id).execute()
        open_tasks = _open_follow_ups(interaction_id)
        if data.follow_up_on is None:
            Task.delete().where(Task.id.in_([t.id for t in open_tasks])).execute()
        elif open_tasks:
            Task.update(
                due_on=data.follow_up_on, title=follow_up_title(data.summary), deal=data.deal_id
            ).where(Task.id.in_([t.id for t in open_tasks])).execute()
        elif before.follow_up_on != data.follow_up_on:
            # A new follow-up date, and the earlier one (if any) was already done or dropped.
            _add_follow_up(data, interaction_id)
        _refresh_satisfaction(data.client_id)
        _touch_deal(data)


@dataclass(frozen=True)
class DeletedInteraction:
    """What undo needs: the interaction's stored values and its open follow-up tasks."""

    values: dict[str, Any]
    tasks: tuple[dict[str, Any], ...]


def delete_interaction(interaction_id: int) -> DeletedInteraction:
    """Delete an interaction logged by mistake, with the follow-up tasks still open from it."""
    with write_transaction():
        values = Interaction.select().where(Interaction.id == interaction_id).dicts().first()
        if values is None:
            raise NotFoundError(interaction_id)
        open_tasks = (
            Task.select()
            .where((Task.interaction == interaction_id) & (Task.status == "open"))
            .dicts()
        )
        tasks = tuple(cast("Iterable[dict[str, Any]]", open_tasks))
        Task.delete().where(Task.id.in_([t["id"] for t in tasks])).execute()
        Interaction.delete().where(Interaction.id == interaction_id).execute()
        _refresh_satisfaction(values["client"])
    return DeletedInteraction(values, tasks)


def restore_interaction(deleted: DeletedInteraction) -> int:
    """Undo of delete: the interaction and its tasks come back under their old ids.

    Ids are never handed out twice (schema v2); a contact or deal deleted meanwhile is unlinked.
    """
    with write_transaction():
        values = _still_linked(dict(deleted.values))
        interaction_id = int(Interaction.insert(**values).execute())
        for task in deleted.tasks:
            Task.insert(**_still_linked(dict(task))).execute()
        _refresh_satisfaction(values["client"])
    return interaction_id


def _still_linked(values: dict[str, Any]) -> dict[str, Any]:
    """*values* with links to a contact or deal that no longer exists cleared."""
    for field, model in (("contact", Contact), ("deal", Deal)):
        linked = values.get(field)
        if linked is not None and model.get_or_none(model.id == linked) is None:
            values[field] = None
    return values


# One row of timeline()'s query: id, kind, occurred_at, summary, outcome, follow_up_on, csat,
# contact name, deal title (the last two None when no contact or deal is linked).
_TimelineTuple: TypeAlias = tuple[
    int, str, datetime | str, str, str, date | str | None, int | None, str | None, str | None
]


def timeline(client_id: int, limit: int | None = None) -> list[InteractionRow]:
    """The client's interactions, newest first."""
    query = (
        Interaction.select(
            Interaction.id,
            Interaction.kind,
            Interaction.occurred_at,
            Interaction.summary,
            Interaction.outcome,
            Interaction.follow_up_on,
            Interaction.csat,
            Contact.name,
            Deal.title,
        )
        .join(Contact, on=(Interaction.contact == Contact.id), join_type=JOIN.LEFT_OUTER)
        .switch(Interaction)
        .join(Deal, on=(Interaction.deal == Deal.id), join_type=JOIN.LEFT_OUTER)
        .where(Interaction.client == client_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    rows = cast("Iterable[_TimelineTuple]", query.tuples())
    return [
        InteractionRow(
            id=iid,
            kind=InteractionKind(kind),
            occurred_at=occurred
            if isinstance(occurred, datetime)
            else datetime.fromisoformat(occurred),
            summary=summary,
            outcome=outcome,
            contact_name=contact or "",
            deal_title=deal or "",
            follow_up_on=follow
            if follow is None or isinstance(follow, date)
            else date.fromisoformat(follow),
            csat=csat,
        )
        for iid, kind, occurred, summary, outcome, follow, csat, contact, deal in rows
    ]
