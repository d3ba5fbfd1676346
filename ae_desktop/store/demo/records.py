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
    city: str
    status: ClientStatus = ClientStatus.ACTIVE
    cadence_days: int | None = None
    age_days: int = 365
    last_touch_days: int = 1
    neglected: bool = False
    archived: bool = False
    contacts: list[tuple[int, str]] = field(default_factory=list)  # (contact id, first name)
    decision_maker: tuple[str, str] = ("", "")  # the primary contact: (full name, role)
    deals: list[_Deal] = field(default_factory=list)
    satisfaction: int | None = None
    # What the log says about it: how many sites, the product it runs (customers), the
    # rival it meets, the month its financial year starts.
    sites: int = 2
    owned: str = ""
    competitor: str = ""
    fiscal_month: int = 1


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
    topic: str = ""  # how the log refers to it, in the client's language
    product: str = ""  # the key of what it sells (profiles.PRODUCTS)
    stage_index: int = 0  # 0 Lead .. 3 Negotiation: the furthest open stage it reached
    lost_reason_index: int = -1
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
