"""The pipeline: stages read from the database, deals across them, and this year's quotas."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta
from typing import Any

from ae_desktop.domain.enums import ClientStatus, DealKind, PeriodKind, StageOutcome, Tier
from ae_desktop.store.demo import phrases, profiles
from ae_desktop.store.demo.common import (
    HISTORY_DAYS,
    _clock,
    _spread,
    _weekday_on_or_before,
)
from ae_desktop.store.demo.records import _Client, _Deal, _Stage
from ae_desktop.store.models import database


def _load_stages() -> list[_Stage]:
    cursor = database.execute_sql(
        "SELECT id, probability, outcome, rotting_days FROM stage ORDER BY position"
    )
    return [
        _Stage(int(stage_id), int(probability), str(outcome), rotting)
        for stage_id, probability, outcome, rotting in cursor.fetchall()
    ]


def _product_words(key: str) -> dict[str, str]:
    product = profiles.PRODUCTS[key]
    feminine = product.es_feminine
    return {
        "product": product.en,
        "Product": product.en[:1].upper() + product.en[1:],
        "el_product": ("la " if feminine else "el ") + product.es,
        "del_product": ("de la " if feminine else "del ") + product.es,
    }


def _describe(rng: random.Random, deal: _Deal) -> None:
    """The deal's title and how the log calls it, for a product that fits the client."""
    c = deal.client
    profile = profiles.INDUSTRIES[c.industry]
    variants = phrases.DEALS[str(deal.kind)]
    if deal.kind == DealKind.NEW_BUSINESS:
        if c.tier != Tier.PROSPECT:
            variants = phrases.DEALS["new_division"]
        candidates = list(profile.products)
    elif deal.kind == DealKind.CROSS_SELL:
        candidates = [p for p in profile.products if p != c.owned]
    else:
        candidates = [c.owned]
    taken = {d.title for d in c.deals if d is not deal}
    for _ in range(4):  # a client's deals read as different deals
        key = rng.choice(candidates)
        product = _product_words(key)
        en_title, en_topic, es_title, es_topic = rng.choice(variants)
        values = {
            **product,
            "client": c.name,
            "seats": rng.choice((10, 20, 25, 50, 100)),
            "more": rng.randint(2, max(2, c.sites // 2)),
            "sites": profile.sites[0 if c.lang == "en" else 1],
            "year": deal.expected_close.year,
        }
        if c.lang == "es":
            values["Product"] = (
                profiles.PRODUCTS[key].es[:1].upper() + profiles.PRODUCTS[key].es[1:]
            )
            deal.title, deal.topic = es_title.format(**values), es_topic.format(**values)
        else:
            deal.title, deal.topic = en_title.format(**values), en_topic.format(**values)
        deal.product = key
        if deal.title not in taken:
            break


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
    open_index = {s.id: n for n, s in enumerate(s for s in stages if s.outcome == "open")}
    deals: list[_Deal] = []
    # Days ago of the first deals' closes (the rest close over the months before).
    recent = {StageOutcome.WON: [3, 1], StageOutcome.LOST: [2], StageOutcome.OPEN: []}
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
                soon = recent[StageOutcome(stage.outcome)]
                if soon and c.status != ClientStatus.CHURNED and c.age_days > 30:
                    # A few closed in the last days, so this week's report has wins to show.
                    closed = _weekday_on_or_before(today - timedelta(days=soon.pop(0)))
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
            _describe(rng, deal)
            if stage.outcome == StageOutcome.OPEN and rng.random() < 0.15:
                shift = rng.choice((-15, -10, 10, 15))
                deal.probability = min(95, max(5, stage.probability + shift))
            if stage.outcome == StageOutcome.OPEN:
                deal.stage_index = open_index[stage.id]
                if rng.random() < 0.8:
                    book = phrases.RENEWAL_STEPS if kind == DealKind.RENEWAL else phrases.NEXT_STEPS
                    steps = book[c.lang][min(deal.stage_index, 3)]
                    deal.next_step = rng.choice(steps)
            elif stage.outcome == StageOutcome.WON:
                deal.stage_index = 3
            else:
                deal.stage_index = rng.randint(0, 3)
                deal.lost_reason_index = rng.randrange(len(phrases.LOST_REASONS))
                reason = phrases.LOST_REASONS[deal.lost_reason_index]
                deal.lost_reason = reason[0] if c.lang == "en" else reason[1]
    deals.sort(key=lambda d: d.created_on)  # stable: ties keep their drawing order
    for number, deal in enumerate(deals, start=1):
        deal.id = number
    return deals


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
