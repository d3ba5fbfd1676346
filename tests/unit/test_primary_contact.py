"""Make primary: one flag moves, nothing else is written or checked again; undo can move it back."""

from __future__ import annotations

import pytest

from ae_desktop.services import clients, contacts
from ae_desktop.services.errors import NotFoundError
from ae_desktop.store.models import Contact


def _old_contact(client_id: int, name: str, **fields: object) -> int:
    """A contact as an older version stored it: no check of today's has seen it."""
    return int(Contact.insert(client=client_id, name=name, **fields).execute())


def _primaries(client_id: int) -> list[str]:
    return [c.name for c in contacts.list_contacts(client_id) if c.is_primary]


def test_set_primary_moves_the_flag_without_checking_the_other_fields(db):
    acme = clients.create_client(clients.ClientInput("Acme"))
    ana = _old_contact(acme, "Ana", email="ana at acme", phone="12", is_primary=True)
    luis = _old_contact(acme, "Luis", email="luis@", phone="x", updated_at="2020-01-01 00:00:00")
    before = Contact.get_by_id(luis)
    assert contacts.set_primary(luis) == ana
    assert _primaries(acme) == ["Luis"]
    after = Contact.get_by_id(luis)
    assert (after.email, after.phone, after.updated_at) == (
        before.email,
        before.phone,
        before.updated_at,
    )
    assert contacts.set_primary(ana) == luis  # the undo
    assert _primaries(acme) == ["Ana"]


def test_set_primary_returns_none_without_a_primary_and_itself_when_it_was(db):
    acme = clients.create_client(clients.ClientInput("Acme"))
    other = clients.create_client(clients.ClientInput("Other"))
    ana = contacts.add_contact(acme, contacts.ContactInput("Ana"))
    contacts.add_contact(other, contacts.ContactInput("Olga", is_primary=True))
    assert contacts.set_primary(ana) is None
    assert contacts.set_primary(ana) == ana
    assert _primaries(acme) == ["Ana"]
    assert _primaries(other) == ["Olga"]  # another client's primary is left alone
    contacts.clear_primary(acme)
    assert _primaries(acme) == []
    assert _primaries(other) == ["Olga"]


def test_set_primary_of_a_missing_contact(db):
    with pytest.raises(NotFoundError):
        contacts.set_primary(404)
