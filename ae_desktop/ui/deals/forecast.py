"""The forecast strip: this month and this quarter against quota, quota editable in place."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ae_desktop.domain.money import from_minor, parse_amount
from ae_desktop.domain.periods import Period, month_of, quarter_of
from ae_desktop.services import quotas
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.pipeline import PipelineStats, stats_for
from ae_desktop.services.settings import currency
from ae_desktop.ui.flow_layout import FlowLayout
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import (
    amount_text,
    money_text,
    month_text,
    percent_text,
    quarter_text,
    ratio_text,
)
from ae_desktop.ui.theme import set_text_colour


class PeriodCard(QFrame):
    """One period's figures; the quota is a field: type a new amount and press Enter."""

    quota_saved = Signal()

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.period: Period | None = None
        self.heading = plain_label(heading)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)  # a longer language: a taller card, not a wider one
        self.values: dict[str, QLabel] = {}
        # Each figure under its name; the figures take a second row rather than more width.
        figures = FlowLayout(horizontal_spacing=18)
        names = [
            ("won", self.tr("Won")),
            ("weighted", self.tr("Weighted open")),
            ("forecast", self.tr("Forecast")),
            ("quota", self.tr("Quota ({0})").format(currency())),
            ("attainment", self.tr("Attainment")),
            ("coverage", self.tr("Coverage")),
        ]
        big = QFont(self.heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        for key, text in names:
            figure = QWidget()
            column = QVBoxLayout(figure)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(muted_label(text))
            figures.addWidget(figure)
            if key == "quota":
                self.quota = QLineEdit()
                self.quota.setFont(big)
                self.quota.setMaximumWidth(130)
                self.quota.setToolTip(self.tr("Type the quota for this period and press Enter"))
                self.quota.setAccessibleName(self.tr("Quota"))
                self.quota.editingFinished.connect(self._on_quota_edited)
                column.addWidget(self.quota)
                continue
            label = plain_label("—")
            label.setFont(big)
            self.values[key] = label
            column.addWidget(label)
        self.message = plain_label()
        set_text_colour(self.message, "error")
        self.message.setWordWrap(True)
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # both period cards keep the same height
        self.message.setSizePolicy(policy)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addLayout(figures)
        layout.addWidget(self.message)

    def show_stats(self, stats: PipelineStats) -> None:
        self.period = stats.period
        cur = stats.currency
        self.values["won"].setText(money_text(stats.won_minor, cur))
        self.values["weighted"].setText(money_text(stats.weighted_open_minor, cur))
        self.values["forecast"].setText(money_text(stats.forecast_minor, cur))
        self.values["attainment"].setText(percent_text(stats.attainment_pct))
        self.values["coverage"].setText(ratio_text(stats.coverage))
        self.values["coverage"].setToolTip(
            self.tr("Open pipeline divided by the quota still to win")
        )
        own = quotas.quota_is_set(stats.period)
        self.quota.setText(amount_text(from_minor(stats.quota_minor), 0) if own else "")
        if not own and stats.quota_minor:  # a quarter adding up its months' quotas
            self.quota.setPlaceholderText(amount_text(from_minor(stats.quota_minor), 0))
        if not stats.quota_minor:
            self.quota.setPlaceholderText(self.tr("Set quota"))
        self.message.hide()

    def _on_quota_edited(self) -> None:
        if self.period is None or not self.quota.isModified():
            return
        self.quota.setModified(False)
        text = self.quota.text().strip()
        try:
            try:
                amount = parse_amount(text) if text else Decimal(0)
            except ValueError:
                raise ValidationError(
                    {"amount": self.tr("Enter an amount, e.g. 150000.")}
                ) from None
            quotas.set_quota(self.period, amount)
        except ValidationError as exc:
            self.message.setText(exc.errors.get("amount", str(exc)))
            self.message.show()
            return
        self.quota_saved.emit()


class ForecastStrip(QWidget):
    """This month and this quarter, side by side."""

    quota_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = PeriodCard(self.tr("This month"))
        self.quarter = PeriodCard(self.tr("This quarter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month)
        layout.addWidget(self.quarter)
        for card in (self.month, self.quarter):
            card.quota_saved.connect(self.quota_changed)

    def refresh(self, today: date) -> None:
        month, quarter = month_of(today), quarter_of(today)
        self.month.heading.setText(self.tr("This month · {0}").format(month_text(month.start)))
        self.quarter.heading.setText(
            self.tr("This quarter · {0}").format(quarter_text(quarter.label))
        )
        self.month.show_stats(stats_for(month, today=today))
        self.quarter.show_stats(stats_for(quarter, today=today))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
