"""Run a function off the GUI thread and get its result back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ae_desktop.logs import log_failure
from ae_desktop.services.connection import release_thread_connection

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            try:
                result = self.fn()
            except Exception as exc:  # noqa: BLE001 - reported to the GUI, which shows it
                log_failure(log, "Background job", exc)
                self.signals.failed.emit(exc)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the window closed while the job ran: there is no one left to tell
        finally:
            release_thread_connection()  # the one this worker thread opened, if any


_running: set[_Job] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    owner: QObject | None = None,
) -> None:
    """Call *fn* in the thread pool; *on_done* or *on_error* runs on the GUI thread after,
    unless *owner* (the widget that asked) has been destroyed meanwhile."""
    job = _Job(fn)
    job.setAutoDelete(False)
    _running.add(job)

    def gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def finish(result: Any) -> None:
        _running.discard(job)
        if not gone():
            on_done(result)

    def fail(exc: Exception) -> None:
        _running.discard(job)
        if not gone():
            on_error(exc)

    job.signals.finished.connect(finish)
    job.signals.failed.connect(fail)
    QThreadPool.globalInstance().start(job)
