"""`python -m ae_desktop plan` on a demo database, checked against the planner's invariants."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ae_desktop.domain.planner import parse_hhmm

pytestmark = pytest.mark.slow  # runs the app in a subprocess


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.fixture
def demo_dir(tmp_path: Path, env: dict[str, str]) -> Path:
    folder = tmp_path / "data"
    run = _run(env, "demo", "--data-dir", str(folder))
    assert run.returncode == 0, run.stderr
    return folder


def _open_tasks(database: Path) -> dict[int, str]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, delegated_to FROM task WHERE status = 'open'")
        return {int(i): str(d) for i, d in rows}
    finally:
        conn.close()


def _span(item: dict[str, Any]) -> tuple[int, int]:
    return parse_hhmm(item["start"]), parse_hhmm(item["end"])


def check_invariants(got: dict[str, Any], open_tasks: dict[int, str]) -> None:
    workday = _span(got["workday"])
    buffer = got["buffer_minutes"]
    others = [_span(b) for b in got["existing"]]
    if got["lunch"] is not None:
        others.append(_span(got["lunch"]))
    proposed = [_span(b) for b in got["blocks"]]
    for index, (start, end) in enumerate(proposed):
        assert workday[0] <= start < end <= workday[1]
        for o_start, o_end in proposed[index + 1 :] + others:
            assert max(start, o_start) - min(end, o_end) >= buffer
    scheduled = [i for b in got["blocks"] for i in b["task_ids"]]
    spilled = [o["task_id"] for o in got["overflow"]]
    already = {b["task_id"] for b in got["existing"] if b["task_id"] is not None}
    candidates = {i for i, who in open_tasks.items() if not who and i not in already}
    assert sorted(scheduled + spilled) == sorted(candidates)  # each exactly once
    assert all(b["quadrant"] != "drop" for b in got["blocks"])
    assert {o["quadrant"] for o in got["overflow"] if o["reason"].startswith("not urgent")} <= {
        "drop"
    }
    # One focus block and one admin batch a day, counting what the day holds already.
    assert sum(b["kind"] == "focus" for b in [*got["blocks"], *got["existing"]]) <= 1
    assert sum(b["quadrant"] == "delegate" for b in got["blocks"]) <= 1


def test_plan_json_on_the_demo_database_keeps_the_invariants(
    demo_dir: Path, env: dict[str, str]
) -> None:
    database = demo_dir / "ae-desktop.sqlite3"
    open_tasks = _open_tasks(database)
    before = database.read_bytes()

    run = _run(env, "plan", "--data-dir", str(demo_dir), "--json", "--date", "2026-12-02")

    assert run.returncode == 0, run.stderr
    assert run.stdout.count("\n") == 1
    got = json.loads(run.stdout)
    assert got["date"] == "2026-12-02" and got["applied"] is None
    assert got["blocks"], "the demo has open tasks to plan"
    check_invariants(got, open_tasks)
    assert database.read_bytes() == before  # nothing written

    applied = _run(
        env, "plan", "--data-dir", str(demo_dir), "--json", "--date", "2026-12-02", "--apply"
    )
    assert applied.returncode == 0, applied.stderr
    ids = json.loads(applied.stdout)["applied"]
    assert len(ids) == len(got["blocks"])

    again = json.loads(
        _run(env, "plan", "--data-dir", str(demo_dir), "--json", "--date", "2026-12-02").stdout
    )
    assert set(ids) <= {b["id"] for b in again["existing"]}
    check_invariants(again, open_tasks)
    assert any(b["quadrant"] == "schedule" for b in got["blocks"])  # a focus block applied
    assert not any(b["quadrant"] in ("schedule", "delegate") for b in again["blocks"])  # no 2nd


def test_plan_for_today_proposes_nothing_before_now(demo_dir: Path, env: dict[str, str]) -> None:
    before = datetime.now()
    run = _run(env, "plan", "--data-dir", str(demo_dir), "--json")

    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    if got["date"] != before.date().isoformat():
        pytest.skip("midnight passed during the run")
    earliest = before.hour * 60 + before.minute
    assert all(parse_hhmm(b["start"]) >= earliest for b in got["blocks"])


def test_plan_text_says_nothing_was_saved(demo_dir: Path, env: dict[str, str]) -> None:
    run = _run(env, "plan", "--data-dir", str(demo_dir))

    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Plan for ")
    assert "Nothing saved" in run.stdout


@pytest.mark.parametrize("bad", ["2026-13-01", "tomorrow", "2026-02-30", "26-11-18"])
def test_a_bad_date_exits_2(demo_dir: Path, env: dict[str, str], bad: str) -> None:
    run = _run(env, "plan", "--data-dir", str(demo_dir), "--date", bad)

    assert run.returncode == 2
    assert "not a date" in run.stderr and run.stdout == ""


def test_plan_without_a_database_creates_none(tmp_path: Path, env: dict[str, str]) -> None:
    folder = tmp_path / "empty"

    run = _run(env, "plan", "--data-dir", str(folder), "--apply")

    assert run.returncode == 1
    assert "no database" in run.stderr
    assert not (folder / "ae-desktop.sqlite3").exists()
