"""Schema versions in PRAGMA user_version: create at the latest, or climb the ladder."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import cast

from peewee import SqliteDatabase

from ae_desktop.store.models import ALL_MODELS, DEFAULT_STAGES, Stage
from ae_desktop.translation import translate

log = logging.getLogger(__name__)

APPLICATION_ID = 0x41454453  # "AEDS": marks a file as an AE Desktop database.

Step = Callable[[SqliteDatabase], None]

_V1_ID = '"id" INTEGER NOT NULL PRIMARY KEY'


def _raw(db: SqliteDatabase) -> sqlite3.Connection:
    """The open sqlite3 connection (peewee's stubs leave connection() untyped)."""
    return cast(sqlite3.Connection, db.connection())  # type: ignore[no-untyped-call]


def _v1_to_v2(db: SqliteDatabase) -> None:
    """Ids are never reused: every table with an integer id is rebuilt with AUTOINCREMENT.

    SQLite cannot add AUTOINCREMENT in place; this is its documented rebuild: create the new
    table, copy the rows, drop the old one, rename, recreate the indexes (foreign keys are off
    around the step and checked before it commits, see migrate()).
    """
    conn = _raw(db)
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE ?",
        (f"%{_V1_ID},%",),
    ).fetchall()
    for name, create in tables:
        indexes = [
            sql
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                (name,),
            )
        ]
        temporary = f"{name}__v2"
        new_create = create.replace(_V1_ID, f"{_V1_ID} AUTOINCREMENT", 1).replace(
            f'CREATE TABLE "{name}"', f'CREATE TABLE "{temporary}"', 1
        )
        conn.execute(new_create)
        conn.execute(f'INSERT INTO "{temporary}" SELECT * FROM "{name}"')
        conn.execute(f'DROP TABLE "{name}"')
        conn.execute(f'ALTER TABLE "{temporary}" RENAME TO "{name}"')
        for sql in indexes:
            conn.execute(sql)


def _v2_to_v3(db: SqliteDatabase) -> None:
    """Deals get notes. SQLite writes the column into the table's CREATE text just after the
    last column, as the model declares it, so a migrated schema reads like a fresh one."""
    _raw(db).execute("""ALTER TABLE "deal" ADD COLUMN "notes" TEXT NOT NULL DEFAULT ''""")


def _v3_to_v4(db: SqliteDatabase) -> None:
    """Time blocks record the minutes actually spent on them (the focus timer); like v3's
    deal notes, the column lands last in the CREATE text, as the model declares it."""
    _raw(db).execute(
        """ALTER TABLE "time_block" ADD COLUMN "spent_minutes" INTEGER NOT NULL DEFAULT 0"""
    )


def _v4_to_v5(db: SqliteDatabase) -> None:
    """Clients may have a weekly time budget in minutes (0 = none) that the day planner
    spreads over the week; the column lands last in the CREATE text, as the model declares."""
    _raw(db).execute(
        """ALTER TABLE "client" ADD COLUMN "weekly_minutes" INTEGER NOT NULL DEFAULT 0"""
    )


def _v5_to_v6(db: SqliteDatabase) -> None:
    """Deals' stage history: one stage_change row per move from now on. No backfill: a row
    per deal dated its creation would claim it was created in the stage it is in today.

    Clients record the day they churned (client.churned_on, last in the CREATE text as the
    model declares it). A client churned before the upgrade gets the day of its last update,
    the best there is: it may be later than the real day, never earlier.
    """
    conn = _raw(db)
    conn.execute('ALTER TABLE "client" ADD COLUMN "churned_on" DATE')
    conn.execute(
        """UPDATE "client" SET "churned_on" = date("updated_at") WHERE "status" = 'churned'"""
    )
    conn.execute(
        'CREATE TABLE "stage_change" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
        '"deal_id" INTEGER NOT NULL, "from_stage_id" INTEGER, "to_stage_id" INTEGER NOT NULL, '
        '"changed_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("deal_id") REFERENCES "deal" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("from_stage_id") REFERENCES "stage" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("to_stage_id") REFERENCES "stage" ("id") ON DELETE RESTRICT)'
    )
    for name, columns in (
        ("deal_id", '"deal_id"'),
        ("from_stage_id", '"from_stage_id"'),
        ("to_stage_id", '"to_stage_id"'),
        ("changed_at", '"changed_at"'),
        ("deal_id_changed_at", '"deal_id", "changed_at"'),
    ):
        conn.execute(f'CREATE INDEX "stage_change_{name}" ON "stage_change" ({columns})')


def _v6_to_v7(db: SqliteDatabase) -> None:
    """Time blocks imported from a calendar file remember the calendar and the event's id
    (NULL for every block made in the app), so a second import updates them in place."""
    conn = _raw(db)
    conn.execute('ALTER TABLE "time_block" ADD COLUMN "calendar" VARCHAR(200)')
    conn.execute('ALTER TABLE "time_block" ADD COLUMN "external_uid" VARCHAR(1000)')
    conn.execute(
        'CREATE INDEX "time_block_calendar_external_uid" ON "time_block" '
        '("calendar", "external_uid")'
    )


# MIGRATIONS[n] upgrades a database from version n to n + 1. Never edit a shipped step:
# add a new one, bump LATEST_VERSION, and freeze tests/fixtures/schema_v<n>.sql.
MIGRATIONS: dict[int, Step] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
}

LATEST_VERSION = 7


class MigrationError(Exception):
    """A migration step left the database inconsistent; it was rolled back."""


def create_schema(db: SqliteDatabase) -> None:
    """Create every table at the latest version and seed the default stages, in one transaction."""
    with db.atomic():
        db.create_tables(ALL_MODELS)
        Stage.insert_many(DEFAULT_STAGES).execute()
        db.pragma("application_id", APPLICATION_ID)
        db.pragma("user_version", LATEST_VERSION)


def migrate(
    db: SqliteDatabase,
    current: int,
    steps: dict[int, Step] | None = None,
    latest: int = LATEST_VERSION,
) -> None:
    """Run each step from *current* to *latest*, each in its own transaction.

    Foreign keys are off during a step (SQLite's way to rebuild a table without its ON DELETE
    actions firing) and every link is checked before the step commits.
    """
    ladder = MIGRATIONS if steps is None else steps
    db.pragma("foreign_keys", 0)  # only takes effect outside a transaction
    try:
        for version in range(current, latest):
            step = ladder[version]
            log.info("Migrating database schema from version %d to %d", version, version + 1)
            with db.atomic():
                step(db)
                broken = _raw(db).execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(
                        translate("database", "migrating to version {0} broke {1} links").format(
                            version + 1, len(broken)
                        )
                    )
                db.pragma("user_version", version + 1)
    finally:
        db.pragma("foreign_keys", 1)
