"""The entry point: plan every table from one seeded random stream, write it in one go."""

from __future__ import annotations

import json
import random
from datetime import date

from ae_desktop.store.demo.accounts import _client_rows, _contact_rows, _make_clients
from ae_desktop.store.demo.activity import _make_interactions
from ae_desktop.store.demo.common import _insert
from ae_desktop.store.demo.history import _stage_changes
from ae_desktop.store.demo.pipeline import _load_stages, _make_deals, _quota_rows
from ae_desktop.store.demo.sizes import SIZES
from ae_desktop.store.demo.tasks import _follow_ups, _standalone_tasks
from ae_desktop.store.demo.week import _time_blocks
from ae_desktop.store.models import (
    BaseModel,
    Client,
    Contact,
    Deal,
    Interaction,
    Quota,
    Setting,
    StageChange,
    Task,
    TimeBlock,
    database,
)
from ae_desktop.translation import translate

AE_NAME = "Laura Martín"

_CHECKED: tuple[tuple[str, type[BaseModel]], ...] = (
    ("client", Client),
    ("interaction", Interaction),
    ("deal", Deal),
    ("task", Task),
    ("time block", TimeBlock),
)


class DatabaseNotEmptyError(Exception):
    """The database already holds the user's records; sample data never mixes with them."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        held = [_held(label, n) for label, n in counts.items() if n]
        if len(held) == 1:
            text = held[0]
        else:
            text = translate("sample", "{0} and {1}").format(", ".join(held[:-1]), held[-1])
        super().__init__(
            translate(
                "sample",
                "The database already holds {0}; sample data is only added to an empty database. "
                "Nothing was changed.",
            ).format(text)
        )


def _held(label: str, n: int) -> str:
    """ "1 client", "3 deals": what the database holds of one of _CHECKED's labels."""
    one = n == 1
    if label == "client":
        text = translate("sample", "1 client") if one else translate("sample", "{0} clients")
    elif label == "interaction":
        text = (
            translate("sample", "1 interaction") if one else translate("sample", "{0} interactions")
        )
    elif label == "deal":
        text = translate("sample", "1 deal") if one else translate("sample", "{0} deals")
    elif label == "task":
        text = translate("sample", "1 task") if one else translate("sample", "{0} tasks")
    else:
        text = (
            translate("sample", "1 time block") if one else translate("sample", "{0} time blocks")
        )
    return text.format(n)


def _refuse_unless_empty() -> None:
    counts = {label: model.select().count() for label, model in _CHECKED}
    if any(counts.values()):
        raise DatabaseNotEmptyError(counts)


def generate(size: str = "small", seed: int = 7, *, today: date) -> dict[str, int]:
    """Fill the empty, open database with sample data in one transaction; return row counts.

    Raises DatabaseNotEmptyError, writing nothing, when it already holds clients, deals,
    tasks, interactions or time blocks. Same size, seed and today: the same rows.
    """
    if size not in SIZES:
        message = translate("sample", "Unknown sample size {0!r}; choose one of {1}.")
        raise ValueError(message.format(size, ", ".join(SIZES)))
    plan, rng = SIZES[size], random.Random(seed)
    with database.atomic():
        _refuse_unless_empty()
        clients = _make_clients(rng, plan, today)
        contacts = _contact_rows(rng, clients, plan.contacts, today)
        stages = _load_stages()
        deals = _make_deals(rng, clients, plan.deals, stages, today)
        interactions = _make_interactions(rng, clients, plan.interactions, today)
        tasks = _follow_ups(rng, interactions, plan.follow_ups, today)
        tasks += _standalone_tasks(rng, clients, plan.tasks - len(tasks), today)
        tasks.sort(key=lambda t: t.created_at)
        for number, task in enumerate(tasks, start=1):
            task.id = number
        blocks = _time_blocks(rng, clients, tasks, today)
        quotas = _quota_rows(deals, today)
        # A stream of its own: the rows drawn before stage histories existed stay the same.
        changes = _stage_changes(random.Random(f"{seed}:stage history"), deals, stages, today)

        _insert(Client, [
            Client.id, Client.name, Client.industry, Client.tier, Client.status,
            Client.potential_revenue_minor, Client.cadence_days, Client.website, Client.phone,
            Client.address, Client.notes, Client.archived, Client.satisfaction,
            Client.created_at, Client.updated_at, Client.churned_on,
        ], _client_rows(rng, clients, today))  # fmt: skip
        _insert(Contact, [
            Contact.id, Contact.client, Contact.name, Contact.role, Contact.email, Contact.phone,
            Contact.is_primary, Contact.notes, Contact.created_at, Contact.updated_at,
        ], contacts)  # fmt: skip
        _insert(Deal, [
            Deal.id, Deal.client, Deal.title, Deal.value_minor, Deal.currency, Deal.kind,
            Deal.stage, Deal.probability, Deal.expected_close, Deal.next_step, Deal.created_on,
            Deal.closed_on, Deal.lost_reason, Deal.updated_at,
        ], [
            (d.id, d.client.id, d.title, d.value_minor, "EUR", str(d.kind), d.stage.id,
             d.probability, d.expected_close, d.next_step, d.created_on, d.closed_on,
             d.lost_reason, d.updated_at)
            for d in deals
        ])  # fmt: skip
        _insert(StageChange, [
            StageChange.deal, StageChange.from_stage, StageChange.to_stage, StageChange.changed_at,
        ], changes)  # fmt: skip
        _insert(Interaction, [
            Interaction.id, Interaction.client, Interaction.contact, Interaction.deal,
            Interaction.kind, Interaction.occurred_at, Interaction.summary, Interaction.outcome,
            Interaction.follow_up_on, Interaction.csat, Interaction.created_at,
        ], [
            (i.id, i.client.id, i.contact_id, i.deal.id if i.deal else None, str(i.kind),
             i.occurred_at, i.summary, i.outcome, i.follow_up_on, i.csat, i.occurred_at)
            for i in interactions
        ])  # fmt: skip
        _insert(Task, [
            Task.id, Task.title, Task.notes, Task.client, Task.deal, Task.interaction,
            Task.due_on, Task.estimate_minutes, Task.importance, Task.urgency, Task.status,
            Task.delegated_to, Task.created_at, Task.completed_at,
        ], [
            (t.id, t.title, t.notes, t.client.id if t.client else None,
             t.deal.id if t.deal else None, t.interaction.id if t.interaction else None,
             t.due_on, t.estimate_minutes, str(t.importance), str(t.urgency), str(t.status),
             t.delegated_to, t.created_at, t.completed_at)
            for t in tasks
        ])  # fmt: skip
        _insert(TimeBlock, [
            TimeBlock.date, TimeBlock.start, TimeBlock.end, TimeBlock.title, TimeBlock.kind,
            TimeBlock.task, TimeBlock.client, TimeBlock.fixed, TimeBlock.done,
        ], blocks)  # fmt: skip
        quotas_before = Quota.select().count()
        Quota.insert_many(
            quotas,
            fields=[Quota.period_kind, Quota.period_start, Quota.amount_minor, Quota.currency],
        ).on_conflict_ignore().execute()  # quotas the user already set are kept
        Setting.insert(
            key="ae_name", value=json.dumps(AE_NAME, ensure_ascii=False)
        ).on_conflict_ignore().execute()
        return {
            "clients": len(clients),
            "contacts": len(contacts),
            "interactions": len(interactions),
            "deals": len(deals),
            "stage changes": len(changes),
            "tasks": len(tasks),
            "time blocks": len(blocks),
            "quotas": Quota.select().count() - quotas_before,
        }
