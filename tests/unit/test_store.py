"""The store keeps data safe: pragmas, schema creation, refusals that write nothing, backups."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from ae_desktop.store import migrations
from ae_desktop.store.backup import backup_file
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.errors import NewerSchemaError, NotAnAEDatabaseError
from ae_desktop.store.models import Client, Contact, Deal, Interaction, Stage

TABLES = {
    "client",
    "contact",
    "interaction",
    "deal",
    "stage",
    "stage_change",
    "task",
    "time_block",
    "quota",
    "setting",
}


@pytest.fixture(autouse=True)
def _close_after() -> Iterator[None]:
    yield
    close_database()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> list[str]:
    """Journal files SQLite would leave next to *path* if it had opened it for writing."""
    return sorted(
        p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path
    )


def _make_client(name: str = "Acme") -> Client:
    return Client.create(name=name, tier="key", status="active", potential_revenue_minor=123456)


def _make_ae_file(path: Path, user_version: int) -> None:
    """A real AE Desktop database with one client, then restamped to *user_version*."""
    open_database(path, path.parent / "backups")
    _make_client()
    close_database()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={user_version}")
    conn.commit()
    conn.close()
    assert _siblings(path) == []


# --- a new database ------------------------------------------------------------------------


def test_connection_pragmas_protect_the_data(db: SqliteDatabase) -> None:
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] > 0


def test_wal_mode_is_persisted_in_the_file(db: SqliteDatabase, tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "ae-desktop.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_new_file_is_stamped_with_latest_version_and_our_application_id(
    db: SqliteDatabase,
) -> None:
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert migrations.APPLICATION_ID != 0


def test_new_file_has_exactly_the_ten_user_named_tables(db: SqliteDatabase) -> None:
    names = {
        row[0]
        for row in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    assert names == TABLES


def test_new_file_has_the_six_default_stages(db: SqliteDatabase) -> None:
    stages = [(s.name, s.probability, s.outcome) for s in Stage.select().order_by(Stage.position)]
    assert stages == [
        ("Lead", 10, "open"),
        ("Qualified", 25, "open"),
        ("Proposal", 50, "open"),
        ("Negotiation", 75, "open"),
        ("Won", 100, "won"),
        ("Lost", 0, "lost"),
    ]


def test_data_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    open_database(path, tmp_path / "backups")
    client = Client.create(name="Peña & Hijos 🚀", potential_revenue_minor=987654321)
    Contact.create(client=client, name="María", email="maria@pena.es")
    close_database()

    open_database(path, tmp_path / "backups")
    again = Client.get(Client.id == client.id)
    assert again.name == "Peña & Hijos 🚀"
    assert again.potential_revenue_minor == 987654321
    assert [c.email for c in again.contacts] == ["maria@pena.es"]
    assert Stage.select().count() == 6  # reopening does not seed the stages twice


def test_reopening_the_current_version_takes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    backups = tmp_path / "backups"
    open_database(path, backups)
    close_database()
    open_database(path, backups)
    assert not backups.exists() or list(backups.iterdir()) == []


def test_a_folder_name_with_hash_and_percent_opens_and_backs_up_the_real_file(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "C# 100%41 data?"
    folder.mkdir()
    path = folder / "ae-desktop.sqlite3"
    open_database(path, folder / "backups")
    _make_client("Acme")
    close_database()

    open_database(path, folder / "backups")  # reopening must not try to create it again
    assert [c.name for c in Client.select()] == ["Acme"]
    copy = backup_file(path, folder / "backups" / "copy.sqlite3")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT name FROM client").fetchall() == [("Acme",)]
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["C# 100%41 data?"]


# --- refusals that write nothing ------------------------------------------------------------


def test_newer_schema_is_refused_naming_both_versions_and_the_file_is_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    newer = migrations.LATEST_VERSION + 1
    _make_ae_file(path, newer)
    before = _sha256(path)

    with pytest.raises(NewerSchemaError) as info:
        open_database(path, tmp_path / "backups")

    message = str(info.value)
    assert f"schema version {newer}" in message
    assert f"schema version {migrations.LATEST_VERSION}" in message
    assert info.value.found == newer
    assert info.value.supported == migrations.LATEST_VERSION
    assert _sha256(path) == before
    assert _siblings(path) == []
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_newer_schema_is_refused_every_time(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    _make_ae_file(path, migrations.LATEST_VERSION + 5)
    before = _sha256(path)
    for _ in range(2):
        with pytest.raises(NewerSchemaError):
            open_database(path, tmp_path / "backups")
    assert _sha256(path) == before


@pytest.mark.parametrize(
    "content",
    [
        random.Random(7).randbytes(8192),
        b"name,tier\nAcme,key\n" * 200,
        "Just some notes, not a database. Peña ✓\n".encode() * 50,
    ],
    ids=["random-bytes", "csv-text", "utf8-text"],
)
def test_a_file_that_is_not_a_database_is_refused_and_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    path.write_bytes(content)

    with pytest.raises(NotAnAEDatabaseError):
        open_database(path, tmp_path / "backups")

    assert path.read_bytes() == content
    assert _siblings(path) == []


def _foreign_file(path: Path, user_version: int, application_id: int, wal: bool) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=wal")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    conn.execute(f"PRAGMA user_version={user_version}")
    conn.execute(f"PRAGMA application_id={application_id}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("user_version", "application_id", "wal"),
    [
        (0, 0, False),  # an unversioned SQLite file of another program
        (0, 0, True),
        (migrations.LATEST_VERSION, 0x12345678, False),  # same version number, other app
        (77, 0, True),  # a program with its own, higher schema version
    ],
    ids=["unversioned", "unversioned-wal", "other-application-id", "other-versioned"],
)
def test_a_database_of_another_program_is_refused_and_untouched(
    tmp_path: Path, user_version: int, application_id: int, wal: bool
) -> None:
    path = tmp_path / "places.sqlite"
    _foreign_file(path, user_version, application_id, wal)
    assert _siblings(path) == []
    before = _sha256(path)

    with pytest.raises(NotAnAEDatabaseError):
        open_database(path, tmp_path / "backups")

    assert _sha256(path) == before
    assert _siblings(path) == []
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT url FROM moz_places").fetchall() == [("https://example.com",)]
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master")]
        assert tables == ["moz_places"]
    finally:
        conn.close()


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    path.touch()
    db = open_database(path, tmp_path / "backups")
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    assert Stage.select().count() == 6


# --- foreign keys ---------------------------------------------------------------------------


def test_a_deal_for_a_missing_client_is_rejected(db: SqliteDatabase) -> None:
    lead = Stage.get(Stage.name == "Lead")
    with pytest.raises(IntegrityError):
        Deal.create(client=9999, title="Ghost deal", stage=lead, created_on=date(2025, 1, 1))
    assert Deal.select().count() == 0


def test_deleting_a_client_with_deals_is_refused(db: SqliteDatabase) -> None:
    client = _make_client()
    lead = Stage.get(Stage.name == "Lead")
    Deal.create(client=client, title="Renewal", stage=lead, created_on=date(2025, 1, 1))
    with pytest.raises(IntegrityError):
        Client.delete().where(Client.id == client.id).execute()
    assert Client.select().count() == 1


def test_deleting_a_contact_keeps_the_interaction_unlinked(db: SqliteDatabase) -> None:
    client = _make_client()
    contact = Contact.create(client=client, name="Ana")
    interaction = Interaction.create(
        client=client,
        contact=contact,
        kind="call",
        occurred_at=datetime(2025, 3, 1, 10, 0),
        summary="Discussed renewal",
    )
    Contact.delete().where(Contact.id == contact.id).execute()

    kept = Interaction.get(Interaction.id == interaction.id)
    assert kept.contact_id is None
    assert kept.summary == "Discussed renewal"


# --- backups --------------------------------------------------------------------------------


def test_backup_of_a_live_database_has_the_same_rows_and_passes_integrity_check(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    client = _make_client("Acme <b>bold</b>")
    Contact.create(client=client, name="Ana", email="ana@acme.com")
    Interaction.create(
        client=client,
        kind="meeting",
        occurred_at=datetime(2025, 3, 1, 10, 0),
        summary="Kick-off",
    )
    # The rows are still in the -wal file, not yet checkpointed: the backup must see them.
    dest = tmp_path / "out" / "copy.sqlite3"

    result = backup_file(tmp_path / "ae-desktop.sqlite3", dest)

    assert result == dest
    assert not list(dest.parent.glob("*.part"))
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT name FROM client").fetchall() == [("Acme <b>bold</b>",)]
        assert conn.execute("SELECT email FROM contact").fetchall() == [("ana@acme.com",)]
        assert conn.execute("SELECT summary FROM interaction").fetchall() == [("Kick-off",)]
    finally:
        conn.close()

    close_database()
    open_database(dest, tmp_path / "other-backups")
    assert [c.name for c in Client.select()] == ["Acme <b>bold</b>"]
    assert Stage.select().count() == 6


def test_backup_replaces_a_stale_part_file_and_leaves_none(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    _make_client()
    dest = tmp_path / "copy.sqlite3"
    dest.with_name(dest.name + ".part").write_bytes(b"half-written garbage")

    backup_file(tmp_path / "ae-desktop.sqlite3", dest)

    assert not dest.with_name(dest.name + ".part").exists()
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("SELECT name FROM client").fetchall() == [("Acme",)]
    finally:
        conn.close()
