"""A database suspended for a restore: every use fails with a clear error and none reconnects
to the file; it is refused while another thread has a connection open; reopened after."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ae_desktop import paths
from ae_desktop.services import backups
from ae_desktop.store.db import (
    DatabaseUnavailableError,
    close_database,
    database_suspended,
    open_database,
    resume_database,
    suspend_database,
)
from ae_desktop.store.errors import StoreError
from ae_desktop.store.models import Client, database

NOW = datetime(2026, 11, 27, 17, 45, 3)


@pytest.fixture
def path(tmp_path: Path) -> Iterator[Path]:
    """An open AE Desktop database holding client "Acme"."""
    db_path = tmp_path / "ae-desktop.sqlite3"
    open_database(db_path, tmp_path / "backups")
    Client.create(name="Acme")
    yield db_path
    close_database()


def names() -> list[str]:
    return sorted(c.name for c in Client.select())


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file in *folder* with its size and modification time (ns)."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_every_use_of_a_suspended_database_fails_and_touches_no_file(path: Path) -> None:
    close_database()  # the -wal folded in, as after a checkpoint
    before = snapshot(path.parent)
    suspend_database()

    uses = {
        "a write": lambda: Client.create(name="Stray"),
        "a read": lambda: list(Client.select()),
        "a transaction": lambda: database.atomic("IMMEDIATE").__enter__(),
        "raw SQL": lambda: database.execute_sql("SELECT 1"),
        "a connect": lambda: database.connect(),
    }
    for use in uses.values():
        with pytest.raises(DatabaseUnavailableError, match="The database is being restored"):
            use()
    assert database_suspended() and database.is_closed()
    close_database()  # a no-op, not an error: the app's quit path may run it
    assert snapshot(path.parent) == before  # no -wal or -shm created, nothing written

    resume_database(path, path.parent / "backups")
    assert not database_suspended()
    assert names() == ["Acme"]


def test_a_failed_use_is_a_store_error_with_the_reason(path: Path) -> None:
    suspend_database("Being restored for this test.")
    with pytest.raises(StoreError, match="^Being restored for this test.$"):
        Client.create(name="Stray")
    resume_database(path)
    assert names() == ["Acme"]


def test_it_is_refused_while_another_thread_has_a_connection_open(path: Path) -> None:
    reading = threading.Event()
    done = threading.Event()

    def hold_a_connection() -> None:
        list(Client.select())
        reading.set()
        done.wait(10)
        database.close()

    holder = threading.Thread(target=hold_a_connection)
    holder.start()
    try:
        assert reading.wait(10)
        with pytest.raises(StoreError, match="Other work still has the database open"):
            suspend_database()
        assert not database_suspended()
        assert names() == ["Acme"]  # still usable: nothing was suspended
    finally:
        done.set()
        holder.join()
    suspend_database()  # the other thread closed its connection: now it may be
    assert database_suspended()


def test_a_connection_left_by_a_finished_thread_does_not_block_it(path: Path) -> None:
    holder = threading.Thread(target=lambda: list(Client.select()))  # never closes it
    holder.start()
    holder.join()
    suspend_database()
    assert database_suspended()


def test_when_it_cannot_be_opened_again_it_stays_unusable_with_the_reason(
    path: Path, tmp_path: Path
) -> None:
    suspend_database()
    not_ours = tmp_path / "not-ours.sqlite3"
    not_ours.write_bytes(b"plain text, not a database" * 10)
    with pytest.raises(StoreError):
        resume_database(not_ours)
    assert database_suspended()
    with pytest.raises(DatabaseUnavailableError, match="could not be opened again"):
        Client.create(name="Stray")
    resume_database(path)
    assert names() == ["Acme"]


# -- the restore use case ------------------------------------------------------------------


@pytest.fixture
def app_data() -> Iterator[Path]:
    """The data folder's own database, open, holding "Acme", with a backup of that."""
    db_path = paths.database_path()
    open_database(db_path, paths.backups_dir())
    Client.create(name="Acme")
    backups.backup_now(NOW)
    Client.create(name="Borealis")
    yield db_path
    close_database()


def test_restore_and_reopen_puts_the_backup_in_place_and_opens_it(app_data: Path) -> None:
    [backup] = backups.list_backups()
    backups.close_for_restore()
    with pytest.raises(DatabaseUnavailableError):
        Client.create(name="Stray")

    kept = backups.restore_and_reopen(backup.path, NOW.replace(hour=18))

    assert names() == ["Acme"]
    assert kept is not None and kept.label == "pre-restore"
    assert backups.check_file(kept.path) >= 1


def test_a_failed_restore_opens_the_database_from_before_again(
    app_data: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.sqlite3"
    backups.close_for_restore()
    with pytest.raises(StoreError) as raised:
        backups.restore_and_reopen(missing, NOW)
    assert not isinstance(raised.value, backups.NotReopenedError)
    assert names() == ["Acme", "Borealis"]


def test_a_database_that_cannot_be_opened_again_is_said_so(
    app_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ae_desktop.store import db

    real_open = db.open_database

    def refuse(path: Path, backups_dir: Path | None = None) -> db.AppDatabase:
        raise StoreError("the disk went away")

    [backup] = backups.list_backups()
    backups.close_for_restore()
    monkeypatch.setattr(db, "open_database", refuse)
    with pytest.raises(backups.NotReopenedError, match="could not be opened again: the disk"):
        backups.restore_and_reopen(backup.path, NOW.replace(hour=18))
    with pytest.raises(DatabaseUnavailableError, match="could not be opened again"):
        Client.create(name="Stray")
    monkeypatch.setattr(db, "open_database", real_open)
    backups.reopen()
    assert names() == ["Acme"]  # the restore itself was done
