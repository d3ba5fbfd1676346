"""Restoring a backup over the database: verified first, the current data kept, an exclusive
lock held through the swap so no other connection can write to the file meanwhile."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from ae_desktop.store.backup import (
    LABEL_PRE_RESTORE,
    RESTORE_PART,
    BackupInfo,
    _commit,
    _free_name,
    _info,
    _write_verified,
    backup_connection,
    verify_backup,
)
from ae_desktop.store.errors import DamagedDatabaseError, StoreError
from ae_desktop.store.health import (
    SIDE_FILES,
    check_connection,
    damage_from,
    has_data,
    readonly_uri,
    set_aside_damaged,
    side_file,
    unreadable_reason,
    wal_pending,
)
from ae_desktop.translation import translate

log = logging.getLogger(__name__)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


# How long a restore waits for the database to be free before it says it is in use: long
# enough for a query in flight to finish, short enough not to look hung.
LOCK_TIMEOUT_SECONDS = 1.0

# What SQLite may keep beside a database: the WAL, its index, the rollback journal.
_BESIDE = (*SIDE_FILES, "-journal")


def _in_use(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", None) or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _lock_database(db_path: Path) -> sqlite3.Connection:
    """A connection holding *db_path* exclusively until it closes: nobody else, in this
    process or another, can read or write it meanwhile, and one that already has it open
    makes this fail. Raises StoreError ("the database is in use"), DamagedDatabaseError
    (its first page cannot be read), or StoreError (it cannot be read: see damage_from).

    PRAGMA locking_mode=EXCLUSIVE keeps every lock a connection takes; BEGIN EXCLUSIVE takes
    the strongest. In WAL mode the connection then reads the -wal without the shared -shm
    index, and any other connection holding the file open (it keeps a shared lock) is seen.
    """
    try:
        conn = sqlite3.connect(
            db_path.resolve().as_uri() + "?mode=rw",
            uri=True,
            timeout=LOCK_TIMEOUT_SECONDS,
            isolation_level=None,
        )
    except sqlite3.Error as exc:
        raise damage_from(db_path, exc) from exc
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")  # the lock stays: the connection is in exclusive mode
    except sqlite3.Error as exc:
        conn.close()
        if _in_use(exc):
            raise StoreError(
                translate(
                    "backup",
                    "The database {0} was not replaced: the database is in use (by another "
                    "program, another AE Desktop, or another part of this one). Close it there and "
                    "try again. Nothing was changed.",
                ).format(db_path)
            ) from exc
        raise damage_from(db_path, exc) from exc
    return conn


def _take_from(
    conn: sqlite3.Connection, db_path: Path, backups_dir: Path, label: str, now: datetime
) -> BackupInfo:
    """A verified backup read through *conn*, open on *db_path* (see backup_file)."""
    dest = _free_name(backups_dir, label, now)
    try:
        backup_connection(conn, dest)
    except OSError as exc:
        raise StoreError(
            translate("backup", "Could not write the backup {0}: {1}").format(dest, exc)
        ) from exc
    except sqlite3.Error as exc:
        if isinstance(exc, sqlite3.OperationalError):
            raise StoreError(
                translate("backup", "Could not write the backup {0}: {1}").format(dest, exc)
            ) from exc
        raise damage_from(db_path, exc) from exc
    info = _info(dest)
    if info is None:
        raise StoreError(
            translate("backup", "The backup {0} vanished as it was written").format(dest)
        )
    return info


def _fold_wal(conn: sqlite3.Connection, db_path: Path) -> None:
    """Make the main file hold all the data, through the lock: the WAL is checkpointed into
    it (durably, by SQLite, before it removes the -wal) and the file leaves WAL mode. So no
    -wal is left to be replayed onto the restored file, and a crash from here on leaves a
    complete database either way; the caller has its data in a pre-restore backup already.
    The lock's rollback journal, zeroed, stays open until the lock closes."""
    try:
        mode = str(conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
    except sqlite3.Error as exc:
        raise StoreError(
            translate(
                "backup",
                "The database {0} could not be made ready for the restore: {1}. Nothing was "
                "replaced.",
            ).format(db_path, unreadable_reason(exc))
        ) from exc
    if mode != "delete":
        raise StoreError(
            translate(
                "backup",
                "The database {0} could not be made ready for the restore: SQLite kept it in "
                "{1} mode. Nothing was replaced.",
            ).format(db_path, mode)
        )


def _move_aside(db_path: Path, now: datetime) -> list[tuple[Path, Path]]:
    """Rename what is beside *db_path* (-wal, -shm, -journal) to <name>.replaced-<stamp>...,
    never deleting it: (from, to) pairs. Nothing there may ever sit beside the restored file."""
    stamp = f"{now:%Y%m%d-%H%M%S}"
    base, count = f"{db_path.name}.replaced-{stamp}", 1
    while any(db_path.with_name(base + s).exists() for s in _BESIDE):
        count += 1
        base = f"{db_path.name}.replaced-{stamp}-{count}"
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in _BESIDE:
            source = side_file(db_path, suffix)
            if source.exists():
                target = db_path.with_name(base + suffix)
                source.rename(target)
                moved.append((source, target))
    except OSError:
        _put_back(moved)
        raise
    return moved


def _put_back(moved: list[tuple[Path, Path]]) -> None:
    for source, target in reversed(moved):
        try:
            target.rename(source)
        except OSError as exc:
            log.warning("Could not put %s back as %s: %s", target, source, exc)


def _swap_in(tmp: Path, db_path: Path) -> None:
    """Rename the restored file into place; StoreError when the rename fails (nothing was
    replaced: on Windows, another program holding the database open)."""
    try:
        _commit(tmp, db_path)
    except OSError as exc:
        if tmp.exists():  # the rename itself failed
            raise StoreError(
                translate(
                    "backup",
                    "The restored database could not replace {0} ({1}); the database may be in "
                    "use. Nothing was replaced.",
                ).format(db_path, exc)
            ) from exc
        raise


# On Windows a file that is open cannot be renamed or replaced (SQLite opens it without
# FILE_SHARE_DELETE): there the lock closes just before the renames, and the rename of the
# restored file fails cleanly should another program open the database meanwhile. On POSIX
# the lock is held through the swap.
HOLD_LOCK_THROUGH_RENAME = os.name == "posix"


def _close_before_rename(lock: sqlite3.Connection) -> None:
    if not HOLD_LOCK_THROUGH_RENAME:
        lock.close()


def _replace_damaged(
    lock: sqlite3.Connection | None,
    tmp: Path,
    db_path: Path,
    now: datetime,
    problem: str,
    *,
    had_wal: bool,
) -> None:
    if lock is not None:
        _close_before_rename(lock)
    wal = side_file(db_path, "-wal")
    try:
        if not had_wal and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()  # the lock's own, empty: not part of what is set aside
    except OSError:
        pass
    kept = set_aside_damaged(db_path, now)
    log.warning("The database was damaged (%s); set aside as %s", problem, kept.name)
    _swap_in_after_setting_aside(tmp, db_path, kept)


def _swap_in_after_setting_aside(tmp: Path, db_path: Path, kept: Path) -> None:
    """_swap_in; when it fails, what set_aside_damaged moved to *kept* goes back."""
    try:
        _swap_in(tmp, db_path)
    except BaseException:
        for suffix in ("", *SIDE_FILES):
            source, target = side_file(db_path, suffix), side_file(kept, suffix)
            if target.exists() and not source.exists():
                try:
                    target.rename(source)
                except OSError as exc:
                    log.warning("Could not put %s back as %s: %s", target, source, exc)
        raise


def _replace(tmp: Path, db_path: Path, backups_dir: Path, now: datetime) -> BackupInfo | None:
    """Put the verified *tmp* in place of *db_path*, keeping what it holds first (see
    restore_backup)."""
    if not has_data(db_path):  # nothing to lock (opening would create it, or drop a -wal)
        if wal_pending(db_path):  # an empty main file with a -wal: keep both as they are
            _swap_in_after_setting_aside(tmp, db_path, set_aside_damaged(db_path, now))
            return None
        moved = _move_aside(db_path, now)
        try:
            _swap_in(tmp, db_path)
        except BaseException:
            _put_back(moved)
            raise
        for _, target in moved:
            target.unlink(missing_ok=True)
        return None
    full = wal_pending(db_path)  # a crashed session: the full check, as check_database
    had_wal = side_file(db_path, "-wal").exists()
    try:
        lock = _lock_database(db_path)
    except DamagedDatabaseError as exc:  # its first page is unreadable: nothing can use it
        _replace_damaged(None, tmp, db_path, now, exc.problem, had_wal=had_wal)
        return None
    try:
        try:
            check_connection(lock, db_path, full=full)
            kept = _take_from(lock, db_path, backups_dir, LABEL_PRE_RESTORE, now)
        except DamagedDatabaseError as exc:
            _replace_damaged(lock, tmp, db_path, now, exc.problem, had_wal=had_wal)
            return None
        _fold_wal(lock, db_path)
        _close_before_rename(lock)
        moved = _move_aside(db_path, now)
        try:
            _swap_in(tmp, db_path)
        except BaseException:
            _put_back(moved)
            raise
    finally:
        # On POSIX only now, the restored file in place. Closing, SQLite removes the lock's
        # -journal (or, after a damaged database was set aside, its -wal) by name: a
        # connection that opened the restored file and wrote in the instant between the
        # rename and this close could lose that file. The app keeps its own closed meanwhile.
        lock.close()
    for _, target in moved:
        try:
            target.unlink()
        except OSError as exc:  # a stale side file of the replaced database: harmless
            log.warning("Could not remove %s: %s", target, exc)
    return kept


def restore_backup(
    backup: Path, db_path: Path, backups_dir: Path, *, now: datetime
) -> BackupInfo | None:
    """Replace the database at *db_path* (CLOSED by the caller) by the backup at *backup*.

    verify_backup first: nothing is touched when it fails. The backup is copied with the
    backup API into a temp file beside *db_path* and integrity-checked. Then the current
    database is locked exclusively (_lock_database), so that nobody else can use it; when
    anyone has it open, StoreError ("the database is in use") and nothing changed. Through
    that lock it is checked and kept, as a "pre-restore" backup (returned) when it is sound,
    or set aside with set_aside_damaged (None returned) when it is damaged. A sound one then
    has its -wal folded into the main file by SQLite (_fold_wal), so a crash at any point
    leaves either the old database, complete, or the restored one; whatever is still beside
    it (-shm, -journal) is renamed aside, the restored file renamed into place (0600 on
    POSIX), and only then is the lock closed and are the renamed side files removed. Never
    rotates: that could remove the very backup being restored. A restored database of an
    older schema is migrated by the next open_database as usual.

    A connection opening the file while it is locked gets SQLITE_BUSY; one opened before the
    rename and used after it would see the old file: the caller keeps its own closed
    throughout (the app suspends its database meanwhile).
    """
    verify_backup(backup)
    if _same_file(backup, db_path):
        raise StoreError(
            translate("backup", "{0} is the database itself: there is nothing to restore").format(
                backup
            )
        )
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(db_path.name + RESTORE_PART)
    try:
        src = sqlite3.connect(readonly_uri(backup), uri=True)
    except sqlite3.Error as exc:
        raise damage_from(backup, exc) from exc
    try:
        _write_verified(src, tmp)
    except sqlite3.OperationalError as exc:
        raise StoreError(
            translate("backup", "Could not write the restored database beside {0}: {1}").format(
                db_path, exc
            )
        ) from exc
    except sqlite3.Error as exc:
        raise damage_from(backup, exc) from exc
    finally:
        src.close()
    try:
        kept = _replace(tmp, db_path, backups_dir, now)
    except BaseException:
        tmp.unlink(missing_ok=True)
        side_file(tmp, "-journal").unlink(missing_ok=True)
        raise
    log.info("Restored %s into %s", backup, db_path)
    return kept
