"""The deal list: one SQL read of deals with stage, client and last activity; Python filters."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.periods import month_of, quarter_of
from ae_desktop.domain.pipeline import (
    close_date_passed,
    effective_probability,
    misses_next_step,
    rots,
    weighted_minor,
)
from ae_desktop.domain.text import fold
from ae_desktop.store.models import database
from ae_desktop.translation import translate


@dataclass(frozen=True, slots=True)
class DealRow:
    """A deal as the board, the table and the client pane show it.

    *probability* is the effective one (the deal's own, else its stage's; a closed deal takes
    its stage's: 100 when won, 0 when lost) and *probability_overridden* says the deal's own
    applies. *last_activity* is the later of the deal's last change and its last interaction.
    """

    id: int
    client_id: int
    client_name: str
    title: str
    value_minor: int
    currency: str
    kind: DealKind
    stage_id: int
    stage_name: str
    stage_position: int
    outcome: StageOutcome
    probability: int
    probability_overridden: bool
    weighted_minor: int
    expected_close: date | None
    next_step: str
    created_on: date
    closed_on: date | None
    lost_reason: str
    last_activity: date
    rotting: bool
    no_next_step: bool
    close_overdue: bool


CLOSING_CHOICES = ("month", "quarter")


@dataclass(frozen=True)
class DealFilter:
    text: str = ""
    stage_id: int | None = None
    kind: DealKind | None = None
    client_id: int | None = None
    closing: str | None = None  # "month" | "quarter": see filter_deals
    rotting_only: bool = False
    outcome: StageOutcome | None = None


_ROWS_SQL = """
SELECT d.id, d.client_id, c.name, d.title, d.value_minor, d.currency, d.kind,
  d.stage_id, s.name, s.position, s.outcome, s.probability, s.rotting_days,
  d.probability, d.expected_close, d.next_step, d.created_on, d.closed_on, d.lost_reason,
  MAX(d.updated_at, COALESCE(
    (SELECT MAX(i.occurred_at) FROM interaction i WHERE i.deal_id = d.id), ''))
FROM deal d
JOIN stage s ON s.id = d.stage_id
JOIN client c ON c.id = d.client_id
{where}
ORDER BY s.position, d.expected_close IS NULL, d.expected_close, d.id
"""

_KINDS = {kind.value: kind for kind in DealKind}
_OUTCOMES = {outcome.value: outcome for outcome in StageOutcome}
_OPEN = StageOutcome.OPEN


class _Days(dict[str, date]):
    """Date texts read so far, each parsed once ("2026-11-30" or "2026-11-30 09:15:00")."""

    def __missing__(self, text: str) -> date:
        parsed = self[text] = date.fromisoformat(text[:10])
        return parsed


def load_deal_rows(
    today: date,
    *,
    deal_ids: list[int] | None = None,
    open_only: bool = False,
    client_id: int | None = None,
) -> list[DealRow]:
    """Deals by stage position, then expected close (none last), then id: every deal, or
    those of *deal_ids*, of one client, or only the open ones; one SQL query however many."""
    conditions: list[str] = []
    params: list[object] = []
    if deal_ids is not None:
        # One parameter however many ids: SQLite caps the number of variables.
        conditions.append("d.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(i) for i in deal_ids]))
    if open_only:
        conditions.append("s.outcome = 'open'")
    if client_id is not None:
        conditions.append("d.client_id = ?")
        params.append(client_id)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    cursor = database.execute_sql(_ROWS_SQL.format(where=where), params)
    days = _Days()  # dates repeat across thousands of deals: parse each text once
    rows: list[DealRow] = []
    append = rows.append
    for (
        deal_id, client, client_name, title, value, currency, kind,
        stage_id, stage_name, position, outcome_text, stage_probability, rotting_days,
        own_probability, expected_text, next_step, created, closed, lost_reason, activity,
    ) in cursor:  # fmt: skip
        outcome = _OUTCOMES[outcome_text]
        is_open = outcome is _OPEN
        # A closed deal takes its stage's probability: 100 when won, 0 when lost.
        probability = (
            effective_probability(own_probability, stage_probability)
            if is_open
            else stage_probability
        )
        expected = days[expected_text] if expected_text else None
        last_activity = days[activity]
        append(
            DealRow(
                deal_id, client, client_name, title, value, currency, _KINDS[kind],
                stage_id, stage_name, position, outcome, probability,
                is_open and own_probability is not None, weighted_minor(value, probability),
                expected, next_step, days[created], days[closed] if closed else None, lost_reason,
                last_activity,
                rots(outcome, rotting_days, last_activity, today),
                misses_next_step(outcome, next_step),
                close_date_passed(outcome, expected, today),
            )
        )  # fmt: skip
    return rows


def open_deals_for_client(client_id: int, today: date) -> list[DealRow]:
    """The client's open deals, by stage then expected close."""
    return load_deal_rows(today, client_id=client_id, open_only=True)


@lru_cache(maxsize=1 << 15)
def _search_text(title: str, client_name: str, next_step: str) -> str:
    """What the filter box searches, folded; cached, as folding accents is slow per keystroke."""
    return fold(f"{title}\n{client_name}\n{next_step}")


def prepare_deal_search(rows: Iterable[DealRow]) -> None:
    """Fold the rows' search texts ahead of the first keystroke (folding 10k titles with
    accents or dashes takes tens of ms): call it off the GUI thread after the first paint."""
    for row in rows:
        _search_text(row.title, row.client_name, row.next_step)


def filter_deals(rows: list[DealRow], flt: DealFilter, today: date) -> list[DealRow]:
    """Rows matching every word of the text (in title, client or next step; accent- and
    case-insensitive) and every filter, in the given order.

    closing="month" or "quarter" keeps the deals that close in the current one: open deals
    expected to close in it, and deals won or lost in it.
    """
    period = None
    if flt.closing is not None:
        if flt.closing not in CLOSING_CHOICES:
            raise ValueError(
                translate("deals", "closing must be one of {0}, not {1!r}").format(
                    CLOSING_CHOICES, flt.closing
                )
            )
        period = month_of(today) if flt.closing == "month" else quarter_of(today)
    words = fold(flt.text).split()
    found = []
    for row in rows:
        if (
            (flt.stage_id is not None and row.stage_id != flt.stage_id)
            or (flt.kind is not None and row.kind != flt.kind)
            or (flt.client_id is not None and row.client_id != flt.client_id)
            or (flt.outcome is not None and row.outcome != flt.outcome)
            or (flt.rotting_only and not row.rotting)
        ):
            continue
        if period is not None:
            day = row.expected_close if row.outcome == StageOutcome.OPEN else row.closed_on
            if day is None or not period.contains(day):
                continue
        if words:
            text = _search_text(row.title, row.client_name, row.next_step)
            if not all(word in text for word in words):
                continue
        found.append(row)
    return found
