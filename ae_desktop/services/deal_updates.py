"""What re-importing a deal changes: only what the file gives and differs from what is stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import cast

from ae_desktop.domain.enums import StageOutcome
from ae_desktop.interop.records import DealRecord, DealStatus
from ae_desktop.store.models import Deal, Stage

_CHUNK = 900  # SQLite's limit on parameters in one statement is higher; stay well below it


@dataclass(frozen=True, slots=True)
class StoredDeal:
    value_minor: int
    currency: str
    expected_close: date | None
    outcome: StageOutcome


def stored_deals(deal_ids: list[int]) -> dict[int, StoredDeal]:
    """The fields an import may change, of the deals *deal_ids*."""
    found: dict[int, StoredDeal] = {}
    for start in range(0, len(deal_ids), _CHUNK):
        chunk = deal_ids[start : start + _CHUNK]
        query = (
            Deal.select(
                Deal.id, Deal.value_minor, Deal.currency, Deal.expected_close, Stage.outcome
            )
            .join(Stage)
            .where(Deal.id.in_(chunk))
        )
        rows = cast("Iterable[tuple[int, int, str, date | None, str]]", query.tuples())
        for deal_id, value, currency, close, outcome in rows:
            found[deal_id] = StoredDeal(value, currency, close, StageOutcome(outcome))
    return found


def changes_for(record: DealRecord, stored: StoredDeal) -> dict[str, object]:
    """Column -> new value for what the file gives that differs; "stage" when the file says
    the deal was won or lost and it is not (an open deal is never reopened or moved)."""
    changes: dict[str, object] = {}
    if record.value_minor and record.value_minor != stored.value_minor:
        changes["value_minor"] = record.value_minor
    if record.currency and record.currency != stored.currency:
        changes["currency"] = record.currency
    still_open = stored.outcome == StageOutcome.OPEN and record.status == DealStatus.OPEN
    if still_open and record.expected_close and record.expected_close != stored.expected_close:
        changes["expected_close"] = record.expected_close
    if record.status != DealStatus.OPEN and stored.outcome.value != record.status.value:
        changes["stage"] = record.status.value
    return changes
