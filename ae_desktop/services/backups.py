"""Backups as the app takes and restores them: the data folder's database and backups folder."""

from __future__ import annotations

import threading
from datetime import datetime
from enum import Enum
from pathlib import Path

from ae_desktop import paths
from ae_desktop.store import backup as store
from ae_desktop.store.backup import BackupInfo
from ae_desktop.store.backup_due import backup_due, daily_backup_due
from ae_desktop.store.db import RESTORING, resume_database, suspend_database
from ae_desktop.store.errors import DamagedDatabaseError, StoreError
from ae_desktop.store.health import set_aside_damaged
from ae_desktop.store.restore import restore_backup
from ae_desktop.translation import translate

__all__ = [
    "BackupInfo",
    "BackupKind",
    "DamagedDatabaseError",
    "NotReopenedError",
    "StoreError",
    "backup_if_due",
    "backup_now",
    "backups_folder",
    "check_file",
    "close_for_restore",
    "kind_of",
    "list_backups",
    "newest_good_backup",
    "reopen",
    "restore_and_reopen",
    "restore_closed",
    "set_aside",
]

# One backup or restore at a time: the hourly one in a worker, "Back up now" in another and a
# restore would otherwise rotate and rename in the same folder at once.
_one_at_a_time = threading.Lock()


class BackupKind(Enum):
    AUTOMATIC = "automatic"
    MANUAL = "manual"
    BEFORE_UPGRADE = "before upgrade"
    BEFORE_RESTORE = "before restore"
    OTHER = "other"


def kind_of(backup: BackupInfo) -> BackupKind:
    """What made the backup, from its label."""
    label = backup.label
    if label == "auto":
        return BackupKind.AUTOMATIC
    if label == "manual":
        return BackupKind.MANUAL
    if label.startswith("pre-migration"):
        return BackupKind.BEFORE_UPGRADE
    if label.startswith("pre-restore"):
        return BackupKind.BEFORE_RESTORE
    return BackupKind.OTHER


def backups_folder() -> Path:
    return paths.backups_dir()


def list_backups() -> list[BackupInfo]:
    """The backups in the data folder, newest first."""
    return store.list_backups(paths.backups_dir())


def backup_now(now: datetime, label: str = "manual") -> BackupInfo:
    """A verified backup of the open database (safe beside the app's own connection)."""
    with _one_at_a_time:
        return store.back_up_now(paths.database_path(), paths.backups_dir(), now=now, label=label)


def backup_if_due(now: datetime, *, daily: bool) -> BackupInfo | None:
    """An automatic backup when one is due, else None.

    On quit (*daily* False): when the data changed since the newest backup. While the app
    runs (*daily* True): when it changed and no automatic backup is a day old or younger.
    """
    db_path, folder = paths.database_path(), paths.backups_dir()
    with _one_at_a_time:
        due = daily_backup_due if daily else backup_due
        if not due(db_path, folder, now=now):
            return None
        return store.back_up_now(db_path, folder, now=now, label="auto")


def check_file(path: Path) -> int:
    """The schema version of an AE Desktop database file that may be restored; raises a
    StoreError naming what is wrong with it otherwise."""
    return store.verify_backup(path)


class NotReopenedError(StoreError):
    """After a restore, or a failed one, the database could not be opened again."""

    def __init__(self, cause: BaseException, restore_error: BaseException | None = None) -> None:
        self.cause = cause
        self.restore_error = restore_error
        text = translate("backup", "The database could not be opened again: {0}").format(cause)
        if restore_error is not None:
            text = translate(
                "backup",
                "The restore failed ({0}), and then the database could not be opened again: {1}",
            ).format(restore_error, cause)
        super().__init__(text)


def close_for_restore() -> None:
    """Close the database for a restore, until reopen(): the calling thread's connection
    closes, and meanwhile every use of the database in this process raises a
    DatabaseUnavailableError instead of reconnecting to the file being replaced.

    On the GUI thread, with the workers idle (each closes its own connection when its job
    ends): raises StoreError, leaving the database open, when another thread still has it
    open.
    """
    suspend_database(RESTORING)


def restore_closed(
    backup: Path, now: datetime, db_path: Path | None = None, backups_dir: Path | None = None
) -> BackupInfo | None:
    """Put *backup* in place of the database, which must be closed; the current data, if
    any, is kept as a "pre-restore" backup first, which is returned."""
    with _one_at_a_time:
        return restore_backup(
            backup,
            db_path or paths.database_path(),
            backups_dir or paths.backups_dir(),
            now=now,
        )


def reopen() -> None:
    """Open the data folder's database again after a restore (migrating an older backup).
    When it cannot be opened, it stays closed (every use raising DatabaseUnavailableError)."""
    resume_database(paths.database_path(), paths.backups_dir())


def restore_and_reopen(backup: Path, now: datetime) -> BackupInfo | None:
    """After close_for_restore, in a worker: restore_closed, then reopen whatever happened:
    the restored database, or the one from before when the restore failed (and its failure
    is raised). Raises NotReopenedError when the database could not be opened again."""
    try:
        kept = restore_closed(backup, now)
    except BaseException as failure:
        try:
            reopen()
        except Exception as exc:
            raise NotReopenedError(exc, failure) from failure
        raise
    try:
        reopen()
    except Exception as exc:
        raise NotReopenedError(exc) from exc
    return kept


# -- at start-up, before the database is open ---------------------------------------------


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes its checks; damaged ones are skipped."""
    return store.newest_verified_backup(backups_dir)


def set_aside(db_path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, never deleting it;
    returns where it is now."""
    return set_aside_damaged(db_path, now)
