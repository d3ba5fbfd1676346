"""File > Export…: all data as CSV files, contacts as vCard, the calendar as iCalendar or
everything as JSON, written in the background; then where it went."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services.exporting import ExportFormat, export
from ae_desktop.ui.messages import warn
from ae_desktop.ui.screen import fitting_size
from ae_desktop.ui.worker import run_in_background

# (parent, format, suggested path) -> the chosen file or folder, "" when cancelled
ChoosePath = Callable[[QWidget, ExportFormat, str], str]
_SUFFIXES: dict[ExportFormat, str] = {"vcard": "vcf", "ics": "ics", "json": "json"}


def _ask_path(parent: QWidget, fmt: ExportFormat, suggested: str) -> str:
    """A folder for CSV files, else a file whose suffix the dialog adds itself (so that its
    "replace?" question is about the file that will really be written)."""
    if fmt == "csv":
        title = QCoreApplication.translate("ExportDialog", "Folder for the CSV files")
        return QFileDialog.getExistingDirectory(parent, title, str(Path(suggested).parent))
    filters = {
        "vcard": QCoreApplication.translate("ExportDialog", "vCard files (*.vcf)"),
        "ics": QCoreApplication.translate("ExportDialog", "iCalendar files (*.ics)"),
        "json": QCoreApplication.translate("ExportDialog", "JSON files (*.json)"),
    }
    dialog = QFileDialog(parent, QCoreApplication.translate("ExportDialog", "Export"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(filters[fmt])
    dialog.setDefaultSuffix(_SUFFIXES[fmt])
    dialog.selectFile(suggested)
    chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    return chosen[0] if chosen else ""


def free_folder(folder: Path) -> Path:
    """*folder*, or "*folder* (2)", "(3)"… when it exists: an export never replaces one."""
    candidate, n = folder, 1
    while candidate.exists():
        n += 1
        candidate = folder.with_name(f"{folder.name} ({n})")
    return candidate


def failure_text(target: Path, exc: Exception) -> str:
    """Why writing *target* failed, naming the file or folder the user chose (an OSError
    names the temporary file written beside it, which the user never saw)."""
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return QCoreApplication.translate("ExportDialog", "Could not write {0}: {1}").format(
            target, reason
        )
    return str(exc)


class ExportDialog(QDialog):
    """Choose what to export, then where; the export runs in a worker."""

    def __init__(
        self,
        parent: QWidget | None = None,
        client_id: int | None = None,
        *,
        today: date | None = None,
        choose_path: ChoosePath = _ask_path,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._today = today or date.today()
        self._client_id = client_id
        self._choose_path = choose_path
        self._open_url = open_url
        self.written: Path | None = None
        self.exporting = False
        self.formats = QButtonGroup(self)
        self.radios: dict[ExportFormat, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What do you want to export?")))
        for fmt, text, detail in self._choices():
            layout.addWidget(self._choice(fmt, text, detail))
            if fmt == "vcard":
                layout.addWidget(self._client_choice())
        self.radios["csv"].setChecked(True)
        layout.addSpacing(12)
        layout.addLayout(self._buttons())
        self.formats.buttonToggled.connect(lambda _b, _c: self._on_format_toggled())
        self._on_format_toggled()
        self.resize(*fitting_size(self, max(self.sizeHint().width(), 600), 0))

    def _choices(self) -> list[tuple[ExportFormat, str, str]]:
        return [
            (
                "csv",
                self.tr("All data as &spreadsheets (CSV)"),
                self.tr("One file per list: clients, contacts, deals, interactions, tasks."),
            ),
            (
                "vcard",
                self.tr("Contacts as &vCard"),
                self.tr("For an address book or a phone."),
            ),
            (
                "ics",
                self.tr("&Calendar as iCalendar"),
                self.tr("Time blocks from 4 weeks ago to 8 weeks ahead, and open follow-ups."),
            ),
            (
                "json",
                self.tr("Everything as &JSON"),
                self.tr("A second backup, in an open format."),
            ),
        ]

    def _choice(self, fmt: ExportFormat, text: str, detail: str) -> QWidget:
        radio = QRadioButton(text)
        self.formats.addButton(radio)
        self.radios[fmt] = radio
        hint = QLabel(detail)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setEnabled(False)  # the disabled colour: a quieter line under the choice
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(0)
        column.addWidget(radio)
        indent = QHBoxLayout()
        indent.setContentsMargins(24, 0, 0, 0)
        indent.addWidget(hint)
        column.addLayout(indent)
        return box

    def _client_choice(self) -> QWidget:
        """All contacts, or only the selected client's."""
        self.all_contacts = QRadioButton(self.tr("All contacts"))
        self.client_contacts = QRadioButton(self.tr("Only the selected client's contacts"))
        self.whose = QButtonGroup(self)
        self.whose.addButton(self.all_contacts)
        self.whose.addButton(self.client_contacts)
        self.all_contacts.setChecked(True)
        if self._client_id is not None:
            from ae_desktop.services.clients import get_client

            name = get_client(self._client_id).name
            self.client_contacts.setText(self.tr("Only the contacts of {0}").format(name))
        self.whose_box = QWidget()
        row = QHBoxLayout(self.whose_box)
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.all_contacts)
        row.addWidget(self.client_contacts)
        row.addStretch(1)
        self.whose_box.setVisible(self._client_id is not None)
        return self.whose_box

    def _buttons(self) -> QVBoxLayout:
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.hide()
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.export_button.clicked.connect(self.start_export)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.progress)
        row.addStretch(1)
        for button in (self.folder_button, self.export_button, close):
            row.addWidget(button)
        column = QVBoxLayout()
        column.addWidget(self.status)
        column.addLayout(row)
        return column

    def chosen_format(self) -> ExportFormat:
        return next(fmt for fmt, radio in self.radios.items() if radio.isChecked())

    def _on_format_toggled(self) -> None:
        self.whose_box.setEnabled(self.chosen_format() == "vcard")

    def _suggested(self, fmt: ExportFormat) -> str:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        if fmt == "csv":
            return str(folder / f"AE Desktop {self._today.isoformat()}")
        stem = {"vcard": "contacts", "ics": "calendar", "json": "ae-desktop"}[fmt]
        return str(folder / f"{stem}-{self._today.isoformat()}.{_SUFFIXES[fmt]}")

    def start_export(self) -> None:
        """Ask where, then write in a worker."""
        if self.exporting:
            return
        fmt = self.chosen_format()
        chosen = self._choose_path(self, fmt, self._suggested(fmt))
        if not chosen:
            return
        out = Path(chosen)
        if fmt == "csv":  # the five files go into a folder of their own inside the chosen one
            out = free_folder(out / f"AE Desktop {self._today.isoformat()}")
        elif out.suffix.lower() != "." + _SUFFIXES[fmt]:
            out = out.with_name(f"{out.name}.{_SUFFIXES[fmt]}")
        client_id = self._client_id if self.client_contacts.isChecked() else None
        today = self._today
        self.exporting = True
        self.written = None
        self.folder_button.hide()
        self.progress.show()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing {0}…").format(out.name))
        run_in_background(
            lambda: export(fmt, out, client_id=client_id, today=today),
            lambda line: self._on_exported(out, line),
            lambda exc: self._on_export_failed(out, exc),
            owner=self,
        )

    def _on_exported(self, out: Path, line: str) -> None:
        self.exporting = False
        self.written = out
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(line)
        self.folder_button.show()

    def _on_export_failed(self, out: Path, exc: Exception) -> None:
        self.exporting = False
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText("")
        reason = failure_text(out, exc)
        warn(self, self.tr("Export"), self.tr("Nothing was exported: {0}").format(reason))

    def _on_folder_clicked(self) -> None:
        if self.written is not None:
            folder = self.written if self.written.is_dir() else self.written.parent
            self._open_url(QUrl.fromLocalFile(str(folder)))
