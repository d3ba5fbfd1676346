"""The focus timer's countdown, as a pure state machine: no clock of its own, no Qt.

Every method takes *now*, so the caller (a QTimer, a test) decides what time it is.

Two modes:

- ``block``: one countdown from the moment you start to the end of the current block.
- ``pomodoro``: work / break cycles (25 / 5 minutes by default), the last cycle without its
  break.

Pausing freezes the countdown: paused time is neither worked nor counted down, so a paused
block-mode session may run past the block's end once resumed. Worked time is the running time
outside breaks, never more than the wall-clock time since start. A clock that steps back (a
DST change, a corrected clock) never makes time negative: a *now* before the last moment the
session saw counts as that moment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from ae_desktop.translation import translate

ZERO = timedelta(0)


class FocusMode(StrEnum):
    BLOCK = "block"
    POMODORO = "pomodoro"


class Phase(StrEnum):
    READY = "ready"  # not started yet
    WORK = "work"
    BREAK = "break"  # pomodoro only
    DONE = "done"  # stopped, or the countdown reached zero


class FocusError(ValueError):
    """An impossible transition (pause when not running, start twice, a block already over)."""


@dataclass(frozen=True, slots=True)
class Pomodoro:
    work_minutes: int = 25
    break_minutes: int = 5
    cycles: int = 4

    def __post_init__(self) -> None:
        if not (1 <= self.work_minutes <= 24 * 60):
            raise FocusError(translate("focus", "A work period lasts 1 to 1440 minutes."))
        if not (1 <= self.break_minutes <= 24 * 60):
            raise FocusError(translate("focus", "A break lasts 1 to 1440 minutes."))
        if not (1 <= self.cycles <= 24):
            raise FocusError(translate("focus", "Run 1 to 24 cycles."))

    @property
    def work(self) -> timedelta:
        return timedelta(minutes=self.work_minutes)

    @property
    def cycle(self) -> timedelta:
        return timedelta(minutes=self.work_minutes + self.break_minutes)

    @property
    def length(self) -> timedelta:
        """All cycles, without the break after the last one."""
        return self.cycle * self.cycles - timedelta(minutes=self.break_minutes)


@dataclass(slots=True)
class FocusSession:
    """One run of the focus timer. Build it with :meth:`for_block` or :meth:`pomodoro_run`."""

    mode: FocusMode
    block_end: datetime | None = None  # block mode: the countdown's target
    plan: Pomodoro = field(default_factory=Pomodoro)
    started_at: datetime | None = None
    length: timedelta = ZERO  # running time from start to the end, fixed at start
    paused_at: datetime | None = None
    paused_total: timedelta = ZERO
    stopped_at: datetime | None = None
    seen: datetime | None = None  # the latest now seen by a transition (clock steps back)

    @classmethod
    def for_block(cls, block_end: datetime) -> FocusSession:
        return cls(FocusMode.BLOCK, block_end=block_end)

    @classmethod
    def pomodoro_run(cls, plan: Pomodoro | None = None) -> FocusSession:
        return cls(FocusMode.POMODORO, plan=plan or Pomodoro())

    # --- transitions -----------------------------------------------------------------------

    def _at(self, now: datetime) -> datetime:
        return now if self.seen is None or now >= self.seen else self.seen

    def start(self, now: datetime) -> None:
        if self.started_at is not None:
            raise FocusError(translate("focus", "The timer is already started."))
        if self.mode is FocusMode.BLOCK:
            assert self.block_end is not None
            if now >= self.block_end:
                raise FocusError(translate("focus", "The block is already over."))
            self.length = self.block_end - now
        else:
            self.length = self.plan.length
        self.started_at = self.seen = now

    def pause(self, now: datetime) -> None:
        if not self.running(now):
            raise FocusError(translate("focus", "Only a running timer can be paused."))
        self.paused_at = self.seen = self._at(now)

    def resume(self, now: datetime) -> None:
        if self.paused_at is None or self.stopped_at is not None:
            raise FocusError(translate("focus", "Only a paused timer can be resumed."))
        now = self._at(now)
        self.paused_total += now - self.paused_at
        self.paused_at = None
        self.seen = now

    def stop(self, now: datetime) -> int:
        """End the run early (or confirm its end); the whole minutes worked."""
        if self.started_at is None:
            raise FocusError(translate("focus", "The timer is not started."))
        if self.stopped_at is None:
            self.stopped_at = self.seen = self._at(now)
        return self.worked_minutes(now)

    # --- reading ---------------------------------------------------------------------------

    def elapsed(self, now: datetime) -> timedelta:
        """Running time since start: pauses left out, capped at the session's length."""
        if self.started_at is None:
            return ZERO
        until = self.paused_at or self.stopped_at or self._at(now)
        ran = until - self.started_at - self.paused_total
        return max(ZERO, min(ran, self.length))

    def started(self) -> bool:
        return self.started_at is not None

    def paused(self) -> bool:
        return self.paused_at is not None and self.stopped_at is None

    def finished(self, now: datetime) -> bool:
        if self.started_at is None:
            return False
        return self.stopped_at is not None or self.elapsed(now) >= self.length

    def running(self, now: datetime) -> bool:
        return self.started() and not self.paused() and not self.finished(now)

    def phase(self, now: datetime) -> Phase:
        if self.started_at is None:
            return Phase.READY
        if self.finished(now):
            return Phase.DONE
        if self.mode is FocusMode.POMODORO:
            into_cycle = self.elapsed(now) % self.plan.cycle
            return Phase.WORK if into_cycle < self.plan.work else Phase.BREAK
        return Phase.WORK

    def cycle(self, now: datetime) -> int:
        """Pomodoro: the current cycle, 1-based (the last one once finished); block mode: 1."""
        if self.mode is FocusMode.BLOCK:
            return 1
        done_cycles = self.elapsed(now) // self.plan.cycle
        return min(done_cycles + 1, self.plan.cycles)

    def remaining(self, now: datetime) -> timedelta:
        """Left of the current phase (pomodoro) or of the whole run (block); never negative."""
        if self.started_at is None:
            if self.mode is FocusMode.BLOCK:
                assert self.block_end is not None
                return max(ZERO, self.block_end - now)
            return self.plan.work
        if self.finished(now):
            return ZERO
        elapsed = self.elapsed(now)
        if self.mode is FocusMode.BLOCK:
            return self.length - elapsed
        into_cycle = elapsed % self.plan.cycle
        if into_cycle < self.plan.work:
            return self.plan.work - into_cycle
        return self.plan.cycle - into_cycle

    def worked(self, now: datetime) -> timedelta:
        """Running time outside breaks."""
        elapsed = self.elapsed(now)
        if self.mode is FocusMode.BLOCK:
            return elapsed
        whole, into_cycle = divmod(elapsed, self.plan.cycle)
        return self.plan.work * whole + min(into_cycle, self.plan.work)

    def worked_minutes(self, now: datetime) -> int:
        """Whole minutes worked (rounded down: never more than was worked)."""
        return self.worked(now) // timedelta(minutes=1)


def countdown_text(left: timedelta) -> str:
    """'25:00', '04:59', '1:02:03' past an hour; seconds rounded up so 0:00 means over."""
    seconds = max(0, -(-left // timedelta(seconds=1)))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes:02d}:{seconds:02d}"
