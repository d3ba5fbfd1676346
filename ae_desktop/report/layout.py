"""Page flow: a cursor down the page, page breaks, wrapped plain text, blocks kept whole
(tables that break across pages are in report.table). Laying out records drawing operations
per page; render.py plays them on a PDF or on images, so both get exactly the same pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

Op = Callable[[QPainter], None]
Draw = Callable[[QPainter, QRectF], None]

FAMILIES = [
    "Segoe UI",
    "Helvetica Neue",
    "Helvetica",
    "Arial",
    "Liberation Sans",
    "Nimbus Sans",
    "DejaVu Sans",
]
TOP_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value
TOP_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop).value
TOP_CENTRE = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop).value
_WORD_WRAP = Qt.TextFlag.TextWordWrap.value
_ANY_WRAP = Qt.TextFlag.TextWrapAnywhere.value


def make_font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    # Unhinted metrics are the same on the 72 dpi image and the PDF: one layout for both.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True)
class Theme:
    """The report's type scale and its calm palette: one accent, greys that print well."""

    title: QFont
    heading: QFont
    subheading: QFont
    body: QFont
    bold: QFont
    small: QFont
    small_bold: QFont
    figure: QFont
    text: QColor
    muted: QColor
    accent: QColor
    tint: QColor
    rule: QColor
    zebra: QColor
    panel: QColor

    @staticmethod
    def create() -> Theme:
        return Theme(
            title=make_font(20, bold=True),
            heading=make_font(12, bold=True),
            subheading=make_font(9, bold=True),
            body=make_font(8.5),
            bold=make_font(8.5, bold=True),
            small=make_font(7),
            small_bold=make_font(7, bold=True),
            figure=make_font(15, bold=True),
            text=QColor("#222222"),
            muted=QColor("#6b6b6b"),
            accent=QColor("#1f4e79"),
            tint=QColor("#e6edf5"),
            rule=QColor("#d5d9de"),
            zebra=QColor("#f5f7f9"),
            panel=QColor("#f3f5f8"),
        )


class Measure:
    """Font metrics on the 72 dpi device the pages are laid out for (1 unit = 1 point)."""

    def __init__(self, device: QPaintDevice) -> None:
        self._device = device
        self._cache: dict[str, QFontMetricsF] = {}

    def fm(self, font: QFont) -> QFontMetricsF:
        key = font.key()
        if key not in self._cache:
            self._cache[key] = QFontMetricsF(font, self._device)
        return self._cache[key]

    def wrap(self, font: QFont, text: str, width: float) -> int:
        """Wrap at words, or anywhere when one word alone is wider than *width*."""
        fm = self.fm(font)
        if max((fm.horizontalAdvance(w) for w in text.split()), default=0.0) > width:
            return _ANY_WRAP
        return _WORD_WRAP

    def height(self, font: QFont, text: str, width: float) -> float:
        fm = self.fm(font)
        if "\n" not in text and fm.horizontalAdvance(text) <= width - 1:
            return fm.height()
        flags = self.wrap(font, text, width)
        return fm.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    colour: QColor,
    align: int = TOP_LEFT,
) -> None:
    """Plain text (never rich text), wrapped inside *rect* and clipped to it."""
    painter.setFont(font)
    painter.setPen(colour)
    fm = QFontMetricsF(font, painter.device())
    wide = max((fm.horizontalAdvance(w) for w in text.split()), default=0.0) > rect.width()
    painter.drawText(rect, align | (_ANY_WRAP if wide else _WORD_WRAP), text)


@dataclass(frozen=True)
class Block:
    """Something of known height that is drawn whole, never split across pages."""

    height: float
    draw: Draw


def text_block(
    measure: Measure, text: str, font: QFont, colour: QColor, width: float, align: int = TOP_LEFT
) -> Block:
    height = measure.height(font, text, width)

    def paint(painter: QPainter, rect: QRectF) -> None:
        draw_text(painter, rect, text, font, colour, align)

    return Block(height, paint)


def stack(blocks: Sequence[Block], gap: float = 0.0) -> Block:
    """*blocks* one under the other, as one block."""
    height = sum(b.height for b in blocks) + gap * max(len(blocks) - 1, 0)

    def paint(painter: QPainter, rect: QRectF) -> None:
        y = rect.top()
        for block in blocks:
            block.draw(painter, QRectF(rect.left(), y, rect.width(), block.height))
            y += block.height + gap

    return Block(height, paint)


class Flow:
    """The cursor down the pages. *body* is the printable area of a page (footer excluded)."""

    def __init__(self, body: QRectF, theme: Theme, measure: Measure) -> None:
        self.body = body
        self.theme = theme
        self.measure = measure
        self.pages: list[list[Op]] = [[]]
        self.y = body.top()

    @property
    def width(self) -> float:
        return self.body.width()

    def room(self) -> float:
        return self.body.bottom() - self.y

    def at_top(self) -> bool:
        return self.y <= self.body.top()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.body.top()

    def ensure(self, height: float) -> None:
        """Start a new page unless *height* fits under the cursor (or the page is fresh)."""
        if height > self.room() and not self.at_top():
            self.new_page()

    def gap(self, height: float) -> None:
        """Vertical space, dropped at the top of a page."""
        if not self.at_top():
            self.y = min(self.y + height, self.body.bottom())

    def op(self, op: Op) -> None:
        self.pages[-1].append(op)

    def place(self, block: Block) -> None:
        self.ensure(block.height)
        self._put(block, self.body.left(), self.width)
        self.y += block.height

    def place_row(self, blocks: Sequence[Block], gap: float) -> None:
        """Blocks side by side in equal columns (build them for column_width)."""
        self.ensure(max((b.height for b in blocks), default=0.0))
        column = self.column_width(len(blocks), gap)
        for n, block in enumerate(blocks):
            self._put(block, self.body.left() + n * (column + gap), column)
        self.y += max((b.height for b in blocks), default=0.0)

    def column_width(self, count: int, gap: float) -> float:
        return (self.width - gap * (count - 1)) / count

    def _put(self, block: Block, left: float, width: float) -> None:
        rect = QRectF(left, self.y, width, block.height)
        self.op(lambda painter: block.draw(painter, rect))

    def heading(self, text: str, keep: float) -> None:
        """A section title, kept on the page with the first *keep* points of what follows."""
        theme = self.theme
        block = text_block(self.measure, text, theme.heading, theme.accent, self.width)
        self.gap(16)
        self.ensure(block.height + 6 + keep)
        self.place(block)
        left, right, y = self.body.left(), self.body.right(), self.y + 2
        self.op(lambda p: rule(p, QPointF(left, y), QPointF(right, y), theme.rule, 0.8))
        self.y += 6

    def subheading(self, text: str, keep: float) -> None:
        theme = self.theme
        block = text_block(self.measure, text, theme.subheading, theme.text, self.width)
        self.gap(8)
        self.ensure(block.height + 3 + keep)
        self.place(block)
        self.y += 3

    def note(self, text: str, *, muted: bool = True) -> None:
        colour = self.theme.muted if muted else self.theme.text
        self.place(text_block(self.measure, text, self.theme.body, colour, self.width))


def rule(painter: QPainter, a: QPointF, b: QPointF, colour: QColor, width: float) -> None:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(a, b)
