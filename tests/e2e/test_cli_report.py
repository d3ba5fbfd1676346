"""`python -m ae_desktop report` as a user runs it: a PDF whose figures are worked out here."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from ae_desktop.domain.enums import BlockKind, DealKind, InteractionKind, Tier
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.deals import DealInput, create_deal, move_deal
from ae_desktop.services.interactions import InteractionInput, log_interaction
from ae_desktop.services.settings import set_setting
from ae_desktop.services.time_blocks import BlockInput, add_block
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.models import Stage

pytestmark = pytest.mark.slow  # runs the app in a subprocess

WEEK = "2026-W45"  # Monday 2 to Sunday 8 November 2026
MONDAY = date(2026, 11, 2)


def _report(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", "report", *args],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _text(path: Path) -> str:
    raw = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).replace("\u00a0", " ").split())


def _stage(name: str) -> int:
    return int(Stage.get(Stage.name == name).id)


def _at(day: int, hour: int) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), time(hour))


def _deal(client: int, title: str, value: str, kind: DealKind, opened: date) -> int:
    return create_deal(
        DealInput(client, title, Decimal(value), "EUR", kind, _stage("Lead"), None, None),
        today=opened,
        now=datetime.combine(opened, time(9)),
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """Week 45: two wins (12,000 new business, 8,000 upsell), one loss for Price, six
    interactions of which two meetings scored 4 and 5, two hours of blocks done."""
    folder = tmp_path / "data"
    open_database(folder / "ae-desktop.sqlite3", folder / "backups")
    try:
        set_setting("ae_name", "Lucía Fernández")
        acme = create_client(ClientInput(name="Acme Logistics", tier=Tier.KEY))
        odd = create_client(ClientInput(name="<img src=x>"))
        opened = date(2026, 10, 1)
        won_a = _deal(acme, "Fleet telematics", "12000", DealKind.NEW_BUSINESS, opened)
        won_b = _deal(odd, "Extra seats", "8000", DealKind.UPSELL, opened)
        lost = _deal(acme, "Warehouse pilot", "5000", DealKind.NEW_BUSINESS, opened)
        for deal_id, stage, day, reason in (
            (won_a, "Won", 2, ""),
            (won_b, "Won", 3, ""),
            (lost, "Lost", 4, "Price"),
        ):
            closed = MONDAY + timedelta(days=day)
            move_deal(
                deal_id, _stage(stage), today=closed, now=_at(day, 17), closed_on=closed,
                lost_reason=reason,
            )  # fmt: skip
        kinds = [InteractionKind.CALL] * 3 + [InteractionKind.MEETING] * 2 + [InteractionKind.EMAIL]
        scores = [None, None, None, 4, 5, None]
        for n, (kind, score) in enumerate(zip(kinds, scores, strict=True)):
            log_interaction(
                InteractionInput(acme, kind, _at(n % 5, 10), f"Touch {n}", csat=score),
                now=_at(6, 20),
            )
        for day in (0, 1):
            add_block(
                BlockInput(
                    MONDAY + timedelta(days=day), 540, 600, "Focus", BlockKind.FOCUS, done=True
                )
            )
    finally:
        close_database()
    yield folder


def test_the_week_comes_out_as_a_pdf_with_its_figures(
    env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "weekly.pdf"
    result = _report(env, tmp_path, "--data-dir", str(data_dir), "--week", WEEK, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = _text(out)
    assert "Weekly report" in text and "Lucía Fernández" in text
    assert "Week 45" in text and "2–8 Nov 2026" in text
    assert "€20,000" in text  # won: 12,000 + 8,000
    assert "Price" in text and "Warehouse pilot" in text
    assert "4.5" in text  # CSAT: (4 + 5) / 2
    assert "<img src=x>" in text  # user text printed as it is, never as markup
    assert "Page 1 of" in text


def test_spanish_on_request(env: dict[str, str], data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "informe.pdf"
    args = ("--data-dir", str(data_dir), "--week", WEEK, "--out", str(out), "--lang", "es")
    result = _report(env, tmp_path, *args)
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "Informe semanal" in text and "Semana 45" in text
    assert "20.000 €" in text  # Spanish digits, the sign after
    assert "4,5" in text


def test_default_name_in_the_current_folder(
    env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    result = _report(env, tmp_path, "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    year, week, _ = date.today().isocalendar()
    expected = tmp_path / f"AE-weekly-{year}-W{week:02d}.pdf"
    assert result.stdout.strip() == str(expected)
    assert len(PdfReader(expected).pages) >= 1


def test_a_malformed_week_is_a_usage_error(
    env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    result = _report(env, tmp_path, "--data-dir", str(data_dir), "--week", "2026-48")
    assert result.returncode == 2
    assert "2026-48" in result.stderr and "YYYY-Www" in result.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_a_folder_gets_the_default_name_and_a_bare_name_gets_pdf(
    env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    result = _report(
        env, tmp_path, "--data-dir", str(data_dir), "--week", WEEK, "--out", str(folder)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(folder / f"AE-weekly-{WEEK}.pdf")
    bare = tmp_path / "weekly"
    args = ("--data-dir", str(data_dir), "--week", WEEK, "--out", str(bare), "--paper", "letter")
    result = _report(env, tmp_path, *args)
    assert result.returncode == 0, result.stderr
    written = PdfReader(tmp_path / "weekly.pdf")
    assert round(float(written.pages[0].mediabox.width)) == 612  # Letter, however it is typed


def test_an_unwritable_place_fails_and_leaves_nothing(
    env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    (folder / f"AE-weekly-{WEEK}.pdf").mkdir(parents=True)  # a folder where the file should go
    args = ("--data-dir", str(data_dir), "--week", WEEK, "--out", str(folder))
    result = _report(env, tmp_path, *args)
    assert result.returncode == 1
    assert "cannot write" in result.stderr
    assert [p.name for p in folder.iterdir()] == [f"AE-weekly-{WEEK}.pdf"]
    assert (folder / f"AE-weekly-{WEEK}.pdf").is_dir()
    missing = _report(env, tmp_path, "--data-dir", str(data_dir), "--out", "/nonexistent/x.pdf")
    assert missing.returncode == 1 and "does not exist" in missing.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_folder_is_refused(env: dict[str, str], data_dir: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        out = str(locked / "weekly.pdf")
        result = _report(env, tmp_path, "--data-dir", str(data_dir), "--out", out)
        assert result.returncode == 1 and "cannot write" in result.stderr
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_no_database_is_refused_without_creating_one(env: dict[str, str], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    result = _report(env, tmp_path, "--data-dir", str(empty))
    assert result.returncode == 1
    assert "no database" in result.stderr and "--data-dir" in result.stderr
    assert not (empty / "ae-desktop.sqlite3").exists()
