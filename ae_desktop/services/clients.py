"""Client use cases: read, create, update, archive and restore a client."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from ae_desktop.domain.enums import ClientStatus, Tier
from ae_desktop.domain.money import from_minor, is_storable, to_minor
from ae_desktop.domain.text import fold
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import DuplicateClientError, NotFoundError, ValidationError
from ae_desktop.services.field_checks import phone_error, website_error
from ae_desktop.services.settings import tier_cadence
from ae_desktop.store.models import Client, Deal, Stage
from ae_desktop.translation import translate

MAX_NAME = 200
MAX_WEEKLY_MINUTES = 40 * 60  # a weekly client time budget: 0 (none) to 40 h


@dataclass(frozen=True)
class ClientInput:
    name: str
    industry: str = ""
    tier: Tier = Tier.STANDARD
    status: ClientStatus = ClientStatus.PROSPECT
    potential_revenue: Decimal = Decimal(0)
    cadence_days: int | None = None
    website: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""
    weekly_minutes: int = 0  # weekly client time budget; 0 = none


@dataclass(frozen=True)
class DealSummary:
    id: int
    title: str
    stage: str
    value_minor: int
    currency: str
    probability: int
    expected_close: date | None
    next_step: str


@dataclass(frozen=True)
class ClientDetail:
    id: int
    name: str
    industry: str
    tier: Tier
    status: ClientStatus
    potential_revenue: Decimal
    cadence_days: int | None
    website: str
    phone: str
    address: str
    notes: str
    archived: bool
    satisfaction: int | None
    created_at: datetime
    open_deals: list[DealSummary] = field(default_factory=list)
    weekly_minutes: int = 0
    churned_on: date | None = None  # the day the status became churned; None unless churned

    def as_input(self) -> ClientInput:
        return ClientInput(
            name=self.name,
            industry=self.industry,
            tier=self.tier,
            status=self.status,
            potential_revenue=self.potential_revenue,
            cadence_days=self.cadence_days,
            website=self.website,
            phone=self.phone,
            address=self.address,
            notes=self.notes,
            weekly_minutes=self.weekly_minutes,
        )


def clean_name(name: str) -> str:
    """The name as stored: no leading or trailing spaces, runs of spaces made one."""
    return " ".join(name.split())


def validate_client(data: ClientInput) -> None:
    errors: dict[str, str] = {}
    name = clean_name(data.name)
    if not name:
        errors["name"] = translate("clients", "A client needs a name.")
    elif len(name) > MAX_NAME:
        errors["name"] = translate("clients", "Keep the name under {0} characters.").format(
            MAX_NAME
        )
    revenue = data.potential_revenue
    if revenue.is_nan():
        errors["potential_revenue"] = translate("clients", "Enter an amount.")
    elif revenue < 0:
        errors["potential_revenue"] = translate("clients", "Potential revenue cannot be negative.")
    elif not is_storable(revenue):
        errors["potential_revenue"] = translate("clients", "That amount is too large.")
    if data.cadence_days is not None and not 1 <= data.cadence_days <= 365:
        errors["cadence_days"] = translate(
            "clients", "Cadence is a number of days between 1 and 365."
        )
    if not 0 <= data.weekly_minutes <= MAX_WEEKLY_MINUTES:
        errors["weekly_minutes"] = translate("clients", "Weekly time is between none and 40 hours.")
    if data.tier not in Tier.__members__.values():
        errors["tier"] = translate("clients", "Choose a tier.")
    if message := website_error(data.website):
        errors["website"] = message
    if message := phone_error(data.phone):
        errors["phone"] = message
    if errors:
        raise ValidationError(errors)


def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


@dataclass(frozen=True)
class ClientName:
    """A client as find_same_name reports it."""

    id: int
    name: str


def find_same_name(name: str, exclude_id: int | None = None) -> ClientName | None:
    """Another client whose name matches ignoring case, accents and extra spaces."""
    key = _name_key(name)
    query = Client.select(Client.id, Client.name)
    if exclude_id is not None:
        query = query.where(Client.id != exclude_id)
    client: Client
    for client in query.iterator():
        if _name_key(client.name) == key:
            return ClientName(int(client.id), str(client.name))
    return None


def stored_fields(data: ClientInput) -> dict[str, object]:
    return {
        "name": clean_name(data.name),
        "industry": data.industry.strip(),
        "tier": str(data.tier),
        "status": str(data.status),
        "potential_revenue_minor": to_minor(data.potential_revenue),
        "cadence_days": data.cadence_days,
        "website": data.website.strip(),
        "phone": data.phone.strip(),
        "address": data.address.strip(),
        "notes": data.notes,
        "weekly_minutes": data.weekly_minutes,
    }


def _stamp(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def create_client(
    data: ClientInput, allow_duplicate: bool = False, *, now: datetime | None = None
) -> int:
    """Store a new client and return its id; refuses a duplicate name unless allowed.

    *now* stamps it (default: the clock); a client entered as churned is taken to have
    churned that day.
    """
    validate_client(data)
    if not allow_duplicate:
        same = find_same_name(data.name)
        if same is not None:
            raise DuplicateClientError(same.id, same.name)
    stamp = _stamp(now)
    churned_on = stamp.date() if data.status == ClientStatus.CHURNED else None
    values = stored_fields(data) | {
        "created_at": stamp,
        "updated_at": stamp,
        "churned_on": churned_on,
    }
    return int(Client.insert(**values).execute())


def update_client(
    client_id: int,
    data: ClientInput,
    allow_duplicate: bool = False,
    *,
    now: datetime | None = None,
) -> None:
    """Store the edited client, stamped *now* (default: the clock).

    The day it churned follows the status: set to *now*'s day when the status becomes
    churned, kept by an edit that leaves it churned (fixing a phone number is not churning
    again), cleared when the status changes away from churned.
    """
    validate_client(data)
    if not allow_duplicate:
        same = find_same_name(data.name, exclude_id=client_id)
        if same is not None:
            raise DuplicateClientError(same.id, same.name)
    stamp = _stamp(now)
    with write_transaction():  # reads the status it changes from, then writes
        stored = Client.get_or_none(Client.id == client_id)
        if stored is None:
            raise NotFoundError(client_id)
        churned_on: date | None = None
        if data.status == ClientStatus.CHURNED:
            was_churned = stored.status == ClientStatus.CHURNED
            churned_on = stored.churned_on if was_churned else stamp.date()
        values = stored_fields(data) | {"updated_at": stamp, "churned_on": churned_on}
        Client.update(**values).where(Client.id == client_id).execute()


def set_archived(client_id: int, archived: bool, *, now: datetime | None = None) -> None:
    """Archive (soft delete) or restore a client, stamped *now* (default: the clock); its
    history is kept either way, the day it churned included (archiving a client that left
    long ago is not churning it now)."""
    updated = (
        Client.update(archived=archived, updated_at=_stamp(now))
        .where(Client.id == client_id)
        .execute()
    )
    if updated == 0:
        raise NotFoundError(client_id)


def open_deals(client_id: int) -> list[DealSummary]:
    query = (
        Deal.select(Deal, Stage)
        .join(Stage)
        .where((Deal.client == client_id) & (Stage.outcome == "open"))
        .order_by(Deal.expected_close.asc(nulls="LAST"), Deal.id)
    )
    return [
        DealSummary(
            id=deal.id,
            title=deal.title,
            stage=deal.stage.name,
            value_minor=deal.value_minor,
            currency=deal.currency,
            probability=deal.probability
            if deal.probability is not None
            else deal.stage.probability,
            expected_close=deal.expected_close,
            next_step=deal.next_step,
        )
        for deal in query
    ]


def get_client(client_id: int) -> ClientDetail:
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise NotFoundError(client_id)
    return ClientDetail(
        id=client.id,
        name=client.name,
        industry=client.industry,
        tier=Tier(client.tier),
        status=ClientStatus(client.status),
        potential_revenue=from_minor(client.potential_revenue_minor),
        cadence_days=client.cadence_days,
        website=client.website,
        phone=client.phone,
        address=client.address,
        notes=client.notes,
        archived=client.archived,
        satisfaction=client.satisfaction,
        created_at=client.created_at,
        open_deals=open_deals(client_id),
        weekly_minutes=client.weekly_minutes,
        churned_on=client.churned_on,
    )


def default_cadence(tier: Tier) -> int:
    """Days between touches for a client of *tier* with no cadence of its own (a setting)."""
    return tier_cadence()[tier]
