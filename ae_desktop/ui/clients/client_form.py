"""The client's fields as one form, used by the New client dialog and the detail pane."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import ClientStatus, Tier
from ae_desktop.domain.money import parse_amount
from ae_desktop.services import clients
from ae_desktop.services.errors import DuplicateClientError, ValidationError
from ae_desktop.services.settings import currency
from ae_desktop.ui.forms import FieldErrors
from ae_desktop.ui.labels import amount_text, status_label, tier_label
from ae_desktop.ui.messages import ask

# The website field's placeholder: a URL scheme, the same in every language.
URL_HINT = "https://"


class ClientForm(QWidget):
    """Editable client fields; value() reads them, set_value() fills them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self._loading = False
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setMaxLength(clients.MAX_NAME)
        self.name.setPlaceholderText(self.tr("Company name"))
        self.industry = QLineEdit()
        self.industry.setPlaceholderText(self.tr("e.g. Logistics, Hospitality"))
        self.tier = QComboBox()
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier)
        self.status = QComboBox()
        for status in ClientStatus:
            self.status.addItem(status_label(status), status)
        self.revenue = QLineEdit()
        self.revenue.setPlaceholderText(self.tr("Per year, e.g. 120000"))
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 365)
        self.cadence.setSuffix(self.tr(" days"))
        self.weekly = QSpinBox()
        self.weekly.setRange(0, clients.MAX_WEEKLY_MINUTES)
        self.weekly.setSingleStep(15)
        self.weekly.setSuffix(self.tr(" min/week"))
        self.weekly.setSpecialValueText(self.tr("None"))
        self.weekly.setToolTip(
            self.tr(
                "Client time to spend each week; Plan my day spreads what is left of it "
                "over the working days left as client-work blocks"
            )
        )
        self.website = QLineEdit()
        self.website.setPlaceholderText(URL_HINT)
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What matters about this client"))
        self.address.setFixedHeight(44 if compact else 52)
        self.notes.setFixedHeight(72 if compact else 80)
        self.tier.currentIndexChanged.connect(self._update_cadence_hint)
        self._update_cadence_hint()
        self._lay_out(compact)
        for line in (self.name, self.industry, self.revenue, self.website, self.phone):
            line.textEdited.connect(self.edited)
        for combo in (self.tier, self.status):
            combo.activated.connect(self.edited)
        self.cadence.valueChanged.connect(self.edited)
        self.weekly.valueChanged.connect(self.edited)
        self.address.textChanged.connect(self._on_text_box_changed)
        self.notes.textChanged.connect(self._on_text_box_changed)

    def _lay_out(self, compact: bool) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4 if compact else 6)
        fields = {
            "name": (self.tr("&Name"), self.name),
            "industry": (self.tr("&Industry"), self.industry),
            "tier": (self.tr("&Tier"), self.tier),
            "status": (self.tr("&Status"), self.status),
            "potential_revenue": (
                self.tr("Potential re&venue ({0})").format(currency()),
                self.revenue,
            ),
            "cadence_days": (self.tr("Cadence"), self.cadence),
            "weekly_minutes": (self.tr("Wee&kly time"), self.weekly),
            "website": (self.tr("&Website"), self.website),
            "phone": (self.tr("&Phone"), self.phone),
            "address": (self.tr("Address"), self.address),
            "notes": (self.tr("N&otes"), self.notes),
        }
        if compact:
            # Two columns of short fields (the time ones together on the right), then address
            # and notes across the whole width.
            places = {
                "name": (0, 0), "industry": (1, 0), "tier": (2, 0), "status": (3, 0),
                "potential_revenue": (0, 2), "cadence_days": (1, 2), "weekly_minutes": (2, 2),
                "website": (3, 2), "phone": (4, 2), "address": (5, 0), "notes": (6, 0),
            }  # fmt: skip
        else:
            places = {key: (row, 0) for row, key in enumerate(fields)}
        for key, (text, widget) in fields.items():
            row, column = places[key]
            wide = compact and key in ("address", "notes")
            self._add_field(grid, text, key, widget, row, column, columns=3 if wide else 1)
        grid.setColumnStretch(1, 1)
        if compact:
            grid.setColumnStretch(3, 1)

    def _add_field(
        self,
        grid: QGridLayout,
        text: str,
        key: str,
        widget: QWidget,
        row: int,
        column: int,
        columns: int = 1,
    ) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        tall = isinstance(widget, QPlainTextEdit)
        vertical = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(label, row, column, 1, 1, Qt.AlignmentFlag.AlignLeft | vertical)
        grid.addWidget(self.errors.wrap(key, widget), row, column + 1, 1, columns)

    def _on_text_box_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _update_cadence_hint(self) -> None:
        tier = self.tier.currentData() or Tier.STANDARD
        self.cadence.setSpecialValueText(
            self.tr("Tier default ({0} days)").format(clients.default_cadence(tier))
        )

    def value(self) -> clients.ClientInput:
        """The form's content; raises ValidationError for what cannot even be parsed."""
        revenue_text = self.revenue.text().strip()
        revenue = Decimal(0)
        if revenue_text:
            try:
                revenue = parse_amount(revenue_text)
            except ValueError:
                raise ValidationError(
                    {"potential_revenue": self.tr("Enter an amount, e.g. 120000 or 120,000.50.")}
                ) from None
        return clients.ClientInput(
            name=self.name.text(),
            industry=self.industry.text(),
            tier=self.tier.currentData(),
            status=self.status.currentData(),
            potential_revenue=revenue,
            cadence_days=self.cadence.value() or None,
            weekly_minutes=self.weekly.value(),
            website=self.website.text(),
            phone=self.phone.text(),
            address=self.address.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def set_value(self, data: clients.ClientInput) -> None:
        self._loading = True
        try:
            self.name.setText(data.name)
            self.industry.setText(data.industry)
            self.tier.setCurrentIndex(self.tier.findData(data.tier))
            self.status.setCurrentIndex(self.status.findData(data.status))
            self.revenue.setText(
                amount_text(data.potential_revenue) if data.potential_revenue else ""
            )
            self.cadence.blockSignals(True)
            self.cadence.setValue(data.cadence_days or 0)
            self.cadence.blockSignals(False)
            self.weekly.blockSignals(True)
            self.weekly.setValue(data.weekly_minutes)
            self.weekly.blockSignals(False)
            self.website.setText(data.website)
            self.phone.setText(data.phone)
            for line in (self.name, self.industry, self.revenue, self.website, self.phone):
                line.setCursorPosition(0)  # long values show their beginning
            self.address.setPlainText(data.address)
            self.notes.setPlainText(data.notes)
            self.errors.clear()
        finally:
            self._loading = False


def confirm_duplicate(parent: QWidget, error: DuplicateClientError) -> bool:
    return ask(
        parent,
        parent.tr("Client already exists"),
        parent.tr(
            "A client named “{0}” already exists.\n\nCreate another client with the same name?"
        ).format(error.existing_name),
    )


class NewClientDialog(QDialog):
    """Ctrl+N: a new client; stays open with messages at the fields until the input is good."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New client"))
        self.setMinimumWidth(560)
        self.form = ClientForm(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create client"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.client_id: int | None = None
        self.form.set_value(clients.ClientInput(name=""))  # the same defaults as the service
        self.form.name.setFocus()

    def accept(self) -> None:
        try:
            data = self.form.value()
            try:
                self.client_id = clients.create_client(data)
            except DuplicateClientError as dup:
                if not confirm_duplicate(self, dup):
                    self.form.name.setFocus()
                    return
                self.client_id = clients.create_client(data, allow_duplicate=True)
        except ValidationError as exc:
            self.form.errors.show(exc.errors)
            return
        super().accept()
