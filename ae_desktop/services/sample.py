"""Sample data for a first look around: a small, believable book of business."""

from __future__ import annotations

from datetime import date

from ae_desktop.services.connection import write_transaction
from ae_desktop.store.demo import DatabaseNotEmptyError, generate

__all__ = ["DatabaseNotEmptyError", "load_sample_data"]


def load_sample_data(today: date) -> dict[str, int]:
    """Fill the empty database with the small sample set; returns the rows added per table.

    Raises DatabaseNotEmptyError, writing nothing, when the database holds the user's records.
    """
    with write_transaction():  # it reads (is it empty?) before it writes
        return generate(size="small", seed=7, today=today)
