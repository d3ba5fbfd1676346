"""What the Import dialog shows of a plan: the first rows as the import reads them (made in
import_rows), the rejected rows, the Import button's words, and the summary at the end, as
translated text.

build_preview runs in the worker that made the plan: everything that grows with the file
(the summary, picking the first rows, the rejected list) is done there, and the GUI thread
only puts a few dozen rows of text into its views."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from ae_desktop.interop.records import FileKind, RowProblem
from ae_desktop.services.import_deals import DealsPlan
from ae_desktop.services.import_events import EventsPlan
from ae_desktop.services.import_plan import ImportSummary
from ae_desktop.services.importing import ImportPlan, LoadedFile
from ae_desktop.ui.interop.import_rows import Rows, preview_rows

PROBLEM_ROWS = 200  # the rejected rows listed; the others are counted ("… and 5 more")


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
