"""The Deals tab at 10k deals: reading, filtering, opening the tab and moving a card."""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from common import Row, keystroke_row, ms, per_keystroke, verdict

DB_NAME = "ae-desktop.sqlite3"
DEAL_LOAD_TARGET_MS = 100.0
TAB_OPEN_TARGET_MS = 200.0
TYPED_DEAL_WORDS = ("rollout", "ampliación", "licences")


def measure_deals(data_dir: Path) -> list[Row]:
    """The deal list at 10k deals: one read (open only for the board, all for the table) and
    the table filter one keystroke at a time, in this process."""
    from ae_desktop.services.deals import (
        DealFilter,
        filter_deals,
        load_deal_rows,
        prepare_deal_search,
    )
    from ae_desktop.store.db import close_database, open_database

    open_database(data_dir / DB_NAME, data_dir / "backups")
    try:
        today = date.today()
        out = []
        for open_only, what in ((True, "open deals (board)"), (False, "all deals (table)")):
            loads = []
            for _ in range(5):
                started = time.perf_counter()
                rows = load_deal_rows(today, open_only=open_only)
                loads.append(time.perf_counter() - started)
            value = statistics.median(loads) * 1000
            out.append(
                Row(
                    f"load_deal_rows, {len(rows):,} {what} (median of 5)",
                    f"{value:.1f} ms",
                    f"<= {DEAL_LOAD_TARGET_MS:.0f} ms",
                    verdict(value <= DEAL_LOAD_TARGET_MS),
                )
            )
        started = time.perf_counter()
        prepare_deal_search(rows)
        label = "prepare_deal_search, after first paint (else the first keystroke pays it)"
        out.append(Row(label, ms(time.perf_counter() - started)))
        for word in TYPED_DEAL_WORDS:
            prefixes = [word[:n] for n in range(1, len(word) + 1)]

            def keystroke(prefix: str) -> object:
                return filter_deals(rows, DealFilter(text=prefix), today)

            label = f"deal filter per keystroke, '{word}' ({len(prefixes)} keys, median)"
            out.append(keystroke_row(label, per_keystroke(keystroke, prefixes)))
        flt = DealFilter(text="a", closing="quarter")
        out.append(
            keystroke_row(
                "deal filter, text + closing this quarter (median)",
                per_keystroke(lambda _: filter_deals(rows, flt, today), ["a"] * 3),
            )
        )
    finally:
        close_database()
    return out


def measure_deals_tab(data_dir: Path) -> list[Row]:
    """Opening the Deals tab (board of open deals, forecast strip) and one card drop."""
    from PySide6.QtWidgets import QApplication

    from ae_desktop.services.deals import load_deal_rows
    from ae_desktop.services.stages import list_stages
    from ae_desktop.store.db import close_database, open_database
    from ae_desktop.ui.deals.tab import DealsTab

    app = QApplication.instance() or QApplication([])
    open_database(data_dir / DB_NAME, data_dir / "backups")
    try:
        opens = []
        for _ in range(3):
            tab = DealsTab()
            tab.resize(1440, 860)
            tab.show()
            app.processEvents()
            started = time.perf_counter()
            tab.set_active(True)
            app.processEvents()
            opens.append(time.perf_counter() - started)
        value = statistics.median(opens) * 1000
        out = [
            Row(
                f"open the Deals tab, {tab.board.card_count():,} cards (median of 3)",
                f"{value:.0f} ms",
                f"<= {TAB_OPEN_TARGET_MS:.0f} ms",
                verdict(value <= TAB_OPEN_TARGET_MS),
            )
        ]
        stages = [s.id for s in list_stages() if s.outcome == "open"]
        deal = next(r for r in load_deal_rows(date.today(), open_only=True))
        drops = []
        for target in (stages * 2)[:5]:
            if target == deal.stage_id:
                continue
            started = time.perf_counter()
            tab._on_deal_dropped(deal.id, target)
            app.processEvents()
            drops.append(time.perf_counter() - started)
            deal = next(r for r in load_deal_rows(date.today(), deal_ids=[deal.id]))
        for _ in drops:
            tab.undo_stack.undo()
        label = "drop a card on another column, saved and shown (median)"
        out.append(Row(label, ms(statistics.median(drops))))
        tab.close()
    finally:
        close_database()
    return out
