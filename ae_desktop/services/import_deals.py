"""Importing deals from a CRM's deals export onto the user's clients and stages.

The organisation names the client (case and accents ignored; a client the database does not
have is created). The CRM's stage lands on the user's stage of the same meaning
(domain.stage_match: "Proposal Made" on Proposal); a won or lost deal on Won or Lost; a stage
nothing matches on the first stage, which the plan's notes say before anything is written. A
deal with the same title at the same client is a duplicate; updating it changes only what the
file gives, and a deal the file says was won or lost is moved there, with its history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import cast

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.money import MAX_AMOUNT
from ae_desktop.domain.stage_match import match_stage
from ae_desktop.interop.records import DealRecord, DealStatus, RowProblem
from ae_desktop.services.clients import ClientInput, stored_fields, validate_client
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.deal_updates import StoredDeal, changes_for, stored_deals
from ae_desktop.services.deals import MAX_TEXT, DealInput, create_deal, move_deal
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.import_plan import (
    Action,
    DuplicatePolicy,
    ImportSummary,
    Progress,
    line_message,
    name_key,
    report_progress,
    sentence,
    written_line,
)
from ae_desktop.store.models import Client, Deal, Stage, database
from ae_desktop.translation import translate

MAX_TITLE = 200


def _lost_without_reason() -> str:
    """The lost reason stored for a lost deal the file gives none."""
    return translate("import", "Not given in the imported file.")


@dataclass(frozen=True, slots=True)
class DealStep:
    record: DealRecord  # its status made to agree with the stage it lands on
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
    default_currency: str = "EUR"

    def summary(self) -> ImportSummary:
        summary = ImportSummary(rejected=list(self.rejected), notes=list(self.notes))
        acting = [s for s in self.steps if s.action != Action.SKIP]
        new_clients = {name_key(s.client_name) for s in acting if s.client_id is None}
        summary.count(summary.created, "clients", len(new_clients))
        for step in self.steps:
            if step.action == Action.CREATE:
                summary.count(summary.created, "deals")
            elif step.action == Action.UPDATE:
                summary.count(summary.updated, "deals")
            else:
                summary.skipped.append(line_message(step.record.line, step.reason))
        return summary


@dataclass(frozen=True, slots=True)
class _Stages:
    ordered: list[tuple[int, str]]  # (id, name) in pipeline order
    outcome: dict[int, StageOutcome]
    first_open: int
    won: int
    lost: int


def _stages() -> _Stages:
    query = Stage.select(Stage.id, Stage.name, Stage.outcome).order_by(Stage.position)
    rows = list(cast("Iterable[tuple[int, str, str]]", query.tuples()))
    first: dict[str, int] = {}
    for stage_id, _, outcome in rows:
        first.setdefault(outcome, stage_id)
    return _Stages(
        ordered=[(stage_id, name) for stage_id, name, _ in rows],
        outcome={stage_id: StageOutcome(outcome) for stage_id, _, outcome in rows},
        first_open=first[StageOutcome.OPEN.value],
        won=first[StageOutcome.WON.value],
        lost=first[StageOutcome.LOST.value],
    )


def _placed(record: DealRecord, stages: _Stages, unknown: set[str]) -> tuple[int, DealRecord]:
    """The stage the deal lands on, and the record with a status that agrees with it (a deal
    in the user's Lost stage is lost, whatever the file's status column says)."""
    if record.status == DealStatus.WON:
        return stages.won, record
    if record.status == DealStatus.LOST:
        return stages.lost, record
    found = match_stage(record.stage_name, stages.ordered)
    if found is None:
        if record.stage_name.strip():
            unknown.add(record.stage_name.strip())
        return stages.first_open, record
    outcome = stages.outcome[found]
    if outcome == StageOutcome.WON:
        return found, replace(record, status=DealStatus.WON)
    if outcome == StageOutcome.LOST:
        return found, replace(record, status=DealStatus.LOST)
    return found, record


def _check(record: DealRecord) -> RowProblem | None:
    title = " ".join(record.title.split())
    if not title:
        return RowProblem(record.line, translate("import", "A deal needs a title."))
    if len(title) > MAX_TITLE:
        return RowProblem(
            record.line,
            translate("import", "Keep the title under {0} characters.").format(MAX_TITLE),
        )
    if not record.client_name.strip():
        return RowProblem(
            record.line, translate("import", "No organisation: a deal belongs to a client.")
        )
    if record.value_minor < 0 or Decimal(record.value_minor) / 100 > MAX_AMOUNT:
        return RowProblem(
            record.line, translate("import", "The deal's value is negative or too large.")
        )
    if len(record.lost_reason.strip()) > MAX_TEXT:
        message = translate("import", "Keep the reason it was lost under {0} characters.")
        return RowProblem(record.line, message.format(MAX_TEXT))
    try:
        validate_client(ClientInput(name=record.client_name))
    except ValidationError as error:
        message = translate("import", "Organisation: {0}")
        return RowProblem(record.line, message.format(" ".join(error.errors.values())))
    return None


@dataclass(slots=True)
class _Known:
    clients: dict[str, tuple[int, str]]  # name key -> (id, name)
    archived: set[int]
    deals: dict[tuple[int, str], int]  # (client id, title key) -> deal id


def _known() -> _Known:
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
    return _Known(clients, archived, deals)


def plan_deals(
    records: list[DealRecord], policy: DuplicatePolicy, *, default_currency: str
) -> DealsPlan:
    """Match every record against the database; read-only."""
    with database.connection_context():
        stages = _stages()
        known = _known()
        steps, rejected, unknown = _steps(records, policy, stages, known)
        steps = _drop_unchanged(steps, stored_deals([s.deal_id for s in steps if s.deal_id]))
    notes = [
        translate(
            "import", "Stage “{0}” matches none of your stages: its deals go to your first stage."
        ).format(name)
        for name in sorted(unknown)
    ]
    return DealsPlan(steps, rejected, notes, default_currency)


def _steps(
    records: list[DealRecord], policy: DuplicatePolicy, stages: _Stages, known: _Known
) -> tuple[list[DealStep], list[RowProblem], set[str]]:
    steps: list[DealStep] = []
    rejected: list[RowProblem] = []
    unknown: set[str] = set()
    for record in records:
        if (refused := _check(record)) is not None:
            rejected.append(refused)
            continue
        found = known.clients.get(name_key(record.client_name))
        client_id, client_name = found if found else (None, " ".join(record.client_name.split()))
        if client_id in known.archived:
            message = translate("import", "{0} is archived; restore it first.").format(client_name)
            rejected.append(RowProblem(record.line, message))
            continue
        stage_id, record = _placed(record, stages, unknown)
        step = DealStep(record, Action.CREATE, client_name, client_id, stage_id)
        match = known.deals.get((client_id, name_key(record.title))) if client_id else None
        if match is not None and policy != DuplicatePolicy.CREATE:
            called = translate("import", "{0} already has a deal called {1}")
            reason = sentence(called.format(client_name, record.title.strip()))
            action = Action.SKIP if policy == DuplicatePolicy.SKIP else Action.UPDATE
            step = replace(step, action=action, deal_id=match, reason=reason)
        steps.append(step)
    return steps, rejected, unknown


def _drop_unchanged(steps: list[DealStep], stored: dict[int, StoredDeal]) -> list[DealStep]:
    """An update that would change nothing is a skip: "already up to date"."""
    out = []
    for step in steps:
        deal = stored.get(step.deal_id) if step.deal_id else None
        if step.action == Action.UPDATE and deal and not changes_for(step.record, deal):
            step = replace(
                step, action=Action.SKIP, reason=translate("import", "already up to date.")
            )
        out.append(step)
    return out


def _deal_input(step: DealStep, client_id: int, today: date, currency: str) -> DealInput:
    record = step.record
    closed = record.status != DealStatus.OPEN
    close_day = record.expected_close
    return DealInput(
        client_id=client_id,
        title=record.title,
        value=Decimal(record.value_minor) / 100,
        currency=record.currency or currency,
        kind=DealKind.NEW_BUSINESS,
        stage_id=step.stage_id,
        probability=None,
        expected_close=None if closed else close_day,
        lost_reason=(record.lost_reason.strip() or _lost_without_reason())
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
            with written_line(step.record.line):
                if step.action == Action.UPDATE and step.deal_id is not None:
                    _update_deal(step, today)
                else:
                    create_deal(
                        _deal_input(step, client_id, today, plan.default_currency), today=today
                    )
            report_progress(progress, done, len(todo))
    return plan.summary()


def _update_deal(step: DealStep, today: date) -> None:
    """What the file gives replaces what is stored (an empty cell changes nothing); a deal
    the file says was won or lost is moved there with its history; an open one keeps the stage
    the user has it in (moving open deals is theirs to do)."""
    assert step.deal_id is not None
    stored = stored_deals([step.deal_id])[step.deal_id]
    changes = changes_for(step.record, stored)
    moving = changes.pop("stage", None)
    if changes:
        Deal.update(**changes).where(Deal.id == step.deal_id).execute()
    if moving is not None:
        record = step.record
        move_deal(
            step.deal_id,
            step.stage_id,
            today=today,
            now=datetime.now(),
            closed_on=min(record.expected_close, today) if record.expected_close else None,
            lost_reason=record.lost_reason.strip() or _lost_without_reason(),
        )
