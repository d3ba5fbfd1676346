"""Settings -> General: currency, language, week start, report paper and appearance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QWidget

from ae_desktop.ui.settings.page import SettingsPage

# Offered in the currency list; any other three-letter ISO code may be typed.
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "MXN", "ARS", "CLP", "COP", "PEN", "BRL", "CAD")


class _UpperCase(QValidator):
    """Currency codes in capitals as they are typed; at most three letters."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        text = text.upper()
        if len(text) > 3 or not all("A" <= c <= "Z" for c in text):
            return QValidator.State.Invalid, text, pos
        state = QValidator.State.Acceptable if len(text) == 3 else QValidator.State.Intermediate
        return state, text, pos


def _choices(box: QComboBox, items: list[tuple[str, Any]]) -> QComboBox:
    for text, data in items:
        box.addItem(text, data)
    return box


class GeneralPage(SettingsPage):
    keys = ("currency", "language", "week_start", "report_paper", "appearance")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.setValidator(_UpperCase(self.currency))
        self.currency.editTextChanged.connect(lambda _text: self.changed.emit())
        self.add_field(
            "currency",
            self.tr("&Currency"),
            self.currency,
            self.tr("New deals and every total are shown in it; existing deals keep theirs"),
        )
        system = self.tr("Follow the system")
        self.language = _choices(
            QComboBox(), [(system, "system"), ("English", "en"), ("Español", "es")]
        )
        self.add_field(
            "language",
            self.tr("&Language"),
            self.language,
            self.tr("Applied when AE Desktop restarts"),
        )
        locale = QLocale()
        days = [(locale.dayName(d, QLocale.FormatType.LongFormat), d - 1) for d in range(1, 8)]
        self.week_start = _choices(QComboBox(), days)
        self.add_field(
            "week_start",
            self.tr("Week &starts on"),
            self.week_start,
            self.tr("The weekly report and the week strip"),
        )
        papers = [(self.tr("A4"), "A4"), (self.tr("Letter"), "Letter")]
        self.paper = _choices(QComboBox(), papers)
        self.add_field("report_paper", self.tr("Report paper si&ze"), self.paper)
        looks = [(system, "system"), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")]
        self.appearance = _choices(QComboBox(), looks)
        self.add_field(
            "appearance",
            self.tr("&Appearance"),
            self.appearance,
            self.tr("Follow the system: light or dark as your desktop is"),
        )
        for box in (self.language, self.week_start, self.paper, self.appearance):
            box.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def load(self, values: dict[str, Any]) -> None:
        self.currency.setEditText(str(values.get("currency") or ""))
        for box, key in (
            (self.language, "language"),
            (self.week_start, "week_start"),
            (self.paper, "report_paper"),
            (self.appearance, "appearance"),
        ):
            box.setCurrentIndex(max(0, box.findData(values.get(key))))

    def values(self) -> dict[str, Any]:
        return {
            "currency": self.currency.currentText().strip().upper(),
            "language": self.language.currentData(),
            "week_start": self.week_start.currentData(),
            "report_paper": self.paper.currentData(),
            "appearance": self.appearance.currentData(),
        }
