"""Checking a deal before it is stored: the fields' limits, what the deal editor edits
(DealInput) and validate_deal, with the rules for closing a deal (a reason when it is lost, a
close date that has happened and is not before the deal was opened)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.money import is_storable
from ae_desktop.services.errors import ValidationError
from ae_desktop.store.models import Client, Stage
from ae_desktop.translation import translate

MAX_TITLE = 200
MAX_TEXT = 300  # next step and lost reason: the columns' size

_CURRENCY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class DealInput:
    """What the deal editor edits. *probability* None means the stage's default; *closed_on*
    None on a Won or Lost stage means today (or, when editing, the date it already closed)."""

    client_id: int | None
    title: str
    value: Decimal
    currency: str
    kind: DealKind
    stage_id: int
    probability: int | None
    expected_close: date | None
    next_step: str = ""
    notes: str = ""
    lost_reason: str = ""
    closed_on: date | None = None


def clean_line(text: str) -> str:
    """*text* on one line, its runs of spaces made one (as a title is stored)."""
    return " ".join(text.split())


def find_stage(stage_id: int) -> Stage | None:
    """The stage *stage_id*, or None when it no longer exists."""
    return Stage.get_or_none(Stage.id == stage_id)


def closing_errors(
    outcome: StageOutcome, closed_on: date, created_on: date, today: date, lost_reason: str
) -> dict[str, str]:
    """What is wrong with closing a deal opened on *created_on* as *outcome* on *closed_on*
    (field -> message; empty when nothing is)."""
    errors: dict[str, str] = {}
    if outcome == StageOutcome.LOST and not lost_reason.strip():
        errors["lost_reason"] = translate("deals", "Say why the deal was lost.")
    elif len(lost_reason.strip()) > MAX_TEXT:
        errors["lost_reason"] = translate("deals", "Keep the reason under {0} characters.").format(
            MAX_TEXT
        )
    if closed_on > today:
        errors["closed_on"] = translate(
            "deals", "A deal is closed once it has happened: use today or earlier."
        )
    elif closed_on < created_on:
        errors["closed_on"] = translate(
            "deals", "The deal was opened on {0}; it cannot close before that."
        ).format(created_on.isoformat())
    return errors


def validate_deal(
    data: DealInput,
    *,
    today: date,
    created_on: date | None = None,
    closed_before: date | None = None,
    current_client_id: int | None = None,
) -> StageOutcome:
    """Refuse bad input (ValidationError, field -> message); return the stage's outcome.

    *created_on*, *closed_before* and *current_client_id* describe the stored deal when editing.
    """
    errors: dict[str, str] = {}
    if data.client_id is None:
        errors["client"] = translate("deals", "Choose a client.")
    elif data.client_id != current_client_id:
        client = Client.get_or_none(Client.id == data.client_id)
        if client is None:
            errors["client"] = translate("deals", "Choose a client.")
        elif client.archived:
            errors["client"] = translate("deals", "That client is archived; restore it first.")
    title = clean_line(data.title)
    if not title:
        errors["title"] = translate("deals", "A deal needs a title.")
    elif len(title) > MAX_TITLE:
        errors["title"] = translate("deals", "Keep the title under {0} characters.").format(
            MAX_TITLE
        )
    if not data.value.is_finite():
        errors["value"] = translate("deals", "Enter an amount.")
    elif data.value < 0:
        errors["value"] = translate("deals", "A deal's value cannot be negative.")
    elif not is_storable(data.value):
        errors["value"] = translate("deals", "That amount is too large.")
    if not _CURRENCY.fullmatch(data.currency.strip().upper()):
        errors["currency"] = translate("deals", "Use a three-letter currency code such as EUR.")
    if data.kind not in DealKind.__members__.values():
        errors["kind"] = translate("deals", "Choose a kind of deal.")
    if data.probability is not None and not 0 <= data.probability <= 100:
        errors["probability"] = translate("deals", "Probability is a percentage from 0 to 100.")
    if len(data.next_step.strip()) > MAX_TEXT:
        errors["next_step"] = translate("deals", "Keep the next step under {0} characters.").format(
            MAX_TEXT
        )
    stage = find_stage(data.stage_id)
    outcome = StageOutcome.OPEN
    if stage is None:
        errors["stage"] = translate("deals", "Choose a stage.")
    else:
        outcome = StageOutcome(stage.outcome)
        if outcome != StageOutcome.OPEN:
            closed_on = data.closed_on or closed_before or today
            opened = created_on or min(today, closed_on)
            errors |= closing_errors(outcome, closed_on, opened, today, data.lost_reason)
    if errors:
        raise ValidationError(errors)
    return outcome
