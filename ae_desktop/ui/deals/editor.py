"""The deal editor: every field of a deal, validated at the field; new deal is Ctrl+Shift+N."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.money import parse_amount
from ae_desktop.services import deals
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.settings import currency
from ae_desktop.services.stages import StageRow, list_stages
from ae_desktop.ui.client_picker import ClientPicker
from ae_desktop.ui.forms import FieldErrors, muted_label
from ae_desktop.ui.labels import amount_text, deal_kind_label, to_qdate

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "MXN", "COP", "ARS", "CLP")


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class DealEditor(QDialog):
    """Create a deal (deal_id None) or edit one; stays open with messages until input is good."""

    def __init__(
        self,
        today: date,
        deal_id: int | None = None,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.deal_id = deal_id
        self.saved_id: int | None = None
        self._stored_next_step = ""
        self.stages: list[StageRow] = list_stages()
        self.setWindowTitle(self.tr("Edit deal") if deal_id else self.tr("New deal"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors()
        self._build_fields()
        self._lay_out()
        self.stage.currentIndexChanged.connect(self._on_stage_changed)
        self.use_default.toggled.connect(self._on_default_toggled)
        self.has_close.toggled.connect(self.expected_close.setEnabled)
        self.form.setRowVisible(self.task_state, False)
        if deal_id is not None:
            self._fill(deals.deal_input(deal_id))
        else:
            self._fill_new(client_id)
        self.title.setFocus() if client_id or deal_id else self.client.setFocus()

    def _build_fields(self) -> None:
        self.client = ClientPicker()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Fleet tracking rollout, 40 vans"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 48000"))
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Currency"))
        for code in dict.fromkeys((currency(), *CURRENCIES)):
            self.currency.addItem(code, code)
        self.kind = QComboBox()
        for kind in DealKind:
            self.kind.addItem(deal_kind_label(kind), kind)
        self.stage = QComboBox()
        for stage in self.stages:
            self.stage.addItem(stage.name, stage.id)
        self.probability = QSpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.use_default = QCheckBox()
        self.has_close = QCheckBox(self.tr("Expected to close on"))
        self.expected_close = QDateEdit()
        self.expected_close.setAccessibleName(self.tr("Expected close date"))
        self.expected_close.setCalendarPopup(True)
        self.expected_close.setDisplayFormat("ddd d MMM yyyy")
        self.closed_on = QDateEdit()
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("ddd d MMM yyyy")
        self.lost_reason = QComboBox()
        self.lost_reason.setEditable(True)
        self.lost_reason.addItem("")
        self.lost_reason.addItems(deals.lost_reasons())
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("What happens next, e.g. Send revised proposal"))
        self.task_button = QPushButton(self.tr("Make it a task"))
        self.task_button.setToolTip(self.tr("Add the next step to your tasks, due the close date"))
        self.task_button.clicked.connect(self._on_task_clicked)
        self.task_state = muted_label()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)

    def _lay_out(self) -> None:
        form = QFormLayout()
        wrap = self.errors.wrap
        form.addRow(self.tr("C&lient"), wrap("client", self.client))
        form.addRow(self.tr("&Title"), wrap("title", self.title))
        form.addRow(self.tr("&Value"), wrap("value", _row(self.value, self.currency)))
        form.addRow(self.tr("&Kind"), wrap("kind", self.kind))
        form.addRow(self.tr("&Stage"), wrap("stage", self.stage))
        form.addRow(
            self.tr("&Probability"), wrap("probability", _row(self.probability, self.use_default))
        )
        form.addRow(
            self.tr("&Close"), wrap("expected_close", _row(self.has_close, self.expected_close))
        )
        self.closed_row = wrap("closed_on", self.closed_on)
        form.addRow(self.tr("Closed &on"), self.closed_row)
        self.lost_row = wrap("lost_reason", self.lost_reason)
        form.addRow(self.tr("Lost &reason"), self.lost_row)
        form.addRow(
            self.tr("&Next step"), wrap("next_step", _row(self.next_step, self.task_button))
        )
        form.addRow("", self.task_state)
        form.addRow(self.tr("N&otes"), wrap("notes", self.notes))
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _stage(self) -> StageRow | None:
        stage_id = self.stage.currentData()
        return next((s for s in self.stages if s.id == stage_id), None)

    def _on_stage_changed(self) -> None:
        stage = self._stage()
        if stage is None:
            return
        closed = stage.outcome != StageOutcome.OPEN
        self.form.setRowVisible(self.closed_row, closed)
        # A won or lost deal is 100 % or 0 %: nothing to choose.
        self.use_default.setEnabled(not closed)
        self.probability.setEnabled(not closed and not self.use_default.isChecked())
        if closed:
            self.probability.setValue(stage.probability)
        self.form.setRowVisible(self.lost_row, stage.outcome == StageOutcome.LOST)
        self.use_default.setText(self.tr("stage default ({0} %)").format(stage.probability))
        if self.use_default.isChecked():
            self.probability.setValue(stage.probability)

    def _on_default_toggled(self, checked: bool) -> None:
        self.probability.setEnabled(not checked)
        stage = self._stage()
        if checked and stage is not None:
            self.probability.setValue(stage.probability)

    def _fill_new(self, client_id: int | None) -> None:
        self.client.setCurrentIndex(max(0, self.client.findData(client_id)))
        first_open = next((s for s in self.stages if s.outcome == StageOutcome.OPEN), None)
        if first_open is not None:
            self.stage.setCurrentIndex(self.stage.findData(first_open.id))
        self.use_default.setChecked(True)
        self.has_close.setChecked(False)
        self.expected_close.setEnabled(False)
        self.expected_close.setDate(to_qdate(self.today))
        self.closed_on.setDate(to_qdate(self.today))
        self.task_button.setEnabled(False)
        self._on_stage_changed()

    def _fill(self, data: deals.DealInput) -> None:
        index = self.client.findData(data.client_id)
        if index < 0 and data.client_id is not None:  # an archived client keeps its deals
            self.client.addItem(self.tr("(archived client)"), data.client_id)
            index = self.client.count() - 1
        self.client.setCurrentIndex(max(0, index))
        self.title.setText(data.title)
        self.value.setText(amount_text(data.value))
        self.currency.setCurrentIndex(max(0, self.currency.findData(data.currency)))
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.stage.setCurrentIndex(self.stage.findData(data.stage_id))
        self.use_default.setChecked(data.probability is None)
        stage = self._stage()
        self.probability.setValue(
            data.probability
            if data.probability is not None
            else (stage.probability if stage else 0)
        )
        self.probability.setEnabled(data.probability is not None)
        self.has_close.setChecked(data.expected_close is not None)
        self.expected_close.setEnabled(data.expected_close is not None)
        self.expected_close.setDate(to_qdate(data.expected_close or self.today))
        self.closed_on.setDate(to_qdate(data.closed_on or self.today))
        self.lost_reason.setEditText(data.lost_reason)
        self.next_step.setText(data.next_step)
        self._stored_next_step = data.next_step.strip()
        self.notes.setPlainText(data.notes)
        for line in (self.title, self.value, self.next_step):
            line.setCursorPosition(0)
        self._on_stage_changed()

    def value_input(self) -> deals.DealInput:
        """The form as a DealInput; raises ValidationError for what cannot even be read."""
        text = self.value.text().strip()
        try:
            amount = parse_amount(text) if text else Decimal(0)
        except ValueError:
            raise ValidationError(
                {"value": self.tr("Enter an amount, e.g. 48000 or 48,000.50.")}
            ) from None
        stage = self._stage()
        closed = stage is not None and stage.outcome != StageOutcome.OPEN
        return deals.DealInput(
            client_id=self._client_id(),
            title=self.title.text(),
            value=amount,
            currency=self.currency.currentData(),
            kind=self.kind.currentData(),
            stage_id=self.stage.currentData(),
            probability=None if self.use_default.isChecked() else self.probability.value(),
            expected_close=self.expected_close.date().toPython()
            if self.has_close.isChecked()
            else None,  # type: ignore[arg-type]
            next_step=self.next_step.text(),
            notes=self.notes.toPlainText(),
            lost_reason=self.lost_reason.currentText() if closed else "",
            closed_on=self.closed_on.date().toPython() if closed else None,  # type: ignore[arg-type]
        )

    def _client_id(self) -> int | None:
        return self.client.client_id()

    def accept(self) -> None:
        try:
            data = self.value_input()
            if self.deal_id is None:
                self.saved_id = deals.create_deal(data, today=self.today)
            else:
                deals.update_deal(self.deal_id, data, today=self.today)
                self.saved_id = self.deal_id
        except ValidationError as exc:
            errors = dict(exc.errors)
            if "client" in errors and self._client_id() is None:
                errors["client"] = self._client_hint(self.client.currentText().strip())
            self.errors.show(errors)
            return
        super().accept()

    def _client_hint(self, typed: str) -> str:
        if self.client.count() <= 1:
            return self.tr("There are no clients yet: add one on the Clients tab first.")
        if typed:
            return self.tr("No client is called “{0}”: pick one from the list.").format(typed)
        return self.tr("Choose a client.")

    def _on_task_clicked(self) -> None:
        if self.deal_id is None:
            return
        if self.next_step.text().strip() != self._stored_next_step:
            self.errors.show(
                {"next_step": self.tr("Save the deal first: the task is made from the saved step.")}
            )
            return
        try:
            deals.deal_next_step_task(self.deal_id, today=self.today)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self.task_state.setText(self.tr("Added to your tasks."))
        self.form.setRowVisible(self.task_state, True)
        self.task_button.setEnabled(False)
