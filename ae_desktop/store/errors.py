"""Typed errors the store raises when a database file cannot be used safely."""

from __future__ import annotations

from ae_desktop.translation import translate


class StoreError(Exception):
    """Base class: the message is written for the user."""


class NewerSchemaError(StoreError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            translate(
                "database",
                "The database {0} was written by a newer AE Desktop (schema version {1}); this "
                "version understands up to schema version {2}. Install the newer AE Desktop to "
                "open it. Nothing was changed.",
            ).format(path, found, supported)
        )


class NotAnAEDatabaseError(StoreError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            translate("database", "{0} is not a usable AE Desktop database: {1}").format(
                path, reason
            )
        )


class DamagedDatabaseError(StoreError):
    """The file is not a readable SQLite database, or failed SQLite's own checks."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            translate("database", "The database {0} is damaged: {1}.").format(path, problem)
        )


class NoDatabaseError(StoreError):
    """There is no database (or only an empty file) where one was expected."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(translate("database", "There is no database at {0}.").format(path))
