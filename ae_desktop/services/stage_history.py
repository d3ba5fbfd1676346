"""The deals' stage history (schema v6): each change written, and the moves of a span."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from ae_desktop.domain.text import fold
from ae_desktop.store.models import StageChange, database


def record_stage_change(deal_id: int, from_stage: int | None, to_stage: int, at: datetime) -> None:
    """One row of the deal's stage history (*from_stage* None: the deal was created); callers
    write it in the deal update's transaction."""
    StageChange.insert(
        deal=deal_id, from_stage=from_stage, to_stage=to_stage, changed_at=at
    ).execute()


@dataclass(frozen=True)
class DealMove:
    deal_id: int
    title: str
    client: str
    from_stage: str | None  # stage name at the start of the span; None: created during it
    to_stage: str  # stage name at the end of the span
    moved_on: date  # date of the last change within the span
    value_minor: int
    currency: str


# Per deal, the first change of the span (its from_stage) and the last (its to_stage), in
# (changed_at, id) order: the index on changed_at finds the span's rows, one pass ranks them.
_MOVES_SQL = """
WITH span AS (
  SELECT deal_id, from_stage_id, to_stage_id, changed_at,
    ROW_NUMBER() OVER (PARTITION BY deal_id ORDER BY changed_at, id) AS nth,
    ROW_NUMBER() OVER (PARTITION BY deal_id ORDER BY changed_at DESC, id DESC) AS nth_last
  FROM stage_change
  WHERE changed_at >= ? AND changed_at < ?
)
SELECT d.id, d.title, c.name, fs.name, ts.name, last.changed_at, d.value_minor, d.currency
FROM span first
JOIN span last ON last.deal_id = first.deal_id AND last.nth_last = 1
JOIN deal d ON d.id = first.deal_id
JOIN client c ON c.id = d.client_id
LEFT JOIN stage fs ON fs.id = first.from_stage_id
JOIN stage ts ON ts.id = last.to_stage_id
WHERE first.nth = 1 AND first.from_stage_id IS NOT last.to_stage_id
"""


def _stamp(day: date) -> str:
    """Midnight of *day* as stage_change.changed_at stores it, for comparing as text."""
    return datetime.combine(day, time()).isoformat(" ")


def moves_between(start: date, end: date) -> list[DealMove]:
    """Deals whose stage at *end* (exclusive) differs from the stage at *start*: per deal the
    first change's from_stage and the last change's to_stage within [start, end); a deal moved
    and moved back is left out. Ordered by moved_on, then title."""
    if end <= start:
        return []
    moves = [
        DealMove(
            deal_id=int(deal_id),
            title=str(title),
            client=str(client),
            from_stage=None if from_stage is None else str(from_stage),
            to_stage=str(to_stage),
            moved_on=date.fromisoformat(str(changed_at)[:10]),
            value_minor=int(value_minor),
            currency=str(currency),
        )
        for deal_id, title, client, from_stage, to_stage, changed_at, value_minor, currency in (
            database.execute_sql(_MOVES_SQL, (_stamp(start), _stamp(end)))
        )
    ]
    moves.sort(key=lambda move: (move.moved_on, fold(move.title), move.deal_id))
    return moves
