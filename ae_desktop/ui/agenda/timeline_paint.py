"""Painting the day planner: the hour grid, lunch, the now-line, blocks and ghost blocks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import Span, hhmm
from ae_desktop.ui.labels import block_kind_label as block_kind_label  # the agenda imports it here
from ae_desktop.ui.theme import Colours, block_fill, colours, mix

HOUR_PX = 64  # 16 px per quarter of an hour
GUTTER = 52  # the hour labels' column
TOP = 10


@dataclass(frozen=True, slots=True)
class Scale:
    """Minutes of the day to pixels and back; the shown range is [first, last]."""

    first: int
    last: int

    def y_of(self, minute: float) -> float:
        return TOP + (minute - self.first) * HOUR_PX / 60

    def minute_at(self, y: float) -> float:
        return self.first + (y - TOP) * 60 / HOUR_PX

    @property
    def height(self) -> int:
        return int(self.y_of(self.last)) + TOP + 2


@dataclass(frozen=True, slots=True)
class Look:
    """How one block is drawn."""

    title: str
    times: str  # '09:00–10:30 · Client work'
    kind: BlockKind
    fixed: bool = False
    done: bool = False
    overlaps: bool = False
    selected: bool = False
    ghost: bool = False


def paint_grid(
    painter: QPainter,
    scale: Scale,
    width: int,
    palette: QPalette,
    workday: Span,
    lunch: Span | None,
) -> None:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    painter.fillRect(QRectF(0, 0, width, scale.height), base)
    off_hours = mix(base, text, 0.05)
    for span in (Span(scale.first, workday.start), Span(workday.end, scale.last)):
        if span.end > span.start:
            painter.fillRect(
                QRectF(GUTTER, scale.y_of(span.start), width - GUTTER, span.minutes * HOUR_PX / 60),
                off_hours,
            )
    if lunch is not None:
        band = QRectF(GUTTER, scale.y_of(lunch.start), width - GUTTER, lunch.minutes * HOUR_PX / 60)
        painter.fillRect(band, mix(base, colours(palette).lunch, 0.08))
        hatch = QColor(text)
        hatch.setAlpha(18)
        painter.fillRect(band, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            band.adjusted(0, 2, -8, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            QCoreApplication.translate("timeline", "Lunch"),
        )
    hour_pen = QPen(mix(base, text, 0.22), 1)
    quarter_pen = QPen(mix(base, text, 0.08), 1)
    label = palette.color(QPalette.ColorRole.PlaceholderText)
    metrics = QFontMetrics(painter.font())
    for minute in range(scale.first - scale.first % 15, scale.last + 1, 15):
        if minute < scale.first:
            continue
        y = round(scale.y_of(minute)) + 0.5
        on_hour = minute % 60 == 0
        painter.setPen(hour_pen if on_hour else quarter_pen)
        painter.drawLine(QLineF(GUTTER - (6 if on_hour else 0), y, width, y))
        if on_hour:
            painter.setPen(label)
            box = QRectF(0, y - metrics.height() / 2, GUTTER - 10, metrics.height())
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), hhmm(minute)
            )
    painter.setPen(hour_pen)
    painter.drawLine(QLineF(GUTTER + 0.5, 0, GUTTER + 0.5, scale.height))


def paint_now(painter: QPainter, y: float, width: int, palette: QPalette | None = None) -> None:
    now = colours(palette).now_line
    painter.setPen(QPen(now, 2))
    painter.drawLine(QLineF(GUTTER - 4, y, width, y))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(now)
    painter.drawEllipse(QPointF(GUTTER, y), 4, 4)


def paint_drop_mark(painter: QPainter, y: float, width: int, palette: QPalette) -> None:
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QLineF(GUTTER, y, width, y))


def _lock(painter: QPainter, x: float, y: float, colour: QColor) -> None:
    """A small padlock whose top-left corner is (x, y): the block is a fixed meeting."""
    painter.setPen(QPen(colour, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(x + 2.5, y + 6)
    shackle.lineTo(x + 2.5, y + 3.5)
    shackle.arcTo(QRectF(x + 2.5, y, 5, 6), 180, -180)
    shackle.lineTo(x + 7.5, y + 6)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(x, y + 5.5, 10, 7), 1.5, 1.5)


def _check(painter: QPainter, x: float, y: float, colour: QColor) -> None:
    painter.setPen(QPen(colour, 2, c=Qt.PenCapStyle.RoundCap))
    painter.drawPolyline([QPointF(x, y + 5), QPointF(x + 4, y + 9), QPointF(x + 11, y + 1)])


def paint_block(
    painter: QPainter, rect: QRectF, look: Look, palette: QPalette, font: QFont
) -> None:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    scheme = colours(palette)
    hue = scheme.block_kinds[look.kind]
    box = rect.adjusted(2, 1, -2, -1)
    if look.ghost:
        painter.setBrush(block_fill(scheme, look.kind))
        painter.setPen(QPen(hue, 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(box, 5, 5)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(block_fill(scheme, look.kind, look.fixed, look.done))
        painter.drawRoundedRect(box, 5, 5)
        if look.fixed:
            stripes = QColor(text)
            stripes.setAlpha(28)
            painter.setBrush(QBrush(stripes, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(box, 5, 5)
        accent = mix(base, hue, 0.45) if look.done else hue
        painter.fillRect(QRectF(box.left(), box.top() + 3, 4, box.height() - 6), accent)
        if look.overlaps or look.selected:
            colour = scheme.error if look.overlaps else palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 5, 5)
    _paint_block_text(painter, box, look, text, scheme.on_block_muted, font, scheme)


def _paint_block_text(
    painter: QPainter,
    box: QRectF,
    look: Look,
    text: QColor,
    muted: QColor,
    font: QFont,
    scheme: Colours,
) -> None:
    inner = box.adjusted(10, 2, -6, -2)
    bold = QFont(font)
    bold.setBold(True)
    bold.setItalic(look.ghost)
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
    bold_metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)
    icons = 17 * (int(look.fixed) + int(look.done))
    badge = ""
    if look.overlaps:
        badge = QCoreApplication.translate("timeline", "overlaps")
    elif look.ghost:
        badge = QCoreApplication.translate("timeline", "proposed")
    badge_width = small_metrics.horizontalAdvance(badge) + 6 if badge else 0
    x = inner.right() - icons
    if look.fixed:
        _lock(painter, x + 2, inner.top() + 2, text)
        x += 17
    if look.done:
        _check(painter, x + 1, inner.top() + 2, scheme.block_kinds[BlockKind.BREAK])
    title_width = int(inner.width() - icons - badge_width)
    one_line = inner.height() < bold_metrics.height() + small_metrics.height()
    painter.setPen(muted if look.done else text)
    painter.setFont(bold)
    title = look.title if not one_line else f"{look.title}  {look.times.split(' · ')[0]}"
    painter.drawText(
        QRectF(inner.left(), inner.top(), title_width, bold_metrics.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_width),
    )
    painter.setFont(small)
    if badge:
        painter.setPen(scheme.on_block_error if look.overlaps else muted)
        painter.drawText(
            QRectF(inner.left() + title_width, inner.top(), badge_width, bold_metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            badge,
        )
    if not one_line:
        painter.setPen(muted)
        width = int(inner.width())
        painter.drawText(
            QRectF(
                inner.left(), inner.top() + bold_metrics.height(), width, small_metrics.height()
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small_metrics.elidedText(look.times, Qt.TextElideMode.ElideRight, width),
        )
    painter.setFont(font)
