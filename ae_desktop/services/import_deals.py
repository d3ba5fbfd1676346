"""Importing deals from a CRM's deals export onto the user's clients and stages.

The organisation names the client (case and accents ignored; a client the database does not
have is created). The CRM's stage is matched by name to one of the user's stages; a won or
lost deal goes to the Won or Lost stage; an unknown open stage goes to the first stage, and
the summary says so. A deal with the same title at the same client is a duplicate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import cast

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.money import MAX_AMOUNT, to_minor
from ae_desktop.interop.records import DealRecord, DealStatus, RowProblem
from ae_desktop.services.clients import ClientInput, stored_fields
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.deals import MAX_TEXT, DealInput, create_deal
from ae_desktop.services.import_plan import (
    Action,
    DuplicatePolicy,
    ImportSummary,
    Progress,
    name_key,
    report_progress,
    sentence,
)
from ae_desktop.store.models import Client, Deal, Stage, database

MAX_TITLE = 200
LOST_WITHOUT_REASON = "Not given in the imported file."


@dataclass(frozen=True, slots=True)
class DealStep:
    record: DealRecord
    action: Action
    client_name: str
    client_id: int | None  # None: created by this import
    stage_id: int
    deal_id: int | None = None  # the deal an UPDATE changes
    reason: str = ""


@dataclass(slots=True)
class DealsPlan:
    steps: list[DealStep]
    rejected: list[RowProblem]
    notes: list[str]

    def summary(self) -> ImportSummary:
        summary = ImportSummary(rejected=list(self.rejected), notes=list(self.notes))
        acting = [s for s in self.steps if s.action != Action.SKIP]
        summary.count(
            summary.created,
            "clients",
            len({name_key(s.client_name) for s in acting if s.client_id is None}),
        )
        for step in self.steps:
            if step.action == Action.CREATE:
                summary.count(summary.created, "deals")
            elif step.action == Action.UPDATE:
                summary.count(summary.updated, "deals")
            else:
                summary.skipped.append(f"Line {step.record.line}: {step.reason}")
        return summary


@dataclass(frozen=True, slots=True)
class _Stages:
    by_name: dict[str, int]
    first_open: int
    won: int
    lost: int


def _stages() -> _Stages:
    query = Stage.select(Stage.id, Stage.name, Stage.outcome).order_by(Stage.position)
    rows = list(cast("Iterable[tuple[int, str, str]]", query.tuples()))
    by_outcome: dict[str, int] = {}
    for stage_id, _, outcome in rows:
        by_outcome.setdefault(outcome, stage_id)
    return _Stages(
        by_name={name_key(name): stage_id for stage_id, name, _ in rows},
        first_open=by_outcome[StageOutcome.OPEN.value],
        won=by_outcome[StageOutcome.WON.value],
        lost=by_outcome[StageOutcome.LOST.value],
    )


def _stage_for(record: DealRecord, stages: _Stages, unknown: set[str]) -> int:
    if record.status == DealStatus.WON:
        return stages.won
    if record.status == DealStatus.LOST:
        return stages.lost
    found = stages.by_name.get(name_key(record.stage_name))
    if found is None:
        if record.stage_name.strip():
            unknown.add(record.stage_name.strip())
        return stages.first_open
    return found


def _check(record: DealRecord) -> RowProblem | None:
    title = " ".join(record.title.split())
    if not title:
        return RowProblem(record.line, "A deal needs a title.")
    if len(title) > MAX_TITLE:
        return RowProblem(record.line, f"Keep the title under {MAX_TITLE} characters.")
    if not record.client_name.strip():
        return RowProblem(record.line, "No organisation: a deal belongs to a client.")
    if record.value_minor < 0 or Decimal(record.value_minor) / 100 > MAX_AMOUNT:
        return RowProblem(record.line, "The deal's value is negative or too large.")
    if len(record.lost_reason.strip()) > MAX_TEXT:
        return RowProblem(record.line, f"Keep the reason it was lost under {MAX_TEXT} characters.")
    return None


def plan_deals(
    records: list[DealRecord], policy: DuplicatePolicy, *, default_currency: str
) -> DealsPlan:
    """Match every record against the database; read-only."""
    with database.connection_context():
        stages = _stages()
        clients: dict[str, tuple[int, str]] = {}
        archived: set[int] = set()
        query = Client.select(Client.id, Client.name, Client.archived).tuples()
        for cid, name, is_archived in query.iterator():
            clients.setdefault(name_key(name), (cid, name))
            if is_archived:
                archived.add(cid)
        deals = {
            (client_id, name_key(title)): deal_id
            for deal_id, client_id, title in Deal.select(Deal.id, Deal.client, Deal.title)
            .tuples()
            .iterator()
        }
    steps: list[DealStep] = []
    rejected: list[RowProblem] = []
    unknown: set[str] = set()
    for record in records:
        if (refused := _check(record)) is not None:
            rejected.append(refused)
            continue
        record = replace(record, currency=record.currency or default_currency)
        known = clients.get(name_key(record.client_name))
        client_id, client_name = known if known else (None, " ".join(record.client_name.split()))
        if client_id in archived:
            rejected.append(
                RowProblem(record.line, sentence(f"{client_name} is archived; restore it first"))
            )
            continue
        step = DealStep(
            record, Action.CREATE, client_name, client_id, _stage_for(record, stages, unknown)
        )
        match = deals.get((client_id, name_key(record.title))) if client_id else None
        if match is not None and policy != DuplicatePolicy.CREATE:
            reason = sentence(f"{client_name} already has a deal called {record.title.strip()}")
            action = Action.SKIP if policy == DuplicatePolicy.SKIP else Action.UPDATE
            step = replace(step, action=action, deal_id=match, reason=reason)
        steps.append(step)
    notes = [
        f"Stage {name!r} is not one of your stages: its deals go to your first stage."
        for name in sorted(unknown)
    ]
    return DealsPlan(steps, rejected, notes)


def _deal_input(step: DealStep, client_id: int, today: date) -> DealInput:
    record = step.record
    closed = record.status != DealStatus.OPEN
    close_day = record.expected_close
    return DealInput(
        client_id=client_id,
        title=record.title,
        value=Decimal(record.value_minor) / 100,
        currency=record.currency,
        kind=DealKind.NEW_BUSINESS,
        stage_id=step.stage_id,
        probability=None,
        expected_close=None if closed else close_day,
        lost_reason=(record.lost_reason.strip() or LOST_WITHOUT_REASON)
        if record.status == DealStatus.LOST
        else "",
        closed_on=min(close_day, today) if closed and close_day else None,
    )


def apply_deals(plan: DealsPlan, *, today: date, progress: Progress | None = None) -> ImportSummary:
    """Write the plan in one transaction: every row, or (on an error or a cancel) none."""
    created: dict[str, int] = {}
    todo = [s for s in plan.steps if s.action != Action.SKIP]
    with write_transaction():
        for done, step in enumerate(todo, start=1):
            client_id = step.client_id
            if client_id is None:
                key = name_key(step.client_name)
                if key not in created:
                    fields = stored_fields(ClientInput(name=step.client_name))
                    created[key] = int(Client.insert(**fields).execute())
                client_id = created[key]
            data = _deal_input(step, client_id, today)
            if step.action == Action.UPDATE and step.deal_id is not None:
                _update_deal(step.deal_id, data)
            else:
                create_deal(data, today=today)
            report_progress(progress, done, len(todo))
    return plan.summary()


def _update_deal(deal_id: int, data: DealInput) -> None:
    """The file's value, currency and expected close replace the stored ones; the stage is
    left as the user has it (moving it is theirs to do, with its history)."""
    Deal.update(
        value_minor=to_minor(data.value),
        currency=data.currency.strip().upper(),
        expected_close=data.expected_close,
    ).where(Deal.id == deal_id).execute()
