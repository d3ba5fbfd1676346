"""Command line: the GUI by default, sub-commands for work without a window."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime

STARTED = time.perf_counter()

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3


def _paper(text: str) -> str:
    """A4 or Letter, in any case."""
    for paper in ("A4", "Letter"):
        if text.strip().casefold() == paper.casefold():
            return paper
    raise argparse.ArgumentTypeError(f"{text!r} is not a paper size: give A4 or Letter")


def build_parser() -> argparse.ArgumentParser:
    from ae_desktop import __version__

    parser = argparse.ArgumentParser(
        prog="ae-desktop",
        description="AE Desktop: clients, pipeline and agenda for an account executive. "
        "With no sub-command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"AE Desktop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep the database in DIR")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, print startup_ms=<N> after the first paint, exit",
    )
    parser.add_argument(
        "--screenshots", metavar="DIR", help="save every tab and main dialog as PNG in DIR, exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill an empty database with realistic sample data")
    demo.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="as above")
    demo.add_argument("--size", choices=["small", "large"], default="small")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same data (default 7)")
    stats = sub.add_parser("stats", help="print the pipeline figures of a month or quarter")
    stats.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="as above")
    period = stats.add_mutually_exclusive_group()
    period.add_argument("--month", metavar="YYYY-MM", help="a calendar month (default: this one)")
    period.add_argument("--quarter", metavar="YYYY-Qn", help="a calendar quarter, e.g. 2026-Q4")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    plan = sub.add_parser("plan", help="propose a plan for a day (Plan my day)")
    plan.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="as above")
    plan.add_argument("--date", metavar="YYYY-MM-DD", help="the day to plan (default: today)")
    plan.add_argument("--json", action="store_true", help="print one JSON object")
    plan.add_argument("--apply", action="store_true", help="add the proposed blocks")
    report = sub.add_parser("report", help="write the weekly report as a PDF")
    report.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="the data folder")
    report.add_argument("--week", metavar="YYYY-Www", help="an ISO week (default: this one)")
    report.add_argument(
        "--out",
        metavar="FILE.pdf",
        help="where to write it (default: AE-weekly-<week>.pdf in the current folder; "
        "a folder: that file name in it)",
    )
    report.add_argument(
        "--lang", choices=["en", "es"], dest="sub_lang", help="English or Spanish for this report"
    )
    report.add_argument(
        "--paper", type=_paper, metavar="A4|Letter", help="default: the setting (A4)"
    )
    backup = sub.add_parser("backup", help="write a verified backup of the database")
    backup.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="the data folder")
    backup.add_argument(
        "--out",
        metavar="FILE",
        help="write it to FILE (a folder: a timestamped name in it) instead of backups/",
    )
    restore = sub.add_parser(
        "restore", help="replace the database by a backup, keeping the current one as a backup"
    )
    restore.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="the data folder")
    restore.add_argument("file", metavar="FILE", help="an AE Desktop database or backup")
    check = sub.add_parser(
        "check", help="check the database: 'ok' and exit 0, or exit 3 naming the problem"
    )
    check.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="the data folder")
    _add_interop_commands(sub)
    parser.add_argument(
        "--lang", choices=["en", "es"], help="the language for this run (default: the setting)"
    )
    parser.add_argument(
        "--appearance",
        choices=["light", "dark"],
        help="light or dark for this run (default: the setting, else the system's)",
    )
    return parser


def _add_interop_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser(
        "import", help="import contacts or deals (CSV), contacts (vCard) or meetings (.ics)"
    )
    imp.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="the data folder")
    imp.add_argument("file", metavar="FILE", help="a CSV, vCard, iCalendar or JSON export file")
    imp.add_argument(
        "--kind", choices=["csv", "vcard", "ics", "json"], help="default: told by the content"
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="print what would be imported, write nothing"
    )
    imp.add_argument(
        "--duplicates",
        choices=["skip", "update", "create"],
        default="skip",
        help="a row already in the database: skip it (default), update it, or create anyway",
    )
    imp.add_argument(
        "--skip-rejected",
        action="store_true",
        help="import the good rows even when some are rejected (default: import nothing)",
    )
    imp.add_argument(
        "--weeks", type=int, default=4, help="a calendar's meetings from today for N weeks (4)"
    )
    exp = sub.add_parser("export", help="export the data as CSV, vCard, iCalendar or JSON")
    exp.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir", help="the data folder")
    exp.add_argument("--format", required=True, choices=["csv", "vcard", "ics", "json"])
    exp.add_argument(
        "--out", required=True, metavar="PATH", help="a folder for csv, else the file to write"
    )
    exp.add_argument("--client", type=int, metavar="ID", help="vcard: only this client's contacts")


def _run_demo(args: argparse.Namespace) -> int:
    from ae_desktop import paths
    from ae_desktop.store.db import close_database, open_database
    from ae_desktop.store.demo import DatabaseNotEmptyError, generate

    try:
        open_database(paths.database_path(), paths.backups_dir())
        counts = generate(size=args.size, seed=args.seed, today=date.today())
    except DatabaseNotEmptyError as exc:
        print(f"ae-desktop demo: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        close_database()
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"Sample data added to {paths.database_path()}: {summary}")
    return EXIT_OK


def _run_stats(args: argparse.Namespace) -> int:
    from ae_desktop import paths
    from ae_desktop.stats_output import as_json, as_text, chosen_period

    today = date.today()
    try:
        period = chosen_period(args.month, args.quarter, today)
    except ValueError as exc:
        print(f"ae-desktop stats: {exc}", file=sys.stderr)
        return EXIT_USAGE
    database = paths.database_path()
    if not database.exists() or database.stat().st_size == 0:
        print(f"ae-desktop stats: there is no database in {database.parent} yet", file=sys.stderr)
        return EXIT_REFUSED
    from ae_desktop.services.pipeline import stats_for
    from ae_desktop.store.db import close_database, open_database

    try:
        open_database(database, paths.backups_dir())
        stats = stats_for(period, today=today)
    finally:
        close_database()
    print(as_json(stats) if args.json else as_text(stats))
    return EXIT_OK


def _run_plan(args: argparse.Namespace) -> int:
    from ae_desktop import paths
    from ae_desktop.plan_output import as_json, as_text, chosen_date

    today = date.today()
    try:
        day = chosen_date(args.date, today)
    except ValueError as exc:
        print(f"ae-desktop plan: {exc}", file=sys.stderr)
        return EXIT_USAGE
    database = paths.database_path()
    if not database.exists() or database.stat().st_size == 0:
        print(f"ae-desktop plan: there is no database in {database.parent} yet", file=sys.stderr)
        return EXIT_REFUSED
    from ae_desktop.services.errors import ValidationError
    from ae_desktop.services.planning import apply_plan, plan_day
    from ae_desktop.store.db import close_database, open_database

    try:
        open_database(database, paths.backups_dir())
        now = datetime.now() if day == today else None  # today: nothing before now
        proposal = plan_day(day, today=today, now=now)
        applied = apply_plan(proposal) if args.apply else None
    except ValidationError as exc:
        print(f"ae-desktop plan: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        close_database()
    print(as_json(proposal, applied) if args.json else as_text(proposal, applied))
    return EXIT_OK


def _run_report(args: argparse.Namespace) -> int:
    from ae_desktop import paths
    from ae_desktop.domain.periods import parse_week

    try:
        chosen_week = parse_week(args.week) if args.week else None
    except ValueError as exc:
        print(f"ae-desktop report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    database = paths.database_path()
    if not database.exists() or database.stat().st_size == 0:
        print(
            f"ae-desktop report: there is no database in {database.parent} yet "
            "(start the app once, or check --data-dir)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    from ae_desktop.report_command import write_report

    return write_report(
        chosen_week,
        out=args.out,
        lang=args.sub_lang or args.lang,
        paper=args.paper,
        database=database,
        backups=paths.backups_dir(),
    )


def _run_backups(args: argparse.Namespace) -> int:
    """backup, restore and check (ae_desktop/backup_command.py)."""
    from ae_desktop import backup_command, paths

    database = paths.database_path()
    if args.command == "backup":
        return backup_command.run_backup(args.out, database=database, backups=paths.backups_dir())
    if args.command == "restore":
        return backup_command.run_restore(
            args.file, data_dir=paths.data_dir(), database=database, backups=paths.backups_dir()
        )
    return backup_command.run_check(database=database)


def _run_interop(args: argparse.Namespace) -> int:
    from ae_desktop import interop_command, paths

    database, backups = paths.database_path(), paths.backups_dir()
    if args.command == "import":
        return interop_command.run_import(
            args.file,
            kind=args.kind,
            dry_run=args.dry_run,
            duplicates=args.duplicates,
            skip_rejected=args.skip_rejected,
            weeks=args.weeks,
            database=database,
            backups=backups,
        )
    return interop_command.run_export(
        args.format, args.out, client_id=args.client, database=database, backups=backups
    )


def _run_gui(args: argparse.Namespace) -> int:
    """The app, holding the data folder's lock from before the database is first opened."""
    import threading

    from ae_desktop import paths
    from ae_desktop.services.startup import StartupRead

    # The start-up read checks the database (read-only) while QtCore loads for the lock, and
    # opens it only once the lock is held: a launch on a folder another app (or `ae-desktop
    # restore`) uses must not migrate or create the database there.
    gate = threading.Event()
    read = StartupRead(paths.database_path(), paths.backups_dir(), date.today(), gate=gate)
    read.start()
    from ae_desktop.single_instance import DataFolderLock

    lock = DataFolderLock(paths.data_dir())
    startup: StartupRead | None = read
    try:
        if lock.acquire():
            gate.set()
        else:
            read.abandon()
            read.join(5)
            startup = None
        from ae_desktop.app import run_gui

        return run_gui(
            startup,
            lock,
            smoke=args.smoke,
            screenshots=args.screenshots,
            started=STARTED,
            lang=args.lang,
            appearance=args.appearance,
        )
    finally:
        lock.release()  # after run_gui closed the database


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from ae_desktop import paths
    from ae_desktop.logs import setup_logging

    data_dir = getattr(args, "sub_data_dir", None) or args.data_dir
    if data_dir:
        paths.set_data_dir(data_dir)
    try:
        setup_logging(paths.log_dir())
        paths.backups_dir()
    except OSError as exc:
        print(f"ae-desktop: cannot use the data folder: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from ae_desktop.store.errors import StoreError

    try:
        if args.command == "demo":
            return _run_demo(args)
        if args.command == "stats":
            return _run_stats(args)
        if args.command == "plan":
            return _run_plan(args)
        if args.command == "report":
            return _run_report(args)
        if args.command in ("backup", "restore", "check"):
            return _run_backups(args)
        if args.command in ("import", "export"):
            return _run_interop(args)
        return _run_gui(args)
    except StoreError as exc:
        print(f"ae-desktop: {exc}", file=sys.stderr)
        return EXIT_DATABASE
