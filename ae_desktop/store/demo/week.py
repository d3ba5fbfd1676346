"""This week's calendar: the time blocks of Monday to Friday, the days before today done."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from ae_desktop.domain.enums import BlockKind, ClientStatus, TaskStatus, Tier
from ae_desktop.store.demo.records import _Client, _Task

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
