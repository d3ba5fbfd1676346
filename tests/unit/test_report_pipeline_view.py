"""What the report says about the pipeline beyond the week's own events: deals that slipped,
the win rate's and coverage's parts, moves already told as wins and losses, ISO week 53."""

from __future__ import annotations

from datetime import date, datetime

from ae_desktop.domain.periods import parse_week
from ae_desktop.report.build import build_report
from ae_desktop.store.models import Client, Deal, Quota, Stage, StageChange

WEEK = parse_week("2026-W48")  # Monday 23 to Sunday 29 November 2026
NOW = datetime(2026, 11, 27, 18, 0)  # Friday of that week
OLD = datetime(2026, 1, 1, 9, 0)


def _stage(name: str) -> int:
    return int(Stage.get(Stage.name == name).id)


def _deal(title: str, stage: str, value: int, **fields: object) -> int:
    client = Client.get_or_none(Client.name == "Acme")
    if client is None:
        client = Client.create(name="Acme", tier="key", status="active", created_at=OLD)
    return int(
        Deal.insert(
            client=client.id, title=title, stage=_stage(stage), value_minor=value,
            created_on=date(2026, 9, 1), **fields,
        ).execute()
    )  # fmt: skip


def test_open_deals_whose_close_date_passed_are_listed_as_slipped(db: object) -> None:
    _deal("Slipped long ago", "Proposal", 40_000_00, expected_close=date(2026, 10, 15))
    _deal("Slipped this week", "Negotiation", 9_000_00, expected_close=date(2026, 11, 24))
    _deal("Due tomorrow", "Proposal", 5_000_00, expected_close=date(2026, 11, 28))  # not yet
    _deal("Next month", "Lead", 1_000_00, expected_close=date(2026, 12, 15))
    _deal(
        "Won late", "Won", 7_000_00, expected_close=date(2026, 11, 1), closed_on=date(2026, 11, 20)
    )
    report = build_report(WEEK, now=NOW)
    assert [(d.title, d.expected_close) for d in report.overdue] == [
        ("Slipped long ago", date(2026, 10, 15)),
        ("Slipped this week", date(2026, 11, 24)),
    ]
    assert report.overdue[0].stage == "Proposal" and report.overdue[0].probability == 50
    assert report.overdue_omitted == 0


def test_a_past_week_counts_as_slipped_what_was_due_by_its_end(db: object) -> None:
    _deal("Due in week 47", "Proposal", 40_000_00, expected_close=date(2026, 11, 18))
    _deal("Due in week 48", "Proposal", 9_000_00, expected_close=date(2026, 11, 24))
    report = build_report(parse_week("2026-W47"), now=NOW)
    assert [d.title for d in report.overdue] == ["Due in week 47"]


def test_win_rate_and_coverage_carry_their_parts(db: object) -> None:
    for n, stage in enumerate(("Won", "Won", "Lost")):
        _deal(f"Closed {n}", stage, 10_000_00, closed_on=date(2026, 11, 24 + n))
    _deal("Closing in Q4", "Proposal", 30_000_00, expected_close=date(2026, 12, 20))
    _deal("Closing in Q1", "Proposal", 80_000_00, expected_close=date(2027, 2, 1))
    Quota.insert(
        period_kind="quarter", period_start=date(2026, 10, 1), amount_minor=50_000_00
    ).execute()
    report = build_report(WEEK, now=NOW)
    for kpis in (report.week_kpis, report.quarter_kpis):
        assert (kpis.won_count, kpis.closed_count) == (2, 3)
    qtd = report.quarter_kpis
    assert qtd.open_closing_minor == 30_000_00  # only what is expected by the quarter's end
    assert qtd.coverage == 1  # 30,000 / (50,000 quota - 20,000 won)


def test_moves_into_won_or_lost_are_told_once_under_wins_and_losses(db: object) -> None:
    moved = _deal("Moved on", "Negotiation", 10_000_00)
    won = _deal("Signed", "Won", 20_000_00, closed_on=date(2026, 11, 25))
    for deal, start, end in ((moved, "Proposal", "Negotiation"), (won, "Negotiation", "Won")):
        StageChange.insert(
            deal=deal, from_stage=_stage(start), to_stage=_stage(end),
            changed_at=datetime(2026, 11, 25, 10),
        ).execute()  # fmt: skip
    report = build_report(WEEK, now=NOW)
    assert [m.title for m in report.moves] == ["Moved on"]
    assert [d.title for d in report.closed] == ["Signed"]


def test_iso_week_53_reports_on_the_quarter_of_its_thursday(db: object) -> None:
    _deal("Year-end win", "Won", 10_000_00, closed_on=date(2026, 12, 30))
    _deal("New year win", "Won", 4_000_00, closed_on=date(2027, 1, 2))
    report = build_report(parse_week("2026-W53"), now=datetime(2027, 1, 4, 9))
    assert report.quarter_label == "2026-Q4"
    assert report.quarter_kpis.end == date(2027, 1, 1)  # the quarter's figures stop at its end
    assert report.quarter_kpis.won_minor == 10_000_00
    assert report.week_kpis.won_minor == 14_000_00  # the week itself runs to 3 January


def test_a_new_client_is_one_whose_first_win_is_new_business(db: object) -> None:
    for name in ("Newco", "Oldco"):
        Client.create(name=name, tier="standard", status="active", created_at=OLD)
    newco, oldco = (Client.get(Client.name == n).id for n in ("Newco", "Oldco"))
    won = _stage("Won")
    for client, kind, closed in (
        (newco, "new_business", date(2026, 11, 24)),
        (newco, "upsell", date(2026, 11, 26)),  # a second win: still one new client
        (oldco, "renewal", date(2026, 11, 25)),  # a customer from before the app
    ):
        Deal.insert(
            client=client, title=f"{kind}", kind=kind, stage=won, value_minor=1_000_00,
            created_on=date(2026, 9, 1), closed_on=closed,
        ).execute()  # fmt: skip
    report = build_report(WEEK, now=NOW)
    assert report.week_kpis.new_clients == 1 and report.quarter_kpis.new_clients == 1


def test_a_deal_won_after_the_week_stays_in_the_quarters_forecast(db: object) -> None:
    deal = _deal("Signed Monday", "Won", 75_000_00, closed_on=date(2026, 11, 30))
    assert deal
    report = build_report(WEEK, now=datetime(2026, 11, 30, 11))  # Monday: last week's report
    assert report.quarter_kpis.forecast_minor == 75_000_00  # won in the quarter, as it stands
    assert report.quarter_kpis.won_minor == 0 and report.week_kpis.won_minor == 0  # not yet then


def test_a_past_weeks_rotting_deals_stay_as_they_were(db: object) -> None:
    from ae_desktop.store.models import Interaction

    deal = _deal(
        "Quiet", "Proposal", 10_000_00, updated_at=datetime(2026, 11, 1, 9)
    )  # Proposal rots after 14 days: by 29 Nov it had been quiet for 28
    acme = Client.get(Client.name == "Acme").id
    assert build_report(WEEK, now=NOW).clients[0].rotting_deals == 1
    # A call on 1 December (logged against the deal, which stamps it) is next week's news.
    Interaction.insert(
        client=acme, deal=deal, kind="call", occurred_at=datetime(2026, 12, 1, 10), summary="Hi"
    ).execute()
    Deal.update(updated_at=datetime(2026, 12, 1, 10)).where(Deal.id == deal).execute()
    later = build_report(WEEK, now=datetime(2026, 12, 1, 11))
    assert later.clients[0].name == "Acme" and later.clients[0].rotting_deals == 1
