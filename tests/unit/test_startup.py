"""The start-up read: opens the database beside Qt's loading and hands over the client list."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from ae_desktop.services import clients, contacts
from ae_desktop.services.startup import StartupRead
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.errors import NewerSchemaError

TODAY = date(2026, 11, 27)


def test_reads_the_clients_then_what_the_filter_searches(tmp_path):
    path = tmp_path / "ae-desktop.sqlite3"
    open_database(path, tmp_path / "backups")
    acme = clients.create_client(clients.ClientInput("Acme Logística"))
    contacts.add_contact(acme, contacts.ContactInput("Ana Peña", email="ana@acme.example"))
    close_database()

    startup = StartupRead(path, tmp_path / "backups", TODAY)
    startup.start()
    startup.database_ready()
    assert [row.name for row in startup.client_rows()] == ["Acme Logística"]
    startup.window_shown()
    assert startup.search_texts() == {acme: "acme logistica  ana pena ana@acme.example"}
    close_database()


def test_a_newer_database_is_reported_to_the_gui_thread(tmp_path):
    path = tmp_path / "ae-desktop.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {0x41454453}")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    startup = StartupRead(path, tmp_path / "backups", TODAY)
    startup.start()
    with pytest.raises(NewerSchemaError):
        startup.database_ready()
    with pytest.raises(NewerSchemaError):
        startup.client_rows()


def test_a_failed_read_reaches_the_gui_thread_not_an_empty_list(tmp_path, monkeypatch):
    import ae_desktop.services.startup as startup_module

    def broken(today):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(startup_module, "load_client_rows", broken)
    startup = StartupRead(tmp_path / "ae-desktop.sqlite3", tmp_path / "backups", TODAY)
    startup.start()
    with pytest.raises(RuntimeError, match="disk I/O error"):
        startup.client_rows()
    close_database()
