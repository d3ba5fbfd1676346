"""Clients and their contacts: names, tiers, statuses, addresses, roles and e-mails."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from typing import Any

from ae_desktop.domain.cadence import effective_cadence
from ae_desktop.domain.enums import ClientStatus, Tier
from ae_desktop.domain.text import fold
from ae_desktop.store.demo import names as words
from ae_desktop.store.demo.common import _allocate, _clock
from ae_desktop.store.demo.records import _Client
from ae_desktop.store.demo.sizes import Size


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
