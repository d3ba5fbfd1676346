"""The in-memory records of the book of business, linked before any row is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ae_desktop.domain.enums import (
    ClientStatus,
    DealKind,
    Flag,
    InteractionKind,
    TaskStatus,
    Tier,
)


@dataclass(frozen=True)
class _Stage:
    id: int
    probability: int
    outcome: str
    rotting_days: int | None


@dataclass(eq=False)
class _Client:
    id: int
    name: str
    industry: str
    lang: str
    domain: str
    tier: Tier
    status: ClientStatus = ClientStatus.ACTIVE
    cadence_days: int | None = None
    age_days: int = 365
    last_touch_days: int = 1
    neglected: bool = False
    archived: bool = False
    contacts: list[tuple[int, str]] = field(default_factory=list)  # (contact id, first name)
    deals: list[_Deal] = field(default_factory=list)
    satisfaction: int | None = None


@dataclass(eq=False)
class _Deal:
    client: _Client
    stage: _Stage
    kind: DealKind
    created_on: date
    active_until: date  # the last day anything happened on it: rotting is measured from here
    closed_on: date | None
    expected_close: date
    updated_at: datetime
    title: str = ""
    value_minor: int = 0
    probability: int | None = None
    next_step: str = ""
    lost_reason: str = ""
    id: int = 0


@dataclass(slots=True, eq=False)
class _Interaction:
    occurred_at: datetime
    client: _Client
    contact_id: int | None
    deal: _Deal | None
    kind: InteractionKind
    summary: str
    outcome: str
    csat: int | None
    follow_up_on: date | None = None
    id: int = 0


@dataclass(slots=True, eq=False)
class _Task:
    created_at: datetime
    title: str
    client: _Client | None
    deal: _Deal | None
    interaction: _Interaction | None
    due_on: date | None
    status: TaskStatus
    completed_at: datetime | None
    notes: str = ""
    estimate_minutes: int = 30
    importance: Flag = Flag.AUTO
    urgency: Flag = Flag.AUTO
    delegated_to: str = ""
    id: int = 0
