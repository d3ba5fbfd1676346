"""Build the weekly report's data from the open database (no Qt): report.model's dataclasses."""

from __future__ import annotations

from datetime import date, datetime

from ae_desktop.domain.periods import DateRange, Week, quarter_of
from ae_desktop.report.client_status import client_lines
from ae_desktop.report.deals import closed_in, pipeline_by_stage
from ae_desktop.report.kpis import build_kpis, load_activity, load_first_wins
from ae_desktop.report.model import WeeklyReport
from ae_desktop.report.moves import moves_in
from ae_desktop.report.next_week import next_week, overdue_deals
from ae_desktop.report.time_spent import time_summary
from ae_desktop.services.pipeline import load_facts
from ae_desktop.services.quotas import quota_minor
from ae_desktop.services.settings import currency as database_currency
from ae_desktop.services.settings import get_setting
from ae_desktop.store.models import database


def build_report(week: Week, *, now: datetime) -> WeeklyReport:
    """The report of *week* from the open database, generated at *now*.

    Figures of the past (wins, activities, time, client contacts) are read for the week's
    days; the open pipeline has no history and is as the database stands. The quarter's
    figures run from the first day of the quarter holding the week's Thursday to the week's
    end. Amounts are in the database currency; deals in another are left out and counted.
    Everything is read in one transaction: one snapshot, so the sections agree with each
    other even while the user keeps working (the report is built in a worker).
    """
    with database.atomic():
        return _build(week, now)


def _build(week: Week, now: datetime) -> WeeklyReport:
    currency = database_currency()
    # The quarter of the week's Thursday, as an ISO week belongs to its Thursday's year:
    # 2026-W53 (28 Dec to 3 Jan) reports on 2026-Q4, up to its last day.
    quarter = quarter_of(date.fromisocalendar(week.year, week.number, 4))
    to_date = DateRange(quarter.start, min(week.end, quarter.end))
    # A week may begin in the quarter before: read from whichever starts first. Read up to the
    # quarter's end too: the open pipeline is as it stands now, so the quarter's forecast
    # counts a deal won since the week (as won, not as open) rather than losing it.
    read = DateRange(min(week.start, quarter.start), max(week.end, quarter.end))
    facts, other_currency_deals = load_facts(read, currency)
    log = load_activity(read)
    clients, clients_omitted = client_lines(week, currency)
    closed, closed_omitted = closed_in(week, currency)
    moves, moves_omitted = moves_in(week, currency)
    # Slipped: expected to close before the week's end (and before today), still open.
    overdue, overdue_omitted = overdue_deals(min(week.end, now.date()), currency)
    first_wins = load_first_wins(read)
    return WeeklyReport(
        week=week,
        generated_at=now,
        ae_name=str(get_setting("ae_name") or ""),
        ae_title=str(get_setting("ae_title") or ""),
        currency=currency,
        other_currency_deals=other_currency_deals,
        week_kpis=build_kpis(week, facts, log, first_wins),
        quarter_kpis=build_kpis(
            to_date, facts, log, first_wins, quota_minor=quota_minor(quarter), outlook=quarter
        ),
        quarter_label=quarter.label,
        activities_per_day=log.per_day(week.days),
        pipeline=pipeline_by_stage(currency),
        closed=closed,
        moves=moves,
        time=time_summary(week),
        clients=clients,
        next_week=next_week(week.shifted(1), currency),
        clients_omitted=clients_omitted,
        closed_omitted=closed_omitted,
        moves_omitted=moves_omitted,
        overdue=overdue,
        overdue_omitted=overdue_omitted,
    )
