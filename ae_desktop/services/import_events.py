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
from ae_desktop.translation import translate

MAX_CALENDAR_NAME = 200
MAX_TITLE = 200
MEETINGS = "meetings"
# A file with one of these METHODs is a meeting invitation, not a calendar: its meetings are
# filed together under INVITATIONS and nothing else is removed when it is imported.
INVITATION_METHODS = frozenset({"REQUEST", "CANCEL", "REPLY", "ADD", "COUNTER", "REFRESH"})
INVITATIONS = "Invitations"
# Calendar names programs give every calendar: the file's name tells such calendars apart.
_GENERIC_NAMES = frozenset({"", "calendar", "calendario", "calendrier", "kalender", "agenda"})


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
            summary.notes.append(translate("import", "1 meeting was already up to date."))
        elif self.unchanged:
            summary.notes.append(
                translate("import", "{0} meetings were already up to date.").format(
                    f"{self.unchanged:,}"
                )
            )
        return summary


def calendar_key(name: str, file_stem: str) -> str:
    """Which calendar a file is, as stored: its own name (X-WR-CALNAME); with none, or a name
    every calendar has ("Calendar"), the file's name too, so that importing a second calendar
    never removes the first one's meetings."""
    own = " ".join(name.split())
    stem = " ".join(file_stem.split()) or "Calendar"
    if own.casefold() not in _GENERIC_NAMES:
        return own[:MAX_CALENDAR_NAME]
    return (f"{own} ({stem})" if own else stem)[:MAX_CALENDAR_NAME]


def _covered(uid: str, uids: set[str]) -> bool:
    """Is the occurrence *uid* ("UID/start#2") one of *uids* (a whole event "UID" covers all
    its occurrences and days)?"""
    base = uid.split("#", 1)[0]
    return base in uids or base.split("/", 1)[0] in uids


def _values(event: EventRecord) -> dict[str, object]:
    return {
        "date": event.day,
        "start": hhmm(event.start),
        "end": hhmm(event.end),
        "title": (" ".join(event.title.split()) or "Busy")[:MAX_TITLE],
    }


def plan_events(
    calendar: str,
    events: list[EventRecord],
    start: date,
    end: date,
    *,
    sync: bool = True,
    keep: Iterable[str] = (),
    cancelled: Iterable[str] = (),
) -> EventsPlan:
    """Compare the calendar's events in [start, end) with its blocks already stored; read-only.

    *sync*: the file is the whole calendar, so its meetings in the window that are not in it
    any more are removed — except those of events that could not be read (*keep*). Cancelled
    events (*cancelled*) are removed in any case, from an invitation too.
    """
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
    kept, gone = set(keep), set(cancelled)
    plan.removes = [
        block_id
        for uid, (block_id, values) in stored.items()
        if uid not in seen
        and not _covered(uid, kept)
        and (_covered(uid, gone) or (sync and start <= cast(date, values["date"]) < end))
    ]
    if sync and kept:
        plan.notes.append(
            translate("import", "Meetings of events that could not be read are kept as they were.")
        )
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
