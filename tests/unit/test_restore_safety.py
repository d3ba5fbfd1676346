"""A restore locks the database first: anyone else using it makes the restore fail with
nothing changed, and a crash at any point leaves the old database, complete, or the
restored one, never the old -wal replayed onto the restored file."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ae_desktop.store import restore as store
from ae_desktop.store.backup import back_up_now, list_backups
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.errors import StoreError
from ae_desktop.store.health import check_database
from ae_desktop.store.models import Client
from ae_desktop.store.restore import restore_backup

NOW = datetime(2026, 11, 27, 17, 45, 3)
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _close_after() -> Iterator[None]:
    yield
    close_database()


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(database holding "Acme" and "Borealis", backups folder, a backup holding "Acme")."""
    db = tmp_path / "data" / "ae-desktop.sqlite3"
    db.parent.mkdir()
    backups = db.parent / "backups"
    open_database(db, backups)
    Client.create(name="Acme")
    close_database()
    saved = back_up_now(db, backups, now=NOW - timedelta(days=1), label="auto").path
    open_database(db, backups)
    Client.create(name="Borealis")
    close_database()
    return db, backups, saved


def _clients(path: Path) -> list[str]:
    """What the main file holds, as a crash would leave it: read immutable, which ignores
    locks and any -wal beside it."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return [name for (name,) in conn.execute("SELECT name FROM client ORDER BY id")]
    finally:
        conn.close()


def _files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _crashed(db: Path) -> None:
    """As a crash leaves it: a rename committed to the -wal only, a stale -shm beside it."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE client SET name = 'Borealis, only in the WAL' WHERE name = 'Borealis'")
    conn.commit()
    files = [db.with_name(db.name + s) for s in ("", "-wal", "-shm")]
    contents = [f.read_bytes() for f in files]
    conn.close()  # folds the WAL in and removes -wal and -shm: put back what the crash left
    for file, content in zip(files, contents, strict=True):
        file.write_bytes(content)
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    assert _clients(db) == ["Acme", "Borealis"]  # immutable: the main file, not its -wal


def _at_the_swap(monkeypatch: pytest.MonkeyPatch, db: Path, action: Callable[[], None]) -> None:
    """Run *action* at the instant the restored file is renamed onto *db*."""
    real = store._commit

    def commit(tmp: Path, dest: Path) -> None:
        if dest == db:
            action()
        real(tmp, dest)

    monkeypatch.setattr(store, "_commit", commit)


# --- anyone else using the database: refused, nothing changed --------------------------------


def _assert_refused_and_unchanged(
    db: Path, backups: Path, saved: Path, before: dict[str, str]
) -> None:
    in_backups = _listing(backups)
    with pytest.raises(StoreError, match="the database is in use") as info:
        restore_backup(saved, db, backups, now=NOW)
    assert "Nothing was changed" in str(info.value)
    assert _files(db.parent) == before  # no .restore.part, no pre-restore backup
    assert _listing(backups) == in_backups


def test_a_connection_open_in_this_process_makes_the_restore_fail(
    data: tuple[Path, Path, Path],
) -> None:
    db, backups, saved = data
    other = sqlite3.connect(db)  # e.g. a worker's connection left open
    other.execute("PRAGMA journal_mode=wal")
    other.execute("SELECT count(*) FROM client").fetchone()
    before = _files(db.parent)
    try:
        _assert_refused_and_unchanged(db, backups, saved, before)
        # Still usable by its holder, and the data is the current one.
        assert other.execute("SELECT count(*) FROM client").fetchone()[0] == 2
    finally:
        other.close()
    restore_backup(saved, db, backups, now=NOW)  # once it is closed, the restore runs
    assert _clients(db) == ["Acme"]


def test_the_app_open_in_this_process_makes_the_restore_fail(
    data: tuple[Path, Path, Path],
) -> None:
    db, backups, saved = data
    open_database(db, backups)
    Client.create(name="Cobalt")  # in the -wal: the app's connection is live
    before = _files(db.parent)
    _assert_refused_and_unchanged(db, backups, saved, before)
    assert Client.select().count() == 3


_HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM client").fetchone()
print("open", flush=True)
sys.stdin.readline()
"""


def test_another_process_holding_it_open_makes_the_restore_fail(
    data: tuple[Path, Path, Path],
) -> None:
    db, backups, saved = data
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = _files(db.parent)
        _assert_refused_and_unchanged(db, backups, saved, before)
    finally:
        holder.communicate("\n", timeout=30)
    restore_backup(saved, db, backups, now=NOW)
    assert _clients(db) == ["Acme"]


# --- anyone opening it during the restore: kept out ------------------------------------------

_WRITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0.2)
try:
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("UPDATE client SET name = 'written during the restore'")
    conn.commit()
    print("written")
except sqlite3.Error as exc:
    print("refused:", exc)
"""


def _write_in_thread(db: Path) -> str:
    result: list[str] = []

    def write() -> None:
        conn = sqlite3.connect(db, timeout=0.2)  # the app's peewee would reconnect like this
        try:
            conn.execute("PRAGMA journal_mode=wal")
            conn.execute("UPDATE client SET name = 'written during the restore'")
            conn.commit()
            result.append("written")
        except sqlite3.Error as exc:
            result.append(f"refused: {exc}")
        finally:
            conn.close()

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    return result[0]


def _write_in_process(db: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _WRITE, str(db)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.parametrize("writer", [_write_in_thread, _write_in_process], ids=["thread", "process"])
def test_a_write_at_the_instant_of_the_swap_is_kept_out(
    data: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    writer: Callable[[Path], str],
) -> None:
    db, backups, saved = data
    outcome: list[str] = []
    _at_the_swap(monkeypatch, db, lambda: outcome.append(writer(db)))

    kept = restore_backup(saved, db, backups, now=NOW)

    assert outcome == ["refused: database is locked"]
    assert _listing(db.parent) == ["ae-desktop.sqlite3", "backups"]
    check_database(db)
    assert _clients(db) == ["Acme"]
    assert kept is not None and _clients(kept.path) == ["Acme", "Borealis"]


# --- side files: never deleted before the swap, never beside the restored file ---------------


def test_at_the_swap_the_old_main_file_holds_everything_and_nothing_is_beside_it(
    data: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, backups, saved = data
    _crashed(db)
    seen: dict[str, object] = {}

    def look() -> None:
        seen["beside"] = sorted(p.name for p in db.parent.iterdir() if p.is_file())
        seen["main"] = _clients(db)  # the main file alone, as a crash here would leave it

    _at_the_swap(monkeypatch, db, look)

    kept = restore_backup(saved, db, backups, now=NOW)

    # The WAL folded into the main file by SQLite; the stale -shm and the lock's journal
    # renamed aside, not deleted, until the restored file was in place.
    assert seen["main"] == ["Acme", "Borealis, only in the WAL"]
    assert seen["beside"] == [
        "ae-desktop.sqlite3",
        "ae-desktop.sqlite3.replaced-20261127-174503-journal",
        "ae-desktop.sqlite3.replaced-20261127-174503-shm",
        "ae-desktop.sqlite3.restore.part",
    ]
    assert _listing(db.parent) == ["ae-desktop.sqlite3", "backups"]
    assert _clients(db) == ["Acme"]
    assert kept is not None and _clients(kept.path) == ["Acme", "Borealis, only in the WAL"]


_KILLED_AT_THE_SWAP = """
import os, signal, sys
from datetime import datetime
from pathlib import Path
import ae_desktop.store.restore as store
db, backups, saved = (Path(a) for a in sys.argv[1:4])
real = store._commit
def commit(tmp, dest):
    if dest == db:
        os.kill(os.getpid(), signal.SIGKILL)
    real(tmp, dest)
store._commit = commit
store.restore_backup(saved, db, backups, now=datetime(2026, 11, 27, 17, 45, 3))
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_at_the_swap_the_old_database_is_complete(
    data: tuple[Path, Path, Path],
) -> None:
    db, backups, saved = data
    _crashed(db)

    done = subprocess.run(
        [sys.executable, "-c", _KILLED_AT_THE_SWAP, str(db), str(backups), str(saved)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
    )

    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not db.with_name(db.name + "-wal").exists()
    check_database(db)
    assert _clients(db) == ["Acme", "Borealis, only in the WAL"]  # nothing silently gone
    [pre] = [b for b in list_backups(backups) if b.label == "pre-restore"]
    assert _clients(pre.path) == ["Acme", "Borealis, only in the WAL"]
    open_database(db, backups)  # and the app opens it as usual
    assert [c.name for c in Client.select()] == ["Acme", "Borealis, only in the WAL"]


def test_where_an_open_file_cannot_be_renamed_the_lock_closes_just_before(
    data: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows: the lock is released right before the renames; the result is the same.
    db, backups, saved = data
    _crashed(db)
    monkeypatch.setattr(store, "HOLD_LOCK_THROUGH_RENAME", False)
    readable: list[int] = []

    def read() -> None:
        conn = sqlite3.connect(db, timeout=0.2)
        try:
            readable.append(conn.execute("SELECT count(*) FROM client").fetchone()[0])
        finally:
            conn.close()

    _at_the_swap(monkeypatch, db, read)

    kept = restore_backup(saved, db, backups, now=NOW)

    assert readable == [2]  # the lock was closed: the old database, complete, was readable
    assert _listing(db.parent) == ["ae-desktop.sqlite3", "backups"]
    assert _clients(db) == ["Acme"]
    assert kept is not None and _clients(kept.path) == ["Acme", "Borealis, only in the WAL"]


def test_a_failed_swap_puts_the_side_files_back_and_changes_nothing_else(
    data: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, backups, saved = data
    open_database(db, backups)
    Client.create(name="Cobalt")
    close_database()

    def refuse() -> None:
        raise PermissionError(13, "The process cannot access the file", str(db))

    _at_the_swap(monkeypatch, db, refuse)

    with pytest.raises(StoreError, match="Nothing was replaced"):
        restore_backup(saved, db, backups, now=NOW)

    assert _listing(db.parent) == ["ae-desktop.sqlite3", "backups"]
    assert _clients(db) == ["Acme", "Borealis", "Cobalt"]
    open_database(db, backups)
    assert Client.select().count() == 3


def _corrupt(path: Path) -> None:
    """Garbage over the client table's root page: the first page still reads."""
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'").fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    content = bytearray(path.read_bytes())
    content[(root - 1) * size : root * size] = b"\xff" * size
    path.write_bytes(bytes(content))


def test_a_damaged_database_someone_has_open_is_not_set_aside(
    data: tuple[Path, Path, Path],
) -> None:
    db, backups, saved = data
    _corrupt(db)
    other = sqlite3.connect(db)
    other.execute("SELECT count(*) FROM sqlite_master").fetchone()
    before = _files(db.parent)
    try:
        _assert_refused_and_unchanged(db, backups, saved, before)
    finally:
        other.close()
    assert not list(db.parent.glob("*.damaged-*"))

    assert restore_backup(saved, db, backups, now=NOW) is None  # closed: set aside, restored
    assert _clients(db) == ["Acme"]
    assert _listing(db.parent) == [
        "ae-desktop.sqlite3",
        "ae-desktop.sqlite3.damaged-20261127-174503",
        "backups",
    ]


def test_a_failed_swap_over_a_damaged_database_puts_it_back(
    data: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, backups, saved = data
    _corrupt(db)
    damaged = db.read_bytes()

    def refuse() -> None:
        raise PermissionError(13, "The process cannot access the file", str(db))

    _at_the_swap(monkeypatch, db, refuse)

    with pytest.raises(StoreError, match="Nothing was replaced"):
        restore_backup(saved, db, backups, now=NOW)

    assert _listing(db.parent) == ["ae-desktop.sqlite3", "backups"]
    assert db.read_bytes() == damaged
