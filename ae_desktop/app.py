"""Bootstrap of the GUI: Qt application, message log, database, main window."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from ae_desktop import APP_ID, APP_NAME, __version__, paths
from ae_desktop.cli import EXIT_DATABASE
from ae_desktop.logs import LOG_FILENAME, log_failure
from ae_desktop.services.startup import StartupRead
from ae_desktop.store.db import close_database
from ae_desktop.store.errors import DamagedDatabaseError, StoreError

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

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log_failure(log, "An action", exc.with_traceback(tb) if tb is not None else exc)
        if showing or QApplication.instance() is None:
            return
        from ae_desktop.ui import messages

        showing = True
        try:
            text = QCoreApplication.translate(
                "app", "Something went wrong; your data is safe. Details are in the log: {0}"
            )
            messages.warn(None, APP_NAME, text.format(log_path))
        finally:
            showing = False

    sys.excepthook = hook


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


def _refuse(exc: StoreError, interactive: bool) -> int:
    log.error("Database refused: %s", type(exc).__name__)
    print(f"ae-desktop: {exc}", file=sys.stderr)
    if interactive:
        from ae_desktop.ui.messages import warn

        warn(None, APP_NAME, str(exc))
    return EXIT_DATABASE


def _recover(
    app: QApplication, startup: StartupRead, damage: DamagedDatabaseError, lang: str | None
) -> tuple[StartupRead, str] | None:
    """The user picks a way past a damaged database; then a new start-up read checks and
    opens what is in place. None when the user chose Quit (nothing changed)."""
    from ae_desktop import i18n
    from ae_desktop.ui.recovery import Recovery

    # The language setting is in the database that cannot be read: the system's, or --lang.
    i18n.install_translators(app, i18n.resolve_language(lang))
    recovery = Recovery(startup.path, startup.backups, damage.problem)
    if not recovery.run():
        return None
    again = StartupRead(startup.path, startup.backups, startup.today)
    again.start()
    return again, recovery.status_text()


def run_gui(
    startup: StartupRead,
    smoke: bool = False,
    screenshots: str | None = None,
    started: float = 0.0,
    lang: str | None = None,
) -> int:
    """Show the main window once *startup* has opened the database and read the client list.

    A damaged database is left byte-identical with --smoke or --screenshots (exit code 3);
    otherwise the recovery dialog offers a backup, another file, an empty database or Quit.
    """
    qInstallMessageHandler(_qt_message)
    app = create_application()
    install_excepthook(paths.log_dir() / LOG_FILENAME)
    interactive = not (smoke or screenshots)
    recovered = ""
    try:
        try:
            startup.database_ready()
        except DamagedDatabaseError as exc:
            if not interactive:
                return _refuse(exc, interactive)
            log.error("Database damaged: %s", type(exc).__name__)
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
    from ae_desktop.ui.icons import icon
    from ae_desktop.ui.main_window import MainWindow

    app.setWindowIcon(icon("app"))
    window = MainWindow(window_settings())
    window.load(startup)
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
        log.info("AE Desktop %s started", __version__)
        return app.exec()
    finally:
        window.close()
        # Let background work (sample data, the Today strip) finish before the database closes.
        QThreadPool.globalInstance().waitForDone(30_000)
        close_database()
