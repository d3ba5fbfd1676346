"""An import killed part-way leaves the database as it was: all rows or none, never some."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
]

ROWS = 6_000


def _big_csv(path: Path) -> Path:
    lines = ["Company,Name,Email"]
    lines += [f"Client {i:05d},Person {i:05d},p{i}@example.com" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _counts(folder: Path) -> tuple[int, int, str]:
    conn = sqlite3.connect(folder / "ae-desktop.sqlite3")
    try:
        clients = conn.execute("SELECT count(*) FROM client").fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return clients, contacts, integrity
    finally:
        conn.close()


def _wal_grows(wal: Path, child: subprocess.Popen[bytes], limit: float = 30.0) -> None:
    """Wait until the import starts writing (its write-ahead log grows), or it ends."""
    start = wal.stat().st_size if wal.exists() else 0
    deadline = time.monotonic() + limit
    while child.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > start:
            return
        time.sleep(0.002)


# Seconds after the start, or "writing": as soon as the import's writes reach the disk.
@pytest.mark.parametrize("after", [0.35, 0.6, 0.9, "writing"])
def test_a_killed_import_writes_all_rows_or_none(
    tmp_path: Path, env: dict[str, str], after: float | str
) -> None:
    data = tmp_path / "data"
    setup = subprocess.run(
        [sys.executable, "-m", "ae_desktop", "demo", "--data-dir", str(data)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert setup.returncode == 0, setup.stderr
    before = _counts(data)
    source = _big_csv(tmp_path / "many.csv")
    child = subprocess.Popen(
        [sys.executable, "-m", "ae_desktop", "import", str(source), "--data-dir", str(data)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    if isinstance(after, float):
        time.sleep(after)
    else:
        _wal_grows(data / "ae-desktop.sqlite3-wal", child)
    finished = child.poll() is not None
    if not finished:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    clients, contacts, integrity = _counts(data)
    assert integrity == "ok"
    complete = (before[0] + ROWS, before[1] + ROWS)
    assert (clients, contacts) in {before[:2], complete}, (after, finished, clients, contacts)
