"""Sample data for an empty database: a deterministic, believable book of business around today."""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

from peewee import Field, chunked

from ae_desktop.domain.cadence import effective_cadence
from ae_desktop.domain.enums import (
    BlockKind,
    ClientStatus,
    DealKind,
    Flag,
    InteractionKind,
    PeriodKind,
    StageOutcome,
    TaskStatus,
    Tier,
)
from ae_desktop.domain.text import fold
from ae_desktop.store import demo_names as words
from ae_desktop.store.models import (
    BaseModel,
    Client,
    Contact,
    Deal,
    Interaction,
    Quota,
    Setting,
    Task,
    TimeBlock,
    database,
)

CHUNK_ROWS = 500  # rows per INSERT: stays far below SQLite's limit on bound variables
HISTORY_DAYS = 182
AE_NAME = "Laura Martín"
FOLLOW_UP_TITLE_CHARS = 80  # the rule of services.interactions.follow_up_title
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Size:
    clients: int
    contacts: int
    interactions: int
    deals: int
    tasks: int
    follow_ups: int  # of the tasks, those created by an interaction's follow-up date


SIZES: dict[str, Size] = {
    "small": Size(40, 120, 600, 60, 80, 30),
    "large": Size(10_000, 30_000, 100_000, 10_000, 20_000, 6_000),
}

_CHECKED: tuple[tuple[str, type[BaseModel]], ...] = (
    ("client", Client),
    ("interaction", Interaction),
    ("deal", Deal),
    ("task", Task),
    ("time block", TimeBlock),
)


class DatabaseNotEmptyError(Exception):
    """The database already holds the user's records; sample data never mixes with them."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        held = [f"{n} {label}{'' if n == 1 else 's'}" for label, n in counts.items() if n]
        text = held[0] if len(held) == 1 else ", ".join(held[:-1]) + " and " + held[-1]
        super().__init__(
            f"The database already holds {text}; sample data is only added to an empty "
            "database. Nothing was changed."
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


T = TypeVar("T")


class _Deck(Generic[T]):
    """Draws in fixed proportions: each shuffled round holds every item *weight* times."""

    def __init__(self, rng: random.Random, weighted: Sequence[tuple[T, int]]) -> None:
        self._rng = rng
        self._round = [item for item, weight in weighted for _ in range(weight)]
        self._left: list[T] = []

    def draw(self) -> T:
        if not self._left:
            self._left = self._rng.sample(self._round, len(self._round))
        return self._left.pop()


def _weekday_on_or_before(day: date) -> date:
    return day - timedelta(days=max(0, day.weekday() - 4))


def _weekday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() > 4 else 0)


def _clock(rng: random.Random, first_hour: int = 8, last_hour: int = 18) -> time:
    return time(rng.randint(first_hour, last_hour), rng.randrange(0, 60, 5))


def _allocate(rng: random.Random, total: int, weights: Sequence[float]) -> list[int]:
    """Split *total* over len(weights) owners, at least one each, the rest drawn by weight."""
    counts = [1] * len(weights)
    for index in rng.choices(range(len(weights)), weights=weights, k=total - len(weights)):
        counts[index] += 1
    return counts


def _spread(total: int, shares: Sequence[float]) -> list[int]:
    """Whole numbers proportional to *shares* that add up to *total* (largest remainder)."""
    exact = [total * share / sum(shares) for share in shares]
    counts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(shares)), key=lambda i: counts[i] - exact[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _company(rng: random.Random, taken: set[str]) -> tuple[str, str, str, str]:
    """A new company name, unique case-insensitively: (name, industry, language, domain)."""
    while True:
        if rng.random() < 0.5:
            sector, industry = rng.choice(words.EN_SECTORS)
            base, lang = f"{rng.choice(words.EN_BRANDS)} {sector}", "en"
            suffix, city = rng.choice(words.EN_SUFFIXES), rng.choice(words.CITIES_EN)[0]
            tld = rng.choice((".com", ".co.uk"))
        else:
            prefix, industry = rng.choice(words.ES_PREFIXES)
            base, lang = f"{prefix} {rng.choice(words.ES_BRANDS)}", "es"
            suffix, city = rng.choice(words.ES_SUFFIXES), rng.choice(words.CITIES_ES)[0]
            tld = ".es"
        for name, stem in ((base + suffix, base), (f"{base} {city}", f"{base} {city}")):
            if name.casefold() not in taken:
                taken.add(name.casefold())
                return name, industry, lang, _slug(stem)[:40] + tld


def _make_clients(rng: random.Random, size: Size, today: date) -> list[_Client]:
    taken = {entry[0].casefold() for entry in words.CURATED_CLIENTS}
    clients = []
    for number in range(1, size.clients + 1):
        if number <= len(words.CURATED_CLIENTS):
            name, industry, lang, domain, tier = words.CURATED_CLIENTS[number - 1]
        else:
            name, industry, lang, domain = _company(rng, taken)
            tier = rng.choices(("key", "standard", "prospect"), weights=(10, 50, 40))[0]
        clients.append(_Client(number, name, industry, lang, domain, Tier(tier)))

    def of(tier: Tier, status: ClientStatus | None = None) -> list[_Client]:
        return [c for c in clients if c.tier == tier and (status is None or c.status == status)]

    for c in of(Tier.PROSPECT):
        c.status = ClientStatus.PROSPECT
    for tier, share in ((Tier.KEY, 0.02), (Tier.STANDARD, 0.15)):
        group = of(tier)
        churned = sorted(rng.sample(group, round(len(group) * share)), key=lambda c: c.id)
        for position, c in enumerate(churned):
            c.status = ClientStatus.CHURNED
            c.archived = position == 0 or rng.random() < 0.3
    for c in of(Tier.STANDARD):
        if rng.random() < 0.1:
            c.cadence_days = rng.choice((14, 21, 45))
    neglected: set[int] = set()
    for tier, share in ((Tier.KEY, 0.25), (Tier.STANDARD, 0.2), (Tier.PROSPECT, 0.3)):
        group = [c for c in of(tier) if c.status != ClientStatus.CHURNED]
        neglected.update(c.id for c in rng.sample(group, max(1, round(len(group) * share))))
    for c in clients:
        cadence = effective_cadence(c.tier, c.cadence_days)
        if c.status == ClientStatus.CHURNED:
            c.age_days, c.last_touch_days = rng.randint(400, 1500), rng.randint(45, 170)
        elif c.tier == Tier.PROSPECT:
            c.age_days = rng.randint(45, 200)
        else:
            c.age_days = rng.randint(200, 1500)
        if c.status != ClientStatus.CHURNED:
            # Weekends move an interaction back to Friday, up to two days older: keep margins.
            c.neglected = c.id in neglected
            if c.neglected:
                c.last_touch_days = cadence + rng.randint(3, cadence + 10)
            else:
                c.last_touch_days = rng.randint(1, max(1, cadence - 3))
    return clients


def _client_rows(rng: random.Random, clients: list[_Client], today: date) -> list[tuple[Any, ...]]:
    rows = []
    revenue = {Tier.KEY: (200_000, 2_000_000), Tier.STANDARD: (20_000, 300_000)}
    for c in clients:
        low, high = revenue.get(c.tier, (10_000, 500_000))
        created = datetime.combine(today - timedelta(days=c.age_days), _clock(rng, 9, 17))
        updated = max(
            created, datetime.combine(today - timedelta(days=rng.randint(1, 90)), _clock(rng))
        )
        if c.lang == "es":
            city, postcode, area = rng.choice(words.CITIES_ES)
            street = rng.choice(words.STREETS_ES)
            address = f"{street} {rng.randint(1, 180)}, {postcode}{rng.randint(1, 80):03d} {city}"
            digits = area + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
            phone = f"+34 {digits[:3]} {digits[3:6]} {digits[6:]}"
        else:
            city, district, area = rng.choice(words.CITIES_EN)
            street = rng.choice(words.STREETS_EN)
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            inward = f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
            address = f"{rng.randint(1, 240)} {street}, {city} {district} {inward}"
            digits = "".join(str(rng.randint(0, 9)) for _ in range(10 - len(area)))
            split = {2: 4, 3: 3}.get(len(area), len(digits))
            phone = f"+44 {area} {digits[:split]} {digits[split:]}".rstrip()
        rows.append((
            c.id, c.name, c.industry, str(c.tier), str(c.status),
            rng.randrange(low, high + 1, 5_000) * 100, c.cadence_days, f"https://www.{c.domain}",
            phone, address, rng.choice(words.CLIENT_NOTES), c.archived, c.satisfaction,
            created, updated,
        ))  # fmt: skip
    return rows


def _person(rng: random.Random, lang: str) -> tuple[str, str, int]:
    """(full name, first name, index into the role lists' gender: 0 masculine, 1 feminine)."""
    if lang == "es":
        gender = rng.randint(0, 1)
        first = rng.choice(words.ES_FIRST_FEMALE if gender else words.ES_FIRST_MALE)
        surname = rng.choice(words.ES_SURNAMES)
        if rng.random() < 0.6:
            surname += " " + rng.choice(words.ES_SURNAMES)
        return f"{first} {surname}", first, gender
    first = rng.choice(words.EN_FIRST)
    return f"{first} {rng.choice(words.EN_SURNAMES)}", first, 0


def _contact_rows(
    rng: random.Random, clients: list[_Client], total: int, today: date
) -> list[tuple[Any, ...]]:
    weights = {Tier.KEY: 4.0, Tier.STANDARD: 3.0, Tier.PROSPECT: 2.0}
    counts = _allocate(rng, total, [weights[c.tier] for c in clients])
    rows, next_id = [], 1
    for c, count in zip(clients, counts, strict=True):
        names: set[str] = set()
        emails: set[str] = set()
        roles: set[int] = set()
        for position in range(count):
            lang = c.lang if position == 0 or rng.random() < 0.9 else rng.choice(("es", "en"))
            full, first, gender = _person(rng, lang)
            while full in names:
                full, first, gender = _person(rng, lang)
            names.add(full)
            # The primary contact decides; nobody else at the client has the same job.
            index = rng.randrange(words.DECISION_ROLES if position == 0 else len(words.EN_ROLES))
            while index in roles and len(roles) < len(words.EN_ROLES):
                index = rng.randrange(len(words.EN_ROLES))
            roles.add(index)
            if lang == "es" and c.lang == "es":
                role = words.ES_ROLES[index][gender]
            else:
                role = words.EN_ROLES[index]
            if lang == "es":
                phone = (
                    f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
                )
            else:
                phone = f"+44 7{rng.randint(100, 999)} {rng.randint(100_000, 999_999)}"
            given, family = _slug(first), _slug(full[len(first) :].split()[0])
            patterns = (f"{given}.{family}", f"{given[0]}{family}", given)
            local = rng.choices(patterns, weights=(6, 3, 1))[0]
            email, n = f"{local}@{c.domain}", 1
            while email in emails:
                n += 1
                email = f"{local}{n}@{c.domain}"
            emails.add(email)
            created = datetime.combine(
                today - timedelta(days=c.age_days - rng.randint(0, min(60, c.age_days - 1))),
                _clock(rng, 9, 17),
            )
            notes = "Prefers WhatsApp." if rng.random() < 0.05 else ""
            rows.append(
                (next_id, c.id, full, role, email, phone, position == 0, notes, created, created)
            )
            c.contacts.append((next_id, first))
            next_id += 1
    return rows


def _load_stages() -> list[_Stage]:
    cursor = database.execute_sql(
        "SELECT id, probability, outcome, rotting_days FROM stage ORDER BY position"
    )
    return [
        _Stage(int(stage_id), int(probability), str(outcome), rotting)
        for stage_id, probability, outcome, rotting in cursor.fetchall()
    ]


def _make_deals(
    rng: random.Random, clients: list[_Client], total: int, stages: list[_Stage], today: date
) -> list[_Deal]:
    open_shares = iter((0.18, 0.17, 0.15, 0.12))
    shares = [{"won": 0.23, "lost": 0.15}.get(s.outcome) or next(open_shares, 0.1) for s in stages]
    live = [c for c in clients if c.status != ClientStatus.CHURNED]
    customers = [c for c in clients if c.tier != Tier.PROSPECT]
    pools: dict[str, tuple[list[_Client], list[float]]] = {
        "open": (live, [{Tier.KEY: 4.0, Tier.STANDARD: 2.0}.get(c.tier, 1.5) for c in live]),
        "won": (customers, [3.0 if c.tier == Tier.KEY else 2.0 for c in customers]),
        "lost": (clients, [2.0 if c.status == ClientStatus.CHURNED else 1.0 for c in clients]),
    }
    kinds = list(DealKind)
    deals: list[_Deal] = []
    end_of_month = (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    for stage, count in zip(stages, _spread(total, shares), strict=True):
        population, weights = pools.get(stage.outcome, pools["open"])
        if not population or not count:
            continue
        for c in rng.choices(population, weights=weights, k=count):
            born = today - timedelta(days=c.age_days - 1)
            kind = DealKind.NEW_BUSINESS
            if c.tier != Tier.PROSPECT:
                kind = rng.choices(kinds, weights=(20, 30, 25, 25))[0]
            if stage.outcome == StageOutcome.OPEN:
                rot = stage.rotting_days or 30
                quiet = rot + rng.randint(2, 40) if rng.random() < 0.25 else rng.randint(1, rot - 1)
                active = _weekday_on_or_before(today - timedelta(days=quiet))
                created = max(born, active - timedelta(days=rng.randint(0, 90)))
                active, closed = max(active, created), None
                r = rng.random()
                if r < 0.1:
                    expected = today - timedelta(days=rng.randint(1, 20))  # slipped
                elif r < 0.45:
                    expected = today + timedelta(days=rng.randint(0, (end_of_month - today).days))
                elif r < 0.75:
                    expected = today + timedelta(days=rng.randint(1, 90))
                else:
                    expected = today + timedelta(days=rng.randint(91, 180))
            else:
                # A churned client's deals closed before it went quiet.
                earliest = c.last_touch_days if c.status == ClientStatus.CHURNED else 1
                latest = max(earliest, min(HISTORY_DAYS, c.age_days - 15))
                closed = _weekday_on_or_before(
                    today - timedelta(days=rng.randint(earliest, latest))
                )
                created = max(born, closed - timedelta(days=rng.randint(14, 150)))
                active, expected = closed, closed + timedelta(days=rng.randint(-15, 10))
            deal = _Deal(
                c, stage, kind, created, active, closed, expected,
                datetime.combine(active, _clock(rng, 9, 18)),
            )  # fmt: skip
            c.deals.append(deal)
            deals.append(deal)
            low, high = {Tier.KEY: (20_000, 250_000), Tier.STANDARD: (5_000, 90_000)}.get(
                c.tier, (5_000, 60_000)
            )
            if kind == DealKind.RENEWAL:
                high = max(low, int(high * 0.6))
            value = round(math.exp(rng.uniform(math.log(low), math.log(high))) / 500) * 500
            deal.value_minor = value * 100
            titles = words.DEAL_TITLES[str(kind)]
            if kind == DealKind.NEW_BUSINESS and c.tier != Tier.PROSPECT:
                titles = words.DEAL_TITLES["new_division"]
            taken = {d.title for d in c.deals}
            for _ in range(4):  # a client's deals read as different deals
                product = rng.choice(words.PRODUCTS)
                deal.title = rng.choice(titles).format(
                    client=c.name,
                    product=product[:1].upper() + product[1:],
                    seats=rng.choice((10, 20, 25, 50, 100)),
                    year=expected.year,
                )
                if deal.title not in taken:
                    break
            if stage.outcome == StageOutcome.OPEN and rng.random() < 0.15:
                shift = rng.choice((-15, -10, 10, 15))
                deal.probability = min(95, max(5, stage.probability + shift))
            if stage.outcome == StageOutcome.OPEN and rng.random() < 0.8:
                deal.next_step = rng.choice(words.NEXT_STEPS)
            if stage.outcome == StageOutcome.LOST:
                deal.lost_reason = rng.choice(words.LOST_REASONS)
    deals.sort(key=lambda d: d.created_on)  # stable: ties keep their drawing order
    for number, deal in enumerate(deals, start=1):
        deal.id = number
    return deals


_KINDS = list(InteractionKind)
_KIND_WEIGHTS = {  # call, meeting, email, note, presentation, meal
    Tier.PROSPECT: (35, 15, 35, 5, 8, 2),
    Tier.STANDARD: (30, 18, 30, 10, 5, 7),
    Tier.KEY: (28, 22, 26, 10, 6, 8),
}
_CSAT_KINDS = {InteractionKind.CALL, InteractionKind.MEETING, InteractionKind.PRESENTATION,
               InteractionKind.MEAL}  # fmt: skip


def _interaction_clock(rng: random.Random, kind: InteractionKind, summary: str, lang: str) -> time:
    if kind == InteractionKind.MEETING:
        return time(rng.choice((9, 10, 11, 12, 15, 16, 17)), rng.choice((0, 30)))
    if kind == InteractionKind.PRESENTATION:
        return time(rng.choice((10, 11, 16)), 0)
    if kind == InteractionKind.MEAL:
        if "dinner" in summary:
            return time(21, 0) if lang == "es" else time(19, 30)
        if summary.startswith("Coffee"):
            return time(rng.choice((9, 10, 16)), 30)
        return time(14, rng.choice((0, 30))) if lang == "es" else time(rng.choice((12, 13)), 0)
    if kind == InteractionKind.CALL:
        return time(rng.randint(9, 17), rng.randrange(0, 60, 5))
    return time(rng.randint(8, 18), rng.randint(0, 59))


def _make_interactions(
    rng: random.Random, clients: list[_Client], total: int, today: date
) -> list[_Interaction]:
    weights = [
        0.6
        if c.status == ClientStatus.CHURNED
        else {Tier.KEY: 5.0, Tier.STANDARD: 2.0}.get(c.tier, 1.2)
        for c in clients
    ]
    templates = {
        (kind, lang): [t for t in words.INTERACTIONS[kind] if t[2] in ("", lang)]
        for kind in words.INTERACTIONS
        for lang in ("es", "en")
    }
    happy, unhappy = (2, 5, 18, 40, 35), (20, 30, 30, 15, 5)
    made = []
    for c, count in zip(clients, _allocate(rng, total, weights), strict=True):
        horizon = max(c.last_touch_days, min(HISTORY_DAYS, c.age_days - 1))
        ages = [c.last_touch_days] + [
            rng.randint(c.last_touch_days, horizon) for _ in range(count - 1)
        ]
        kinds = rng.choices(_KINDS, weights=_KIND_WEIGHTS[c.tier], k=count)
        primary = c.contacts[0]
        previous: dict[InteractionKind, str] = {}
        for age, kind in zip(ages, kinds, strict=True):
            day = _weekday_on_or_before(today - timedelta(days=age))
            contact = None
            if kind != InteractionKind.NOTE or rng.random() < 0.5:
                contact = primary if rng.random() < 0.5 else rng.choice(c.contacts)
            summary, outcome, _ = rng.choice(templates[(str(kind), c.lang)])
            if summary == previous.get(kind):  # the same phrase twice in a row reads fake
                summary, outcome, _ = rng.choice(templates[(str(kind), c.lang)])
            previous[kind] = summary
            values = {
                "first": (contact or primary)[1],
                "client": c.name,
                "product": rng.choice(words.PRODUCTS),
            }
            deals = [d for d in c.deals if d.created_on <= day <= d.active_until]
            csat = None
            if kind in _CSAT_KINDS and rng.random() < 0.15:
                scores = unhappy if c.status == ClientStatus.CHURNED else happy
                csat = rng.choices((1, 2, 3, 4, 5), weights=scores)[0]
            made.append(
                _Interaction(
                    datetime.combine(day, _interaction_clock(rng, kind, summary, c.lang)),
                    c,
                    contact[0] if contact else None,
                    rng.choice(deals) if deals and rng.random() < 0.55 else None,
                    kind,
                    summary.format(**values),
                    outcome.format(**values),
                    csat,
                )
            )
    made.sort(key=lambda i: (i.occurred_at, i.client.id))
    for number, interaction in enumerate(made, start=1):
        interaction.id = number
        if interaction.csat is not None:
            interaction.client.satisfaction = interaction.csat
        if interaction.deal is not None:
            interaction.deal.updated_at = max(interaction.deal.updated_at, interaction.occurred_at)
    return made


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


def follow_up_title(summary: str) -> str:
    """The title log_interaction gives a follow-up task (services must not be imported here)."""
    text = " ".join(summary.split())
    if len(text) > FOLLOW_UP_TITLE_CHARS:
        text = text[: FOLLOW_UP_TITLE_CHARS - 1].rstrip() + "…"
    return f"Follow up: {text}"


def _follow_ups(
    rng: random.Random, interactions: list[_Interaction], count: int, today: date
) -> list[_Task]:
    """Give recent interactions a follow-up date and its linked task, done when long past."""
    pool: list[_Interaction] = []
    for window in (45, 120, HISTORY_DAYS * 2):
        pool = [
            i
            for i in interactions
            if i.kind != InteractionKind.NOTE and (today - i.occurred_at.date()).days <= window
        ]
        if len(pool) >= count:
            break
    tasks = []
    finished = _Deck(rng, ((True, 3), (False, 1)))  # a quarter of past follow-ups still open
    for i in sorted(rng.sample(pool, min(count, len(pool))), key=lambda i: i.id):
        due = _weekday_on_or_after(i.occurred_at.date() + timedelta(days=rng.randint(1, 10)))
        i.follow_up_on = due
        done = due < today and finished.draw()
        tasks.append(
            _Task(
                i.occurred_at,
                follow_up_title(i.summary),
                i.client,
                i.deal,
                i,
                due,
                TaskStatus.DONE if done else TaskStatus.OPEN,
                datetime.combine(due, _clock(rng)) if done else None,
            )
        )
    return tasks


def _standalone_tasks(
    rng: random.Random, clients: list[_Client], count: int, today: date
) -> list[_Task]:
    live = [c for c in clients if c.status != ClientStatus.CHURNED and not c.archived]
    weights = [{Tier.KEY: 4.0, Tier.STANDARD: 2.0}.get(c.tier, 1.0) for c in live]
    picks = iter(rng.choices(live, weights=weights, k=count))
    month = MONTHS[(today.month - 2) % 12]
    tasks: list[_Task] = []
    templates = _Deck(rng, [(template, 1) for template in words.TASKS])
    statuses = _Deck(rng, ((TaskStatus.OPEN, 15), (TaskStatus.DONE, 4), (TaskStatus.CANCELLED, 1)))
    when = _Deck(rng, (("overdue", 3), ("today", 4), ("soon", 12), ("someday", 1)))
    importance = _Deck(rng, ((Flag.AUTO, 7), (Flag.YES, 2), (Flag.NO, 1)))
    urgency = _Deck(rng, ((Flag.AUTO, 7), (Flag.YES, 2), (Flag.NO, 1)))
    delegable = 0
    for _ in range(count):
        template, needs_client, delegate = templates.draw()
        client = next(picks) if needs_client else None
        deal = None
        if client is not None and rng.random() < 0.4:
            open_deals = [d for d in client.deals if d.closed_on is None]
            deal = rng.choice(open_deals) if open_deals else None
        title = template.format(
            client=client.name if client else "",
            first=client.contacts[0][1] if client else "",
            month=month,
        )
        status = statuses.draw()
        due: date | None = None
        bucket = when.draw() if status == TaskStatus.OPEN else "past"
        if bucket == "past":
            due = today - timedelta(days=rng.randint(1, 20))
        elif bucket == "overdue":
            due = _weekday_on_or_before(today - timedelta(days=rng.randint(1, 10)))
        elif bucket == "today":
            due = today
        elif bucket == "soon":
            due = _weekday_on_or_after(today + timedelta(days=rng.randint(1, 14)))
        created_day = min(due or today, today) - timedelta(days=rng.randint(1, 21))
        created = datetime.combine(created_day, _clock(rng))
        completed = None
        if status == TaskStatus.DONE and due is not None:
            finished = min(today - timedelta(days=1), due + timedelta(days=rng.randint(-2, 1)))
            completed = datetime.combine(max(created_day, finished), _clock(rng))
            completed = max(completed, created + timedelta(minutes=rng.randint(20, 90)))
        task = _Task(
            created, title, client, deal, None, due, status,
            completed, rng.choice(words.TASK_NOTES), rng.choice((15, 30, 30, 45, 60, 90, 120)),
            importance.draw(), urgency.draw(),
        )  # fmt: skip
        if delegate and status == TaskStatus.OPEN:
            delegable += 1
        if delegate and status == TaskStatus.OPEN and delegable % 3 == 1:
            task.delegated_to = delegate
            task.urgency, task.importance = Flag.YES, rng.choice((Flag.NO, Flag.AUTO))
        tasks.append(task)
    return tasks


_Block = tuple[str, str, str, BlockKind, bool, "_Client | None", "_Task | None"]


def _day_blocks(
    rng: random.Random, weekday: int, keys: list[_Client], focus: list[_Task]
) -> list[_Block]:
    """One working day's time blocks in fixed slots, so they never overlap."""
    blocks: list[_Block] = []

    def add(
        start: str,
        end: str,
        title: str,
        kind: BlockKind,
        fixed: bool = False,
        client: _Client | None = None,
        task: _Task | None = None,
    ) -> None:
        blocks.append((start, end, title, kind, fixed, client, task))

    add("08:30", "09:00", "Inbox and CRM update", BlockKind.ADMIN)
    if weekday == 0:
        add("09:00", "10:00", "Team pipeline review", BlockKind.MEETING, fixed=True)
    elif focus and rng.random() < 0.7:
        task = rng.choice(focus)
        add("09:00", "10:30", f"Focus: {task.title}", BlockKind.FOCUS, False, task.client, task)
    else:
        add("09:00", "10:30", "Focus: account plans", BlockKind.FOCUS)
    if rng.random() < 0.6:
        c = rng.choice(keys)
        pattern = rng.choice(("{} – QBR", "Demo for {}", "{} – steering meeting"))
        add("10:45", "11:45", pattern.format(c.name), BlockKind.MEETING, True, c)
    else:
        add("10:45", "11:45", "Call block: follow-ups", BlockKind.CALLS)
    late_morning = rng.choice(("prospecting", "calls", "proposal", ""))
    if late_morning == "prospecting":
        add("12:00", "13:00", "Prospecting calls", BlockKind.PROSPECTING)
    elif late_morning == "calls":
        add("12:00", "13:00", "Call block: follow-ups", BlockKind.CALLS)
    elif late_morning == "proposal":
        c = rng.choice(keys)
        add("12:00", "13:00", f"Prepare proposal for {c.name}", BlockKind.CLIENT_WORK, False, c)
    add("13:30", "14:30", "Lunch", BlockKind.BREAK)
    r = rng.random()
    if r < 0.4:
        c = rng.choice(keys)
        add("14:30", "16:00", f"On-site visit: {c.name}", BlockKind.MEETING, True, c)
    elif r < 0.8:
        c = rng.choice(keys)
        add("14:30", "16:00", f"Account plan: {c.name}", BlockKind.CLIENT_WORK, False, c)
    if weekday == 3:
        add("16:15", "17:00", "1:1 with my manager", BlockKind.MEETING, fixed=True)
    elif weekday == 4:
        add("16:15", "17:00", "Weekly report to my manager", BlockKind.ADMIN)
    elif rng.random() < 0.6:
        add("16:15", "17:00", "Prospecting: LinkedIn outreach", BlockKind.PROSPECTING)
    add("17:30", "18:00", "Plan next week" if weekday == 4 else "Plan tomorrow", BlockKind.ADMIN)
    return blocks


def _time_blocks(
    rng: random.Random, clients: list[_Client], tasks: list[_Task], today: date
) -> list[tuple[Any, ...]]:
    """Monday to Friday of today's ISO week; the days before today are done."""
    live = [c for c in clients if c.status != ClientStatus.CHURNED and not c.neglected]
    keys = [c for c in live if c.tier == Tier.KEY] or live or clients
    focus = [
        t
        for t in tasks
        if t.status == TaskStatus.OPEN and t.client and not t.interaction and not t.delegated_to
    ]
    monday = today - timedelta(days=today.weekday())
    rows = []
    for weekday in range(5):
        day = monday + timedelta(days=weekday)
        for start, end, title, kind, fixed, client, task in _day_blocks(rng, weekday, keys, focus):
            rows.append((
                day, start, end, title, str(kind), task.id if task else None,
                client.id if client else None, fixed, day < today,
            ))  # fmt: skip
    return rows


def _quota_rows(deals: list[_Deal], today: date) -> list[tuple[Any, ...]]:
    """Monthly and quarterly quotas for this year, pitched a little above the recent win rate."""
    since = today - timedelta(days=HISTORY_DAYS)
    won = sum(
        d.value_minor
        for d in deals
        if d.stage.outcome == StageOutcome.WON and d.closed_on and d.closed_on >= since
    )
    step = 5_000 * 100
    monthly = max(step * 2, round(won / 6 * 1.15 / step) * step)
    rows: list[tuple[Any, ...]] = [
        (str(PeriodKind.MONTH), date(today.year, month, 1), monthly, "EUR")
        for month in range(1, 13)
    ]
    rows += [
        (str(PeriodKind.QUARTER), date(today.year, month, 1), monthly * 3, "EUR")
        for month in (1, 4, 7, 10)
    ]
    return rows


def _insert(model: type[BaseModel], fields: Sequence[Field], rows: list[tuple[Any, ...]]) -> None:
    for batch in chunked(rows, CHUNK_ROWS):
        model.insert_many(batch, fields=list(fields)).execute()


def _refuse_unless_empty() -> None:
    counts = {label: model.select().count() for label, model in _CHECKED}
    if any(counts.values()):
        raise DatabaseNotEmptyError(counts)


def generate(size: str = "small", seed: int = 7, *, today: date) -> dict[str, int]:
    """Fill the empty, open database with sample data in one transaction; return row counts.

    Raises DatabaseNotEmptyError, writing nothing, when it already holds clients, deals,
    tasks, interactions or time blocks. Same size, seed and today: the same rows.
    """
    if size not in SIZES:
        raise ValueError(f"Unknown sample size {size!r}; choose one of {', '.join(SIZES)}.")
    plan, rng = SIZES[size], random.Random(seed)
    with database.atomic():
        _refuse_unless_empty()
        clients = _make_clients(rng, plan, today)
        contacts = _contact_rows(rng, clients, plan.contacts, today)
        deals = _make_deals(rng, clients, plan.deals, _load_stages(), today)
        interactions = _make_interactions(rng, clients, plan.interactions, today)
        tasks = _follow_ups(rng, interactions, plan.follow_ups, today)
        tasks += _standalone_tasks(rng, clients, plan.tasks - len(tasks), today)
        tasks.sort(key=lambda t: t.created_at)
        for number, task in enumerate(tasks, start=1):
            task.id = number
        blocks = _time_blocks(rng, clients, tasks, today)
        quotas = _quota_rows(deals, today)

        _insert(Client, [
            Client.id, Client.name, Client.industry, Client.tier, Client.status,
            Client.potential_revenue_minor, Client.cadence_days, Client.website, Client.phone,
            Client.address, Client.notes, Client.archived, Client.satisfaction,
            Client.created_at, Client.updated_at,
        ], _client_rows(rng, clients, today))  # fmt: skip
        _insert(Contact, [
            Contact.id, Contact.client, Contact.name, Contact.role, Contact.email, Contact.phone,
            Contact.is_primary, Contact.notes, Contact.created_at, Contact.updated_at,
        ], contacts)  # fmt: skip
        _insert(Deal, [
            Deal.id, Deal.client, Deal.title, Deal.value_minor, Deal.currency, Deal.kind,
            Deal.stage, Deal.probability, Deal.expected_close, Deal.next_step, Deal.created_on,
            Deal.closed_on, Deal.lost_reason, Deal.updated_at,
        ], [
            (d.id, d.client.id, d.title, d.value_minor, "EUR", str(d.kind), d.stage.id,
             d.probability, d.expected_close, d.next_step, d.created_on, d.closed_on,
             d.lost_reason, d.updated_at)
            for d in deals
        ])  # fmt: skip
        _insert(Interaction, [
            Interaction.id, Interaction.client, Interaction.contact, Interaction.deal,
            Interaction.kind, Interaction.occurred_at, Interaction.summary, Interaction.outcome,
            Interaction.follow_up_on, Interaction.csat, Interaction.created_at,
        ], [
            (i.id, i.client.id, i.contact_id, i.deal.id if i.deal else None, str(i.kind),
             i.occurred_at, i.summary, i.outcome, i.follow_up_on, i.csat, i.occurred_at)
            for i in interactions
        ])  # fmt: skip
        _insert(Task, [
            Task.id, Task.title, Task.notes, Task.client, Task.deal, Task.interaction,
            Task.due_on, Task.estimate_minutes, Task.importance, Task.urgency, Task.status,
            Task.delegated_to, Task.created_at, Task.completed_at,
        ], [
            (t.id, t.title, t.notes, t.client.id if t.client else None,
             t.deal.id if t.deal else None, t.interaction.id if t.interaction else None,
             t.due_on, t.estimate_minutes, str(t.importance), str(t.urgency), str(t.status),
             t.delegated_to, t.created_at, t.completed_at)
            for t in tasks
        ])  # fmt: skip
        _insert(TimeBlock, [
            TimeBlock.date, TimeBlock.start, TimeBlock.end, TimeBlock.title, TimeBlock.kind,
            TimeBlock.task, TimeBlock.client, TimeBlock.fixed, TimeBlock.done,
        ], blocks)  # fmt: skip
        quotas_before = Quota.select().count()
        Quota.insert_many(
            quotas,
            fields=[Quota.period_kind, Quota.period_start, Quota.amount_minor, Quota.currency],
        ).on_conflict_ignore().execute()  # quotas the user already set are kept
        Setting.insert(
            key="ae_name", value=json.dumps(AE_NAME, ensure_ascii=False)
        ).on_conflict_ignore().execute()
        return {
            "clients": len(clients),
            "contacts": len(contacts),
            "interactions": len(interactions),
            "deals": len(deals),
            "tasks": len(tasks),
            "time blocks": len(blocks),
            "quotas": Quota.select().count() - quotas_before,
        }
