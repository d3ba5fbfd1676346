"""Whether a backup is due: the data changed since the newest one (on quit), and no automatic
one is a day old (while the app runs)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from ae_desktop.store.backup import LABEL_AUTO, list_backups
from ae_desktop.store.health import has_data, side_file, wal_pending

# Header bytes a backup may differ in from its source while holding the same data: the
# journal mode (18-19), the change counter (24-27), the schema cookie (40-43: the backup API
# sets the copy's to its own old value + 1) and the SQLite version that wrote it (92-99).
# See https://www.sqlite.org/fileformat.html#the_database_header
_HEADER_NOISE = (range(18, 20), range(24, 28), range(40, 44), range(92, 100))
_CHUNK = 1 << 20


def _same_pages(a: Path, b: Path) -> bool:
    """Whether two database files hold the same pages (header noise aside)."""
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with a.open("rb") as fa, b.open("rb") as fb:
            first_a, first_b = bytearray(fa.read(100)), bytearray(fb.read(100))
            for span in _HEADER_NOISE:
                for i in span:
                    if i < len(first_a) and i < len(first_b):
                        first_a[i] = first_b[i] = 0
            if first_a != first_b:
                return False
            while True:
                chunk_a, chunk_b = fa.read(_CHUNK), fb.read(_CHUNK)
                if chunk_a != chunk_b:
                    return False
                if not chunk_a:
                    return True
    except OSError:
        return False


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime)


def backup_due(db_path: Path, backups_dir: Path, *, now: datetime) -> bool:
    """True when the data changed since the newest backup (one dated after *now* does not
    count): a non-empty -wal written after it, or a main file written after it whose pages
    differ from it. A write in the backup's own second counts as after it (names have whole
    seconds). The page test matters because closing the database folds the -wal into the
    main file, changing its mtime but not its data; it reads both files, about what reading
    the database costs. False when there is no database.
    """
    if not has_data(db_path):
        return False
    past = [b for b in list_backups(backups_dir) if b.taken_at <= now]
    if not past:
        return True
    newest = past[0]
    try:
        # A name has whole seconds: a write in the backup's own second counts as later.
        if wal_pending(db_path) and _mtime(side_file(db_path, "-wal")) >= newest.taken_at:
            return True
        if _mtime(db_path) < newest.taken_at:
            return False
    except OSError:  # a file removed as we looked (the app closing): when in doubt, back up
        return has_data(db_path)
    if wal_pending(db_path):
        return True  # frames not yet in the main file: its pages cannot match the backup
    return not _same_pages(db_path, newest.path)


def daily_backup_due(db_path: Path, backups_dir: Path, *, now: datetime) -> bool:
    """backup_due, and no "auto" backup taken in the 24 hours before *now*."""
    day_ago = now - timedelta(hours=24)
    for info in list_backups(backups_dir):
        if info.label == LABEL_AUTO and day_ago < info.taken_at <= now:
            return False
    return backup_due(db_path, backups_dir, now=now)
