"""Write transactions take the write lock up front and so wait for another writer."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

import pytest

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.services import clients, contacts, interactions
from ae_desktop.services.connection import write_transaction
from ae_desktop.store.models import Client

NOW = datetime(2026, 11, 27, 10, 0)


def _other_connection(db) -> sqlite3.Connection:
    return sqlite3.connect(db.database, timeout=0, isolation_level=None)


def test_a_write_transaction_holds_the_write_lock_before_its_first_write(db):
    clients.create_client(clients.ClientInput("Acme"))
    other = _other_connection(db)
    try:
        with write_transaction():
            Client.select().count()  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once it is over
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_write_that_reads_first_waits_for_another_writer(db):
    writing, done = threading.Event(), threading.Event()

    def other_writer() -> None:
        conn = sqlite3.connect(db.database, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE setting SET value = value")
        writing.set()
        done.wait(0.3)  # keeps the lock a while, well within the busy timeout
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=other_writer)
    thread.start()
    try:
        assert writing.wait(5)
        with write_transaction():
            count = Client.select().count()
            Client.insert(name=f"Client {count + 1}").execute()
    finally:
        done.set()
        thread.join(5)
    assert [c.name for c in Client.select()] == ["Client 1"]


def test_the_services_write_in_write_transactions(db, monkeypatch):
    begun: list[str | None] = []
    begin = db.begin
    monkeypatch.setattr(
        db, "begin", lambda lock_type=None: (begun.append(lock_type), begin(lock_type))[1]
    )
    client_id = clients.create_client(clients.ClientInput("Acme"))
    contact_id = contacts.add_contact(client_id, contacts.ContactInput("Ana"))
    contacts.update_contact(contact_id, contacts.ContactInput("Ana Peña"))
    data = interactions.InteractionInput(client_id, InteractionKind.CALL, NOW, "Called")
    interaction_id = interactions.log_interaction(data, now=NOW)
    interactions.update_interaction(interaction_id, data, now=NOW)
    assert begun == ["IMMEDIATE"] * 4
