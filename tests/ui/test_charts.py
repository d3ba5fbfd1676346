"""ui/charts.py: the QPainter charts draw on any device, with any data, inside their rect."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from ae_desktop.ui import charts

Draw = Callable[[QPainter, QRectF], None]


@pytest.fixture
def style(qapp: QApplication) -> charts.ChartStyle:
    return charts.ChartStyle.for_print(QFont())


def _painted(draw: Draw, size: tuple[int, int] = (400, 200)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, QRectF(20, 20, size[0] - 40, size[1] - 40))
    painter.end()
    return image


def _inked(image: QImage) -> Iterator[tuple[int, int]]:
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 250:
                yield x, y


def _inside(image: QImage, margin: int = 20) -> bool:
    """Nothing drawn in the margin around the chart's rect."""
    w, h = image.width(), image.height()
    return all(margin <= x < w - margin and margin <= y < h - margin for x, y in _inked(image))


def test_horizontal_bars_stay_in_their_rect(style: charts.ChartStyle) -> None:
    bars = [
        charts.Bar("Lead (14)", 182_000, "€182,000 · weighted €18,200", 18_200),
        charts.Bar("A stage with a very long name indeed", 62_000, "€62,000", 46_500),
        charts.Bar("Empty", 0, "€0"),
    ]
    image = _painted(lambda p, r: charts.draw_hbars(p, r, bars, style))
    assert any(_inked(image)) and _inside(image)


def test_vertical_bars_stay_in_their_rect(style: charts.ChartStyle) -> None:
    bars = [charts.Bar(f"Day {n}", float(n % 4), str(n % 4)) for n in range(7)]
    image = _painted(lambda p, r: charts.draw_vbars(p, r, bars, style))
    assert any(_inked(image)) and _inside(image)


def test_share_bar_with_legend(style: charts.ChartStyle) -> None:
    segments = [charts.Segment(f"Q{n}", float(n), f"{n * 10}%") for n in range(1, 5)]
    height = charts.share_height(len(segments), style)
    image = _painted(
        lambda p, r: charts.draw_share_bar(p, r, segments, style), (400, int(height) + 40)
    )
    assert any(_inked(image)) and _inside(image, 19)


@pytest.mark.parametrize(
    "draw",
    [
        lambda p, r, s: charts.draw_hbars(p, r, [], s),
        lambda p, r, s: charts.draw_vbars(p, r, [], s),
        lambda p, r, s: charts.draw_vbars(p, r, [charts.Bar("Mon", 0, "0")], s),
        lambda p, r, s: charts.draw_share_bar(p, r, [charts.Segment("Q1", 0, "0%")], s),
        lambda p, r, s: charts.draw_share_bar(p, r, [], s),
    ],
)
def test_nothing_to_show_draws_without_failing(
    style: charts.ChartStyle, draw: Callable[[QPainter, QRectF, charts.ChartStyle], None]
) -> None:
    _painted(lambda p, r: draw(p, r, style))


def test_screen_style_follows_the_palette(qapp: QApplication) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d7bd9"))
    style = charts.ChartStyle.from_palette(palette, QFont())
    assert style.text == QColor("#f0f0f0") and style.accent == QColor("#3d7bd9")
    assert len({c.lightness() for c in style.series}) == len(style.series)
