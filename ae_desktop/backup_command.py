"""`ae-desktop backup`, `restore` and `check`: the data kept safe from the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from ae_desktop.store.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    NoDatabaseError,
    NotAnAEDatabaseError,
    StoreError,
)
from ae_desktop.translation import translate

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_DATABASE = 3


def _say(command: str, message: object) -> None:
    print(f"ae-desktop {command}: {message}", file=sys.stderr)


def _no_database(command: str, database: Path) -> int:
    _say(
        command,
        translate("command", "there is no database in {0} yet (or check --data-dir)").format(
            database.parent
        ),
    )
    return EXIT_REFUSED


def _has_data(database: Path) -> bool:
    return database.is_file() and database.stat().st_size > 0


def _out_path(out: str, now: datetime) -> Path:
    """Where --out says: a folder gets a timestamped backup name, a name without one
    ".sqlite3"."""
    from ae_desktop.store.backup import BACKUP_SUFFIX, LABEL_MANUAL, backup_name

    path = Path(out).expanduser().absolute()
    if path.is_dir():
        return path / backup_name(LABEL_MANUAL, now)
    return path if path.suffix else path.with_name(path.name + BACKUP_SUFFIX)


SIDES = ("-wal", "-shm", "-journal")


def _nothing_changed(exc: Exception) -> str:
    message = str(exc).rstrip()
    nothing = translate("command", "Nothing was changed.")
    if "Nothing was changed" in message or nothing.rstrip(".") in message:
        return message
    return message + ("" if message.endswith(".") else ".") + " " + nothing


def _is_database_file(path: Path, database: Path) -> bool:
    """*path* is the database or one of its -wal/-shm/-journal files (or a link to them)."""
    candidates = [database] + [database.with_name(database.name + s) for s in SIDES]
    for candidate in candidates:
        if path.resolve() == candidate.resolve():
            return True
        try:
            if path.exists() and candidate.exists() and path.samefile(candidate):
                return True
        except OSError:
            continue
    return False


def run_backup(out: str | None, *, database: Path, backups: Path) -> int:
    """A verified backup into *backups* (label "manual", then rotation) or to *out*."""
    from ae_desktop.store.backup import back_up_now, backup_file

    if not _has_data(database):
        return _no_database("backup", database)
    now = datetime.now()
    try:
        if out is None:
            written = back_up_now(database, backups, now=now).path
        else:
            target = _out_path(out, now)
            if _is_database_file(target, database):
                _say(
                    "backup",
                    translate("command", "{0} is the database itself: choose another file").format(
                        target
                    ),
                )
                return EXIT_REFUSED
            written = backup_file(database, target)
    except NoDatabaseError:
        return _no_database("backup", database)
    except DamagedDatabaseError as exc:
        _say("backup", exc)
        return EXIT_DATABASE
    except (StoreError, OSError) as exc:
        _say("backup", exc)
        return EXIT_REFUSED
    print(written)
    return EXIT_OK


@contextmanager
def data_dir_lock(data_dir: Path) -> Iterator[bool]:
    """Hold <data_dir>/ae-desktop.lock, the running app's lock, for the block; yields False
    (holding nothing) when a live app holds it. A lock its dead process left is taken over,
    as the app itself does (see single_instance.py)."""
    from PySide6.QtCore import QLockFile

    from ae_desktop.single_instance import LOCK_FILENAME

    path = data_dir / LOCK_FILENAME
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never for its age
    if not lock.tryLock(0):
        if lock.error() != QLockFile.LockError.LockFailedError:
            raise OSError(
                translate("command", "cannot create the lock file {0} ({1})").format(
                    path, lock.error().name
                )
            )
        if not (lock.removeStaleLockFile() and lock.tryLock(0)):
            yield False
            return
    try:
        if os.name == "posix":
            os.chmod(path, 0o600)
        yield True
    finally:
        lock.unlock()


def run_restore(file: str, *, data_dir: Path, database: Path, backups: Path) -> int:
    """Put the backup *file* in place of the database, after verifying it; the current
    database is kept first (a pre-restore backup, or set aside when it is damaged)."""
    from ae_desktop.store.backup import verify_backup
    from ae_desktop.store.migrations import LATEST_VERSION
    from ae_desktop.store.restore import restore_backup

    source = Path(file).expanduser().absolute()
    try:
        version = verify_backup(source)
    except StoreError as exc:
        _say("restore", _nothing_changed(exc))
        return EXIT_REFUSED
    damaged_before = set(database.parent.glob(database.name + ".damaged-*"))
    try:
        with data_dir_lock(data_dir) as locked:
            if not locked:
                running = translate(
                    "command",
                    "AE Desktop is running on this data folder; quit it first. Nothing was "
                    "changed.",
                )
                _say("restore", running)
                return EXIT_REFUSED
            kept = restore_backup(source, database, backups, now=datetime.now())
    except StoreError as exc:  # raised before anything is replaced
        _say("restore", _nothing_changed(exc))
        return EXIT_REFUSED
    except OSError as exc:
        _say("restore", translate("command", "could not restore {0}: {1}").format(source, exc))
        return EXIT_REFUSED
    new = set(database.parent.glob(database.name + ".damaged-*")) - damaged_before
    set_aside = sorted(p for p in new if not p.name.endswith(("-wal", "-shm")))
    if kept is not None:
        print(
            translate("command", "The database it replaced was kept as the backup {0}").format(
                kept.path
            )
        )
    for path in set_aside:
        print(
            translate(
                "command", "The database it replaced was damaged; it was set aside as {0}"
            ).format(path)
        )
    print(
        translate("command", "Restored {0} into {1} (schema version {2})").format(
            source, database, version
        )
    )
    if version < LATEST_VERSION:
        print(
            translate(
                "command", "AE Desktop upgrades it to schema version {0} when it next opens it"
            ).format(LATEST_VERSION)
        )
    return EXIT_OK


def run_check(*, database: Path) -> int:
    """ "ok" and exit 0 for a sound AE Desktop database; exit 3 naming the problem otherwise."""
    from ae_desktop.store.health import check_database, database_version

    if not _has_data(database):
        return _no_database("check", database)
    try:
        check_database(database)
        database_version(database)
    except (DamagedDatabaseError, NewerSchemaError, NotAnAEDatabaseError) as exc:
        _say("check", exc)
        return EXIT_DATABASE
    except StoreError as exc:  # it could not be read at all (permissions, a lock)
        _say("check", exc)
        return EXIT_REFUSED
    print("ok")
    return EXIT_OK
