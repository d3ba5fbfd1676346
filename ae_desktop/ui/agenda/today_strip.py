"""The Today strip: overdue follow-ups, neglected key accounts, rotting deals, next meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services.today import TodayItem, TodaySummary
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.messages import plain_tooltip

ITEM_STYLE = "QPushButton { text-align: left; border: none; padding: 1px 2px; }"
ITEM_PADDING = 8  # the style's 2 px each side, and room for the elision dots


class _Item(QPushButton):
    """A flat click-through showing as much of its text as its section's width allows (the
    rest elided, all of it in the tooltip): a long name never widens the strip."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.full_text = text
        self.setFlat(True)
        self.setStyleSheet(ITEM_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._elide(self.fontMetrics().horizontalAdvance(text) + ITEM_PADDING)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide(event.size().width())

    def _elide(self, width: int) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(0, width - ITEM_PADDING)
        )
        self.setText(shown.replace("&", "&&"))  # a button reads '&' as a mnemonic


def _wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


class _Section(QFrame):
    """A heading with a count and up to five items, each a click-through."""

    def __init__(self, strip: TodayStrip, heading: str, quiet: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.strip = strip
        self.heading_text = heading
        self.quiet = quiet
        self.heading = plain_label(heading)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.items = QVBoxLayout()
        self.items.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addLayout(self.items)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []

    def show_items(self, items: list[TodayItem], count: int, describe: object) -> None:
        while self.items.count():
            taken = self.items.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        self.heading.setText(f"{self.heading_text} ({count})" if count else self.heading_text)
        if not items:
            self.items.addWidget(_wrapped(muted_label(self.quiet)))
            return
        for item in items:
            button = _Item(describe(item))  # type: ignore[operator]
            button.clicked.connect(
                lambda _=False, i=item: self.strip.item_activated.emit(i.kind, i.record_id)
            )
            self.items.addWidget(button)
            self.buttons.append(button)
        if count > len(items):
            more = muted_label(self.tr("and {0} more").format(count - len(items)))
            self.items.addWidget(_wrapped(more))


class TodayStrip(QWidget):
    """Click an item to go to the task, client, deal or meeting it is about."""

    item_activated = Signal(str, int)  # kind ("task", "client", "deal", "block"), record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overdue = _Section(self, self.tr("Overdue follow-ups"), self.tr("Nothing overdue."))
        self.neglected = _Section(
            self, self.tr("Neglected key accounts"), self.tr("Every key account is in touch.")
        )
        self.rotting = _Section(self, self.tr("Rotting deals"), self.tr("No deal is going cold."))
        self.meeting = _Section(self, self.tr("Next meeting"), self.tr("No more meetings today."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for section in (self.overdue, self.neglected, self.rotting, self.meeting):
            layout.addWidget(section, 1)

    def show_summary(self, summary: TodaySummary) -> None:
        self.overdue.show_items(summary.overdue_follow_ups, summary.overdue_count, self._late)
        self.neglected.show_items(
            summary.neglected_key_accounts, summary.neglected_count, self._neglected
        )
        self.rotting.show_items(summary.rotting_deals, summary.rotting_count, self._deal)
        meeting = [summary.next_meeting] if summary.next_meeting else []
        self.meeting.show_items(meeting, 0, self._meeting)

    def _late(self, item: TodayItem) -> str:
        days = item.days or 0
        late = self.tr("1 day late") if days == 1 else self.tr("{0} days late").format(days)
        return f"{item.text} — {late}"

    def _neglected(self, item: TodayItem) -> str:
        if item.days is None:
            return self.tr("{0} — no contact yet").format(item.text)
        return self.tr("{0} — last contact {1} days ago").format(item.text, item.days)

    def _deal(self, item: TodayItem) -> str:
        for dash in (" – ", " - ", ": "):  # titles often start with the client's name
            if item.detail and item.text.startswith(item.detail + dash):
                return f"{item.text[len(item.detail) + len(dash) :]} — {item.detail}"
        return f"{item.text} — {item.detail}"

    def _meeting(self, item: TodayItem) -> str:
        return f"{item.detail}  {item.text}"
