"""The Today strip: what needs the account executive's attention first this morning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ae_desktop.domain.enums import BlockKind, Tier
from ae_desktop.services.client_rows import ClientRow, load_client_rows
from ae_desktop.services.deals import DealRow, load_deal_rows
from ae_desktop.services.task_rows import TaskRow, load_tasks
from ae_desktop.services.time_blocks import BlockRow, blocks_on

MAX_ITEMS = 5


@dataclass(frozen=True)
class TodayItem:
    """One line of the strip: what it is about and which record a click opens."""

    kind: str  # "task", "client", "deal" or "block"
    record_id: int
    text: str
    days: int | None = None  # days late (task), since the last contact (client; None: never)
    detail: str = ""  # the client of a deal, the hours of a meeting


@dataclass(frozen=True)
class TodaySummary:
    overdue_follow_ups: list[TodayItem]
    overdue_count: int
    neglected_key_accounts: list[TodayItem]
    neglected_count: int
    rotting_deals: list[TodayItem]
    rotting_count: int
    next_meeting: TodayItem | None


def summarise(
    tasks: list[TaskRow],
    clients: list[ClientRow],
    deals: list[DealRow],
    blocks: list[BlockRow],
    *,
    today: date,
    now: datetime,
) -> TodaySummary:
    """The strip from rows already read: most overdue, longest neglected, coldest first."""
    overdue = sorted(
        (
            t
            for t in tasks
            if t.interaction_id is not None
            and t.due_on
            and t.due_on < today
            and not t.delegated_to  # waiting for someone else: not the user's to chase today
        ),
        key=lambda t: (t.due_on or today, t.id),
    )
    neglected = sorted(
        (c for c in clients if c.tier == Tier.KEY and c.neglected and not c.archived),
        key=lambda c: (c.last_contact or datetime.min, c.id),
    )
    rotting = sorted((d for d in deals if d.rotting), key=lambda d: (d.last_activity, d.id))
    minute = now.hour * 60 + now.minute
    upcoming = [
        b
        for b in blocks
        if (b.kind == BlockKind.MEETING or b.fixed) and b.end > minute and not b.done
    ]
    meeting = min(upcoming, key=lambda b: b.start, default=None)
    return TodaySummary(
        overdue_follow_ups=[
            TodayItem("task", t.id, t.title, days=(today - (t.due_on or today)).days)
            for t in overdue
        ][:MAX_ITEMS],
        overdue_count=len(overdue),
        neglected_key_accounts=[
            TodayItem("client", c.id, c.name, days=_days_since(c, today)) for c in neglected
        ][:MAX_ITEMS],
        neglected_count=len(neglected),
        rotting_deals=[TodayItem("deal", d.id, d.title, detail=d.client_name) for d in rotting][
            :MAX_ITEMS
        ],
        rotting_count=len(rotting),
        next_meeting=None
        if meeting is None
        else TodayItem("block", meeting.id, meeting.title, detail=meeting.label),
    )


def _days_since(client: ClientRow, today: date) -> int | None:
    return None if client.last_contact is None else (today - client.last_contact.date()).days


def load_today(*, today: date, now: datetime, tasks: list[TaskRow] | None = None) -> TodaySummary:
    """Read what the strip needs (the open tasks may be passed in when already read)."""
    return summarise(
        tasks if tasks is not None else load_tasks(today=today),
        load_client_rows(today),
        load_deal_rows(today, open_only=True),
        blocks_on(today),
        today=today,
        now=now,
    )
