"""Typed errors the store raises when a database file cannot be used safely."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: the message is written for the user."""


class NewerSchemaError(StoreError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"The database {path} was written by a newer AE Desktop "
            f"(schema version {found}); this version understands up to schema version "
            f"{supported}. Install the newer AE Desktop to open it. Nothing was changed."
        )


class NotAnAEDatabaseError(StoreError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path} is not a usable AE Desktop database: {reason}")


class DamagedDatabaseError(StoreError):
    """The file is not a readable SQLite database, or failed SQLite's own checks."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"The database {path} is damaged: {problem}.")


class NoDatabaseError(StoreError):
    """There is no database (or only an empty file) where one was expected."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"There is no database at {path}.")
