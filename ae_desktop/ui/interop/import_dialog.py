"""File > Import…: read a CSV, vCard or calendar file, preview what it holds and what the
import will do, then apply it in the background with progress and cancel. A full JSON export
is brought back whole into an empty database, after the user confirms."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from ae_desktop.interop.records import FileKind, ImportFileError
from ae_desktop.services.import_plan import ImportCancelled, ImportSummary, Progress
from ae_desktop.services.importing import ImportPlan, LoadedFile, apply_import
from ae_desktop.ui.interop import import_preview as shown
from ae_desktop.ui.interop.import_command import ImportUndo
from ae_desktop.ui.interop.import_jobs import FullExport, checked, read_for_import, restored
from ae_desktop.ui.interop.import_widgets import ImportDialogWidgets
from ae_desktop.ui.screen import fitting_size
from ae_desktop.ui.worker import hold_collection, release_held_objects, run_in_background

PLAN_DELAY_MS = 300  # a mapping change waits this long for the next one before re-checking
ChooseFile = Callable[[QWidget, str], str]


def _ask_file(parent: QWidget, folder: str) -> str:
    title = QCoreApplication.translate("ImportDialog", "Import a file")
    kinds = QCoreApplication.translate(
        "ImportDialog",
        "Contacts, deals, calendar or a full export (*.csv *.txt *.vcf *.vcard *.ics *.json)",
    )
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, folder, kinds)
    return chosen


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _applied(plan: ImportPlan, today: date, progress: Progress) -> tuple[ImportSummary, str]:
    with hold_collection():
        summary = apply_import(plan, today=today, progress=progress)
        return summary, shown.summary_text(summary)


class ImportDialog(ImportDialogWidgets):
    """Choose a file (or get one dropped on the window), check it, import it. *imported* is
    emitted with the ImportSummary once an import has been written."""

    imported = Signal(object)
    progressed = Signal(int, int)  # emitted by the worker while it applies, shown here

    def __init__(
        self,
        path: Path | None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        choose_file: ChooseFile = _ask_file,
        undo: ImportUndo | None = None,
    ) -> None:
        super().__init__(parent)
        self._undo = undo  # the window's history: an applied import is one step of it
        from ae_desktop.services.settings import currency

        self.setWindowTitle(self.tr("Import"))
        self._today = today or date.today()
        self._choose_file = choose_file
        self._currency = currency()
        self._generation = 0
        self._cancel = threading.Event()
        self._asked_first = path is not None
        self.path = path
        self.loaded: LoadedFile | None = None
        self.full_export: FullExport | None = None  # a JSON export waiting to be confirmed
        self.plan: ImportPlan | None = None
        self.preview: shown.Preview | None = None
        self.outcome: ImportSummary | None = None
        self.applying = False
        self._build()
        self.resize(*fitting_size(self, 1180, 720))
        if path is not None:
            self.open_file(path)

    def _build(self) -> None:
        self._build_widgets(self._currency, self._today)
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self.make_plan)
        self._window_timer = QTimer(self)
        self._window_timer.setSingleShot(True)
        self._window_timer.setInterval(PLAN_DELAY_MS)
        self._window_timer.timeout.connect(self._on_window_timer_timeout)
        self.choose_button.clicked.connect(self.choose_file)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.views.mapping_model.mapping_changed.connect(self._schedule_plan)
        self.options.plan_changed.connect(self._schedule_plan)
        self.options.window_changed.connect(self._on_window_changed)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.progressed.connect(self._on_progressed)

    # Choosing and reading the file

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._asked_first:
            self._asked_first = True
            QTimer.singleShot(0, self._on_first_shown)

    def _on_first_shown(self) -> None:
        if not self.choose_file() and self.path is None:
            self.reject()  # opened from the menu and no file chosen: nothing to do here

    def choose_file(self) -> bool:
        folder = str(self.path.parent) if self.path is not None else _documents()
        chosen = self._choose_file(self, folder)
        if chosen:
            self.open_file(Path(chosen))
        return bool(chosen)

    def open_file(self, path: Path) -> None:
        """Read *path* in a worker (a calendar for the weeks chosen); then check it."""
        self.path = path
        self._generation += 1
        generation = self._generation
        self.loaded = self.plan = self.outcome = self.full_export = None
        self._show_message("")
        self.import_button.show()
        self.file_label.setText(path.name)
        self._busy(self.tr("Reading {0}…").format(path.name))
        start, days = self.options.calendar_window()
        run_in_background(
            lambda: read_for_import(path, start, days),
            lambda loaded: self._on_loaded(generation, loaded),
            lambda exc: self._on_load_failed(generation, path, exc),
            owner=self,
        )

    def _on_loaded(self, generation: int, loaded: LoadedFile | FullExport) -> None:
        if generation != self._generation:
            return
        if isinstance(loaded, FullExport):
            self._ask_restore(loaded)
            return
        self.loaded = loaded
        self.file_label.setText(shown.describe(loaded))
        self.options.show_for(loaded)
        self.views.show_mapping(loaded)
        self.views.clear()
        self.pages.setCurrentIndex(1)
        self.make_plan()

    def _ask_restore(self, export: FullExport) -> None:
        """The Import button brings the whole export back; nothing is asked of the rows."""
        self.full_export = export
        self.file_label.setText(self.tr("{0}: a full AE Desktop export").format(export.path.name))
        self.restore_question.setText(
            self.tr(
                "Bring back everything from this export? Your database is empty, so nothing "
                "is replaced."
            )
        )
        self.pages.setCurrentIndex(3)
        self._idle("")
        self.import_button.setText(self.tr("&Bring back everything"))
        self.import_button.setEnabled(True)

    def _on_load_failed(self, generation: int, path: Path, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.file_label.setText(path.name)
        self.pages.setCurrentIndex(0)
        if isinstance(exc, ImportFileError):  # a sentence for the user already
            self._show_message(str(exc))
        else:
            self._show_message(self.tr("{0} cannot be imported: {1}").format(path.name, exc))
        self._idle("")

    # Checking: the plan, made again (debounced) when a choice changes

    def _schedule_plan(self) -> None:
        if self.loaded is None or self.applying:
            return
        self._generation += 1  # a plan under way is for the old choices: dropped
        self.plan = None
        self._busy(self.tr("Checking the rows…"))
        self._plan_timer.start()

    def _on_window_changed(self) -> None:
        if self.loaded is not None and self.loaded.kind == FileKind.ICS and not self.applying:
            self._generation += 1
            self._busy(self.tr("Reading the calendar…"))
            self._window_timer.start()

    def _on_window_timer_timeout(self) -> None:
        if self.path is not None:
            self.open_file(self.path)

    def make_plan(self) -> None:
        """Match the file against the database in a worker, with the choices made."""
        loaded = self.loaded
        if loaded is None:
            return
        self._generation += 1
        generation = self._generation
        if loaded.table is not None:
            mapping = self.views.mapping_model.mapping()
            loaded = replace(loaded, mapping=mapping, table_kind=self.options.table_kind())
        policy = self.options.duplicate_policy()
        money = self.options.default_currency(self._currency)
        self._busy(self.tr("Checking the rows…"))
        run_in_background(
            lambda: checked(loaded, policy, money),
            lambda checked: self._on_planned(generation, *checked),
            lambda exc: self._on_plan_failed(generation, exc),
            owner=self,
        )

    def _on_planned(self, generation: int, plan: ImportPlan, preview: shown.Preview) -> None:
        """Only the first rows are shown here: the rest was worked out in the worker."""
        if generation != self._generation:
            return
        self.plan = plan
        self.preview = preview
        self.views.show_preview(preview)
        self._idle("")
        self.import_button.setText(preview.button)
        self.import_button.setEnabled(preview.summary.changes > 0)

    def _on_plan_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._show_message(self.tr("The rows could not be checked: {0}").format(exc))
        self._idle("")

    # Applying

    def start_import(self) -> None:
        if self.full_export is not None and not self.applying:
            self._start_restore(self.full_export)
            return
        plan = self.plan
        if plan is None or self.applying:
            return
        self.applying = True
        self._cancel.clear()
        self._show_message("")
        self._set_inputs_enabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Importing…"))
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        today = self._today

        def progress(done: int, total: int) -> bool:  # in the worker
            self.progressed.emit(done, total)
            return not self._cancel.is_set()

        run_in_background(
            lambda: _applied(plan, today, progress),
            lambda done: self._on_applied(*done),
            self._on_apply_failed,
            owner=self,
        )

    def _start_restore(self, export: FullExport) -> None:
        """Load the full export in a worker: one transaction, so it cannot be cancelled."""
        self.applying = True
        self._show_message("")
        self._set_inputs_enabled(False)
        self._busy(self.tr("Bringing back {0}…").format(export.path.name))
        run_in_background(
            lambda: restored(export.path),
            lambda done: self._on_applied(*done),
            self._on_apply_failed,
            owner=self,
        )

    def _on_progressed(self, done: int, total: int) -> None:
        if self.applying and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def cancel_import(self) -> None:
        if self.applying:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _on_applied(self, summary: ImportSummary, text: str) -> None:
        self.applying = False
        self.outcome = summary
        self.full_export = None
        self._set_inputs_enabled(True)
        self._idle("")
        self.summary.setPlainText(text)
        self.pages.setCurrentIndex(2)
        self.import_button.hide()
        self.choose_button.setText(self.tr("Import &another file…"))
        self.close_button.setDefault(True)
        if self._undo is not None and summary.record is not None and self.loaded is not None:
            self._undo.push(self.loaded.path.name, summary.record)
        self.imported.emit(summary)

    def _on_apply_failed(self, exc: Exception) -> None:
        self.applying = False
        self._set_inputs_enabled(True)
        self._idle("")
        self.import_button.setEnabled(self.plan is not None or self.full_export is not None)
        if isinstance(exc, ImportCancelled):
            self._show_message(self.tr("Import cancelled: nothing was written."))
        elif isinstance(exc, ImportFileError):  # a sentence for the user already
            self._show_message(str(exc))
        else:
            failed = self.tr("The import failed and nothing was written: {0}")
            self._show_message(failed.format(exc))

    def reject(self) -> None:
        if self.applying:  # closing while it writes: stop it first, nothing is left half done
            self.cancel_import()
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self._generation += 1  # a read or a check still under way is not shown
        self.loaded = self.plan = self.preview = None  # the file's rows, let go now
        release_held_objects()
