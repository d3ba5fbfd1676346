"""Each sample deal's stage history: created in the first stage, then one move per stage."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ae_desktop.domain.enums import StageOutcome
from ae_desktop.store.demo.common import _weekday_on_or_after
from ae_desktop.store.demo.records import _Deal, _Stage

ChangeRow = tuple[int, int | None, int, datetime]  # deal id, from stage, to stage, changed at

_MINUTE = timedelta(minutes=1)


def _path(deal: _Deal, open_stages: list[_Stage]) -> list[_Stage]:
    """The stages the deal went through: the open ones up to the furthest it reached, then
    Won or Lost for a closed deal (the pipeline may have fewer open stages than four)."""
    if deal.stage.outcome == StageOutcome.OPEN:
        return open_stages[: open_stages.index(deal.stage) + 1]
    return [*open_stages[: min(deal.stage_index, len(open_stages) - 1) + 1], deal.stage]


def _days(deal: _Deal, moves: int, monday: date) -> list[date]:
    """The day of the creation and of each move into an open stage after the first.

    Move k of n lands where the log starts talking of that stage (activity._phase): k/(n+1)
    of the way from creation to the deal's last activity. An open deal touched this week
    moved this week, so that the weekly report has moves to show.
    """
    span = max(1, (deal.active_until - deal.created_on).days)
    days = [deal.created_on]
    for k in range(1, moves + 1):
        day = deal.created_on + timedelta(days=-(-span * k // (moves + 1)))
        days.append(min(max(_weekday_on_or_after(day), days[-1]), deal.active_until))
    if deal.closed_on is None and moves and deal.active_until >= monday:
        days[-1] = deal.active_until
    return days


def _stamps(rng: random.Random, days: list[date], last: datetime, closes: bool) -> list[datetime]:
    """A clock time for each day, strictly increasing and never after the deal's *last*
    activity; the move that closes a deal is that activity itself."""
    stamps = [
        datetime.combine(day, time(rng.randint(8, 17), rng.randrange(0, 60, 5))) for day in days
    ]
    if closes:
        stamps[-1] = last
    ceiling = last + _MINUTE  # the last stamp may equal *last*
    for i in range(len(stamps) - 1, -1, -1):
        stamps[i] = min(stamps[i], ceiling - _MINUTE)
        ceiling = stamps[i]
    return stamps


def _stage_changes(
    rng: random.Random, deals: list[_Deal], stages: list[_Stage], today: date
) -> list[ChangeRow]:
    """Every deal's history, oldest change first: created in the first open stage on its
    created_on, a move into each later stage it reached, a closed deal's last on closed_on."""
    open_stages = [s for s in stages if s.outcome == StageOutcome.OPEN]
    monday = today - timedelta(days=today.weekday())
    rows: list[ChangeRow] = []
    for deal in deals:
        path = _path(deal, open_stages)
        closes = deal.closed_on is not None
        days = _days(deal, len(path) - 1 - closes, monday)
        if closes:
            days.append(deal.active_until)  # the close date: a closed deal's last activity
        stamps = _stamps(rng, days, deal.updated_at, closes)
        previous: int | None = None
        for stage, stamp in zip(path, stamps, strict=True):
            rows.append((deal.id, previous, stage.id, stamp))
            previous = stage.id
    rows.sort(key=lambda row: (row[3], row[0]))
    return rows
