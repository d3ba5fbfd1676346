"""A writer killed with SIGKILL at random moments leaves a sound database with every
acknowledged write in it (bench/crash_soak.py runs the same 1,000 times)."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import crash_writer
import pytest

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.services import clients, interactions
from ae_desktop.store.db import close_database, open_database

KILLS = 200
MAX_DELAY_MS = 100  # 0-100 ms after the first write: 200 kills in ~27 s on 2 cores
NOW = datetime(2026, 11, 27, 10, 0)


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="no SIGKILL on Windows")
def test_200_kills_leave_every_acknowledged_write_and_a_sound_database(tmp_path, env):
    database = tmp_path / "data" / "ae-desktop.sqlite3"
    database.parent.mkdir(mode=0o700)
    result = crash_writer.soak(database, KILLS, MAX_DELAY_MS, env=env)
    assert result.failures == []
    assert result.kills == KILLS
    assert len(result.acknowledged) > KILLS  # it did write between the kills


def test_logging_an_interaction_is_one_transaction(db):
    client_id = clients.create_client(clients.ClientInput("Acme"))
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        interactions.log_interaction(
            interactions.InteractionInput(
                client_id,
                InteractionKind.CALL,
                NOW,
                "Renewal call",
                follow_up_on=date(2026, 11, 30),
                csat=4,
            ),
            now=NOW,
        )
    finally:
        db.connection().set_trace_callback(None)
    verbs = [s.split(None, 1)[0].upper() for s in statements]
    assert verbs.count("BEGIN") == 1 and verbs.count("COMMIT") == 1
    begin, commit = verbs.index("BEGIN"), verbs.index("COMMIT")
    writes = [i for i, verb in enumerate(verbs) if verb in {"INSERT", "UPDATE", "DELETE"}]
    assert len(writes) >= 3  # the interaction, its follow-up task, the client's satisfaction
    assert all(begin < i < commit for i in writes)


@pytest.fixture
def written(tmp_path: Path) -> Path:
    """A database with two interactions written as the crash writer writes them."""
    database = tmp_path / "ae-desktop.sqlite3"
    open_database(database, tmp_path / "backups")
    try:
        client_id = clients.create_client(clients.ClientInput("Crash test"))
        for n in (1, 2):
            interactions.log_interaction(
                interactions.InteractionInput(
                    client_id,
                    InteractionKind.CALL,
                    NOW.replace(minute=n),
                    f"Call {n}",
                    follow_up_on=NOW.date(),
                    csat=n + 1,
                ),
                now=NOW,
            )
    finally:
        close_database()
    return database


def _execute(database: Path, sql: str) -> None:
    conn = sqlite3.connect(database)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_the_check_passes_a_sound_database(written):
    assert crash_writer.check_database(written, {1, 2}) == []


def test_the_check_finds_an_acknowledged_write_missing(written):
    problems = crash_writer.check_database(written, {1, 2, 3})
    assert problems == ["1 acknowledged interactions missing: [3]"]


def test_the_check_finds_a_torn_write(written):
    _execute(written, "DELETE FROM task WHERE interaction_id = 2")
    assert crash_writer.check_database(written, {1, 2}) == [
        "torn writes: 1 without their task, 0 tasks alone"
    ]
    _execute(written, "UPDATE client SET satisfaction = 5")
    assert "the client's satisfaction is not its newest score (a torn write)" in (
        crash_writer.check_database(written, {1, 2})
    )


def test_the_check_finds_a_damaged_file(written):
    conn = sqlite3.connect(written)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'interaction'"
        ).fetchone()[0]
    finally:
        conn.close()
    with open(written, "r+b") as file:
        file.seek((root - 1) * page_size)  # the interaction table's page: not a b-tree any more
        file.write(b"\xff" * page_size)
    problems = crash_writer.check_database(written, {1, 2})
    assert problems and problems[0].startswith("integrity_check")
