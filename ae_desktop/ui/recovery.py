"""A damaged or missing database at start-up: restore the newest sound backup, open another
file, start empty (after a confirmation) or quit, the damaged file always kept."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.logs import log_failure
from ae_desktop.services import backups
from ae_desktop.services.backups import BackupInfo
from ae_desktop.ui import messages
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import date_text
from ae_desktop.ui.settings.backups_page import ask_database_file, size_text

log = logging.getLogger(__name__)


TEXT_WIDTH = 480
SIDE_SUFFIXES = ("-wal", "-shm")  # SQLite's files beside the database, moved with it


class Choice(Enum):
    RESTORE = "restore"
    OPEN_OTHER = "open other"
    START_EMPTY = "start empty"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    """What is wrong, where the damaged file is kept, and the way forward the user picks
    (``choice`` once closed; Quit when the window is closed any other way).

    *missing*: there is no database file, though the folder held one (a restore killed
    halfway, a file deleted or moved): an empty database is offered beside the backup.
    """

    def __init__(
        self,
        problem: str,
        database: Path,
        kept_as: Path | None,
        backup: BackupInfo | None,
        parent: QWidget | None = None,
        *,
        missing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.QUIT
        if missing:
            self.setWindowTitle(self.tr("AE Desktop: missing database"))
            title = plain_label(self.tr("Your database is missing"))
        else:
            self.setWindowTitle(self.tr("AE Desktop: damaged database"))
            title = plain_label(self.tr("Your database is damaged"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.problem_label = plain_label(
            self.tr("AE Desktop checked {0} and found a problem: {1}").format(database, problem)
        )
        if missing and kept_as is None:
            kept = self.tr(
                "Nothing in {0} is deleted: the backups and any files set aside there stay "
                "as they are."
            ).format(database.parent)
        elif kept_as is None:
            kept = self.tr(
                "The damaged file is never deleted. Before it is replaced, it is renamed to:\n{0}"
            ).format(database.name + ".damaged-…")
        else:
            kept = self.tr("The damaged file is never deleted. It is kept as:\n{0}").format(kept_as)
        self.kept_label = muted_label(kept)
        if backup is not None:
            text = self.tr(
                "The newest sound backup is from {0} ({1}). Restore brings your data back as "
                "it was then; what you changed after that is not in it."
            ).format(date_text(backup.taken_at), size_text(backup.size))
        else:
            text = self.tr(
                "There is no sound backup to restore. You can open another AE Desktop "
                "database file, or start with an empty database."
            )
        self.backup_label = plain_label(text)
        for label in (self.problem_label, self.kept_label, self.backup_label):
            label.setWordWrap(True)
            label.setMinimumWidth(TEXT_WIDTH)  # wrapped labels get their height at this width
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        self.empty_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = self._button(buttons, self.tr("&Restore"), Choice.RESTORE)
            self.restore_button.setDefault(True)
        self.open_button = self._button(buttons, self.tr("&Open another file…"), Choice.OPEN_OTHER)
        if backup is None or missing:
            self.empty_button = self._button(
                buttons, self.tr("&Start with an empty database"), Choice.START_EMPTY
            )
        if backup is None:
            self.open_button.setDefault(True)
        self.quit_button = self._button(buttons, self.tr("&Quit"), Choice.QUIT)

        picture = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        picture.setPixmap(warning.pixmap(size, size))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        text_column = QVBoxLayout()
        text_column.setSpacing(10)
        for widget in (title, self.problem_label, self.backup_label, self.kept_label):
            text_column.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(picture)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, choice: Choice) -> QPushButton:
        button = QPushButton(text)
        role = QDialogButtonBox.ButtonRole.RejectRole
        if choice is not Choice.QUIT:
            role = QDialogButtonBox.ButtonRole.AcceptRole
        box.addButton(button, role)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def reject(self) -> None:
        self.choice = Choice.QUIT  # Esc or the window's close button
        super().reject()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.done(
            QDialog.DialogCode.Rejected if choice is Choice.QUIT else QDialog.DialogCode.Accepted
        )


def _exec(dialog: RecoveryDialog) -> Choice:
    dialog.exec()
    return dialog.choice


AskChoice = Callable[[RecoveryDialog], Choice]
ChooseFile = Callable[[QWidget | None, Path], str]
Confirm = Callable[[QWidget | None, str, str], bool]
Warn = Callable[[QWidget | None, str, str], None]


class Recovery(QObject):
    """Leads the user from a damaged or missing database to one that opens.

    ``run()`` returns True once a database is in place (a backup restored, another file
    copied in, or none, for an empty one after a confirmation) and False on Quit, with the
    damaged file then left exactly as it was. Whatever the way forward, the damaged file is
    renamed aside, never deleted: by the restore once its copy is verified, or before an
    empty database. The dialog and the questions are injectable, so tests drive every path
    without exec().
    """

    def __init__(
        self,
        database: Path,
        backups_dir: Path,
        problem: str,
        *,
        now: Callable[[], datetime] = datetime.now,
        ask: AskChoice = _exec,
        choose_file: ChooseFile = ask_database_file,
        confirm: Confirm = messages.ask,
        warn: Warn = messages.warn,
        parent: QWidget | None = None,
        missing: bool = False,
    ) -> None:
        super().__init__()
        self.database = database
        self.backups_dir = backups_dir
        self.problem = problem
        self.missing = missing  # no database file, though the folder held one
        self._now = now
        self._ask = ask
        self._choose_file = choose_file
        self._confirm = confirm
        self._warn = warn
        self._parent = parent
        self.kept_as: Path | None = None
        self.outcome = ""  # what was done, for the status bar once the window is up

    def run(self) -> bool:
        backup = self._newest_backup()
        while True:
            dialog = RecoveryDialog(
                self.problem,
                self.database,
                self.kept_as,
                backup,
                self._parent,
                missing=self.missing,
            )
            choice = self._ask(dialog)
            dialog.deleteLater()
            what = "Missing" if self.missing else "Damaged"
            log.info("%s database: the user chose %s", what, choice.value)
            if choice is Choice.QUIT:
                return False
            if choice is Choice.RESTORE and backup is not None:
                if self._put_in_place(backup.path):
                    self.outcome = self.tr("Restored the backup of {0}.").format(
                        date_text(backup.taken_at)
                    )
                    return True
                backup = self._newest_backup()
            elif choice is Choice.OPEN_OTHER:
                chosen = self._choose_file(self._parent, self.backups_dir)
                if chosen and self._usable(Path(chosen)) and self._put_in_place(Path(chosen)):
                    self.outcome = self.tr("Opened a copy of {0}.").format(chosen)
                    return True
            elif choice is Choice.START_EMPTY and self._confirmed_empty() and self._set_aside():
                self.outcome = self.tr("Started with an empty database.")
                return True

    def status_text(self) -> str:
        """What was done and where the damaged file is, for the status bar."""
        if self.kept_as is None:
            return self.outcome
        kept = self.tr("The damaged database is kept as {0}.").format(self.kept_as)
        return f"{self.outcome} {kept}"

    def _newest_backup(self) -> BackupInfo | None:
        try:
            return backups.newest_good_backup(self.backups_dir)
        except (backups.StoreError, OSError) as exc:  # e.g. an unreadable backups folder
            log_failure(log, "Looking for a backup", exc)
            return None

    def _usable(self, path: Path) -> bool:
        try:
            backups.check_file(path)
        except (backups.StoreError, OSError) as exc:
            self._warn(self._parent, self.tr("Open another file"), str(exc))
            return False
        return True

    def _confirmed_empty(self) -> bool:
        if self.missing:
            text = self.tr(
                "Start with an empty database? Your clients, deals and agenda will not be "
                "there. The backups in {0} stay, so you can still restore one later from "
                "Settings > Backups."
            ).format(self.backups_dir)
            return self._confirm(self._parent, self.tr("Start with an empty database"), text)
        text = self.tr(
            "Start with an empty database? Your clients, deals and agenda will not be there. "
            "The damaged file is kept in {0}, so your data can still be rescued from it."
        ).format(self.database.parent)
        return self._confirm(self._parent, self.tr("Start with an empty database"), text)

    def _set_aside(self) -> bool:
        """Before an empty database: the damaged file and a -wal left without it (which would
        be replayed onto the new one) renamed aside."""
        if self.kept_as is not None:
            return True
        name = self.database.name
        if not any(self.database.with_name(name + s).exists() for s in ("", *SIDE_SUFFIXES)):
            return True
        try:
            self.kept_as = backups.set_aside(self.database, self._now())
        except OSError as exc:
            log_failure(log, "Setting the damaged database aside", exc)
            text = self.tr("The damaged database could not be moved aside: {0}").format(exc)
            self._warn(self._parent, self.tr("Damaged database"), text)
            return False
        log.info("Damaged database kept as %s", self.kept_as.name)
        return True

    def _put_in_place(self, source: Path) -> bool:
        """Restore *source* in place of the database, showing that it is under way.

        Nothing is set aside first: restore_backup sets a damaged database aside itself, and
        only once the copy of *source* beside it is written and verified. A restore that
        fails or is killed leaves the damaged file where it was, so the next start asks
        again instead of opening an empty database.
        """
        before = self._damaged_files()
        now = self._now()
        failure = _while_busy(
            lambda: backups.restore_closed(source, now, self.database, self.backups_dir),
            self.tr("Restoring {0}…").format(source.name),
            self._parent,
        )
        kept = sorted(self._damaged_files() - before)
        if kept and self.kept_as is None:
            self.kept_as = kept[-1]
            log.info("Damaged database kept as %s", self.kept_as.name)
        if failure is not None:
            log_failure(log, "Restoring at start-up", failure)
            text = self.tr("It could not be restored: {0}").format(failure)
            self._warn(self._parent, self.tr("Restore"), text)
            return False
        return True

    def _damaged_files(self) -> set[Path]:
        """The database files set aside as damaged so far (not their -wal/-shm)."""
        prefix = self.database.name + ".damaged-"
        try:
            names = [p for p in self.database.parent.iterdir() if p.name.startswith(prefix)]
        except OSError:
            return set()
        return {p for p in names if not p.name.endswith(SIDE_SUFFIXES)}


class BusyDialog(QDialog):
    """ "Restoring…" with a moving bar while a worker runs; it cannot be closed meanwhile."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("AE Desktop"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.label = plain_label(text)
        self.label.setMinimumWidth(TEXT_WIDTH // 2)
        bar = QProgressBar()
        bar.setRange(0, 0)  # how far a copy has got is not known: it moves while it runs
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        self.finished_work = False

    def reject(self) -> None:
        if self.finished_work:  # Esc while the restore runs: it cannot be stopped halfway
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.finished_work:
            super().closeEvent(event)
        else:
            event.ignore()


class _Finished(QObject):
    finished = Signal()  # emitted by the worker thread, delivered on the GUI thread


def _while_busy(work: Callable[[], object], text: str, parent: QWidget | None) -> Exception | None:
    """Run *work* in a thread while a modal BusyDialog says *text*; what it raised, if
    anything. The GUI thread keeps painting: a restore of a large database takes seconds.

    A plain thread, not the pool's workers: those close a peewee connection when done, and
    at this point no database has been opened.
    """
    dialog = BusyDialog(text, parent)
    loop = QEventLoop()
    signal = _Finished()
    signal.finished.connect(loop.quit)
    failure: list[Exception] = []

    def run() -> None:
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - shown to the user by the caller
            failure.append(exc)
        finally:
            signal.finished.emit()

    worker = threading.Thread(target=run, name="recovery-restore", daemon=True)
    dialog.show()
    worker.start()
    loop.exec()  # the signal is queued to this thread: it cannot be missed before exec()
    worker.join()
    dialog.finished_work = True
    dialog.close()
    dialog.deleteLater()
    return failure[0] if failure else None
