"""`python -m ae_desktop demo` as a user runs it: fills an empty database once, then refuses."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow  # runs the app in a subprocess

TABLES = ("client", "contact", "interaction", "deal", "stage", "task", "time_block", "quota")


def _demo(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", "demo", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _dump(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in TABLES}
    finally:
        conn.close()


def _prospect_scores(database: Path) -> int:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        ((count,),) = conn.execute(
            "SELECT count(*) FROM interaction i JOIN client c ON c.id = i.client_id"
            " WHERE c.status = 'prospect' AND (i.csat IS NOT NULL OR c.satisfaction IS NOT NULL)"
        ).fetchall()
        return int(count)
    finally:
        conn.close()


def test_demo_fills_an_empty_database_then_refuses(tmp_path: Path, env: dict[str, str]) -> None:
    data = tmp_path / "data"

    first = _demo(env, "--data-dir", str(data))

    assert first.returncode == 0, first.stderr
    for part in ("40 clients", "120 contacts", "600 interactions", "60 deals", "80 tasks"):
        assert part in first.stdout
    database = data / "ae-desktop.sqlite3"
    before = _dump(database)
    assert len(before["client"]) == 40 and len(before["interaction"]) == 600
    assert _prospect_scores(database) == 0  # satisfaction is asked of customers only

    second = _demo(env, "--data-dir", str(data), "--seed", "99")

    assert second.returncode == 1
    assert second.stdout == ""
    assert "already holds 40 clients" in second.stderr
    assert "Nothing was changed" in second.stderr
    assert "Traceback" not in second.stderr
    assert _dump(database) == before
    assert not list((tmp_path / "home").rglob("*.sqlite3"))  # nothing in the real data dirs


def test_demo_is_the_same_whatever_the_hash_seed(tmp_path: Path, env: dict[str, str]) -> None:
    dumps = []
    for hash_seed in ("1", "2"):
        data = tmp_path / f"data-{hash_seed}"
        done = _demo({**env, "PYTHONHASHSEED": hash_seed}, "--data-dir", str(data), "--seed", "3")
        assert done.returncode == 0, done.stderr
        dumps.append(_dump(data / "ae-desktop.sqlite3"))

    assert dumps[0] == dumps[1]
