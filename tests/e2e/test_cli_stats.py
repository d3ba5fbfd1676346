"""`python -m ae_desktop stats` as a user runs it, checked against figures worked out here."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from ae_desktop.domain.enums import DealKind, InteractionKind
from ae_desktop.domain.periods import month_of
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.deals import DealInput, create_deal, move_deal
from ae_desktop.services.interactions import InteractionInput, log_interaction
from ae_desktop.services.quotas import set_quota
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.models import Deal, Stage

pytestmark = pytest.mark.slow  # runs the app in a subprocess

TODAY = date.today()  # the command reports on the real today
MONTH = month_of(TODAY)


def _stats(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", "stats", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@dataclass(frozen=True)
class Spec:
    value: str
    stage: str
    days_ago: int = 20  # created and last changed
    kind: DealKind = DealKind.NEW_BUSINESS
    probability: int | None = None
    expected_close: date | None = None
    closed_on: date | None = None
    next_step: str = "Call back"
    currency: str = "EUR"
    lost_reason: str = ""


def _specs() -> list[Spec]:
    first, last = MONTH.start, MONTH.end - timedelta(days=1)
    return [
        Spec("12500.00", "Won", 50, DealKind.UPSELL, closed_on=first),
        Spec("7333.33", "Won", 35, DealKind.NEW_BUSINESS, closed_on=first),
        Spec("4000.00", "Won", 10, DealKind.CROSS_SELL, closed_on=first),
        Spec("99999.00", "Won", 90, closed_on=first - timedelta(days=1)),  # last month
        Spec("8000.00", "Lost", 30, closed_on=first, lost_reason="Price"),
        Spec("333.33", "Lead", 40, expected_close=last, next_step=""),  # rotting, no step
        Spec("10001.00", "Proposal", 3, probability=35, expected_close=last),
        Spec("2500.50", "Negotiation", 2, DealKind.RENEWAL, expected_close=first),
        Spec("50000.00", "Qualified", 5, expected_close=MONTH.end),  # next month
        Spec("777.00", "Qualified", 30, expected_close=None, next_step=" "),  # rots but a call
        Spec("64000.00", "Negotiation", 2, expected_close=last, currency="USD"),
    ]


def _stage(name: str) -> int:
    return int(Stage.get(Stage.name == name).id)


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """A database built through the services, closed before the command reads it."""
    folder = tmp_path / "data"
    open_database(folder / "ae-desktop.sqlite3", folder / "backups")
    try:
        acme = create_client(ClientInput(name="Acme"))
        for spec in _specs():
            # A closed deal is opened days_ago before it closed, then moved to Won or Lost.
            day = (spec.closed_on or TODAY) - timedelta(days=spec.days_ago)
            deal_id = create_deal(
                DealInput(
                    client_id=acme,
                    title=f"Deal {spec.value}",
                    value=Decimal(spec.value),
                    currency=spec.currency,
                    kind=spec.kind,
                    stage_id=_stage("Lead" if spec.closed_on else spec.stage),
                    probability=spec.probability,
                    expected_close=spec.expected_close,
                    next_step=spec.next_step,
                ),
                today=day,
                now=datetime.combine(day, time(9)),
            )
            if spec.closed_on:
                move_deal(
                    deal_id,
                    _stage(spec.stage),
                    today=TODAY,
                    now=datetime.combine(spec.closed_on, time(17)),
                    closed_on=spec.closed_on,
                    lost_reason=spec.lost_reason,
                )
        # A call an hour ago about the quiet Qualified deal: it is not rotting.
        quiet = Deal.get(Deal.title == "Deal 777.00").id
        an_hour_ago = datetime.now() - timedelta(hours=1)
        log_interaction(
            InteractionInput(acme, InteractionKind.CALL, an_hour_ago, "Call", deal_id=quiet),
            now=datetime.now(),
        )
        set_quota(MONTH, Decimal("50000"))
    finally:
        close_database()
    yield folder


def _rows(database: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [
            dict(row)
            for row in conn.execute(
                "SELECT d.*, s.outcome, s.probability AS stage_probability, s.rotting_days,"
                " (SELECT MAX(i.occurred_at) FROM interaction i WHERE i.deal_id = d.id)"
                " AS last_interaction FROM deal d JOIN stage s ON s.id = d.stage_id"
            )
        ]
    finally:
        conn.close()


def _quota(database: Path) -> int:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        ((amount,),) = conn.execute(
            "SELECT amount_minor FROM quota WHERE period_kind = 'month' AND period_start = ?",
            (MONTH.start.isoformat(),),
        ).fetchall()
        return int(amount)
    finally:
        conn.close()


def _in_month(text: str | None) -> bool:
    return text is not None and MONTH.start.isoformat() <= text < MONTH.end.isoformat()


def _tenth(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _money(minor: int) -> str:
    return f"{Decimal(minor) / 100:.2f}"


def expected_figures(rows: list[dict[str, Any]], quota: int) -> dict[str, Any]:
    """The figures worked out by hand from the stored rows, EUR deals only."""
    eur = [r for r in rows if r["currency"] == "EUR"]
    won = [r for r in eur if r["outcome"] == "won" and _in_month(r["closed_on"])]
    lost = [r for r in eur if r["outcome"] == "lost" and _in_month(r["closed_on"])]
    opened = [r for r in eur if r["outcome"] == "open"]
    closing = [r for r in opened if _in_month(r["expected_close"])]
    won_total = sum(r["value_minor"] for r in won)
    weighted = 0
    for r in closing:
        probability = r["probability"] if r["probability"] is not None else r["stage_probability"]
        exact = Decimal(r["value_minor"]) * probability / 100
        weighted += int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    remaining = quota - won_total
    expansion = sum(r["value_minor"] for r in won if r["kind"] in ("upsell", "cross_sell"))
    cycle = sum(
        (date.fromisoformat(r["closed_on"]) - date.fromisoformat(r["created_on"])).days for r in won
    )

    def rotting(r: dict[str, Any]) -> bool:
        last = max(r["updated_at"], r["last_interaction"] or "")
        quiet = (TODAY - date.fromisoformat(last[:10])).days
        return r["rotting_days"] is not None and quiet > r["rotting_days"]

    return {
        "period": MONTH.label,
        "currency": "EUR",
        "won": _money(won_total),
        "weighted_open": _money(weighted),
        "forecast": _money(won_total + weighted),
        "quota": _money(quota),
        "attainment_pct": _tenth(Decimal(won_total) * 100 / quota),
        "coverage": _tenth(Decimal(sum(r["value_minor"] for r in closing)) / remaining)
        if remaining > 0
        else None,
        "win_rate_pct": _tenth(Decimal(len(won)) * 100 / (len(won) + len(lost))),
        "avg_won_deal": _money(
            int((Decimal(won_total) / len(won)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        ),
        "cycle_days": _tenth(Decimal(cycle) / len(won)),
        "upsell_cross_share_pct": _tenth(Decimal(expansion) * 100 / won_total),
        "rotting_count": sum(rotting(r) for r in opened),
        "no_next_step_count": sum(not r["next_step"].strip() for r in opened),
        "open_count": len(opened),
        "other_currency_deals": sum(
            r["currency"] != "EUR" and (r["outcome"] == "open" or _in_month(r["closed_on"]))
            for r in rows
        ),
    }


def test_stats_json_matches_the_figures_of_the_databases_own_rows(
    data_dir: Path, env: dict[str, str]
) -> None:
    database = data_dir / "ae-desktop.sqlite3"
    expected = expected_figures(_rows(database), _quota(database))
    # The fixture exercises every figure: none is empty, rounding and exclusions matter.
    assert expected["won"] == "23833.33" and expected["open_count"] == 5
    assert expected["weighted_open"] == "5409.06"  # 33.33 + 3500.35 + 1875.375 -> .38
    assert expected["rotting_count"] == 1 and expected["no_next_step_count"] == 2
    assert expected["other_currency_deals"] == 1
    assert expected["coverage"] == 0.5 and expected["cycle_days"] is not None

    run = _stats(env, "--data-dir", str(data_dir), "--json", "--month", MONTH.label)

    assert run.returncode == 0, run.stderr
    assert run.stdout.count("\n") == 1  # one JSON object on one line
    got = json.loads(run.stdout)
    assert {k: got[k] for k in expected} == expected
    assert got["start"] == MONTH.start.isoformat()
    assert got["end"] == (MONTH.end - timedelta(days=1)).isoformat()


def test_stats_defaults_to_this_month_as_aligned_text(data_dir: Path, env: dict[str, str]) -> None:
    database = data_dir / "ae-desktop.sqlite3"
    expected = expected_figures(_rows(database), _quota(database))

    run = _stats(env, "--data-dir", str(data_dir))

    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"Pipeline {MONTH.label} (") and lines[0].endswith("in EUR")
    figures = dict(line.split() for line in lines[2:15])
    assert figures["won"] == expected["won"]
    assert figures["forecast"] == expected["forecast"]
    assert figures["attainment_pct"] == str(expected["attainment_pct"])
    assert figures["open_count"] == "5"
    assert len({len(line) for line in lines[2:15]}) == 1  # values right-aligned in a column
    assert "Not counted: 1 deal in other currencies." in run.stdout


def test_stats_of_a_quarter_with_nothing_in_it_says_so(data_dir: Path, env: dict[str, str]) -> None:
    run = _stats(env, "--data-dir", str(data_dir), "--quarter", "2001-Q2", "--json")

    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert (got["period"], got["won"], got["quota"]) == ("2001-Q2", "0.00", "0.00")
    for empty in ("attainment_pct", "coverage", "win_rate_pct", "avg_won_deal", "cycle_days"):
        assert got[empty] is None
    text = _stats(env, "--data-dir", str(data_dir), "--quarter", "2001-Q2")
    assert "attainment_pct" in text.stdout and "—" in text.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--month", "2026-13"], "month must be 01 to 12"),
        (["--month", "2026-Q4"], "not a month"),
        (["--quarter", "2026-11"], "not a quarter"),
        (["--quarter", "2026-Q5"], "quarter must be Q1 to Q4"),
        (["--month", "last"], "YYYY-MM"),
        (["--month", "2026-11", "--quarter", "2026-Q4"], "not allowed with"),
    ],
)
def test_a_bad_period_exits_2_with_a_message(
    data_dir: Path, env: dict[str, str], args: list[str], message: str
) -> None:
    run = _stats(env, "--data-dir", str(data_dir), *args)

    assert run.returncode == 2
    assert message in run.stderr
    assert run.stdout == ""


def test_stats_without_a_database_creates_none(tmp_path: Path, env: dict[str, str]) -> None:
    folder = tmp_path / "empty"

    run = _stats(env, "--data-dir", str(folder))

    assert run.returncode == 1
    assert "no database" in run.stderr
    assert not (folder / "ae-desktop.sqlite3").exists()
