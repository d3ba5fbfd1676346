"""Importing a calendar's meetings as fixed blocks on the day planner.

Each event occurrence in the chosen window becomes a fixed meeting block that remembers its
calendar and its occurrence id (time_block.calendar, external_uid). Importing the same
calendar again updates those blocks in place, and removes, inside the window, the ones whose
event is no longer in the calendar. Blocks made in the app are never touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import hhmm
from ae_desktop.interop.records import EventRecord, RowProblem
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.import_plan import ImportSummary, Progress, report_progress
from ae_desktop.store.models import TimeBlock, database

MAX_CALENDAR_NAME = 200
MAX_TITLE = 200
MEETINGS = "meetings"


@dataclass(slots=True)
class EventsPlan:
    calendar: str
    start: date
    end: date  # exclusive
    creates: list[EventRecord] = field(default_factory=list)
    updates: list[tuple[int, EventRecord]] = field(default_factory=list)  # (block id, event)
    removes: list[int] = field(default_factory=list)  # block ids
    unchanged: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> ImportSummary:
        summary = ImportSummary(rejected=list(self.rejected), notes=list(self.notes))
        summary.count(summary.created, MEETINGS, len(self.creates))
        summary.count(summary.updated, MEETINGS, len(self.updates))
        summary.count(summary.removed, MEETINGS, len(self.removes))
        if self.unchanged == 1:
            summary.notes.append("1 meeting was already up to date.")
        elif self.unchanged:
            summary.notes.append(f"{self.unchanged:,} meetings were already up to date.")
        return summary


def calendar_key(name: str, fallback: str) -> str:
    """The calendar's name as stored: its own name, else *fallback* (the file's name)."""
    text = " ".join(name.split()) or " ".join(fallback.split()) or "Calendar"
    return text[:MAX_CALENDAR_NAME]


def _values(event: EventRecord) -> dict[str, object]:
    return {
        "date": event.day,
        "start": hhmm(event.start),
        "end": hhmm(event.end),
        "title": (" ".join(event.title.split()) or "Busy")[:MAX_TITLE],
    }


def plan_events(calendar: str, events: list[EventRecord], start: date, end: date) -> EventsPlan:
    """Compare the calendar's events in [start, end) with its blocks already stored; read-only."""
    plan = EventsPlan(calendar, start, end)
    with database.connection_context():
        query = TimeBlock.select(
            TimeBlock.id,
            TimeBlock.external_uid,
            TimeBlock.date,
            TimeBlock.start,
            TimeBlock.end,
            TimeBlock.title,
        ).where(TimeBlock.calendar == calendar)
        stored = {
            uid: (block_id, {"date": day, "start": s, "end": e, "title": title})
            for block_id, uid, day, s, e, title in cast(
                "Iterable[tuple[int, str, date, str, str, str]]", query.tuples()
            )
        }
    seen: set[str] = set()
    for event in events:
        if event.uid in seen:
            continue  # the same occurrence twice in a file: the first one counts
        seen.add(event.uid)
        if event.uid not in stored:
            plan.creates.append(event)
        elif stored[event.uid][1] != _values(event):
            plan.updates.append((stored[event.uid][0], event))
        else:
            plan.unchanged += 1
    plan.removes = [
        block_id
        for uid, (block_id, values) in stored.items()
        if uid not in seen and start <= cast(date, values["date"]) < end
    ]
    return plan


def apply_events(plan: EventsPlan, progress: Progress | None = None) -> ImportSummary:
    """Write the plan in one transaction: every change, or (on an error or a cancel) none."""
    total = len(plan.creates) + len(plan.updates) + len(plan.removes)
    done = 0
    with write_transaction():
        for event in plan.creates:
            TimeBlock.insert(
                **_values(event),
                kind=BlockKind.MEETING.value,
                fixed=True,
                done=False,
                calendar=plan.calendar,
                external_uid=event.uid,
            ).execute()
            done += 1
            report_progress(progress, done, total)
        for block_id, event in plan.updates:
            TimeBlock.update(**_values(event)).where(TimeBlock.id == block_id).execute()
            done += 1
            report_progress(progress, done, total)
        if plan.removes:
            TimeBlock.delete().where(TimeBlock.id.in_(plan.removes)).execute()
            report_progress(progress, total, total)
    return plan.summary()
