"""Backups through SQLite's backup API, written to a temp file, verified, then renamed."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ae_desktop.store import rotation
from ae_desktop.store.errors import (
    DamagedDatabaseError,
    NoDatabaseError,
    NotAnAEDatabaseError,
    StoreError,
)
from ae_desktop.store.health import (
    damage_from,
    database_version,
    findings,
    has_data,
    readonly_uri,
    side_file,
)
from ae_desktop.translation import translate

log = logging.getLogger(__name__)

BACKUP_PREFIX = "ae-desktop-"
BACKUP_SUFFIX = ".sqlite3"
LABEL_AUTO = "auto"
LABEL_MANUAL = "manual"
LABEL_PRE_RESTORE = "pre-restore"
PART = ".part"  # a backup being written: <backup name>.part
RESTORE_PART = ".restore.part"  # a restored database being written, beside the database

_NAME = re.compile(
    rf"{re.escape(BACKUP_PREFIX)}(\d{{8}}-\d{{6}})-([a-z0-9][a-z0-9-]*){re.escape(BACKUP_SUFFIX)}"
)
_LABEL = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder; *taken_at* and *label* come from its name."""

    path: Path
    taken_at: datetime
    size: int
    label: str  # "auto", "manual", "pre-restore", "pre-migration-v5-to-v6"...

    @property
    def protected(self) -> bool:
        """Never rotated away: taken before a migration or a restore ("pre-..."), or by the
        user's own hand ("manual": Back up now, or the command line's backup), a copy they
        meant to keep and may be counting on; they delete it themselves."""
        return self.label.startswith("pre-") or self.label == LABEL_MANUAL


def backup_name(label: str, when: datetime) -> str:
    return f"{BACKUP_PREFIX}{when:%Y%m%d-%H%M%S}-{label}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    """(taken_at, label) of a name backup_name() made, None for any other file."""
    match = _NAME.fullmatch(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match[1], "%Y%m%d-%H%M%S"), match[2]
    except ValueError:
        return None


# --- writing a verified copy ----------------------------------------------------------------


def _open_source(source: Path) -> sqlite3.Connection:
    """A connection to read the database at *source* from, creating nothing for good.

    With a -wal beside it, read-only (SQLite reads the -wal too). Without one, read-write
    but only read from: a read-only open of a WAL database would leave an empty -wal/-shm
    behind, and a read-write one removes them on close and takes the proper locks should the
    app start meanwhile. A missing file is not created ("mode=rw").
    """
    if not has_data(source):
        raise NoDatabaseError(str(source))
    if side_file(source, "-wal").exists():
        return sqlite3.connect(readonly_uri(source), uri=True)
    try:
        return sqlite3.connect(source.resolve().as_uri() + "?mode=rw", uri=True)
    except sqlite3.OperationalError:  # a write-protected file or folder
        return sqlite3.connect(readonly_uri(source), uri=True)


def _create_private(path: Path) -> None:
    """An empty file readable by its owner only: no copy of the data is ever world-readable."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)  # whatever the umask


def _not_written(dest: Path, exc: BaseException) -> str:
    """ "Could not write the backup …: why"."""
    return translate("backup", "Could not write the backup {0}: {1}").format(dest, exc)


def _source_path(src: sqlite3.Connection) -> str:
    rows = src.execute("PRAGMA database_list").fetchall()
    return str(rows[0][2]) if rows and rows[0][2] else translate("backup", "the database")


def _write_verified(src: sqlite3.Connection, tmp: Path) -> None:
    """Copy *src* into the new file *tmp* with the backup API and integrity-check the copy;
    *tmp* is removed when anything fails."""
    tmp.unlink(missing_ok=True)
    _create_private(tmp)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            rows = [str(r[0]) for r in out.execute("PRAGMA integrity_check").fetchall()]
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            out.close()
        if rows != ["ok"]:
            raise DamagedDatabaseError(
                _source_path(src),
                translate("backup", "a copy of it failed the integrity check: {0}").format(
                    findings(rows)
                ),
            )
        _fsync(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        side_file(tmp, "-journal").unlink(missing_ok=True)
        raise


def _commit(tmp: Path, dest: Path) -> None:
    os.replace(tmp, dest)
    if os.name == "posix":
        _fsync(dest.parent)  # make the rename itself durable


def backup_file(source: Path, dest: Path) -> Path:
    """Copy the database at *source* into *dest* with the backup API, verified before rename.

    Raises NoDatabaseError, DamagedDatabaseError (the source cannot be read or its copy
    fails the integrity check) or StoreError (the copy could not be written); *dest* is then
    left as it was.
    """
    try:
        src = _open_source(source)
    except sqlite3.Error as exc:
        raise damage_from(source, exc) from exc
    try:
        return backup_connection(src, dest)
    except OSError as exc:
        raise StoreError(_not_written(dest, exc)) from exc
    except sqlite3.Error as exc:
        if isinstance(exc, sqlite3.OperationalError):  # disk full, folder not writable...
            raise StoreError(_not_written(dest, exc)) from exc
        raise damage_from(source, exc) from exc
    finally:
        src.close()


def backup_connection(src: sqlite3.Connection, dest: Path) -> Path:
    """Back up an open connection into *dest* atomically; raises StoreError if it fails checks.

    The file is 0600 on POSIX; *dest* is replaced only by a copy that passed integrity_check.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + PART)
    _write_verified(src, tmp)
    _commit(tmp, dest)
    return dest


def _fsync(path: Path) -> None:
    """Flush *path* to disk; a file needs a writable handle on Windows, a folder read-only."""
    flags = os.O_RDONLY if path.is_dir() else os.O_RDWR
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _free_name(backups_dir: Path, label: str, when: datetime) -> Path:
    """backups_dir/backup_name(label, when), a second later while that name is taken: two
    backups in one second (two restores in a row) must not overwrite each other."""
    if not _LABEL.fullmatch(label):
        message = translate("backup", "{0!r} is not a backup label (a-z, 0-9 and '-')")
        raise ValueError(message.format(label))
    when = when.replace(microsecond=0)
    while (backups_dir / backup_name(label, when)).exists():
        when += timedelta(seconds=1)
    return backups_dir / backup_name(label, when)


def labelled_backup(source: Path, backups_dir: Path, label: str, when: datetime) -> Path:
    return backup_file(source, _free_name(backups_dir, label, when))


# --- the backups folder ---------------------------------------------------------------------


def _info(path: Path) -> BackupInfo | None:
    parsed = parse_backup_name(path)
    if parsed is None:
        return None
    try:
        if not path.is_file():
            return None
        size = path.stat().st_size
    except OSError:  # removed meanwhile
        return None
    return BackupInfo(path=path, taken_at=parsed[0], size=size, label=parsed[1])


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """The backups in *backups_dir*, newest first; *.part files and foreign files are not."""
    try:
        entries = list(backups_dir.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = [info for info in map(_info, entries) if info is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def verify_backup(path: Path) -> int:
    """The schema version (1..LATEST) of the AE Desktop database at *path*, after a full
    PRAGMA integrity_check. Raises NotAnAEDatabaseError (missing, empty, another program's
    file, not a database, or a blank one), NewerSchemaError or DamagedDatabaseError.
    Read-only: nothing is written beside it either (see readonly_uri).
    """
    version = database_version(path)
    if version == 0:
        raise NotAnAEDatabaseError(str(path), translate("backup", "it holds no AE Desktop data"))
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise damage_from(path, exc) from exc
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.Error as exc:
        raise damage_from(path, exc) from exc
    finally:
        conn.close()
    if rows != ["ok"]:
        raise DamagedDatabaseError(
            str(path),
            translate("backup", "SQLite's integrity check found problems: {0}").format(
                findings(rows)
            ),
        )
    return version


def newest_verified_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that verify_backup() passes, None when there is none."""
    for info in list_backups(backups_dir):
        try:
            verify_backup(info.path)
        except (StoreError, OSError) as exc:
            log.warning("Skipping backup %s: %s", info.path.name, exc)
            continue
        return info
    return None


# A temp file older than this was left by a backup or restore that was killed (or lost
# power): one still being written is younger, its mtime moving as its pages are copied.
STALE_PART_AGE = timedelta(minutes=10)
_JOURNAL = "-journal"  # SQLite's rollback journal of a temp file being written


def _is_backup_part(name: str) -> bool:
    """<a backup's name>.part, or its -journal: what backup_connection writes first."""
    for suffix in (PART + _JOURNAL, PART):
        if name.endswith(suffix):
            return parse_backup_name(Path(name[: -len(suffix)])) is not None
    return False


def _backup_parts(backups_dir: Path) -> list[Path]:
    try:
        return [p for p in backups_dir.iterdir() if _is_backup_part(p.name)]
    except OSError:  # no folder (yet), or not readable
        return []


def _remove_stale(candidates: list[Path], now: datetime) -> list[Path]:
    """Remove each of *candidates* that is a regular file last written STALE_PART_AGE or more
    before *now* (one dated after *now* is not: a wrong clock says nothing about its age)."""
    removed = []
    for path in candidates:
        try:
            status = path.lstat()
            if not stat.S_ISREG(status.st_mode):  # a folder or a link of that name: not ours
                continue
            if now - datetime.fromtimestamp(status.st_mtime) < STALE_PART_AGE:
                continue
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("Could not remove the leftover temp file %s: %s", path, exc)
            continue
        removed.append(path)
    if removed:
        log.info(
            "Removed %d temp files left by a backup or restore that was cut short", len(removed)
        )
    return removed


def sweep_stale_parts(db_path: Path, backups_dir: Path, now: datetime) -> list[Path]:
    """Remove the temp files a killed backup or restore left, once STALE_PART_AGE old: in
    *backups_dir*, <backup name>.part and <backup name>.part-journal; beside *db_path*,
    <db name>.restore.part and <db name>.restore.part-journal. Nothing else is touched (no
    other name, no folder, no link). Returns the paths removed; never raises. Safe to call at
    start, before the database is open."""
    beside = [side_file(db_path, RESTORE_PART + s) for s in ("", _JOURNAL)]
    return _remove_stale([*beside, *_backup_parts(backups_dir)], now)


def rotate(backups_dir: Path, *, now: datetime) -> list[Path]:
    """Delete the backups rotation.to_remove() names; return the paths removed. A file that
    cannot be removed is logged and left: rotation never fails a backup. Stale temp files
    of killed backups in *backups_dir* go too (see sweep_stale_parts), not counted."""
    _remove_stale(_backup_parts(backups_dir), now)
    removed = []
    for info in rotation.to_remove(list_backups(backups_dir), now):
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("Could not remove the old backup %s: %s", info.path, exc)
            continue
        removed.append(info.path)
    if removed:
        log.info("Rotated away %d old backups", len(removed))
    return removed


def _take(db_path: Path, backups_dir: Path, label: str, now: datetime) -> BackupInfo:
    dest = labelled_backup(db_path, backups_dir, label, now)
    info = _info(dest)
    if info is None:  # a name _free_name made always parses
        raise StoreError(
            translate("backup", "The backup {0} vanished as it was written").format(dest)
        )
    return info


def back_up_now(
    db_path: Path, backups_dir: Path, *, now: datetime, label: str = LABEL_MANUAL
) -> BackupInfo:
    """A verified backup of *db_path* into *backups_dir* (backup API -> temp file ->
    integrity_check -> rename, 0600 on POSIX), then rotate(backups_dir, now=now).

    Raises NoDatabaseError, DamagedDatabaseError or StoreError (nothing written then).
    """
    info = _take(db_path, backups_dir, label, now)
    rotate(backups_dir, now=now)
    return info


# --- when a backup is due -------------------------------------------------------------------
