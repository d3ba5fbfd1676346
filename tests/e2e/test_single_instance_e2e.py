"""Launching the app twice on one data dir: the second launch calls the first and exits 0
without opening the database; --screenshots refuses a folder in use; another data dir runs
beside it; the lock of a killed app is taken over."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ae_desktop.single_instance import LOCK_FILENAME

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,  # runs the app in subprocesses
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL"),
]


def _launch(env: dict[str, str], data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ae_desktop", "--data-dir", str(data), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_lock(data: Path, app: subprocess.Popen[str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not (data / LOCK_FILENAME).exists():
        assert app.poll() is None, app.communicate()[1]
        assert time.monotonic() < deadline, "the app did not take its lock"
        time.sleep(0.05)


def _stop(app: subprocess.Popen[str], how: signal.Signals = signal.SIGTERM) -> None:
    if app.poll() is None:
        app.send_signal(how)
    app.communicate(timeout=30)


@pytest.fixture
def first(env, tmp_path):
    data = tmp_path / "data"
    app = _launch(env, data)
    _wait_for_lock(data, app)
    yield data, app
    _stop(app)


def test_a_second_launch_on_the_same_data_dir_exits_0_and_leaves_the_first_running(env, first):
    data, app = first
    second = subprocess.run(
        [sys.executable, "-m", "ae_desktop", "--data-dir", str(data)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert app.poll() is None  # the first one is still there, brought to the front
    assert (data / LOCK_FILENAME).exists()


def test_another_data_dir_runs_beside_it(env, first, tmp_path):
    other = subprocess.run(
        [sys.executable, "-m", "ae_desktop", "--data-dir", str(tmp_path / "other"), "--smoke"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert other.returncode == 0, other.stderr
    assert "startup_ms=" in other.stdout  # it opened its own window


def test_the_lock_of_a_killed_app_is_taken_over(env, first):
    data, app = first
    _stop(app, signal.SIGKILL)
    assert (data / LOCK_FILENAME).exists()  # left behind by the crash
    again = subprocess.run(
        [sys.executable, "-m", "ae_desktop", "--data-dir", str(data), "--smoke"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert "startup_ms=" in again.stdout


# Holds the data folder's lock, as a running app (possibly an older version) does; answers a
# later launch only with "answer", as `ae-desktop restore`, which holds it too, does not.
HOLDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ae_desktop.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
if sys.argv[2] == "answer":
    assert instance.acquire()
else:
    assert instance.lock.acquire()
print("holding", flush=True)
app.exec()
"""


@pytest.fixture
def older_database(tmp_path: Path) -> Path:
    """A data folder with a schema-5 database: any launch that opened it would migrate it."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    conn = sqlite3.connect(data / "ae-desktop.sqlite3")
    conn.executescript((REPO / "tests" / "fixtures" / "schema_v5.sql").read_text())
    conn.commit()
    conn.close()
    return data


def _files(data: Path) -> dict[str, str]:
    """Every file but the logs and the holder's lock, with its contents' hash."""
    return {
        str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data.rglob("*"))
        if p.is_file() and "logs" not in p.relative_to(data).parts and p.name != LOCK_FILENAME
    }


def _hold(env: dict[str, str], data: Path, how: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data), how],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def _run(env: dict[str, str], data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", "--data-dir", str(data), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("how", ["answer", "silent"])
def test_a_launch_on_a_folder_in_use_leaves_its_database_alone(env, older_database, how):
    data = older_database
    before = _files(data)
    holder = _hold(env, data, how)
    try:
        second = _run(env, data, "--smoke")
    finally:
        _stop(holder, signal.SIGKILL)

    if how == "answer":
        assert second.returncode == 0, second.stderr
    else:
        assert second.returncode == 1 and "does not answer" in second.stderr, second.stderr
    assert "startup_ms=" not in second.stdout
    assert _files(data) == before  # not migrated, not even opened: no -wal, no backup
    uri = f"file:{data / 'ae-desktop.sqlite3'}?mode=ro"
    version = sqlite3.connect(uri, uri=True).execute("PRAGMA user_version").fetchone()[0]
    assert version == 5


def test_screenshots_refuse_a_folder_in_use(env, older_database, tmp_path):
    data = older_database
    before = _files(data)
    holder = _hold(env, data, "answer")
    try:
        shots = _run(env, data, "--screenshots", str(tmp_path / "shots"))
    finally:
        _stop(holder, signal.SIGKILL)

    assert shots.returncode == 1, shots.stdout + shots.stderr
    assert "quit it before taking screenshots" in shots.stderr
    assert _files(data) == before
    assert not (tmp_path / "shots").exists()
