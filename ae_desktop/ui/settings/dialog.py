"""Settings: one dialog with a page per subject; a new page is one more ``add_page`` call."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services import settings
from ae_desktop.services.backups import StoreError
from ae_desktop.services.errors import ValidationError
from ae_desktop.ui import messages
from ae_desktop.ui.screen import fitting_size
from ae_desktop.ui.settings.backups_page import BackupsPage
from ae_desktop.ui.settings.general_page import GeneralPage
from ae_desktop.ui.settings.page import SettingsPage
from ae_desktop.ui.settings.priorities_page import PrioritiesPage
from ae_desktop.ui.settings.profile_page import ProfilePage
from ae_desktop.ui.settings.workday_page import WorkdayPage

log = logging.getLogger(__name__)


def apply_appearance(value: str) -> None:
    """Light, dark or the system's, at once (ui.theme, when this build has it)."""
    try:
        from ae_desktop.ui.theme import apply_appearance as apply
    except ImportError:
        return
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply(app, value)


class SettingsDialog(QDialog):
    """The pages in tabs, OK and Cancel. The settings pages are saved together on OK, in one
    transaction, and only when every field is right (OK is disabled meanwhile); Cancel
    stores nothing. The Backups page acts at once. A page that has work in flight (a
    restore) answers ``busy()`` True, and the dialog stays open until it is done."""

    data_replaced = Signal()  # a restore replaced the database: every tab must read it again
    settings_saved = Signal()  # OK stored the settings: what depends on them must be redone

    def __init__(
        self, parent: QWidget | None = None, *, backups_page: BackupsPage | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.profile_page = ProfilePage()
        self.workday_page = WorkdayPage()
        self.priorities_page = PrioritiesPage()
        self.general_page = GeneralPage()
        self.settings_pages: list[SettingsPage] = [
            self.profile_page,
            self.workday_page,
            self.priorities_page,
            self.general_page,
        ]
        titles = [self.tr("&Profile"), self.tr("&Workday"), self.tr("Pr&iorities")]
        for page, title in zip(self.settings_pages, [*titles, self.tr("&General")], strict=True):
            self.add_page(page, title)
        self.backups_page = backups_page or BackupsPage()
        self.backups_page.data_replaced.connect(self._on_data_replaced)
        self.add_page(self.backups_page, self.tr("&Backups"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.load()
        for page in self.settings_pages:
            page.changed.connect(self._on_page_changed)
        self.resize(*fitting_size(self, 760, 480))

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_page(self, page: QWidget, title: str) -> None:
        self.pages.addTab(page, title)

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def busy(self) -> bool:
        return any(
            bool(getattr(self.pages.widget(i), "busy", lambda: False)())
            for i in range(self.pages.count())
        )

    # -- the values ----------------------------------------------------------------------

    def load(self) -> None:
        """Every settings page shows what is stored."""
        self._stored = settings.load_settings()
        for page in self.settings_pages:
            page.blockSignals(True)
            page.load(self._stored)
            page.blockSignals(False)
        self._on_page_changed()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for page in self.settings_pages:
            values.update(page.values())
        return values

    def errors(self) -> dict[str, str]:
        """What is wrong, field by field: what a page cannot read, then the service's rules."""
        errors = settings.validate_settings(self.values())
        for page in self.settings_pages:
            errors.update(page.local_errors())
        return errors

    def _on_page_changed(self) -> None:
        self.priorities_page.set_currency(self.general_page.values()["currency"])
        errors = self.errors()
        for page in self.settings_pages:
            page.show_errors(errors)
        self.ok_button.setEnabled(not errors)

    def _on_data_replaced(self) -> None:
        self.load()  # the restored data has settings of its own: show those
        self.data_replaced.emit()

    # -- closing -------------------------------------------------------------------------

    def accept(self) -> None:
        if self.busy() or self.errors():
            return
        values = self.values()
        changed = {k: v for k, v in values.items() if self._stored.get(k) != v}
        try:
            settings.save_settings(changed)
        except ValidationError as exc:
            for page in self.settings_pages:
                page.show_errors(exc.errors)
            return
        except (StoreError, OSError) as exc:
            # log.log, not log.warning: a message box is warning(), this is the log's one line
            log.log(logging.WARNING, "settings not saved: %s", exc)
            messages.warn(self, self.tr("Settings"), self.tr("Nothing was saved: {0}").format(exc))
            return
        if "appearance" in changed:
            apply_appearance(str(values["appearance"]))
        super().accept()
        if changed:
            self.settings_saved.emit()

    def reject(self) -> None:
        if not self.busy():  # closing halfway through a restore would leave it unopened
            super().reject()
