"""The app opens no network socket: a whole session (demo data, the window with its
single-instance server, every tab and dialog, the weekly report) runs with Python's internet
sockets refused, and none is open at the end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs the app in a subprocess

# Refuses and records every internet socket Python code asks for (AF_UNIX stays allowed: a
# QLocalServer uses one), runs the session, then lists this process's open internet sockets
# by their inodes in /proc/net (Qt's own C++ sockets are not Python's, hence that check).
SESSION = r"""
import json, os, socket, sys
from pathlib import Path

attempts = []

def _refuse(what, detail):
    attempts.append(f"{what}: {detail}"[:300])
    raise OSError(f"network blocked by the test: {what}")

class GuardedSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family not in (socket.AF_UNIX, getattr(socket, "AF_NETLINK", -2)):
            _refuse("socket", f"family {family}")
        super().__init__(family, type, proto, fileno)

def _refusing(name):
    return lambda *args, **kwargs: _refuse(name, repr(args))

socket.socket = GuardedSocket
for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
             "gethostbyaddr", "create_server"):
    setattr(socket, name, _refusing(name))

def internet_socket_fds():
    import _socket
    found, inodes = [], {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if not target.startswith("socket:["):
            continue
        inodes[target[8:-1]] = fd
        try:  # the family of any socket, bound or not, connected or not
            probe = _socket.socket(fileno=os.dup(int(fd)))
        except OSError:
            continue
        if probe.family in (socket.AF_INET, socket.AF_INET6):
            found.append(f"fd {fd}: family {probe.family}")
        probe.close()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):  # bound or connected ones
        try:
            lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            inode = line.split()[9]
            if inode in inodes:
                found.append(f"fd {inodes[inode]}: in /proc/net/{table}")
    return found

data, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
codes = []
if mode == "probe":  # the test of the test: both checks must see these
    import _socket
    try:
        socket.create_connection(("192.0.2.1", 80))
    except OSError:
        pass
    kept = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # behind the guard's back
    listening = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listening.bind(("127.0.0.1", 0))
    listening.listen()
else:
    from ae_desktop.cli import main
    codes.append(main(["--data-dir", data, "demo"]))
    codes.append(main(["--data-dir", data, "--smoke"]))  # takes the single-instance lock
    codes.append(main(["--data-dir", data, "--screenshots", str(Path(out) / "shots")]))
    codes.append(main(["--data-dir", data, "report", "--out", str(Path(out) / "report.pdf")]))
print(json.dumps({"codes": codes, "attempts": attempts, "open": internet_socket_fds()}))
"""


def _session(env: dict[str, str], tmp_path: Path, mode: str) -> dict[str, list]:
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path / "data"), str(out), mode],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/net")
def test_a_whole_session_opens_no_internet_socket(env, tmp_path):
    report = _session(env, tmp_path, "session")
    assert report["codes"] == [0, 0, 0, 0]
    assert report["attempts"] == []
    assert report["open"] == []
    assert (tmp_path / "out" / "report.pdf").stat().st_size > 10_000
    assert any((tmp_path / "out" / "shots").glob("*.png"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/net")
def test_the_checks_see_an_internet_socket(env, tmp_path):
    report = _session(env, tmp_path, "probe")
    assert report["attempts"] == ["create_connection: (('192.0.2.1', 80),)"]
    opened = report["open"]
    assert len([o for o in opened if "family" in o]) == 2
    assert len([o for o in opened if "/proc/net/tcp" in o]) == 1  # the listening one
