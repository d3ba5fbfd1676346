"""Importing people (CSV or vCard rows) as clients and their contacts.

Duplicates are matched by e-mail first (any contact of any client), then by client name
(case and accents ignored) and the contact's name at that client. A company named by several
rows becomes one client. A row whose client exists adds its contact to that client.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ae_desktop.interop.records import PersonRecord, RowProblem
from ae_desktop.services.clients import ClientInput, stored_fields, validate_client
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.contacts import ContactInput, stored_values, validate_contact
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.import_plan import (
    Action,
    DuplicatePolicy,
    ImportSummary,
    Progress,
    name_key,
    problem,
    report_progress,
    sentence,
)
from ae_desktop.store.models import Client, Contact, database


@dataclass(frozen=True, slots=True)
class PersonStep:
    """One row's planned action. *client_id* None: the client is created by this import
    (the first row naming it creates it). *contact_id*: the contact an UPDATE changes."""

    record: PersonRecord
    action: Action
    client_name: str
    client_id: int | None
    contact_id: int | None = None
    reason: str = ""  # why a row is skipped or updated, for the preview and the summary


@dataclass(slots=True)
class PeoplePlan:
    steps: list[PersonStep]
    rejected: list[RowProblem]
    notes: list[str] = field(default_factory=list)

    def summary(self) -> ImportSummary:
        """What applying the plan will do."""
        summary = ImportSummary(rejected=list(self.rejected), notes=list(self.notes))
        new_clients = {name_key(s.client_name) for s in self.steps if s.client_id is None}
        new_clients &= {name_key(s.client_name) for s in self.steps if s.action != Action.SKIP}
        summary.count(summary.created, "clients", len(new_clients))
        for step in self.steps:
            if step.action == Action.CREATE:
                summary.count(summary.created, "contacts")
            elif step.action == Action.UPDATE:
                summary.count(summary.updated, "contacts")
            else:
                summary.skipped.append(f"Line {step.record.line}: {step.reason}")
        return summary


@dataclass(slots=True)
class _Index:
    """The database's clients and contacts, keyed for matching, read once per plan."""

    clients: dict[str, tuple[int, str]]  # name key -> (id, name)
    emails: dict[str, tuple[int, int, str, str]]  # e-mail -> contact id, client id, names
    names: dict[tuple[int, str], int]  # (client id, contact name key) -> contact id


def _index() -> _Index:
    clients: dict[str, tuple[int, str]] = {}
    names_of: dict[int, str] = {}
    for client_id, name in Client.select(Client.id, Client.name).tuples().iterator():
        clients.setdefault(name_key(name), (client_id, name))
        names_of[client_id] = name
    emails: dict[str, tuple[int, int, str, str]] = {}
    contact_names: dict[tuple[int, str], int] = {}
    query = Contact.select(Contact.id, Contact.client, Contact.name, Contact.email).tuples()
    for contact_id, client_id, name, email in query.iterator():
        if email.strip():
            emails.setdefault(email.strip().casefold(), (contact_id, client_id, name, ""))
        contact_names.setdefault((client_id, name_key(name)), contact_id)
    emails = {k: (c, cl, n, names_of.get(cl, "")) for k, (c, cl, n, _) in emails.items()}
    return _Index(clients, emails, contact_names)


def _client_input(record: PersonRecord, name: str) -> ClientInput:
    return ClientInput(
        name=name, industry=record.industry, website=record.website, address=record.address
    )


def _contact_input(record: PersonRecord) -> ContactInput:
    return ContactInput(
        name=record.contact_name or record.client_name,
        role=record.role,
        email=record.email,
        phone=record.phone,
        notes=record.notes,
    )


def _check(record: PersonRecord, client_name: str) -> RowProblem | None:
    try:
        validate_client(_client_input(record, client_name))
        validate_contact(_contact_input(record))
    except ValidationError as error:
        return problem(record.line, error)
    return None


def plan_people(records: list[PersonRecord], policy: DuplicatePolicy) -> PeoplePlan:
    """Match every record against the database and the rows before it; read-only."""
    with database.connection_context():
        index = _index()
    steps: list[PersonStep] = []
    rejected: list[RowProblem] = []
    seen_emails: dict[str, int] = {}  # e-mail -> line of the earlier row in the file
    for record in records:
        client_name = record.client_name or record.contact_name
        if (refused := _check(record, client_name)) is not None:
            rejected.append(refused)
            continue
        existing = index.clients.get(name_key(client_name))
        client_id = existing[0] if existing else None
        client_name = existing[1] if existing else " ".join(client_name.split())
        step = PersonStep(record, Action.CREATE, client_name, client_id)
        steps.append(_duplicate_step(step, index, seen_emails, policy))
        if record.email:
            seen_emails.setdefault(record.email.casefold(), record.line)
    return PeoplePlan(steps, rejected)


def _duplicate_step(
    step: PersonStep, index: _Index, seen: dict[str, int], policy: DuplicatePolicy
) -> PersonStep:
    """The step with SKIP or UPDATE when the row is already in the database or the file."""
    record = step.record
    email = record.email.casefold()
    if email and email in seen:
        return replace(
            step, action=Action.SKIP, reason=f"same e-mail as line {seen[email]} of this file."
        )
    match: int | None = None
    matched = step
    if email and email in index.emails:
        contact_id, client_id, name, client = index.emails[email]
        match, reason = contact_id, f"same e-mail as {name} ({client})."
        matched = replace(step, client_id=client_id, client_name=client)
    elif step.client_id is not None:
        person = record.contact_name or record.client_name
        match = index.names.get((step.client_id, name_key(person)))
        reason = sentence(f"{person} is already a contact of {step.client_name}")
    if match is None or policy == DuplicatePolicy.CREATE:
        return step
    if policy == DuplicatePolicy.SKIP:
        return replace(matched, action=Action.SKIP, reason=reason)
    return replace(matched, action=Action.UPDATE, contact_id=match, reason=reason)


def apply_people(plan: PeoplePlan, progress: Progress | None = None) -> ImportSummary:
    """Write the plan in one transaction: every row, or (on an error or a cancel) none."""
    created_clients: dict[str, int] = {}
    todo = [s for s in plan.steps if s.action != Action.SKIP]
    with write_transaction():
        for done, step in enumerate(todo, start=1):
            client_id = step.client_id
            if client_id is None:
                key = name_key(step.client_name)
                if key not in created_clients:
                    fields = stored_fields(_client_input(step.record, step.client_name))
                    created_clients[key] = int(Client.insert(**fields).execute())
                client_id = created_clients[key]
            if step.action == Action.UPDATE and step.contact_id is not None:
                _update_contact(step.contact_id, step.record)
            else:
                values = stored_values(_contact_input(step.record))
                Contact.insert(client=client_id, **values).execute()
            report_progress(progress, done, len(todo))
    return plan.summary()


def _update_contact(contact_id: int, record: PersonRecord) -> None:
    """Fill the contact's fields with the row's non-empty values; empty cells change nothing."""
    changes = {
        column: value.strip()
        for column, value in (
            ("role", record.role),
            ("email", record.email),
            ("phone", record.phone),
        )
        if value.strip()
    }
    if record.notes.strip():
        changes["notes"] = record.notes
    if changes:
        Contact.update(**changes).where(Contact.id == contact_id).execute()
