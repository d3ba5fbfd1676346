"""Next week (meetings, follow-ups due, deals expected to close) and the short report of a
week with nothing recorded."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter

from ae_desktop.domain.text import title_without_client
from ae_desktop.report.formats import fill
from ae_desktop.report.layout import Block, stack
from ae_desktop.report.section_charts import as_of, pipeline_block
from ae_desktop.report.section_tables import keep_height, section
from ae_desktop.report.sections import Sheet
from ae_desktop.report.table import Cell, Column, Table

# Title, table, what to say when the table is empty, rows left out of the report.
_Part = tuple[str, Table, str, int]


def next_week(sheet: Sheet) -> None:
    """Meetings, follow-ups due and deals expected to close, each under its own subheading."""
    fmt, flow, plan = sheet.fmt, sheet.flow, sheet.report.next_week
    parts = [_meetings(sheet), _follow_ups(sheet), _closing(sheet)]
    title = fill(QCoreApplication.translate("report", "Next week · %1"), fmt.week(plan.week))
    first_title, first_table, _, _ = parts[0]
    subheading = flow.measure.height(sheet.theme.subheading, first_title, flow.width)
    flow.heading(title, 8 + subheading + 3 + keep_height(sheet, first_table))
    for part_title, table, empty, omitted in parts:
        section(sheet, part_title, table, empty, sub=True, omitted=omitted)


def _meetings(sheet: Sheet) -> _Part:
    fmt = sheet.fmt
    columns = (
        Column(QCoreApplication.translate("report", "Day"), fit=True),
        Column(QCoreApplication.translate("report", "Time"), fit=True),
        Column(QCoreApplication.translate("report", "Meeting"), 2.0),
        Column(QCoreApplication.translate("report", "Client"), 1.2),
    )
    rows = tuple(
        (
            Cell(fmt.weekday(m.day, month=True)),
            Cell(f"{m.start}–{m.end}"),
            Cell(m.title),
            Cell(m.client),
        )
        for m in sheet.report.next_week.meetings
    )
    title = QCoreApplication.translate("report", "Meetings")
    empty = QCoreApplication.translate("report", "No meetings in the calendar.")
    return title, Table(columns, rows), empty, sheet.report.next_week.meetings_omitted


def _follow_ups(sheet: Sheet) -> _Part:
    fmt = sheet.fmt
    columns = (
        Column(QCoreApplication.translate("report", "Due"), fit=True),
        Column(QCoreApplication.translate("report", "Follow-up"), 2.0),
        Column(QCoreApplication.translate("report", "Client"), 1.2),
    )
    rows = tuple(
        (Cell(fmt.day(f.due_on)), Cell(f.title), Cell(f.client))
        for f in sheet.report.next_week.follow_ups
    )
    title = QCoreApplication.translate("report", "Follow-ups due")
    empty = QCoreApplication.translate("report", "No follow-ups due.")
    return title, Table(columns, rows), empty, sheet.report.next_week.follow_ups_omitted


def _closing(sheet: Sheet) -> _Part:
    fmt = sheet.fmt
    columns = (
        Column(QCoreApplication.translate("report", "Deal"), 1.4),
        Column(QCoreApplication.translate("report", "Client"), 1.2),
        Column(QCoreApplication.translate("report", "Stage"), fit=True),
        Column(QCoreApplication.translate("report", "Probability"), fit=True, right=True),
        Column(QCoreApplication.translate("report", "Value"), fit=True, right=True),
        Column(QCoreApplication.translate("report", "Expected close"), fit=True),
    )
    rows = tuple(
        (
            Cell(title_without_client(d.title, d.client)),
            Cell(d.client),
            Cell(d.stage),
            Cell(fmt.percent(Decimal(d.probability))),
            Cell(fmt.money(d.value_minor)),
            Cell(fmt.day(d.expected_close)),
        )
        for d in sheet.report.next_week.closing
    )
    title = QCoreApplication.translate("report", "Deals expected to close")
    empty = QCoreApplication.translate("report", "No deals expected to close.")
    return title, Table(columns, rows), empty, sheet.report.next_week.closing_omitted


def no_activity(sheet: Sheet) -> None:
    """The message of an empty week, in a panel under the header."""
    theme, fmt, week = sheet.theme, sheet.fmt, sheet.report.week
    days = week.days
    width = sheet.flow.width - 24
    message = stack(
        [
            sheet.text(
                QCoreApplication.translate("report", "No activity recorded this week"),
                theme.heading,
                width=width,
            ),
            sheet.text(
                fill(
                    QCoreApplication.translate(
                        "report",
                        "No interactions, time blocks, closed deals or stage changes "
                        "were recorded from %1 to %2.",
                    ),
                    fmt.full_date(days[0]),
                    fmt.full_date(days[-1]),
                ),
                theme.body,
                muted=True,
                width=width,
            ),
        ],
        4,
    )

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, theme.panel)
        painter.fillRect(QRectF(rect.left(), rect.top(), 2.5, rect.height()), theme.accent)
        message.draw(painter, rect.adjusted(12, 12, -12, -12))

    sheet.flow.place(Block(message.height + 24, paint))


def pipeline_snapshot(sheet: Sheet) -> None:
    """Where the pipeline stands, for a week with nothing else to show."""
    fmt, qtd, flow = sheet.fmt, sheet.report.quarter_kpis, sheet.flow
    chart = pipeline_block(sheet, flow.width, titled=False)
    title = as_of(sheet, QCoreApplication.translate("report", "Pipeline snapshot"))
    flow.heading(title, chart.height)
    line = fill(
        QCoreApplication.translate("report", "Open pipeline %1 · forecast for %2: %3"),
        fmt.money(qtd.open_pipeline_minor),
        sheet.fmt.quarter(sheet.report.quarter_label),
        fmt.money(qtd.forecast_minor),
    )
    flow.note(line, muted=False)
    flow.gap(6)
    flow.place(chart)
