"""Closing a deal from the board: Won asks for the close date, Lost for a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services.deals import lost_reasons
from ae_desktop.ui.forms import FieldErrors, plain_label
from ae_desktop.ui.labels import to_qdate

MAX_REASON = 300  # the lost_reason column's length


class _CloseDialog(QDialog):
    def __init__(self, title: str, deal_title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        heading = plain_label(deal_title)
        heading.setWordWrap(True)
        self.form.addRow(heading)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class WonDialog(_CloseDialog):
    def __init__(
        self, deal_title: str, today: date, created_on: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Mark as won"), deal_title, parent)
        self.closed_on = QDateEdit(to_qdate(today))
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("ddd d MMM yyyy")
        self.closed_on.setDateRange(to_qdate(min(created_on, today)), to_qdate(today))
        self.form.addRow(self.tr("&Won on"), self.errors.wrap("closed_on", self.closed_on))
        self.closed_on.setFocus()

    def value(self) -> date:
        return self.closed_on.date().toPython()  # type: ignore[return-value]


class LostDialog(_CloseDialog):
    """A deal is not closed as lost without a reason: the dialog stays open until there is one."""

    def __init__(self, deal_title: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark as lost"), deal_title, parent)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItem("")
        self.reason.addItems(lost_reasons())
        line = self.reason.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_REASON)
            line.setPlaceholderText(self.tr("Pick a reason or type your own"))
        self.form.addRow(self.tr("&Reason"), self.errors.wrap("lost_reason", self.reason))
        self.reason.setFocus()

    def value(self) -> str:
        return self.reason.currentText().strip()

    def accept(self) -> None:
        if not self.value():
            self.errors.show({"lost_reason": self.tr("Say why the deal was lost.")})
            return
        super().accept()
