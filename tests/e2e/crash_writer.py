"""The crash test's writer (run as a script) and the harness that kills it and checks the data.

As a script: ``python crash_writer.py DATABASE`` opens the database as the app does, prints
``ready``, then logs interactions through the services for ever, printing each id once its
transaction has committed. Each write is one transaction of three rows: the interaction, its
follow-up task and the client's satisfaction, so a torn write shows as a row without the others.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

WRITER = Path(__file__).resolve()
READY = "ready"


def write_for_ever(database: Path) -> None:
    from datetime import datetime

    from ae_desktop.domain.enums import InteractionKind
    from ae_desktop.services.clients import ClientInput, create_client
    from ae_desktop.services.interactions import InteractionInput, log_interaction
    from ae_desktop.store.db import open_database
    from ae_desktop.store.models import Client

    open_database(database, database.parent / "backups")
    client = Client.select(Client.id).order_by(Client.id).first()
    client_id = client.id if client is not None else create_client(ClientInput("Crash test"))
    print(READY, flush=True)
    n = 0
    while True:
        n += 1
        now = datetime.now()
        data = InteractionInput(
            client_id,
            InteractionKind.CALL,
            now,
            f"Call {n}",
            follow_up_on=now.date(),
            csat=n % 5 + 1,
        )
        interaction_id = log_interaction(data, now=now)
        # Only now, after the commit, is the write acknowledged.
        sys.stdout.write(f"{interaction_id}\n")
        sys.stdout.flush()


class WriterFailed(Exception):
    """The writer did not start, or ended by itself rather than by the kill."""


def start_writer_and_kill(database: Path, delay_s: float, env: dict[str, str] | None) -> list[int]:
    """Run a fresh writer, SIGKILL it *delay_s* after it starts writing; its acknowledged ids."""
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(database)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert writer.stdout is not None
    ready = writer.stdout.readline()
    if ready != READY + "\n":
        writer.kill()
        _, err = writer.communicate(timeout=30)
        raise WriterFailed(f"the writer did not start ({ready!r}): {err.strip()}")
    if delay_s > 0:
        time.sleep(delay_s)
    writer.send_signal(signal.SIGKILL)
    out, err = writer.communicate(timeout=30)
    if writer.returncode != -signal.SIGKILL:
        raise WriterFailed(f"the writer ended with {writer.returncode}: {err.strip()}")
    # An id is written and flushed in one write(2), so a kill cannot cut a line; still, only
    # a whole line counts as acknowledged.
    return [int(line) for line in out.splitlines(keepends=True) if line.endswith("\n")]


def check_database(database: Path, acknowledged: set[int]) -> list[str]:
    """What is wrong with the database after a kill, read-only: [] when all is well."""
    problems: list[str] = []
    conn = sqlite3.connect(database.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        try:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:  # damaged beyond what the check can list
            integrity = [str(exc)]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {'; '.join(integrity[:5])}")
            return problems
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check found rows")
        present = {row[0] for row in conn.execute("SELECT id FROM interaction")}
        missing = sorted(acknowledged - present)
        if missing:
            problems.append(f"{len(missing)} acknowledged interactions missing: {missing[:10]}")
        untasked = _count(
            conn,
            "SELECT count(*) FROM interaction i"
            " WHERE NOT EXISTS (SELECT 1 FROM task t WHERE t.interaction_id = i.id)",
        )
        orphans = _count(conn, "SELECT count(*) FROM task WHERE interaction_id IS NULL")
        if untasked or orphans:
            problems.append(f"torn writes: {untasked} without their task, {orphans} tasks alone")
        stale = _count(
            conn,
            "SELECT count(*) FROM client c WHERE c.satisfaction IS NOT (SELECT i.csat"
            " FROM interaction i WHERE i.client_id = c.id AND i.csat IS NOT NULL"
            " ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1)",
        )
        if stale:
            problems.append("the client's satisfaction is not its newest score (a torn write)")
    finally:
        conn.close()
    return problems


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


@dataclass
class Soak:
    kills: int = 0
    acknowledged: set[int] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def soak(
    database: Path,
    kills: int,
    max_delay_ms: float,
    *,
    seed: int | None = None,
    env: dict[str, str] | None = None,
    progress: Callable[[Soak], None] | None = None,
) -> Soak:
    """Kill a fresh writer *kills* times, each 0 to *max_delay_ms* after it started writing,
    checking the database after each kill. One database throughout, so it grows."""
    rng = random.Random(seed)
    result = Soak()
    started = time.perf_counter()
    for _ in range(kills):
        delay = rng.uniform(0, max_delay_ms) / 1000
        try:
            result.acknowledged.update(start_writer_and_kill(database, delay, env))
        except WriterFailed as exc:
            result.failures.append(f"kill {result.kills + 1}: {exc}")
            break
        result.kills += 1
        problems = check_database(database, result.acknowledged)
        result.failures.extend(f"kill {result.kills}: {p}" for p in problems)
        if progress is not None:
            progress(result)
    result.seconds = time.perf_counter() - started
    return result


if __name__ == "__main__":
    write_for_ever(Path(sys.argv[1]))
