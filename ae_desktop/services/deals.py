"""Deal use cases: create, edit, move between stages (undoable, recorded), a next step as a task.
The checks on a deal's input are in deal_checks (DealInput and validate_deal, re-exported here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.money import from_minor, to_minor
from ae_desktop.domain.tasks import next_step_title
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.deal_checks import (
    MAX_TEXT,
    MAX_TITLE,
    DealInput,
    clean_line,
    closing_errors,
    find_stage,
    validate_deal,
)
from ae_desktop.services.deal_rows import (
    CLOSING_CHOICES,
    DealFilter,
    DealRow,
    filter_deals,
    load_deal_rows,
    open_deals_for_client,
    prepare_deal_search,
)
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.stage_history import record_stage_change
from ae_desktop.store.models import Deal, Interaction, Task, database
from ae_desktop.translation import translate

# Offered when a deal is lost; the user may also type their own reason.
LOST_REASONS: tuple[str, ...] = (
    "Price",
    "Lost to a competitor",
    "No budget",
    "No decision / stalled",
    "Timing",
    "Product fit",
    "Went silent",
)


def lost_reasons() -> list[str]:
    """LOST_REASONS in the user's language, as the closing dialogs offer them (the reason is
    stored as the words the user chose)."""
    return [
        translate("deals", "Price"),
        translate("deals", "Lost to a competitor"),
        translate("deals", "No budget"),
        translate("deals", "No decision / stalled"),
        translate("deals", "Timing"),
        translate("deals", "Product fit"),
        translate("deals", "Went silent"),
    ]


@dataclass(frozen=True)
class DealDetail:
    """One deal for the editor: its list row and its notes (the one field rows leave out)."""

    row: DealRow
    notes: str


@dataclass(frozen=True)
class DealState:
    """What a move changes, as it was before: move_deal returns it, restore_deal_state undoes."""

    stage_id: int
    probability: int | None
    closed_on: date | None
    lost_reason: str
    updated_at: datetime


def _stamp(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _fields(data: DealInput, outcome: StageOutcome, closed_on: date | None) -> dict[str, object]:
    is_open = outcome == StageOutcome.OPEN
    return {
        "client": data.client_id,
        "title": clean_line(data.title),
        "value_minor": to_minor(data.value),
        "currency": data.currency.strip().upper(),
        "kind": str(data.kind),
        "stage": data.stage_id,
        # A closed deal is certain: its stage says 100 or 0, whatever was estimated before.
        "probability": data.probability if is_open else None,
        "expected_close": data.expected_close,
        "next_step": data.next_step.strip(),
        "notes": data.notes,
        "closed_on": None if is_open else closed_on,
        "lost_reason": data.lost_reason.strip() if outcome == StageOutcome.LOST else "",
    }


def create_deal(data: DealInput, *, today: date, now: datetime | None = None) -> int:
    """Store a new deal opened *today* and return its id.

    A deal entered already won or lost closes on data.closed_on (default today) and counts as
    opened on that day if it is earlier. *now* stamps it (default: the clock).
    """
    outcome = validate_deal(data, today=today)
    closed_on = None if outcome == StageOutcome.OPEN else data.closed_on or today
    created_on = min(today, closed_on) if closed_on else today
    fields = _fields(data, outcome, closed_on)
    stamp = _stamp(now)
    with database.atomic():
        deal_id = int(Deal.insert(**fields, created_on=created_on, updated_at=stamp).execute())
        record_stage_change(deal_id, None, data.stage_id, stamp)
    return deal_id


def _has_interactions(deal_id: int) -> bool:
    return bool(Interaction.select().where(Interaction.deal == deal_id).exists())


def update_deal(deal_id: int, data: DealInput, *, today: date, now: datetime | None = None) -> None:
    """Save the editor's changes; an edit counts as activity (the deal stops rotting).

    A deal can move to another client only while no interaction is logged against it.
    """
    stored = Deal.get_or_none(Deal.id == deal_id)
    if stored is None:
        raise NotFoundError(deal_id)
    outcome = validate_deal(
        data,
        today=today,
        created_on=stored.created_on,
        closed_before=stored.closed_on,
        current_client_id=stored.client_id,
    )
    if data.client_id != stored.client_id and _has_interactions(deal_id):
        raise ValidationError(
            {
                "client": translate(
                    "deals", "Interactions are logged against this deal; it stays with its client."
                )
            }
        )
    closed_on = (
        None if outcome == StageOutcome.OPEN else data.closed_on or stored.closed_on or today
    )
    stamp = _stamp(now)
    values = _fields(data, outcome, closed_on) | {"updated_at": stamp}
    with database.atomic():
        Deal.update(**values).where(Deal.id == deal_id).execute()
        if data.stage_id != stored.stage_id:
            record_stage_change(deal_id, stored.stage_id, data.stage_id, stamp)


def get_deal(deal_id: int, *, today: date | None = None) -> DealDetail:
    """The deal's row (flags as of *today*, default the clock's) and its notes."""
    rows = load_deal_rows(today or date.today(), deal_ids=[deal_id])
    notes = Deal.select(Deal.notes).where(Deal.id == deal_id).scalar()
    if not rows or notes is None:
        raise NotFoundError(deal_id)
    return DealDetail(row=rows[0], notes=str(notes))


def deal_input(deal_id: int) -> DealInput:
    """The stored deal as the input that would save it again (for the editor)."""
    deal = Deal.get_or_none(Deal.id == deal_id)
    if deal is None:
        raise NotFoundError(deal_id)
    return DealInput(
        client_id=deal.client_id,
        title=deal.title,
        value=from_minor(deal.value_minor),
        currency=deal.currency,
        kind=DealKind(deal.kind),
        stage_id=deal.stage_id,
        probability=deal.probability,
        expected_close=deal.expected_close,
        next_step=deal.next_step,
        notes=deal.notes,
        lost_reason=deal.lost_reason,
        closed_on=deal.closed_on,
    )


def _state(deal: Deal) -> DealState:
    return DealState(
        stage_id=deal.stage_id,
        probability=deal.probability,
        closed_on=deal.closed_on,
        lost_reason=deal.lost_reason,
        updated_at=deal.updated_at,
    )


def move_deal(
    deal_id: int,
    stage_id: int,
    *,
    today: date,
    now: datetime,
    closed_on: date | None = None,
    lost_reason: str = "",
) -> DealState:
    """Move a deal to another stage and return its state before, for undo.

    To Won: closes on *closed_on* (None: today). To Lost: needs a *lost_reason*
    (ValidationError at "lost_reason"), closes on *closed_on* or today. Back to an open stage:
    reopens (no close date or reason). The deal takes the new stage's default probability, and
    the move counts as activity: updated_at = *now*, so it stops rotting. Moving to the stage
    it is in changes nothing.
    """
    deal = Deal.get_or_none(Deal.id == deal_id)
    if deal is None:
        raise NotFoundError(deal_id)
    before = _state(deal)
    stage = find_stage(stage_id)
    if stage is None:
        raise ValidationError({"stage": translate("deals", "That stage no longer exists.")})
    if stage_id == deal.stage_id:
        return before
    outcome = StageOutcome(stage.outcome)
    stamp = _stamp(now)
    values: dict[str, object] = {
        "stage": stage_id,
        "probability": None,
        "closed_on": None,
        "lost_reason": "",
        "updated_at": stamp,
    }
    if outcome != StageOutcome.OPEN:
        closing = closed_on or today
        errors = closing_errors(outcome, closing, deal.created_on, today, lost_reason)
        if errors:
            raise ValidationError(errors)
        values["closed_on"] = closing
        if outcome == StageOutcome.LOST:
            values["lost_reason"] = lost_reason.strip()
    with database.atomic():
        Deal.update(**values).where(Deal.id == deal_id).execute()
        record_stage_change(deal_id, deal.stage_id, stage_id, stamp)
    return before


def restore_deal_state(deal_id: int, state: DealState, *, now: datetime | None = None) -> None:
    """Undo of a move: the deal's stage, probability, close date, reason and stamp as before.

    The history keeps the move and records the move back at *now* (default: the clock), so a
    report nets the two out rather than losing track of what happened.
    """
    if find_stage(state.stage_id) is None:
        raise NotFoundError(state.stage_id)
    with write_transaction():  # reads the stage it moves from, then writes
        current = Deal.select(Deal.stage).where(Deal.id == deal_id).scalar()
        if current is None:
            raise NotFoundError(deal_id)
        Deal.update(
            stage=state.stage_id,
            probability=state.probability,
            closed_on=state.closed_on,
            lost_reason=state.lost_reason,
            updated_at=state.updated_at,
        ).where(Deal.id == deal_id).execute()
        if current != state.stage_id:
            record_stage_change(deal_id, int(current), state.stage_id, _stamp(now))


def deal_next_step_task(deal_id: int, *, today: date) -> int:
    """Make the deal's next step an open task (linked to deal and client) and return its id.

    Due on the expected close date, or today when that is past or not set. Refused
    (ValidationError at "next_step") when the deal has no next step; when an open task with
    that title is already linked to the deal, returns it instead of adding a second one.
    """
    deal = Deal.get_or_none(Deal.id == deal_id)
    if deal is None:
        raise NotFoundError(deal_id)
    title = next_step_title(deal.next_step)
    if not title:
        raise ValidationError({"next_step": translate("deals", "Write the next step first.")})
    due = deal.expected_close if deal.expected_close and deal.expected_close >= today else today
    with database.atomic():
        existing = (
            Task.select(Task.id)
            .where((Task.deal == deal_id) & (Task.status == "open") & (Task.title == title))
            .scalar()
        )
        if existing is not None:
            return int(existing)
        return int(
            Task.insert(title=title, client=deal.client_id, deal=deal_id, due_on=due).execute()
        )


__all__ = [
    "CLOSING_CHOICES",
    "MAX_TEXT",
    "MAX_TITLE",
    "LOST_REASONS",
    "lost_reasons",
    "DealDetail",
    "DealFilter",
    "DealInput",
    "DealRow",
    "DealState",
    "create_deal",
    "deal_input",
    "deal_next_step_task",
    "filter_deals",
    "get_deal",
    "load_deal_rows",
    "move_deal",
    "open_deals_for_client",
    "prepare_deal_search",
    "restore_deal_state",
    "update_deal",
    "validate_deal",
]
