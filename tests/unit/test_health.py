"""Health checks find a damaged database without writing a byte; a damaged one is set aside."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ae_desktop.store import health, migrations
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    NotAnAEDatabaseError,
    StoreError,
)
from ae_desktop.store.health import check_database, database_version, set_aside_damaged
from ae_desktop.store.models import Client

NOW = datetime(2026, 11, 27, 17, 45, 3)


@pytest.fixture(autouse=True)
def _close_after() -> Iterator[None]:
    yield
    close_database()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _ae_file(path: Path, clients: int = 200) -> Path:
    """A closed AE Desktop database with enough clients to fill several pages."""
    open_database(path, path.parent / "backups")
    Client.insert_many(
        [{"name": f"Client {i:04d} " + "x" * 60, "tier": "key"} for i in range(clients)]
    ).execute()
    close_database()
    return path


def _overwrite_page(path: Path, page: int, byte: int = 0xFF) -> None:
    """Write garbage over one whole b-tree page (1-based), as a bad sector would."""
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = bytes([byte]) * size
    path.write_bytes(bytes(data))


def _quick_check_passes_but_not_integrity_check(path: Path) -> None:
    """An index that no longer matches its table: only the full integrity_check sees it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        'UPDATE sqlite_master SET sql = \'CREATE INDEX "client_archived_name" ON "client" '
        '("tier", "name")\' WHERE name = \'client_archived_name\''
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    finally:
        conn.close()


def _with_pending_wal(source: Path, dest: Path) -> None:
    """*dest* as a crash would leave *source*: its main file plus a non-empty -wal."""
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE client SET notes = 'written after the last checkpoint'")
    conn.commit()
    shutil.copyfile(source, dest)
    shutil.copyfile(source.with_name(source.name + "-wal"), dest.with_name(dest.name + "-wal"))
    conn.close()
    assert dest.with_name(dest.name + "-wal").stat().st_size > 0


# --- check_database -------------------------------------------------------------------------


def test_a_sound_database_passes_and_nothing_is_written(tmp_path: Path) -> None:
    path = _ae_file(tmp_path / "ae-desktop.sqlite3")
    before = _sha256(path)
    check_database(path)
    assert _sha256(path) == before
    assert _listing(tmp_path) == ["ae-desktop.sqlite3"]  # no -wal/-shm from merely looking


def test_a_missing_or_empty_file_is_not_damaged(tmp_path: Path) -> None:
    check_database(tmp_path / "missing.sqlite3")
    (tmp_path / "empty.sqlite3").touch()
    check_database(tmp_path / "empty.sqlite3")
    assert _listing(tmp_path) == ["empty.sqlite3"]


def _garbage(path: Path) -> None:
    path.write_bytes(b"Notes, not a database. Pe\xc3\xb1a\n" * 300)


def _truncated(path: Path) -> None:
    _ae_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _header_overwritten(path: Path) -> None:
    _ae_file(path)
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00" * 100
    path.write_bytes(bytes(data))


def _table_page_overwritten(path: Path) -> None:
    _ae_file(path)
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'").fetchone()
    conn.close()
    _overwrite_page(path, root)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_garbage, "not a database"),
        (_header_overwritten, "not a database"),
        (_truncated, "malformed"),
        (_table_page_overwritten, "malformed"),
    ],
    ids=["garbage", "header-overwritten", "truncated", "table-page-overwritten"],
)
def test_a_damaged_file_is_named_with_its_problem_and_left_untouched(
    tmp_path: Path, damage: object, words: str
) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    damage(path)  # type: ignore[operator]
    before = _sha256(path)

    with pytest.raises(DamagedDatabaseError) as info:
        check_database(path)

    assert info.value.path == str(path)
    assert words in info.value.problem
    assert str(path) in str(info.value) and "damaged" in str(info.value)
    assert isinstance(info.value, StoreError)
    assert _sha256(path) == before
    assert _listing(tmp_path) == ["ae-desktop.sqlite3"]


def test_a_failed_check_names_what_sqlite_found_on_one_line(tmp_path: Path) -> None:
    path = _ae_file(tmp_path / "ae-desktop.sqlite3")
    conn = sqlite3.connect(path)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'client_archived_name'"
    ).fetchone()
    conn.close()
    _overwrite_page(path, root, byte=0x00)  # an index page: the check reports, not raises

    with pytest.raises(DamagedDatabaseError) as info:
        check_database(path)

    assert info.value.problem.startswith("SQLite's quick check found problems: ")
    assert f"Page {root}: btreeInitPage() returns error code 11" in info.value.problem
    assert "\n" not in info.value.problem and "***" not in info.value.problem


def test_without_a_wal_the_quick_check_runs(tmp_path: Path) -> None:
    path = _ae_file(tmp_path / "ae-desktop.sqlite3")
    _quick_check_passes_but_not_integrity_check(path)
    check_database(path)  # quick_check only: the bad index goes unseen, by design


def test_a_pending_wal_gets_the_full_integrity_check(tmp_path: Path) -> None:
    source = _ae_file(tmp_path / "source" / "ae-desktop.sqlite3")
    _quick_check_passes_but_not_integrity_check(source)
    crashed = tmp_path / "crashed" / "ae-desktop.sqlite3"
    crashed.parent.mkdir()
    _with_pending_wal(source, crashed)
    before = _sha256(crashed)

    with pytest.raises(DamagedDatabaseError) as info:
        check_database(crashed)

    assert "integrity check" in info.value.problem
    assert "client_archived_name" in info.value.problem
    assert _sha256(crashed) == before  # read, not checkpointed


def test_a_sound_database_with_a_pending_wal_passes_and_is_not_checkpointed(
    tmp_path: Path,
) -> None:
    source = _ae_file(tmp_path / "source" / "ae-desktop.sqlite3")
    crashed = tmp_path / "crashed" / "ae-desktop.sqlite3"
    crashed.parent.mkdir()
    _with_pending_wal(source, crashed)
    main, wal = _sha256(crashed), _sha256(crashed.with_name(crashed.name + "-wal"))

    check_database(crashed)

    assert _sha256(crashed) == main
    assert _sha256(crashed.with_name(crashed.name + "-wal")) == wal


# --- a file that cannot be read is not a damaged file ---------------------------------------


def _sqlite_error(name: str, code: int, text: str) -> sqlite3.Error:
    """An error as SQLite reports it: its class, message, result code and code name."""
    kind = sqlite3.DatabaseError if name.startswith(_DAMAGE) else sqlite3.OperationalError
    exc = kind(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")

# (result code name, extended code, message, what the user is told)
_READ_FAILURES = [
    ("SQLITE_IOERR", 10, "disk I/O error", "the disk could not read"),
    ("SQLITE_IOERR_READ", 266, "disk I/O error", "the disk could not read"),
    ("SQLITE_IOERR_SHMSIZE", 4874, "disk I/O error", "the disk could not read"),
    ("SQLITE_FULL", 13, "database or disk is full", "the disk is full"),
    ("SQLITE_CANTOPEN", 14, "unable to open database file", "could not be opened"),
    ("SQLITE_PERM", 3, "access permission denied", "no permission"),
    ("SQLITE_READONLY", 8, "attempt to write a readonly database", "cannot be written"),
    ("SQLITE_BUSY", 5, "database is locked", "is using it"),
    ("SQLITE_LOCKED", 6, "database table is locked", "is using it"),
]


class _FailingConnection:
    """Opens, then fails every statement with *exc*, as a disk that stops answering would."""

    def __init__(self, exc: sqlite3.Error) -> None:
        self.exc = exc

    def execute(self, *args: object) -> sqlite3.Cursor:
        raise self.exc

    def close(self) -> None:
        pass


def _reads_fail(monkeypatch: pytest.MonkeyPatch, exc: sqlite3.Error, *, at_open: bool) -> None:
    def connect(*args: object, **kwargs: object) -> _FailingConnection:
        if at_open:
            raise exc
        return _FailingConnection(exc)

    monkeypatch.setattr(health.sqlite3, "connect", connect)


@pytest.mark.parametrize("at_open", [False, True], ids=["reading", "opening"])
@pytest.mark.parametrize(
    ("name", "code", "text", "told"), _READ_FAILURES, ids=[f[0] for f in _READ_FAILURES]
)
@pytest.mark.parametrize("read", [check_database, database_version], ids=["check", "version"])
def test_a_read_failure_is_not_called_damage(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    read: object,
    name: str,
    code: int,
    text: str,
    told: str,
    at_open: bool,
) -> None:
    path = _ae_file(tmp_path / "ae-desktop.sqlite3")
    before = _sha256(path)
    _reads_fail(monkeypatch, _sqlite_error(name, code, text), at_open=at_open)

    with pytest.raises(StoreError) as info:
        read(path)  # type: ignore[operator]

    assert not isinstance(info.value, DamagedDatabaseError)
    message = str(info.value)
    assert f"The database {path} could not be read: " in message
    assert told in message and text in message
    assert "is damaged" not in message
    monkeypatch.undo()
    assert _sha256(path) == before
    assert _listing(tmp_path) == ["ae-desktop.sqlite3"]


@pytest.mark.parametrize(
    ("name", "code", "text"),
    [
        ("SQLITE_CORRUPT", 11, "database disk image is malformed"),
        ("SQLITE_CORRUPT_INDEX", 779, "database disk image is malformed"),
        ("SQLITE_NOTADB", 26, "file is not a database"),
    ],
)
def test_corruption_and_not_a_database_are_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: int, text: str
) -> None:
    path = _ae_file(tmp_path / "ae-desktop.sqlite3")
    _reads_fail(monkeypatch, _sqlite_error(name, code, text), at_open=False)

    with pytest.raises(DamagedDatabaseError) as info:
        check_database(path)

    assert text in info.value.problem


_CHECK_UNDER_A_FILE_SIZE_LIMIT = """
import resource, sys
from pathlib import Path
from ae_desktop.store.errors import DamagedDatabaseError, StoreError
from ae_desktop.store.health import check_database
resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))  # the -shm SQLite must write is 32 KB
try:
    check_database(Path(sys.argv[1]))
except DamagedDatabaseError as exc:
    print("damaged:", exc)
except StoreError as exc:
    print("unreadable:", exc)
else:
    print("ok")
"""


@pytest.mark.skipif(
    not hasattr(os, "fork"), reason="a POSIX file size limit stands in for a full disk"
)
def test_a_full_disk_is_not_called_damage(tmp_path: Path) -> None:
    # After a crash: a -wal with committed frames and no -shm, which SQLite must create
    # before it can read; on a full disk (here: a file size limit) that write fails.
    source = _ae_file(tmp_path / "source" / "ae-desktop.sqlite3")
    crashed = tmp_path / "crashed" / "ae-desktop.sqlite3"
    crashed.parent.mkdir()
    _with_pending_wal(source, crashed)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-c", _CHECK_UNDER_A_FILE_SIZE_LIMIT, str(crashed)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return done.stdout.strip()

    out = run()

    assert out.startswith("unreadable: "), out
    assert "could not be read: the disk could not read or write it" in out
    assert "disk I/O error" in out
    check_database(crashed)  # with room on the disk the same file passes


# --- database_version -----------------------------------------------------------------------


def test_database_version_reads_ours_and_refuses_the_rest(tmp_path: Path) -> None:
    ours = _ae_file(tmp_path / "ours.sqlite3")
    assert database_version(ours) == migrations.LATEST_VERSION

    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(ours, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version={migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError):
        database_version(newer)

    foreign = tmp_path / "places.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnAEDatabaseError, match="another program"):
        database_version(foreign)

    text = tmp_path / "notes.txt"
    _garbage(text)
    with pytest.raises(NotAnAEDatabaseError, match="not a SQLite database"):
        database_version(text)
    with pytest.raises(NotAnAEDatabaseError, match="no such file"):
        database_version(tmp_path / "missing.sqlite3")


# --- set_aside_damaged ----------------------------------------------------------------------


def test_set_aside_renames_the_file_and_its_wal_and_shm_and_deletes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    contents = {"": b"main file", "-wal": b"wal frames", "-shm": b"shared memory"}
    for suffix, data in contents.items():
        path.with_name(path.name + suffix).write_bytes(data)

    kept = set_aside_damaged(path, NOW)

    assert kept == tmp_path / "ae-desktop.sqlite3.damaged-20261127-174503"
    assert _listing(tmp_path) == [
        "ae-desktop.sqlite3.damaged-20261127-174503",
        "ae-desktop.sqlite3.damaged-20261127-174503-shm",
        "ae-desktop.sqlite3.damaged-20261127-174503-wal",
    ]
    for suffix, data in contents.items():
        assert kept.with_name(kept.name + suffix).read_bytes() == data


def test_set_aside_twice_in_one_second_overwrites_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    path.write_bytes(b"first")
    first = set_aside_damaged(path, NOW)
    path.write_bytes(b"second")
    second = set_aside_damaged(path, NOW)

    assert first != second
    assert second.name == "ae-desktop.sqlite3.damaged-20261127-174503-2"
    assert first.read_bytes() == b"first" and second.read_bytes() == b"second"
    assert not path.exists()


def test_set_aside_without_side_files_moves_the_main_file_only(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    path.write_bytes(b"main file")
    kept = set_aside_damaged(path, NOW)
    assert _listing(tmp_path) == [kept.name]
