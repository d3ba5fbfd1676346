"""Contact cadence: how often a client should be touched, and when it is neglected."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from ae_desktop.domain.enums import Tier

DEFAULT_CADENCE_DAYS: dict[Tier, int] = {Tier.KEY: 7, Tier.STANDARD: 30, Tier.PROSPECT: 14}


def effective_cadence(
    tier: Tier, cadence_days: int | None, tier_cadence: Mapping[Tier, int] | None = None
) -> int:
    """The client's own cadence when set, else its tier's: from *tier_cadence* (the user's
    setting) when given, else DEFAULT_CADENCE_DAYS."""
    if cadence_days:
        return cadence_days
    return (tier_cadence or DEFAULT_CADENCE_DAYS).get(tier, DEFAULT_CADENCE_DAYS[tier])


def days_since(last_contact: datetime | date | None, today: date) -> int | None:
    if last_contact is None:
        return None
    day = last_contact.date() if isinstance(last_contact, datetime) else last_contact
    return (today - day).days


def is_neglected(
    last_contact: datetime | date | None,
    cadence_days: int,
    today: date,
    *,
    created: datetime | date | None = None,
) -> bool:
    """Neglected when the last interaction is older than the cadence.

    With no interaction yet the cadence runs from *created*, the day the client was added,
    so a new client is not neglected at once; with neither date it is neglected.
    """
    elapsed = days_since(last_contact if last_contact is not None else created, today)
    return elapsed is None or elapsed > cadence_days
