"""The report's tables: won and lost, stage moves, time, client status and next week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ae_desktop.domain.enums import StageOutcome
from ae_desktop.domain.text import title_without_client
from ae_desktop.report.formats import fill
from ae_desktop.report.layout import Block
from ae_desktop.report.model import TimeLine
from ae_desktop.report.section_charts import as_of
from ae_desktop.report.sections import Sheet
from ae_desktop.report.table import Cell, Column, Table, TableLayout, place_table, table_block
from ae_desktop.ui.labels import block_kind_label, deal_kind_label, tier_label

_TIME_NAME = 60  # characters of a client's name in the time tables


def keep_height(sheet: Sheet, table: Table) -> float:
    """What a heading over *table* keeps with: its header and first rows, or the empty line."""
    flow = sheet.flow
    if not table.rows:
        return flow.measure.fm(sheet.theme.body).height()
    return TableLayout(table, flow.width, sheet.theme, flow.measure).keep_height()


def section(
    sheet: Sheet, title: str, table: Table, empty: str, *, sub: bool = False, omitted: int = 0
) -> None:
    """A heading kept with its table's header and first rows, or with the *empty* line; under
    the table, how many rows were *omitted* (the report lists the first ones only)."""
    flow = sheet.flow
    if not table.rows:
        (flow.subheading if sub else flow.heading)(title, keep_height(sheet, table))
        flow.note(empty)
        return
    layout = TableLayout(table, flow.width, sheet.theme, flow.measure)
    (flow.subheading if sub else flow.heading)(title, layout.keep_height())
    continued = fill(QCoreApplication.translate("report", "%1 (continued)"), title)
    place_table(flow, layout, continued)
    if omitted:
        more = QCoreApplication.translate("report", "… and %1 more, not listed here.")
        flow.note(fill(more, sheet.fmt.number(omitted)))


def closed_deals(sheet: Sheet) -> None:
    fmt, closed = sheet.fmt, sheet.report.closed
    columns = (
        Column(QCoreApplication.translate("report", "Result"), fit=True),
        Column(QCoreApplication.translate("report", "Deal"), 1.4),
        Column(QCoreApplication.translate("report", "Client"), 1.2),
        Column(QCoreApplication.translate("report", "Kind"), fit=True),
        Column(QCoreApplication.translate("report", "Value"), fit=True, right=True),
        Column(QCoreApplication.translate("report", "Closed"), fit=True),
        Column(QCoreApplication.translate("report", "Reason"), 1.2),
    )
    won = QCoreApplication.translate("report", "Won")
    lost = QCoreApplication.translate("report", "Lost")
    rows = tuple(
        (
            Cell(won, strong=True) if d.outcome == StageOutcome.WON else Cell(lost, muted=True),
            Cell(title_without_client(d.title, d.client)),
            Cell(d.client),
            Cell(deal_kind_label(d.kind)),
            Cell(fmt.money(d.value_minor)),
            Cell(fmt.day(d.closed_on)),
            Cell(d.lost_reason, muted=True),
        )
        for d in closed
    )
    title = QCoreApplication.translate("report", "Won and lost this week")
    empty = QCoreApplication.translate("report", "No deals won or lost this week.")
    section(sheet, title, Table(columns, rows), empty, omitted=sheet.report.closed_omitted)


def stage_moves(sheet: Sheet) -> None:
    fmt = sheet.fmt
    new = QCoreApplication.translate("report", "Created")
    columns = (
        Column(QCoreApplication.translate("report", "Deal"), 1.4),
        Column(QCoreApplication.translate("report", "Client"), 1.2),
        Column(QCoreApplication.translate("report", "Stage"), 1.3),
        Column(QCoreApplication.translate("report", "Moved"), fit=True),
        Column(QCoreApplication.translate("report", "Value"), fit=True, right=True),
    )
    rows = tuple(
        (
            Cell(title_without_client(m.title, m.client)),
            Cell(m.client),
            Cell(f"{m.from_stage if m.from_stage is not None else new} → {m.to_stage}"),
            Cell(fmt.day(m.moved_on)),
            Cell(fmt.money(m.value_minor)),
        )
        for m in sheet.report.moves
    )
    title = QCoreApplication.translate("report", "Deals that moved stage")
    empty = QCoreApplication.translate("report", "No deal changed stage this week.")
    section(sheet, title, Table(columns, rows), empty, omitted=sheet.report.moves_omitted)


def overdue_deals(sheet: Sheet) -> None:
    """Open deals whose expected close date has passed: the forecast counts them nowhere until
    the date moves or the deal closes, so the manager should see them."""
    fmt, report = sheet.fmt, sheet.report
    today = report.generated_at.date()
    columns = (
        Column(QCoreApplication.translate("report", "Deal"), 1.4),
        Column(QCoreApplication.translate("report", "Client"), 1.2),
        Column(QCoreApplication.translate("report", "Stage"), fit=True),
        Column(QCoreApplication.translate("report", "Value"), fit=True, right=True),
        Column(QCoreApplication.translate("report", "Expected close"), fit=True),
        Column(QCoreApplication.translate("report", "Late"), fit=True, right=True),
    )
    rows = tuple(
        (
            Cell(title_without_client(d.title, d.client)),
            Cell(d.client),
            Cell(d.stage),
            Cell(fmt.money(d.value_minor)),
            Cell(fmt.day(d.expected_close)),
            Cell(
                fmt.plural(
                    (today - d.expected_close).days,
                    QCoreApplication.translate("report", "%n day"),
                    QCoreApplication.translate("report", "%n days"),
                ),
                strong=True,
            ),
        )
        for d in report.overdue
    )
    title = as_of(sheet, QCoreApplication.translate("report", "Deals past their expected close"))
    empty = QCoreApplication.translate("report", "No open deal is past its expected close date.")
    section(sheet, title, Table(columns, rows), empty, omitted=report.overdue_omitted)


def time_tables(sheet: Sheet) -> None:
    """Planned and done hours by kind of work and by client, side by side."""
    flow, time = sheet.flow, sheet.report.time
    title = QCoreApplication.translate("report", "Time spent")
    if time.is_empty:
        flow.heading(title, flow.measure.fm(sheet.theme.body).height())
        flow.note(QCoreApplication.translate("report", "No time blocked this week."))
        return
    width = flow.column_width(2, 14)
    by_kind = [(block_kind_label(kind), line) for kind, line in time.by_kind]
    by_client = list(time.by_client)
    if time.other_clients.planned_minutes or time.other_clients.done_minutes:
        by_client.append(
            (QCoreApplication.translate("report", "Other clients"), time.other_clients)
        )
    total = (QCoreApplication.translate("report", "Total"), time.total)
    blocks = [
        _hours_block(
            sheet, QCoreApplication.translate("report", "By kind of work"), by_kind, total, width
        ),
        _hours_block(
            sheet, QCoreApplication.translate("report", "By client"), by_client, None, width
        ),
    ]
    flow.heading(title, max(b.height for b in blocks))
    flow.place_row(blocks, 14)


def _hours_block(
    sheet: Sheet,
    title: str,
    lines: list[tuple[str, TimeLine]],
    total: tuple[str, TimeLine] | None,
    width: float,
) -> Block:
    fmt = sheet.fmt
    columns = (
        Column(title),
        Column(QCoreApplication.translate("report", "Planned"), fit=True, right=True),
        Column(QCoreApplication.translate("report", "Done"), fit=True, right=True),
    )

    def cells(name: str, line: TimeLine) -> tuple[Cell, ...]:
        # These two tables sit side by side and cannot break across pages: keep names short
        # enough that eleven rows of the longest (200 characters allowed) fit on one.
        short = name if len(name) <= _TIME_NAME else name[: _TIME_NAME - 1].rstrip() + "…"
        return (
            Cell(short),
            Cell(fmt.hours(line.planned_minutes)),
            Cell(fmt.hours(line.done_minutes)),
        )

    rows = tuple(cells(name, line) for name, line in lines)
    table = Table(columns, rows, cells(*total) if total else None)
    if not rows:
        return sheet.text(
            QCoreApplication.translate("report", "No client time."),
            sheet.theme.body,
            muted=True,
            width=width,
        )
    return table_block(TableLayout(table, width, sheet.theme, sheet.flow.measure))


def client_status(sheet: Sheet) -> None:
    fmt = sheet.fmt
    columns = (
        Column(QCoreApplication.translate("report", "Client"), 1.5),
        Column(QCoreApplication.translate("report", "Tier"), fit=True),
        Column(QCoreApplication.translate("report", "Last contact"), fit=True),
        Column(QCoreApplication.translate("report", "Open deals"), fit=True, right=True),
        Column(QCoreApplication.translate("report", "Open value"), fit=True, right=True),
        Column(QCoreApplication.translate("report", "Next step"), 2.0),
        Column(QCoreApplication.translate("report", "Flags"), fit=True),
    )
    rows = tuple(
        (
            Cell(c.name),
            Cell(tier_label(c.tier)),
            Cell(fmt.day(c.last_contact)),
            Cell(fmt.number(c.open_deals)),
            Cell(fmt.money(c.open_value_minor)),
            Cell(c.next_step or "—", muted=not c.next_step, note=_due(sheet, c.next_step_due)),
            Cell("\n".join(_flags(sheet, c.neglected, c.rotting_deals)), strong=True),
        )
        for c in sheet.report.clients
    )
    title = QCoreApplication.translate("report", "Client status")
    empty = QCoreApplication.translate(
        "report", "No key accounts, and no client was touched this week."
    )
    section(sheet, title, Table(columns, rows), empty, omitted=sheet.report.clients_omitted)


def _due(sheet: Sheet, due: date | None) -> str:
    if due is None:
        return ""
    return fill(QCoreApplication.translate("report", "due %1"), sheet.fmt.day(due))


def _flags(sheet: Sheet, neglected: bool, rotting: int) -> list[str]:
    flags = [QCoreApplication.translate("report", "Neglected")] if neglected else []
    if rotting:
        flags.append(
            sheet.fmt.plural(
                rotting,
                QCoreApplication.translate("report", "%n rotting deal"),
                QCoreApplication.translate("report", "%n rotting deals"),
            )
        )
    return flags
