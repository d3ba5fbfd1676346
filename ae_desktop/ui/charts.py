"""Small QPainter charts shared by the screen and the PDF: horizontal bars, vertical bars and a
100 % share bar. Plain data in, a QRectF to fill: no widgets, no global state."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from ae_desktop.ui.theme import LIGHT, Colours, colours

_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_CENTRE = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter).value


@dataclass(frozen=True)
class ChartStyle:
    """Font and colours of a chart. *series* colours differ in lightness, so a share bar
    still reads when printed in grey."""

    font: QFont
    text: QColor
    muted: QColor
    accent: QColor
    tint: QColor
    grid: QColor
    series: tuple[QColor, ...]

    @staticmethod
    def from_colours(scheme: Colours, font: QFont) -> ChartStyle:
        """The chart colours of *scheme*: LIGHT for paper, the current one on screen."""
        return ChartStyle(
            font=font,
            text=scheme.chart_text,
            muted=scheme.chart_muted,
            accent=scheme.chart_accent,
            tint=scheme.chart_tint,
            grid=scheme.chart_grid,
            series=scheme.chart_series,
        )

    @staticmethod
    def for_print(font: QFont) -> ChartStyle:
        """Paper is white whatever the screen's scheme: always the light colours."""
        return ChartStyle.from_colours(LIGHT, font)

    @staticmethod
    def from_palette(palette: QPalette, font: QFont) -> ChartStyle:
        """Colours for a widget: its palette's text and highlight, the rest from the palette's
        scheme, so dark mode works."""
        scheme = ChartStyle.from_colours(colours(palette), font)
        return replace(
            scheme,
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            accent=palette.color(QPalette.ColorRole.Highlight),
        )

    def metrics(self, painter: QPainter) -> QFontMetricsF:
        device = painter.device()
        return QFontMetricsF(self.font, device) if device else QFontMetricsF(self.font)


@dataclass(frozen=True)
class Bar:
    """One bar: *overlay* (e.g. the weighted value) is drawn over it from its base; *text* is
    printed beside (horizontal) or above (vertical) the bar."""

    label: str
    value: float
    text: str = ""
    overlay: float = 0.0


@dataclass(frozen=True)
class Segment:
    """One part of a share bar; *colour* None takes the style's series in order."""

    label: str
    value: float
    text: str = ""
    colour: QColor | None = None


def row_height(style: ChartStyle, metrics: QFontMetricsF | None = None) -> float:
    """The height of one horizontal bar's row, or one legend line."""
    return (metrics or QFontMetricsF(style.font)).height() * 1.6


def hbars_height(count: int, style: ChartStyle, metrics: QFontMetricsF | None = None) -> float:
    return max(count, 1) * row_height(style, metrics)


def draw_hbars(painter: QPainter, rect: QRectF, bars: Sequence[Bar], style: ChartStyle) -> None:
    """Labels on the left, bars scaled to the largest value, each bar's text on the right."""
    fm = style.metrics(painter)
    painter.save()
    painter.setFont(style.font)
    label_w = min(
        max((fm.horizontalAdvance(b.label) for b in bars), default=0) + 8, rect.width() * 0.3
    )
    text_w = min(
        max((fm.horizontalAdvance(b.text) for b in bars), default=0) + 8, rect.width() * 0.4
    )
    track = rect.width() - label_w - text_w
    top_value = max((max(b.value, b.overlay) for b in bars), default=0.0) or 1.0
    line = row_height(style, fm)
    for n, bar in enumerate(bars):
        row = QRectF(rect.left(), rect.top() + n * line, rect.width(), line)
        label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 8)
        painter.setPen(style.text)
        painter.drawText(QRectF(row.left(), row.top(), label_w - 8, line), _LEFT, label)
        height = line * 0.6
        base = QRectF(row.left() + label_w, row.center().y() - height / 2, 0, height)
        _fill(painter, base.adjusted(0, 0, track * bar.value / top_value, 0), style.tint)
        _fill(painter, base.adjusted(0, 0, track * bar.overlay / top_value, 0), style.accent)
        end = base.left() + track * max(bar.value, bar.overlay) / top_value + 6
        painter.setPen(style.muted)
        painter.drawText(QRectF(end, row.top(), rect.right() - end, line), _LEFT, bar.text)
    painter.restore()


def draw_vbars(painter: QPainter, rect: QRectF, bars: Sequence[Bar], style: ChartStyle) -> None:
    """One column per bar: its text above it, its label under the base line."""
    if not bars:
        return
    fm = style.metrics(painter)
    painter.save()
    painter.setFont(style.font)
    text_h = fm.height() * 1.3
    base_y = rect.bottom() - text_h
    track = base_y - rect.top() - text_h
    top_value = max((b.value for b in bars), default=0.0) or 1.0
    slot = rect.width() / len(bars)
    for n, bar in enumerate(bars):
        left = rect.left() + n * slot
        height = track * bar.value / top_value
        width = slot * 0.56
        column = QRectF(left + (slot - width) / 2, base_y - height, width, height)
        _fill(painter, column, style.accent)
        painter.setPen(style.text if bar.value else style.muted)
        above = QRectF(left, column.top() - text_h, slot, text_h)
        painter.drawText(above, _CENTRE, bar.text)
        painter.setPen(style.muted)
        label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, slot - 2)
        painter.drawText(QRectF(left, base_y, slot, text_h), _CENTRE, label)
    pen = QPen(style.grid, 0.8)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # a square cap would poke out of the rect
    painter.setPen(pen)
    painter.drawLine(QPointF(rect.left(), base_y), QPointF(rect.right(), base_y))
    painter.restore()


def share_height(count: int, style: ChartStyle, metrics: QFontMetricsF | None = None) -> float:
    """The bar and a two-column legend for *count* segments."""
    line = row_height(style, metrics)
    return line * 1.2 + math.ceil(count / 2) * line


def draw_share_bar(
    painter: QPainter, rect: QRectF, segments: Sequence[Segment], style: ChartStyle
) -> None:
    """Segments side by side filling the width in proportion; a legend of two columns under."""
    fm = style.metrics(painter)
    line = row_height(style, fm)
    total = sum(s.value for s in segments)
    colours = [s.colour or style.series[n % len(style.series)] for n, s in enumerate(segments)]
    painter.save()
    painter.setFont(style.font)
    bar = QRectF(rect.left(), rect.top(), rect.width(), line * 0.8)
    x = bar.left()
    for segment, colour in zip(segments, colours, strict=True):
        width = bar.width() * segment.value / total if total else 0.0
        _fill(painter, QRectF(x, bar.top(), width, bar.height()), colour)
        x += width
    painter.setPen(QPen(style.grid, 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(bar)
    half = rect.width() / 2
    for n, (segment, colour) in enumerate(zip(segments, colours, strict=True)):
        origin = QPointF(rect.left() + (n % 2) * half, bar.bottom() + line * 0.4 + (n // 2) * line)
        _legend_item(
            painter, QRectF(origin.x(), origin.y(), half - 6, line), segment, colour, style
        )
    painter.restore()


def _legend_item(
    painter: QPainter, cell: QRectF, segment: Segment, colour: QColor, style: ChartStyle
) -> None:
    fm = style.metrics(painter)
    size = fm.height() * 0.7
    swatch = QRectF(cell.left(), cell.center().y() - size / 2, size, size)
    _fill(painter, swatch, colour)
    painter.setPen(QPen(style.grid, 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(swatch)
    label_x = swatch.right() + 5
    text_w = fm.horizontalAdvance(segment.text)
    label_w = max(cell.right() - label_x - text_w - 6, 0)
    painter.setPen(style.text)
    label = fm.elidedText(segment.label, Qt.TextElideMode.ElideRight, label_w)
    painter.drawText(QRectF(label_x, cell.top(), label_w, cell.height()), _LEFT, label)
    painter.setPen(style.muted)
    painter.drawText(
        QRectF(label_x, cell.top(), cell.right() - label_x, cell.height()), _RIGHT, segment.text
    )


def draw_legend(
    painter: QPainter, origin: QPointF, items: Sequence[tuple[QColor, str]], style: ChartStyle
) -> None:
    """Swatches and labels on one line from *origin* (top left)."""
    fm = style.metrics(painter)
    line = row_height(style, fm)
    size = fm.height() * 0.7
    painter.save()
    painter.setFont(style.font)
    x = origin.x()
    for colour, label in items:
        _fill(painter, QRectF(x, origin.y() + (line - size) / 2, size, size), colour)
        painter.setPen(style.muted)
        width = fm.horizontalAdvance(label)
        painter.drawText(QRectF(x + size + 4, origin.y(), width + 2, line), _LEFT, label)
        x += size + 4 + width + 14
    painter.restore()


def _fill(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    if rect.width() > 0 and rect.height() > 0:
        painter.fillRect(rect, colour)
