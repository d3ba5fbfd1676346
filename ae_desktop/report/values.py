"""Small readers shared by the report's builders: stored dates, percentages, id lists."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from ae_desktop.domain.enums import StageOutcome, Tier

TENTH = Decimal("0.1")
# A page of rows at most per list: a week of one account executive fits; a database far
# bigger (the large demo) gets the rows that matter most and a count of the rest.
MAX_ROWS = 40

T = TypeVar("T")
TIERS = {tier.value: tier for tier in Tier}
OUTCOMES = {outcome.value: outcome for outcome in StageOutcome}


def day(text: str | None) -> date | None:
    """The date of a stored date or timestamp ("2026-11-30" or "2026-11-30 09:15:00")."""
    return date.fromisoformat(text[:10]) if text else None


def tenth(value: Decimal) -> Decimal:
    """*value* to 0.1, half up."""
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


def share_pct(part: int, whole: int) -> Decimal | None:
    """*part* as a percentage of *whole*, to 0.1; None when *whole* is not positive."""
    if whole <= 0:
        return None
    return tenth(Decimal(part * 100) / Decimal(whole))


def id_list(ids: Iterable[int]) -> str:
    """Ids as one JSON parameter for ``IN (SELECT value FROM json_each(?))``: SQLite caps the
    number of variables, not the length of a text."""
    return json.dumps(sorted({int(i) for i in ids}))


def largest(rows: Sequence[T], value: Callable[[T], int]) -> tuple[tuple[T, ...], int]:
    """The MAX_ROWS *rows* of highest *value* (the earliest of equal ones), kept in their
    order, and how many were left out."""
    if len(rows) <= MAX_ROWS:
        return tuple(rows), 0
    ranked = sorted(range(len(rows)), key=lambda n: -value(rows[n]))  # stable: ties by order
    kept = sorted(ranked[:MAX_ROWS])
    return tuple(rows[n] for n in kept), len(rows) - MAX_ROWS
