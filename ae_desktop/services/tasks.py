"""Task use cases for the agenda: quick add, flags, status, delegation and roll-over."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ae_desktop.domain.enums import Flag, TaskStatus
from ae_desktop.domain.tasks import TASK_TITLE_CHARS
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.store.models import Client, Deal, Task
from ae_desktop.translation import translate

MAX_ESTIMATE_MINUTES = 8 * 60
MAX_DUE_YEARS = 10  # a due date further than this from today is a typing slip
MAX_DELEGATE = 200  # the column's size


@dataclass(frozen=True, slots=True)
class TaskInput:
    title: str
    due_on: date | None = None
    estimate_minutes: int = 30
    client_id: int | None = None
    deal_id: int | None = None
    notes: str = ""
    urgency: Flag = Flag.AUTO
    importance: Flag = Flag.AUTO


@dataclass(frozen=True, slots=True)
class TaskFlags:
    urgency: Flag
    importance: Flag


def _task(task_id: int) -> Task:
    task = Task.get_or_none(Task.id == task_id)
    if task is None:
        raise NotFoundError(translate("tasks", "task {0} no longer exists").format(task_id))
    return task


def _due_error(due_on: object, today: date) -> str | None:
    if due_on is None:
        return None
    if not isinstance(due_on, date) or isinstance(due_on, datetime):
        return translate("tasks", "Enter a due date such as 2026-11-30.")
    if abs((due_on - today).days) > MAX_DUE_YEARS * 366:
        return translate("tasks", "Choose a due date within {0} years of today.").format(
            MAX_DUE_YEARS
        )
    return None


def validate_task(data: TaskInput, *, today: date) -> int | None:
    """Refuse bad input (ValidationError, field -> message); return the client id to store.

    A deal without a client gives the task the deal's client.
    """
    errors: dict[str, str] = {}
    title = " ".join(data.title.split())
    if not title:
        errors["title"] = translate("tasks", "A task needs a title.")
    elif len(title) > TASK_TITLE_CHARS:
        errors["title"] = translate("tasks", "Keep the title under {0} characters.").format(
            TASK_TITLE_CHARS
        )
    estimate = data.estimate_minutes
    if isinstance(estimate, bool) or not isinstance(estimate, int) or estimate <= 0:
        errors["estimate_minutes"] = translate(
            "tasks", "The estimate is a number of minutes above zero."
        )
    elif estimate > MAX_ESTIMATE_MINUTES:
        errors["estimate_minutes"] = translate(
            "tasks", "Keep an estimate to 8 hours at most; split bigger tasks."
        )
    if (message := _due_error(data.due_on, today)) is not None:
        errors["due_on"] = message
    for name, flag in (("urgency", data.urgency), ("importance", data.importance)):
        if flag not in Flag.__members__.values():
            errors[name] = translate("tasks", "Choose automatic, yes or no.")
    client_id = data.client_id
    if client_id is not None and Client.get_or_none(Client.id == client_id) is None:
        errors["client"] = translate("tasks", "That client no longer exists.")
    if data.deal_id is not None:
        deal = Deal.get_or_none(Deal.id == data.deal_id)
        if deal is None:
            errors["deal"] = translate("tasks", "That deal no longer exists.")
        elif client_id is None:
            client_id = deal.client_id
        elif deal.client_id != client_id:
            errors["deal"] = translate("tasks", "That deal belongs to another client.")
    if errors:
        raise ValidationError(errors)
    return client_id


def quick_add_task(data: TaskInput, *, today: date, now: datetime | None = None) -> int:
    """Store a new open task; its id."""
    client_id = validate_task(data, today=today)
    fields: dict[str, object] = {
        "title": " ".join(data.title.split()),
        "notes": data.notes.strip(),
        "client": client_id,
        "deal": data.deal_id,
        "due_on": data.due_on,
        "estimate_minutes": data.estimate_minutes,
        "urgency": data.urgency.value,
        "importance": data.importance.value,
    }
    if now is not None:
        fields["created_at"] = now
    return int(Task.insert(**fields).execute())


def set_flags(task_id: int, urgency: Flag, importance: Flag) -> TaskFlags:
    """Set the task's urgency and importance (a drop on a quadrant); the previous flags."""
    with write_transaction():
        task = _task(task_id)
        previous = TaskFlags(Flag(task.urgency), Flag(task.importance))
        Task.update(urgency=Flag(urgency).value, importance=Flag(importance).value).where(
            Task.id == task_id
        ).execute()
    return previous


def back_to_automatic(task_id: int) -> TaskFlags:
    """Let the rules decide the task's quadrant again; the previous flags (for undo)."""
    return set_flags(task_id, Flag.AUTO, Flag.AUTO)


def set_status(task_id: int, status: TaskStatus, *, now: datetime) -> TaskStatus:
    """Mark the task done, cancelled or open again; the previous status (for undo)."""
    status = TaskStatus(status)
    with write_transaction():
        previous = TaskStatus(_task(task_id).status)
        completed = now if status == TaskStatus.DONE else None
        Task.update(status=status.value, completed_at=completed).where(Task.id == task_id).execute()
    return previous


def delegate(task_id: int, to: str) -> str:
    """Hand the task to someone: it becomes waiting-for; the previous delegate ('' for none).

    An empty *to* takes the task back.
    """
    who = " ".join(to.split())
    if len(who) > MAX_DELEGATE:
        raise ValidationError(
            {
                "delegated_to": translate("tasks", "Keep the name under {0} characters.").format(
                    MAX_DELEGATE
                )
            }
        )
    with write_transaction():
        previous = str(_task(task_id).delegated_to)
        Task.update(delegated_to=who).where(Task.id == task_id).execute()
    return previous


def roll_over(task_ids: Iterable[int], to_date: date | None) -> dict[int, date | None]:
    """Give the tasks a new due date (None: back to the matrix undated), in one transaction.

    Returns each task's previous due date, for undo (restore_due_dates).
    """
    ids = list(dict.fromkeys(task_ids))
    if to_date is not None and (not isinstance(to_date, date) or isinstance(to_date, datetime)):
        raise ValidationError(
            {"due_on": translate("tasks", "Enter a due date such as 2026-11-30.")}
        )
    with write_transaction():
        previous = {
            int(task.id): task.due_on
            for task in Task.select(Task.id, Task.due_on).where(Task.id.in_(ids))
        }
        missing = [i for i in ids if i not in previous]
        if missing:
            raise NotFoundError(translate("tasks", "tasks {0} no longer exist").format(missing))
        Task.update(due_on=to_date).where(Task.id.in_(ids)).execute()
    return previous


def restore_due_dates(previous: dict[int, date | None]) -> None:
    """Undo a roll-over: each task's due date as it was, in one transaction."""
    with write_transaction():
        for task_id, due_on in previous.items():
            Task.update(due_on=due_on).where(Task.id == task_id).execute()


def tomorrow(day: date) -> date:
    return day + timedelta(days=1)
