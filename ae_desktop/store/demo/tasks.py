"""Sample tasks: the follow-ups left by the interaction log, and the standalone tasks."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from itertools import accumulate

from ae_desktop.domain.enums import ClientStatus, Flag, InteractionKind, TaskStatus, Tier
from ae_desktop.domain.tasks import follow_up_title
from ae_desktop.store.demo import phrases
from ae_desktop.store.demo.common import (
    HISTORY_DAYS,
    _clock,
    _Deck,
    _weekday_on_or_after,
    _weekday_on_or_before,
)
from ae_desktop.store.demo.records import _Client, _Interaction, _Task


def _follow_up_task(source: _Interaction, due: date, completed: datetime | None) -> _Task:
    source.follow_up_on = due
    return _Task(
        source.occurred_at,
        follow_up_title(source.summary),
        source.client,
        source.deal,
        source,
        due,
        TaskStatus.OPEN if completed is None else TaskStatus.DONE,
        completed,
    )


def _follow_ups(
    rng: random.Random, interactions: list[_Interaction], count: int, today: date
) -> list[_Task]:
    """Follow-up dates and their linked tasks, as a careful AE leaves them.

    A follow-up stays open only on the client's latest interaction: once the client has
    been contacted again, the follow-up was done. A few open ones are overdue, on clients
    nobody has talked to since; the others are due from today on.
    """
    by_client: dict[_Client, list[_Interaction]] = {}
    for i in interactions:  # in time order
        by_client.setdefault(i.client, []).append(i)
    live = [
        log[-1]
        for c, log in by_client.items()
        if c.status != ClientStatus.CHURNED
        and not c.archived
        and log[-1].kind != InteractionKind.NOTE
    ]
    overdue_wanted = max(3, round(count * 0.03))
    open_wanted = round(count * 0.35)
    tasks: list[_Task] = []
    chosen: set[int] = set()

    stale = [i for i in live if 4 <= (today - i.occurred_at.date()).days <= 30]
    for i in rng.sample(stale, len(stale)):
        if len(tasks) >= overdue_wanted:
            break
        due = _weekday_on_or_after(i.occurred_at.date() + timedelta(days=rng.randint(1, 4)))
        if due < today:
            tasks.append(_follow_up_task(i, due, None))
            chosen.add(i.id)

    fresh = [i for i in live if i.id not in chosen and (today - i.occurred_at.date()).days <= 12]
    for i in rng.sample(fresh, min(len(fresh), open_wanted)):
        due = _weekday_on_or_after(today + timedelta(days=rng.randint(0, 9)))
        tasks.append(_follow_up_task(i, due, None))
        chosen.add(i.id)

    # The rest were done: each by the next contact with the client, or on its due date.
    after: dict[int, _Interaction] = {}
    for log in by_client.values():
        for earlier, later in zip(log, log[1:], strict=False):
            after[earlier.id] = later
    done_wanted = max(0, count - len(tasks))
    pool: list[_Interaction] = []
    for window in (45, 120, HISTORY_DAYS * 2):
        pool = [
            i
            for i in interactions
            if i.kind != InteractionKind.NOTE
            and i.id in after
            and (today - i.occurred_at.date()).days <= window
        ]
        if len(pool) >= done_wanted:
            break
    for i in rng.sample(pool, min(done_wanted, len(pool))):
        due = _weekday_on_or_after(i.occurred_at.date() + timedelta(days=rng.randint(1, 10)))
        completed = min(after[i.id].occurred_at, datetime.combine(due, _clock(rng)))
        completed = max(completed, i.occurred_at + timedelta(minutes=rng.randint(30, 90)))
        tasks.append(_follow_up_task(i, due, completed))
    tasks.sort(key=lambda t: t.created_at)
    return tasks


def _last_contact(client: _Client, today: date) -> date:
    """The day of the client's latest interaction (its newest one is planned that far back)."""
    return _weekday_on_or_before(today - timedelta(days=client.last_touch_days))


def _cumulative(clients: list[_Client]) -> list[float]:
    return list(accumulate({Tier.KEY: 4.0, Tier.STANDARD: 2.0}.get(c.tier, 1.0) for c in clients))


def _standalone_tasks(
    rng: random.Random, clients: list[_Client], count: int, today: date
) -> list[_Task]:
    live = [c for c in clients if c.status != ClientStatus.CHURNED and not c.archived]
    pools = {
        "any": live,
        "customer": [c for c in live if c.status == ClientStatus.ACTIVE],
        "deal": [c for c in live if any(d.closed_on is None for d in c.deals)],
    }
    pools = {who: pool or live for who, pool in pools.items()}
    cumulative = {who: _cumulative(pool) for who, pool in pools.items()}
    month_index = (today.month - 2) % 12
    tasks: list[_Task] = []
    templates = _Deck(rng, [(template, 1) for template in phrases.TASKS])
    statuses = _Deck(rng, ((TaskStatus.OPEN, 15), (TaskStatus.DONE, 4), (TaskStatus.CANCELLED, 1)))
    when = _Deck(rng, (("overdue", 3), ("today", 4), ("soon", 12), ("someday", 1)))
    importance = _Deck(rng, ((Flag.AUTO, 7), (Flag.YES, 2), (Flag.NO, 1)))
    urgency = _Deck(rng, ((Flag.AUTO, 7), (Flag.YES, 2), (Flag.NO, 1)))
    delegable = 0
    for _ in range(count):
        english, spanish, who, delegate = templates.draw()
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
        client = None
        if who:
            client = rng.choices(pools[who], cum_weights=cumulative[who])[0]
            # An overdue task for a client is one nobody acted on: no contact since it fell due.
            for _ in range(20):
                if bucket != "overdue" or due is None or _last_contact(client, today) < due:
                    break
                client = rng.choices(pools[who], cum_weights=cumulative[who])[0]
            else:
                due = today
        deal = None
        if client is not None and rng.random() < 0.4:
            open_deals = [d for d in client.deals if d.closed_on is None]
            deal = rng.choice(open_deals) if open_deals else None
        lang = client.lang if client is not None and spanish else "en"
        title = (spanish if lang == "es" else english).format(
            client=client.name if client else "",
            first=client.contacts[0][1] if client else "",
            month=phrases.MONTHS["en"][month_index],
        )
        created_day = min(due or today, today) - timedelta(days=rng.randint(1, 21))
        created = datetime.combine(created_day, _clock(rng))
        completed = None
        if status == TaskStatus.DONE and due is not None:
            finished = min(today - timedelta(days=1), due + timedelta(days=rng.randint(-2, 1)))
            completed = datetime.combine(max(created_day, finished), _clock(rng))
            completed = max(completed, created + timedelta(minutes=rng.randint(20, 90)))
        task = _Task(
            created, title, client, deal, None, due, status,
            completed, rng.choice(phrases.TASK_NOTES[lang]),
            rng.choice((15, 30, 30, 45, 60, 90, 120)), importance.draw(), urgency.draw(),
        )  # fmt: skip
        if delegate and status == TaskStatus.OPEN:
            delegable += 1
        if delegate and status == TaskStatus.OPEN and delegable % 3 == 1:
            task.delegated_to = delegate
            task.urgency, task.importance = Flag.YES, rng.choice((Flag.NO, Flag.AUTO))
        tasks.append(task)
    return tasks
