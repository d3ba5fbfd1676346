"""Bootstrap of the GUI: Qt application, message log, database, main window."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QThread,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from ae_desktop import APP_ID, APP_NAME, __version__, paths
from ae_desktop.cli import EXIT_DATABASE, EXIT_REFUSED
from ae_desktop.logs import LOG_FILENAME, failure_details, log_failure
from ae_desktop.services.startup import MissingDatabaseError, StartupRead
from ae_desktop.store.db import close_database
from ae_desktop.store.errors import DamagedDatabaseError, StoreError

if TYPE_CHECKING:
    from ae_desktop.single_instance import DataFolderLock, SingleInstance
    from ae_desktop.ui.main_window import MainWindow

log = logging.getLogger("ae_desktop")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


class _FirstPaint(QObject):
    """Calls *done* once the watched window has painted for the first time."""

    def __init__(self, done: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = done
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, self.done)
        return False


def install_excepthook(log_path: Path) -> None:
    """An exception nothing caught (most often in a Qt slot) is logged and reported.

    PySide hands such an exception to sys.excepthook and carries on; the default hook prints
    it to a console the user does not see, so the click seemed to do nothing. The log gets
    the type and traceback, not the message, which may hold client text.
    """
    showing = False  # one message box at a time: an error while it is open is only logged
    told: set[tuple[str, str, int]] = set()  # each failure once: a failing paint would loop

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        failure = exc.with_traceback(tb) if tb is not None else exc
        log_failure(log, "An action", failure)
        qt_app = QApplication.instance()
        if showing or qt_app is None or QThread.currentThread() is not qt_app.thread():
            return  # a widget can only be made on the GUI thread: a worker's failure is logged
        where = _innermost(tb)
        if (kind.__name__, *where) in told:
            return
        told.add((kind.__name__, *where))
        from ae_desktop.ui.error_dialog import show_error

        showing = True
        try:
            show_error(QApplication.activeWindow(), log_path, failure_details("An action", failure))
        finally:
            showing = False

    sys.excepthook = hook


def _innermost(tb: TracebackType | None) -> tuple[str, int]:
    """The file and line where a failure was raised, to tell one failure from another."""
    if tb is None:
        return "", 0
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_filename, tb.tb_lineno


def create_application(argv: list[str] | None = None) -> QApplication:
    # instance() is typed QCoreApplication; the one this process creates is a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def window_settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class AutoBackups(QObject):
    """While the app runs: every hour, the first time a few minutes after start, a worker
    takes an automatic backup when the data changed and none is a day old. A failure is
    logged and shown in the status bar; the app carries on."""

    FIRST_MS = 5 * 60_000
    EVERY_MS = 60 * 60_000

    def __init__(
        self,
        show_status: Callable[[str], object],
        now: Callable[[], datetime] = datetime.now,
        first_ms: int = FIRST_MS,
        every_ms: int = EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._show_status = show_status
        self._now = now
        self._every_ms = every_ms
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(first_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        from ae_desktop.services.backups import backup_if_due
        from ae_desktop.ui.worker import run_in_background

        self.timer.setInterval(self._every_ms)
        if self.running:  # a slow disk: the last one is still being written
            return
        self.running = True
        now = self._now()
        run_in_background(
            lambda: backup_if_due(now, daily=True), self._on_done, self._on_failed, owner=self
        )

    def _on_done(self, saved: object) -> None:
        self.running = False
        if saved is not None:
            log.info("Automatic backup taken")

    def _on_failed(self, exc: Exception) -> None:
        self.running = False  # the worker logged it
        self._show_status(self.tr("The automatic backup failed: {0}").format(exc))


def backup_on_quit(now: datetime) -> None:
    """After the window closed and the workers finished: a backup when the data changed since
    the newest one. Logged with its time; a failure is logged and the quit goes on."""
    from ae_desktop.services.backups import backup_if_due

    began = time.perf_counter()
    try:
        saved = backup_if_due(now, daily=False)
    except Exception as exc:  # noqa: BLE001 - the data is in the database: only the copy failed
        log_failure(log, "The backup on quit", exc)
        return
    if saved is not None:
        log.info("Backed up on quit in %.0f ms", (time.perf_counter() - began) * 1000)


def _refuse(exc: StoreError, interactive: bool) -> int:
    log.error("Database refused: %s", type(exc).__name__)
    print(f"ae-desktop: {exc}", file=sys.stderr)
    if interactive:
        from ae_desktop.ui.messages import warn

        warn(None, APP_NAME, str(exc))
    return EXIT_DATABASE


def _recover(
    app: QApplication,
    startup: StartupRead,
    damage: DamagedDatabaseError | MissingDatabaseError,
    lang: str | None,
) -> tuple[StartupRead, str] | None:
    """The user picks a way past a damaged or missing database; then a new start-up read
    checks and opens what is in place. None when the user chose Quit (nothing changed)."""
    from ae_desktop import i18n
    from ae_desktop.ui.recovery import Recovery

    # The language setting is in the database that cannot be read: the system's, or --lang.
    i18n.install_translators(app, i18n.resolve_language(lang))
    missing = isinstance(damage, MissingDatabaseError)
    recovery = Recovery(startup.path, startup.backups, damage.problem, missing=missing)
    if not recovery.run():
        return None
    # new_allowed: "Start with an empty database" was chosen, or a database is in place.
    again = StartupRead(startup.path, startup.backups, startup.today, new_allowed=True)
    again.start()
    return again, recovery.status_text()


def _already_running(lock: DataFolderLock, screenshots: str | None) -> int:
    """The exit code of a launch that found the data folder's *lock* held, before it opened
    the database: 0 once the app holding it came to the front; 1, with a message, when it
    does not answer, the lock file cannot be made, or for --screenshots, which would show
    (and with a newer version, migrate) a database another process is using."""
    from ae_desktop.single_instance import SingleInstance

    folder = paths.data_dir()
    if lock.error:
        message = QCoreApplication.translate(
            "app", "Cannot create the lock file {0} ({1}): check that {2} may be written."
        ).format(lock.path, lock.error, folder)
    elif screenshots:
        message = QCoreApplication.translate(
            "app", "AE Desktop is running on {0}: quit it before taking screenshots of it."
        ).format(folder)
    elif SingleInstance(folder, lock=lock).notify_running():
        log.info("AE Desktop already runs on this data folder: brought it to the front")
        return 0
    else:
        message = QCoreApplication.translate(
            "app",
            "AE Desktop is already running on {0}, but does not answer. Quit it and try again.",
        ).format(folder)
    print(f"ae-desktop: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _bring_to_front(window: QWidget) -> None:
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()


def _warn_risky_location(window: MainWindow) -> None:
    """Once per data folder: SQLite's WAL is not safe on a network or cloud-synced folder."""
    from ae_desktop.storage_check import risky_location
    from ae_desktop.ui.messages import warn

    folder = str(paths.data_dir())
    reason = risky_location(paths.data_dir())
    if reason is None or window.settings.value("warnings/risky_location") == folder:
        return
    window.settings.setValue("warnings/risky_location", folder)  # said once, then dismissed
    text = QCoreApplication.translate(
        "app",
        "Your data folder {0} is {1}. The database can be damaged there when another computer "
        "or a sync program touches it. Keep it on this computer's own disk (start AE Desktop "
        "with --data-dir to choose another folder) and let the backups be copied instead.",
    )
    warn(window, APP_NAME, text.format(folder, reason))


def run_gui(
    startup: StartupRead | None,
    lock: DataFolderLock,
    smoke: bool = False,
    screenshots: str | None = None,
    started: float = 0.0,
    lang: str | None = None,
    appearance: str | None = None,
) -> int:
    """Show the main window once *startup* has opened the database and read the client list.

    *lock* is the data folder's, taken (or found held by another process) before *startup*
    began: None for *startup* means it was held, and this launch only calls the app that
    holds it (see _already_running). The caller releases the lock after this returns.

    A damaged database is left byte-identical with --smoke or --screenshots (exit code 3),
    and a missing one where the folder held one is not created; otherwise the recovery dialog
    offers a backup, another file, an empty database or Quit.
    """
    qInstallMessageHandler(_qt_message)
    app = create_application()
    install_excepthook(paths.log_dir() / LOG_FILENAME)
    interactive = not (smoke or screenshots)
    if startup is None or not lock.held:
        return _already_running(lock, screenshots)
    instance: SingleInstance | None = None
    if not screenshots:  # no window to bring forward: a later launch is told it does not answer
        from ae_desktop.single_instance import SingleInstance

        instance = SingleInstance(paths.data_dir(), lock=lock)
        instance.listen()
    recovered = ""
    try:
        try:
            startup.database_ready()
        except (DamagedDatabaseError, MissingDatabaseError) as exc:
            if not interactive:
                return _refuse(exc, interactive)
            log.error("Database damaged or missing: %s", type(exc).__name__)
            outcome = _recover(app, startup, exc, lang)
            if outcome is None:
                return EXIT_DATABASE
            startup, recovered = outcome
            startup.database_ready()
    except StoreError as exc:
        return _refuse(exc, interactive)

    from ae_desktop import i18n
    from ae_desktop.services.settings import get_setting

    i18n.install_translators(app, i18n.resolve_language(lang or get_setting("language")))
    from ae_desktop.ui.theme import apply_appearance

    apply_appearance(app, appearance or get_setting("appearance") or "system")
    from ae_desktop.ui.icons import icon
    from ae_desktop.ui.main_window import MainWindow

    app.setWindowIcon(icon("app"))
    window = MainWindow(window_settings())
    window.load(startup)
    auto_backups = AutoBackups(window.statusBar().showMessage, parent=window)
    if instance is not None:
        instance.activation_requested.connect(lambda: _bring_to_front(window))
    try:
        if screenshots:
            from ae_desktop.ui.screenshots import save_screenshots

            saved = save_screenshots(window, Path(screenshots))
            print(f"Saved {len(saved)} screenshots to {screenshots}")
            return 0
        if smoke:
            watcher = _FirstPaint(app.quit)
            window.installEventFilter(watcher)
            window.show()
            app.exec()
            print(f"startup_ms={(time.perf_counter() - started) * 1000:.0f}")
            return 0
        window.installEventFilter(_FirstPaint(startup.window_shown, window))
        window.show()
        if recovered:
            window.statusBar().showMessage(recovered)  # until the next message replaces it
        QTimer.singleShot(0, lambda: _warn_risky_location(window))
        auto_backups.start()
        from ae_desktop.ui.reminders import Reminders

        reminders = Reminders(window)  # its banner lies over the window, shown by now
        reminders.start()
        log.info("AE Desktop %s started", __version__)
        return app.exec()
    finally:
        auto_backups.stop()
        window.close()
        # Let background work (sample data, the Today strip, a backup) finish before the
        # database closes.
        QThreadPool.globalInstance().waitForDone(30_000)
        if interactive:
            backup_on_quit(datetime.now())
        close_database()
        if instance is not None:
            instance.release()
