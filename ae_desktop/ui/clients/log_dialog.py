"""Ctrl+L: log a call, meeting or e-mail in seconds; Enter saves, Esc cancels."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import cast

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.services import clients, contacts, interactions
from ae_desktop.services.errors import ValidationError
from ae_desktop.ui.forms import FieldErrors
from ae_desktop.ui.labels import kind_label, to_qdate, to_qdatetime


def next_working_day(day: date, days: int) -> date:
    """*days* working days after *day* (Saturday and Sunday skipped)."""
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


class OneStopDateTimeEdit(QDateTimeEdit):
    """Tab leaves the field instead of stepping through day, month, year, hour and minute."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, forward)


class OneStopDateEdit(QDateEdit):
    """Tab leaves the field instead of stepping through day, month and year."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, forward)


class LogInteractionDialog(QDialog):
    """Logs one interaction against *client_id*; the follow-up, when set, becomes a task."""

    def __init__(
        self,
        client_id: int,
        now: datetime,
        parent: QWidget | None = None,
        editing: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.editing = editing
        self.interaction_id: int | None = editing
        self.before: interactions.InteractionInput | None = None
        detail = clients.get_client(client_id)
        title = self.tr("Edit interaction — {0}") if editing else self.tr("Log interaction — {0}")
        self.setWindowTitle(title.format(detail.name))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()

        self.kind = QComboBox()
        for kind in InteractionKind:
            self.kind.addItem(kind_label(kind), kind)
        self.contact = QComboBox()
        self.contact.addItem(self.tr("— no contact —"), None)
        for row in contacts.list_contacts(client_id):
            label = f"{row.name} ({row.role})" if row.role else row.name
            self.contact.addItem(label, row.id)
        if self.contact.count() > 1:
            self.contact.setCurrentIndex(1)  # the primary contact is listed first
        self.when = OneStopDateTimeEdit(to_qdatetime(now.replace(second=0, microsecond=0)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("What happened, in a few words"))
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Agreed next step or result (optional)"))
        self.follow_up_check = QCheckBox(self.tr("Create a task due"))
        self.follow_up = OneStopDateEdit(to_qdate(next_working_day(now.date(), 3)))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("ddd d MMM yyyy")
        self.follow_up.setEnabled(False)
        self.follow_up.setAccessibleName(self.tr("Follow-up due date"))
        self.follow_up_check.toggled.connect(self.follow_up.setEnabled)
        self.when.dateChanged.connect(self.follow_up.setMinimumDate)  # never before the event
        self.follow_up.setMinimumDate(self.when.date())
        follow_row = QWidget()
        follow_layout = QHBoxLayout(follow_row)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.follow_up_check)
        follow_layout.addWidget(self.follow_up, 1)
        self.csat = QComboBox()
        self.csat.addItem(self.tr("— not asked —"), None)
        for score in range(1, 6):
            self.csat.addItem(str(score), score)
        self.deal = QComboBox()
        self.deal.addItem(self.tr("— no deal —"), None)
        for deal in detail.open_deals:
            self.deal.addItem(f"{deal.title} ({deal.stage})", deal.id)

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.errors.wrap("kind", self.kind))
        form.addRow(self.tr("&Summary"), self.errors.wrap("summary", self.summary))
        form.addRow(self.tr("&Outcome"), self.errors.wrap("outcome", self.outcome))
        form.addRow(self.tr("&Contact"), self.errors.wrap("contact", self.contact))
        form.addRow(self.tr("&When"), self.errors.wrap("occurred_at", self.when))
        form.addRow(self.tr("&Follow-up"), self.errors.wrap("follow_up_on", follow_row))
        form.addRow(self.tr("C&SAT (1–5)"), self.errors.wrap("csat", self.csat))
        form.addRow(self.tr("&Deal"), self.errors.wrap("deal", self.deal))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        order = [
            self.kind,
            self.summary,
            self.outcome,
            self.contact,
            self.when,
            self.follow_up_check,
            self.follow_up,
            self.csat,
            self.deal,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.summary.setFocus()
        if editing is not None:
            self.before = interactions.get_interaction(editing)
            self._fill(self.before)

    def _fill(self, data: interactions.InteractionInput) -> None:
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.summary.setText(data.summary)
        self.outcome.setText(data.outcome)
        self.contact.setCurrentIndex(max(0, self.contact.findData(data.contact_id)))
        if data.deal_id is not None and self.deal.findData(data.deal_id) < 0:
            self.deal.addItem(self.tr("(closed deal)"), data.deal_id)
        self.deal.setCurrentIndex(max(0, self.deal.findData(data.deal_id)))
        self.when.setDateTime(to_qdatetime(data.occurred_at))
        self.follow_up_check.setChecked(data.follow_up_on is not None)
        if data.follow_up_on is not None:
            self.follow_up.setDate(to_qdate(data.follow_up_on))
        self.csat.setCurrentIndex(max(0, self.csat.findData(data.csat)))

    def value(self) -> interactions.InteractionInput:
        # toPython() is typed object in the stubs: a QDate gives a date, a QDateTime a datetime.
        follow = (
            cast(date, self.follow_up.date().toPython())
            if self.follow_up_check.isChecked()
            else None
        )
        return interactions.InteractionInput(
            client_id=self.client_id,
            kind=self.kind.currentData(),
            occurred_at=cast(datetime, self.when.dateTime().toPython()),
            summary=self.summary.text(),
            outcome=self.outcome.text(),
            contact_id=self.contact.currentData(),
            deal_id=self.deal.currentData(),
            follow_up_on=follow,
            csat=self.csat.currentData(),
        )

    def accept(self) -> None:
        try:
            if self.editing is not None:
                interactions.update_interaction(self.editing, self.value(), now=datetime.now())
            else:
                self.interaction_id = interactions.log_interaction(self.value(), now=datetime.now())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        super().accept()
