"""Backups through SQLite's backup API, written to a temp file, verified, then renamed."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from ae_desktop.store.errors import StoreError

BACKUP_PREFIX = "ae-desktop-"
BACKUP_SUFFIX = ".sqlite3"


def backup_name(label: str, when: datetime) -> str:
    return f"{BACKUP_PREFIX}{when:%Y%m%d-%H%M%S}-{label}{BACKUP_SUFFIX}"


def backup_file(source: Path, dest: Path) -> Path:
    """Copy the database at *source* into *dest* with the backup API, verified before rename."""
    # as_uri() escapes "#", "?" and "%": a raw f-string URI silently opened another file.
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return backup_connection(src, dest)
    finally:
        src.close()


def backup_connection(src: sqlite3.Connection, dest: Path) -> Path:
    """Back up an open connection into *dest* atomically; raises StoreError if it fails checks."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    out = sqlite3.connect(tmp)
    try:
        src.backup(out)
        result = out.execute("PRAGMA integrity_check").fetchone()
        out.execute("PRAGMA journal_mode=DELETE")
    finally:
        out.close()
    if not result or result[0] != "ok":
        tmp.unlink(missing_ok=True)
        raise StoreError(f"The backup {dest.name} failed its integrity check: {result}")
    _fsync(tmp)
    os.replace(tmp, dest)
    if os.name == "posix":
        _fsync(dest.parent)  # make the rename itself durable
    return dest


def _fsync(path: Path) -> None:
    """Flush *path* to disk; a file needs a writable handle on Windows, a folder read-only."""
    flags = os.O_RDONLY if path.is_dir() else os.O_RDWR
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def labelled_backup(source: Path, backups_dir: Path, label: str, when: datetime) -> Path:
    return backup_file(source, backups_dir / backup_name(label, when))
