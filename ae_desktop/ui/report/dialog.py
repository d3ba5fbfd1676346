"""Weekly report: the week's pages previewed, then exported as a PDF in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.periods import Week, default_report_week
from ae_desktop.report.model import WeeklyReport
from ae_desktop.ui.messages import warn
from ae_desktop.ui.report.preview import PagePreview
from ae_desktop.ui.report.week_bar import WeekBar
from ae_desktop.ui.screen import fitting_size
from ae_desktop.ui.worker import run_in_background

PREVIEW_ZOOM = 1.25
ChoosePath = Callable[[QWidget, str], str]


def _ask_path(parent: QWidget, suggested: str) -> str:
    """A save dialog that adds ".pdf" itself, so its "replace?" question is about the file
    that will really be written."""
    dialog = QFileDialog(parent, QCoreApplication.translate("ReportDialog", "Export weekly report"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("ReportDialog", "PDF files (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested)
    chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    return chosen[0] if chosen else ""


Prepared = tuple[WeeklyReport, list[QImage]]


def _prepare(
    week: Week, paper: str, locale: QLocale, zoom: float, wanted: Callable[[], bool]
) -> Prepared | None:
    """In a worker: read the week from the database and lay its pages out; None, without
    laying out, when the user has moved on to another week meanwhile (*wanted* says)."""
    from ae_desktop.report.build import build_report
    from ae_desktop.report.render import render_pages

    report = build_report(week, now=datetime.now().replace(microsecond=0))
    if not wanted():
        return None
    return report, render_pages(report, paper=paper, locale=locale, zoom=zoom)


class ReportDialog(QDialog):
    """Choose the week (default: this one, or last week on its first day), look at the pages,
    Export PDF…, then Open PDF or Show in folder."""

    def __init__(
        self,
        settings: QSettings,
        today: date,
        parent: QWidget | None = None,
        *,
        choose_path: ChoosePath = _ask_path,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        from ae_desktop.services.settings import get_setting, week_start

        self.setWindowTitle(self.tr("Weekly report"))
        self._settings = settings
        self._choose_path = choose_path
        self._open_url = open_url
        self._locale = QLocale()
        self._generation = 0
        self._exporting = False
        self.report: WeeklyReport | None = None
        self.exported: Path | None = None
        week = default_report_week(today, week_start())
        paper, name = str(get_setting("report_paper") or "A4"), str(get_setting("ae_name") or "")
        self.week_bar = WeekBar(week, today, paper, name)
        self.preview = PagePreview()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work has no steps worth counting
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.status, 1)
        for button in (self.open_button, self.folder_button, self.export_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.week_bar)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.week_bar.week_changed.connect(lambda _week: self.refresh())
        self.week_bar.paper_changed.connect(self._on_paper_changed)
        self.week_bar.name_changed.connect(self._on_name_changed)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        close.clicked.connect(self.reject)
        self.resize(*fitting_size(self, 1000, 980))
        self.refresh()

    @property
    def week(self) -> Week:
        return self.week_bar.week

    @property
    def paper(self) -> str:
        return self.week_bar.paper.currentText()

    def _busy(self, text: str) -> None:
        self.progress.show()
        self.status.setText(text)
        self.export_button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.progress.setVisible(self._exporting)  # an export may outlive a week's preview
        self.status.setText(text)
        self.export_button.setEnabled(self.report is not None and not self._exporting)

    def refresh(self) -> None:
        """Read and lay out the chosen week in a worker; a result for an older choice is
        dropped when it arrives."""
        self._generation += 1
        generation = self._generation
        self.report = None
        self._show_saved(None)
        self._busy(self.tr("Preparing the report…"))
        week, paper, locale = self.week, self.paper, self._locale
        zoom = PREVIEW_ZOOM * self.devicePixelRatioF()
        run_in_background(
            lambda: _prepare(week, paper, locale, zoom, lambda: generation == self._generation),
            lambda result: self._on_prepared(generation, result),
            lambda exc: self._on_failed(generation, exc),
            owner=self,
        )

    def _on_prepared(self, generation: int, result: Prepared | None) -> None:
        if result is None or generation != self._generation:
            return
        self.report, pages = result
        self.preview.show_pages(pages, self.devicePixelRatioF())
        count = len(pages)
        self._idle(self.tr("1 page") if count == 1 else self.tr("{0} pages").format(count))

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._idle(self.tr("The report could not be prepared: {0}").format(exc))

    def _on_paper_changed(self, paper: str) -> None:
        from ae_desktop.services.settings import set_setting

        set_setting("report_paper", paper)
        self.refresh()

    def _on_name_changed(self, name: str) -> None:
        """The AE's name heads every report: stored with the data (the setting ae_name)."""
        from ae_desktop.services.settings import set_setting

        set_setting("ae_name", name)
        self.refresh()

    def _suggested_path(self, report: WeeklyReport) -> str:
        from ae_desktop.report.export import default_file_name

        folder = self._settings.value("report/folder")
        if not isinstance(folder, str) or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        return str(Path(folder) / default_file_name(report))

    def export(self) -> None:
        """Ask where, then write the PDF in a worker; the window stays responsive."""
        report = self.report
        if report is None:
            return
        chosen = self._choose_path(self, self._suggested_path(report))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._settings.setValue("report/folder", str(target.parent))
        self._exporting = True
        self._busy(self.tr("Writing {0}…").format(target.name))
        paper, locale, generation = self.paper, self._locale, self._generation
        run_in_background(
            lambda: _export(report, target, paper, locale),
            lambda _pages: self._on_exported(generation, target),
            self._on_export_failed,
            owner=self,
        )

    def _on_exported(self, generation: int, target: Path) -> None:
        """Open PDF and Show in folder belong to the pages shown: not when the user has moved
        to another week meanwhile (the status still says where the file went)."""
        self._exporting = False
        if generation == self._generation:
            self._show_saved(target)
            self._idle(self.tr("Saved {0}").format(str(target)))
        else:  # the new week's preview may be ready already, or still being prepared
            self.progress.setVisible(self.report is None)
            self.status.setText(self.tr("Saved {0}").format(str(target)))
            self.export_button.setEnabled(self.report is not None)

    def _on_export_failed(self, exc: Exception) -> None:
        self._exporting = False
        self._idle("")
        warn(self, self.tr("Weekly report"), self.tr("The PDF was not saved: {0}").format(exc))

    def _show_saved(self, target: Path | None) -> None:
        self.exported = target
        self.open_button.setVisible(target is not None)
        self.folder_button.setVisible(target is not None)

    def _on_open_clicked(self) -> None:
        if self.exported is not None:
            self._open_url(QUrl.fromLocalFile(str(self.exported)))

    def _on_folder_clicked(self) -> None:
        if self.exported is not None:
            self._open_url(QUrl.fromLocalFile(str(self.exported.parent)))


def _export(report: WeeklyReport, target: Path, paper: str, locale: QLocale) -> int:
    from ae_desktop.report.export import export_pdf

    return export_pdf(report, target, paper=paper, locale=locale)
