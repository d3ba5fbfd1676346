"""Settings -> Priorities: when a task is urgent or important, and how often each tier of
client is to be contacted before it counts as neglected."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from ae_desktop.domain.enums import Tier
from ae_desktop.domain.money import from_minor, is_storable, parse_amount, to_minor
from ae_desktop.services.settings import CADENCE_KEYS
from ae_desktop.ui.forms import plain_label
from ae_desktop.ui.labels import amount_text
from ae_desktop.ui.settings.page import SettingsPage

VALUE_KEY = "important_deal_value_minor"


class PrioritiesPage(SettingsPage):
    keys = ("urgent_within_days", VALUE_KEY, *CADENCE_KEYS.values())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "How the Eisenhower matrix sorts tasks you leave on automatic, and when a "
                "client is flagged as neglected."
            ),
            parent,
        )
        days = self.tr(" days")
        self.urgent = self.minutes_box("urgent_within_days", days)
        self.add_field(
            "urgent_within_days",
            self.tr("&Urgent when due within"),
            self.urgent,
            self.tr("Overdue tasks are always urgent; 0: only those due today"),
        )
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 50000"))
        self.value.textChanged.connect(lambda _text: self.changed.emit())
        self.currency = plain_label()
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.value, 1)
        row.addWidget(self.currency)
        self.value_label = self.add_field(
            VALUE_KEY,
            self.tr("Important deal &value from"),
            holder,
            self.tr("A task on an open deal worth this much is important"),
        )
        self.value_label.setBuddy(self.value)
        self.cadence = {tier: self.minutes_box(key, days) for tier, key in CADENCE_KEYS.items()}
        labels = {
            Tier.KEY: self.tr("Contact &key accounts every"),
            Tier.STANDARD: self.tr("Contact &standard clients every"),
            Tier.PROSPECT: self.tr("Contact prosp&ects every"),
        }
        for tier, key in CADENCE_KEYS.items():
            hint = self.tr("Unless the client has a cadence of its own") if tier == Tier.KEY else ""
            self.add_field(key, labels[tier], self.cadence[tier], hint)

    def set_currency(self, code: str) -> None:
        """The currency the value is in (as chosen on the General page)."""
        self.currency.setText(code)

    def load(self, values: dict[str, Any]) -> None:
        self.urgent.setValue(int(values.get("urgent_within_days") or 0))
        minor = values.get(VALUE_KEY)
        amount = from_minor(minor if isinstance(minor, int) else 0)
        self.value.setText(amount_text(amount))  # as the deal editor shows a value
        for tier, key in CADENCE_KEYS.items():
            value = values.get(key)
            self.cadence[tier].setValue(value if isinstance(value, int) else 1)

    def _minor(self) -> int | None:
        try:
            amount = parse_amount(self.value.text())
        except ValueError:
            return None
        return to_minor(amount) if is_storable(amount) else None

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {"urgent_within_days": self.urgent.value()}
        minor = self._minor()
        result[VALUE_KEY] = 0 if minor is None else minor
        for tier, key in CADENCE_KEYS.items():
            result[key] = self.cadence[tier].value()
        return result

    def local_errors(self) -> dict[str, str]:
        errors = super().local_errors()
        if self._minor() is None:
            errors[VALUE_KEY] = self.tr("Enter an amount, e.g. 50000 or 50,000.00.")
        return errors
