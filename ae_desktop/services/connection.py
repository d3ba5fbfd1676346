"""How the use cases hold the database: write transactions that wait their turn."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from ae_desktop.store.db import DatabaseUnavailableError
from ae_desktop.store.models import database

__all__ = ["DatabaseUnavailableError", "release_thread_connection", "write_transaction"]


def write_transaction() -> AbstractContextManager[Any]:
    """One transaction that takes SQLite's write lock at its start (``BEGIN IMMEDIATE``).

    A plain (deferred) transaction that reads before it writes holds a read snapshot; when
    another connection writes meanwhile, its first write fails at once with SQLITE_BUSY
    ('database is locked') whatever the busy timeout, as waiting could not make the
    snapshot current. Taking the lock up front makes it wait out the busy timeout instead.
    Nested in another transaction it is a savepoint, as ``atomic()`` is.
    """
    context: AbstractContextManager[Any] = database.atomic("IMMEDIATE")
    return context


def release_thread_connection() -> None:
    """Close the calling thread's own connection (peewee opens one per thread).

    For worker threads when their job is done; the GUI thread's connection stays open.
    """
    if not database.is_closed():
        database.close()
