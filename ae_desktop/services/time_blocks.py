"""Time blocks of the day planner: read a day, add, edit, delete (with undo), mark done."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import DAY_MINUTES, Span, hhmm, parse_hhmm
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.store.models import Client, Task, TimeBlock
from ae_desktop.translation import translate

MAX_TITLE = 200  # the column's size


@dataclass(frozen=True, slots=True)
class BlockInput:
    day: date
    start: int  # minutes since midnight
    end: int
    title: str
    kind: BlockKind
    task_id: int | None = None
    client_id: int | None = None
    fixed: bool = False  # a meeting the planner must not move
    done: bool = False


@dataclass(frozen=True, slots=True)
class BlockRow:
    id: int
    day: date
    start: int
    end: int
    title: str
    kind: BlockKind
    task_id: int | None
    client_id: int | None
    fixed: bool
    done: bool
    spent_minutes: int = 0  # actually worked on it, recorded by the focus timer

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @property
    def label(self) -> str:
        """'09:00–10:30'."""
        return f"{hhmm(self.start)}–{hhmm(self.end)}"

    def as_input(self) -> BlockInput:
        return BlockInput(
            self.day,
            self.start,
            self.end,
            self.title,
            self.kind,
            self.task_id,
            self.client_id,
            self.fixed,
            self.done,
        )


def _row(block: TimeBlock) -> BlockRow:
    day = block.date
    return BlockRow(
        id=int(block.id),
        day=day if isinstance(day, date) else date.fromisoformat(str(day)),
        start=parse_hhmm(str(block.start)),
        end=parse_hhmm(str(block.end)),
        title=str(block.title),
        kind=BlockKind(block.kind),
        task_id=block.task_id,
        client_id=block.client_id,
        fixed=bool(block.fixed),
        done=bool(block.done),
        spent_minutes=int(block.spent_minutes),
    )


def validate_block(data: BlockInput, *, workday: Span | None = None) -> None:
    """Refuse bad input (ValidationError, field -> message).

    With *workday*, the block must also lie inside it.
    """
    errors: dict[str, str] = {}
    if not isinstance(data.day, date) or isinstance(data.day, datetime):
        errors["day"] = translate("blocks", "Enter a date such as 2026-11-30.")
    start, end = data.start, data.end
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        errors["start"] = translate("blocks", "Enter the times as HH:MM.")
    elif not (0 <= start <= DAY_MINUTES and 0 <= end <= DAY_MINUTES):
        errors["start"] = translate("blocks", "A block lies within the day, from 00:00 to 24:00.")
    elif end == start:
        errors["end"] = translate(
            "blocks", "A block needs a length: the end must differ from the start."
        )
    elif end < start:
        errors["end"] = translate("blocks", "A block ends after it starts.")
    elif workday is not None and not (workday.start <= start and end <= workday.end):
        errors["start"] = translate(
            "blocks", "Keep the block inside the workday, {0} to {1}."
        ).format(hhmm(workday.start), hhmm(workday.end))
    title = " ".join(data.title.split())
    if not title:
        errors["title"] = translate("blocks", "A block needs a title.")
    elif len(title) > MAX_TITLE:
        errors["title"] = translate("blocks", "Keep the title under {0} characters.").format(
            MAX_TITLE
        )
    if data.kind not in BlockKind.__members__.values():
        errors["kind"] = translate("blocks", "Choose a kind of block.")
    if data.task_id is not None and Task.get_or_none(Task.id == data.task_id) is None:
        errors["task"] = translate("blocks", "That task no longer exists.")
    if data.client_id is not None and Client.get_or_none(Client.id == data.client_id) is None:
        errors["client"] = translate("blocks", "That client no longer exists.")
    if errors:
        raise ValidationError(errors)


def _fields(data: BlockInput) -> dict[str, object]:
    return {
        "date": data.day,
        "start": hhmm(data.start),
        "end": hhmm(data.end),
        "title": " ".join(data.title.split()),
        "kind": BlockKind(data.kind).value,
        "task": data.task_id,
        "client": data.client_id,
        "fixed": data.fixed,
        "done": data.done,
    }


def _block(block_id: int) -> TimeBlock:
    block = TimeBlock.get_or_none(TimeBlock.id == block_id)
    if block is None:
        raise NotFoundError(translate("blocks", "time block {0} no longer exists").format(block_id))
    return block


def blocks_on(day: date) -> list[BlockRow]:
    """The day's blocks by start time."""
    query = TimeBlock.select().where(TimeBlock.date == day).order_by(TimeBlock.start, TimeBlock.id)
    return sorted((_row(b) for b in query), key=lambda r: (r.start, r.end, r.id))


def get_block(block_id: int) -> BlockRow:
    return _row(_block(block_id))


def add_block(data: BlockInput, *, workday: Span | None = None) -> int:
    validate_block(data, workday=workday)
    return int(TimeBlock.insert(**_fields(data)).execute())


def add_blocks(blocks: Iterable[BlockInput]) -> list[int]:
    """Store several blocks in one transaction (all or none); their ids."""
    items = list(blocks)
    for data in items:
        validate_block(data)
    with write_transaction():
        return [int(TimeBlock.insert(**_fields(data)).execute()) for data in items]


def update_block(block_id: int, data: BlockInput, *, workday: Span | None = None) -> BlockRow:
    """Move, resize or edit a block; the block as it was (for undo). A link to a task or
    client deleted meanwhile (an undo after a delete elsewhere) is dropped, not refused."""
    if data.task_id is not None and Task.get_or_none(Task.id == data.task_id) is None:
        data = replace(data, task_id=None)
    if data.client_id is not None and Client.get_or_none(Client.id == data.client_id) is None:
        data = replace(data, client_id=None)
    validate_block(data, workday=workday)
    with write_transaction():
        previous = _row(_block(block_id))
        TimeBlock.update(**_still_linked(_fields(data))).where(TimeBlock.id == block_id).execute()
    return previous


def delete_block(block_id: int) -> BlockRow:
    """Delete a block; the block as it was, for restore_block."""
    with write_transaction():
        previous = _row(_block(block_id))
        TimeBlock.delete().where(TimeBlock.id == block_id).execute()
    return previous


def _still_linked(fields: dict[str, object]) -> dict[str, object]:
    """*fields* with a link to a task or client deleted meanwhile cleared (undo after a delete
    elsewhere must not fail on it)."""
    if fields.get("task") is not None and Task.get_or_none(Task.id == fields["task"]) is None:
        fields["task"] = None
    if (
        fields.get("client") is not None
        and Client.get_or_none(Client.id == fields["client"]) is None
    ):
        fields["client"] = None
    return fields


def restore_block(row: BlockRow) -> int:
    """Undo a delete: the block again, under its old id when that is free."""
    with write_transaction():
        return _insert_row(row)


def _insert_row(row: BlockRow) -> int:
    fields = _still_linked(_fields(row.as_input()))
    fields["spent_minutes"] = row.spent_minutes
    if TimeBlock.get_or_none(TimeBlock.id == row.id) is None:
        fields["id"] = row.id
    return int(TimeBlock.insert(**fields).execute())


def delete_blocks(block_ids: Iterable[int]) -> list[BlockRow]:
    """Delete several blocks in one transaction (undo of an accepted plan); those that were
    there, as they were."""
    with write_transaction():
        found = [_row(b) for b in TimeBlock.select().where(TimeBlock.id.in_(list(block_ids)))]
        TimeBlock.delete().where(TimeBlock.id.in_([row.id for row in found])).execute()
    return found


def restore_blocks(rows: Iterable[BlockRow]) -> list[int]:
    """Store several deleted blocks again in one transaction; their ids."""
    with write_transaction():
        return [_insert_row(row) for row in rows]


def mark_done(block_id: int, done: bool = True) -> bool:
    """Mark a block done (or not); whether it was done before."""
    with write_transaction():
        previous = bool(_block(block_id).done)
        TimeBlock.update(done=done).where(TimeBlock.id == block_id).execute()
    return previous


MAX_SPENT_STEP = 24 * 60  # one recording covers at most a day


def record_spent(block_id: int, minutes: int) -> int:
    """Add *minutes* actually worked on a block (the focus timer); the block's new total."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError(
            {"minutes": translate("blocks", "Enter the minutes as a whole number.")}
        )
    if minutes <= 0:
        raise ValidationError({"minutes": translate("blocks", "Record at least one minute.")})
    if minutes > MAX_SPENT_STEP:
        raise ValidationError(
            {"minutes": translate("blocks", "Record at most 24 hours (1440 minutes) at a time.")}
        )
    with write_transaction():
        _block(block_id)
        TimeBlock.update(spent_minutes=TimeBlock.spent_minutes + minutes).where(
            TimeBlock.id == block_id
        ).execute()
        return int(_block(block_id).spent_minutes)


def overlapping(blocks: Iterable[BlockRow]) -> set[int]:
    """The ids of the blocks that overlap another one (touching end to start is fine)."""
    ordered = sorted(blocks, key=lambda b: (b.start, b.end, b.id))
    found: set[int] = set()
    reach_end, reach_id = -1, None
    for block in ordered:
        if reach_id is not None and block.start < reach_end:
            found.update((block.id, reach_id))
        if block.end > reach_end:
            reach_end, reach_id = block.end, block.id
    return found
