"""The weekly report on paper: PDF text, pages, paper sizes, previews, Spanish; built from
hand-made WeeklyReport objects (a busy week over several pages, an empty week)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QRunnable, QThreadPool, QTranslator
from PySide6.QtGui import QImage

from ae_desktop.domain.enums import BlockKind, DealKind, InteractionKind, StageOutcome, Tier
from ae_desktop.domain.periods import Week
from ae_desktop.domain.priority import Quadrant
from ae_desktop.report.formats import Formats, fill
from ae_desktop.report.layout import Measure, Theme
from ae_desktop.report.model import (
    ClientLine,
    ClosedDeal,
    ClosingDeal,
    FollowUp,
    Kpis,
    Meeting,
    NextWeek,
    StageLine,
    StageMove,
    TimeLine,
    TimeSummary,
    WeeklyReport,
)
from ae_desktop.report.render import render_pages, write_pdf
from ae_desktop.report.table import Cell, Column, Table, TableLayout

WEEK = Week(2026, 48)  # Monday 23 to Sunday 29 November 2026
EVIL = "<img src=x>"
STAGES = ("Lead", "Qualified", "Proposal", "Negotiation")
_ACTIVITY_KINDS = tuple(InteractionKind)


def kpis(start: date, end: date, **changes: object) -> Kpis:
    base = Kpis(
        start=start,
        end=end,
        won_minor=0,
        won_count=0,
        new_clients=0,
        open_pipeline_minor=0,
        forecast_minor=0,
        quota_minor=0,
        attainment_pct=None,
        coverage=None,
        win_rate_pct=None,
        avg_won_minor=None,
        cycle_days=None,
        upsell_cross_share_pct=None,
        activities=tuple((kind, 0) for kind in _ACTIVITY_KINDS),
        activities_total=0,
        csat_avg=None,
        csat_count=0,
        retention_pct=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _empty_time() -> TimeSummary:
    zero = TimeLine(0, 0)
    return TimeSummary(
        by_kind=(),
        by_client=(),
        other_clients=zero,
        by_quadrant=tuple((q, zero) for q in Quadrant),
        total=zero,
        schedule_share_pct=None,
    )


def empty_report(**changes: object) -> WeeklyReport:
    """A week with nothing recorded: no activity, no time, nothing closed or moved."""
    week = WEEK
    report = WeeklyReport(
        week=week,
        generated_at=datetime(2026, 11, 27, 17, 5),
        ae_name="Ana García",
        currency="EUR",
        other_currency_deals=0,
        week_kpis=kpis(week.start, week.end),
        quarter_kpis=kpis(date(2026, 10, 1), week.end, open_pipeline_minor=4_800_000_00),
        quarter_label="2026-Q4",
        activities_per_day=tuple((day, 0) for day in week.days),
        pipeline=(StageLine("Proposal", 2, 30_000_00, 15_000_00),),
        closed=(),
        moves=(),
        time=_empty_time(),
        clients=(),
        next_week=NextWeek(week.shifted(1), (), (), ()),
    )
    return replace(report, **changes)  # type: ignore[arg-type]


def _week_kpis() -> Kpis:
    activities = tuple(
        (kind, n) for kind, n in zip(_ACTIVITY_KINDS, (9, 5, 12, 3, 2, 1), strict=True)
    )
    return kpis(
        WEEK.start,
        WEEK.end,
        won_minor=48_200_00,
        won_count=3,
        new_clients=1,
        open_pipeline_minor=482_500_00,
        forecast_minor=61_000_00,
        win_rate_pct=Decimal("60.0"),
        avg_won_minor=16_066_67,
        cycle_days=Decimal("41.3"),
        upsell_cross_share_pct=Decimal("33.3"),
        activities=activities,
        activities_total=32,
        csat_avg=Decimal("4.5"),
        csat_count=2,
        retention_pct=Decimal("100.0"),
    )


def _quarter_kpis() -> Kpis:
    activities = tuple(
        (kind, n) for kind, n in zip(_ACTIVITY_KINDS, (80, 41, 102, 20, 9, 6), strict=True)
    )
    return kpis(
        date(2026, 10, 1),
        WEEK.end,
        won_minor=125_000_00,
        won_count=9,
        new_clients=4,
        open_pipeline_minor=482_500_00,
        forecast_minor=210_750_00,
        quota_minor=200_000_00,
        attainment_pct=Decimal("62.5"),
        coverage=Decimal("6.43"),
        win_rate_pct=Decimal("37.5"),
        avg_won_minor=13_888_89,
        cycle_days=Decimal("34.6"),
        upsell_cross_share_pct=Decimal("22.2"),
        activities=activities,
        activities_total=258,
        csat_avg=Decimal("4.3"),
        csat_count=11,
        retention_pct=Decimal("94.1"),
        closed_count=24,
        open_closing_minor=482_500_00,
    )


def _closed(count: int) -> tuple[ClosedDeal, ...]:
    kinds = tuple(DealKind)
    reasons = ("", "Price: went with a cheaper local vendor after the third round", "No budget", "")
    deals = []
    for n in range(count):
        won = n % 3 != 2
        client = EVIL if n == 0 else f"Client {n:02d} Logistics S.L."
        deals.append(
            ClosedDeal(
                title=f"Deal {n:02d} — annual licence renewal and onboarding",
                client=client,
                outcome=StageOutcome.WON if won else StageOutcome.LOST,
                kind=kinds[n % len(kinds)],
                value_minor=(n + 1) * 1_234_00,
                closed_on=WEEK.start + timedelta(days=n % 5),
                lost_reason="" if won else reasons[n % len(reasons)] or "Timing",
            )
        )
    deals.sort(key=lambda d: (d.outcome != StageOutcome.WON, d.closed_on))
    return tuple(deals)


def _moves(count: int) -> tuple[StageMove, ...]:
    return tuple(
        StageMove(
            title=f"Opportunity {n:02d}",
            client=f"Client {n % 17:02d}",
            from_stage=None if n % 5 == 0 else STAGES[n % 3],
            to_stage=STAGES[n % 3 + 1],
            moved_on=WEEK.start + timedelta(days=n % 7),
            value_minor=(n + 3) * 2_500_00,
        )
        for n in range(count)
    )


def _time() -> TimeSummary:
    kinds = (
        (BlockKind.CLIENT_WORK, TimeLine(900, 780)),
        (BlockKind.CALLS, TimeLine(300, 240)),
        (BlockKind.PROSPECTING, TimeLine(240, 120)),
        (BlockKind.ADMIN, TimeLine(180, 180)),
        (BlockKind.FOCUS, TimeLine(270, 270)),
        (BlockKind.MEETING, TimeLine(360, 360)),
    )
    clients = tuple((f"Client {n:02d}", TimeLine(240 - n * 15, 200 - n * 15)) for n in range(10))
    quadrants = (
        (Quadrant.DO_NOW, TimeLine(660, 600)),
        (Quadrant.SCHEDULE, TimeLine(945, 870)),
        (Quadrant.DELEGATE, TimeLine(450, 360)),
        (Quadrant.DROP, TimeLine(195, 120)),
    )
    return TimeSummary(
        by_kind=kinds,
        by_client=clients,
        other_clients=TimeLine(300, 210),
        by_quadrant=quadrants,
        total=TimeLine(2250, 1950),
        schedule_share_pct=Decimal("42.0"),
    )


def _clients(count: int) -> tuple[ClientLine, ...]:
    tiers = (Tier.KEY, Tier.STANDARD, Tier.PROSPECT)
    lines = []
    for n in range(count):
        name = EVIL if n == 1 else f"Client {n:03d} Industrial Holdings"
        step = "" if n % 6 == 5 else f"Send the revised proposal with the volume discount ({n})"
        lines.append(
            ClientLine(
                name=name,
                tier=tiers[0] if n < 8 else tiers[n % 3],
                last_contact=None if n % 9 == 8 else WEEK.start - timedelta(days=n),
                touched_this_week=n % 2 == 0,
                open_deals=n % 4,
                open_value_minor=(n % 4) * 12_500_00,
                next_step=step,
                next_step_due=WEEK.end + timedelta(days=n % 10) if step else None,
                neglected=n % 7 == 3,
                rotting_deals=n % 11 % 3 if n % 11 in (2, 5) else 0,
            )
        )
    return tuple(lines)


def _next_week(meetings: int = 6, follow_ups: int = 8, closing: int = 5) -> NextWeek:
    nxt = WEEK.shifted(1)
    days = nxt.days
    return NextWeek(
        week=nxt,
        meetings=tuple(
            Meeting(
                days[n % 5],
                f"{9 + n % 8:02d}:00",
                f"{10 + n % 8:02d}:00",
                f"QBR {n}",
                f"Client {n:02d}",
            )
            for n in range(meetings)
        ),
        follow_ups=tuple(
            FollowUp(f"Call back about the pilot {n}", f"Client {n:02d}", days[n % 5])
            for n in range(follow_ups)
        ),
        closing=tuple(
            ClosingDeal(
                f"Expansion {n}",
                f"Client {n:02d}",
                STAGES[2 + n % 2],
                (n + 2) * 10_000_00,
                50 + 25 * (n % 2),
                days[n % 5],
            )
            for n in range(closing)
        ),
    )


def rich_report(*, clients: int = 40, closed: int = 25, moves: int = 30) -> WeeklyReport:
    """A busy week: several pages of tables, every section filled."""
    week = WEEK
    per_day = (7, 6, 8, 5, 4, 2, 0)
    return WeeklyReport(
        week=week,
        generated_at=datetime(2026, 11, 27, 17, 5),
        ae_name="Ana García",
        currency="EUR",
        other_currency_deals=2,
        week_kpis=_week_kpis(),
        quarter_kpis=_quarter_kpis(),
        quarter_label="2026-Q4",
        activities_per_day=tuple(zip(week.days, per_day, strict=True)),
        pipeline=(
            StageLine("Lead", 14, 182_000_00, 18_200_00),
            StageLine("Qualified", 9, 140_500_00, 35_125_00),
            StageLine("Proposal", 6, 98_000_00, 49_000_00),
            StageLine("Negotiation", 4, 62_000_00, 46_500_00),
        ),
        closed=_closed(closed),
        moves=_moves(moves),
        time=_time(),
        clients=_clients(clients),
        next_week=_next_week(),
    )


# --- the tests ---------------------------------------------------------------------------

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
ES = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "resources" / "translations" / "ae_desktop_es.ts"


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, NFKC-normalised with whitespace collapsed (DESIGN §6)."""
    reader = PdfReader(path)
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


def euros(minor: int) -> str:
    """What the test expects an amount to read in en_US: whole euros, grouped, half up."""
    whole = int((Decimal(minor) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return f"€{whole:,}"


def pct(value: Decimal) -> str:
    return f"{int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))}%"


@pytest.fixture
def rich_pdf(qapp: QCoreApplication, tmp_path: Path) -> tuple[WeeklyReport, int, list[str]]:
    report = rich_report()
    path = tmp_path / "rich.pdf"
    count = write_pdf(report, path, locale=EN)
    return report, count, pdf_pages(path)


def test_kpi_cards_read_as_the_report_says(rich_pdf: tuple[WeeklyReport, int, list[str]]) -> None:
    report, _, pages = rich_pdf
    week, qtd, first = report.week_kpis, report.quarter_kpis, pages[0]
    assert "Weekly report" in first and "Ana García" in first
    assert "Week 48 · 23–29 Nov 2026" in first
    assert f"Won this week {euros(week.won_minor)} {week.won_count} deals won" in first
    assert f"Forecast (quarter) {euros(qtd.forecast_minor)}" in first
    assert f"Q4 2026 · quota {euros(qtd.quota_minor)}" in first
    assert f"Quota attainment (QTD) {pct(qtd.attainment_pct or Decimal())}" in first
    assert f"{euros(qtd.won_minor)} of {euros(qtd.quota_minor)}" in first
    to_go = euros(qtd.quota_minor - qtd.won_minor)
    assert f"Pipeline coverage 6.4× {euros(qtd.open_closing_minor)} closing this quarter" in first
    assert f"/ {to_go} to go" in first
    assert f"Win rate (QTD) {pct(qtd.win_rate_pct or Decimal())} 9 won of 24 closed" in first
    assert f"Average deal (QTD) {euros(qtd.avg_won_minor or 0)}" in first
    assert "Sales cycle (QTD) 35 days" in first  # 34.6 days
    assert f"Activities (week) {week.activities_total} {qtd.activities_total} this quarter" in first
    assert "2 deals in other currencies are not included." in first


def test_key_figures_and_charts_on_page_one(rich_pdf: tuple[WeeklyReport, int, list[str]]) -> None:
    report, _, pages = rich_pdf
    first = pages[0]
    assert "Key figure Week Quarter to date" in first
    assert "CSAT, 1 to 5 (ratings) 4.5 (2) 4.3 (11)" in first
    assert f"Retention {pct(Decimal('100'))} {pct(Decimal('94.1'))}" in first
    assert "Upsell + cross-sell, share of won 33% 22%" in first
    assert "42% of planned time on Schedule work (important, not urgent)" in first
    assert "Mon 23" in first and "Sun 29" in first
    assert "9 calls · 5 meetings · 12 e-mails" in first
    assert "Negotiation (4)" in first and f"weighted {euros(46_500_00)}" in first


def test_user_text_is_printed_literally(rich_pdf: tuple[WeeklyReport, int, list[str]]) -> None:
    _, _, pages = rich_pdf
    text = " ".join(pages)
    assert text.count(EVIL) >= 2  # a won deal's client and a client status line
    assert "<img src=x>" in text


def test_page_numbers_count_every_page(rich_pdf: tuple[WeeklyReport, int, list[str]]) -> None:
    _, count, pages = rich_pdf
    assert count == len(pages) > 1
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {count}" in text
        assert "Generated 27 Nov 2026, 17:05" in text


def test_long_tables_repeat_their_header(rich_pdf: tuple[WeeklyReport, int, list[str]]) -> None:
    _, _, pages = rich_pdf
    header = "Client Tier Last contact Open deals Open value Next step Flags"
    spanned = [text for text in pages if header in text]
    assert len(spanned) >= 2
    assert all("Client status (continued)" in text for text in spanned[1:])
    names = [f"Client {n:03d} Industrial Holdings" for n in range(40) if n != 1]
    assert all(any(name in text for text in spanned) for name in names)


def test_every_section_is_there(rich_pdf: tuple[WeeklyReport, int, list[str]]) -> None:
    _, _, pages = rich_pdf
    text = " ".join(pages)
    for heading in (
        "Won and lost this week",
        "Deals that moved stage",
        "Created → Qualified",
        "Time spent By kind of work Planned Done",
        "Other clients 5:00 3:30",
        "Total 37:30 32:30",
        "Deals past their expected close",
        "Client status",
        "Next week · Week 49 · 30 Nov – 6 Dec 2026",
        "Deals expected to close",
        "Neglected",
        "2 rotting deals",
    ):
        assert heading in text


def test_an_empty_week_is_a_short_report(qapp: QCoreApplication, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    count = write_pdf(empty_report(), path, locale=EN)
    pages = pdf_pages(path)
    assert 1 <= count == len(pages) <= 2
    text = " ".join(pages)
    assert "No activity recorded this week" in text
    assert "Pipeline snapshot" in text and "Proposal (2)" in text
    assert "No meetings in the calendar." in text and "No follow-ups due." in text
    assert "Won and lost" not in text and "Client status" not in text


def test_a_quiet_week_says_so_per_section(qapp: QCoreApplication, tmp_path: Path) -> None:
    quiet = replace(rich_report(clients=0, closed=0, moves=0), next_week=_next_week(0, 0, 0))
    path = tmp_path / "quiet.pdf"
    write_pdf(quiet, path, locale=EN)
    text = " ".join(pdf_pages(path))
    assert "No deals won or lost this week." in text
    assert "No deal changed stage this week." in text
    assert "No key accounts, and no client was touched this week." in text
    assert "No deals expected to close." in text


@pytest.mark.parametrize(("paper", "size"), [("A4", (595.3, 841.9)), ("Letter", (612, 792))])
def test_paper_size(
    qapp: QCoreApplication, tmp_path: Path, paper: str, size: tuple[float, float]
) -> None:
    path = tmp_path / f"{paper}.pdf"
    write_pdf(empty_report(), path, paper=paper, locale=EN)
    box = PdfReader(path).pages[0].mediabox
    assert abs(float(box.width) - size[0]) < 1 and abs(float(box.height) - size[1]) < 1


def test_an_unknown_paper_is_refused(qapp: QCoreApplication, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="A5"):
        write_pdf(empty_report(), tmp_path / "x.pdf", paper="A5")


def test_preview_has_the_pdfs_pages(qapp: QCoreApplication, tmp_path: Path) -> None:
    report = rich_report()
    count = write_pdf(report, tmp_path / "r.pdf", paper="Letter", locale=EN)
    images = render_pages(report, paper="Letter", locale=EN, zoom=1.5)
    assert len(images) == count
    assert {(i.width(), i.height()) for i in images} == {(918, 1188)}
    assert _ink(images[0]) > 0.02


def _ink(image: QImage) -> float:
    """The share of sampled pixels that are not white."""
    samples = [
        image.pixelColor(x, y).lightness() < 250
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    return sum(samples) / len(samples)


def test_first_page_rasterises_with_poppler(qapp: QCoreApplication, tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / "r.pdf"
    write_pdf(rich_report(), pdf, locale=EN)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", pdf, tmp_path / "p"], check=True
    )
    (png,) = tmp_path.glob("p*.png")
    image = QImage(str(png))
    assert not image.isNull() and _ink(image) > 0.02


def test_write_pdf_runs_in_a_worker_thread(qapp: QCoreApplication, tmp_path: Path) -> None:
    results: list[int] = []
    errors: list[BaseException] = []

    class Job(QRunnable):
        def run(self) -> None:
            try:
                results.append(write_pdf(rich_report(), tmp_path / "w.pdf", locale=EN))
                results.append(len(render_pages(empty_report(), locale=EN, zoom=0.5)))
            except BaseException as exc:  # reported on the test's thread
                errors.append(exc)

    pool = QThreadPool()
    pool.start(Job())
    assert pool.waitForDone(30_000)
    assert errors == [] and results[0] > 1 and results[1] == 1


def test_an_unwritable_path_raises(qapp: QCoreApplication, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_pdf(empty_report(), tmp_path / "missing" / "dir" / "r.pdf", locale=EN)


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def spanish(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """The Spanish translation compiled from its source and installed for the test."""
    tool = _lrelease()
    if not SPANISH_TS.exists() or tool is None:
        pytest.skip("no Spanish .ts or no pyside6-lrelease to compile it")
    qm = tmp_path / "ae_desktop_es.qm"
    subprocess.run([tool, "-silent", SPANISH_TS, "-qm", qm], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("spanish")
def test_spanish_report(tmp_path: Path) -> None:
    path = tmp_path / "es.pdf"
    count = write_pdf(rich_report(), path, locale=ES)
    pages = pdf_pages(path)
    first, text = pages[0], " ".join(pages)
    assert "Informe semanal" in first and "Semana 48 · 23–29 nov 2026" in first
    assert "Ganado esta semana 48.200 € 3 oportunidades ganadas" in first
    assert "Cumplimiento de cuota (trimestre) 63 %" in first
    assert "Cobertura del embudo 6,4×" in first
    assert "42 % del tiempo planificado" in first and "T4 2026" in first
    assert "Hacer ahora" in first and "Planificar" in first and "Eliminar" in first
    assert "lun 23" in first
    assert f"Página {count} de {count}" in pages[-1]
    assert "Estado de los clientes (continuación)" in text and "Cuenta clave" in text
    assert "Nuevo negocio" in text and "Trabajo con clientes" in text


@pytest.mark.usefixtures("spanish")
def test_spanish_empty_week(tmp_path: Path) -> None:
    path = tmp_path / "es-empty.pdf"
    write_pdf(empty_report(), path, locale=ES)
    text = " ".join(pdf_pages(path))
    assert "No se registró actividad esta semana" in text
    assert "Próxima semana · Semana 49 · 30 nov – 6 dic 2026" in text


def _translated_sources() -> set[tuple[str, str]]:
    """(context, source) of every `QCoreApplication.translate` call of the renderer and the
    labels; each must be a literal or pyside6-lupdate cannot extract it."""
    files = [*(ROOT / "ae_desktop" / "report").glob("*.py"), ROOT / "ae_desktop/ui/labels.py"]
    found = set()
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate":
                context, source = node.args[:2]
                assert isinstance(context, ast.Constant) and isinstance(source, ast.Constant), (
                    f"{file.name}:{node.lineno}: translate() needs literal text for lupdate"
                )
                found.add((str(context.value), str(source.value)))
    return found


def test_every_report_message_is_translated_into_spanish() -> None:
    if not SPANISH_TS.exists():
        pytest.skip("no Spanish .ts yet")
    root = ElementTree.parse(SPANISH_TS).getroot()
    finished = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") is None  # type: ignore[union-attr]
        and (message.findtext("translation") or "").strip()
    }
    missing = sorted(_translated_sources() - finished)
    assert missing == [], "run pyside6-lupdate and translate these"


# --- formatting ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "currency", "minor", "text"),
    [
        (EN, "EUR", 48_200_00, "€48,200"),
        (EN, "USD", 1_234_50, "$1,235"),  # whole units, half up
        (EN, "GBP", 99, "£1"),
        (EN, "CHF", 1_234_567_00, "CHF\u00a01,234,567"),
        (ES, "EUR", 48_200_00, "48.200\u00a0€"),
        (ES, "CHF", 2_000_00, "2000\u00a0CHF"),  # Spanish groups from five digits
        (EN, "EUR", None, "—"),
    ],
)
def test_money(
    qapp: QCoreApplication, locale: QLocale, currency: str, minor: int | None, text: str
) -> None:
    assert Formats(locale, currency, 2026).money(minor) == text


def test_percent_ratio_hours_days(qapp: QCoreApplication) -> None:
    en, es = Formats(EN, "EUR", 2026), Formats(ES, "EUR", 2026)
    assert en.percent(Decimal("62.5")) == "63%" and es.percent(Decimal("62.5")) == "63\u00a0%"
    assert en.percent(None) == "—" and en.ratio(None) == "—"
    assert en.ratio(Decimal("2.44")) == "2.4×" and es.ratio(Decimal("2.44")) == "2,4×"
    assert en.hours(95) == "1:35" and es.hours(95) == "1:35"  # exact: rows add up
    assert en.hours(60_000) == "1,000:00" and en.hours(0) == "0:00"
    assert en.quarter("2026-Q4") == "Q4 2026" and en.quarter("odd") == "odd"
    assert en.day(date(2026, 3, 5)) == "5 Mar" and en.day(date(2025, 12, 30)) == "30 Dec 2025"
    assert en.plural(1, "%n deal", "%n deals") == "1 deal"
    assert en.plural(1200, "%n deal", "%n deals") == "1,200 deals"


def test_week_spans(qapp: QCoreApplication) -> None:
    en = Formats(EN, "EUR", 2026)
    assert en.week(Week(2026, 48)) == "Week 48 · 23–29 Nov 2026"
    assert en.week(Week(2026, 49)) == "Week 49 · 30 Nov – 6 Dec 2026"
    assert en.week(Week(2026, 53)) == "Week 53 · 28 Dec 2026 – 3 Jan 2027"
    assert en.week(Week(2026, 48, week_start=6)) == "Week 48 · 22–28 Nov 2026"


def test_fill_replaces_placeholders_once() -> None:
    assert fill("%1 of %2", "a %2 b", "c") == "a %2 b of c"


# --- layout ------------------------------------------------------------------------------


def test_a_word_wider_than_its_cell_wraps_inside_it(qapp: QCoreApplication) -> None:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(2835)
    image.setDotsPerMeterY(2835)
    measure, theme = Measure(image), Theme.create()
    word = "Supercalifragilisticexpialidocious" * 3
    table = Table(
        (Column("Client"), Column("Value", fit=True, right=True)), ((Cell(word), Cell("€1")),)
    )
    layout = TableLayout(table, 200, theme, measure)
    assert sum(layout.widths) == pytest.approx(200)
    assert layout.heights[0] > 2 * measure.fm(theme.body).height()


def test_a_long_client_list_keeps_every_row_whole(qapp: QCoreApplication, tmp_path: Path) -> None:
    report = rich_report(clients=120)
    path = tmp_path / "long.pdf"
    count = write_pdf(report, path, locale=EN)
    pages = pdf_pages(path)
    assert count == len(pages) > 4
    for n in (0, 58, 118):
        # The name and its next step are on the same page: the row was not split.
        holding = [p for p in pages if f"Client {n:03d} Industrial" in p]
        assert len(holding) == 1 and f"volume discount ({n})" in holding[0]


def test_rows_left_out_are_counted_under_their_table(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    report = rich_report(clients=3)
    capped = replace(
        report,
        clients_omitted=1_250,
        next_week=replace(report.next_week, follow_ups_omitted=7),
    )
    path = tmp_path / "capped.pdf"
    write_pdf(capped, path, locale=EN)
    text = " ".join(pdf_pages(path))
    assert "... and 1,250 more, not listed here." in text
    assert "... and 7 more, not listed here." in text
    write_pdf(report, path, locale=EN)
    assert "not listed here" not in " ".join(pdf_pages(path))


def test_slipped_deals_show_how_late_they_are(qapp: QCoreApplication, tmp_path: Path) -> None:
    from ae_desktop.report.model import ClosingDeal

    slipped = ClosingDeal(
        title="Acme Logistics – fleet renewal",
        client="Acme Logistics",
        stage="Proposal",
        value_minor=40_000_00,
        probability=50,
        expected_close=date(2026, 10, 15),
    )
    report = replace(rich_report(), overdue=(slipped,))  # generated 27 Nov 2026
    path = tmp_path / "slipped.pdf"
    write_pdf(report, path, locale=EN)
    text = " ".join(pdf_pages(path))
    assert "Deals past their expected close" in text
    # The client's name is in its own column, not repeated in the deal's.
    assert "Fleet renewal Acme Logistics Proposal €40,000 15 Oct 43 days" in text


def test_long_names_stay_inside_the_page(qapp: QCoreApplication, tmp_path: Path) -> None:
    report = rich_report()
    long_name = "Worldwide " * 20  # 200 characters, as long as a client name may be
    time = replace(
        report.time,
        by_client=tuple(
            (f"{n} {long_name}", line) for n, (_, line) in enumerate(report.time.by_client)
        ),
    )
    capped = replace(report, ae_name="Ana " + "García " * 15, time=time)
    path = tmp_path / "long.pdf"
    count = write_pdf(capped, path, locale=EN)
    pages = pdf_pages(path)
    assert count == len(pages)
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"Page {number} of {count}")  # the footer is whole, not overlapped
        assert "..." in page.split("Generated")[-1]  # the long name is elided in the footer
    text = " ".join(pages)
    assert "Other clients" in text and "Worldwide Worldwide" in text
