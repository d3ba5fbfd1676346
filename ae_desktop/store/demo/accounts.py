"""Clients and their contacts: names, tiers, statuses, addresses, roles and e-mails."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from typing import Any

from ae_desktop.domain.cadence import effective_cadence
from ae_desktop.domain.enums import ClientStatus, DealKind, Tier
from ae_desktop.domain.text import fold
from ae_desktop.store.demo import names as words
from ae_desktop.store.demo import phrases, places, profiles
from ae_desktop.store.demo.common import (
    _allocate,
    _clock,
    _weekday_on_or_after,
    _weekday_on_or_before,
)
from ae_desktop.store.demo.records import _Client
from ae_desktop.store.demo.sizes import Size


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


# Sectors by whether the city is on the coast: boats need one.
_EN_SECTORS = {
    coastal: [s for s in words.EN_SECTORS if coastal or s[1] != "Marine"]
    for coastal in (False, True)
}
_ES_PREFIXES = {
    coastal: [p for p in words.ES_PREFIXES if coastal or p[1] != "Marine"]
    for coastal in (False, True)
}


def _name_parts(rng: random.Random, city: places.City) -> tuple[str, str, str]:
    """(name without suffix, industry, suffix) of a company in *city*, in its language."""
    regional = [w for w in city.regions if w not in words.NOT_BRANDS]
    if city.lang == "en":
        sector, industry, partners = rng.choice(_EN_SECTORS[city.coastal])
        r = rng.random()
        if partners and r < 0.35:
            first, second = rng.sample(words.EN_FOUNDERS, 2)
            base = f"{first} & {second} {sector}"
        elif r < 0.6:
            base = f"{rng.choice(words.EN_FOUNDERS)} {sector}"
        elif regional and r < 0.75:
            base = f"{rng.choice(regional)} {sector}"
        else:
            base = f"{rng.choice(words.EN_BRANDS)} {sector}"
        if partners:  # firms of partners: "Ashworth & Lowe Legal LLP", never "& Co." twice
            return base, industry, rng.choice(("", " LLP", " LLP", " Ltd"))
        suffix = rng.choice(words.EN_SUFFIXES)
        if base.endswith(("Co.", "Group")):  # "Brewing Co.", "Property Group" say it already
            suffix = ""
        return base, industry, suffix
    prefix, industry, family, partners = rng.choice(_ES_PREFIXES[city.coastal])
    surname = rng.choice(words.ES_FOUNDERS)
    r = rng.random()
    if family and r < 0.15:
        base = f"{prefix} Hermanos {surname}"
    elif family and r < 0.25:
        base = f"{prefix} {surname} e Hijos"
    elif partners and r < 0.4:
        base = f"{prefix} {surname} y Asociados"
    elif r < 0.5:
        base = f"{prefix} {surname}"
    elif regional and r < 0.7:
        base = f"{prefix} {rng.choice(regional)}"
    else:
        base = f"{prefix} {rng.choice(words.ES_BRANDS)}"
    return base, industry, rng.choice(words.ES_SUFFIXES)


def _company(rng: random.Random, taken: set[str]) -> tuple[str, str, str, str, str]:
    """A new company, unique case-insensitively: (name, industry, language, domain, city)."""
    lang = "en" if rng.random() < 0.5 else "es"
    city = places.pick_city(rng, lang)
    for attempt in range(12):
        base, industry, suffix = _name_parts(rng, city)
        if attempt == 11:  # the name parts are running out: the city tells them apart
            base += f" {city.name}" if lang == "en" else f" de {city.name}"
        if base.casefold() not in taken:
            break
    else:
        base, industry, suffix = f"{base} {city.name} {len(taken)}", industry, ""
    taken.add(base.casefold())
    if lang == "en":
        tld = ".co.uk" if rng.random() < 0.7 else ".com"
    else:
        tld = ".es" if rng.random() < 0.85 else ".com"
    return base + suffix, industry, lang, _slug(base)[:40] + tld, city.name


def _make_clients(rng: random.Random, size: Size, today: date) -> list[_Client]:
    taken = {entry[0].casefold() for entry in words.CURATED_CLIENTS}
    clients = []
    for number in range(1, size.clients + 1):
        if number <= len(words.CURATED_CLIENTS):
            name, industry, lang, domain, tier, city = words.CURATED_CLIENTS[number - 1]
        else:
            name, industry, lang, domain, city = _company(rng, taken)
            tier = rng.choices(("key", "standard", "prospect"), weights=(10, 50, 40))[0]
        client = _Client(number, name, industry, lang, domain, Tier(tier), city)
        profile = profiles.INDUSTRIES[industry]
        low, high = {Tier.KEY: (8, 60), Tier.STANDARD: (3, 25)}.get(client.tier, (2, 30))
        client.sites = rng.randint(low, high)
        client.owned = rng.choices(
            profile.products, weights=range(len(profile.products) + 1, 1, -1)
        )[0]
        client.competitor = rng.choice(profiles.COMPETITORS)
        client.fiscal_month = rng.choice((1, 1, 1, 4, 7, 10))
        clients.append(client)

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


def _article(product: profiles.Product, preposition: str = "") -> str:
    """'el módulo ...', 'del módulo ...', 'la app móvil', 'de la app móvil'."""
    article = "la" if product.es_feminine else "el"
    if preposition:
        article = f"{preposition} la" if product.es_feminine else preposition + "l"
    return f"{article} {product.es}"


def _pick(rng: random.Random, options: tuple[str, ...], values: dict[str, Any]) -> str:
    return rng.choice(options).format(**values)


def _client_notes(rng: random.Random, c: _Client, today: date) -> str:
    """What the AE knows about the account: scale, who decides, the budget cycle, where it
    stands, and a habit now and then; in the client's language."""
    lang, profile = c.lang, profiles.INDUSTRIES[c.industry]
    text, months = phrases.NOTES[lang], phrases.MONTHS[lang]
    index = 0 if lang == "en" else 1
    owned = profiles.PRODUCTS[c.owned]
    pain = rng.choice(profiles.PAINS[profile.group][lang])
    renewal = next(
        (d.expected_close for d in c.deals if d.kind == DealKind.RENEWAL and not d.closed_on),
        None,
    )
    values: dict[str, Any] = {
        "n": c.sites,
        "sites": profile.sites[index],
        "city": c.city,
        "dm": c.decision_maker[0],
        "dm_role": c.decision_maker[1],
        "k": rng.randrange(20, 110, 10),
        "fy": months[c.fiscal_month - 1],
        "budget": months[(c.fiscal_month - 3) % 12],
        "owned": owned.en,
        "el_owned": _article(owned),
        "used": rng.randint(max(2, c.sites // 3), max(2, c.sites - 1)),
        "since": (today - timedelta(days=c.age_days)).year,
        "renewal": months[renewal.month - 1 if renewal else rng.randrange(12)],
        "incumbent": rng.choice(profiles.INCUMBENTS[lang]),
        "pain": pain.format(staff=profile.staff[index], sites=profile.sites[index]),
        "competitor": c.competitor,
        "left": months[(today - timedelta(days=c.last_touch_days)).month - 1],
    }
    parts = [
        _pick(rng, text["scale"], values),
        _pick(rng, text["decides"], values),
        _pick(rng, text["budget"], values),
    ]
    if c.status == ClientStatus.CHURNED:
        parts.append(_pick(rng, text["churned"], values))
    elif c.tier == Tier.PROSPECT:
        parts.append(_pick(rng, text["prospect"], values))
    else:
        parts.append(_pick(rng, text["customer"], values))
        if c.tier == Tier.KEY:
            parts.append(_pick(rng, text["key"], values))
    parts.append(rng.choice(text["habit"]))
    return " ".join(part for part in parts if part)


def _churned_on(c: _Client, today: date) -> date | None:
    """The working day after a churned client's last interaction (the log's newest is
    last_touch_days back, moved off a weekend): when the AE marked it churned."""
    if c.status != ClientStatus.CHURNED:
        return None
    last = _weekday_on_or_before(today - timedelta(days=c.last_touch_days))
    return _weekday_on_or_after(last + timedelta(days=1))


def _client_rows(rng: random.Random, clients: list[_Client], today: date) -> list[tuple[Any, ...]]:
    rows = []
    revenue = {Tier.KEY: (200_000, 2_000_000), Tier.STANDARD: (20_000, 300_000)}
    for c in clients:
        low, high = revenue.get(c.tier, (10_000, 500_000))
        created = datetime.combine(today - timedelta(days=c.age_days), _clock(rng, 9, 17))
        updated = max(
            created, datetime.combine(today - timedelta(days=rng.randint(1, 90)), _clock(rng))
        )
        churned_on = _churned_on(c, today)
        if churned_on is not None:  # marking it churned updated it (no draw: the rest stays)
            updated = max(updated, datetime.combine(churned_on, updated.time()))
        city = places.CITIES[c.city]
        group = profiles.INDUSTRIES[c.industry].group
        address = places.address(rng, city, industrial=group in ("logistics", "industry"))
        rows.append((
            c.id, c.name, c.industry, str(c.tier), str(c.status),
            rng.randrange(low, high + 1, 5_000) * 100, c.cadence_days, f"https://www.{c.domain}",
            places.landline(rng, city), address, _client_notes(rng, c, today), c.archived,
            c.satisfaction, created, updated, churned_on,
        ))  # fmt: skip
    return rows


def _person(rng: random.Random, lang: str) -> tuple[str, str, int]:
    """(full name, first name, index into the role lists' gender: 0 masculine, 1 feminine)."""
    if lang == "es":
        gender = rng.randint(0, 1)
        first = rng.choice(words.ES_FIRST_FEMALE if gender else words.ES_FIRST_MALE)
        surname = rng.choice(words.ES_FOUNDERS)
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
            notes = ""
            if rng.random() < 0.05:
                notes = "Prefiere WhatsApp." if c.lang == "es" else "Prefers WhatsApp."
            rows.append(
                (next_id, c.id, full, role, email, phone, position == 0, notes, created, created)
            )
            c.contacts.append((next_id, first))
            if position == 0:
                c.decision_maker = (full, role)
            next_id += 1
    return rows
