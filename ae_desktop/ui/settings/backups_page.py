"""Settings -> Backups: the backups with date, kind and size; Back up now, Restore…, Show folder."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services import backups
from ae_desktop.services.backups import BackupInfo, BackupKind
from ae_desktop.ui import messages
from ae_desktop.ui.flow_layout import FlowLayout
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import date_text
from ae_desktop.ui.views import HintTableView
from ae_desktop.ui.worker import run_in_background

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
DATE, KIND, SIZE = range(3)

ChooseFile = Callable[[QWidget | None, Path], str]
Confirm = Callable[[QWidget | None, str, str], bool]
Warn = Callable[[QWidget | None, str, str], None]

# Before a restore, the work in progress (each worker has its own connection) is let finish,
# the page staying responsive, for this long; then the restore is refused.
WAIT_FOR_WORK_MS = 10_000
_POLL_MS = 50


def size_text(size: int) -> str:
    """A file size in the user's locale: '840 KB', '48.2 MB' (1 KB = 1024 bytes)."""
    locale = QLocale()
    if size < 1024 * 1024:
        kilobytes = locale.toString(max(1, round(size / 1024)))
        return QCoreApplication.translate("BackupsPage", "{0} KB").format(kilobytes)
    megabytes = locale.toString(size / (1024 * 1024), "f", 1)
    return QCoreApplication.translate("BackupsPage", "{0} MB").format(megabytes)


def kind_label(kind: BackupKind) -> str:
    return {
        BackupKind.AUTOMATIC: QCoreApplication.translate("BackupsPage", "Automatic"),
        BackupKind.MANUAL: QCoreApplication.translate("BackupsPage", "Manual"),
        BackupKind.BEFORE_UPGRADE: QCoreApplication.translate("BackupsPage", "Before upgrade"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate("BackupsPage", "Before restore"),
        BackupKind.OTHER: QCoreApplication.translate("BackupsPage", "Other"),
    }[kind]


def ask_database_file(parent: QWidget | None, folder: Path) -> str:
    """An open dialog for an AE Desktop database file; '' when cancelled."""
    title = QCoreApplication.translate("BackupsPage", "Choose an AE Desktop database")
    kinds = QCoreApplication.translate(
        "BackupsPage", "AE Desktop databases (*.sqlite3);;All files (*)"
    )
    return QFileDialog.getOpenFileName(parent, title, str(folder), kinds)[0]


class BackupsModel(QAbstractTableModel):
    """The backups, newest first (as listed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BackupInfo:
        return self._rows[row]

    def row_of(self, path: Path) -> int:
        return next((i for i, b in enumerate(self._rows) if b.path == path), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else SIZE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Taken"), self.tr("Kind"), self.tr("Size")][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return date_text(backup.taken_at)
            if column == KIND:
                return kind_label(backups.kind_of(backup))
            return size_text(backup.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return messages.plain_tooltip(backup.path.name)
        return None


class BackupsPage(QWidget):
    """The backups folder as a list, and what the user does with it. Checking a file, backing
    up and restoring run in workers. A restore waits for the other workers to finish, then
    closes the database, so that nothing in this process uses it until the worker has put the
    backup in place and opened it again."""

    data_replaced = Signal()  # a restore replaced the database

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        choose_file: ChooseFile = ask_database_file,
        confirm: Confirm = messages.ask,
        warn: Warn = messages.warn,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._open_url = open_url
        self._choose_file = choose_file
        self._confirm = confirm
        self._warn = warn
        self._busy = False
        self.folder = backups.backups_folder()
        intro = plain_label(
            self.tr(
                "AE Desktop backs up your data when you quit after a change, and once a day "
                "while it runs. It keeps the last 7 daily, 4 weekly and 12 monthly backups; "
                "backups taken before an upgrade or a restore are always kept. Backups you take "
                "yourself are never removed automatically."
            )
        )
        intro.setWordWrap(True)
        where = muted_label(self.tr("Folder: {0}").format(self.folder))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupsModel(self)
        self.table = self._build_table()
        self.backup_button = QPushButton(self.tr("Back &up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Restore the selected backup"))
        self.file_button = QPushButton(self.tr("Restore from &file…"))
        self.folder_button = QPushButton(self.tr("Show &folder"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a backup has no steps worth counting
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = plain_label()
        self.status.setWordWrap(True)
        actions = FlowLayout()  # a second row in a longer language, not a wider dialog
        for button in (self.backup_button, self.restore_button, self.file_button):
            actions.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addLayout(actions, 1)
        buttons.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(status_row)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _build_table(self) -> HintTableView:
        table = HintTableView()
        table.setAccessibleName(self.tr("Backups"))
        table.setModel(self.model)
        table.set_empty_hint(self.tr("No backups yet. Back up now to make the first one."))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        table.activated.connect(lambda _index: self.restore_selected())
        return table

    # -- state ---------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._busy

    def refresh(self, select: Path | None = None) -> None:
        """Read the backups folder again; select *select*, else the newest."""
        try:
            rows = backups.list_backups()
        except (backups.StoreError, OSError) as exc:
            rows = []
            self.status.setText(self.tr("The backups could not be listed: {0}").format(exc))
        self.model.set_rows(rows)
        row = self.model.row_of(select) if select is not None else -1
        if rows:
            self.table.selectRow(max(row, 0))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        idle = not self._busy
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected() is not None)
        self.file_button.setEnabled(idle)

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.status.setText(text)
        self._update_buttons()

    # -- back up -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self._busy:
            return
        self._set_busy(True, self.tr("Backing up…"))
        now = self._now()
        run_in_background(
            lambda: backups.backup_now(now), self._on_backed_up, self._on_backup_failed, self
        )

    def _on_backed_up(self, saved: BackupInfo) -> None:
        self._set_busy(False, "")
        self.refresh(select=saved.path)
        self.status.setText(
            self.tr("Backed up: {0}, {1}.").format(date_text(saved.taken_at), size_text(saved.size))
        )

    def _on_backup_failed(self, exc: Exception) -> None:
        self._set_busy(False, self.tr("The backup failed: {0}").format(exc))

    # -- restore -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or self._busy:
            return
        when = date_text(backup.taken_at)
        question = self.tr(
            "Restore the backup of {0}?\n\nYour data goes back to how it was then. The current "
            "data is first kept as a backup (“Before restore”), so you can return to it."
        ).format(when)
        if self._confirm(self, self.tr("Restore"), question):
            self._restore(backup.path, self.tr("Restored the backup of {0}.").format(when))

    def restore_file(self) -> None:
        if self._busy:
            return
        chosen = self._choose_file(self, self.folder)
        if not chosen:
            return
        path = Path(chosen)
        # Reading a large file through (its integrity check) takes a while: not on this thread.
        self._set_busy(True, self.tr("Checking {0}…").format(path.name))
        run_in_background(
            lambda: backups.check_file(path),
            lambda _version: self._on_file_checked(path),
            self._on_file_check_failed,
            self,
        )

    def _on_file_checked(self, path: Path) -> None:
        self._set_busy(False, "")
        question = self.tr(
            "Restore {0}?\n\nYour data is replaced by what that file holds; the file itself "
            "is not changed. The current data is first kept as a backup (“Before restore”), "
            "so you can return to it."
        ).format(path)
        if self._confirm(self, self.tr("Restore"), question):
            self._restore(path, self.tr("Restored {0}.").format(path.name))

    def _on_file_check_failed(self, exc: Exception) -> None:
        self._set_busy(False, "")
        self._warn(self, self.tr("Restore"), str(exc))

    def _restore(self, source: Path, done_text: str) -> None:
        self._set_busy(True, self.tr("Restoring…"))
        self._start_restore(source, done_text, waited_ms=0)

    def _start_restore(self, source: Path, done_text: str, waited_ms: int) -> None:
        # Every worker reads through its own connection: none may be open while the file is
        # replaced. They are let finish, the event loop running meanwhile; the check and the
        # close below run in one go on this thread, so no new worker starts in between.
        if not QThreadPool.globalInstance().waitForDone(0):
            if waited_ms >= WAIT_FOR_WORK_MS:
                text = self.tr(
                    "Other work is still running, so nothing was restored. Try again when it "
                    "is done."
                )
                self._set_busy(False, text)
                self._warn(self, self.tr("Restore"), text)
                return
            self.status.setText(self.tr("Restoring: waiting for the work in progress…"))
            QTimer.singleShot(
                _POLL_MS, self, lambda: self._start_restore(source, done_text, waited_ms + _POLL_MS)
            )
            return
        try:
            # From here until the worker opens it again, any use of the database in this
            # process (a timer, a reload) fails with "being restored" rather than reconnecting.
            backups.close_for_restore()
        except backups.StoreError as exc:
            text = self.tr("Nothing was restored: {0}").format(exc)
            self._set_busy(False, text)
            self._warn(self, self.tr("Restore"), text)
            return
        self.status.setText(self.tr("Restoring…"))
        now = self._now()
        run_in_background(
            lambda: backups.restore_and_reopen(source, now),
            lambda _kept: self._on_restored(done_text),
            self._on_restore_failed,
            self,
        )  # the worker opens the database again whatever becomes of this page

    def _on_restored(self, done_text: str) -> None:
        self._set_busy(False, "")
        self.refresh()
        self.status.setText(done_text + " " + self.tr("The data from before is kept as a backup."))
        self.data_replaced.emit()

    def _on_restore_failed(self, exc: Exception) -> None:
        if isinstance(exc, backups.NotReopenedError):
            self._set_busy(False, str(exc))
            self._warn(self, self.tr("Restore"), str(exc))
            return
        self._set_busy(False, self.tr("The restore failed: {0}").format(exc))
        self.data_replaced.emit()  # the same data; the tabs read it again to be sure
        self._warn(self, self.tr("Restore"), self.tr("The restore failed: {0}").format(exc))

    # -- folder --------------------------------------------------------------------------

    def show_folder(self) -> None:
        self._open_url(QUrl.fromLocalFile(str(self.folder)))
