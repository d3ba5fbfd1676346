"""Launching the app twice on one data dir: the second launch calls the first and exits 0;
another data dir runs beside it; the lock of a killed app is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ae_desktop.single_instance import LOCK_FILENAME

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
