"""Contacts: the people at a client; at most one is the primary contact."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from ae_desktop.domain.text import is_valid_email
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.field_checks import phone_error
from ae_desktop.store.models import Client, Contact, Interaction
from ae_desktop.translation import translate


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    is_primary: bool = False
    notes: str = ""


@dataclass(frozen=True)
class ContactRow:
    id: int
    client_id: int
    name: str
    role: str
    email: str
    phone: str
    is_primary: bool
    notes: str

    def as_input(self) -> ContactInput:
        return ContactInput(
            self.name, self.role, self.email, self.phone, self.is_primary, self.notes
        )


def validate_contact(
    data: ContactInput, client_id: int | None = None, contact_id: int | None = None
) -> None:
    """Refuses bad input; with *client_id*, also an e-mail address another contact
    (not *contact_id*) of that client already has."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = translate("contacts", "A contact needs a name.")
    email = data.email.strip()
    if email and not is_valid_email(email):
        errors["email"] = translate("contacts", "{0!r} is not a valid e-mail address.").format(
            email
        )
    elif email and client_id is not None:
        holder = _holder_of_email(client_id, email, contact_id)
        if holder is not None:
            errors["email"] = translate("contacts", "{0} already has this e-mail address.").format(
                holder
            )
    if message := phone_error(data.phone):
        errors["phone"] = message
    if errors:
        raise ValidationError(errors)


def _holder_of_email(client_id: int, email: str, contact_id: int | None) -> str | None:
    """The name of another contact of the client with *email*, ignoring case."""
    key = email.casefold()
    query = Contact.select(Contact.id, Contact.name, Contact.email).where(
        (Contact.client == client_id) & (Contact.email != "")
    )
    contact: Contact
    for contact in query:
        if contact.id != contact_id and contact.email.strip().casefold() == key:
            return str(contact.name)
    return None


def stored_values(data: ContactInput) -> dict[str, object]:
    return {
        "name": data.name.strip(),
        "role": data.role.strip(),
        "email": data.email.strip(),
        "phone": data.phone.strip(),
        "is_primary": data.is_primary,
        "notes": data.notes,
    }


def _clear_other_primaries(client_id: int, keep_id: int) -> None:
    Contact.update(is_primary=False).where(
        (Contact.client == client_id) & (Contact.id != keep_id)
    ).execute()


def add_contact(client_id: int, data: ContactInput) -> int:
    validate_contact(data, client_id)
    if Client.get_or_none(Client.id == client_id) is None:
        raise NotFoundError(client_id)
    with write_transaction():
        contact_id = int(Contact.insert(client=client_id, **stored_values(data)).execute())
        if data.is_primary:
            _clear_other_primaries(client_id, contact_id)
    return contact_id


def update_contact(contact_id: int, data: ContactInput) -> None:
    contact = Contact.get_or_none(Contact.id == contact_id)
    validate_contact(data, contact.client_id if contact else None, contact_id)
    if contact is None:
        raise NotFoundError(contact_id)
    with write_transaction():
        values = stored_values(data) | {"updated_at": datetime.now().replace(microsecond=0)}
        Contact.update(**values).where(Contact.id == contact_id).execute()
        if data.is_primary:
            _clear_other_primaries(contact.client_id, contact_id)


def set_primary(contact_id: int) -> int | None:
    """Make the contact its client's primary contact, writing only the primary flags.

    Returns the previous primary contact's id for undo (the contact's own when it already
    was, None when the client had none). The other fields are not validated again, as
    update_contact would: contacts stored by an older version may not pass today's checks.
    """
    with write_transaction():
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            raise NotFoundError(contact_id)
        client_id = contact.client_id
        query = Contact.select(Contact.id).where(
            (Contact.client == client_id) & (Contact.is_primary == True)  # noqa: E712
        )
        primaries = [int(primary.id) for primary in query.order_by(Contact.id)]
        _clear_other_primaries(client_id, contact_id)
        Contact.update(is_primary=True).where(Contact.id == contact_id).execute()
    if contact_id in primaries:
        return contact_id
    return primaries[0] if primaries else None


def clear_primary(client_id: int) -> None:
    """The client has no primary contact (undo of a set_primary that found none)."""
    Contact.update(is_primary=False).where(Contact.client == client_id).execute()


@dataclass(frozen=True)
class DeletedContact:
    """What undo needs: the contact and the interactions that named them."""

    row: ContactRow
    interaction_ids: tuple[int, ...]


def delete_contact(contact_id: int) -> DeletedContact:
    """Delete a contact; their interactions stay, unlinked, and restore_contact links them back."""
    row = get_contact(contact_id)
    with write_transaction():
        linked = Interaction.select(Interaction.id).where(Interaction.contact == contact_id)
        rows = cast("Iterable[tuple[int]]", linked.tuples())
        interaction_ids = tuple(iid for (iid,) in rows)
        Contact.delete().where(Contact.id == contact_id).execute()
    return DeletedContact(row, interaction_ids)


def restore_contact(deleted: DeletedContact) -> int:
    """Re-insert a deleted contact under its old id (undo of delete) and relink its history.

    Ids are never handed out twice (schema v2), so the old id is still free.
    """
    row = deleted.row
    with write_transaction():
        values = stored_values(row.as_input())
        contact_id = int(Contact.insert(id=row.id, client=row.client_id, **values).execute())
        if row.is_primary:
            _clear_other_primaries(row.client_id, contact_id)
        if deleted.interaction_ids:
            Interaction.update(contact=contact_id).where(
                Interaction.id.in_(deleted.interaction_ids) & Interaction.contact.is_null()
            ).execute()
    return contact_id


def _row(contact: Contact) -> ContactRow:
    return ContactRow(
        id=contact.id,
        client_id=contact.client_id,
        name=contact.name,
        role=contact.role,
        email=contact.email,
        phone=contact.phone,
        is_primary=contact.is_primary,
        notes=contact.notes,
    )


def get_contact(contact_id: int) -> ContactRow:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFoundError(contact_id)
    return _row(contact)


def list_contacts(client_id: int) -> list[ContactRow]:
    query = (
        Contact.select()
        .where(Contact.client == client_id)
        .order_by(Contact.is_primary.desc(), Contact.name)
    )
    return [_row(contact) for contact in query]
