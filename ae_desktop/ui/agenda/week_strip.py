"""The week overview under the day planner: planned hours per day, Monday to Friday, by kind."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ae_desktop.domain.enums import BlockKind
from ae_desktop.services.time_blocks import BlockRow
from ae_desktop.ui.agenda.timeline_paint import block_kind_label
from ae_desktop.ui.labels import to_qdate
from ae_desktop.ui.theme import colours, mix

WEEK_DAYS = 5
BAR = 6


def hours_text(minutes: int) -> str:
    """'45 min', '2 h', '5 h 30'."""
    if minutes < 60:
        return QCoreApplication.translate("week", "{0} min").format(minutes)
    hours, rest = divmod(minutes, 60)
    if rest:
        return QCoreApplication.translate("week", "{0} h {1:02d}").format(hours, rest)
    return QCoreApplication.translate("week", "{0} h").format(hours)


def week_of(day: date) -> list[date]:
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(WEEK_DAYS)]


def planned(rows: list[BlockRow]) -> dict[BlockKind, int]:
    """Minutes per kind; breaks are not planned work."""
    minutes: dict[BlockKind, int] = {}
    for row in rows:
        if row.kind != BlockKind.BREAK:
            minutes[row.kind] = minutes.get(row.kind, 0) + row.minutes
    return minutes


class WeekStrip(QWidget):
    """Click a day to show it."""

    day_chosen = Signal(object)  # a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.minutes: dict[date, dict[BlockKind, int]] = {}
        self.shown: date | None = None
        self.workday_minutes = 8 * 60
        metrics = QFontMetrics(self.font())
        self.setFixedHeight(3 * metrics.lineSpacing() + BAR + 20)
        self.setAccessibleName(self.tr("Planned hours this week"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_week(
        self, minutes: dict[date, dict[BlockKind, int]], shown: date, workday_minutes: int
    ) -> None:
        self.days = week_of(shown)
        self.minutes = minutes
        self.shown = shown
        self.workday_minutes = max(workday_minutes, 60)
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What the strip paints, as words for a screen reader: each day's planned hours."""
        days = []
        for day in self.days:
            total = sum(self.minutes.get(day, {}).values())
            days.append(f"{QLocale().toString(to_qdate(day), 'dddd d')}: {hours_text(total)}")
        week = sum(sum(kinds.values()) for kinds in self.minutes.values())
        days.append(self.tr("Week: {0}").format(hours_text(week)))
        self.setAccessibleDescription("; ".join(days))

    def _cell(self, index: int) -> QRectF:
        width = self.width() / WEEK_DAYS
        return QRectF(
            index * width, 0, width, self.height() - QFontMetrics(self.font()).lineSpacing() - 4
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        bold = QFont(self.font())
        bold.setBold(True)
        kind_colours = colours(palette).block_kinds
        for index, day in enumerate(self.days):
            cell = self._cell(index).adjusted(2, 2, -2, -2)
            chosen = day == self.shown
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(highlight if chosen else mix(base, text, 0.15))
            painter.setBrush(mix(base, highlight, 0.12) if chosen else base)
            painter.drawRoundedRect(cell, 5, 5)
            inner = cell.adjusted(8, 4, -8, -4)
            label = QLocale().toString(to_qdate(day), "ddd d")
            painter.setFont(bold if chosen else self.font())
            painter.setPen(text)
            left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            painter.drawText(inner, left, label)
            kinds = self.minutes.get(day, {})
            total = sum(kinds.values())
            painter.setFont(self.font())
            painter.setPen(text if total else muted)
            hours = hours_text(total) if total else "—"
            # A narrow cell puts the hours under the day rather than over it.
            wide = metrics.horizontalAdvance(f"{label}  {hours}") + 4 <= inner.width()
            lines = 1 if wide else 2
            where = inner if wide else inner.adjusted(0, line, 0, 0)
            align = Qt.AlignmentFlag.AlignRight if wide else Qt.AlignmentFlag.AlignLeft
            painter.drawText(where, int(align | Qt.AlignmentFlag.AlignTop), hours)
            bar = QRectF(inner.left(), inner.top() + lines * line + 4, inner.width(), BAR)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mix(base, text, 0.1))
            painter.drawRoundedRect(bar, 3, 3)
            x = bar.left()
            for kind in BlockKind:
                share = kinds.get(kind, 0) / self.workday_minutes * bar.width()
                share = min(share, bar.right() - x)
                if share > 0:
                    painter.fillRect(QRectF(x, bar.top(), share, BAR), kind_colours[kind])
                    x += share
        self._paint_legend(painter, metrics)
        painter.end()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        week: dict[BlockKind, int] = {}
        for kinds in self.minutes.values():
            for kind, minutes in kinds.items():
                week[kind] = week.get(kind, 0) + minutes
        y = self.height() - metrics.lineSpacing() - 2
        x = 4.0
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        total = sum(week.values())
        if total:
            head = self.tr("Week: {0}").format(hours_text(total))
        else:
            head = self.tr("Nothing planned this week yet")
        painter.drawText(QPointF(x, y + metrics.ascent()), head)
        x += metrics.horizontalAdvance(head) + 14
        for kind in BlockKind:
            if not week.get(kind):
                continue
            item = f"{block_kind_label(kind)} {hours_text(week[kind])}"
            width = metrics.horizontalAdvance(item) + 14
            if x + width > self.width():
                break
            painter.fillRect(
                QRectF(x, y + metrics.ascent() - 8, 8, 8),
                colours(self.palette()).block_kinds[kind],
            )
            painter.drawText(QPointF(x + 11, y + metrics.ascent()), item)
            x += width + 8

    def _day_at(self, pos: QPointF) -> date | None:
        for index, day in enumerate(self.days):
            if self._cell(index).contains(pos):
                return day
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self._day_at(event.position())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_chosen.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self._day_at(QPointF(event.pos()))
            kinds = self.minutes.get(day, {}) if day is not None else {}
            lines = [f"{block_kind_label(k)}: {hours_text(m)}" for k, m in kinds.items() if m]
            if lines:
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
