"""The report's deal sections: the open pipeline by stage, the week's wins and losses."""

from __future__ import annotations

from datetime import date

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.periods import DateSpan
from ae_desktop.domain.pipeline import effective_probability, weighted_minor
from ae_desktop.report.model import ClosedDeal, StageLine
from ae_desktop.report.values import largest
from ae_desktop.store.models import database

# Every open stage, with its deals in the database currency (a stage may have none).
_STAGES_SQL = """
SELECT s.id, s.name, s.probability, d.value_minor, d.probability
FROM stage s
LEFT JOIN deal d ON d.stage_id = s.id AND d.currency = ?
WHERE s.outcome = 'open'
ORDER BY s.position, s.id
"""

_CLOSED_SQL = """
SELECT d.id, d.title, c.name, s.outcome, d.kind, d.value_minor, d.closed_on, d.lost_reason
FROM deal d
JOIN stage s ON s.id = d.stage_id
JOIN client c ON c.id = d.client_id
WHERE s.outcome IN ('won', 'lost') AND d.closed_on >= ? AND d.closed_on < ? AND d.currency = ?
"""

_KINDS = {kind.value: kind for kind in DealKind}
_CLOSED_ORDER = {StageOutcome.WON: 0, StageOutcome.LOST: 1}


def pipeline_by_stage(currency: str) -> tuple[StageLine, ...]:
    """Every open stage in board order with its deals' count, value and weighted value (each
    deal weighted by its effective probability and rounded on its own, as on the board)."""
    lines: dict[int, tuple[str, int, int, int]] = {}
    for stage_id, name, stage_probability, value, own_probability in database.execute_sql(
        _STAGES_SQL, (currency,)
    ):
        _, count, total, weighted = lines.get(stage_id, (name, 0, 0, 0))
        if value is not None:
            probability = effective_probability(own_probability, stage_probability)
            count, total = count + 1, total + value
            weighted += weighted_minor(value, probability)
        lines[stage_id] = (name, count, total, weighted)
    return tuple(StageLine(*line) for line in lines.values())


def closed_in(span: DateSpan, currency: str) -> tuple[tuple[ClosedDeal, ...], int]:
    """The deals won or lost within *span*: won first, then lost, each by close date; past
    MAX_ROWS, the largest are kept and the rest counted."""
    rows = []
    cursor = database.execute_sql(
        _CLOSED_SQL, (span.start.isoformat(), span.end.isoformat(), currency)
    )
    for deal_id, title, client, outcome, kind, value, closed, reason in cursor:
        closed_on = date.fromisoformat(str(closed)[:10])
        deal = ClosedDeal(
            title=title,
            client=client,
            outcome=StageOutcome(outcome),
            kind=_KINDS.get(kind, DealKind.NEW_BUSINESS),
            value_minor=int(value),
            closed_on=closed_on,
            lost_reason=reason,
        )
        rows.append(((_CLOSED_ORDER[deal.outcome], closed_on, deal_id), deal))
    rows.sort(key=lambda row: row[0])
    return largest([deal for _, deal in rows], lambda deal: deal.value_minor)
