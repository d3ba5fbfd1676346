"""The activity log: six months of interactions, their follow-up tasks and the other tasks."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ae_desktop.domain.enums import ClientStatus, Flag, InteractionKind, TaskStatus, Tier
from ae_desktop.domain.tasks import follow_up_title
from ae_desktop.store.demo import names as words
from ae_desktop.store.demo.common import (
    HISTORY_DAYS,
    _allocate,
    _clock,
    _Deck,
    _weekday_on_or_after,
    _weekday_on_or_before,
)
from ae_desktop.store.demo.records import _Client, _Interaction, _Task

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


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
