"""What the Import dialog shows of a plan: the first rows as the import reads them, the
rejected rows, the Import button's words, and the summary at the end, as translated text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ae_desktop.interop.records import (
    DealRecord,
    DealStatus,
    EventRecord,
    FileKind,
    PersonRecord,
    RowProblem,
)
from ae_desktop.services.import_deals import DealsPlan
from ae_desktop.services.import_events import EventsPlan
from ae_desktop.services.import_people import PeoplePlan
from ae_desktop.services.import_plan import Action, ImportSummary
from ae_desktop.services.importing import ImportPlan, LoadedFile

PREVIEW_ROWS = 20
Rows = tuple[list[str], list[list[str]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def counted(kind: str, n: int) -> str:
    """*n* records of *kind* ("clients", "contacts", "deals", "meetings") in words."""
    words = {
        "clients": (_tr("1 client"), _tr("{0} clients")),
        "contacts": (_tr("1 contact"), _tr("{0} contacts")),
        "deals": (_tr("1 deal"), _tr("{0} deals")),
        "meetings": (_tr("1 meeting"), _tr("{0} meetings")),
        "rows": (_tr("1 row"), _tr("{0} rows")),
    }
    one, many = words.get(kind, ("1 " + kind, "{0} " + kind))
    return one if n == 1 else many.format(QLocale().toString(n))


def _action(action: Action) -> str:
    return {
        Action.CREATE: _tr("New"),
        Action.UPDATE: _tr("Update"),
        Action.SKIP: _tr("Skip: already there"),
        Action.REMOVE: _tr("Remove"),
    }[action]


def _rejected(line: int) -> tuple[int, list[str]]:
    return line, [str(line), _tr("Rejected")]


def _drop_empty_columns(titles: list[str], rows: list[list[str]], keep: int) -> Rows:
    """The first *keep* columns, and the others that have a value in some row."""
    wanted = [i for i in range(len(titles)) if i < keep or any(row[i] for row in rows)]
    return [titles[i] for i in wanted], [[row[i] for i in wanted] for row in rows]


def _first(rows: list[tuple[int, list[str]]]) -> list[list[str]]:
    return [cells for _line, cells in sorted(rows, key=lambda row: row[0])[:PREVIEW_ROWS]]


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


def _people_rows(plan: PeoplePlan) -> Rows:
    titles = [_tr("Line"), _tr("Will be"), _tr("Company"), _tr("Contact"), _tr("E-mail")]
    titles += [_tr("Phone"), _tr("Job title"), _tr("Industry"), _tr("Website")]
    titles += [_tr("Address"), _tr("Notes")]
    rows = [
        (s.record.line, [str(s.record.line), _action(s.action), *_person_cells(s.record)])
        for s in plan.steps
    ]
    rows += [_rejected(p.line) for p in plan.rejected]
    return _drop_empty_columns(titles, _padded(_first(rows), len(titles)), keep=5)


def _money(value_minor: int) -> str:
    return QLocale().toString(float(Decimal(value_minor).scaleb(-2)), "f", 2)


def _deal_cells(record: DealRecord) -> list[str]:
    close = record.expected_close.isoformat() if record.expected_close else ""
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
        DealStatus.OPEN: _tr("Open"),
        DealStatus.WON: _tr("Won"),
        DealStatus.LOST: _tr("Lost"),
    }[status]


def _deals_rows(plan: DealsPlan) -> Rows:
    titles = [_tr("Line"), _tr("Will be"), _tr("Deal"), _tr("Company"), _tr("Value")]
    titles += [_tr("Currency"), _tr("Stage"), _tr("Status"), _tr("Close date")]
    titles += [_tr("Lost reason")]
    rows = [
        (s.record.line, [str(s.record.line), _action(s.action), *_deal_cells(s.record)])
        for s in plan.steps
    ]
    rows += [_rejected(p.line) for p in plan.rejected]
    return _drop_empty_columns(titles, _padded(_first(rows), len(titles)), keep=5)


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
    titles = [_tr("Day"), _tr("Time"), _tr("Meeting"), _tr("Location"), _tr("Will be")]
    changes = [(e, Action.CREATE) for e in plan.creates]
    changes += [(e, Action.UPDATE) for _block, e in plan.updates]
    changes.sort(key=lambda change: (change[0].day, change[0].start))
    rows = [_event_cells(event, action) for event, action in changes[:PREVIEW_ROWS]]
    return _drop_empty_columns(titles, rows, keep=3)


def preview_rows(plan: ImportPlan) -> Rows:
    """Column titles and the first rows of *plan* as the import will write them."""
    if isinstance(plan, EventsPlan):
        return _events_rows(plan)
    if isinstance(plan, DealsPlan):
        return _deals_rows(plan)
    return _people_rows(plan)


def problem_rows(problems: list[RowProblem]) -> list[list[str]]:
    return [[str(problem.line), problem.message] for problem in problems]


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
        text = _tr("Import {0}").format(counted(kind, writes))
    elif removes:
        text = _tr("Remove {0}").format(counted(kind, removes))
    else:
        return _tr("Nothing to import")
    if summary.rejected:
        text += " " + _tr("({0} rejected)").format(counted("rows", len(summary.rejected)))
    return text


def _changes(table: dict[str, int]) -> str:
    return ", ".join(counted(kind, n) for kind, n in table.items() if n)


def headline(plan: ImportPlan, summary: ImportSummary) -> str:
    """One line over the preview: what the import will do."""
    parts = []
    if created := _changes(summary.created):
        parts.append(_tr("New: {0}").format(created))
    if updated := _changes(summary.updated):
        parts.append(_tr("Updated: {0}").format(updated))
    if removed := _changes(summary.removed):
        parts.append(_tr("Removed: {0}").format(removed))
    if isinstance(plan, EventsPlan) and plan.unchanged:
        parts.append(_tr("Already up to date: {0}").format(counted("meetings", plan.unchanged)))
    if summary.skipped:
        skipped = counted("rows", len(summary.skipped))
        parts.append(_tr("Skipped, already in AE Desktop: {0}").format(skipped))
    if not parts:
        return _tr("Nothing would change.")
    return " · ".join(parts)


def summary_text(summary: ImportSummary) -> str:
    """What an import did, as lines to read and copy."""
    lines = []
    if created := _changes(summary.created):
        lines.append(_tr("Created: {0}.").format(created))
    if updated := _changes(summary.updated):
        lines.append(_tr("Updated: {0}.").format(updated))
    if removed := _changes(summary.removed):
        lines.append(_tr("Removed: {0}.").format(removed))
    if not summary.changes:
        lines.append(_tr("Nothing was changed."))
    if summary.skipped:
        lines.append(_tr("Skipped, already in AE Desktop: {0}").format(len(summary.skipped)))
        lines += [f"  {line}" for line in summary.skipped]
    if summary.rejected:
        lines.append(_tr("Rejected: {0}").format(len(summary.rejected)))
        lines += [_tr("  Line {0}: {1}").format(p.line, p.message) for p in summary.rejected]
    if summary.notes:
        lines.append(_tr("Notes:"))
        lines += [f"  {note}" for note in summary.notes]
    return "\n".join(lines)


def describe(loaded: LoadedFile) -> str:
    """What was recognised in the file: "contacts.csv: HubSpot contacts export, read as
    Windows-1252, 1,204 rows"."""
    name = loaded.path.name
    if loaded.kind == FileKind.ICS:
        return _tr("{0}: calendar “{1}”").format(name, loaded.calendar)
    if loaded.kind == FileKind.VCARD and loaded.people is not None:
        count = len(loaded.people.records) + len(loaded.people.problems)
        return _tr("{0}: vCard file, {1}").format(name, counted("contacts", count))
    rows = len(loaded.table.rows) if loaded.table is not None else 0
    deals = loaded.table_kind == "deals"
    if loaded.source and loaded.source != "Generic":
        text = _tr("{0} deals export") if deals else _tr("{0} contacts export")
        text = text.format(loaded.source)
    else:
        text = _tr("A table of deals") if deals else _tr("A table of contacts")
    read = _tr("{0}: {1}, read as {2}, {3}")
    return read.format(name, text, loaded.encoding, counted("rows", rows))
