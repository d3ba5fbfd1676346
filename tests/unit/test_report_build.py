"""The weekly report's data: a week built by hand, every figure checked against the fixture's
own rows (summed and counted here, not through the code under test)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from ae_desktop.domain.enums import BlockKind, DealKind, InteractionKind, StageOutcome, Tier
from ae_desktop.domain.periods import Week, parse_week
from ae_desktop.domain.priority import Quadrant
from ae_desktop.report.build import build_report
from ae_desktop.report.model import ClosedDeal, StageLine, TimeLine
from ae_desktop.services.settings import set_setting
from ae_desktop.store.models import (
    Client,
    Deal,
    Interaction,
    Quota,
    Stage,
    StageChange,
    Task,
    TimeBlock,
)

WEEK = parse_week("2026-W48")  # Monday 23 to Sunday 29 November 2026
FIRST, LAST = date(2026, 11, 23), date(2026, 11, 29)
Q4_START, Q4_END = date(2026, 10, 1), date(2027, 1, 1)
NOW = datetime(2026, 11, 27, 18, 0)
QUOTA = 100_000_00
OLD = datetime(2026, 1, 1, 9, 0)


@dataclass(frozen=True)
class C:
    name: str
    tier: Tier
    status: str = "active"
    created: datetime = OLD
    updated: datetime = OLD
    archived: bool = False
    churned: date | None = None  # the day it churned (churned_on)


CLIENTS = (
    C("Acme", Tier.KEY),
    C("<img src=x>", Tier.STANDARD),
    C("Beta", Tier.KEY, "churned", updated=datetime(2026, 11, 25, 10),
      churned=date(2026, 11, 25)),  # lost in the week
    # Lost in Q4, edited in the week: the edit is not the day it churned.
    C("Gamma", Tier.STANDARD, "churned", updated=datetime(2026, 11, 26, 10),
      churned=date(2026, 10, 15)),
    C("Delta", Tier.PROSPECT, "prospect"),
    C("Omega", Tier.KEY, archived=True),
    C("Zeta", Tier.STANDARD, created=datetime(2026, 11, 25, 8)),  # a customer since mid-week
    C("zulu", Tier.KEY),  # never contacted: neglected
    C("Kappa", Tier.KEY),
)  # fmt: skip


@dataclass(frozen=True)
class D:
    key: str
    client: str
    stage: str
    value: int
    kind: DealKind = DealKind.NEW_BUSINESS
    created: date = date(2026, 9, 1)
    closed: date | None = None
    expected: date | None = None
    probability: int | None = None
    currency: str = "EUR"
    next_step: str = ""
    lost_reason: str = ""
    updated: datetime = datetime(2026, 11, 10, 9)


DEALS = (
    D("D1", "Acme", "Won", 30_000_00, DealKind.RENEWAL, closed=date(2026, 11, 24)),
    D("D2", "<img src=x>", "Won", 12_000_00, DealKind.UPSELL, date(2026, 11, 1),
      date(2026, 11, 26)),
    D("D3", "Beta", "Lost", 8_000_00, created=date(2026, 10, 1), closed=date(2026, 11, 25),
      lost_reason="Price"),
    D("D4", "Zeta", "Won", 20_000_00, DealKind.CROSS_SELL, date(2026, 10, 1), date(2026, 10, 20)),
    D("D5", "Acme", "Won", 5_000_00, closed=date(2026, 3, 10)),
    D("D6", "Acme", "Proposal", 40_000_00, expected=date(2026, 11, 27), next_step="Send contract"),
    D("D7", "<img src=x>", "Negotiation", 10_000_00, expected=date(2026, 12, 2), probability=60),
    D("D8", "Gamma", "Lost", 2_000_00, closed=date(2026, 11, 22), lost_reason="No budget"),
    D("D9", "Acme", "Lead", 99_999, currency="USD", expected=date(2026, 11, 26)),
    D("D10", "Delta", "Lead", 5_000_00, updated=datetime(2026, 9, 1, 9)),  # rotting
    D("D12", "Kappa", "Qualified", 3_000_00, expected=date(2027, 1, 15), next_step="Book demo",
      updated=datetime(2026, 11, 1, 9)),  # 28 days still by the 29th: rotting (21)
    D("D13", "Kappa", "Lead", 1_000_00, expected=date(2027, 2, 1), next_step="Other",
      updated=datetime(2026, 11, 20, 9)),
    D("D14", "Acme", "Won", 7_000_00, currency="USD", closed=date(2026, 11, 25)),
    D("D15", "Kappa", "Lead", 20_000_00, expected=date(2026, 12, 2),
      updated=datetime(2026, 11, 25, 9)),
)  # fmt: skip


@dataclass(frozen=True)
class Ix:  # an interaction of the fixture
    client: str
    kind: InteractionKind
    at: datetime
    csat: int | None = None
    deal: str | None = None


INTERACTIONS = (
    Ix("Acme", InteractionKind.CALL, datetime(2026, 11, 23, 9), 5, deal="D6"),
    Ix("Acme", InteractionKind.MEETING, datetime(2026, 11, 24, 10), 4),
    Ix("<img src=x>", InteractionKind.EMAIL, datetime(2026, 11, 25, 11), 4),
    Ix("Delta", InteractionKind.CALL, datetime(2026, 11, 26, 14)),
    Ix("<img src=x>", InteractionKind.NOTE, datetime(2026, 11, 29, 23, 59), 4),  # counts
    Ix("Acme", InteractionKind.CALL, datetime(2026, 11, 30, 0, 0), 1),  # the next week's
    Ix("Acme", InteractionKind.PRESENTATION, datetime(2026, 11, 22, 23, 59), 2),  # Q4 only
    Ix("Gamma", InteractionKind.MEAL, datetime(2026, 10, 5, 12)),
    Ix("Beta", InteractionKind.MEETING, datetime(2026, 9, 15, 12)),
    Ix("Kappa", InteractionKind.CALL, datetime(2026, 11, 20, 12)),
)


@dataclass(frozen=True)
class T:
    key: str
    title: str
    client: str | None
    due: date | None
    status: str = "open"
    importance: str = "auto"
    delegated_to: str = ""


TASKS = (
    T("T1", "Send pricing", "<img src=x>", date(2026, 11, 25), status="done"),
    T("T2", "Prepare QBR", "Acme", date(2026, 12, 20), importance="yes"),
    T("T3", "Call zulu", "zulu", date(2026, 11, 28)),
    T("T4", "Follow up <img>", "<img src=x>", date(2026, 12, 1), delegated_to="Marta"),
    T("T5", "Chase Delta", "Delta", date(2026, 12, 3)),
    T("T6", "Cancelled one", "Delta", date(2026, 12, 2), status="cancelled"),
    T("T7", "Expenses", None, date(2026, 12, 6)),
    T("T8", "Too late", None, date(2026, 12, 7)),
)


@dataclass(frozen=True)
class B:
    day: date
    start: str
    end: str
    kind: BlockKind
    quadrant: Quadrant | None  # what the report must count it as, worked out by hand
    task: str | None = None
    client: str | None = None
    done: bool = False
    spent: int = 0
    fixed: bool = False


BLOCKS = (
    B(date(2026, 11, 23), "09:00", "10:30", BlockKind.FOCUS, Quadrant.SCHEDULE, done=True),
    B(date(2026, 11, 24), "10:00", "11:00", BlockKind.MEETING, Quadrant.DO_NOW, client="Acme",
      fixed=True),
    B(date(2026, 11, 24), "12:30", "13:30", BlockKind.BREAK, None, done=True),
    # Admin kind and the task agree: due that day, no key account or deal -> Delegate.
    B(date(2026, 11, 25), "14:00", "14:45", BlockKind.ADMIN, Quadrant.DELEGATE, task="T1",
      done=True),
    # Calls alone would be Do now; the task (important, due in weeks) makes it Schedule.
    B(date(2026, 11, 26), "15:00", "16:00", BlockKind.CALLS, Quadrant.SCHEDULE, task="T2",
      spent=25),
    # Due on the 28th: 5 days away on the block's day (Schedule), not tomorrow as of NOW.
    B(date(2026, 11, 23), "16:00", "17:00", BlockKind.CLIENT_WORK, Quadrant.SCHEDULE, task="T3",
      done=True),
    B(date(2026, 11, 27), "09:00", "10:00", BlockKind.PROSPECTING, Quadrant.SCHEDULE),
    B(date(2026, 11, 22), "09:00", "10:00", BlockKind.FOCUS, Quadrant.SCHEDULE, done=True),
    B(date(2026, 11, 30), "09:00", "10:00", BlockKind.MEETING, Quadrant.DO_NOW,
      client="<img src=x>", fixed=True),
    B(date(2026, 12, 1), "08:00", "08:30", BlockKind.MEETING, Quadrant.DO_NOW, fixed=True),
    B(date(2026, 12, 1), "11:00", "12:00", BlockKind.FOCUS, Quadrant.SCHEDULE),
)  # fmt: skip


def _insert_fixture() -> dict[str, int]:
    """Insert every row of the fixture; the ids by name/key."""
    ids: dict[str, int] = {}
    stages = {s.name: s.id for s in Stage.select()}
    for c in CLIENTS:
        ids[c.name] = Client.insert(
            name=c.name,
            tier=c.tier.value,
            status=c.status,
            archived=c.archived,
            created_at=c.created,
            updated_at=c.updated,
            churned_on=c.churned,
        ).execute()
    for d in DEALS:
        ids[d.key] = Deal.insert(
            client=ids[d.client],
            title=f"Deal {d.key}",
            value_minor=d.value,
            currency=d.currency,
            kind=d.kind.value,
            stage=stages[d.stage],
            probability=d.probability,
            expected_close=d.expected,
            next_step=d.next_step,
            created_on=d.created,
            closed_on=d.closed,
            lost_reason=d.lost_reason,
            updated_at=d.updated,
        ).execute()
    for i in INTERACTIONS:
        Interaction.insert(
            client=ids[i.client],
            kind=i.kind.value,
            occurred_at=i.at,
            summary="x",
            csat=i.csat,
            deal=ids[i.deal] if i.deal else None,
        ).execute()
    for t in TASKS:
        ids[t.key] = Task.insert(
            title=t.title,
            client=ids[t.client] if t.client else None,
            due_on=t.due,
            status=t.status,
            importance=t.importance,
            delegated_to=t.delegated_to,
        ).execute()
    for b in BLOCKS:
        TimeBlock.insert(
            date=b.day,
            start=b.start,
            end=b.end,
            title=f"{b.kind.value} block",
            kind=b.kind.value,
            task=ids[b.task] if b.task else None,
            client=ids[b.client] if b.client else None,
            fixed=b.fixed,
            done=b.done,
            spent_minutes=b.spent,
        ).execute()
    Quota.insert(period_kind="quarter", period_start=Q4_START, amount_minor=QUOTA).execute()
    set_setting("ae_name", "Laura Martín")
    return ids


# What the test works out from the fixture, by hand-written loops.


def _tenth(numerator: int, denominator: int) -> Decimal:
    return (Decimal(numerator) / Decimal(denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )


def _eur(deals: tuple[D, ...] = DEALS) -> list[D]:
    return [d for d in deals if d.currency == "EUR"]


def _closed(stage: str, start: date, end: date) -> list[D]:
    return [d for d in _eur() if d.stage == stage and d.closed and start <= d.closed < end]


def _probability(d: D) -> int:
    default = {"Lead": 10, "Qualified": 25, "Proposal": 50, "Negotiation": 75}[d.stage]
    return default if d.probability is None else d.probability


def _weighted(d: D) -> int:
    exact = Decimal(d.value) * _probability(d) / 100
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _open(expected_from: date | None = None, expected_to: date | None = None) -> list[D]:
    found = [d for d in _eur() if d.stage in ("Lead", "Qualified", "Proposal", "Negotiation")]
    if expected_from is not None and expected_to is not None:
        found = [d for d in found if d.expected and expected_from <= d.expected < expected_to]
    return found


def _first_wins_in(start: date, end: date) -> int:
    """Clients whose first win falls in the span and is new business (a first recorded win
    that is a renewal or an upsell is an existing customer's)."""
    first: dict[str, D] = {}
    for d in DEALS:
        if d.stage == "Won" and d.closed:
            known = first.get(d.client)
            if known is None or (known.closed and d.closed < known.closed):
                first[d.client] = d
    return sum(
        1
        for d in first.values()
        if d.closed and start <= d.closed < end and d.kind == DealKind.NEW_BUSINESS
    )


def _retention(start: date, end: date) -> Decimal:
    def churned_before(c: C, day: date) -> bool:  # no day known: left before any span
        return c.status == "churned" and (c.churned is None or c.churned < day)

    at_start = [
        c
        for c in CLIENTS
        if c.created.date() < start
        and c.status in ("active", "churned")
        and not churned_before(c, start)
    ]
    kept = [c for c in at_start if not churned_before(c, end)]
    return _tenth(len(kept) * 100, len(at_start))


def _in(at: datetime, start: date, end: date) -> bool:
    return start <= at.date() < end


def _minutes(b: B) -> int:
    def parse(text: str) -> int:
        return int(text[:2]) * 60 + int(text[3:])

    return parse(b.end) - parse(b.start)


@pytest.fixture
def report(db):
    _insert_fixture()
    return build_report(WEEK, now=NOW)


def test_header_fields(report):
    assert report.week == WEEK
    assert report.generated_at == NOW
    assert report.ae_name == "Laura Martín"
    assert report.currency == "EUR"
    assert report.quarter_label == "2026-Q4"
    # Deals in USD in the figures' reach: the open one and the one won in the week.
    assert report.other_currency_deals == sum(
        1 for d in DEALS if d.currency != "EUR" and (d.closed is None or FIRST <= d.closed <= LAST)
    )
    assert report.other_currency_deals == 2
    assert report.has_activity


def test_week_kpis(report):
    k = report.week_kpis
    end = LAST + timedelta(days=1)
    won = _closed("Won", FIRST, end)
    lost = _closed("Lost", FIRST, end)
    won_total = sum(d.value for d in won)
    assert (k.start, k.end) == (FIRST, end)
    assert (k.won_minor, k.won_count) == (won_total, len(won)) == (42_000_00, 2)
    # <img src=x>'s first win is an upsell: a customer from before; Acme won before.
    assert k.new_clients == _first_wins_in(FIRST, end) == 0
    assert k.open_pipeline_minor == sum(d.value for d in _open())
    assert k.forecast_minor == won_total + sum(_weighted(d) for d in _open(FIRST, end))
    assert k.forecast_minor == 62_000_00
    assert (k.quota_minor, k.attainment_pct, k.coverage) == (0, None, None)
    assert k.win_rate_pct == _tenth(len(won) * 100, len(won) + len(lost)) == Decimal("66.7")
    assert k.avg_won_minor == won_total // len(won)
    cycle = sum((d.closed - d.created).days for d in won if d.closed)
    assert k.cycle_days == _tenth(cycle, len(won)) == Decimal("54.5")
    expansion = sum(d.value for d in won if d.kind in (DealKind.UPSELL, DealKind.CROSS_SELL))
    assert k.upsell_cross_share_pct == _tenth(expansion * 100, won_total) == Decimal("28.6")


def test_week_activities_csat_and_retention(report):
    k = report.week_kpis
    end = LAST + timedelta(days=1)
    in_week = [i for i in INTERACTIONS if _in(i.at, FIRST, end)]
    assert k.activities == tuple(
        (kind, sum(1 for i in in_week if i.kind == kind)) for kind in InteractionKind
    )
    assert k.activities_total == len(in_week) == 5
    scores = [i.csat for i in in_week if i.csat is not None]
    assert k.csat_count == len(scores)
    assert k.csat_avg == _tenth(sum(scores), len(scores)) == Decimal("4.3")  # 4.25, half up
    assert k.retention_pct == _retention(FIRST, end) == Decimal("83.3")


def test_quarter_to_date_kpis(report):
    k = report.quarter_kpis
    end = LAST + timedelta(days=1)
    won = _closed("Won", Q4_START, end)
    lost = _closed("Lost", Q4_START, end)
    won_total = sum(d.value for d in won)
    assert (k.start, k.end) == (Q4_START, end)
    assert (k.won_minor, k.won_count) == (won_total, 3)
    assert k.new_clients == _first_wins_in(Q4_START, end) == 0  # Zeta's first: a cross-sell
    # Forecast and coverage look at the open deals expected to close by the quarter's end.
    closing = _open(Q4_START, Q4_END)
    assert k.forecast_minor == won_total + sum(_weighted(d) for d in closing)
    assert k.quota_minor == QUOTA
    assert k.attainment_pct == _tenth(won_total * 100, QUOTA) == Decimal("62.0")
    assert k.coverage == _tenth(sum(d.value for d in closing), QUOTA - won_total)
    assert k.win_rate_pct == _tenth(len(won) * 100, len(won) + len(lost)) == Decimal("60.0")
    exact = Decimal(won_total) / len(won)
    assert k.avg_won_minor == int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    cycle = sum((d.closed - d.created).days for d in won if d.closed)
    assert k.cycle_days == _tenth(cycle, len(won))
    expansion = sum(d.value for d in won if d.kind in (DealKind.UPSELL, DealKind.CROSS_SELL))
    assert k.upsell_cross_share_pct == _tenth(expansion * 100, won_total)
    in_span = [i for i in INTERACTIONS if _in(i.at, Q4_START, end)]
    assert k.activities_total == len(in_span)
    scores = [i.csat for i in in_span if i.csat is not None]
    assert k.csat_avg == _tenth(sum(scores), len(scores))
    assert k.retention_pct == _retention(Q4_START, end)


def test_activities_per_day(report):
    assert report.activities_per_day == tuple(
        (day, sum(1 for i in INTERACTIONS if i.at.date() == day))
        for day in (FIRST + timedelta(days=n) for n in range(7))
    )
    assert [n for _, n in report.activities_per_day] == [1, 1, 1, 1, 0, 0, 1]


def test_pipeline_by_stage_lists_every_open_stage_in_order(report):
    expected = []
    for stage in ("Lead", "Qualified", "Proposal", "Negotiation"):
        deals = [d for d in _open() if d.stage == stage]
        expected.append(
            StageLine(
                stage, len(deals), sum(d.value for d in deals), sum(_weighted(d) for d in deals)
            )
        )
    assert report.pipeline == tuple(expected)


def test_pipeline_shows_an_empty_stage(db):
    _insert_fixture()
    Deal.delete().where(Deal.title == "Deal D12").execute()
    qualified = next(s for s in build_report(WEEK, now=NOW).pipeline if s.name == "Qualified")
    assert qualified == StageLine("Qualified", 0, 0, 0)


def test_closed_deals_won_first_then_lost_by_date(report):
    assert report.closed == (
        ClosedDeal("Deal D1", "Acme", StageOutcome.WON, DealKind.RENEWAL, 30_000_00,
                   date(2026, 11, 24), ""),
        ClosedDeal("Deal D2", "<img src=x>", StageOutcome.WON, DealKind.UPSELL, 12_000_00,
                   date(2026, 11, 26), ""),
        ClosedDeal("Deal D3", "Beta", StageOutcome.LOST, DealKind.NEW_BUSINESS, 8_000_00,
                   date(2026, 11, 25), "Price"),
    )  # fmt: skip


def test_time_by_kind_client_and_quadrant(report):
    end = LAST + timedelta(days=1)
    blocks = [b for b in BLOCKS if FIRST <= b.day < end and b.kind != BlockKind.BREAK]

    def line(chosen: list[B]) -> TimeLine:
        return TimeLine(
            sum(_minutes(b) for b in chosen),
            sum(_minutes(b) if b.done else b.spent for b in chosen),
        )

    t = report.time
    assert t.total == line(blocks) == TimeLine(375, 220)
    assert t.by_kind == tuple(
        (kind, line([b for b in blocks if b.kind == kind]))
        for kind in BlockKind
        if any(b.kind == kind for b in blocks)
    )
    assert t.by_quadrant == tuple(
        (q, line([b for b in blocks if b.quadrant == q])) for q in Quadrant
    )
    schedule = sum(_minutes(b) for b in blocks if b.quadrant == Quadrant.SCHEDULE)
    assert t.schedule_share_pct == _tenth(schedule * 100, t.total.planned_minutes)
    assert t.schedule_share_pct == Decimal("72.0")
    task_client = {task.key: task.client for task in TASKS}

    def client_of(b: B) -> str | None:
        return b.client or (task_client[b.task] if b.task else None)

    names = {client_of(b) for b in blocks} - {None}
    per_client = sorted(
        ((n, line([b for b in blocks if client_of(b) == n])) for n in names),
        key=lambda item: -item[1].planned_minutes,
    )
    assert t.by_client == tuple(per_client)
    assert [n for n, _ in t.by_client] == ["Acme", "zulu", "<img src=x>"]
    assert t.other_clients == TimeLine(0, 0)


def test_client_status_lines(report):
    lines = {line.name: line for line in report.clients}
    assert [line.name for line in report.clients] == [
        "Acme", "Beta", "Kappa", "zulu",  # key accounts (not archived Omega), by name
        "<img src=x>", "Delta",  # touched this week
    ]  # fmt: skip
    acme = lines["Acme"]
    assert acme.tier == Tier.KEY
    assert acme.last_contact == date(2026, 11, 24)  # not the 30th: after the week
    assert acme.touched_this_week and not acme.neglected
    acme_open = [d for d in _open() if d.client == "Acme"]  # the USD deal left out
    assert (acme.open_deals, acme.open_value_minor) == (1, sum(d.value for d in acme_open))
    assert (acme.next_step, acme.next_step_due) == ("Prepare QBR", date(2026, 12, 20))
    assert acme.rotting_deals == 0

    zulu = lines["zulu"]
    assert (zulu.last_contact, zulu.touched_this_week, zulu.neglected) == (None, False, True)
    assert (zulu.next_step, zulu.next_step_due) == ("Call zulu", date(2026, 11, 28))

    kappa = lines["Kappa"]
    assert kappa.last_contact == date(2026, 11, 20)
    assert kappa.neglected  # 9 days by the 29th, key accounts every 7
    kappa_open = [d for d in _open() if d.client == "Kappa"]
    assert (kappa.open_deals, kappa.open_value_minor) == (3, sum(d.value for d in kappa_open))
    assert kappa.rotting_deals == 1  # D12, untouched since 1 November in Qualified (21 days)
    # No open task: the next step of the deal closing first that has one (D15 has none).
    assert (kappa.next_step, kappa.next_step_due) == ("Book demo", None)

    beta = lines["Beta"]
    assert (beta.neglected, beta.open_deals, beta.next_step) == (False, 0, "")  # churned

    img = lines["<img src=x>"]
    assert img.tier == Tier.STANDARD and img.touched_this_week
    assert img.last_contact == date(2026, 11, 29)
    assert (img.next_step, img.next_step_due) == ("Follow up <img>", date(2026, 12, 1))

    delta = lines["Delta"]
    assert (delta.open_deals, delta.rotting_deals) == (1, 1)
    assert (delta.next_step, delta.next_step_due) == ("Chase Delta", date(2026, 12, 3))


def test_next_week(report):
    nxt = report.next_week
    assert nxt.week == WEEK.shifted(1)
    assert [(m.day, m.start, m.end, m.client) for m in nxt.meetings] == [
        (date(2026, 11, 30), "09:00", "10:00", "<img src=x>"),
        (date(2026, 12, 1), "08:00", "08:30", ""),
    ]
    start, end = date(2026, 11, 30), date(2026, 12, 7)
    due = sorted(
        (t for t in TASKS if t.status == "open" and t.due and start <= t.due < end),
        key=lambda t: t.due or end,
    )
    assert [(f.title, f.client, f.due_on) for f in nxt.follow_ups] == [
        (t.title, t.client or "", t.due) for t in due
    ]
    assert [f.title for f in nxt.follow_ups] == ["Follow up <img>", "Chase Delta", "Expenses"]
    closing = sorted(_open(start, end), key=lambda d: (d.expected, -d.value))
    assert [(c.title, c.value_minor, c.probability, c.stage) for c in nxt.closing] == [
        (f"Deal {d.key}", d.value, _probability(d), d.stage) for d in closing
    ]
    assert [c.title for c in nxt.closing] == ["Deal D15", "Deal D7"]


def test_stage_moves_of_the_week(db):
    ids = _insert_fixture()
    stages = {s.name: s.id for s in Stage.select()}
    for deal, from_stage, to_stage, at in (
        ("D6", "Qualified", "Proposal", datetime(2026, 11, 24, 10)),
        ("D7", None, "Negotiation", datetime(2026, 11, 25, 9)),
        ("D9", "Lead", "Qualified", datetime(2026, 11, 25, 9)),  # USD: left out
        ("D13", "Lead", "Qualified", datetime(2026, 11, 20, 9)),  # the week before
    ):
        StageChange.insert(
            deal=ids[deal],
            from_stage=stages[from_stage] if from_stage else None,
            to_stage=stages[to_stage],
            changed_at=at,
        ).execute()
    moves = build_report(WEEK, now=NOW).moves
    rows = [(m.title, m.client, m.from_stage, m.to_stage, m.moved_on, m.value_minor) for m in moves]
    assert rows == [
        ("Deal D6", "Acme", "Qualified", "Proposal", date(2026, 11, 24), 40_000_00),
        ("Deal D7", "<img src=x>", None, "Negotiation", date(2026, 11, 25), 10_000_00),
    ]


def test_an_empty_database_gives_an_empty_report(db):
    report = build_report(WEEK, now=NOW)
    assert not report.has_activity
    for k in (report.week_kpis, report.quarter_kpis):
        assert (k.won_minor, k.won_count, k.new_clients, k.open_pipeline_minor) == (0, 0, 0, 0)
        assert (k.forecast_minor, k.quota_minor, k.activities_total, k.csat_count) == (0, 0, 0, 0)
        assert (k.attainment_pct, k.coverage, k.win_rate_pct, k.avg_won_minor) == (None,) * 4
        assert (k.cycle_days, k.upsell_cross_share_pct, k.csat_avg) == (None, None, None)
        assert k.retention_pct is None
        assert k.activities == tuple((kind, 0) for kind in InteractionKind)
    assert [s.name for s in report.pipeline] == ["Lead", "Qualified", "Proposal", "Negotiation"]
    assert all((s.count, s.value_minor, s.weighted_minor) == (0, 0, 0) for s in report.pipeline)
    assert report.activities_per_day == tuple((day, 0) for day in WEEK.days)
    assert (report.closed, report.moves, report.clients) == ((), (), ())
    assert report.time.is_empty and report.time.schedule_share_pct is None
    assert report.time.by_kind == () and report.time.by_client == ()
    assert report.time.by_quadrant == tuple((q, TimeLine(0, 0)) for q in Quadrant)
    nxt = report.next_week
    assert (nxt.meetings, nxt.follow_ups, nxt.closing) == ((), (), ())
    assert (report.ae_name, report.other_currency_deals) == ("", 0)


def test_a_sunday_week_runs_sunday_to_saturday(db):
    _insert_fixture()
    set_setting("week_start", 6)
    week = Week(2026, 48, 6)
    report = build_report(week, now=NOW)
    days = [day for day, _ in report.activities_per_day]
    assert days[0] == date(2026, 11, 22) and days[0].weekday() == 6
    assert days[-1] == date(2026, 11, 28) and days[-1].weekday() == 5
    sunday_start, saturday_end = date(2026, 11, 22), date(2026, 11, 29)
    assert report.week_kpis.activities_total == sum(
        1 for i in INTERACTIONS if _in(i.at, sunday_start, saturday_end)
    )
    # The focus block of Sunday the 22nd is in; none of Sunday the 29th's interactions is.
    blocks = [
        b for b in BLOCKS if sunday_start <= b.day < saturday_end and b.kind != BlockKind.BREAK
    ]
    assert report.time.total.planned_minutes == sum(_minutes(b) for b in blocks)
    assert report.next_week.week.start == date(2026, 11, 29)


def test_week_boundaries_to_the_minute(db):
    client = Client.insert(name="Edge", tier="standard", created_at=OLD).execute()
    for at in (
        datetime(2026, 11, 22, 23, 59, 59),  # the Sunday before: out
        datetime(2026, 11, 23, 0, 0),  # first minute: in
        datetime(2026, 11, 29, 23, 59),  # last minute: in
        datetime(2026, 11, 30, 0, 0),  # next Monday: out
    ):
        Interaction.insert(client=client, kind="call", occurred_at=at, summary="x").execute()
    report = build_report(WEEK, now=NOW)
    assert report.week_kpis.activities_total == 2
    assert report.activities_per_day[0] == (FIRST, 1)
    assert report.activities_per_day[-1] == (LAST, 1)
    (line,) = report.clients
    assert line.last_contact == LAST


def test_a_week_across_quarters_splits_its_wins(db):
    client = Client.insert(name="Edge", tier="standard", created_at=OLD).execute()
    won = Stage.get(Stage.name == "Won").id
    for closed, value in ((date(2026, 9, 29), 1_000_00), (date(2026, 10, 2), 2_000_00)):
        Deal.insert(
            client=client,
            title=f"Won {closed}",
            value_minor=value,
            stage=won,
            created_on=date(2026, 9, 1),
            closed_on=closed,
        ).execute()
    week = parse_week("2026-W40")  # Monday 28 September to Sunday 4 October
    report = build_report(week, now=NOW)
    assert report.quarter_label == "2026-Q4"  # the quarter of the week's last day
    assert report.week_kpis.won_minor == 3_000_00
    assert report.quarter_kpis.won_minor == 2_000_00
    assert report.quarter_kpis.start == date(2026, 10, 1)
    assert report.week_kpis.new_clients == 1 and report.quarter_kpis.new_clients == 0
