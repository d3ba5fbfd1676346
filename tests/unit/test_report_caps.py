"""A database far bigger than one account executive's book: the report stays readable, with
the lines that need attention kept and the rest counted."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ae_desktop.domain.periods import parse_week
from ae_desktop.report.build import build_report
from ae_desktop.report.client_status import MAX_LINES
from ae_desktop.report.values import MAX_ROWS
from ae_desktop.store.models import Client, Interaction, Task

WEEK = parse_week("2026-W48")  # Monday 23 to Sunday 29 November 2026
NOW = datetime(2026, 11, 29, 18, 0)
OLD = datetime(2026, 1, 1, 9, 0)


def _client(name: str, tier: str, touched: bool) -> int:
    client_id = int(Client.insert(name=name, tier=tier, status="active", created_at=OLD).execute())
    # Touched this week, or a week ago (so not neglected at a 30-day standard cadence).
    when = datetime(2026, 11, 24, 10) if touched else datetime(2026, 11, 20, 10)
    Interaction.insert(client=client_id, kind="call", occurred_at=when, summary="Call").execute()
    return client_id


def test_past_the_cap_key_accounts_are_kept_and_the_rest_counted(db: object) -> None:
    keys = [f"Key {n:02d}" for n in range(5)]
    for name in keys:
        _client(name, "key", touched=False)
    touched = [f"Client {n:03d}" for n in range(MAX_LINES + 10)]
    for name in touched:
        _client(name, "standard", touched=True)
    report = build_report(WEEK, now=NOW)
    names = [line.name for line in report.clients]
    assert len(names) == MAX_LINES
    assert names[:5] == keys  # key accounts first, all of them
    assert names[5:] == touched[: MAX_LINES - 5]  # then by name
    assert report.clients_omitted == 5 + len(touched) - MAX_LINES


def test_under_the_cap_nothing_is_left_out(db: object) -> None:
    for n in range(12):
        _client(f"Client {n:02d}", "standard", touched=True)
    report = build_report(WEEK, now=NOW)
    assert len(report.clients) == 12 and report.clients_omitted == 0


def test_next_weeks_follow_ups_are_capped_earliest_first(db: object) -> None:
    monday = date(2026, 11, 30)
    for n in range(MAX_ROWS + 7):
        due = monday + timedelta(days=n % 5)
        Task.insert(title=f"Follow up {n:02d}", due_on=due).execute()
    report = build_report(WEEK, now=NOW)
    follow_ups = report.next_week.follow_ups
    assert len(follow_ups) == MAX_ROWS and report.next_week.follow_ups_omitted == 7
    assert [f.due_on for f in follow_ups] == sorted(f.due_on for f in follow_ups)
    assert follow_ups[-1].due_on == monday + timedelta(days=4)


def test_past_the_cap_the_largest_wins_are_kept_in_date_order(db: object) -> None:
    from ae_desktop.store.models import Deal, Stage

    client = int(Client.insert(name="Acme", tier="key", status="active", created_at=OLD).execute())
    won = Stage.get(Stage.name == "Won").id
    for n in range(MAX_ROWS + 5):
        Deal.insert(
            client=client, title=f"Deal {n:02d}", value_minor=(n + 1) * 100_00, stage=won,
            created_on=date(2026, 10, 1), closed_on=date(2026, 11, 23) + timedelta(days=n % 7),
        ).execute()  # fmt: skip
    report = build_report(WEEK, now=NOW)
    assert report.closed_omitted == 5
    assert {d.title for d in report.closed} == {f"Deal {n:02d}" for n in range(5, MAX_ROWS + 5)}
    assert [d.closed_on for d in report.closed] == sorted(d.closed_on for d in report.closed)
    assert report.week_kpis.won_count == MAX_ROWS + 5  # the figures count every deal
