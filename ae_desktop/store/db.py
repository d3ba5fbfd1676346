"""The one place that opens the database: pragmas, version checks, backups before migrating."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from ae_desktop.store import migrations
from ae_desktop.store.backup import labelled_backup
from ae_desktop.store.errors import NewerSchemaError, NotAnAEDatabaseError, StoreError
from ae_desktop.store.models import database
from ae_desktop.translation import translate

log = logging.getLogger(__name__)

PRIVATE_MODE = 0o600  # the data dir is 0700 too; this stays true of a copied file

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
}


RESTORING = "The database is being restored."  # suspend_database's reason, translated there


class DatabaseUnavailableError(StoreError):
    """The database cannot be used in this process right now (it is being restored, or could
    not be opened again after a restore); nothing was read or written."""


class AppDatabase(SqliteDatabase):
    """The app's database: peewee's, knowing which threads have a connection open (peewee
    opens one per thread), so that the file is never replaced while one of them does."""

    def __init__(self, path: str, **kwargs: Any) -> None:
        super().__init__(path, **kwargs)
        self._holders: dict[int, threading.Thread] = {}  # by thread id: one connection each
        self._holders_lock = threading.Lock()

    def connect(self, reuse_if_open: bool = False) -> bool:
        opened = super().connect(reuse_if_open)
        if opened:
            with self._holders_lock:
                self._holders[threading.get_ident()] = threading.current_thread()
        return opened

    def close(self) -> bool:
        closed = super().close()
        if closed:
            with self._holders_lock:
                self._holders.pop(threading.get_ident(), None)
        return closed

    def open_in_other_threads(self) -> int:
        """How many other live threads have a connection open (a finished thread's closed
        with it)."""
        me = threading.current_thread()
        with self._holders_lock:
            return sum(1 for t in self._holders.values() if t is not me and t.is_alive())


class _Unavailable(SqliteDatabase):
    """Stands in for the database while it must not be used: every query, transaction or
    connect raises DatabaseUnavailableError instead of (re)connecting to the file."""

    def __init__(self, reason: str) -> None:
        super().__init__(":memory:")
        self.reason = reason

    def connect(self, reuse_if_open: bool = False) -> bool:
        raise DatabaseUnavailableError(self.reason)


def _inspect(path: Path) -> tuple[int, int, int]:
    """Read (user_version, application_id, table count) without writing a byte."""
    # A proper file: URI, so a folder named "a#b" or "50%" is not cut short or decoded; and,
    # with no -wal beside it, immutable so that merely looking creates no -wal/-shm files.
    wal = path.with_name(path.name + "-wal")
    uri = path.resolve().as_uri() + ("?mode=ro" if wal.exists() else "?mode=ro&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotAnAEDatabaseError(str(path), str(exc)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotAnAEDatabaseError(str(path), str(exc)) from exc
    finally:
        conn.close()
    return int(version), int(app_id), int(tables)


def open_database(path: Path, backups_dir: Path | None = None) -> AppDatabase:
    """Open (creating or migrating) the database at *path* and bind the records to it.

    Raises NewerSchemaError or NotAnAEDatabaseError, leaving the file untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    exists = path.exists() and path.stat().st_size > 0
    version = 0
    if exists:
        version, app_id, tables = _inspect(path)
        # Every AE Desktop database carries our application_id: without it, a file with a
        # schema version or tables is another program's, not one from a newer AE Desktop.
        ours = app_id == migrations.APPLICATION_ID
        if (not ours and (app_id or version or tables)) or (version == 0 and tables):
            reason = translate("database", "it holds tables of another program")
            raise NotAnAEDatabaseError(str(path), reason)
        if version > migrations.LATEST_VERSION:
            raise NewerSchemaError(str(path), version, migrations.LATEST_VERSION)
        if 0 < version < migrations.LATEST_VERSION:
            target = backups_dir or path.parent / "backups"
            label = f"pre-migration-v{version}-to-v{migrations.LATEST_VERSION}"
            saved = labelled_backup(path, target, label, datetime.now())
            log.info("Backed up the database before migrating: %s", saved.name)

    if not exists:
        _create_private(path)
    db = AppDatabase(str(path), pragmas=PRAGMAS)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        _make_private(path)
        if version == 0:
            migrations.create_schema(db)
        elif version < migrations.LATEST_VERSION:
            migrations.migrate(db, version)
    except Exception:
        db.close()
        raise
    return db


def _create_private(path: Path) -> None:
    """Create the new database file 0600 before SQLite does, whatever the umask.

    SQLite gives the -wal, -shm and journal files it creates the mode of the database file.
    """
    if os.name == "posix":
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_MODE))


def _make_private(path: Path) -> None:
    """Make the database and its -wal and -shm 0600: those of an earlier version were 0644."""
    if os.name != "posix":
        return
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.stat().st_mode & 0o777 != PRIVATE_MODE:
                os.chmod(file, PRIVATE_MODE)
        except FileNotFoundError:
            continue
        except OSError as exc:  # another user's file, on a share: still usable, so open it
            log.warning("Cannot make %s private: %s", file.name, type(exc).__name__)


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def suspend_database(reason: str = RESTORING) -> None:
    """Make the database unusable in this process until resume_database (or open_database)
    binds it again: every use raises DatabaseUnavailableError(*reason*), in every thread, so
    nothing reads, writes or reconnects to the file while it is replaced (peewee would
    otherwise reconnect on the next query). Closes the calling thread's connection.

    Call it on the thread that holds the app's connection (the GUI thread) once the workers
    are idle: when another live thread still has a connection open, raises StoreError and
    leaves the database as it was.
    """
    if reason == RESTORING:
        reason = translate("database", "The database is being restored.")
    current = database.obj
    # Bound first, so that no thread opens a new connection to the file once we look.
    database.initialize(_Unavailable(reason))
    if not isinstance(current, AppDatabase):
        return
    try:
        if not current.is_closed():
            current.close()
        others = current.open_in_other_threads()
    except BaseException:
        database.initialize(current)
        raise
    if others:
        database.initialize(current)
        if others == 1:
            busy = translate(
                "database",
                "Other work still has the database open; try again when it is done (1 thread).",
            )
        else:
            busy = translate(
                "database",
                "Other work still has the database open; try again when it is done ({0} threads).",
            ).format(others)
        raise StoreError(busy)


def resume_database(path: Path, backups_dir: Path | None = None) -> AppDatabase:
    """open_database after suspend_database. When it cannot be opened, the database stays
    unusable (with a message saying so) rather than half-open, and the error is raised."""
    try:
        return open_database(path, backups_dir)
    except BaseException as exc:
        message = translate("database", "The database could not be opened again: {0}")
        database.initialize(_Unavailable(message.format(exc)))
        raise


def database_suspended() -> bool:
    """Whether suspend_database (or a failed resume_database) left the database unusable."""
    return isinstance(database.obj, _Unavailable)
