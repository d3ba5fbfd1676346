"""The focus timer on the current block: a countdown, Pomodoro cycles, the time spent recorded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.focus import (
    FocusError,
    FocusMode,
    FocusSession,
    Phase,
    Pomodoro,
    countdown_text,
)
from ae_desktop.services import time_blocks
from ae_desktop.services.connection import DatabaseUnavailableError
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.time_blocks import BlockRow
from ae_desktop.ui.flow_layout import FlowLayout
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.labels import duration_text
from ae_desktop.ui.messages import plain_tooltip

TICK_MS = 1000
RETRY_MS = 1000  # how often minutes not yet recorded (a restore running) are tried again


def current_block(rows: Sequence[BlockRow], minute: int) -> BlockRow | None:
    """The block running at *minute* of its day: the first not done, else the first."""
    running = [r for r in rows if r.start <= minute < r.end]
    open_rows = [r for r in running if not r.done]
    chosen = open_rows or running
    return chosen[0] if chosen else None


class FocusTimer(QWidget):
    """Count down the current block (or Pomodoro cycles) and record the minutes worked on it.

    The time of day comes from *now*, the day from *today* (so an injected day and the clock
    agree). Nothing happens on its own but the once-a-second tick while a run is on, and,
    when a run ended while the database could not be used (a restore from Settings), the
    retry that records its minutes once it can.
    """

    status_message = Signal(str)
    spent_recorded = Signal(int)  # the block id whose spent minutes changed
    notified = Signal(str)  # the text of each notification (phase switch, the end)

    def __init__(
        self,
        today: Callable[[], date],
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._now = now
        self.row: BlockRow | None = None  # the block shown (and, during a run, worked on)
        self._waiting: BlockRow | None = None  # the current block, taken once a run ends
        self.session: FocusSession | None = None
        self._phase = Phase.READY
        self._tray: QSystemTrayIcon | None = None
        self.plan = Pomodoro()

        self.title_label = plain_label()
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        # A long title is elided to the width there is, never widening the panel.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._title = ""
        self.detail_label = muted_label()
        self.detail_label.setWordWrap(True)
        self.countdown = plain_label("--:--")
        big = QFont(self.countdown.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        big.setStyleHint(QFont.StyleHint.Monospace)
        big.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.countdown.setFont(big)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.pomodoro_box = QCheckBox(
            self.tr("Pomodoro {0}/{1}").format(self.plan.work_minutes, self.plan.break_minutes)
        )
        self.pomodoro_box.setToolTip(
            self.tr("Work {0} minutes, break {1}, {2} cycles").format(
                self.plan.work_minutes, self.plan.break_minutes, self.plan.cycles
            )
        )
        self.pomodoro_box.toggled.connect(lambda _: self._show())
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start the focus timer on this block"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop and record the minutes worked on the block"))
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)

        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title_label)
        text.addWidget(self.detail_label)
        controls = FlowLayout(horizontal_spacing=4)  # a second row rather than more width
        for button in (self.start_button, self.pause_button, self.stop_button):
            controls.addWidget(button)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.pomodoro_box, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addStretch(1)
        buttons.addLayout(controls)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addLayout(text)
        left.addLayout(buttons)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 6, 8, 6)
        row.addLayout(left, 1)
        row.addSpacing(12)
        row.addWidget(self.countdown)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.pending: list[tuple[BlockRow, int]] = []  # (block, minutes) not yet recorded
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.record_pending)
        self._unavailable = ""  # why the database could not be used, when it last could not
        self._show()

    # -- the clock ---------------------------------------------------------------------------

    def moment(self) -> datetime:
        """Now: today's date at the clock's time of day."""
        return datetime.combine(self._today(), self._now().time())

    def _block_end(self, row: BlockRow) -> datetime:
        return datetime.combine(row.day, time()) + timedelta(minutes=row.end)

    # -- the block ---------------------------------------------------------------------------

    def set_block(self, row: BlockRow | None) -> None:
        """The current block (or none). A run in progress keeps its block until it ends."""
        self._waiting = row
        if self.session is not None:
            if row is not None and self.row is not None and row.id == self.row.id:
                self.row = row  # the same block, edited
                self._show()
            return
        self.row = row
        self._show()

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        if self.row is None or self.session is not None:
            return
        now = self.moment()
        if self.pomodoro_box.isChecked():
            session = FocusSession.pomodoro_run(self.plan)
        else:
            session = FocusSession.for_block(self._block_end(self.row))
        try:
            session.start(now)
        except FocusError as exc:
            self.status_message.emit(str(exc))
            return
        self.session = session
        self._phase = session.phase(now)
        self.ticker.start()
        self.status_message.emit(self.tr("Focus on {0}").format(self.row.title))
        self._show()

    @Slot()
    def toggle_pause(self) -> None:
        session = self.session
        if session is None:
            return
        now = self.moment()
        try:
            if session.paused():
                session.resume(now)
                self.ticker.start()
            else:
                session.pause(now)
                self.ticker.stop()
        except FocusError as exc:
            self.status_message.emit(str(exc))
        self._show()

    @Slot()
    def stop(self) -> None:
        session = self.session
        if session is None:
            return
        session.stop(self.moment())
        self._finish(at_end=False)

    @Slot()
    def tick(self) -> None:
        """Once a second during a run: the countdown, phase switches, the end."""
        session = self.session
        if session is None:
            return
        now = self.moment()
        phase = session.phase(now)
        if phase is Phase.DONE:
            self._finish(at_end=True)
            return
        if phase is not self._phase:
            self._phase = phase
            if phase is Phase.BREAK:
                self.notify(self.tr("Time for a {0}-minute break.").format(self.plan.break_minutes))
            else:
                self.notify(
                    self.tr("Break over: cycle {0} of {1}.").format(
                        session.cycle(now), self.plan.cycles
                    )
                )
        self._show()

    def _finish(self, *, at_end: bool) -> None:
        session, row = self.session, self.row
        self.ticker.stop()
        self.session = None
        self._phase = Phase.READY
        if session is None or row is None:
            return
        if at_end:
            self.notify(self.tr("Focus time on {0} is over.").format(row.title))
        minutes = session.worked_minutes(self.moment())
        self._record(row, minutes)
        waiting = self._waiting
        if waiting is not None and waiting.id == row.id:
            waiting = self.row  # keep the freshly recorded total
        self.row = waiting
        self._show()

    def _record(self, row: BlockRow, minutes: int) -> None:
        if minutes <= 0:
            self.status_message.emit(
                self.tr("Less than a minute worked: nothing recorded on {0}.").format(row.title)
            )
            return
        entry = (row, minutes)
        self.pending.append(entry)
        self.record_pending()
        if entry in self.pending:
            self.status_message.emit(
                f"{self._unavailable} "
                + self.tr("The {0} min on {1} will be recorded once it is open again.").format(
                    minutes, row.title
                )
            )

    @Slot()
    def record_pending(self) -> None:
        """Record the minutes of the runs that ended, oldest first. While the database cannot
        be used (a restore is replacing it) they stay pending, tried again every RETRY_MS:
        they then go on the block in the data that is there after the restore."""
        while self.pending:
            entry = self.pending.pop(0)
            row, minutes = entry
            try:
                total = time_blocks.record_spent(row.id, minutes)
            except DatabaseUnavailableError as exc:
                self.pending.insert(0, entry)
                self._unavailable = str(exc)
                self.retry_timer.start()
                return
            except NotFoundError:
                self.status_message.emit(
                    self.tr("{0} no longer exists: the {1} min were not recorded.").format(
                        row.title, minutes
                    )
                )
            except ValidationError as exc:
                self.status_message.emit("\n".join(exc.errors.values()))
            else:
                if self.row is not None and self.row.id == row.id:
                    self.row = replace(self.row, spent_minutes=total)
                    self._show()
                self.status_message.emit(
                    self.tr("Recorded {0} min on {1}.").format(minutes, row.title)
                )
                self.spent_recorded.emit(row.id)
        self.retry_timer.stop()

    def notify(self, text: str) -> None:
        """A desktop notification when there is a tray; else the taskbar alert and the status."""
        self.notified.emit(text)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                icon = QApplication.windowIcon()
                if icon.isNull():
                    icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
                self._tray = QSystemTrayIcon(icon, self)
                self._tray.setToolTip(self.tr("AE Desktop focus timer"))
            self._tray.show()
            self._tray.showMessage(self.tr("Focus timer"), text)
        else:
            QApplication.alert(self.window())
            self.status_message.emit(text)

    # -- display -----------------------------------------------------------------------------

    def _set_title(self, text: str) -> None:
        self._title = text
        self.title_label.setToolTip(plain_tooltip(text))
        self._elide_title()

    def _elide_title(self) -> None:
        metrics = self.title_label.fontMetrics()
        width = max(self.title_label.width(), 40)
        self.title_label.setText(
            metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide_title()

    def title(self) -> str:
        """The title line in full (the label may show it elided)."""
        return self._title

    def _show(self) -> None:
        row, session = self.row, self.session
        now = self.moment()
        self.pomodoro_box.setEnabled(session is None and row is not None)
        self.start_button.setEnabled(session is None and row is not None)
        self.pause_button.setEnabled(session is not None)
        self.stop_button.setEnabled(session is not None)
        self.pause_button.setText(
            self.tr("Resume") if session is not None and session.paused() else self.tr("Pause")
        )
        if row is None:
            self._set_title(self.tr("Focus timer"))
            self.detail_label.setText(self.tr("No block right now: plan one to focus on it."))
            self.countdown.setText("--:--")
            self.countdown.setEnabled(False)
            return
        self._set_title(f"{row.title}  ·  {row.label}")
        self.countdown.setEnabled(True)
        spent = row.spent_minutes
        parts = []
        if session is None:
            if self.pomodoro_box.isChecked():
                left = self.plan.work
                parts.append(self.tr("Ready: {0} min of work first").format(self.plan.work_minutes))
            else:
                left = max(timedelta(0), self._block_end(row) - now)
                parts.append(
                    self.tr("Ready: {0} left in the block").format(
                        duration_text(left // timedelta(minutes=1))
                    )
                    if left
                    else self.tr("The block is over")
                )
        else:
            left = session.remaining(now)
            phase = session.phase(now)
            if session.paused():
                parts.append(self.tr("Paused"))
            elif phase is Phase.BREAK:
                parts.append(self.tr("Break"))
            else:
                parts.append(self.tr("Focus"))
            if session.mode is FocusMode.POMODORO:
                parts.append(
                    self.tr("cycle {0} of {1}").format(session.cycle(now), self.plan.cycles)
                )
            parts.append(self.tr("{0} worked").format(duration_text(session.worked_minutes(now))))
        if spent:
            parts.append(self.tr("{0} recorded").format(duration_text(spent)))
        self.detail_label.setText("  ·  ".join(parts))
        self.countdown.setText(countdown_text(left))
