"""Errors a use case raises for the UI to show next to the right field."""

from __future__ import annotations


class ValidationError(Exception):
    """Input was refused; ``errors`` maps a field name to a message for the user."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))


class DuplicateClientError(Exception):
    """A client of the same name (case- and accent-insensitive) exists; the user must confirm."""

    def __init__(self, existing_id: int, existing_name: str) -> None:
        self.existing_id = existing_id
        self.existing_name = existing_name
        super().__init__(f"A client named {existing_name!r} already exists")


class NotFoundError(Exception):
    """The record the user acted on no longer exists."""
