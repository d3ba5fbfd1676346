"""The Agenda at 20k tasks: reading the open tasks classified, and Plan my day."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from common import Row, ms, verdict

DB_NAME = "ae-desktop.sqlite3"
AGENDA_DATA_TARGET_MS = 150.0
PLAN_TARGET_MS = 50.0
RUNS = 5


def _median_ms(job: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def measure_agenda(data_dir: Path) -> list[Row]:
    """load_tasks (what the Agenda tab reads) and plan_day on the tasks it holds."""
    from ae_desktop.services.planning import plan_day
    from ae_desktop.services.task_rows import load_tasks
    from ae_desktop.store.db import close_database, open_database
    from ae_desktop.store.models import Task

    open_database(data_dir / DB_NAME, data_dir / "backups")
    try:
        today = date.today()
        total = Task.select().count()
        rows = load_tasks(today=today)
        value = _median_ms(lambda: load_tasks(today=today))
        out = [
            Row(
                f"Agenda data (open tasks classified) at {total // 1000}k tasks: "
                f"{len(rows):,} open (median of {RUNS})",
                f"{value:.1f} ms",
                f"<= {AGENDA_DATA_TARGET_MS:.0f} ms",
                verdict(value <= AGENDA_DATA_TARGET_MS),
            )
        ]
        value = _median_ms(lambda: plan_day(today, today=today, tasks=rows))
        out.append(
            Row(
                f"Plan my day, on the Agenda's tasks (median of {RUNS})",
                f"{value:.1f} ms",
                f"<= {PLAN_TARGET_MS:.0f} ms",
                verdict(value <= PLAN_TARGET_MS),
            )
        )
        started = time.perf_counter()
        plan_day(today, today=today)
        label = "  Plan my day, reading the tasks too (the plan CLI's case)"
        out.append(Row(label, ms(time.perf_counter() - started)))
    finally:
        close_database()
    return out


TAB_OPEN_TARGET_MS = 200.0


def measure_agenda_tab(data_dir: Path) -> list[Row]:
    """Opening the Agenda tab (open tasks read and shown in the matrix, the day drawn), and
    Plan my day as the user sees it (ghost blocks and the did-not-fit list drawn)."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from ae_desktop.store.db import close_database, open_database
    from ae_desktop.ui.agenda.tab import AgendaTab

    app = QApplication.instance() or QApplication([])
    open_database(data_dir / DB_NAME, data_dir / "backups")
    try:
        opens, plans = [], []
        for _ in range(3):
            tab = AgendaTab()
            tab.resize(1440, 860)
            tab.show()
            app.processEvents()
            started = time.perf_counter()
            tab.set_active(True)
            app.processEvents()
            opens.append(time.perf_counter() - started)
            started = time.perf_counter()
            tab.day.plan_my_day()
            app.processEvents()
            plans.append(time.perf_counter() - started)
            tab.day.discard_plan()
            QThreadPool.globalInstance().waitForDone(10_000)  # its Today strip, read in a worker
            tab.close()
        value = statistics.median(opens) * 1000
        cards = tab.matrix.card_count()
        return [
            Row(
                f"open the Agenda tab, {cards:,} open tasks (median of 3)",
                f"{value:.0f} ms",
                f"<= {TAB_OPEN_TARGET_MS:.0f} ms",
                verdict(value <= TAB_OPEN_TARGET_MS),
            ),
            Row(
                "Plan my day in the tab, proposal drawn (median of 3)", ms(statistics.median(plans))
            ),
        ]
    finally:
        close_database()
