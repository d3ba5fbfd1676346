"""`backup`, `restore` and `check` as a user runs them: the data comes back, a bad file is
refused with the database byte-identical, a damaged database is named, backups are 0600."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ae_desktop.store import migrations

pytestmark = pytest.mark.slow  # runs the app in a subprocess

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def data(tmp_path: Path, env: dict[str, str]) -> Path:
    """A data folder holding the sample data."""
    folder = tmp_path / "data"
    done = _run(env, "demo", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def _db(folder: Path) -> Path:
    return folder / "ae-desktop.sqlite3"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clients(path: Path) -> list[str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [name for (name,) in conn.execute("SELECT name FROM client ORDER BY id")]
    finally:
        conn.close()


def _state(folder: Path) -> dict[str, str]:
    """Every file in the data folder (logs aside) and its hash."""
    return {
        str(p.relative_to(folder)): _sha256(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.parent.name != "logs"
    }


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'").fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\xff" * size
    path.write_bytes(bytes(data))


# --- backup and restore ---------------------------------------------------------------------


def test_backup_then_restore_brings_the_data_back_and_keeps_what_it_replaced(
    data: Path, env: dict[str, str]
) -> None:
    before = _clients(_db(data))

    backed_up = _run(env, "backup", "--data-dir", str(data))

    assert backed_up.returncode == 0, backed_up.stderr
    backup = Path(backed_up.stdout.strip())
    assert backup.parent == data / "backups" and backup.name.endswith("-manual.sqlite3")
    assert _clients(backup) == before

    conn = sqlite3.connect(_db(data))
    conn.execute("UPDATE client SET name = 'Renamed by mistake' WHERE id = 1")
    conn.commit()
    conn.close()

    restored = _run(env, "restore", "--data-dir", str(data), str(backup))

    assert restored.returncode == 0, restored.stderr
    assert _clients(_db(data)) == before
    [kept] = (data / "backups").glob("*-pre-restore.sqlite3")
    assert str(kept) in restored.stdout and f"Restored {backup}" in restored.stdout
    assert _clients(kept) == ["Renamed by mistake", *before[1:]]
    assert backup.exists()
    assert not (data / "ae-desktop.lock").exists()
    checked = _run(env, "check", "--data-dir", str(data))
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok")


@posix_only
def test_backups_are_readable_by_their_owner_only(
    data: Path, env: dict[str, str], tmp_path: Path
) -> None:
    into_folder = _run(env, "backup", "--data-dir", str(data))
    out = _run(env, "backup", "--data-dir", str(data), "--out", str(tmp_path / "copy"))
    to_folder = _run(env, "backup", "--data-dir", str(data), "--out", str(tmp_path))

    written = [Path(r.stdout.strip()) for r in (into_folder, out, to_folder)]
    assert written[1] == tmp_path / "copy.sqlite3"
    assert written[2].parent == tmp_path and written[2].name.startswith("ae-desktop-")
    for path in written:
        assert path.stat().st_mode & 0o777 == 0o600, path
        assert _clients(path) == _clients(_db(data))
    assert not list(tmp_path.glob("*.part"))


def test_backup_without_a_database_exits_1_and_creates_none(
    tmp_path: Path, env: dict[str, str]
) -> None:
    folder = tmp_path / "empty"
    done = _run(env, "backup", "--data-dir", str(folder))
    assert done.returncode == 1
    assert "no database" in done.stderr
    assert not _db(folder).exists()
    assert list((folder / "backups").iterdir()) == []


def _not_ours(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()


def _newer_backup(path: Path) -> None:
    _copy_of_sample(path)
    _newer(path)


def _damaged_backup(path: Path) -> None:
    _copy_of_sample(path)
    _damage(path)


def _copy_of_sample(path: Path) -> None:
    source = sqlite3.connect(path.parent / "data" / "ae-desktop.sqlite3")
    dest = sqlite3.connect(path)
    source.backup(dest)
    dest.execute("PRAGMA journal_mode=DELETE")
    dest.close()
    source.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_not_ours, "not a usable AE Desktop database"),
        (lambda p: p.write_text("name,tier\nAcme,key\n" * 100), "not a SQLite database"),
        (_newer_backup, "newer AE Desktop"),
        (_damaged_backup, "damaged"),
    ],
    ids=["other-program", "text", "newer-schema", "damaged"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    data: Path, env: dict[str, str], tmp_path: Path, make: object, words: str
) -> None:
    candidate = tmp_path / "candidate.sqlite3"
    make(candidate)  # type: ignore[operator]
    before = _state(data)

    done = _run(env, "restore", "--data-dir", str(data), str(candidate))

    assert done.returncode == 1
    assert words in done.stderr and "Nothing was changed" in done.stderr
    assert done.stdout == ""
    assert _state(data) == before


def test_restore_refuses_while_the_app_runs_on_the_data_folder(
    data: Path, env: dict[str, str]
) -> None:
    from PySide6.QtCore import QLockFile

    backup = Path(_run(env, "backup", "--data-dir", str(data)).stdout.strip())
    before = _state(data)
    lock = QLockFile(str(data / "ae-desktop.lock"))  # as the running app holds it
    assert lock.tryLock(0)
    try:
        done = _run(env, "restore", "--data-dir", str(data), str(backup))
    finally:
        lock.unlock()

    assert done.returncode == 1
    assert "AE Desktop is running on this data folder; quit it first" in done.stderr
    assert _state(data) == before


def test_restore_a_missing_file(data: Path, env: dict[str, str], tmp_path: Path) -> None:
    before = _state(data)
    done = _run(env, "restore", "--data-dir", str(data), str(tmp_path / "nothing.sqlite3"))
    assert done.returncode == 1 and "no such file" in done.stderr
    assert _state(data) == before


def test_restore_over_a_damaged_database_sets_it_aside(data: Path, env: dict[str, str]) -> None:
    backup = Path(_run(env, "backup", "--data-dir", str(data)).stdout.strip())
    before = _clients(_db(data))
    _damage(_db(data))
    damaged = _sha256(_db(data))

    done = _run(env, "restore", "--data-dir", str(data), str(backup))

    assert done.returncode == 0, done.stderr
    [aside] = data.glob("ae-desktop.sqlite3.damaged-*")
    assert _sha256(aside) == damaged and str(aside) in done.stdout
    assert _clients(_db(data)) == before


# --- check ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_damage, "is damaged"),
        (_newer, "newer AE Desktop"),
        (lambda p: p.write_bytes(b"\0" * 4096), "is damaged"),
    ],
    ids=["damaged", "newer-schema", "zeros"],
)
def test_check_names_the_problem_with_exit_3_and_writes_nothing(
    data: Path, env: dict[str, str], spoil: object, words: str
) -> None:
    spoil(_db(data))  # type: ignore[operator]
    before = _state(data)

    done = _run(env, "check", "--data-dir", str(data))

    assert done.returncode == 3, done.stderr
    assert words in done.stderr and str(_db(data)) in done.stderr
    assert done.stdout == ""
    assert _state(data) == before


def test_check_without_a_database_exits_1(tmp_path: Path, env: dict[str, str]) -> None:
    done = _run(env, "check", "--data-dir", str(tmp_path / "empty"))
    assert done.returncode == 1 and "no database" in done.stderr
    assert not _db(tmp_path / "empty").exists()
