"""Run a function off the GUI thread and get its result back on the GUI thread."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ae_desktop.interop.records import ImportFileError
from ae_desktop.logs import log_failure
from ae_desktop.services.connection import release_thread_connection
from ae_desktop.services.import_plan import ImportCancelled

log = logging.getLogger(__name__)

# Ordinary outcomes, told to the user by the caller: a file that cannot be imported, an
# import the user cancelled. Logged in one line; a traceback is for what is a bug.
EXPECTED: tuple[type[Exception], ...] = (ImportFileError, ImportCancelled)


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
                if isinstance(exc, EXPECTED):
                    log.info("Background job ended: %s", type(exc).__name__)  # no client text
                else:
                    log_failure(log, "Background job", exc)
                self.signals.failed.emit(exc)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the window closed while the job ran: there is no one left to tell
        finally:
            release_thread_connection()  # the one this worker thread opened, if any


_running: set[_Job] = set()
_held = 0  # jobs inside hold_collection
_held_lock = threading.Lock()


@contextmanager
def hold_collection() -> Iterator[None]:
    """Run a job that makes many lasting objects (a large file read or checked) without the
    cyclic garbage collector: a full collection over them holds the interpreter for 100 ms
    or more, and the window with it. On leaving, what exists then is kept out of later
    collections (gc.freeze) until release_held_objects(): reference counting still frees it.
    """
    global _held
    with _held_lock:
        _held += 1
        if _held == 1:
            gc.disable()
    try:
        yield
    finally:
        with _held_lock:
            _held -= 1
            if _held == 0:
                gc.freeze()
                gc.enable()


def release_held_objects() -> None:
    """Let the collector look at the objects hold_collection kept from it (the window that
    held the large file has let it go): called on the GUI thread when that window closes."""
    with _held_lock:
        if _held == 0:
            gc.unfreeze()


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
