"""Schema migrations: every frozen earlier schema opens as the latest one, rows intact."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from functools import partial
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import Tier
from ae_desktop.services.clients import get_client
from ae_desktop.services.deals import get_deal, move_deal
from ae_desktop.services.interactions import timeline
from ae_desktop.services.stage_history import DealMove, moves_between
from ae_desktop.services.time_blocks import get_block
from ae_desktop.store import migrations
from ae_desktop.store.db import close_database, open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_NAME = re.compile(r"schema_v(\d+)\.sql")


def _fixture_versions() -> list[int]:
    versions = []
    for path in FIXTURES.glob("schema_v*.sql"):
        match = FIXTURE_NAME.fullmatch(path.name)
        assert match, f"unexpected fixture name {path.name}"
        versions.append(int(match.group(1)))
    return sorted(versions)


# Rows a user of each schema version could have written, in that version's own columns.
# Adding tests/fixtures/schema_v<N>.sql means adding its sample rows here as well.
SAMPLE_ROWS: dict[int, str] = {
    1: """
        INSERT INTO client (id, name, industry, tier, status, potential_revenue_minor,
            cadence_days, website, phone, address, notes, archived, satisfaction,
            created_at, updated_at)
        VALUES (1, 'Peña <b>Ávila</b> S.L.', 'Retail', 'key', 'active', 123456, 10,
            'https://pena.example', '+34 600 000 000', 'Calle Mayor 1', 'Likes "quotes"',
            0, 4, '2024-01-02 09:00:00', '2024-01-02 09:00:00');
        INSERT INTO contact (id, client_id, name, role, email, phone, is_primary, notes,
            created_at, updated_at)
        VALUES (1, 1, 'María Peña', 'CFO', 'maria@pena.example', '', 1, '',
            '2024-01-02 09:00:00', '2024-01-02 09:00:00');
        INSERT INTO interaction (id, client_id, contact_id, deal_id, kind, occurred_at,
            summary, outcome, follow_up_on, csat, created_at)
        VALUES (1, 1, 1, NULL, 'call', '2024-01-03 10:30:00', 'Budget call', 'Send offer',
            '2024-01-10', 4, '2024-01-03 10:31:00');
    """,
}
SAMPLE_ROWS[2] = SAMPLE_ROWS[1]  # v2 changed how ids are handed out, not the columns
SAMPLE_ROWS[3] = (
    SAMPLE_ROWS[2]
    + """
        INSERT INTO deal (id, client_id, title, value_minor, currency, kind, stage_id,
            probability, expected_close, next_step, created_on, closed_on, lost_reason,
            updated_at, notes)
        VALUES (1, 1, 'Tienda online', 1500000, 'EUR', 'upsell', 3, NULL, '2024-02-28',
            'Send the offer', '2024-01-03', NULL, '', '2024-01-03 10:31:00',
            'Decides with the CFO.
Budget approved in Q1.');
    """
)

SAMPLE_ROWS[4] = (
    SAMPLE_ROWS[3]
    + """
        INSERT INTO time_block (id, date, start, "end", title, kind, task_id, client_id,
            fixed, done, spent_minutes)
        VALUES (1, '2024-01-04', '09:00', '10:30', 'Offer for Peña', 'client_work', NULL, 1,
            0, 1, 85);
    """
)

SAMPLE_ROWS[5] = (
    SAMPLE_ROWS[4]
    + """
        UPDATE client SET weekly_minutes = 120 WHERE id = 1;
    """
)

SAMPLE_ROWS[6] = (
    SAMPLE_ROWS[5]
    + """
        INSERT INTO stage_change (id, deal_id, from_stage_id, to_stage_id, changed_at)
        VALUES (1, 1, NULL, 2, '2024-01-03 10:31:00'), (2, 1, 2, 3, '2024-01-20 11:00:00');
        INSERT INTO client (id, name, industry, tier, status, potential_revenue_minor,
            cadence_days, website, phone, address, notes, archived, satisfaction,
            created_at, updated_at, weekly_minutes, churned_on)
        VALUES (2, 'Gone S.A.', '', 'standard', 'churned', 0, NULL, '', '', '', '', 1, NULL,
            '2023-05-02 09:00:00', '2024-03-01 12:00:00', 0, '2024-01-25');
    """
)

SAMPLE_ROWS[7] = (
    SAMPLE_ROWS[6]
    + """
        INSERT INTO time_block (id, date, start, "end", title, kind, task_id, client_id,
            fixed, done, spent_minutes, calendar, external_uid)
        VALUES (2, '2024-01-05', '11:00', '12:00', 'Board meeting', 'meeting', NULL, NULL,
            1, 0, 0, 'Work', 'evt-1@example.com');
    """
)

# A deal as a v2 user stored it: v3 gave deals notes.
V2_DEAL = """
    INSERT INTO deal (id, client_id, title, value_minor, currency, kind, stage_id, probability,
        expected_close, next_step, created_on, closed_on, lost_reason, updated_at)
    VALUES (7, 1, 'Renewal 2024', 990000, 'EUR', 'renewal', 5, NULL, '2024-01-31', '',
        '2023-12-01', '2024-01-30', '', '2024-01-30 16:00:00');
"""


def _normalised_schema(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    return sorted(" ".join(sql.split()) for (sql,) in rows)


def _pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def _close_after() -> Iterator[None]:
    yield
    close_database()


@pytest.fixture
def fresh_schema(tmp_path: Path) -> list[str]:
    path = tmp_path / "fresh" / "ae-desktop.sqlite3"
    path.parent.mkdir()
    open_database(path, tmp_path / "fresh" / "backups")
    close_database()
    conn = sqlite3.connect(path)
    try:
        return _normalised_schema(conn)
    finally:
        conn.close()


def test_there_is_a_frozen_fixture_for_every_version_up_to_the_latest() -> None:
    assert _fixture_versions() == list(range(1, migrations.LATEST_VERSION + 1))


def test_every_version_below_the_latest_has_a_migration_step() -> None:
    assert sorted(migrations.MIGRATIONS) == list(range(1, migrations.LATEST_VERSION))


@pytest.mark.parametrize("version", _fixture_versions(), ids=lambda v: f"v{v}")
def test_a_database_of_every_earlier_version_opens_at_the_latest(
    version: int, tmp_path: Path, fresh_schema: list[str]
) -> None:
    assert version <= migrations.LATEST_VERSION
    assert version in SAMPLE_ROWS, f"add sample rows for schema v{version} to SAMPLE_ROWS"
    path = tmp_path / "ae-desktop.sqlite3"
    backups = tmp_path / "backups"
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / f"schema_v{version}.sql").read_text(encoding="utf-8"))
    conn.executescript(SAMPLE_ROWS[version])
    conn.commit()
    conn.close()
    assert _pragma(path, "user_version") == version

    db = open_database(path, backups)

    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert _normalised_schema(db.connection()) == fresh_schema

    client = get_client(1)
    assert client.name == "Peña <b>Ávila</b> S.L."
    assert client.tier is Tier.KEY
    assert str(client.potential_revenue) == "1234.56"
    assert client.satisfaction == 4
    [entry] = timeline(1)
    assert (entry.summary, entry.contact_name) == ("Budget call", "María Peña")
    if version >= 3:
        deal = get_deal(1, today=date(2024, 2, 1))
        assert (deal.row.title, deal.row.stage_name, deal.row.value_minor) == (
            "Tienda online",
            "Proposal",
            1500000,
        )
        assert deal.notes == "Decides with the CFO.\nBudget approved in Q1."
    if version >= 4:
        block = get_block(1)
        assert (block.title, block.label, block.client_id) == ("Offer for Peña", "09:00–10:30", 1)
        assert block.spent_minutes == 85
    weekly = db.execute_sql("SELECT weekly_minutes FROM client WHERE id = 1").fetchone()[0]
    assert weekly == (120 if version >= 5 else 0)
    assert client.churned_on is None  # active
    if version >= 6:  # the day it churned, not its later update
        assert get_client(2).churned_on == date(2024, 1, 25)
    january = moves_between(date(2024, 1, 1), date(2024, 2, 1))
    if version >= 6:
        assert january == [
            DealMove(
                1, "Tienda online", "Peña <b>Ávila</b> S.L.", None, "Proposal",
                date(2024, 1, 20), 1500000, "EUR",
            )
        ]  # fmt: skip
    else:
        assert january == []  # no history before v6: nothing is made up

    calendar_rows = db.execute_sql(
        "SELECT title, calendar, external_uid FROM time_block ORDER BY id"
    ).fetchall()
    if version >= 7:  # a meeting imported from a calendar keeps where it came from
        assert calendar_rows[-1] == ("Board meeting", "Work", "evt-1@example.com")
    elif version >= 4:  # blocks made in the app come from no calendar
        assert calendar_rows == [("Offer for Peña", None, None)]

    labelled = sorted(backups.glob(f"*pre-migration-v{version}*")) if backups.exists() else []
    if version < migrations.LATEST_VERSION:
        assert len(labelled) == 1
        # The backup is the database as it was before migrating, rows included.
        assert _pragma(labelled[0], "user_version") == version
        saved = sqlite3.connect(labelled[0])
        try:
            names = saved.execute("SELECT name FROM client ORDER BY id").fetchall()
            assert names[0] == ("Peña <b>Ávila</b> S.L.",)
            assert len(names) == (2 if version >= 6 else 1)
        finally:
            saved.close()
    else:
        assert labelled == []


# --- open_database climbing a synthetic next version --------------------------------------


def _load_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
    conn.executescript(SAMPLE_ROWS[1])
    conn.commit()
    conn.close()


def _pretend_next_version(monkeypatch: pytest.MonkeyPatch, step: migrations.Step) -> None:
    """Make the app believe a schema v2 exists, reached from v1 by *step*."""
    monkeypatch.setattr(migrations, "LATEST_VERSION", 2)
    monkeypatch.setattr(
        migrations, "migrate", partial(migrations.migrate, steps={1: step}, latest=2)
    )


def test_open_database_backs_up_first_then_migrates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    backups = tmp_path / "backups"
    _load_v1(path)
    backups_seen_by_step: list[list[str]] = []

    def add_loyalty(database: SqliteDatabase) -> None:
        backups_seen_by_step.append([p.name for p in backups.glob("*")])
        database.execute_sql("ALTER TABLE client ADD COLUMN loyalty INTEGER NOT NULL DEFAULT 0")

    _pretend_next_version(monkeypatch, add_loyalty)
    db = open_database(path, backups)

    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == 2
    assert db.execute_sql("SELECT name, loyalty FROM client").fetchall() == [
        ("Peña <b>Ávila</b> S.L.", 0)
    ]
    [backup] = backups.glob("*pre-migration-v1-to-v2*")
    assert backups_seen_by_step == [[backup.name]]  # the backup was taken before the step
    assert _pragma(backup, "user_version") == 1
    saved = sqlite3.connect(backup)
    try:
        columns = [row[1] for row in saved.execute("PRAGMA table_info(client)")]
    finally:
        saved.close()
    assert "loyalty" not in columns


def test_a_failed_migration_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    backups = tmp_path / "backups"
    _load_v1(path)

    def broken(database: SqliteDatabase) -> None:
        database.execute_sql("ALTER TABLE client ADD COLUMN loyalty INTEGER")
        database.execute_sql("UPDATE client SET name = 'mangled'")
        raise sqlite3.OperationalError("disk hiccup")

    _pretend_next_version(monkeypatch, broken)
    with pytest.raises(sqlite3.OperationalError, match="disk hiccup"):
        open_database(path, backups)
    close_database()
    monkeypatch.undo()

    assert _pragma(path, "user_version") == 1
    assert len(list(backups.glob("*pre-migration-v1-to-v2*"))) == 1
    open_database(path, backups)  # the current app still opens it, rows intact
    assert get_client(1).name == "Peña <b>Ávila</b> S.L."


# --- the ladder mechanics, with a synthetic ladder ------------------------------------------


@pytest.fixture
def raw_db(tmp_path: Path) -> Iterator[SqliteDatabase]:
    database = SqliteDatabase(str(tmp_path / "ladder.sqlite3"))
    database.connect()
    yield database
    database.close()


def _user_version(database: SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def _columns(database: SqliteDatabase, table: str) -> list[str]:
    return [row[1] for row in database.execute_sql(f"PRAGMA table_info({table})")]


def _tables(database: SqliteDatabase) -> set[str]:
    return {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master")}


def _ladder(calls: list[tuple[int, int]], fail_at: int | None = None) -> dict[int, migrations.Step]:
    def step0(database: SqliteDatabase) -> None:
        calls.append((0, _user_version(database)))
        database.execute_sql("CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT)")
        database.execute_sql("INSERT INTO account (name) VALUES ('Acme')")

    def step1(database: SqliteDatabase) -> None:
        calls.append((1, _user_version(database)))
        database.execute_sql("ALTER TABLE account ADD COLUMN note TEXT DEFAULT ''")

    def step2(database: SqliteDatabase) -> None:
        calls.append((2, _user_version(database)))
        database.execute_sql("CREATE TABLE region (id INTEGER PRIMARY KEY)")
        database.execute_sql("ALTER TABLE account ADD COLUMN region_id INTEGER")
        database.execute_sql("INSERT INTO account (name) VALUES ('Half-migrated')")
        if fail_at == 2:
            raise RuntimeError("step 2 broke")

    return {0: step0, 1: step1, 2: step2}


def test_each_step_runs_in_order_and_stamps_its_version(raw_db: SqliteDatabase) -> None:
    calls: list[tuple[int, int]] = []

    migrations.migrate(raw_db, 0, steps=_ladder(calls), latest=3)

    # Each step sees the version the previous step stamped.
    assert calls == [(0, 0), (1, 1), (2, 2)]
    assert _user_version(raw_db) == 3
    assert _columns(raw_db, "account") == ["id", "name", "note", "region_id"]
    assert "region" in _tables(raw_db)


def test_migration_starts_from_the_current_version(raw_db: SqliteDatabase) -> None:
    raw_db.execute_sql("CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT)")
    raw_db.execute_sql("PRAGMA user_version = 1")
    calls: list[tuple[int, int]] = []

    migrations.migrate(raw_db, 1, steps=_ladder(calls), latest=3)

    assert calls == [(1, 1), (2, 2)]
    assert _user_version(raw_db) == 3


def test_migration_stops_at_latest(raw_db: SqliteDatabase) -> None:
    calls: list[tuple[int, int]] = []

    migrations.migrate(raw_db, 0, steps=_ladder(calls), latest=2)

    assert calls == [(0, 0), (1, 1)]
    assert _user_version(raw_db) == 2
    assert "region" not in _tables(raw_db)


def test_a_failing_step_is_rolled_back_whole_and_the_error_propagates(
    raw_db: SqliteDatabase,
) -> None:
    calls: list[tuple[int, int]] = []

    with pytest.raises(RuntimeError, match="step 2 broke"):
        migrations.migrate(raw_db, 0, steps=_ladder(calls, fail_at=2), latest=3)

    assert [step for step, _ in calls] == [0, 1, 2]
    # Steps 0 and 1 were committed; nothing of step 2 remains.
    assert _user_version(raw_db) == 2
    assert "region" not in _tables(raw_db)
    assert _columns(raw_db, "account") == ["id", "name", "note"]
    names = [row[0] for row in raw_db.execute_sql("SELECT name FROM account ORDER BY id")]
    assert names == ["Acme"]
    assert not raw_db.connection().in_transaction

    # Once the step is fixed, the ladder resumes from the last good version.
    retry: list[tuple[int, int]] = []
    migrations.migrate(raw_db, _user_version(raw_db), steps=_ladder(retry), latest=3)
    assert retry == [(2, 2)]
    assert _user_version(raw_db) == 3


def test_v2_never_hands_out_an_id_again(tmp_path: Path) -> None:
    """The reason for v2: undo restores a deleted row under its old id, so no new row may
    take that id, even in a database migrated from v1 that had deleted rows before."""
    path = tmp_path / "ae-desktop.sqlite3"
    _load_v1(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO interaction (id, client_id, kind, occurred_at, summary, outcome,"
        " created_at) VALUES (2, 1, 'note', '2024-01-04 09:00:00', 'x', '', '2024-01-04')"
    )
    conn.commit()
    conn.close()
    db = open_database(path, tmp_path / "backups")
    db.execute_sql("DELETE FROM interaction WHERE id = 2")
    db.execute_sql(
        "INSERT INTO interaction (client_id, kind, occurred_at, summary, outcome, created_at)"
        " VALUES (1, 'note', '2024-01-05 09:00:00', 'y', '', '2024-01-05')"
    )
    assert db.execute_sql("SELECT max(id) FROM interaction").fetchone()[0] == 3


def test_v3_gives_existing_deals_empty_notes(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v2.sql").read_text(encoding="utf-8"))
    conn.executescript(SAMPLE_ROWS[2] + V2_DEAL)
    conn.commit()
    conn.close()

    db = open_database(path, tmp_path / "backups")

    assert db.execute_sql("SELECT id, title, notes FROM deal").fetchall() == [
        (7, "Renewal 2024", "")
    ]
    # A row written without notes, as the demo generator and older code do, gets ''.
    db.execute_sql(
        "INSERT INTO deal (client_id, title, value_minor, currency, kind, stage_id,"
        " next_step, created_on, lost_reason, updated_at)"
        " VALUES (1, 'x', 0, 'EUR', 'upsell', 1, '', '2024-02-01', '', '2024-02-01 09:00:00')"
    )
    assert db.execute_sql("SELECT notes FROM deal WHERE id = 8").fetchone() == ("",)


# A block as a v3 user stored it: v4 records the minutes actually spent on a block.
V3_BLOCK = """
    INSERT INTO time_block (id, date, start, "end", title, kind, task_id, client_id, fixed,
        done)
    VALUES (4, '2024-01-05', '14:00', '15:00', 'Call Peña', 'calls', NULL, 1, 1, 0);
"""


def test_v4_gives_existing_blocks_no_spent_minutes(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v3.sql").read_text(encoding="utf-8"))
    conn.executescript(SAMPLE_ROWS[3] + V3_BLOCK)
    conn.commit()
    conn.close()

    db = open_database(path, tmp_path / "backups")

    assert db.execute_sql("SELECT id, title, fixed, spent_minutes FROM time_block").fetchall() == [
        (4, "Call Peña", 1, 0)
    ]
    assert get_block(4).spent_minutes == 0
    # A row written without the column, as older code does, gets 0.
    db.execute_sql(
        'INSERT INTO time_block (date, start, "end", title, kind, fixed, done)'
        " VALUES ('2024-01-06', '09:00', '09:30', 'x', 'admin', 0, 0)"
    )
    assert db.execute_sql("SELECT spent_minutes FROM time_block WHERE id = 5").fetchone() == (0,)


def test_v5_gives_existing_clients_no_weekly_budget(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v4.sql").read_text(encoding="utf-8"))
    conn.executescript(SAMPLE_ROWS[4])
    conn.commit()
    conn.close()

    db = open_database(path, tmp_path / "backups")

    assert db.execute_sql("SELECT id, weekly_minutes FROM client").fetchall() == [(1, 0)]
    # A row written without the column, as older code does, gets 0.
    db.execute_sql(
        "INSERT INTO client (name, industry, tier, status, potential_revenue_minor, website,"
        " phone, address, notes, archived, created_at, updated_at)"
        " VALUES ('x', '', 'key', 'active', 0, '', '', '', '', 0, '2024-02-01 09:00:00',"
        " '2024-02-01 09:00:00')"
    )
    assert db.execute_sql("SELECT weekly_minutes FROM client WHERE id = 2").fetchone() == (0,)


# Clients as a v5 user stored them: v6 records the day a client churned.
V5_CLIENTS = """
    INSERT INTO client (id, name, industry, tier, status, potential_revenue_minor,
        cadence_days, website, phone, address, notes, archived, satisfaction, created_at,
        updated_at, weekly_minutes)
    VALUES (2, 'Gone S.A.', '', 'standard', 'churned', 0, NULL, '', '', '', '', 1, NULL,
            '2023-05-02 09:00:00', '2024-02-10 15:20:00', 0),
        (3, 'Maybe Ltd', '', 'prospect', 'prospect', 0, NULL, '', '', '', '', 0, NULL,
            '2023-06-01 09:00:00', '2024-02-11 10:00:00', 0);
"""


def test_v6_dates_churned_clients_from_their_last_update(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v5.sql").read_text(encoding="utf-8"))
    conn.executescript(SAMPLE_ROWS[5] + V5_CLIENTS)
    conn.commit()
    conn.close()

    db = open_database(path, tmp_path / "backups")

    # The best known for a client churned before v6; only churned clients get a day.
    assert db.execute_sql("SELECT id, status, churned_on FROM client ORDER BY id").fetchall() == [
        (1, "active", None),
        (2, "churned", "2024-02-10"),
        (3, "prospect", None),
    ]
    assert get_client(2).churned_on == date(2024, 2, 10)
    # The backfill is not an edit: updated_at stays as it was.
    assert db.execute_sql("SELECT updated_at FROM client WHERE id = 2").fetchone() == (
        "2024-02-10 15:20:00",
    )


def test_v6_starts_the_stage_history_empty_and_records_moves_after(tmp_path: Path) -> None:
    path = tmp_path / "ae-desktop.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v5.sql").read_text(encoding="utf-8"))
    conn.executescript(SAMPLE_ROWS[5])
    conn.commit()
    conn.close()

    db = open_database(path, tmp_path / "backups")

    # No backfill: a row dated the deal's creation would say it was created in Proposal.
    assert db.execute_sql("SELECT count(*) FROM stage_change").fetchone() == (0,)
    negotiation = db.execute_sql("SELECT id FROM stage WHERE name = 'Negotiation'").fetchone()[0]
    move_deal(1, negotiation, today=date(2024, 2, 1), now=datetime(2024, 2, 1, 10, 0))
    [move] = moves_between(date(2024, 1, 29), date(2024, 2, 5))
    assert (move.deal_id, move.from_stage, move.to_stage, move.moved_on) == (
        1,
        "Proposal",
        "Negotiation",
        date(2024, 2, 1),
    )
