"""Tables in the report: columns sized to their content, wrapped cells, zebra rows, and page
breaks between rows with the header row repeated on the next page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from ae_desktop.report.layout import (
    TOP_LEFT,
    TOP_RIGHT,
    Block,
    Flow,
    Measure,
    Op,
    Theme,
    draw_text,
    rule,
)

_MAX_CELL = 300  # characters: a pasted essay must not make a row taller than the page
_PAD_X = 4.0
_PAD_Y = 3.0
_ONE_LINE_TITLE = 64.0  # points
_FIT_SHARE = 0.2


@dataclass(frozen=True)
class Cell:
    """One table cell: plain text, optionally *strong* (bold accent) or *muted*, and a *note*
    printed small under it (e.g. a due date under the next step)."""

    text: str
    strong: bool = False
    muted: bool = False
    note: str = ""


@dataclass(frozen=True)
class Column:
    """*fit*: as wide as its widest cell (amounts, dates, short labels); the other columns share
    what is left by *weight*. *right*: numbers, right-aligned so their digits line up."""

    title: str
    weight: float = 1.0
    fit: bool = False
    right: bool = False


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None  # a bold last row under a rule


def _two_lines(fm: QFontMetricsF, text: str) -> float:
    """The narrowest width that sets *text* on two lines, broken between words."""
    words = text.split()
    return min(
        (
            max(
                fm.horizontalAdvance(" ".join(words[:n])), fm.horizontalAdvance(" ".join(words[n:]))
            )
            for n in range(1, len(words))
        ),
        default=fm.horizontalAdvance(text),
    )


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1].rstrip() + "…"


def _clipped(cell: Cell) -> Cell:
    return Cell(_clip(cell.text), cell.strong, cell.muted, _clip(cell.note))


class TableLayout:
    """Column widths, row heights and the painting of one table at a given width."""

    def __init__(self, table: Table, width: float, theme: Theme, measure: Measure) -> None:
        self.columns, self.theme, self.measure = table.columns, theme, measure
        self.rows = [tuple(_clipped(c) for c in row) for row in table.rows]
        self.total_row = len(self.rows) if table.total is not None else -1
        if table.total is not None:
            self.rows.append(tuple(_clipped(c) for c in table.total))
        self.widths = self._widths(width)
        self.titles = tuple(Cell(c.title) for c in table.columns)
        self.header_height = self._height(self.titles, theme.small_bold)
        self.heights = [self._height(row, None, r) for r, row in enumerate(self.rows)]

    def keep_height(self) -> float:
        """The header and the first two rows: what a heading must keep with."""
        return self.header_height + sum(self.heights[:2])

    def height(self) -> float:
        return self.header_height + sum(self.heights)

    def _font(self, cell: Cell, row: int) -> QFont:
        return self.theme.bold if cell.strong or row == self.total_row else self.theme.body

    def _widths(self, width: float) -> list[float]:
        columns = self.columns
        # A text column sized to its content may take a fifth of the table at most (it wraps);
        # numbers are never squeezed.
        natural = [
            self._natural(n) if c.right else min(self._natural(n), width * _FIT_SHARE)
            for n, c in enumerate(columns)
        ]
        fitted = sum(natural[n] for n, c in enumerate(columns) if c.fit)
        weights = sum(c.weight for c in columns if not c.fit) or 1.0
        floor = 56.0 * sum(1 for c in columns if not c.fit)
        shrink = min(1.0, (width - floor) / fitted) if fitted else 1.0
        spare = width - fitted * shrink
        return [
            natural[n] * shrink if c.fit else spare * c.weight / weights
            for n, c in enumerate(columns)
        ]

    def _natural(self, n: int) -> float:
        measure, theme = self.measure, self.theme
        header = measure.fm(theme.small_bold)
        title = self.columns[n].title
        # The whole title on one line when it is short ("Quarter to date"), else on two lines.
        widest = header.horizontalAdvance(title)
        if widest > _ONE_LINE_TITLE:
            widest = _two_lines(header, title)
        for r, row in enumerate(self.rows):
            cell = row[n]
            widest = max(
                widest,
                *(
                    measure.fm(self._font(cell, r)).horizontalAdvance(t)
                    for t in cell.text.split("\n")
                ),
                measure.fm(theme.small).horizontalAdvance(cell.note),
            )
        return widest + 2 * _PAD_X + 2  # slack: Qt's line breaking rounds

    def _height(self, cells: Sequence[Cell], font: QFont | None, row: int = -1) -> float:
        tallest = 0.0
        for cell, width in zip(cells, self.widths, strict=True):
            inner = width - 2 * _PAD_X
            height = self.measure.height(font or self._font(cell, row), cell.text, inner)
            if cell.note:
                height += self.measure.height(self.theme.small, cell.note, inner)
            tallest = max(tallest, height)
        return tallest + 2 * _PAD_Y

    def paint_header(self, painter: QPainter, left: float, top: float) -> None:
        width = sum(self.widths)
        painter.fillRect(QRectF(left, top, width, self.header_height), self.theme.tint)
        self._cells(painter, self.titles, left, top, self.header_height, -1)

    def paint_row(self, painter: QPainter, row: int, left: float, top: float) -> None:
        theme, width, height = self.theme, sum(self.widths), self.heights[row]
        if row == self.total_row:
            rule(painter, QPointF(left, top), QPointF(left + width, top), theme.muted, 0.8)
        elif row % 2:
            painter.fillRect(QRectF(left, top, width, height), theme.zebra)
        self._cells(painter, self.rows[row], left, top, height, row)

    def paint_end(self, painter: QPainter, left: float, y: float) -> None:
        right = left + sum(self.widths)
        rule(painter, QPointF(left, y), QPointF(right, y), self.theme.rule, 0.6)

    def _cells(
        self,
        painter: QPainter,
        cells: Sequence[Cell],
        left: float,
        top: float,
        height: float,
        row: int,
    ) -> None:
        theme, x = self.theme, left
        for column, cell, width in zip(self.columns, cells, self.widths, strict=True):
            align = TOP_RIGHT if column.right else TOP_LEFT
            inner = QRectF(x + _PAD_X, top + _PAD_Y, width - 2 * _PAD_X, height - 2 * _PAD_Y)
            if row < 0:
                font, colour = theme.small_bold, theme.accent
            else:
                font = self._font(cell, row)
                colour = theme.accent if cell.strong else theme.muted if cell.muted else theme.text
            text_h = self.measure.height(font, cell.text, inner.width())
            draw_text(painter, inner, cell.text, font, colour, align)
            if cell.note:
                below = inner.adjusted(0, text_h, 0, 0)
                draw_text(painter, below, cell.note, theme.small, theme.muted, align)
            x += width


def place_table(flow: Flow, layout: TableLayout, continued: str) -> None:
    """The table at the cursor, breaking between rows; a page that carries on from an earlier
    one starts with *continued* (e.g. "Client status (continued)") and the header row again."""
    flow.ensure(layout.keep_height())
    left, heights, on_page = flow.body.left(), layout.heights, 0
    _header(flow, layout, left)
    for row, height in enumerate(heights):
        # A last row alone on the next page reads as an accident: take its neighbour along.
        widow = row == len(heights) - 2 and on_page >= 3 and height + heights[-1] > flow.room()
        if height > flow.room() or widow:
            flow.new_page()
            flow.note(continued)
            flow.y += 2
            _header(flow, layout, left)
            on_page = 0
        top = flow.y
        flow.op(_row_op(layout, row, left, top))
        flow.y += height
        on_page += 1
    end = flow.y
    flow.op(lambda p: layout.paint_end(p, left, end))


def _row_op(layout: TableLayout, row: int, left: float, top: float) -> Op:
    return lambda painter: layout.paint_row(painter, row, left, top)


def _header(flow: Flow, layout: TableLayout, left: float) -> None:
    top = flow.y
    flow.op(lambda p: layout.paint_header(p, left, top))
    flow.y += layout.header_height


def table_block(layout: TableLayout) -> Block:
    """A short table drawn whole (side by side with another block)."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        y = rect.top()
        layout.paint_header(painter, rect.left(), y)
        y += layout.header_height
        for row, height in enumerate(layout.heights):
            layout.paint_row(painter, row, rect.left(), y)
            y += height
        layout.paint_end(painter, rect.left(), y)

    return Block(layout.height(), paint)
