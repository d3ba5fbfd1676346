"""Importing people (CSV or vCard rows) as clients and their contacts.

Duplicates are matched by e-mail first (any contact of any client), then by client name
(case and accents ignored) and the contact's name at that client. A company named by several
rows becomes one client. A row whose client exists adds its contact to that client.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import cast

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
    line_message,
    name_key,
    problem,
    report_progress,
    sentence,
    written_line,
)
from ae_desktop.store.models import Client, Contact, database
from ae_desktop.translation import translate


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
                summary.skipped.append(line_message(step.record.line, step.reason))
        return summary


@dataclass(slots=True)
class _Index:
    """The database's clients and contacts, keyed for matching, read once per plan."""

    clients: dict[str, tuple[int, str]]  # name key -> (id, name)
    emails: dict[str, tuple[int, int, str, str]]  # e-mail -> contact id, client id, names
    names: dict[tuple[int, str], int]  # (client id, contact name key) -> contact id
    archived: set[int]


def _index() -> _Index:
    clients: dict[str, tuple[int, str]] = {}
    names_of: dict[int, str] = {}
    archived: set[int] = set()
    query = Client.select(Client.id, Client.name, Client.archived).tuples()
    for client_id, name, is_archived in query.iterator():
        clients.setdefault(name_key(name), (client_id, name))
        names_of[client_id] = name
        if is_archived:
            archived.add(client_id)
    emails: dict[str, tuple[int, int, str, str]] = {}
    contact_names: dict[tuple[int, str], int] = {}
    people = Contact.select(Contact.id, Contact.client, Contact.name, Contact.email).tuples()
    for contact_id, client_id, name, email in people.iterator():
        if email.strip():
            emails.setdefault(email.strip().casefold(), (contact_id, client_id, name, ""))
        contact_names.setdefault((client_id, name_key(name)), contact_id)
    emails = {k: (c, cl, n, names_of.get(cl, "")) for k, (c, cl, n, _) in emails.items()}
    return _Index(clients, emails, contact_names, archived)


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


_LABELS = {"name": "Name", "email": "E-mail", "phone": "Phone", "website": "Website"}


def _check(record: PersonRecord, client_name: str) -> RowProblem | None:
    values = {"name": client_name, "email": record.email, "phone": record.phone}
    values["website"] = record.website
    try:
        validate_client(_client_input(record, client_name))
        validate_contact(_contact_input(record))
    except ValidationError as error:
        return problem(record.line, error, _LABELS, values)
    return None


def plan_people(records: list[PersonRecord], policy: DuplicatePolicy) -> PeoplePlan:
    """Match every record against the database and the rows before it; read-only."""
    rejected: list[RowProblem] = []
    with database.connection_context():
        index = _index()
        steps = _drop_unchanged(_steps(records, policy, index, rejected))
    return PeoplePlan(steps, rejected)


def _steps(
    records: list[PersonRecord],
    policy: DuplicatePolicy,
    index: _Index,
    rejected: list[RowProblem],
) -> list[PersonStep]:
    steps: list[PersonStep] = []
    seen_emails: dict[str, int] = {}  # e-mail -> line of the earlier row in the file
    for record in records:
        client_name = record.client_name or record.contact_name
        if (refused := _check(record, client_name)) is not None:
            rejected.append(refused)
            continue
        existing = index.clients.get(name_key(client_name))
        client_id = existing[0] if existing else None
        client_name = existing[1] if existing else " ".join(client_name.split())
        if client_id in index.archived:
            message = translate("import", "{0} is archived; restore it first.").format(client_name)
            rejected.append(RowProblem(record.line, message))
            continue
        step = PersonStep(record, Action.CREATE, client_name, client_id)
        steps.append(_duplicate_step(step, index, seen_emails, policy))
        if record.email:
            seen_emails.setdefault(record.email.casefold(), record.line)
    return steps


def _duplicate_step(
    step: PersonStep, index: _Index, seen: dict[str, int], policy: DuplicatePolicy
) -> PersonStep:
    """The step with SKIP or UPDATE when the row is already in the database or the file."""
    record = step.record
    email = record.email.casefold()
    if email and email in seen:
        return replace(
            step,
            action=Action.SKIP,
            reason=translate("import", "same e-mail as line {0} of this file.").format(seen[email]),
        )
    match: int | None = None
    matched = step
    if email and email in index.emails:
        contact_id, client_id, name, client = index.emails[email]
        match = contact_id
        reason = translate("import", "same e-mail as {0} ({1}).").format(name, client)
        matched = replace(step, client_id=client_id, client_name=client)
    elif step.client_id is not None:
        person = record.contact_name or record.client_name
        match = index.names.get((step.client_id, name_key(person)))
        contact_of = translate("import", "{0} is already a contact of {1}")
        reason = sentence(contact_of.format(person, step.client_name))
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
            with written_line(step.record.line):
                if step.action == Action.UPDATE and step.contact_id is not None:
                    _update_contact(step.contact_id, step.record)
                else:
                    values = stored_values(_contact_input(step.record))
                    Contact.insert(client=client_id, **values).execute()
            report_progress(progress, done, len(todo))
    return plan.summary()


_Stored = tuple[str, str, str, str]  # role, email, phone, notes


def _stored_contacts(contact_ids: list[int]) -> dict[int, _Stored]:
    found: dict[int, _Stored] = {}
    for start in range(0, len(contact_ids), 900):
        chunk = contact_ids[start : start + 900]
        query = Contact.select(
            Contact.id, Contact.role, Contact.email, Contact.phone, Contact.notes
        ).where(Contact.id.in_(chunk))
        for contact_id, *values in cast("Iterable[tuple[int, str, str, str, str]]", query.tuples()):
            found[contact_id] = (values[0], values[1], values[2], values[3])
    return found


def _contact_changes(record: PersonRecord, stored: _Stored) -> dict[str, str]:
    """What the row gives and differs: its non-empty role, e-mail and phone replace the
    stored ones; its notes are added after the stored notes (never replace them)."""
    changes = {
        column: value.strip()
        for column, value, before in zip(
            ("role", "email", "phone"),
            (record.role, record.email, record.phone),
            stored[:3],
            strict=True,
        )
        if value.strip() and value.strip() != before
    }
    notes, before_notes = record.notes.strip(), stored[3]
    if notes and notes not in before_notes:
        changes["notes"] = f"{before_notes.rstrip()}\n\n{notes}" if before_notes.strip() else notes
    return changes


def _drop_unchanged(steps: list[PersonStep]) -> list[PersonStep]:
    """An update that would change nothing is a skip: "already up to date"."""
    ids = [s.contact_id for s in steps if s.action == Action.UPDATE and s.contact_id]
    stored = _stored_contacts([i for i in ids if i is not None])
    out = []
    for step in steps:
        before = stored.get(step.contact_id) if step.contact_id else None
        if step.action == Action.UPDATE and before and not _contact_changes(step.record, before):
            step = replace(
                step, action=Action.SKIP, reason=translate("import", "already up to date.")
            )
        out.append(step)
    return out


def _update_contact(contact_id: int, record: PersonRecord) -> None:
    stored = _stored_contacts([contact_id]).get(contact_id)
    changes = _contact_changes(record, stored) if stored else {}
    if changes:
        Contact.update(**changes).where(Contact.id == contact_id).execute()
