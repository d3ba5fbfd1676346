"""Is a database file sound and ours? Read-only checks, and setting a damaged file aside."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from ae_desktop.store import migrations
from ae_desktop.store.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    NotAnAEDatabaseError,
    StoreError,
)
from ae_desktop.translation import translate

SIDE_FILES = ("-wal", "-shm")


def side_file(path: Path, suffix: str) -> Path:
    """The -wal or -shm file SQLite keeps beside *path*."""
    return path.with_name(path.name + suffix)


def has_data(path: Path) -> bool:
    """A file that is there and not empty (an empty file becomes a new database)."""
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def wal_pending(path: Path) -> bool:
    """A non-empty -wal: changes a connection has not yet folded into the main file."""
    wal = side_file(path, "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def readonly_uri(path: Path) -> str:
    """A read-only file: URI (as_uri() escapes "#", "?" and "%"). Without a -wal beside the
    file it is opened immutable, so that merely looking creates no -wal/-shm; with one, SQLite
    must read it, which needs a normal read-only open (it may add a -shm)."""
    mode = "?mode=ro" if side_file(path, "-wal").exists() else "?mode=ro&immutable=1"
    return path.resolve().as_uri() + mode


# SQLite's result codes that mean the file itself is bad: only these, and a failed check.
_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")

# Why a sound file may still not be readable, by result code (an extended code, such as
# SQLITE_IOERR_SHMSIZE, starts with its primary one). None of these says anything about the
# file's contents: setting a file aside for one of them would set a healthy file aside.
_UNREADABLE = (
    "SQLITE_IOERR",
    "SQLITE_FULL",
    "SQLITE_CANTOPEN",
    "SQLITE_PERM",
    "SQLITE_READONLY",
    "SQLITE_AUTH",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
)


def _unreadable(prefix: str) -> str:
    """Why a file cannot be read, for one of _UNREADABLE's result codes."""
    if prefix == "SQLITE_IOERR":
        return translate(
            "database", "the disk could not read or write it; it may be full, failing or unplugged"
        )
    if prefix == "SQLITE_FULL":
        return translate("database", "the disk is full")
    if prefix == "SQLITE_CANTOPEN":
        return translate(
            "database",
            "it could not be opened; check that it and its folder may be read and written",
        )
    if prefix in ("SQLITE_PERM", "SQLITE_AUTH"):
        return translate("database", "there is no permission to use it")
    if prefix == "SQLITE_READONLY":
        return translate("database", "it or its folder cannot be written to")
    return translate("database", "another program, or another AE Desktop, is using it")


def _errorname(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", None) or ""


def _is_damage(exc: sqlite3.Error) -> bool:
    """Corruption or "not a database": the file, not the situation, is bad. An I/O error, a
    full disk, a missing permission or a lock is the situation: the file may be sound."""
    return _errorname(exc).startswith(_DAMAGE_CODES)


def _problem(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text:
        return translate(
            "database",
            "it is not a database file, or its first page is damaged (file is not a database)",
        )
    if "malformed" in text:
        return translate(
            "database", "its contents are malformed (database disk image is malformed)"
        )
    return text


def unreadable_reason(exc: sqlite3.Error) -> str:
    """Why a file that is not (known to be) damaged could not be read, for the user."""
    name = _errorname(exc)
    for prefix in _UNREADABLE:
        if name.startswith(prefix):
            return f"{_unreadable(prefix)} ({exc})"
    return str(exc)


def damage_from(path: Path, exc: sqlite3.Error) -> StoreError:
    """The StoreError to raise for *exc*: DamagedDatabaseError only when the file is at
    fault (SQLITE_CORRUPT, SQLITE_NOTADB); a plain StoreError saying the database could not
    be read, and why, for anything else (an I/O error, a full disk, permissions, a lock)."""
    if _is_damage(exc):
        return DamagedDatabaseError(str(path), _problem(exc))
    return StoreError(
        translate(
            "database",
            "The database {0} could not be read: {1}. The file itself may well be sound; nothing "
            "was changed.",
        ).format(path, unreadable_reason(exc))
    )


def findings(rows: list[str], limit: int = 3) -> str:
    """What a failed check reported, on one line: its first few findings and how many more."""
    lines = [
        line.strip()
        for row in rows
        for line in row.splitlines()
        if line.strip() and not line.startswith("***")  # "*** in database main ***"
    ]
    shown = "; ".join(lines[:limit])
    if len(lines) > limit:
        return translate("database", "{0} (and {1} more)").format(shown, len(lines) - limit)
    return shown


def _run_check(conn: sqlite3.Connection, path: Path, pragma: str) -> None:
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    if rows != ["ok"]:
        shown = findings(rows)
        if pragma == "integrity_check":
            problem = translate("database", "SQLite's integrity check found problems: {0}")
        else:
            problem = translate("database", "SQLite's quick check found problems: {0}")
        raise DamagedDatabaseError(str(path), problem.format(shown))


def check_connection(conn: sqlite3.Connection, path: Path, *, full: bool) -> None:
    """check_database's check through a connection the caller holds open on *path*
    (restore_backup's lock): PRAGMA integrity_check when *full*, else quick_check."""
    try:
        _run_check(conn, path, "integrity_check" if full else "quick_check")
    except sqlite3.Error as exc:
        raise damage_from(path, exc) from exc


def check_database(path: Path) -> None:
    """Raise DamagedDatabaseError when the file at *path* is damaged: "file is not a
    database", a malformed image, or a failed check; a plain StoreError when it cannot be
    read at all (an I/O error, a full disk, permissions, a lock), which says nothing about the
    file. A non-empty -wal beside it (the last session did not close cleanly) gets the full
    PRAGMA integrity_check, otherwise PRAGMA quick_check. Writes nothing. A missing or empty
    file is not damaged (nothing to check); whose file it is and its schema version are
    database_version()'s business.
    """
    if not has_data(path):
        return
    full = wal_pending(path)
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise damage_from(path, exc) from exc
    try:
        check_connection(conn, path, full=full)
    finally:
        conn.close()


def database_version(path: Path) -> int:
    """The schema version of the AE Desktop database at *path*, read without writing a byte;
    0 for an empty SQLite file (open_database would create the schema in it).

    Raises NotAnAEDatabaseError (another program's file, or not a database at all),
    NewerSchemaError, or DamagedDatabaseError when the header pages cannot be read.
    """
    if not path.is_file():
        raise NotAnAEDatabaseError(str(path), translate("database", "there is no such file"))
    if not has_data(path):
        raise NotAnAEDatabaseError(str(path), translate("database", "the file is empty"))
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise damage_from(path, exc) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = int(
            conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
        )
    except sqlite3.Error as exc:
        if "not a database" in str(exc):
            reason = translate("database", "it is not a SQLite database")
            raise NotAnAEDatabaseError(str(path), reason) from exc
        raise damage_from(path, exc) from exc
    finally:
        conn.close()
    # The same rule as open_database: our application_id, or a blank SQLite file.
    if (app_id != migrations.APPLICATION_ID and (app_id or version or tables)) or (
        version == 0 and tables
    ):
        reason = translate("database", "it holds tables of another program")
        raise NotAnAEDatabaseError(str(path), reason)
    if version > migrations.LATEST_VERSION:
        raise NewerSchemaError(str(path), version, migrations.LATEST_VERSION)
    return version


def set_aside_damaged(path: Path, now: datetime) -> Path:
    """Rename the database and its -wal/-shm to <name>.damaged-<YYYYmmdd-HHMMSS>[-wal|-shm]
    (with -2, -3... when that name is taken); never delete anything; return the new main
    file's path. The side files move first: a -wal left beside a new database at *path*
    would be replayed onto it.
    """
    stamp = f"{now:%Y%m%d-%H%M%S}"
    base = f"{path.name}.damaged-{stamp}"
    count = 1
    while any(path.with_name(base + s).exists() for s in ("", *SIDE_FILES)):
        count += 1
        base = f"{path.name}.damaged-{stamp}-{count}"
    target = path.with_name(base)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in (*SIDE_FILES, ""):
            source = side_file(path, suffix)
            if source.exists():
                source.rename(side_file(target, suffix))
                moved.append((source, side_file(target, suffix)))
    except OSError:
        for source, done in reversed(moved):  # put back what moved: all or nothing
            done.rename(source)
        raise
    if os.name == "posix":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return target
