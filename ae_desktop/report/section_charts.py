"""The report's three charts, drawn by ae_desktop.ui.charts: pipeline by stage, activities per
day and time by Eisenhower quadrant (the share on Schedule, Q2, is the headline)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QPainter

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.domain.priority import Quadrant
from ae_desktop.report.formats import fill
from ae_desktop.report.layout import Block, stack
from ae_desktop.report.sections import Sheet
from ae_desktop.ui import charts
from ae_desktop.ui.labels import quadrant_label

_VBARS_HEIGHT = 92.0


def _titled(sheet: Sheet, title: str, width: float, body: list[Block]) -> Block:
    if not title:
        return stack(body, 5)
    heading = sheet.text(title, sheet.theme.subheading, width=width)
    return stack([heading, *body], 5)


def as_of(sheet: Sheet, title: str) -> str:
    """*title* of a snapshot of the pipeline, which has no history: in a past week's report
    it says the day it shows ("Pipeline by stage · as of 30 Nov 2026")."""
    today = sheet.report.generated_at.date()
    if today < sheet.report.week.end:
        return title
    return fill(
        QCoreApplication.translate("report", "%1 · as of %2"), title, sheet.fmt.full_date(today)
    )


def pipeline_block(sheet: Sheet, width: float, *, titled: bool = True) -> Block:
    """Open stages as horizontal bars: the value, the weighted value drawn over it."""
    title = (
        as_of(sheet, QCoreApplication.translate("report", "Pipeline by stage")) if titled else ""
    )
    stages = sheet.report.pipeline
    if not any(s.count for s in stages):
        empty = QCoreApplication.translate("report", "No open deals.")
        return _titled(sheet, title, width, [sheet.text(empty, sheet.theme.body, muted=True)])
    fmt, style = sheet.fmt, sheet.chart
    bars = [
        charts.Bar(
            f"{s.name} ({fmt.number(s.count)})",
            float(s.value_minor),
            fill(
                QCoreApplication.translate("report", "%1 · weighted %2"),
                fmt.money(s.value_minor),
                fmt.money(s.weighted_minor),
            ),
            float(s.weighted_minor),
        )
        for s in stages
    ]
    metrics = sheet.flow.measure.fm(style.font)
    height = charts.hbars_height(len(bars), style, metrics)
    legend = [
        (style.tint, QCoreApplication.translate("report", "Value")),
        (style.accent, QCoreApplication.translate("report", "Weighted by probability")),
    ]
    line = charts.row_height(style, metrics)

    def paint(painter: QPainter, rect: QRectF) -> None:
        charts.draw_legend(painter, rect.topLeft(), legend, style)
        charts.draw_hbars(painter, rect.adjusted(0, line, 0, 0), bars, style)

    return _titled(sheet, title, width, [Block(line + height, paint)])


def activities_block(sheet: Sheet, width: float) -> Block:
    """Seven columns, one per day, and the week's activities by kind under them."""
    fmt, style, report = sheet.fmt, sheet.chart, sheet.report
    bars = [
        charts.Bar(fmt.weekday(day), float(n), fmt.number(n))
        for day, n in report.activities_per_day
    ]

    def paint(painter: QPainter, rect: QRectF) -> None:
        charts.draw_vbars(painter, rect, bars, style)

    kinds = [_kind_count(sheet, kind, n) for kind, n in report.week_kpis.activities if n]
    caption = " · ".join(kinds) or QCoreApplication.translate("report", "No activities logged.")
    body = [
        Block(_VBARS_HEIGHT, paint),
        sheet.text(caption, sheet.theme.small, muted=True, width=width),
    ]
    return _titled(sheet, QCoreApplication.translate("report", "Activities per day"), width, body)


def _kind_count(sheet: Sheet, kind: InteractionKind, count: int) -> str:
    forms = {
        InteractionKind.CALL: (
            QCoreApplication.translate("report", "%n call"),
            QCoreApplication.translate("report", "%n calls"),
        ),
        InteractionKind.MEETING: (
            QCoreApplication.translate("report", "%n meeting"),
            QCoreApplication.translate("report", "%n meetings"),
        ),
        InteractionKind.EMAIL: (
            QCoreApplication.translate("report", "%n e-mail"),
            QCoreApplication.translate("report", "%n e-mails"),
        ),
        InteractionKind.NOTE: (
            QCoreApplication.translate("report", "%n note"),
            QCoreApplication.translate("report", "%n notes"),
        ),
        InteractionKind.PRESENTATION: (
            QCoreApplication.translate("report", "%n presentation"),
            QCoreApplication.translate("report", "%n presentations"),
        ),
        InteractionKind.MEAL: (
            QCoreApplication.translate("report", "%n meal"),
            QCoreApplication.translate("report", "%n meals"),
        ),
    }
    one, other = forms[kind]
    return sheet.fmt.plural(count, one, other)


def _quadrant_colours(sheet: Sheet) -> dict[Quadrant, QColor]:
    series = sheet.chart.series
    return {
        Quadrant.SCHEDULE: series[0],
        Quadrant.DO_NOW: series[1],
        Quadrant.DELEGATE: series[2],
        Quadrant.DROP: series[3],
    }


def quadrant_block(sheet: Sheet, width: float) -> Block:
    """A 100 % bar of the planned time by quadrant, headed by the share on Schedule."""
    title = QCoreApplication.translate("report", "Time by quadrant")
    time, fmt, theme = sheet.report.time, sheet.fmt, sheet.theme
    if time.is_empty or not time.total.planned_minutes:
        empty = QCoreApplication.translate("report", "No time blocked this week.")
        return _titled(
            sheet, title, width, [sheet.text(empty, theme.body, muted=True, width=width)]
        )
    body: list[Block] = []
    if time.schedule_share_pct is not None:
        headline = QCoreApplication.translate(
            "report", "%1 of planned time on Schedule work (important, not urgent)"
        )
        text = fill(headline, fmt.percent(time.schedule_share_pct))
        body.append(sheet.text(text, theme.bold, width=width))
    colours, total = _quadrant_colours(sheet), time.total.planned_minutes
    segments = [
        charts.Segment(
            quadrant_label(q),
            float(minutes),
            f"{fmt.percent(Decimal(minutes * 100) / total)} · {fmt.hours(minutes)}",
            colours[q],
        )
        for q, minutes in ((q, line.planned_minutes) for q, line in time.by_quadrant)
    ]
    style, metrics = sheet.chart, sheet.flow.measure.fm(sheet.chart.font)

    def paint(painter: QPainter, rect: QRectF) -> None:
        charts.draw_share_bar(painter, rect, segments, style)

    body.append(Block(charts.share_height(len(segments), style, metrics), paint))
    done = QCoreApplication.translate("report", "Planned %1 · done %2")
    text = fill(done, fmt.hours(time.total.planned_minutes), fmt.hours(time.total.done_minutes))
    body.append(sheet.text(text, theme.small, muted=True, width=width))
    return _titled(sheet, title, width, body)
