"""Write the weekly report's PDF all or nothing: a temp file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from ae_desktop.report.model import WeeklyReport
from ae_desktop.report.render import write_pdf


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once, at import on the main thread: os.umask() can only be read by setting it.
_UMASK = _read_umask()


def _mode_for(target: Path) -> int:
    """The permissions the PDF gets: those of the file it replaces, else what the user's
    umask gives any new file (0644 with the usual 022, 0600 with 077)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_UMASK


class ExportError(Exception):
    """The PDF could not be written where asked; the message says why, for the user."""


def default_file_name(report: WeeklyReport) -> str:
    return f"AE-weekly-{report.week.label}.pdf"


def export_pdf(
    report: WeeklyReport, target: Path, *, paper: str = "A4", locale: QLocale | None = None
) -> int:
    """Write *report* to *target* and return its page count; ExportError when that fails.

    The pages go to a temp file in the target's folder, renamed over *target* only when
    complete: an existing file is replaced whole or not at all, and nothing partial is left.
    """
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            QCoreApplication.translate("export", "the folder {0} does not exist").format(folder)
        )
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".ae-weekly-", suffix=".pdf", dir=folder)
    except OSError as exc:
        message = QCoreApplication.translate("export", "cannot write in {0}: {1}")
        raise ExportError(message.format(folder, exc.strerror or exc)) from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        pages = write_pdf(report, temp, paper=paper, locale=locale)
        if temp.stat().st_size == 0:
            raise ExportError(
                QCoreApplication.translate("export", "the PDF for {0} came out empty").format(
                    target.name
                )
            )
        os.chmod(temp, _mode_for(target))  # mkstemp makes it 0600
        os.replace(temp, target)
    except OSError as exc:
        message = QCoreApplication.translate("export", "cannot write {0}: {1}")
        raise ExportError(message.format(target, exc.strerror or exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return pages
