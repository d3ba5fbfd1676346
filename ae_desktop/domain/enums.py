"""The closed vocabularies of the domain (DESIGN §2), stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    KEY = "key"
    STANDARD = "standard"
    PROSPECT = "prospect"


class ClientStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    CHURNED = "churned"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"
    PRESENTATION = "presentation"
    MEAL = "meal"


class DealKind(StrEnum):
    NEW_BUSINESS = "new_business"
    UPSELL = "upsell"
    CROSS_SELL = "cross_sell"
    RENEWAL = "renewal"


class StageOutcome(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Flag(StrEnum):
    """A user's say on a task's urgency or importance: let the rules decide, or force it."""

    AUTO = "auto"
    YES = "yes"
    NO = "no"


class BlockKind(StrEnum):
    CLIENT_WORK = "client_work"
    CALLS = "calls"
    PROSPECTING = "prospecting"
    ADMIN = "admin"
    FOCUS = "focus"
    MEETING = "meeting"
    BREAK = "break"


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
