"""Helpers the generator's parts share: draws, counts, week days, clock times and inserts."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from datetime import date, time, timedelta
from typing import Any, Generic, TypeVar

from peewee import Field, chunked

from ae_desktop.store.models import BaseModel, database

CHUNK_ROWS = 500  # rows per INSERT: stays far below SQLite's limit on bound variables
HISTORY_DAYS = 182

T = TypeVar("T")


class _Deck(Generic[T]):
    """Draws in fixed proportions: each shuffled round holds every item *weight* times."""

    def __init__(self, rng: random.Random, weighted: Sequence[tuple[T, int]]) -> None:
        self._rng = rng
        self._round = [item for item, weight in weighted for _ in range(weight)]
        self._left: list[T] = []

    def draw(self) -> T:
        if not self._left:
            self._left = self._rng.sample(self._round, len(self._round))
        return self._left.pop()


def _weekday_on_or_before(day: date) -> date:
    return day - timedelta(days=max(0, day.weekday() - 4))


def _weekday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() > 4 else 0)


def _clock(rng: random.Random, first_hour: int = 8, last_hour: int = 18) -> time:
    return time(rng.randint(first_hour, last_hour), rng.randrange(0, 60, 5))


def _allocate(rng: random.Random, total: int, weights: Sequence[float]) -> list[int]:
    """Split *total* over len(weights) owners, at least one each, the rest drawn by weight."""
    counts = [1] * len(weights)
    for index in rng.choices(range(len(weights)), weights=weights, k=total - len(weights)):
        counts[index] += 1
    return counts


def _spread(total: int, shares: Sequence[float]) -> list[int]:
    """Whole numbers proportional to *shares* that add up to *total* (largest remainder)."""
    exact = [total * share / sum(shares) for share in shares]
    counts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(shares)), key=lambda i: counts[i] - exact[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _insert(model: type[BaseModel], fields: Sequence[Field], rows: list[tuple[Any, ...]]) -> None:
    """Insert *rows* (values in the order of *fields*) as the model would store them.

    One prepared statement run for every row: building peewee's multi-row INSERT for a
    hundred thousand rows took most of the large sample's time.
    """
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    converters: list[Callable[[Any], Any]] = [field.db_value for field in fields]
    cursor = database.cursor()
    for batch in chunked(rows, CHUNK_ROWS):
        cursor.executemany(
            sql, [tuple(db(v) for db, v in zip(converters, row, strict=True)) for row in batch]
        )
