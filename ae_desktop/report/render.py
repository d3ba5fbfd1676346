"""The weekly report on paper: a vector PDF (searchable text) and page images for a preview,
both played from one layout. Safe in a worker thread: QImage and QPdfWriter only, no widgets,
no QPixmap, no global state."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

from ae_desktop.report import section_charts, section_next, section_tables, sections
from ae_desktop.report.formats import Formats, fill
from ae_desktop.report.layout import (
    TOP_CENTRE,
    TOP_LEFT,
    TOP_RIGHT,
    Flow,
    Measure,
    Theme,
    draw_text,
    make_font,
    rule,
    stack,
)
from ae_desktop.report.model import WeeklyReport
from ae_desktop.report.sections import Sheet
from ae_desktop.ui.charts import ChartStyle

PAPER_SIZES = ("A4", "Letter")
_PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
_MARGIN = 15 / 25.4 * 72  # 15 mm in points
_FOOTER = 22.0  # the footer's band inside the bottom margin, in points
_DOTS_PER_METRE_72DPI = 2835  # 72 dpi: one pixel per point, as QPdfWriter at resolution 72


@dataclass(frozen=True)
class _Pages:
    """A laid-out report: the drawing operations of every page and what the footer needs."""

    size: QSizeF
    body: QRectF
    flow: Flow
    theme: Theme
    footer_left: str
    footer_centre: str
    title: str

    @property
    def count(self) -> int:
        return len(self.flow.pages)


def page_size(paper: str) -> QSizeF:
    """The paper's size in points; ValueError for a paper not in PAPER_SIZES."""
    if paper not in _PAGE_IDS:
        raise ValueError(f"{paper!r} is not a paper size: use one of {', '.join(PAPER_SIZES)}")
    return QPageSize(_PAGE_IDS[paper]).size(QPageSize.Unit.Point)


def _measure_device() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(_DOTS_PER_METRE_72DPI)
    image.setDotsPerMeterY(_DOTS_PER_METRE_72DPI)
    return image


def _lay_out(report: WeeklyReport, paper: str, locale: QLocale | None, device: QImage) -> _Pages:
    size = page_size(paper)
    body = QRectF(_MARGIN, _MARGIN, size.width() - 2 * _MARGIN, size.height() - 2 * _MARGIN)
    theme = Theme.create()
    fmt = Formats(
        locale if locale is not None else QLocale(), report.currency, report.week.start.year
    )
    flow = Flow(body, theme, Measure(device))
    sheet = Sheet(report, fmt, flow, theme, ChartStyle.for_print(make_font(7.5)))
    _contents(sheet)
    generated = fill(
        QCoreApplication.translate("report", "Generated %1"), fmt.stamp(report.generated_at)
    )
    centre = " · ".join(t for t in (report.ae_name.strip(), fmt.week(report.week)) if t)
    title = QCoreApplication.translate("report", "Weekly report") + f" {report.week.label}"
    return _Pages(size, body, flow, theme, generated, centre, title)


def _contents(sheet: Sheet) -> None:
    sections.header(sheet)
    if not sheet.report.has_activity:
        section_next.no_activity(sheet)
        section_next.pipeline_snapshot(sheet)
        section_tables.overdue_deals(sheet)
        section_next.next_week(sheet)
        return
    flow = sheet.flow
    sections.kpi_cards(sheet)
    half = flow.column_width(2, 18)
    charts = [
        section_charts.activities_block(sheet, half),
        section_charts.quadrant_block(sheet, half),
    ]
    flow.gap(8)
    flow.place_row([sections.key_figures(sheet, half), stack(charts, 14)], 18)
    flow.gap(16)
    flow.place(section_charts.pipeline_block(sheet, flow.width))
    section_tables.closed_deals(sheet)
    section_tables.stage_moves(sheet)
    section_tables.overdue_deals(sheet)
    section_tables.time_tables(sheet)
    section_tables.client_status(sheet)
    section_next.next_week(sheet)


def _paint_page(painter: QPainter, pages: _Pages, index: int) -> None:
    for op in pages.flow.pages[index]:
        op(painter)
    _footer(painter, pages, index + 1)


def _footer(painter: QPainter, pages: _Pages, number: int) -> None:
    theme, body = pages.theme, pages.body
    top = body.bottom() + 8
    rule(painter, QPointF(body.left(), top), QPointF(body.right(), top), theme.rule, 0.6)
    line = QRectF(body.left(), top + 4, body.width(), _FOOTER)
    page = fill(
        QCoreApplication.translate("report", "Page %1 of %2"), str(number), str(pages.count)
    )
    # The centre (name and week) gets the room the two sides leave; a long name is elided.
    metrics = pages.flow.measure.fm(theme.small)
    side = max(metrics.horizontalAdvance(t) for t in (pages.footer_left, page)) + 12
    centre = metrics.elidedText(
        pages.footer_centre, Qt.TextElideMode.ElideRight, max(0.0, body.width() - 2 * side)
    )
    draw_text(painter, line, pages.footer_left, theme.small, theme.muted, TOP_LEFT)
    draw_text(painter, line, centre, theme.small, theme.muted, TOP_CENTRE)
    draw_text(painter, line, page, theme.small, theme.muted, TOP_RIGHT)


def write_pdf(
    report: WeeklyReport, path: Path | str, *, paper: str = "A4", locale: QLocale | None = None
) -> int:
    """Write *report* to *path* as a PDF; returns the number of pages. OSError when the file
    cannot be written, and then nothing is left at *path* (the PDF is made in memory and
    moved into place whole)."""
    data, count = pdf_bytes(report, paper=paper, locale=locale)
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except OSError:
        part.unlink(missing_ok=True)
        raise
    return count


def pdf_bytes(
    report: WeeklyReport, *, paper: str = "A4", locale: QLocale | None = None
) -> tuple[bytes, int]:
    """The PDF of *report* and its number of pages."""
    pages = _lay_out(report, paper, locale, _measure_device())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setPageSize(QPageSize(_PAGE_IDS[paper]))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setCreator("AE Desktop")
    writer.setTitle(pages.title)
    painter = QPainter(writer)
    for index in range(pages.count):
        if index:
            writer.newPage()
        _paint_page(painter, pages, index)
    painter.end()
    return bytes(buffer.data().data()), pages.count


def render_pages(
    report: WeeklyReport,
    *,
    paper: str = "A4",
    locale: QLocale | None = None,
    zoom: float = 1.0,
) -> list[QImage]:
    """The pages as images of the paper's size in points times *zoom*, laid out as write_pdf
    lays them out."""
    pages = _lay_out(report, paper, locale, _measure_device())
    width, height = round(pages.size.width() * zoom), round(pages.size.height() * zoom)
    images = []
    for index in range(pages.count):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(_DOTS_PER_METRE_72DPI)
        image.setDotsPerMeterY(_DOTS_PER_METRE_72DPI)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.scale(zoom, zoom)
        _paint_page(painter, pages, index)
        painter.end()
        images.append(image)
    return images
