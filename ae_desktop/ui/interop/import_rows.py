"""The first rows of a plan as the Import dialog's preview shows them: one line of text per
row of the file, as the import will write it (or, for a rejected row, as the file has it),
with the cells the import fills in itself marked. Made in the worker that made the plan."""

from __future__ import annotations

import heapq
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ae_desktop.interop.records import (
    DealRecord,
    DealStatus,
    EventRecord,
    PersonRecord,
    RowProblem,
)
from ae_desktop.services.import_deals import DealsPlan, DealStep
from ae_desktop.services.import_events import EventsPlan
from ae_desktop.services.import_people import PeoplePlan, PersonStep
from ae_desktop.services.import_plan import Action
from ae_desktop.services.importing import ImportPlan, LoadedFile
from ae_desktop.ui.labels import date_text

PREVIEW_ROWS = 20
Cell = tuple[int, int]  # (row, column)


@dataclass(slots=True)
class Rows:
    """Column titles, rows of text, and the cells the import fills in itself (a person
    without a company goes to a client of their own name), shown greyed."""

    titles: list[str]
    rows: list[list[str]]
    implied: set[Cell] = field(default_factory=set)


def _action(action: Action) -> str:
    return {
        Action.CREATE: QCoreApplication.translate("ImportDialog", "New"),
        Action.UPDATE: QCoreApplication.translate("ImportDialog", "Update"),
        Action.SKIP: QCoreApplication.translate("ImportDialog", "Skip: already there"),
        Action.REMOVE: QCoreApplication.translate("ImportDialog", "Remove"),
    }[action]


def _drop_empty_columns(table: Rows, keep: int) -> Rows:
    """The first *keep* columns, and the others that have a value in some row."""
    titles, rows = table.titles, table.rows
    wanted = [i for i in range(len(titles)) if i < keep or any(row[i] for row in rows)]
    moved = {old: new for new, old in enumerate(wanted)}
    return Rows(
        [titles[i] for i in wanted],
        [[row[i] for i in wanted] for row in rows],
        {(r, moved[c]) for r, c in table.implied if c in moved},
    )


Step = TypeVar("Step", PersonStep, DealStep)


def _first(steps: list[Step], rejected: list[RowProblem]) -> list[tuple[int, Step | None]]:
    """The PREVIEW_ROWS first lines of the file among *steps* and *rejected* (a rejected
    line comes with None), without going through more than one pass over either."""
    lines = heapq.nsmallest(
        PREVIEW_ROWS,
        [(s.record.line, 0, i) for i, s in enumerate(steps)]
        + [(p.line, 1, i) for i, p in enumerate(rejected)],
    )
    return [(line, steps[i] if which == 0 else None) for line, which, i in lines]


# The file's own cells of a rejected line, by the preview column they would have filled.
_PEOPLE_FIELDS: list[tuple[str, ...]] = [
    ("client_name",),
    ("contact_name", "first_name", "last_name"),
    ("email",),
    ("phone",),
    ("role",),
    ("industry",),
    ("website",),
    ("address", "city", "postcode", "country"),
    ("notes",),
]
_DEAL_FIELDS: list[tuple[str, ...]] = [
    ("deal_title",),
    ("client_name",),
    ("deal_value",),
    ("deal_currency",),
    ("deal_stage",),
    ("deal_status",),
    ("deal_close",),
    ("deal_lost_reason",),
]


def _file_cells(loaded: LoadedFile | None, line: int, fields: list[tuple[str, ...]]) -> list[str]:
    """The cells of *line* in the file, joined per preview column; blank when not found."""
    table = loaded.table if loaded is not None else None
    if table is not None:
        at = bisect_left(table.rows, line, key=lambda row: row.line)
        if at < len(table.rows) and table.rows[at].line == line:
            cells = table.rows[at].cells
            columns: dict[str, list[int]] = {}
            for column, name in sorted(loaded.mapping.items()):  # type: ignore[union-attr]
                columns.setdefault(name, []).append(column)
            out = []
            for group in fields:
                wanted = [c for name in group for c in columns.get(name, [])]
                parts = [" ".join(cells[c].split()) for c in wanted if c < len(cells)]
                out.append(" ".join(part for part in parts if part))
            return out
    if loaded is not None and loaded.people is not None and fields is _PEOPLE_FIELDS:
        for record in loaded.people.records:  # a vCard the checks refused
            if record.line == line:
                return _person_cells(record)
    return [""] * len(fields)


def _rejected(loaded: LoadedFile | None, line: int, fields: list[tuple[str, ...]]) -> list[str]:
    return [
        str(line),
        QCoreApplication.translate("ImportDialog", "Rejected"),
        *_file_cells(loaded, line, fields),
    ]


def _person_cells(record: PersonRecord) -> list[str]:
    return [
        record.client_name,
        record.contact_name,
        record.email,
        record.phone,
        record.role,
        record.industry,
        record.website,
        record.address,
        record.notes,
    ]


COMPANY_COLUMN = 2  # in the people preview, before empty columns are dropped


def _people_rows(plan: PeoplePlan, loaded: LoadedFile | None) -> Rows:
    titles = [
        QCoreApplication.translate("ImportDialog", "Line"),
        QCoreApplication.translate("ImportDialog", "Will be"),
        QCoreApplication.translate("ImportDialog", "Company"),
        QCoreApplication.translate("ImportDialog", "Contact"),
        QCoreApplication.translate("ImportDialog", "E-mail"),
    ]
    titles += [
        QCoreApplication.translate("ImportDialog", "Phone"),
        QCoreApplication.translate("ImportDialog", "Job title"),
        QCoreApplication.translate("ImportDialog", "Industry"),
        QCoreApplication.translate("ImportDialog", "Website"),
    ]
    titles += [
        QCoreApplication.translate("ImportDialog", "Address"),
        QCoreApplication.translate("ImportDialog", "Notes"),
    ]
    table = Rows(titles, [])
    for line, step in _first(plan.steps, plan.rejected):
        if step is None:
            table.rows.append(_rejected(loaded, line, _PEOPLE_FIELDS))
            continue
        cells = [str(line), _action(step.action), *_person_cells(step.record)]
        if not step.record.client_name and step.client_name:  # a client of the person's name
            cells[COMPANY_COLUMN] = step.client_name
            table.implied.add((len(table.rows), COMPANY_COLUMN))
        table.rows.append(cells)
    table.rows = _padded(table.rows, len(titles))
    return _drop_empty_columns(table, keep=5)


def _money(value_minor: int) -> str:
    return QLocale().toString(float(Decimal(value_minor).scaleb(-2)), "f", 2)


def _deal_cells(record: DealRecord) -> list[str]:
    close = date_text(record.expected_close)
    return [
        record.title,
        record.client_name,
        _money(record.value_minor) if record.value_minor else "",
        record.currency,
        record.stage_name,
        _status(record.status),
        close,
        record.lost_reason,
    ]


def _status(status: DealStatus) -> str:
    return {
        DealStatus.OPEN: QCoreApplication.translate("ImportDialog", "Open"),
        DealStatus.WON: QCoreApplication.translate("ImportDialog", "Won"),
        DealStatus.LOST: QCoreApplication.translate("ImportDialog", "Lost"),
    }[status]


def _deals_rows(plan: DealsPlan, loaded: LoadedFile | None) -> Rows:
    titles = [
        QCoreApplication.translate("ImportDialog", "Line"),
        QCoreApplication.translate("ImportDialog", "Will be"),
        QCoreApplication.translate("ImportDialog", "Deal"),
        QCoreApplication.translate("ImportDialog", "Company"),
        QCoreApplication.translate("ImportDialog", "Value"),
    ]
    titles += [
        QCoreApplication.translate("ImportDialog", "Currency"),
        QCoreApplication.translate("ImportDialog", "Stage"),
        QCoreApplication.translate("ImportDialog", "Status"),
        QCoreApplication.translate("ImportDialog", "Close date"),
    ]
    titles += [QCoreApplication.translate("ImportDialog", "Lost reason")]
    rows = [
        _rejected(loaded, line, _DEAL_FIELDS)
        if step is None
        else [str(line), _action(step.action), *_deal_cells(step.record)]
        for line, step in _first(plan.steps, plan.rejected)
    ]
    return _drop_empty_columns(Rows(titles, _padded(rows, len(titles))), keep=5)


def _padded(rows: list[list[str]], width: int) -> list[list[str]]:
    return [row + [""] * (width - len(row)) for row in rows]


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def _event_cells(event: EventRecord, action: Action) -> list[str]:
    def hhmm(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    times = f"{hhmm(event.start)}–{hhmm(event.end)}"
    return [day_text(event.day), times, event.title, event.location, _action(action)]


def _events_rows(plan: EventsPlan) -> Rows:
    titles = [
        QCoreApplication.translate("ImportDialog", "Day"),
        QCoreApplication.translate("ImportDialog", "Time"),
        QCoreApplication.translate("ImportDialog", "Meeting"),
        QCoreApplication.translate("ImportDialog", "Location"),
        QCoreApplication.translate("ImportDialog", "Will be"),
    ]
    changes = [(e, Action.CREATE) for e in plan.creates]
    changes += [(e, Action.UPDATE) for _block, e in plan.updates]
    first = heapq.nsmallest(
        PREVIEW_ROWS, changes, key=lambda change: (change[0].day, change[0].start)
    )
    rows = [_event_cells(event, action) for event, action in first]
    return _drop_empty_columns(Rows(titles, rows), keep=3)


def preview_rows(plan: ImportPlan, loaded: LoadedFile | None = None) -> Rows:
    """Column titles and the first rows of *plan* as the import will write them; a rejected
    row shows its cells as the file (*loaded*) has them."""
    if isinstance(plan, EventsPlan):
        return _events_rows(plan)
    if isinstance(plan, DealsPlan):
        return _deals_rows(plan, loaded)
    return _people_rows(plan, loaded)
