"""Eisenhower quadrant of a task (DESIGN §3), with the human-readable reasons for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ae_desktop.domain.enums import BlockKind, Flag, Tier
from ae_desktop.domain.money import from_minor
from ae_desktop.translation import translate

DEFAULT_URGENT_WITHIN_DAYS = 2
DEFAULT_IMPORTANT_DEAL_VALUE_MINOR = 50_000_00


class Quadrant(StrEnum):
    DO_NOW = "do_now"  # Q1: urgent and important
    SCHEDULE = "schedule"  # Q2: important, not urgent
    DELEGATE = "delegate"  # Q3: urgent, not important
    DROP = "drop"  # Q4: neither

    @staticmethod
    def of(urgent: bool, important: bool) -> Quadrant:
        if important:
            return Quadrant.DO_NOW if urgent else Quadrant.SCHEDULE
        return Quadrant.DELEGATE if urgent else Quadrant.DROP

    @property
    def urgent(self) -> bool:
        return self in (Quadrant.DO_NOW, Quadrant.DELEGATE)

    @property
    def important(self) -> bool:
        return self in (Quadrant.DO_NOW, Quadrant.SCHEDULE)


QUADRANT_LABELS: dict[Quadrant, str] = {
    Quadrant.DO_NOW: "Do now",
    Quadrant.SCHEDULE: "Schedule",
    Quadrant.DELEGATE: "Delegate",
    Quadrant.DROP: "Drop",
}


@dataclass(frozen=True, slots=True)
class TaskFacts:
    """What the rules need to know about one task and what it is linked to."""

    due_on: date | None
    urgency: Flag = Flag.AUTO
    importance: Flag = Flag.AUTO
    client_name: str | None = None
    client_tier: Tier | None = None
    client_neglected: bool = False
    deal_title: str | None = None
    deal_open: bool = False
    deal_stage: str | None = None  # the stage's name, for the reason
    deal_late_stage: bool = False  # open and in Proposal or a later stage
    deal_value_minor: int | None = None
    deal_currency: str | None = None


@dataclass(frozen=True, slots=True)
class PrioritySettings:
    urgent_within_days: int = DEFAULT_URGENT_WITHIN_DAYS
    important_deal_value_minor: int = DEFAULT_IMPORTANT_DEAL_VALUE_MINOR
    currency: str = "EUR"  # deals in another currency are not compared with the threshold


@dataclass(frozen=True, slots=True)
class Priority:
    quadrant: Quadrant
    urgent: bool
    important: bool
    reasons: tuple[str, ...]  # urgency's reasons first, then importance's


def _days(n: int) -> str:
    """ "1 day", "26 days", for the reasons' {0}."""
    return translate("priority", "1 day") if n == 1 else translate("priority", "{0} days").format(n)


def money_label(minor: int, currency: str) -> str:
    """'EUR 60,000' for whole amounts, 'EUR 1,234.50' otherwise."""
    amount = from_minor(minor)
    text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    return f"{currency} {text}"


def urgency(facts: TaskFacts, today: date, within_days: int) -> tuple[bool, str]:
    """Urgent or not, and why: the user's say, else the due date."""
    if facts.urgency == Flag.YES:
        return True, translate("priority", "you marked it urgent")
    if facts.urgency == Flag.NO:
        return False, translate("priority", "you marked it not urgent")
    if facts.due_on is None:
        return False, translate("priority", "no due date")
    days = (facts.due_on - today).days
    if days < 0:
        reason = translate("priority", "overdue by {0}").format(_days(-days))
    elif days == 0:
        reason = translate("priority", "due today")
    elif days == 1:
        reason = translate("priority", "due tomorrow")
    else:
        reason = translate("priority", "due in {0}").format(_days(days))
    return days <= within_days, reason


def importance(facts: TaskFacts, settings: PrioritySettings) -> tuple[bool, tuple[str, ...]]:
    """Important or not, and why: the user's say, else the client and deal it is linked to."""
    if facts.importance == Flag.YES:
        return True, (translate("priority", "you marked it important"),)
    if facts.importance == Flag.NO:
        return False, (translate("priority", "you marked it not important"),)
    reasons: list[str] = []
    client = facts.client_name or translate("priority", "unnamed")
    if facts.client_tier == Tier.KEY:
        reasons.append(translate("priority", "key account: {0}").format(client))
    if facts.deal_open and facts.deal_late_stage:
        stage = facts.deal_stage or translate("priority", "Proposal")
        reasons.append(
            translate("priority", "deal in {0}: {1}").format(stage, facts.deal_title or "")
        )
    if (
        facts.deal_open
        and facts.deal_value_minor is not None
        and (facts.deal_currency or settings.currency) == settings.currency
        and facts.deal_value_minor >= settings.important_deal_value_minor
    ):
        worth = money_label(facts.deal_value_minor, settings.currency)
        reasons.append(translate("priority", "deal worth {0}").format(worth))
    if facts.client_neglected:
        reasons.append(translate("priority", "neglected client: {0}").format(client))
    if not reasons:
        return False, (
            translate("priority", "no key account, big or late-stage deal, or neglected client"),
        )
    return True, tuple(reasons)


def classify(facts: TaskFacts, today: date, settings: PrioritySettings | None = None) -> Priority:
    """The task's quadrant and the reasons for it (DESIGN §3)."""
    settings = settings or PrioritySettings()
    is_urgent, why_urgent = urgency(facts, today, settings.urgent_within_days)
    is_important, why_important = importance(facts, settings)
    return Priority(
        Quadrant.of(is_urgent, is_important),
        is_urgent,
        is_important,
        (why_urgent, *why_important),
    )


# Time blocked without a task: the kinds that grow the business are Q2, the day's fixed
# commitments Q1, paperwork Q3 (the weekly report's time by quadrant).
_BLOCK_QUADRANTS: dict[BlockKind, Quadrant] = {
    BlockKind.FOCUS: Quadrant.SCHEDULE,
    BlockKind.CLIENT_WORK: Quadrant.SCHEDULE,
    BlockKind.PROSPECTING: Quadrant.SCHEDULE,
    BlockKind.MEETING: Quadrant.DO_NOW,
    BlockKind.CALLS: Quadrant.DO_NOW,
    BlockKind.ADMIN: Quadrant.DELEGATE,
}


def block_quadrant(kind: BlockKind, task_quadrant: Quadrant | None = None) -> Quadrant | None:
    """The quadrant a time block's minutes count in: its task's when it has one, else by its
    kind (focus, client work, prospecting: Schedule; meetings, calls: Do now; admin:
    Delegate); None for a break without a task, which is no one's work."""
    if task_quadrant is not None:
        return task_quadrant
    return _BLOCK_QUADRANTS.get(kind)
