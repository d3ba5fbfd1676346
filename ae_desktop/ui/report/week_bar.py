"""The report's choices: the week (previous / next / this week), the name on it, the paper."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ae_desktop.domain.periods import Week, week_of
from ae_desktop.report.formats import Formats

PAPERS = ("A4", "Letter")


def week_title(week: Week) -> str:
    """ "Week 48 · 23–29 Nov 2026", as the report's header writes it."""
    return Formats(QLocale(), "", week.start.year).week(week)


class WeekBar(QWidget):
    """◀ Week 48 · dates ▶ [This week]      Name on the report [ ]   Paper [A4]"""

    week_changed = Signal(object)  # Week
    paper_changed = Signal(str)
    name_changed = Signal(str)

    def __init__(
        self, week: Week, today: date, paper: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.week = week
        self._today = today
        self.previous = QPushButton("◀")
        self.previous.setToolTip(self.tr("Previous week"))
        self.previous.setAccessibleName(self.tr("Previous week"))
        self.next = QPushButton("▶")
        self.next.setToolTip(self.tr("Next week"))
        self.next.setAccessibleName(self.tr("Next week"))
        for button in (self.previous, self.next):
            button.setFixedWidth(36)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setMinimumWidth(280)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.this_week = QPushButton(self.tr("This week"))
        self.paper = QComboBox()
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText(paper if paper in PAPERS else PAPERS[0])
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)
        self.name = QLineEdit(name)
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setMinimumWidth(170)
        name_label = QLabel(self.tr("&Name on the report:"))
        name_label.setBuddy(self.name)
        self._saved_name = name
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.title, self.next, self.this_week):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        layout.addSpacing(12)
        layout.addWidget(paper_label)
        layout.addWidget(self.paper)
        self.previous.clicked.connect(lambda: self.set_week(self.week.shifted(-1)))
        self.next.clicked.connect(lambda: self.set_week(self.week.shifted(1)))
        self.this_week.clicked.connect(
            lambda: self.set_week(week_of(self._today, self.week.week_start))
        )
        self.paper.currentTextChanged.connect(self.paper_changed)
        self.name.editingFinished.connect(self._on_name_edited)
        self._show()

    def _on_name_edited(self) -> None:
        name = self.name.text().strip()
        if name != self._saved_name:
            self._saved_name = name
            self.name_changed.emit(name)

    def set_week(self, week: Week) -> None:
        if week == self.week:
            return
        self.week = week
        self._show()
        self.week_changed.emit(week)

    def _show(self) -> None:
        self.title.setText(week_title(self.week))
        current = week_of(self._today, self.week.week_start)
        self.this_week.setEnabled(self.week != current)
        self.next.setEnabled(self.week.start <= current.start)  # up to next week: its agenda
