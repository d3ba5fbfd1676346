"""Backups: verified copies, 0600, listed newest first, due only when the data changed, restored
only from a sound AE Desktop file with the replaced data kept first."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ae_desktop.store import backup as store
from ae_desktop.store import migrations
from ae_desktop.store.backup import (
    BackupInfo,
    back_up_now,
    backup_name,
    labelled_backup,
    list_backups,
    newest_verified_backup,
    sweep_stale_parts,
    verify_backup,
)
from ae_desktop.store.backup_due import backup_due, daily_backup_due
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    NoDatabaseError,
    NotAnAEDatabaseError,
    StoreError,
)
from ae_desktop.store.models import Client
from ae_desktop.store.restore import restore_backup

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOW = datetime(2026, 11, 27, 17, 45, 3)
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def _close_after() -> Iterator[None]:
    yield
    close_database()


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Path]:
    """(database, backups folder) of a closed AE Desktop database holding client "Acme"."""
    path = tmp_path / "data" / "ae-desktop.sqlite3"
    path.parent.mkdir()
    open_database(path, tmp_path / "data" / "backups")
    Client.create(name="Acme")
    close_database()
    return path, tmp_path / "data" / "backups"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _clients(path: Path) -> list[str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [name for (name,) in conn.execute("SELECT name FROM client ORDER BY id")]
    finally:
        conn.close()


def _add_client(path: Path, name: str) -> None:
    open_database(path, path.parent / "backups")
    Client.create(name=name)
    close_database()


def _set_mtime(path: Path, when: datetime) -> None:
    stamp = when.timestamp()
    os.utime(path, (stamp, stamp))


def _stamp(path: Path, **pragmas: int) -> None:
    conn = sqlite3.connect(path)
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name}={value}")
    conn.commit()
    conn.close()


def _v5_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v5.sql").read_text(encoding="utf-8"))
    conn.execute(
        "INSERT INTO client (name, industry, tier, status, potential_revenue_minor, website,"
        " phone, address, notes, archived, created_at, updated_at) VALUES ('From v5', '',"
        " 'key', 'active', 0, '', '', '', '', 0, '2025-01-01 09:00', '2025-01-01 09:00')"
    )
    conn.commit()
    conn.close()
    return path


def _corrupt(path: Path) -> None:
    """Garbage over the client table's root page."""
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'").fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\xff" * size
    path.write_bytes(bytes(data))


# --- back_up_now ----------------------------------------------------------------------------


def test_back_up_now_writes_a_verified_copy_named_by_time_and_label(
    data: tuple[Path, Path],
) -> None:
    db, backups = data

    info = back_up_now(db, backups, now=NOW)

    assert info == BackupInfo(
        path=backups / "ae-desktop-20261127-174503-manual.sqlite3",
        taken_at=NOW,
        size=info.path.stat().st_size,
        label="manual",
    )
    assert info.size > 0 and info.protected  # the user's own copy: never rotated away
    assert _clients(info.path) == ["Acme"]
    assert verify_backup(info.path) == migrations.LATEST_VERSION
    assert _listing(backups) == [info.path.name]  # no .part, no -journal
    assert _listing(db.parent) == ["ae-desktop.sqlite3", "backups"]  # no -wal/-shm left


@posix_only
def test_backups_are_readable_by_their_owner_only(data: tuple[Path, Path]) -> None:
    db, backups = data
    old = os.umask(0o022)
    try:
        info = back_up_now(db, backups, now=NOW, label="auto")
        pre = labelled_backup(db, backups, "pre-migration-v5-to-v6", NOW)
    finally:
        os.umask(old)
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert pre.stat().st_mode & 0o777 == 0o600


def test_a_live_database_is_backed_up_with_what_is_still_in_its_wal(
    data: tuple[Path, Path],
) -> None:
    db, backups = data
    open_database(db, backups)
    Client.create(name="Borealis")  # in the -wal, not yet in the main file
    assert db.with_name(db.name + "-wal").stat().st_size > 0

    info = back_up_now(db, backups, now=NOW)

    assert _clients(info.path) == ["Acme", "Borealis"]
    assert Client.select().count() == 2  # the app's connection goes on working


def test_two_backups_in_one_second_are_two_files(data: tuple[Path, Path]) -> None:
    db, backups = data
    first = back_up_now(db, backups, now=NOW)
    _add_client(db, "Borealis")
    second = back_up_now(db, backups, now=NOW)

    assert first.path != second.path
    assert second.taken_at == NOW + timedelta(seconds=1)
    assert _clients(first.path) == ["Acme"]
    assert _clients(second.path) == ["Acme", "Borealis"]


def test_back_up_now_rotates_the_folder(data: tuple[Path, Path]) -> None:
    db, backups = data
    for days in range(1, 30):
        back_up_now(db, backups, now=NOW - timedelta(days=days), label="auto")
    back_up_now(db, backups, now=NOW, label="auto")

    left = list_backups(backups)
    # 21-27 Nov, then W46 and W45 (W47's newest, Sunday the 22nd, is a daily one), 31 Oct.
    assert len(left) == 7 + 2 + 1
    assert left[0].taken_at == NOW


def test_no_database_no_backup(tmp_path: Path) -> None:
    with pytest.raises(NoDatabaseError):
        back_up_now(tmp_path / "ae-desktop.sqlite3", tmp_path / "backups", now=NOW)
    (tmp_path / "ae-desktop.sqlite3").touch()
    with pytest.raises(NoDatabaseError):
        back_up_now(tmp_path / "ae-desktop.sqlite3", tmp_path / "backups", now=NOW)
    assert _listing(tmp_path / "backups") == []
    assert _listing(tmp_path) == ["ae-desktop.sqlite3"]


@pytest.mark.parametrize("damage", ["garbage", "page"])
def test_a_damaged_database_gives_no_backup(data: tuple[Path, Path], damage: str) -> None:
    db, backups = data
    if damage == "garbage":
        db.write_bytes(b"not a database at all\n" * 100)
    else:
        _corrupt(db)
    before = _sha256(db)

    with pytest.raises(DamagedDatabaseError) as info:
        back_up_now(db, backups, now=NOW)

    assert info.value.path == str(db)
    assert _listing(backups) == []
    assert _sha256(db) == before


def test_a_label_must_be_a_plain_word(data: tuple[Path, Path]) -> None:
    db, backups = data
    with pytest.raises(ValueError):
        back_up_now(db, backups, now=NOW, label="../escape")
    assert _listing(backups) == []


# --- list_backups ---------------------------------------------------------------------------


def test_list_backups_newest_first_ignoring_part_and_foreign_files(tmp_path: Path) -> None:
    names = {
        backup_name("auto", NOW - timedelta(days=2)): 10,
        backup_name("pre-migration-v5-to-v6", NOW - timedelta(days=1)): 20,
        backup_name("manual", NOW): 30,
    }
    for name, size in names.items():
        (tmp_path / name).write_bytes(b"x" * size)
    for stranger in (
        backup_name("auto", NOW + timedelta(days=1)) + ".part",
        "ae-desktop-20261399-120000-auto.sqlite3",  # no such date
        "ae-desktop-20261127-120000-Auto.sqlite3",
        "ae-desktop.sqlite3",
        "holiday.jpg",
    ):
        (tmp_path / stranger).write_bytes(b"x")
    (tmp_path / backup_name("auto", NOW + timedelta(days=3))).mkdir()

    found = list_backups(tmp_path)

    assert [(b.label, b.taken_at, b.size) for b in found] == [
        ("manual", NOW, 30),
        ("pre-migration-v5-to-v6", NOW - timedelta(days=1), 20),
        ("auto", NOW - timedelta(days=2), 10),
    ]
    assert [b.protected for b in found] == [True, True, False]
    assert list_backups(tmp_path / "missing") == []


def test_pre_restore_pre_migration_and_manual_backups_are_protected() -> None:
    def info(label: str) -> BackupInfo:
        return BackupInfo(Path(backup_name(label, NOW)), NOW, 1, label)

    assert info("pre-restore").protected
    assert info("pre-migration-v1-to-v2").protected
    assert info("manual").protected
    assert not info("auto").protected
    assert not info("manual-ish").protected


# --- sweep_stale_parts ----------------------------------------------------------------------


def _aged(path: Path, age: timedelta, content: bytes = b"x") -> Path:
    path.write_bytes(content)
    _set_mtime(path, NOW - age)
    return path


def test_sweep_removes_only_stale_temp_files_of_backups_and_restores(tmp_path: Path) -> None:
    db = tmp_path / "ae-desktop.sqlite3"
    backups = tmp_path / "backups"
    backups.mkdir()
    old, fresh = timedelta(hours=3), timedelta(minutes=2)
    killed = backup_name("pre-restore", NOW - timedelta(hours=3))
    stale = [
        _aged(tmp_path / "ae-desktop.sqlite3.restore.part", old),
        _aged(tmp_path / "ae-desktop.sqlite3.restore.part-journal", old),
        _aged(backups / (killed + ".part"), old),
        _aged(backups / (killed + ".part-journal"), old),
    ]
    kept = [
        _aged(db, old),
        _aged(tmp_path / "ae-desktop.sqlite3-wal", old),
        _aged(tmp_path / "ae-desktop.sqlite3.damaged-20261101-090000", old),
        _aged(tmp_path / "ae-desktop.sqlite3.replaced-20261101-090000-shm", old),
        _aged(tmp_path / "other.sqlite3.restore.part", old),  # another database's
        _aged(tmp_path / "report.pdf.part", old),
        _aged(tmp_path / "ae-desktop.sqlite3.restore.part-wal", old),
        _aged(backups / backup_name("auto", NOW - timedelta(days=1)), old),
        _aged(backups / (backup_name("auto", NOW) + ".part"), fresh),  # being written
        _aged(backups / "holiday.part", old),
        _aged(backups / "ae-desktop-20261399-120000-auto.sqlite3.part", old),  # no such date
    ]
    (backups / (backup_name("auto", NOW - timedelta(days=5)) + ".part")).mkdir()
    future = _aged(backups / (backup_name("auto", NOW) + ".part-journal"), -timedelta(days=1))

    removed = sweep_stale_parts(db, backups, NOW)

    assert sorted(removed) == sorted(stale)
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in kept) and future.exists()
    assert (backups / (backup_name("auto", NOW - timedelta(days=5)) + ".part")).is_dir()
    assert sweep_stale_parts(db, backups, NOW) == []


def test_sweep_with_no_folders_removes_nothing(tmp_path: Path) -> None:
    assert sweep_stale_parts(tmp_path / "none" / "db.sqlite3", tmp_path / "none", NOW) == []


@posix_only
def test_sweep_leaves_a_link_named_like_a_temp_file(tmp_path: Path) -> None:
    target = _aged(tmp_path / "precious.sqlite3", timedelta(days=3))
    link = tmp_path / "ae-desktop.sqlite3.restore.part"
    link.symlink_to(target)

    assert sweep_stale_parts(tmp_path / "ae-desktop.sqlite3", tmp_path / "backups", NOW) == []
    assert link.is_symlink() and target.exists()


def test_a_backup_killed_mid_write_leaves_a_part_the_next_rotation_sweeps(
    data: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, backups = data

    def killed(src: sqlite3.Connection, tmp: Path) -> None:
        tmp.write_bytes(b"half a backup")  # as the process dies: no clean-up runs
        tmp.with_name(tmp.name + "-journal").write_bytes(b"journal")
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "_write_verified", killed)
    with pytest.raises(KeyboardInterrupt):
        back_up_now(db, backups, now=NOW - timedelta(hours=1), label="auto")
    monkeypatch.undo()
    parts = sorted(p.name for p in backups.iterdir())
    assert parts == [
        "ae-desktop-20261127-164503-auto.sqlite3.part",
        "ae-desktop-20261127-164503-auto.sqlite3.part-journal",
    ]
    for name in parts:
        _set_mtime(backups / name, NOW - timedelta(hours=1))

    back_up_now(db, backups, now=NOW, label="auto")

    assert _listing(backups) == ["ae-desktop-20261127-174503-auto.sqlite3"]


# --- verify_backup and newest_verified_backup -----------------------------------------------


def test_verify_backup_accepts_every_known_schema_and_writes_nothing(tmp_path: Path) -> None:
    path = _v5_file(tmp_path / "v5.sqlite3")
    before = _sha256(path)
    assert verify_backup(path) == 5
    assert _sha256(path) == before
    assert _listing(tmp_path) == ["v5.sqlite3"]


def _newer(path: Path) -> None:
    _v5_file(path)
    _stamp(path, user_version=migrations.LATEST_VERSION + 1)


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()


def _blank(path: Path) -> None:
    _stamp(path, application_id=migrations.APPLICATION_ID)


def _text(path: Path) -> None:
    path.write_bytes(b"name,tier\nAcme,key\n" * 300)


def _damaged(path: Path) -> None:
    _v5_file(path)
    _corrupt(path)


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (_newer, NewerSchemaError, "newer AE Desktop"),
        (_foreign, NotAnAEDatabaseError, "another program"),
        (_blank, NotAnAEDatabaseError, "no AE Desktop data"),
        (_text, NotAnAEDatabaseError, "not a SQLite database"),
        (_damaged, DamagedDatabaseError, "malformed"),
    ],
    ids=["newer", "foreign", "blank", "text", "damaged"],
)
def test_verify_backup_refuses_and_writes_nothing(
    tmp_path: Path, make: object, error: type[StoreError], words: str
) -> None:
    path = tmp_path / "candidate.sqlite3"
    make(path)  # type: ignore[operator]
    before = _sha256(path)

    with pytest.raises(error, match=words):
        verify_backup(path)

    assert _sha256(path) == before
    assert _listing(tmp_path) == ["candidate.sqlite3"]


def test_verify_backup_runs_the_full_integrity_check(tmp_path: Path) -> None:
    path = _v5_file(tmp_path / "v5.sqlite3")
    conn = sqlite3.connect(path)  # an index that no longer matches its table
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        'UPDATE sqlite_master SET sql = \'CREATE INDEX "client_archived_name" ON "client" '
        '("tier", "name")\' WHERE name = \'client_archived_name\''
    )
    conn.commit()
    conn.close()

    with pytest.raises(DamagedDatabaseError, match="client_archived_name"):
        verify_backup(path)


def test_verify_backup_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotAnAEDatabaseError, match="no such file"):
        verify_backup(tmp_path / "nothing.sqlite3")


def test_newest_verified_backup_skips_damaged_ones(data: tuple[Path, Path]) -> None:
    db, backups = data
    assert newest_verified_backup(backups) is None
    good = back_up_now(db, backups, now=NOW - timedelta(days=2))
    bad = back_up_now(db, backups, now=NOW - timedelta(days=1))
    _corrupt(bad.path)
    (backups / backup_name("auto", NOW)).write_bytes(b"half a backup")

    assert newest_verified_backup(backups) == good


# --- backup_due and daily_backup_due --------------------------------------------------------


def test_no_database_is_never_due_and_no_backup_always_is(
    tmp_path: Path, data: tuple[Path, Path]
) -> None:
    assert not backup_due(tmp_path / "none.sqlite3", tmp_path / "backups", now=NOW)
    db, backups = data
    assert backup_due(db, backups, now=NOW)


def test_due_when_the_database_was_written_after_the_newest_backup(
    data: tuple[Path, Path],
) -> None:
    db, backups = data
    _set_mtime(db, NOW - timedelta(hours=1))
    back_up_now(db, backups, now=NOW)
    assert not backup_due(db, backups, now=NOW + timedelta(hours=1))

    _add_client(db, "Borealis")
    _set_mtime(db, NOW + timedelta(minutes=5))
    assert backup_due(db, backups, now=NOW + timedelta(hours=1))


def test_due_when_the_wal_was_written_after_the_newest_backup(data: tuple[Path, Path]) -> None:
    db, backups = data
    _set_mtime(db, NOW - timedelta(hours=1))
    back_up_now(db, backups, now=NOW)
    open_database(db, backups)
    Client.create(name="Borealis")
    wal = db.with_name(db.name + "-wal")
    _set_mtime(db, NOW - timedelta(hours=1))

    _set_mtime(wal, NOW - timedelta(minutes=5))  # frames older than the backup: in it
    assert not backup_due(db, backups, now=NOW + timedelta(hours=1))
    _set_mtime(wal, NOW + timedelta(minutes=5))
    assert backup_due(db, backups, now=NOW + timedelta(hours=1))


def test_closing_the_database_after_a_backup_does_not_make_one_due(
    data: tuple[Path, Path],
) -> None:
    db, backups = data
    open_database(db, backups)
    Client.create(name="Borealis")  # in the -wal
    back_up_now(db, backups, now=NOW)
    close_database()  # folds the -wal into the main file: a newer mtime, the same data
    _set_mtime(db, NOW + timedelta(minutes=5))

    assert not backup_due(db, backups, now=NOW + timedelta(hours=1))


def test_a_backup_dated_after_now_does_not_hide_a_change(data: tuple[Path, Path]) -> None:
    db, backups = data
    back_up_now(db, backups, now=NOW + timedelta(days=365))  # the clock was wrong then
    _set_mtime(db, NOW)
    assert backup_due(db, backups, now=NOW + timedelta(hours=1))


def test_daily_backup_waits_a_day_after_an_automatic_one(data: tuple[Path, Path]) -> None:
    db, backups = data
    back_up_now(db, backups, now=NOW, label="auto")
    _add_client(db, "Borealis")
    _set_mtime(db, NOW + timedelta(hours=1))

    assert backup_due(db, backups, now=NOW + timedelta(hours=2))
    assert not daily_backup_due(db, backups, now=NOW + timedelta(hours=23))
    assert daily_backup_due(db, backups, now=NOW + timedelta(hours=24, seconds=1))


def test_a_manual_backup_does_not_stand_in_for_the_daily_one_but_covers_its_data(
    data: tuple[Path, Path],
) -> None:
    db, backups = data
    back_up_now(db, backups, now=NOW - timedelta(days=2), label="auto")
    _add_client(db, "Borealis")
    _set_mtime(db, NOW - timedelta(hours=1))
    assert daily_backup_due(db, backups, now=NOW)
    back_up_now(db, backups, now=NOW, label="manual")
    assert not daily_backup_due(db, backups, now=NOW + timedelta(hours=1))  # nothing changed


def test_the_next_automatic_backup_the_same_day_keeps_the_manual_one(
    data: tuple[Path, Path],
) -> None:
    # Back up now before a risky change, the change goes wrong, the app quits: the quit's
    # automatic backup (the day's newest) must not rotate the user's own copy away.
    db, backups = data
    back_up_now(db, backups, now=NOW - timedelta(days=1), label="auto")
    manual = back_up_now(db, backups, now=NOW, label="manual")
    _add_client(db, "The bad change")
    _set_mtime(db, NOW + timedelta(minutes=45))
    back_up_now(db, backups, now=NOW + timedelta(minutes=45), label="auto")
    for day in range(1, 60):  # and two months of daily backups after it
        back_up_now(db, backups, now=NOW + timedelta(days=day), label="auto")

    assert manual.path.exists()
    assert _clients(manual.path) == ["Acme"]
    assert [b.label for b in list_backups(backups)].count("manual") == 1


# --- restore_backup -------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(
    data: tuple[Path, Path],
) -> None:
    db, backups = data
    saved = back_up_now(db, backups, now=NOW - timedelta(days=1))
    _add_client(db, "Added after the backup")

    kept = restore_backup(saved.path, db, backups, now=NOW)

    assert _clients(db) == ["Acme"]
    assert kept is not None and kept.label == "pre-restore" and kept.protected
    assert kept.taken_at == NOW
    assert _clients(kept.path) == ["Acme", "Added after the backup"]
    assert saved.path.exists()
    assert _listing(db.parent) == ["ae-desktop.sqlite3", "backups"]
    open_database(db, backups)
    assert [c.name for c in Client.select()] == ["Acme"]


@posix_only
def test_the_restored_database_is_readable_by_its_owner_only(data: tuple[Path, Path]) -> None:
    db, backups = data
    saved = back_up_now(db, backups, now=NOW)
    os.chmod(saved.path, 0o644)
    restore_backup(saved.path, db, backups, now=NOW)
    assert db.stat().st_mode & 0o777 == 0o600


def test_a_stale_wal_is_not_replayed_onto_the_restored_database(
    data: tuple[Path, Path], tmp_path: Path
) -> None:
    db, backups = data
    saved = back_up_now(db, backups, now=NOW - timedelta(days=1))
    # The app died with the rename only in the -wal: copy the files as the crash left them.
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE client SET name = 'Acme renamed before the crash'")
    writer.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(db.with_name(db.name + suffix), crashed / f"ae-desktop.sqlite3{suffix}")
    writer.close()
    db = crashed / "ae-desktop.sqlite3"
    assert db.with_name(db.name + "-wal").stat().st_size > 0

    kept = restore_backup(saved.path, db, backups, now=NOW)

    assert _listing(crashed) == ["ae-desktop.sqlite3"]
    assert _clients(db) == ["Acme"]
    assert kept is not None and _clients(kept.path) == ["Acme renamed before the crash"]


def test_a_damaged_database_is_set_aside_not_backed_up(data: tuple[Path, Path]) -> None:
    db, backups = data
    saved = back_up_now(db, backups, now=NOW - timedelta(days=1))
    _corrupt(db)
    damaged = db.read_bytes()

    kept = restore_backup(saved.path, db, backups, now=NOW)

    assert kept is None
    aside = db.with_name("ae-desktop.sqlite3.damaged-20261127-174503")
    assert aside.read_bytes() == damaged
    assert _clients(db) == ["Acme"]
    assert [b.label for b in list_backups(backups)] == ["manual"]


def test_restore_into_an_empty_data_folder(tmp_path: Path, data: tuple[Path, Path]) -> None:
    source, backups = data
    saved = back_up_now(source, backups, now=NOW)
    db = tmp_path / "new" / "ae-desktop.sqlite3"

    assert restore_backup(saved.path, db, tmp_path / "new" / "backups", now=NOW) is None
    assert _clients(db) == ["Acme"]


def test_an_older_schema_is_restored_then_migrated_on_open(data: tuple[Path, Path]) -> None:
    db, backups = data
    old = _v5_file(db.parent / "from-last-year.sqlite3")

    restore_backup(old, db, backups, now=NOW)

    assert _clients(db) == ["From v5"]
    open_database(db, backups)
    assert [c.name for c in Client.select()] == ["From v5"]
    labels = [b.label for b in list_backups(backups)]
    assert "pre-restore" in labels and f"pre-migration-v5-to-v{migrations.LATEST_VERSION}" in labels


@pytest.mark.parametrize("make", [_newer, _foreign, _text, _damaged], ids=lambda f: f.__name__)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    data: tuple[Path, Path], make: object
) -> None:
    db, backups = data
    back_up_now(db, backups, now=NOW - timedelta(days=1))
    candidate = db.parent / "candidate.sqlite3"
    make(candidate)  # type: ignore[operator]
    before = {p.name: _sha256(p) for p in db.parent.iterdir() if p.is_file()}
    in_backups = _listing(backups)

    with pytest.raises(StoreError):
        restore_backup(candidate, db, backups, now=NOW)

    assert {p.name: _sha256(p) for p in db.parent.iterdir() if p.is_file()} == before
    assert _listing(backups) == in_backups


def test_restoring_the_database_onto_itself_is_refused(data: tuple[Path, Path]) -> None:
    db, backups = data
    before = _sha256(db)
    with pytest.raises(StoreError, match="the database itself"):
        restore_backup(db, db, backups, now=NOW)
    assert _sha256(db) == before
    assert _listing(backups) == []


def test_restore_never_rotates_away_the_backup_it_restores(data: tuple[Path, Path]) -> None:
    from ae_desktop.store.rotation import to_remove

    db, backups = data
    old = labelled_backup(db, backups, "auto", NOW - timedelta(days=3, hours=8))
    labelled_backup(db, backups, "auto", NOW - timedelta(days=3))  # the same day, later
    assert [b.path for b in to_remove(list_backups(backups), NOW)] == [old]

    restore_backup(old, db, backups, now=NOW)

    assert old.exists()
