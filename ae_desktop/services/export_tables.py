"""Export the book of business as CSV files a user opens in a spreadsheet, one per table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast

from peewee import JOIN, Field, ModelSelect

from ae_desktop.domain.money import from_minor
from ae_desktop.interop.csv_write import write_csv
from ae_desktop.store.models import (
    Client,
    Contact,
    Deal,
    Interaction,
    Stage,
    Task,
    database,
)

Row = tuple[Any, ...]
# (header, column) pairs: what the user reads at the top of the sheet, and where it comes from.
Columns = tuple[tuple[str, Field], ...]


def _tuples(query: ModelSelect[Any]) -> Iterable[Row]:
    """The rows of *query* as tuples, streamed rather than kept (peewee caches by default)."""
    return cast("Iterable[Row]", query.tuples().iterator())


def _money_at(index: int, rows: Iterable[Row]) -> Iterator[Row]:
    """*rows* with the integer minor units at *index* as a Decimal in major units (1250.50)."""
    for row in rows:
        yield (*row[:index], from_minor(row[index]), *row[index + 1 :])


def _clients() -> tuple[Columns, Iterable[Row]]:
    columns: Columns = (
        ("id", Client.id),
        ("name", Client.name),
        ("tier", Client.tier),
        ("status", Client.status),
        ("industry", Client.industry),
        ("potential revenue", Client.potential_revenue_minor),
        ("cadence days", Client.cadence_days),
        ("website", Client.website),
        ("phone", Client.phone),
        ("address", Client.address),
        ("notes", Client.notes),
        ("archived", Client.archived),
        ("created", Client.created_at),
        ("updated", Client.updated_at),
    )
    query = Client.select(*(c for _, c in columns)).order_by(Client.id)
    return columns, _money_at(5, _tuples(query))


def _contacts() -> tuple[Columns, Iterable[Row]]:
    columns: Columns = (
        ("id", Contact.id),
        ("client id", Contact.client),
        ("client name", Client.name),
        ("name", Contact.name),
        ("role", Contact.role),
        ("e-mail", Contact.email),
        ("phone", Contact.phone),
        ("primary", Contact.is_primary),
        ("notes", Contact.notes),
    )
    query = Contact.select(*(c for _, c in columns)).join(Client).order_by(Contact.id)
    return columns, _tuples(query)


def _deals() -> tuple[Columns, Iterable[Row]]:
    columns: Columns = (
        ("id", Deal.id),
        ("client id", Deal.client),
        ("client name", Client.name),
        ("title", Deal.title),
        ("value", Deal.value_minor),
        ("currency", Deal.currency),
        ("kind", Deal.kind),
        ("stage", Stage.name),
        ("probability", Deal.probability),
        ("expected close", Deal.expected_close),
        ("next step", Deal.next_step),
        ("created on", Deal.created_on),
        ("closed on", Deal.closed_on),
        ("lost reason", Deal.lost_reason),
        ("notes", Deal.notes),
    )
    query = (
        Deal.select(*(c for _, c in columns))
        .join(Client, on=Deal.client == Client.id)
        .switch(Deal)
        .join(Stage, on=Deal.stage == Stage.id)
        .order_by(Deal.id)
    )
    return columns, _money_at(4, _tuples(query))


def _interactions() -> tuple[Columns, Iterable[Row]]:
    columns: Columns = (
        ("id", Interaction.id),
        ("client id", Interaction.client),
        ("client name", Client.name),
        ("contact name", Contact.name),
        ("deal title", Deal.title),
        ("kind", Interaction.kind),
        ("occurred at", Interaction.occurred_at),
        ("summary", Interaction.summary),
        ("outcome", Interaction.outcome),
        ("follow-up on", Interaction.follow_up_on),
        ("CSAT", Interaction.csat),
    )
    query = (
        Interaction.select(*(c for _, c in columns))
        .join(Client, on=Interaction.client == Client.id)
        .switch(Interaction)
        .join(Contact, JOIN.LEFT_OUTER, on=Interaction.contact == Contact.id)
        .switch(Interaction)
        .join(Deal, JOIN.LEFT_OUTER, on=Interaction.deal == Deal.id)
        .order_by(Interaction.id)
    )
    return columns, _tuples(query)


def _tasks() -> tuple[Columns, Iterable[Row]]:
    columns: Columns = (
        ("id", Task.id),
        ("title", Task.title),
        ("client name", Client.name),
        ("deal title", Deal.title),
        ("due on", Task.due_on),
        ("estimate minutes", Task.estimate_minutes),
        ("importance", Task.importance),
        ("urgency", Task.urgency),
        ("status", Task.status),
        ("delegated to", Task.delegated_to),
        ("created at", Task.created_at),
        ("completed at", Task.completed_at),
        ("notes", Task.notes),
    )
    query = (
        Task.select(*(c for _, c in columns))
        .join(Client, JOIN.LEFT_OUTER, on=Task.client == Client.id)
        .switch(Task)
        .join(Deal, JOIN.LEFT_OUTER, on=Task.deal == Deal.id)
        .order_by(Task.id)
    )
    return columns, _tuples(query)


SHEETS: dict[str, Callable[[], tuple[Columns, Iterable[Row]]]] = {
    "clients.csv": _clients,
    "contacts.csv": _contacts,
    "deals.csv": _deals,
    "interactions.csv": _interactions,
    "tasks.csv": _tasks,
}


def export_csv_folder(folder: Path) -> dict[str, int]:
    """Write clients.csv, contacts.csv, deals.csv, interactions.csv and tasks.csv into
    *folder* (created when missing) and return the rows written per file name.

    Every file is read from one snapshot of the database, so they agree with each other, and
    each replaces a file of the same name whole or not at all. Raises OSError.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    with database.atomic():  # one read transaction: one consistent snapshot
        for name, sheet in SHEETS.items():
            columns, rows = sheet()
            written[name] = write_csv(folder / name, [header for header, _ in columns], rows)
    return written
