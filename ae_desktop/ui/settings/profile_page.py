"""Settings -> Profile: the AE's name and title, as they head the weekly report."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from ae_desktop.services import settings
from ae_desktop.ui.forms import muted_label
from ae_desktop.ui.settings.page import SettingsPage


class ProfilePage(SettingsPage):
    keys = ("ae_name", "ae_title")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Who the weekly report is from: your name and title head every report."),
            parent,
        )
        self.name = QLineEdit()
        self.name.setMaxLength(settings.MAX_TEXT)
        self.name.setPlaceholderText(self.tr("e.g. Laura Martín"))
        self.title = QLineEdit()
        self.title.setMaxLength(settings.MAX_TEXT)
        self.title.setPlaceholderText(self.tr("e.g. Senior Account Executive"))
        for line in (self.name, self.title):
            line.setMinimumWidth(360)
        self.add_field("ae_name", self.tr("&Name"), self.name, width=420)
        self.add_field("ae_title", self.tr("&Title"), self.title, width=420)
        self.preview = muted_label()
        self.preview.setWordWrap(True)
        self.form.addRow("", self.preview)
        for line in (self.name, self.title):
            line.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def load(self, values: dict[str, Any]) -> None:
        self.name.setText(str(values.get("ae_name") or ""))
        self.title.setText(str(values.get("ae_title") or ""))

    def values(self) -> dict[str, Any]:
        return {"ae_name": self.name.text(), "ae_title": self.title.text()}

    def _on_text_changed(self) -> None:
        shown = [t for t in (self.name.text().strip(), self.title.text().strip()) if t]
        if shown:
            self.preview.setText(self.tr("The report is headed: {0}").format(" · ".join(shown)))
        else:
            self.preview.setText(self.tr("With neither, the report carries no name."))
        self.changed.emit()
