"""The activity log: six months of interactions."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from ae_desktop.domain.enums import (
    ClientStatus,
    DealKind,
    InteractionKind,
    StageOutcome,
    Tier,
)
from ae_desktop.store.demo import log_templates, phrases, profiles
from ae_desktop.store.demo.common import (
    HISTORY_DAYS,
    _allocate,
    _weekday_on_or_before,
)
from ae_desktop.store.demo.records import _Client, _Deal, _Interaction

_KINDS = list(InteractionKind)
_KIND_WEIGHTS = {  # call, meeting, email, note, presentation, meal
    Tier.PROSPECT: (35, 15, 35, 5, 8, 2),
    Tier.STANDARD: (30, 18, 30, 10, 5, 7),
    Tier.KEY: (28, 22, 26, 10, 6, 8),
}
# Satisfaction is asked after a conversation with a customer, and not after every one.
_CSAT_KINDS = {InteractionKind.CALL, InteractionKind.MEETING, InteractionKind.PRESENTATION}
_CSAT_SHARE = 0.2
_HAPPY, _MIXED, _UNHAPPY = (2, 5, 18, 40, 35), (10, 25, 35, 20, 10), (20, 30, 30, 15, 5)
# An open deal's stage (Lead, Qualified, Proposal, Negotiation) and what was being discussed.
_DEAL_PHASES = ("qualify", "qualify", "propose", "negotiate")


def _interaction_clock(rng: random.Random, kind: InteractionKind, summary: str, lang: str) -> time:
    if kind == InteractionKind.MEETING:
        return time(rng.choice((9, 10, 11, 12, 15, 16, 17)), rng.choice((0, 30)))
    if kind == InteractionKind.PRESENTATION:
        return time(rng.choice((10, 11, 16)), 0)
    if kind == InteractionKind.MEAL:
        text = summary.casefold()
        if "dinner" in text or "cena" in text:
            return time(21, 0) if lang == "es" else time(19, 30)
        if text.startswith(("coffee", "café")):
            return time(rng.choice((9, 10, 16)), 30)
        return time(14, rng.choice((0, 30))) if lang == "es" else time(rng.choice((12, 13)), 0)
    if kind == InteractionKind.CALL:
        return time(rng.randint(9, 17), rng.randrange(0, 60, 5))
    return time(rng.randint(8, 18), rng.randint(0, 59))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with(preposition: str, phrase: str) -> str:
    """Spanish 'de'/'a' before a phrase with its article: 'del piloto', 'a la renovación'."""
    head, _, rest = phrase.partition(" ")
    if head == "el":
        return ("del " if preposition == "de" else "al ") + rest
    return f"{preposition} {phrase}"


def _product_values(key: str, lang: str, prefix: str) -> dict[str, str]:
    """{product}, {el_product}, {del_product} (or owned) in the client's language."""
    product = profiles.PRODUCTS[key]
    if lang == "en":
        return {prefix: product.en, f"el_{prefix}": product.en, f"del_{prefix}": product.en}
    article = "la" if product.es_feminine else "el"
    return {
        prefix: product.es,
        f"el_{prefix}": f"{article} {product.es}",
        f"del_{prefix}": _with("de", f"{article} {product.es}"),
    }


class _Writer:
    """Writes one client's log entries: its words, no entry said twice."""

    def __init__(self, rng: random.Random, client: _Client) -> None:
        self.rng, self.client, self.lang = rng, client, client.lang
        profile = profiles.INDUSTRIES[client.industry]
        index = 0 if client.lang == "en" else 1
        self.group = profile.group
        self.products = list(profile.products)
        words = {
            "sites": profile.sites[index],
            "team": profile.team[index],
            "staff": profile.staff[index],
        }
        pain = rng.choice(profiles.PAINS[profile.group][self.lang]).format(**words)
        news = rng.choice(profiles.NEWS[profile.group][self.lang]).format(**words)
        self.fixed: dict[str, Any] = {
            **words,
            **_product_values(client.owned, self.lang, "owned"),
            "client": client.name,
            "dm": client.decision_maker[0],
            "dm_role": client.decision_maker[1],
            "boss": client.decision_maker[0],
            "n": client.sites,
            "competitor": client.competitor,
            "pain": pain,
            "Pain": _capital(pain),
            "news": news,
            "expansion": rng.choice(phrases.EXPANSIONS[self.lang]),
            "budget_month": phrases.MONTHS[self.lang][(client.fiscal_month - 3) % 12],
        }
        self.summaries: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()

    def _values(self, day: date, deal: _Deal | None, first: str, phase: str) -> dict[str, Any]:
        rng, months = self.rng, phrases.MONTHS[self.lang]
        if deal is not None:
            product = deal.product
        else:  # what to offer next: not what they already run
            offers = [p for p in self.products if p != self.client.owned] or self.products
            product = rng.choice(offers)
        topic = deal.topic if deal is not None else ""
        pct = rng.randint(8, 35)
        win = rng.choice(profiles.WINS[self.group][self.lang]).format(pct=pct, **self.fixed)
        values = {
            **self.fixed,
            **_product_values(product, self.lang, "product"),
            "first": first,
            "topic": topic,
            "Topic": _capital(topic),
            "del_topic": _with("de", topic),
            "al_topic": _with("a", topic),
            "month": months[(day + timedelta(days=rng.randint(25, 70))).month - 1],
            "month_prev": months[(day.replace(day=1) - timedelta(days=1)).month - 1],
            "close_month": months[(deal.expected_close if deal else day).month - 1],
            "pct": pct,
            "win": win,
            "Win": _capital(win),
            "n2": rng.randint(12, 60),
            "scope": rng.randint(2, max(2, self.client.sites)),
            "year": deal.expected_close.year if deal is not None else day.year,
        }
        if phase == "lost" and deal is not None:
            reason = phrases.LOST_REASONS[max(0, deal.lost_reason_index)]
            values["lost_outcome"] = reason[2] if self.lang == "en" else reason[3]
        return values

    def _draft(
        self, phase: str, kind: InteractionKind, template: tuple[str, str], day: date,
        deal: _Deal | None,
    ) -> tuple[int | None, str, str]:  # fmt: skip
        rng, c = self.rng, self.client
        contact = None
        if kind != InteractionKind.NOTE or rng.random() < 0.5:
            contact = c.contacts[0] if rng.random() < 0.5 else rng.choice(c.contacts)
        values = self._values(day, deal, (contact or c.contacts[0])[1], phase)
        if contact is c.contacts[0]:  # talking to the decision maker: "shared with the board"
            values["boss"] = "the board" if self.lang == "en" else "el comité de dirección"
        summary = template[0].format_map(values)
        if phase == "lost":
            outcome = values["lost_outcome"].format_map(values)
        else:
            outcome = template[1].format_map(values)
        return (contact[0] if contact else None), summary, outcome

    def write(
        self, phase: str, kind: InteractionKind, day: date, deal: _Deal | None
    ) -> tuple[InteractionKind, int | None, str, str]:
        """(kind, contact id, summary, outcome): a sentence not yet in this client's log.

        A few draws of the planned kind first; when those are spent, every template of the
        phase in turn (another kind of contact that day); a repeat only when all are used.
        """
        rng = self.rng
        templates = log_templates.TEMPLATES[phase][self.lang]
        draft = (kind, *self._draft(phase, kind, rng.choice(templates[kind]), day, deal))
        if draft[2] in self.summaries:
            options = [(kind, t) for _ in range(4) for t in templates[kind]]
            others = [(InteractionKind(k), t) for k in sorted(templates) for t in templates[k]]
            options += rng.sample(others, len(others))
            fallback = None
            for option_kind, template in options:
                attempt = (option_kind, *self._draft(phase, option_kind, template, day, deal))
                if attempt[2] not in self.summaries:
                    draft = attempt
                    break
                if fallback is None and (attempt[2], attempt[3]) not in self.pairs:
                    fallback = attempt
            else:
                draft = fallback or draft
        self.summaries.add(draft[2])
        self.pairs.add((draft[2], draft[3]))
        return draft


def _phase(c: _Client, deal: _Deal | None, day: date, position: int, last: bool, late: bool) -> str:
    """What the interaction was about: the deal's stage on that day, or the account's state."""
    if deal is not None:
        if deal.closed_on is not None and last:
            return "won" if deal.stage.outcome == StageOutcome.WON else "lost"
        span = max(1, (deal.active_until - deal.created_on).days)
        share = (day - deal.created_on).days / span
        phase = _DEAL_PHASES[min(deal.stage_index, int(share * (deal.stage_index + 1)))]
        if deal.kind == DealKind.RENEWAL and phase != "negotiate":
            return "renew"
        return phase
    if c.status == ClientStatus.PROSPECT:
        if any(d.created_on <= day for d in c.deals):
            return "nurture"  # past discovery: a deal has been on the table
        return "opening" if position < 2 else "prospecting"
    if c.status == ClientStatus.CHURNED and late:
        return "churn"
    return "account"


def _make_interactions(
    rng: random.Random, clients: list[_Client], total: int, today: date
) -> list[_Interaction]:
    weights = [
        0.6
        if c.status == ClientStatus.CHURNED
        else {Tier.KEY: 5.0, Tier.STANDARD: 2.0}.get(c.tier, 1.2)
        for c in clients
    ]
    made = []
    for c, count in zip(clients, _allocate(rng, total, weights), strict=True):
        horizon = max(c.last_touch_days, min(HISTORY_DAYS, c.age_days - 1))
        ages = [c.last_touch_days] + [
            rng.randint(c.last_touch_days, horizon) for _ in range(count - 1)
        ]
        ages.sort(reverse=True)  # oldest first: the story of the account in order
        kinds = rng.choices(_KINDS, weights=_KIND_WEIGHTS[c.tier], k=count)
        # A prospect's talks are about its deal while there is one; a customer's also about
        # running the account.
        link = 1.0 if c.status == ClientStatus.PROSPECT else 0.55
        plan: list[tuple[date, InteractionKind, _Deal | None]] = []
        last_of: dict[_Deal, int] = {}
        for age, kind in zip(ages, kinds, strict=True):
            day = _weekday_on_or_before(today - timedelta(days=age))
            deals = [d for d in c.deals if d.created_on <= day <= d.active_until]
            deal = rng.choice(deals) if deals and rng.random() < link else None
            if deal is not None:
                last_of[deal] = len(plan)
            plan.append((day, kind, deal))
        writer = _Writer(rng, c)
        late_from = int(count * 0.6)  # a churned client's last 40 %: on its way out
        previous: datetime | None = None
        for position, (day, planned, deal) in enumerate(plan):
            last = deal is not None and last_of[deal] == position
            phase = _phase(c, deal, day, position, last, position >= late_from)
            kind, contact_id, summary, outcome = writer.write(phase, planned, day, deal)
            csat = None
            if (
                c.status != ClientStatus.PROSPECT
                and kind in _CSAT_KINDS
                and rng.random() < _CSAT_SHARE
            ):
                scores = _HAPPY
                if c.status == ClientStatus.CHURNED:
                    scores = _UNHAPPY
                elif phase == "lost":
                    scores = _MIXED
                csat = rng.choices((1, 2, 3, 4, 5), weights=scores)[0]
            when = datetime.combine(day, _interaction_clock(rng, kind, summary, c.lang))
            if previous is not None and when <= previous:  # the same day: keep the story's order
                when = previous + timedelta(minutes=rng.randrange(15, 45, 5))
            previous = when
            made.append(
                _Interaction(
                    when,
                    c,
                    contact_id,
                    deal,
                    kind,
                    summary,
                    outcome,
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
