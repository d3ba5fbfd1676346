"""Settings: one dialog with a page per subject; a new page is one more ``add_page`` call."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from ae_desktop.ui.screen import fitting_size
from ae_desktop.ui.settings.backups_page import BackupsPage


class SettingsDialog(QDialog):
    """The pages in tabs and a Close button. A page that has work in flight (a restore)
    answers ``busy()`` True, and the dialog stays open until it is done."""

    data_replaced = Signal()  # a restore replaced the database: every tab must read it again

    def __init__(
        self, parent: QWidget | None = None, *, backups_page: BackupsPage | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.backups_page = backups_page or BackupsPage()
        self.backups_page.data_replaced.connect(self.data_replaced)
        self.add_page(self.backups_page, self.tr("&Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(*fitting_size(self, 760, 520))

    def add_page(self, page: QWidget, title: str) -> None:
        self.pages.addTab(page, title)

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def busy(self) -> bool:
        return any(
            bool(getattr(self.pages.widget(i), "busy", lambda: False)())
            for i in range(self.pages.count())
        )

    def reject(self) -> None:
        if not self.busy():  # closing halfway through a restore would leave it unopened
            super().reject()
