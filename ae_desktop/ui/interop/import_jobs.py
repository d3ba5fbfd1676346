"""The work the Import dialog hands to a worker thread: reading the file (or finding a full
JSON export), matching it against the database with the preview made alongside, and bringing
a full export back. Applying a plan stays in import_dialog, next to apply_import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ae_desktop.interop.records import FileKind
from ae_desktop.services.import_plan import DuplicatePolicy, ImportSummary
from ae_desktop.services.importing import (
    ImportPlan,
    LoadedFile,
    detect_kind,
    load_file,
    plan_import,
)
from ae_desktop.ui.interop import import_preview as shown
from ae_desktop.ui.worker import hold_collection


@dataclass(frozen=True, slots=True)
class FullExport:
    """A full JSON export, to be brought back whole into the (empty) database."""

    path: Path


def read_for_import(path: Path, start: date, days: int) -> LoadedFile | FullExport:
    """In a worker: *path* read for the import, or a full export (DatabaseNotEmptyError, a
    sentence for the user, when the database already holds data)."""
    kind = detect_kind(path)
    if kind != FileKind.JSON:
        with hold_collection():
            return load_file(path, kind, today=start, window_days=days)
    from ae_desktop.services.importing import ready_for_full_import

    ready_for_full_import()  # said now rather than after the user has confirmed
    return FullExport(path)


def checked(
    loaded: LoadedFile, policy: DuplicatePolicy, money: str
) -> tuple[ImportPlan, shown.Preview]:
    """In a worker: the plan and all the dialog shows of it (both grow with the file)."""
    with hold_collection():
        plan = plan_import(loaded, policy, default_currency=money)
        return plan, shown.build_preview(plan, loaded)


def restored(path: Path) -> tuple[ImportSummary, str]:
    """In a worker: the full export at *path* loaded into the empty database."""
    from ae_desktop.services.importing import import_full_export

    counts = import_full_export(path)
    summary = ImportSummary(created={table: n for table, n in counts.items() if n})
    return summary, shown.restored_text(path, counts)
