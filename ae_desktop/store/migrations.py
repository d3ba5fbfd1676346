"""Schema versions in PRAGMA user_version: create at the latest, or climb the ladder."""

from __future__ import annotations

import logging
from collections.abc import Callable

from peewee import SqliteDatabase

from ae_desktop.store.models import ALL_MODELS, DEFAULT_STAGES, Stage

log = logging.getLogger(__name__)

APPLICATION_ID = 0x41454453  # "AEDS": marks a file as an AE Desktop database.

Step = Callable[[SqliteDatabase], None]

# MIGRATIONS[n] upgrades a database from version n to n + 1. Never edit a shipped step:
# add a new one, bump LATEST_VERSION, and freeze tests/fixtures/schema_v<n>.sql.
MIGRATIONS: dict[int, Step] = {}

LATEST_VERSION = 1


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
    """Run each step from *current* to *latest*, each in its own transaction."""
    ladder = MIGRATIONS if steps is None else steps
    for version in range(current, latest):
        step = ladder[version]
        log.info("Migrating database schema from version %d to %d", version, version + 1)
        with db.atomic():
            step(db)
            db.pragma("user_version", version + 1)
