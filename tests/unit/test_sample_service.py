"""Sample data through the services: into an empty database only; worker connections closed."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from ae_desktop.services import clients
from ae_desktop.services.connection import release_thread_connection
from ae_desktop.services.sample import DatabaseNotEmptyError, load_sample_data
from ae_desktop.store.models import Client, database


def test_sample_data_goes_into_an_empty_database_only(db):
    counts = load_sample_data(date(2026, 11, 27))
    assert counts["clients"] == Client.select().count() > 0
    with pytest.raises(DatabaseNotEmptyError):
        load_sample_data(date(2026, 11, 27))


def test_a_worker_thread_releases_its_own_connection(db):
    clients.create_client(clients.ClientInput("Acme"))
    states = []

    def work() -> None:
        Client.select().count()  # peewee opens this thread's own connection
        states.append(database.is_closed())
        release_thread_connection()
        states.append(database.is_closed())

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert states == [False, True]
    assert not database.is_closed()  # this thread's connection is still open
