"""The weekly report on the large demo database: CLI end to end, its parts, and how long the
GUI's event loop is held up while the dialog prepares and exports it."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from common import Row, ms, verdict

CLI_TARGET_MS = 1000.0
STALL_TARGET_MS = 100.0
DB_NAME = "ae-desktop.sqlite3"


def measure_report_cli(
    data_dir: Path, env: dict[str, str], run_child: Callable, runs: int = 3
) -> list[Row]:
    """`report --out FILE` as a user runs it: process start to exit, after one warm-up."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "weekly.pdf"
        command = [sys.executable, "-m", "ae_desktop", "report", "--data-dir", str(data_dir)]
        command += ["--out", str(out)]
        results = [run_child(command, env) for _ in range(runs + 1)][1:]
    label = f"report CLI, this week to PDF, process start to exit (median of {runs})"
    target = f"<= {CLI_TARGET_MS:.0f} ms"
    failed = next((r for r in results if r.returncode != 0), None)
    if failed:
        return [Row(label, f"failed: {failed.stderr.strip()[-200:]}", target, "NO")]
    value = statistics.median(r.seconds for r in results) * 1000
    return [Row(label, f"{value:.0f} ms", target, verdict(value <= CLI_TARGET_MS))]


def measure_report_parts(data_dir: Path) -> list[Row]:
    """build_report and write_pdf in-process (medians of 3), and the preview's pages."""
    from PySide6.QtWidgets import QApplication

    from ae_desktop.domain.periods import week_of
    from ae_desktop.report.build import build_report
    from ae_desktop.report.render import render_pages, write_pdf
    from ae_desktop.store.db import close_database, open_database

    QApplication.instance() or QApplication([])
    open_database(data_dir / DB_NAME, data_dir / "backups")
    try:
        week = week_of(date.today())
        builds, writes, previews = [], [], []
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(3):
                started = time.perf_counter()
                report = build_report(week, now=datetime.now())
                builds.append(time.perf_counter() - started)
                started = time.perf_counter()
                pages = write_pdf(report, Path(folder) / "weekly.pdf")
                writes.append(time.perf_counter() - started)
                started = time.perf_counter()
                render_pages(report, zoom=1.25)
                previews.append(time.perf_counter() - started)
        return [
            Row(
                f"  build_report {week.label}, {len(report.clients):,} client lines",
                ms(statistics.median(builds)),
            ),
            Row(f"  write_pdf, {pages} pages", ms(statistics.median(writes))),
            Row("  render_pages for the preview (zoom 1.25)", ms(statistics.median(previews))),
        ]
    finally:
        close_database()


def measure_report_dialog(data_dir: Path) -> list[Row]:
    """The longest the event loop waits while the dialog prepares the preview and exports the
    PDF in its worker: a 5 ms timer notes every gap between its ticks."""
    from PySide6.QtCore import QSettings, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from ae_desktop.store.db import close_database, open_database
    from ae_desktop.ui.report.dialog import ReportDialog

    app = QApplication.instance() or QApplication([])
    open_database(data_dir / DB_NAME, data_dir / "backups")
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)
            target = Path(folder) / "weekly.pdf"
            dialog = ReportDialog(settings, date.today(), choose_path=lambda *_: str(target))
            dialog.show()
            last[0] = time.perf_counter()
            timer.start()
            started = time.perf_counter()
            while dialog.report is None and time.perf_counter() - started < 30:
                app.processEvents()
            prepared = time.perf_counter() - started
            dialog.export()
            started = time.perf_counter()
            while dialog.exported is None and time.perf_counter() - started < 30:
                app.processEvents()
            exported = time.perf_counter() - started
            timer.stop()
            QThreadPool.globalInstance().waitForDone(10_000)
            dialog.close()
        stall = max(gaps) * 1000 if gaps else 0.0
        return [
            Row("  report dialog: preview ready", ms(prepared)),
            Row("  report dialog: PDF exported", ms(exported)),
            Row(
                "report dialog: longest event-loop stall while preparing + exporting",
                f"{stall:.0f} ms",
                f"<= {STALL_TARGET_MS:.0f} ms",
                verdict(stall <= STALL_TARGET_MS),
            ),
        ]
    finally:
        close_database()
