"""Reminders while the app is open: a tray notification, or a banner on top of the main window."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ae_desktop import APP_NAME
from ae_desktop.domain.planner import hhmm
from ae_desktop.domain.reminders import SNOOZE_CHOICES, Reminder, ReminderKind
from ae_desktop.logs import log_failure
from ae_desktop.services.reminders import ReminderService
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.icons import icon

if TYPE_CHECKING:
    from ae_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

BANNER_WIDTH = 620  # at most; less in a narrow window
BANNER_MARGIN = 12


class ReminderBanner(QWidget):
    """A toast laid over the top of the main window: the reminder's title, when, and Open,
    Snooze (5, 10, 30 minutes) and Dismiss. Never modal, never takes the focus by itself.
    Its buttons have no Alt mnemonic: shown over any tab, one would clash with the tab's."""

    open_clicked = Signal()
    snooze_chosen = Signal(int)  # minutes
    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Reminder"))
        self.title = plain_label()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.detail = muted_label()
        self.detail.setWordWrap(True)
        self.more = muted_label()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_clicked)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions: dict[int, QAction] = {}
        for minutes in SNOOZE_CHOICES:
            action = menu.addAction(self.tr("For {0} minutes").format(minutes))
            action.triggered.connect(lambda _checked=False, m=minutes: self.snooze_chosen.emit(m))
            self.snooze_actions[minutes] = action
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismissed)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(self.more)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 10, 10)
        layout.setSpacing(12)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.hide()
        parent.installEventFilter(self)

    def show_reminder(self, title: str, detail: str, more: int) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.more.setText(self.tr("{0} more after this one").format(more) if more else "")
        self.more.setVisible(more > 0)
        self.setAccessibleDescription(f"{title}. {detail}" if detail else title)
        self.show()
        self.place()
        self.raise_()

    def place(self) -> None:
        """Centred at the top of the window's content, under the menu bar."""
        parent = self.parentWidget()
        if parent is None:
            return
        top = BANNER_MARGIN
        central = getattr(parent, "centralWidget", lambda: None)()
        if isinstance(central, QWidget):
            top += central.geometry().top()
        width = min(BANNER_WIDTH, parent.width() - 2 * BANNER_MARGIN)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        height = max(height, self.sizeHint().height(), self.minimumSizeHint().height())
        self.setGeometry((parent.width() - width) // 2, top, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        resized = watched is self.parentWidget() and event.type() == QEvent.Type.Resize
        if resized and self.isVisible():
            self.place()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # Drawn from the palette: it follows light and dark as the rest of the window does.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2.5, 2.5)


class Reminders(QObject):
    """Every POLL_MS asks the service what is due at *now()* and tells the user: in the
    system tray when there is one, otherwise in a banner over *window*. Open shows the block's
    day in the Agenda or the follow-up on the matrix."""

    POLL_MS = 30_000

    def __init__(
        self,
        window: MainWindow,
        now: Callable[[], datetime] = datetime.now,
        *,
        service: ReminderService | None = None,
        tray: bool | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._now = now
        self.service = service or ReminderService()
        self.use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.banner = ReminderBanner(window)
        self.banner.open_clicked.connect(self._on_banner_open)
        self.banner.snooze_chosen.connect(self._on_banner_snooze)
        self.banner.dismissed.connect(self._show_next)
        self.waiting: list[Reminder] = []  # shown in the banner one after another
        self.current: Reminder | None = None  # the banner's, or the tray's last message
        self.tray_icon: QSystemTrayIcon | None = None
        self._failed = False
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Look now (a follow-up due today is told when the app opens), then every POLL_MS."""
        if self.use_tray:
            self._make_tray_icon()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.timer.start()
        QTimer.singleShot(0, self.poll)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray_icon is not None:
            self.tray_icon.hide()

    def poll(self) -> list[Reminder]:
        """Tell what is due now; the reminders told."""
        try:
            due = self.service.due_now(self._now())
        except Exception as exc:  # noqa: BLE001 - a reminder missed must not stop the app
            if not self._failed:  # logged once, not every 30 seconds
                log_failure(log, "Reading the reminders", exc)
            self._failed = True
            return []
        self._failed = False
        if due:
            self.notify(due)
        return due

    def notify(self, due: list[Reminder]) -> None:
        if self.use_tray and self.tray_icon is not None:
            self._show_in_tray(due)
        else:
            self.waiting.extend(due)
            if self.current is None or not self.banner.isVisible():
                self._show_next()
            else:
                self._update_more()

    # -- texts ---------------------------------------------------------------------------

    def title(self, reminder: Reminder) -> str:
        """'Meeting at 10:00 — Board review', 'Follow-up due today — Call Ana (Acme)'."""
        if reminder.kind == ReminderKind.FOLLOW_UP:
            if reminder.client_name:
                return self.tr("Follow-up due today — {0} ({1})").format(
                    reminder.title, reminder.client_name
                )
            return self.tr("Follow-up due today — {0}").format(reminder.title)
        start = hhmm(reminder.at.hour * 60 + reminder.at.minute)
        if reminder.kind == ReminderKind.MEETING:
            return self.tr("Meeting at {0} — {1}").format(start, reminder.title)
        return self.tr("Time block at {0} — {1}").format(start, reminder.title)

    def detail(self, reminder: Reminder) -> str:
        """When, from now: 'Starts in 10 min (10:00–11:00)'; '' for a follow-up."""
        if reminder.kind == ReminderKind.FOLLOW_UP:
            return ""
        span = hhmm(reminder.at.hour * 60 + reminder.at.minute)
        if reminder.end is not None:
            span = f"{span}–{hhmm(reminder.end)}"
        minutes = math.ceil((reminder.at - self._now()).total_seconds() / 60)
        if minutes > 0:
            return self.tr("Starts in {0} min ({1})").format(minutes, span)
        if minutes == 0:
            return self.tr("Starts now ({0})").format(span)
        return self.tr("Started {0} min ago ({1})").format(-minutes, span)

    # -- the banner ----------------------------------------------------------------------

    def _show_next(self) -> None:
        if not self.waiting:
            self.current = None
            self.banner.hide()
            return
        self.current = self.waiting.pop(0)
        self.banner.show_reminder(
            self.title(self.current), self.detail(self.current), len(self.waiting)
        )

    def _update_more(self) -> None:
        if self.current is not None:
            self.banner.show_reminder(
                self.title(self.current), self.detail(self.current), len(self.waiting)
            )

    def _on_banner_open(self) -> None:
        reminder = self.current
        self._show_next()
        if reminder is not None:
            self.open(reminder)

    def _on_banner_snooze(self, minutes: int) -> None:
        reminder = self.current
        self._show_next()
        if reminder is not None:
            self.snooze(reminder, minutes)

    # -- acting on a reminder ------------------------------------------------------------

    def snooze(self, reminder: Reminder, minutes: int) -> None:
        """Told again *minutes* from now."""
        until = self._now().replace(second=0, microsecond=0) + timedelta(minutes=minutes)
        try:
            self.service.snooze(reminder, until)
        except Exception as exc:  # noqa: BLE001 - say so; the app carries on
            log_failure(log, "Snoozing a reminder", exc)
            self.window.statusBar().showMessage(
                self.tr("The reminder could not be snoozed: {0}").format(exc)
            )
            return
        self.window.statusBar().showMessage(
            self.tr("Snoozed until {0}.").format(hhmm(until.hour * 60 + until.minute)), 6000
        )

    def open(self, reminder: Reminder) -> None:
        """The window to the front, on the block's day in the Agenda or on the follow-up."""
        window = self.window
        self._bring_to_front()
        window.tabs.setCurrentWidget(window.agenda_host)
        agenda = window.agenda_tab
        if not agenda.loaded:
            agenda.reload()
        if reminder.kind == ReminderKind.FOLLOW_UP:
            if agenda.matrix.select_task(reminder.record_id):
                agenda.matrix.setFocus()
            else:
                window.statusBar().showMessage(self.tr("That follow-up is no longer open."), 6000)
            return
        agenda.day.show_day(reminder.day)
        agenda.day.timeline.setFocus()

    # -- the system tray -----------------------------------------------------------------

    def _make_tray_icon(self) -> None:
        tray = QSystemTrayIcon(icon("app"), self)
        tray.setToolTip(APP_NAME)
        menu = QMenu(self.window)
        self.open_app_action = menu.addAction(self.tr("Open AE Desktop"))
        self.open_app_action.triggered.connect(self._bring_to_front)
        self.tray_snooze_menu = menu.addMenu(self.tr("Snooze the last reminder"))
        for minutes in SNOOZE_CHOICES:
            action = self.tray_snooze_menu.addAction(self.tr("For {0} minutes").format(minutes))
            action.triggered.connect(lambda _checked=False, m=minutes: self._on_tray_snooze(m))
        self.tray_snooze_menu.setEnabled(False)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.window.close)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self._on_tray_message_clicked)
        tray.activated.connect(self._on_tray_activated)
        tray.show()
        self.tray_icon = tray

    def _show_in_tray(self, due: list[Reminder]) -> None:
        first = due[0]
        lines = [self.detail(first) or self.tr("Click to open it in AE Desktop.")]
        lines += [self.title(other) for other in due[1:]]
        self.current = first
        self.tray_snooze_menu.setEnabled(True)
        assert self.tray_icon is not None
        self.tray_icon.showMessage(
            self.title(first), "\n".join(lines), QSystemTrayIcon.MessageIcon.Information, 15_000
        )

    def _on_tray_message_clicked(self) -> None:
        if self.current is not None:
            self.open(self.current)

    def _on_tray_snooze(self, minutes: int) -> None:
        if self.current is not None:
            self.snooze(self.current, minutes)
            self.current = None
            self.tray_snooze_menu.setEnabled(False)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._bring_to_front()

    def _bring_to_front(self) -> None:
        window = self.window
        if window.isActiveWindow() and not window.isMinimized():
            return  # the banner's Open: the window is in front already
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
