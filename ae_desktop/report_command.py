"""`ae-desktop report`: the weekly report of a week written as a PDF, without a window."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ae_desktop.domain.periods import Week, week_of

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

EXIT_OK = 0
EXIT_REFUSED = 1


def _gui_application() -> QGuiApplication:
    """The QGuiApplication fonts and painting need; offscreen on a Linux box with no display."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return cast(QGuiApplication, QGuiApplication.instance() or QGuiApplication(sys.argv[:1]))


def _target(out: str | None, file_name: str) -> Path:
    """Where --out says: a folder gets the default file name, a name without one ".pdf"."""
    if not out:
        return Path.cwd() / file_name
    path = Path(out).expanduser()
    if path.is_dir():
        return path / file_name
    return path if path.suffix else path.with_name(path.name + ".pdf")


def write_report(
    week: Week | None,
    *,
    out: str | None,
    lang: str | None,
    paper: str | None,
    database: Path,
    backups: Path,
) -> int:
    """Build and write the report of *week* (default: the current one); print where it went."""
    from ae_desktop import i18n
    from ae_desktop.report.build import build_report
    from ae_desktop.report.export import ExportError, default_file_name, export_pdf
    from ae_desktop.services.settings import get_setting, week_start
    from ae_desktop.store.db import close_database, open_database

    app = _gui_application()
    try:
        open_database(database, backups)
        start = week_start()
        week = Week(week.year, week.number, start) if week else week_of(date.today(), start)
        language = i18n.resolve_language(lang or get_setting("language"))
        locale = i18n.install_translators(app, language)
        report = build_report(week, now=datetime.now().replace(microsecond=0))
        paper = paper or str(get_setting("report_paper") or "A4")
    finally:
        close_database()
    target = _target(out, default_file_name(report))
    try:
        export_pdf(report, target.absolute(), paper=paper, locale=locale)
    except ExportError as exc:
        print(f"ae-desktop report: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(target.absolute())
    return EXIT_OK
