"""The deals that changed stage during the week, from the stage history."""

from __future__ import annotations

from ae_desktop.domain.periods import DateSpan
from ae_desktop.report.model import StageMove
from ae_desktop.report.values import largest
from ae_desktop.services.stage_history import moves_between
from ae_desktop.store.models import database

_CLOSED_STAGES_SQL = "SELECT name FROM stage WHERE outcome != 'open'"


def moves_in(span: DateSpan, currency: str) -> tuple[tuple[StageMove, ...], int]:
    """Each deal whose stage at *span*'s end differs from its stage at the start, by its last
    move; deals in another currency than the database's are left out like every amount, and
    deals that ended the span won or lost, which the report lists under wins and losses.
    Past MAX_ROWS, the largest deals are kept and the rest counted."""
    closed = {str(name) for (name,) in database.execute_sql(_CLOSED_STAGES_SQL)}
    moves = [
        StageMove(
            title=move.title,
            client=move.client,
            from_stage=move.from_stage,
            to_stage=move.to_stage,
            moved_on=move.moved_on,
            value_minor=move.value_minor,
        )
        for move in moves_between(span.start, span.end)
        if move.currency == currency and move.to_stage not in closed
    ]
    return largest(moves, lambda move: move.value_minor)
