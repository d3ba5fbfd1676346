"""What the Import dialog shows of a plan: the first rows as the import reads them, the
rejected rows, the Import button's words, and the summary at the end, as translated text.

build_preview runs in the worker that made the plan: everything that grows with the file
(the summary, picking the first rows, the rejected list) is done there, and the GUI thread
only puts a few dozen rows of text into its views."""

from __future__ import annotations

import heapq
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ae_desktop.interop.records import (
    DealRecord,
    DealStatus,
    EventRecord,
    FileKind,
    PersonRecord,
    RowProblem,
)
from ae_desktop.services.import_deals import DealsPlan, DealStep
from ae_desktop.services.import_events import EventsPlan
from ae_desktop.services.import_people import PeoplePlan, PersonStep
from ae_desktop.services.import_plan import Action, ImportSummary
from ae_desktop.services.importing import ImportPlan, LoadedFile
from ae_desktop.ui.labels import date_text

PREVIEW_ROWS = 20
PROBLEM_ROWS = 200  # the rejected rows listed; the others are counted ("… and 5 more")
Cell = tuple[int, int]  # (row, column)


@dataclass(slots=True)
class Rows:
    """Column titles, rows of text, and the cells the import fills in itself (a person
    without a company goes to a client of their own name), shown greyed."""

    titles: list[str]
    rows: list[list[str]]
    implied: set[Cell] = field(default_factory=set)


@dataclass(slots=True)
class Preview:
    """All the dialog shows of a plan before the import, made off the GUI thread."""

    summary: ImportSummary
    rows: Rows
    headline: str
    button: str
    problems: list[list[str]]  # at most PROBLEM_ROWS, then one "… and N more" row
    notes: list[str]


def build_preview(plan: ImportPlan, loaded: LoadedFile | None = None) -> Preview:
    """What the dialog shows of *plan* (made from *loaded*, whose rows a rejected line shows)."""
    summary = plan.summary()
    return Preview(
        summary=summary,
        rows=preview_rows(plan, loaded),
        headline=headline(plan, summary),
        button=button_text(plan, summary),
        problems=problem_rows(summary.rejected),
        notes=list(summary.notes),
    )


def counted(kind: str, n: int) -> str:
    """*n* records of *kind* ("clients", "contacts", "deals", "meetings") in words."""
    words = {
        "clients": (
            QCoreApplication.translate("ImportDialog", "1 client"),
            QCoreApplication.translate("ImportDialog", "{0} clients"),
        ),
        "contacts": (
            QCoreApplication.translate("ImportDialog", "1 contact"),
            QCoreApplication.translate("ImportDialog", "{0} contacts"),
        ),
        "deals": (
            QCoreApplication.translate("ImportDialog", "1 deal"),
            QCoreApplication.translate("ImportDialog", "{0} deals"),
        ),
        "meetings": (
            QCoreApplication.translate("ImportDialog", "1 meeting"),
            QCoreApplication.translate("ImportDialog", "{0} meetings"),
        ),
        "rows": (
            QCoreApplication.translate("ImportDialog", "1 row"),
            QCoreApplication.translate("ImportDialog", "{0} rows"),
        ),
        "records": (
            QCoreApplication.translate("ImportDialog", "1 record"),
            QCoreApplication.translate("ImportDialog", "{0} records"),
        ),
        "tables": (
            QCoreApplication.translate("ImportDialog", "1 table"),
            QCoreApplication.translate("ImportDialog", "{0} tables"),
        ),
    }
    one, many = words.get(kind, ("1 " + kind, "{0} " + kind))
    return one if n == 1 else many.format(QLocale().toString(n))


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


def problem_rows(problems: list[RowProblem]) -> list[list[str]]:
    """The first PROBLEM_ROWS rejected rows (line, why), then how many more there are."""
    rows = [[str(problem.line), problem.message] for problem in problems[:PROBLEM_ROWS]]
    if len(problems) > PROBLEM_ROWS:
        more = len(problems) - PROBLEM_ROWS
        rows.append(
            [
                "…",
                QCoreApplication.translate("ImportDialog", "… and {0} more").format(
                    QLocale().toString(more)
                ),
            ]
        )
    return rows


def rejected_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("ImportDialog", "1 row rejected")
    return QCoreApplication.translate("ImportDialog", "{0} rows rejected").format(
        QLocale().toString(n)
    )


def main_kind(plan: ImportPlan) -> str:
    if isinstance(plan, EventsPlan):
        return "meetings"
    return "deals" if isinstance(plan, DealsPlan) else "contacts"


def button_text(plan: ImportPlan, summary: ImportSummary) -> str:
    """ "Import 118 contacts (3 rows rejected)", or "Nothing to import"."""
    kind = main_kind(plan)
    writes = summary.created.get(kind, 0) + summary.updated.get(kind, 0)
    removes = summary.removed.get(kind, 0)
    if writes:
        text = QCoreApplication.translate("ImportDialog", "Import {0}").format(
            counted(kind, writes)
        )
    elif removes:
        text = QCoreApplication.translate("ImportDialog", "Remove {0}").format(
            counted(kind, removes)
        )
    else:
        return QCoreApplication.translate("ImportDialog", "Nothing to import")
    if summary.rejected:
        text += " (" + rejected_text(len(summary.rejected)) + ")"
    return text


def _changes(table: dict[str, int]) -> str:
    return ", ".join(counted(kind, n) for kind, n in table.items() if n)


def headline(plan: ImportPlan, summary: ImportSummary) -> str:
    """One line over the preview: what the import will do."""
    parts = []
    if created := _changes(summary.created):
        parts.append(QCoreApplication.translate("ImportDialog", "New: {0}").format(created))
    if updated := _changes(summary.updated):
        parts.append(QCoreApplication.translate("ImportDialog", "Updated: {0}").format(updated))
    if removed := _changes(summary.removed):
        parts.append(QCoreApplication.translate("ImportDialog", "Removed: {0}").format(removed))
    if isinstance(plan, EventsPlan) and plan.unchanged:
        parts.append(
            QCoreApplication.translate("ImportDialog", "Already up to date: {0}").format(
                counted("meetings", plan.unchanged)
            )
        )
    if summary.skipped:
        skipped = counted("rows", len(summary.skipped))
        parts.append(
            QCoreApplication.translate(
                "ImportDialog", "Skipped, already in AE Desktop: {0}"
            ).format(skipped)
        )
    if not parts:
        return QCoreApplication.translate("ImportDialog", "Nothing would change.")
    return " · ".join(parts)


def summary_text(summary: ImportSummary) -> str:
    """What an import did, as lines to read and copy."""
    lines = []
    if created := _changes(summary.created):
        lines.append(QCoreApplication.translate("ImportDialog", "Created: {0}.").format(created))
    if updated := _changes(summary.updated):
        lines.append(QCoreApplication.translate("ImportDialog", "Updated: {0}.").format(updated))
    if removed := _changes(summary.removed):
        lines.append(QCoreApplication.translate("ImportDialog", "Removed: {0}.").format(removed))
    if not summary.changes:
        lines.append(QCoreApplication.translate("ImportDialog", "Nothing was changed."))
    if summary.skipped:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "Skipped, already in AE Desktop: {0}"
            ).format(len(summary.skipped))
        )
        lines += [f"  {line}" for line in summary.skipped]
    if summary.rejected:
        lines.append(
            QCoreApplication.translate("ImportDialog", "Rejected: {0}").format(
                len(summary.rejected)
            )
        )
        lines += [
            QCoreApplication.translate("ImportDialog", "  Line {0}: {1}").format(p.line, p.message)
            for p in summary.rejected
        ]
    if summary.notes:
        lines.append(QCoreApplication.translate("ImportDialog", "Notes:"))
        lines += [f"  {note}" for note in summary.notes]
    return "\n".join(lines)


def restored_text(path: Path, counts: dict[str, int]) -> str:
    """What bringing back a full export did: the records of each table."""
    total = counted("records", sum(counts.values()))
    tables = counted("tables", len(counts))
    lines = [
        QCoreApplication.translate("ImportDialog", "Brought back {0} of {1} from {2}.").format(
            total, tables, path.name
        )
    ]
    lines += [f"  {table}: {QLocale().toString(n)}" for table, n in counts.items() if n]
    return "\n".join(lines)


def describe(loaded: LoadedFile) -> str:
    """What was recognised in the file: "contacts.csv: HubSpot contacts export, read as
    Windows-1252, 1,204 rows"."""
    name = loaded.path.name
    if loaded.kind == FileKind.ICS:
        return QCoreApplication.translate("ImportDialog", "{0}: calendar “{1}”").format(
            name, loaded.calendar
        )
    if loaded.kind == FileKind.VCARD and loaded.people is not None:
        count = len(loaded.people.records) + len(loaded.people.problems)
        return QCoreApplication.translate("ImportDialog", "{0}: vCard file, {1}").format(
            name, counted("contacts", count)
        )
    rows = len(loaded.table.rows) if loaded.table is not None else 0
    deals = loaded.table_kind == "deals"
    if loaded.source and loaded.source != "Generic":
        text = (
            QCoreApplication.translate("ImportDialog", "{0} deals export")
            if deals
            else QCoreApplication.translate("ImportDialog", "{0} contacts export")
        )
        text = text.format(loaded.source)
    else:
        text = (
            QCoreApplication.translate("ImportDialog", "A table of deals")
            if deals
            else QCoreApplication.translate("ImportDialog", "A table of contacts")
        )
    read = QCoreApplication.translate("ImportDialog", "{0}: {1}, read as {2}, {3}")
    return read.format(name, text, loaded.encoding, counted("rows", rows))
