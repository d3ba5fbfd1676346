"""The top of the report: the header, the KPI cards and the key figures (week beside quarter to
date); also the Sheet every section is laid out on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QFont, QPainter

from ae_desktop.report.formats import DASH, Formats, fill
from ae_desktop.report.layout import TOP_RIGHT, Block, Flow, Theme, make_font, rule, stack
from ae_desktop.report.layout import text_block as _text
from ae_desktop.report.model import Kpis, WeeklyReport
from ae_desktop.report.table import Cell, Column, Table, TableLayout, table_block
from ae_desktop.ui import charts

_CARD_PAD = 8.0


@dataclass(frozen=True)
class Sheet:
    """Everything a section needs: the data, how to format it, where it goes and how it looks."""

    report: WeeklyReport
    fmt: Formats
    flow: Flow
    theme: Theme
    chart: charts.ChartStyle

    def text(self, text: str, font: QFont, *, muted: bool = False, width: float = 0) -> Block:
        colour = self.theme.muted if muted else self.theme.text
        return _text(self.flow.measure, text, font, colour, width or self.flow.width)


def header(sheet: Sheet) -> None:
    """Title, the AE's name, the week and its dates, when it was generated; an accent rule."""
    theme, fmt, report = sheet.theme, sheet.fmt, sheet.report
    half = sheet.flow.width / 2
    left = [
        _text(
            sheet.flow.measure,
            QCoreApplication.translate("report", "Weekly report"),
            theme.title,
            theme.accent,
            half,
        )
    ]
    if report.ae_name.strip():
        left.append(sheet.text(report.ae_name.strip(), theme.heading, width=half))
    if report.ae_title.strip():
        left.append(sheet.text(report.ae_title.strip(), theme.body, muted=True, width=half))
    generated = fill(
        QCoreApplication.translate("report", "Generated %1"), fmt.stamp(report.generated_at)
    )
    right = [
        _text(
            sheet.flow.measure, fmt.week(report.week), theme.heading, theme.text, half, TOP_RIGHT
        ),
        _text(sheet.flow.measure, generated, theme.small, theme.muted, half, TOP_RIGHT),
    ]
    sheet.flow.place_row([stack(left, 4), _pad_top(stack(right, 4), 8)], 0)
    flow = sheet.flow
    flow.y += 8
    y, a, b = flow.y, flow.body.left(), flow.body.right()
    flow.op(lambda p: rule(p, QPointF(a, y), QPointF(b, y), theme.accent, 1.5))
    flow.y += 12


def _pad_top(block: Block, pad: float) -> Block:
    def paint(painter: QPainter, rect: QRectF) -> None:
        block.draw(painter, rect.adjusted(0, pad, 0, 0))

    return Block(block.height + pad, paint)


@dataclass(frozen=True)
class Card:
    label: str
    value: str
    sub: str
    progress: float | None = None  # 0..1: a bar under the value (quota attainment)


def _cards(sheet: Sheet) -> list[Card]:
    fmt, week, qtd = sheet.fmt, sheet.report.week_kpis, sheet.report.quarter_kpis
    quarter = fmt.quarter(sheet.report.quarter_label)
    no_quota = QCoreApplication.translate("report", "No quota set")
    if qtd.quota_minor:
        forecast_sub = fill(
            QCoreApplication.translate("report", "%1 · quota %2"),
            quarter,
            fmt.money(qtd.quota_minor),
        )
        attainment = Card(
            QCoreApplication.translate("report", "Quota attainment (QTD)"),
            fmt.percent(qtd.attainment_pct),
            fill(
                QCoreApplication.translate("report", "%1 of %2"),
                fmt.money(qtd.won_minor),
                fmt.money(qtd.quota_minor),
            ),
            float(qtd.attainment_pct or 0) / 100,
        )
    else:
        forecast_sub = fill(QCoreApplication.translate("report", "%1 · no quota set"), quarter)
        attainment = Card(
            QCoreApplication.translate("report", "Quota attainment (QTD)"), DASH, no_quota
        )
    return [
        Card(
            QCoreApplication.translate("report", "Won this week"),
            fmt.money(week.won_minor),
            _won_deals(fmt, week.won_count),
        ),
        Card(
            QCoreApplication.translate("report", "Forecast (quarter)"),
            fmt.money(qtd.forecast_minor),
            forecast_sub,
        ),
        attainment,
        Card(
            QCoreApplication.translate("report", "Pipeline coverage"),
            fmt.ratio(qtd.coverage),
            _coverage_parts(fmt, qtd),
        ),
        Card(
            QCoreApplication.translate("report", "Win rate (QTD)"),
            fmt.percent(qtd.win_rate_pct),
            fill(
                QCoreApplication.translate("report", "%1 won of %2 closed"),
                fmt.number(qtd.won_count),
                fmt.number(qtd.closed_count),
            ),
        ),
        Card(
            QCoreApplication.translate("report", "Average deal (QTD)"),
            fmt.money(qtd.avg_won_minor),
            fill(
                QCoreApplication.translate("report", "Won %1 this quarter"),
                fmt.money(qtd.won_minor),
            ),
        ),
        Card(
            QCoreApplication.translate("report", "Sales cycle (QTD)"),
            _days(fmt, qtd.cycle_days),
            QCoreApplication.translate("report", "From creation to won"),
        ),
        Card(
            QCoreApplication.translate("report", "Activities (week)"),
            fmt.number(week.activities_total),
            fill(
                QCoreApplication.translate("report", "%1 this quarter"),
                fmt.number(qtd.activities_total),
            ),
        ),
    ]


def _coverage_parts(fmt: Formats, qtd: Kpis) -> str:
    """What the coverage divides: the open deals closing this quarter by the quota to go."""
    if not qtd.quota_minor:
        return fill(
            QCoreApplication.translate("report", "Open pipeline %1"),
            fmt.money(qtd.open_pipeline_minor),
        )
    return fill(
        QCoreApplication.translate("report", "%1 closing this quarter / %2 to go"),
        fmt.money(qtd.open_closing_minor),
        fmt.money(max(0, qtd.quota_minor - qtd.won_minor)),
    )


def _won_deals(fmt: Formats, count: int) -> str:
    return fmt.plural(
        count,
        QCoreApplication.translate("report", "%n deal won"),
        QCoreApplication.translate("report", "%n deals won"),
    )


def _days(fmt: Formats, days: Decimal | None) -> str:
    if days is None:
        return DASH
    whole = int(days.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return fmt.plural(
        whole,
        QCoreApplication.translate("report", "%n day"),
        QCoreApplication.translate("report", "%n days"),
    )


def kpi_cards(sheet: Sheet) -> None:
    """Eight cards, two rows of four; a figure too wide for its card is set smaller. Labels
    get the room of the tallest one, so the figures line up across a row."""
    flow, theme, cards = sheet.flow, sheet.theme, _cards(sheet)
    width = flow.column_width(4, 8)
    inner = width - 2 * _CARD_PAD
    label = max(flow.measure.height(theme.small_bold, c.label, inner) for c in cards)
    blocks = [_card_block(sheet, card, width, label) for card in cards]
    height = max(b.height for b in blocks)
    for row in (blocks[:4], blocks[4:]):
        flow.place_row([Block(height, b.draw) for b in row], 8)
        flow.y += 8
    if sheet.report.other_currency_deals:
        flow.note(_other_currency(sheet))


def _other_currency(sheet: Sheet) -> str:
    return sheet.fmt.plural(
        sheet.report.other_currency_deals,
        QCoreApplication.translate("report", "%n deal in another currency is not included."),
        QCoreApplication.translate("report", "%n deals in other currencies are not included."),
    )


def _card_block(sheet: Sheet, card: Card, width: float, label_height: float) -> Block:
    theme, measure, pad = sheet.theme, sheet.flow.measure, _CARD_PAD
    inner = width - 2 * pad
    figure = _fitting(sheet, card.value, inner)
    label = _text(measure, card.label, theme.small_bold, theme.muted, inner)
    parts = [
        Block(label_height, label.draw),
        _text(measure, card.value, figure, theme.text, inner),
    ]
    if card.progress is not None:
        parts.append(_progress(sheet, card.progress))
    parts.append(_text(measure, card.sub, theme.small, theme.muted, inner))
    body = stack(parts, 3)

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, theme.panel)
        painter.fillRect(QRectF(rect.left(), rect.top(), 2.5, rect.height()), theme.accent)
        body.draw(painter, rect.adjusted(pad, pad, -pad, -pad))

    return Block(body.height + 2 * pad, paint)


def _fitting(sheet: Sheet, text: str, width: float) -> QFont:
    font = sheet.theme.figure
    size = font.pointSizeF()
    while size > 8 and sheet.flow.measure.fm(font).horizontalAdvance(text) > width:
        size -= 1
        font = make_font(size, bold=True)
    return font


def _progress(sheet: Sheet, share: float) -> Block:
    theme = sheet.theme

    def paint(painter: QPainter, rect: QRectF) -> None:
        track = QRectF(rect.left(), rect.top() + 1, rect.width(), 4)
        painter.fillRect(track, theme.rule)
        painter.fillRect(
            QRectF(track.left(), track.top(), track.width() * min(share, 1.0), 4), theme.accent
        )

    return Block(6, paint)


def _kpi_rows(fmt: Formats) -> list[tuple[str, Callable[[Kpis], str]]]:
    def csat(k: Kpis) -> str:
        return (
            DASH
            if k.csat_avg is None
            else f"{fmt.decimal(k.csat_avg, 1)} ({fmt.number(k.csat_count)})"
        )

    return [
        (QCoreApplication.translate("report", "Value won"), lambda k: fmt.money(k.won_minor)),
        (QCoreApplication.translate("report", "Deals won"), lambda k: fmt.number(k.won_count)),
        (QCoreApplication.translate("report", "New clients"), lambda k: fmt.number(k.new_clients)),
        (QCoreApplication.translate("report", "Win rate"), lambda k: fmt.percent(k.win_rate_pct)),
        (
            QCoreApplication.translate("report", "Average deal"),
            lambda k: fmt.money(k.avg_won_minor),
        ),
        (QCoreApplication.translate("report", "Sales cycle"), lambda k: _days(fmt, k.cycle_days)),
        (
            QCoreApplication.translate("report", "Upsell + cross-sell, share of won"),
            lambda k: fmt.percent(k.upsell_cross_share_pct),
        ),
        (QCoreApplication.translate("report", "CSAT, 1 to 5 (ratings)"), csat),
        (QCoreApplication.translate("report", "Retention"), lambda k: fmt.percent(k.retention_pct)),
        (
            QCoreApplication.translate("report", "Activities"),
            lambda k: fmt.number(k.activities_total),
        ),
    ]


def key_figures(sheet: Sheet, width: float) -> Block:
    """The week beside the quarter to date, for every KPI."""
    fmt, report = sheet.fmt, sheet.report
    columns = (
        Column(QCoreApplication.translate("report", "Key figure")),
        Column(QCoreApplication.translate("report", "Week"), fit=True, right=True),
        Column(QCoreApplication.translate("report", "Quarter to date"), fit=True, right=True),
    )
    rows = tuple(
        (Cell(label), Cell(value(report.week_kpis)), Cell(value(report.quarter_kpis)))
        for label, value in _kpi_rows(fmt)
    )
    layout = TableLayout(Table(columns, rows), width, sheet.theme, sheet.flow.measure)
    title = sheet.text(
        QCoreApplication.translate("report", "Week and quarter to date"),
        sheet.theme.subheading,
        width=width,
    )
    return stack([title, table_block(layout)], 5)
