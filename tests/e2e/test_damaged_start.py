"""Starting on a damaged, newer, foreign or missing database where no dialog can be shown: exit
code 3, a message naming the problem, and every file left byte-identical (none created); and a
restore from the recovery dialog that fails halfway leaves the damaged file where it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DB_NAME = "ae-desktop.sqlite3"


def app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in *folder* and below, by relative path, with its contents' hash."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.relative_to(folder).parts
    }


@pytest.fixture
def data(tmp_path: Path, env: dict[str, str]) -> Path:
    """A data folder with the small demo database, the app closed."""
    folder = tmp_path / "data"
    result = app(env, "demo", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    return folder


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (0, "not a database"),  # the header: "file is not a database"
        (None, "quick check found problems"),  # a page in the middle
    ],
)
def test_smoke_on_a_damaged_database_exits_3_and_changes_nothing(
    data: Path, env: dict[str, str], where: int | None, expected: str
) -> None:
    db_file = data / DB_NAME
    with db_file.open("r+b") as f:
        size = f.seek(0, 2)
        page = 4096
        f.seek(where if where is not None else (size // page // 2) * page + 8)
        f.write(b"\xde\xad\xbe\xef" * 256)
    before = snapshot(data)

    result = app(env, "--data-dir", str(data), "--smoke")

    assert result.returncode == 3, result.stdout + result.stderr
    assert "is damaged" in result.stderr and expected in result.stderr
    assert str(db_file) in result.stderr
    assert "startup_ms=" not in result.stdout and "Traceback" not in result.stderr
    assert snapshot(data) == before  # byte-identical; not set aside, no -wal/-shm, no backup


def test_screenshots_on_a_damaged_database_exit_3_and_change_nothing(
    data: Path, env: dict[str, str], tmp_path: Path
) -> None:
    db_file = data / DB_NAME
    with db_file.open("r+b") as f:
        f.write(b"\x00" * 100)
    before = snapshot(data)
    result = app(env, "--data-dir", str(data), "--screenshots", str(tmp_path / "shots"))
    assert result.returncode == 3
    assert "is damaged" in result.stderr
    assert snapshot(data) == before


def test_a_newer_schema_is_still_refused_untouched(tmp_path: Path, env: dict[str, str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_file = data / DB_NAME
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(f"PRAGMA application_id = {0x41454453}")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = snapshot(data)
    result = app(env, "--data-dir", str(data), "--smoke")
    assert result.returncode == 3
    assert "schema version 99" in result.stderr and "is damaged" not in result.stderr
    assert snapshot(data) == before


def test_another_programs_database_is_still_refused_untouched(
    tmp_path: Path, env: dict[str, str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_file = data / DB_NAME
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    before = snapshot(data)
    result = app(env, "--data-dir", str(data), "--smoke")
    assert result.returncode == 3
    assert "not a usable AE Desktop database" in result.stderr
    assert snapshot(data) == before


def test_a_sound_database_starts_and_smoke_takes_no_backup(data: Path, env: dict[str, str]):
    before = sorted(p.name for p in (data / "backups").iterdir())
    result = app(env, "--data-dir", str(data), "--smoke")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (data / "backups").iterdir()) == before


def test_smoke_on_a_missing_database_with_backups_exits_3_and_creates_nothing(
    data: Path, env: dict[str, str]
) -> None:
    """A restore killed between setting the damaged file aside and renaming the copy into
    place, or a database deleted by hand: not silently replaced by an empty one."""
    backed_up = app(env, "backup", "--data-dir", str(data))
    assert backed_up.returncode == 0, backed_up.stderr
    (data / DB_NAME).rename(data / f"{DB_NAME}.damaged-20261127-093000")
    before = snapshot(data)

    for mode in (["--smoke"], ["--screenshots", str(data.parent / "shots")]):
        result = app(env, "--data-dir", str(data), *mode)

        assert result.returncode == 3, result.stdout + result.stderr
        assert "is missing" in result.stderr and "Nothing was created" in result.stderr
        assert "Traceback" not in result.stderr
        assert snapshot(data) == before  # no new database, nothing moved


def test_a_first_start_in_an_empty_folder_creates_the_database(
    tmp_path: Path, env: dict[str, str]
) -> None:
    result = app(env, "--data-dir", str(tmp_path / "new"), "--smoke")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new" / DB_NAME).exists()


# Plays the recovery dialog: Restore (which fails: the file size limit is below the copy's
# size, as on a full disk), then Quit.
RESTORE_THEN_QUIT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ae_desktop.ui.recovery import Choice, Recovery
answers = iter([Choice.RESTORE, Choice.QUIT])
recovery = Recovery(
    Path(sys.argv[1]), Path(sys.argv[2]), "damaged",
    ask=lambda dialog: next(answers), warn=lambda parent, title, text: print("warned:", text),
)
print("recovered" if recovery.run() else "quit")
"""


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE")
def test_a_restore_that_fails_halfway_leaves_the_damaged_file_and_the_next_start_asks(
    data: Path, env: dict[str, str]
) -> None:
    import resource

    backed_up = app(env, "backup", "--data-dir", str(data))
    assert backed_up.returncode == 0, backed_up.stderr
    db_file = data / DB_NAME
    with db_file.open("r+b") as f:
        f.write(b"\x00" * 100)
    limit = db_file.stat().st_size // 2

    def small_files() -> None:  # in the child: a write past *limit* fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    before = hashlib.sha256(db_file.read_bytes()).hexdigest()
    played = subprocess.run(
        [sys.executable, "-c", RESTORE_THEN_QUIT, str(db_file), str(data / "backups")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=small_files,  # noqa: PLW1509 - only sets a limit, no threads yet
    )

    assert played.stdout.splitlines()[-1] == "quit", played.stdout + played.stderr
    assert "warned: It could not be restored" in played.stdout
    assert hashlib.sha256(db_file.read_bytes()).hexdigest() == before  # still in place
    assert not list(data.glob("*.damaged-*"))
    again = app(env, "--data-dir", str(data), "--smoke")
    assert again.returncode == 3 and "is damaged" in again.stderr, again.stderr
