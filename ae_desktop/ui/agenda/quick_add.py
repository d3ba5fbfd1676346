"""The matrix's small dialogs: quick add of a task (Ctrl+T), and who a task is delegated to."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services import tasks
from ae_desktop.services.deal_rows import open_deals_for_client
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.settings import default_block_minutes
from ae_desktop.ui.client_picker import ClientPicker
from ae_desktop.ui.forms import FieldErrors, plain_label
from ae_desktop.ui.labels import to_qdate

MAX_ESTIMATE_FIELD = 999  # the service says what is too long; the field only stops typos
MAX_TITLE_FIELD = 500


class QuickAddDialog(QDialog):
    """A new open task; stays open with messages at the fields until the input is good."""

    def __init__(
        self, today: date, parent: QWidget | None = None, client_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Add task"))
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE_FIELD)
        self.title.setPlaceholderText(self.tr("e.g. Send the revised proposal to Acme"))
        self.due_on = QDateEdit(to_qdate(today))
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("ddd d MMM yyyy")
        self.no_date = QCheckBox(self.tr("&No due date"))
        self.no_date.toggled.connect(self._on_no_date_toggled)
        self.estimate = QSpinBox()
        self.estimate.setRange(0, MAX_ESTIMATE_FIELD)
        self.estimate.setSingleStep(15)
        self.estimate.setSuffix(self.tr(" min"))
        self.estimate.setValue(default_block_minutes())
        self.client = ClientPicker()
        line = self.client.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("No client"))
        self.deal = QComboBox()
        self._lay_out()
        self.client.currentTextChanged.connect(self._on_client_changed)
        self.client.setCurrentIndex(max(0, self.client.findData(client_id)))
        self._on_client_changed()
        self.title.setFocus()

    def _lay_out(self) -> None:
        due = QWidget()
        row = QHBoxLayout(due)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due_on, 1)
        row.addWidget(self.no_date)
        form = QFormLayout()
        wrap = self.errors.wrap
        form.addRow(self.tr("&Title"), wrap("title", self.title))
        form.addRow(self.tr("&Due"), wrap("due_on", due))
        form.addRow(self.tr("&Estimate"), wrap("estimate_minutes", self.estimate))
        form.addRow(self.tr("C&lient"), wrap("client", self.client))
        form.addRow(self.tr("D&eal"), wrap("deal", self.deal))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_no_date_toggled(self, checked: bool) -> None:
        self.due_on.setEnabled(not checked)

    def _client_id(self) -> int | None:
        return self.client.client_id()

    def _on_client_changed(self) -> None:
        client_id = self._client_id()
        chosen = self.deal.currentData()
        self.deal.clear()
        self.deal.addItem(self.tr("No deal"), None)
        if client_id is not None:
            for row in open_deals_for_client(client_id, self.today):
                self.deal.addItem(row.title, row.id)
        self.deal.setCurrentIndex(max(0, self.deal.findData(chosen)))
        self.deal.setEnabled(self.deal.count() > 1)

    def value(self) -> tasks.TaskInput:
        return tasks.TaskInput(
            title=self.title.text(),
            due_on=None if self.no_date.isChecked() else self.due_on.date().toPython(),  # type: ignore[arg-type]
            estimate_minutes=self.estimate.value(),
            client_id=self._client_id(),
            deal_id=self.deal.currentData(),
        )

    def accept(self) -> None:
        typed = self.client.currentText().strip()
        if typed and self._client_id() is None:
            self.errors.show(
                {
                    "client": self.tr("No client is called “{0}”: pick one from the list.").format(
                        typed
                    )
                }
            )
            return
        try:
            self.saved_id = tasks.quick_add_task(self.value(), today=self.today)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        super().accept()


class DelegateDialog(QDialog):
    """Who does the task now; the dialog stays open until there is a name."""

    def __init__(self, task_title: str, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delegate task"))
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        heading = plain_label(task_title)
        heading.setWordWrap(True)
        self.who = QLineEdit(current)
        self.who.setMaxLength(tasks.MAX_DELEGATE)
        self.who.setPlaceholderText(self.tr("e.g. Maria (sales assistant)"))
        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("&Delegate to"), self.errors.wrap("delegated_to", self.who))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.who.setFocus()

    def value(self) -> str:
        return " ".join(self.who.text().split())

    def accept(self) -> None:
        if not self.value():
            self.errors.show({"delegated_to": self.tr("Say who will do it.")})
            return
        super().accept()
