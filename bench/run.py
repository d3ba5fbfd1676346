"""Benchmark on the large demo database: cold start, filters, deals, agenda, stats, RSS."""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agenda_bench import measure_agenda, measure_agenda_tab
from common import Row, keystroke_row, ms, per_keystroke, verdict
from deals_bench import measure_deals, measure_deals_tab
from palette_bench import measure_palette
from report_bench import measure_report_cli, measure_report_dialog, measure_report_parts

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache" / "large"
DB_NAME = "ae-desktop.sqlite3"
START_RATIO_TARGET = 2.0
RSS_TARGET_MB = 200.0
# Typed one letter at a time: an English word, a 6-letter one, a Spanish one with an accent.
TYPED_WORDS = ("logistics", "summit", "cantábrico")
STATS_TARGET_MS = 300.0
# Typed into the deal table's filter: words of the sample deal titles, English and Spanish.

BARE_WINDOW = """\
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
for name in ("Clients", "Deals", "Agenda"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1100, 700)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

sys.path.insert(0, str(ROOT))


@dataclass
class Run:
    seconds: float
    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float | None


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, a private runtime dir, and no writes into the real home's app dirs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AE_DESKTOP_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[name] = str(folder)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return env


def run_child(command: list[str], env: dict[str, str], timeout: float = 300) -> Run:
    """Run to exit; wall-clock seconds and, where the OS reports it, the child's peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=ROOT
        )
        rss: float | None = None
        if hasattr(os, "wait4"):
            killer = threading.Timer(timeout, proc.kill)
            killer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                killer.cancel()
            seconds = time.perf_counter() - started
            proc.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is in KiB on Linux, in bytes on macOS.
            rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        else:
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return Run(
            seconds,
            int(proc.returncode),
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            rss,
        )


def failure(run: Run) -> str:
    lines = run.stderr.strip().splitlines()
    return f"failed (exit {run.returncode}): {lines[-1].strip() if lines else 'no output'}"[:140]


def demo_stamp() -> dict[str, object]:
    """What the cached database depends on: the schema version and the generator's code."""
    from ae_desktop.store import migrations

    digest = hashlib.sha256()
    for path in sorted((ROOT / "ae_desktop" / "store" / "demo").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return {"schema": migrations.LATEST_VERSION, "demo": digest.hexdigest()[:16]}


def ensure_large_database(env: dict[str, str], rebuild: bool) -> tuple[Path, Row]:
    """The large demo database, built once into bench/.cache/large and reused after."""
    stamp_file = CACHE / "stamp.json"
    stamp = demo_stamp()
    cached = (CACHE / DB_NAME).exists() and stamp_file.exists()
    if cached and not rebuild and json.loads(stamp_file.read_text()) == stamp:
        return CACHE, Row("large demo database", f"cached in {CACHE.relative_to(ROOT)}")
    partial = CACHE.with_name("large.partial")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.rmtree(CACHE, ignore_errors=True)
    print("Building the large demo database (once)...", flush=True)
    run = run_child(
        [sys.executable, "-m", "ae_desktop", "demo", "--size", "large", "--data-dir", str(partial)],
        env,
    )
    if run.returncode != 0:
        sys.exit(f"bench: could not build the large demo database: {failure(run)}")
    (partial / "stamp.json").write_text(json.dumps(stamp))
    partial.rename(CACHE)
    return CACHE, Row("large demo database", f"built in {run.seconds:.1f} s (demo --size large)")


def measure_start(data_dir: Path, env: dict[str, str], runs: int) -> list[Row]:
    """App --smoke beside a bare three-tab window, interleaved, after one warm-up of each."""
    with tempfile.TemporaryDirectory() as tmp:
        bare_script = Path(tmp) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW)
        app_cmd = [sys.executable, "-m", "ae_desktop", "--smoke", "--data-dir", str(data_dir)]
        bare_cmd = [sys.executable, str(bare_script)]
        app_runs: list[Run] = []
        bare_runs: list[Run] = []
        for index in range(runs + 1):
            app, bare = run_child(app_cmd, env), run_child(bare_cmd, env)
            if index:  # the first pair only warms the OS file cache
                app_runs.append(app)
                bare_runs.append(bare)
            if app.returncode != 0 or bare.returncode != 0:
                app_runs.append(app)
                bare_runs.append(bare)
                break
    rows = []
    app_failed = next((r for r in app_runs if r.returncode != 0), None)
    bare_failed = next((r for r in bare_runs if r.returncode != 0), None)
    app_wall = statistics.median(r.seconds for r in app_runs)
    bare_wall = statistics.median(r.seconds for r in bare_runs)
    label = f"cold start: app --smoke to exit (median of {runs})"
    rows.append(Row(label, failure(app_failed) if app_failed else ms(app_wall)))
    if not app_failed:
        reported = [
            int(m.group(1)) for r in app_runs if (m := re.search(r"startup_ms=(\d+)", r.stdout))
        ]
        value = f"{statistics.median(reported):.0f} ms" if reported else "not printed"
        rows.append(Row("  app's own startup_ms (median)", value))
    bare_label = f"cold start: bare 3-tab QMainWindow (median of {runs})"
    rows.append(Row(bare_label, failure(bare_failed) if bare_failed else ms(bare_wall)))
    if app_failed or bare_failed:
        rows.append(Row("start ratio app / bare", "n/a", f"<= {START_RATIO_TARGET:.1f}x", "-"))
    else:
        ratio = app_wall / bare_wall
        rows.append(
            Row(
                "start ratio app / bare",
                f"{ratio:.2f}x",
                f"<= {START_RATIO_TARGET:.1f}x",
                verdict(ratio <= START_RATIO_TARGET),
            )
        )
    app_rss = [r.max_rss_mb for r in app_runs if r.max_rss_mb is not None and r.returncode == 0]
    bare_rss = [r.max_rss_mb for r in bare_runs if r.max_rss_mb is not None and r.returncode == 0]
    if app_rss:
        peak = max(app_rss)
        rows.append(
            Row(
                "peak RSS: app --smoke (max of runs)",
                f"{peak:.0f} MB",
                f"<= {RSS_TARGET_MB:.0f} MB",
                verdict(peak <= RSS_TARGET_MB),
            )
        )
    else:
        rows.append(Row("peak RSS: app --smoke", "n/a", f"<= {RSS_TARGET_MB:.0f} MB", "-"))
    if bare_rss:
        rows.append(Row("peak RSS: bare window (max of runs)", f"{max(bare_rss):.0f} MB"))
    return rows


def measure_filter(data_dir: Path, env: dict[str, str]) -> list[Row]:
    """Filter at 10k clients, one keystroke at a time, in this process (offscreen Qt)."""
    for name in ("QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"):
        os.environ[name] = env[name]
    from ae_desktop.services.client_rows import (
        ClientFilter,
        filter_clients,
        load_client_rows,
        load_search_texts,
    )
    from ae_desktop.store.db import close_database, open_database

    open_database(data_dir / DB_NAME, data_dir / "backups")
    try:
        today = date.today()
        loads = []
        for _ in range(3):
            started = time.perf_counter()
            rows = load_client_rows(today)
            loads.append(time.perf_counter() - started)
        label = f"load_client_rows, {len(rows):,} clients (median of 3)"
        out = [Row(label, ms(statistics.median(loads)))]
        started = time.perf_counter()
        texts = load_search_texts()
        label = "load_search_texts (after first paint, off the GUI thread)"
        out.append(Row(label, ms(time.perf_counter() - started)))

        def filter_only(prefix: str) -> object:
            return filter_clients(rows, ClientFilter(text=prefix), texts)

        reset: Callable[[str], object] | None = None
        painted: Callable[[str], object] | None = None
        problem = ""
        try:
            from PySide6.QtWidgets import QApplication, QTableView

            from ae_desktop.ui.clients.model import ClientTableModel

            app = QApplication.instance() or QApplication([])
            model = ClientTableModel()
            model.set_rows(rows)
            view = QTableView()
            view.setModel(model)
            view.resize(1100, 700)
            view.show()
            app.processEvents()

            def reset_model(prefix: str) -> None:
                model.set_rows(filter_clients(rows, ClientFilter(text=prefix), texts))

            def reset_and_paint(prefix: str) -> None:
                reset_model(prefix)
                view.viewport().repaint()

            reset, painted = reset_model, reset_and_paint
        except ImportError as exc:
            problem = f"n/a: {exc}"
        except Exception as exc:  # the UI is someone else's moving target: report, go on
            problem = f"failed: {type(exc).__name__}: {exc}"[:120]

        slowest: tuple[float, str] = (0.0, "")
        for word in TYPED_WORDS:
            prefixes = [word[:n] for n in range(1, len(word) + 1)]
            label = f"filter per keystroke, '{word}' ({len(prefixes)} keys, median)"
            out.append(keystroke_row(label, per_keystroke(filter_only, prefixes)))
            if reset is None or painted is None:
                continue
            out.append(keystroke_row("  + Qt model reset", per_keystroke(reset, prefixes)))
            full = per_keystroke(painted, prefixes)
            out.append(keystroke_row("  + reset + table repaint", full))
            slowest = max(slowest, *zip(full, prefixes, strict=True))
        if reset is None:
            out.append(Row("Qt model reset per keystroke", problem or "n/a"))
        else:
            text = f"{slowest[0] * 1000:.1f} ms (typing '{slowest[1]}')"
            out.append(Row("  slowest keystroke, reset + repaint", text))
    finally:
        close_database()
    return out


def measure_stats(data_dir: Path, env: dict[str, str], runs: int = 3) -> list[Row]:
    """`stats --json` as a user runs it: process start to exit, after one warm-up run."""
    command = [sys.executable, "-m", "ae_desktop", "stats", "--json", "--data-dir", str(data_dir)]
    results = [run_child(command, env) for _ in range(runs + 1)][1:]
    label = f"stats --json CLI, process start to exit (median of {runs})"
    failed = next((r for r in results if r.returncode != 0), None)
    target = f"<= {STATS_TARGET_MS:.0f} ms"
    if failed:
        return [Row(label, failure(failed), target, "NO")]
    value = statistics.median(r.seconds for r in results) * 1000
    return [Row(label, f"{value:.0f} ms", target, verdict(value <= STATS_TARGET_MS))]


def print_table(rows: list[Row]) -> None:
    header = Row("measure", "value", "target", "ok")
    widths = [
        max(len(getattr(r, field)) for r in [header, *rows])
        for field in ("measure", "value", "target", "ok")
    ]
    line = "-+-".join("-" * w for w in widths)
    for index, row in enumerate([header, *rows]):
        cells = (row.measure, row.value, row.target, row.ok)
        print(" | ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip())
        if index == 0:
            print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="timed start-ups of each (default 5)")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached database")
    args = parser.parse_args(argv)
    # An installed app starts from byte-code; this workplace sets PYTHONDONTWRITEBYTECODE, so
    # compile it once here or every timed start would include compiling the sources.
    compileall.compile_dir(str(ROOT / "ae_desktop"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="ae-bench-") as home:
        env = child_env(Path(home))
        data_dir, built = ensure_large_database(env, args.rebuild)
        rows = [built]
        rows += measure_start(data_dir, env, max(1, args.runs))
        rows += measure_filter(data_dir, env)
        rows += measure_palette(data_dir)
        rows += measure_deals(data_dir)
        rows += measure_deals_tab(data_dir)
        rows += measure_agenda(data_dir)
        rows += measure_agenda_tab(data_dir)
        rows += measure_stats(data_dir, env)
        rows += measure_report_cli(data_dir, env, run_child)
        rows += measure_report_parts(data_dir)
        rows += measure_report_dialog(data_dir)
    print()
    print_table(rows)
    missed = [r.measure.strip() for r in rows if r.ok in ("NO", "-")]
    print()
    print("All targets met." if not missed else "Missed or not measured: " + "; ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
