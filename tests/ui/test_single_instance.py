"""One app per data dir: a second launch is refused and calls the first; stale locks are taken;
the lock is taken without a QApplication, and a launch waits for the app to start listening."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ae_desktop.single_instance import (
    LOCK_FILENAME,
    DataFolderLock,
    SingleInstance,
    server_name,
)

REPO = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and PIDs as on POSIX")

# A second launch, as app.py would run it: exit 0 when the first instance answered.
SECOND_LAUNCH = """
import sys
from pathlib import Path
from ae_desktop.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
if instance.acquire():
    sys.exit(5)
sys.exit(0 if instance.notify_running() else 4)
"""

# Holds the lock and answers later launches until killed, saying when one called.
HOLDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ae_desktop.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
instance.activation_requested.connect(lambda: print("activated", flush=True))
print("held" if instance.acquire() else "refused", flush=True)
app.exec()
"""


def _python(script: str, *args: str) -> list[str]:
    return [sys.executable, "-c", script, *args]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


@pytest.fixture
def instances(qapp):
    """SingleInstance objects released after the test (the app first: the server needs it)."""
    made: list[SingleInstance] = []

    def make(data_dir: Path) -> SingleInstance:
        instance = SingleInstance(data_dir)
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.release()


def _second_launch(data_dir: Path) -> subprocess.Popen[bytes]:
    # In another process, as in use: notify_running blocks (holding the GIL) until the
    # first instance answers, which it does from its event loop.
    return subprocess.Popen(_python(SECOND_LAUNCH, str(data_dir)), env=_child_env())


def _holder(data_dir: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        _python(HOLDER, str(data_dir)), env=_child_env(), stdout=subprocess.PIPE, text=True
    )
    assert _line(holder) == "held"
    return holder


def _line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    if process.stdout is not None:
        process.stdout.close()


def test_a_second_instance_on_the_same_dir_is_refused(tmp_path, instances):
    first, second = instances(tmp_path), instances(tmp_path)
    assert first.acquire()
    assert (tmp_path / LOCK_FILENAME).exists()
    assert not second.acquire()
    assert first.acquire()  # still its own


def test_a_second_launch_brings_the_first_forward_and_exits_0(qtbot, tmp_path, instances):
    first = instances(tmp_path)
    assert first.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=10_000):
        launch = _second_launch(tmp_path)
    assert launch.wait(10) == 0


def test_notify_running_is_true_when_the_running_instance_answered(tmp_path, instances):
    holder = _holder(tmp_path)
    try:
        second = instances(tmp_path)
        assert not second.acquire()
        assert second.notify_running()
        assert _line(holder) == "activated"
    finally:
        _kill(holder)


def test_two_data_dirs_run_side_by_side(qtbot, tmp_path, instances):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    first, second = instances(one), instances(two)
    assert server_name(one) != server_name(two)
    assert first.acquire()
    assert second.acquire()
    first.activation_requested.connect(lambda: pytest.fail("the other dir's window came up"))
    with qtbot.waitSignal(second.activation_requested, timeout=10_000):
        launch = _second_launch(two)
    assert launch.wait(10) == 0


def test_the_server_name_is_the_same_for_the_same_dir_by_any_path(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "data")
    assert server_name(tmp_path / "link") == server_name(tmp_path / "data")
    assert server_name(tmp_path / "data" / ".." / "data") == server_name(tmp_path / "data")


def test_released_the_lock_is_gone_and_the_next_launch_takes_it(tmp_path, instances):
    first = instances(tmp_path)
    assert first.acquire()
    first.release()
    assert not (tmp_path / LOCK_FILENAME).exists()
    assert instances(tmp_path).acquire()


def test_with_no_instance_running_notify_running_is_false(tmp_path, instances):
    began = time.monotonic()
    assert not instances(tmp_path).notify_running(listen_wait_ms=300)
    assert time.monotonic() - began >= 0.3  # it waited for a server that may still start


# Takes the lock as cli.py does, with no QApplication; listens a moment later, as run_gui does
# once Qt is loaded.
LATE_LISTENER = """
import sys, time
from pathlib import Path
from ae_desktop.single_instance import DataFolderLock, SingleInstance
lock = DataFolderLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
time.sleep(float(sys.argv[2]))
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]), lock=lock)
instance.activation_requested.connect(lambda: print("activated", flush=True))
instance.listen()
app.exec()
"""


def test_the_lock_needs_no_qapplication_and_refuses_a_second_taker(tmp_path):
    holder = subprocess.Popen(
        _python(LATE_LISTENER, str(tmp_path), "60"),
        env=_child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert _line(holder) == "held"
        second = DataFolderLock(tmp_path)
        assert not second.acquire() and not second.held and second.error == ""
    finally:
        _kill(holder)
    assert second.acquire()  # its process is gone: taken over
    second.release()


def test_a_second_launch_waits_for_an_app_that_is_still_starting(tmp_path, instances):
    holder = subprocess.Popen(
        _python(LATE_LISTENER, str(tmp_path), "1.0"),
        env=_child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert _line(holder) == "held"
        second = instances(tmp_path)
        assert not second.acquire()
        assert second.notify_running()  # asked again until the server was there
        assert _line(holder) == "activated"
    finally:
        _kill(holder)


def test_a_lock_file_that_cannot_be_made_says_why(tmp_path):
    lock = DataFolderLock(tmp_path / "no such folder")
    assert not lock.acquire()
    assert lock.error == "UnknownError"  # not "held by another process"


@posix_only
def test_the_lock_file_is_private(tmp_path, instances):
    assert instances(tmp_path).acquire()
    assert stat.S_IMODE((tmp_path / LOCK_FILENAME).stat().st_mode) == 0o600


@posix_only
def test_the_lock_of_a_killed_process_is_taken_over(qtbot, tmp_path, instances):
    holder = _holder(tmp_path)
    try:
        assert not instances(tmp_path).acquire()  # alive: refused
    finally:
        _kill(holder)
    # The killed process left its lock file and its socket behind.
    assert (tmp_path / LOCK_FILENAME).exists()
    taker = instances(tmp_path)
    assert taker.acquire()
    with qtbot.waitSignal(taker.activation_requested, timeout=10_000):
        launch = _second_launch(tmp_path)
    assert launch.wait(10) == 0


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(10)
    return child.pid  # reaped: no process has it (until it is reused, which is rare)


@posix_only
def test_a_lock_file_naming_a_dead_process_is_taken_over(tmp_path, instances):
    # Written as QLockFile writes it (pid, process name, host, machine id, boot id), from a
    # real lock of this process with the PID changed to one that is gone.
    probe_dir = tmp_path / "probe"
    probe_dir.mkdir()
    probe = instances(probe_dir)
    assert probe.acquire()
    lines = (probe_dir / LOCK_FILENAME).read_bytes().split(b"\n")
    probe.release()
    assert lines[0] == str(os.getpid()).encode()
    lines[0] = str(_dead_pid()).encode()
    (tmp_path / LOCK_FILENAME).write_bytes(b"\n".join(lines))
    assert instances(tmp_path).acquire()


@posix_only
def test_a_lock_file_whose_pid_now_belongs_to_another_process_is_taken_over(tmp_path, instances):
    # After a crash the PID may be reused by another Python process, which QLockFile's own
    # check (PID and process name) takes for the owner; no process holds the file though.
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        probe_dir = tmp_path / "probe"
        probe_dir.mkdir()
        probe = instances(probe_dir)
        assert probe.acquire()
        lines = (probe_dir / LOCK_FILENAME).read_bytes().split(b"\n")
        probe.release()
        lines[0] = str(other.pid).encode()
        (tmp_path / LOCK_FILENAME).write_bytes(b"\n".join(lines))
        assert instances(tmp_path).acquire()
    finally:
        other.kill()
        other.wait(10)
