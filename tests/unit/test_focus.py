"""The focus timer's countdown: block and pomodoro modes, pause and resume, worked time."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ae_desktop.domain.focus import (
    FocusError,
    FocusMode,
    FocusSession,
    Phase,
    Pomodoro,
    countdown_text,
)

T0 = datetime(2026, 11, 30, 9, 0)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_block_mode_counts_down_to_the_block_end() -> None:
    session = FocusSession.for_block(at(60))
    assert session.phase(at(10)) is Phase.READY
    assert session.remaining(at(10)) == timedelta(minutes=50)

    session.start(at(10))

    assert session.mode is FocusMode.BLOCK
    assert session.phase(at(10)) is Phase.WORK
    assert session.remaining(at(30)) == timedelta(minutes=30)
    assert session.worked_minutes(at(30.9)) == 20
    assert not session.finished(at(59.99))
    assert session.finished(at(60))
    assert session.phase(at(61)) is Phase.DONE
    assert session.remaining(at(90)) == timedelta(0)
    assert session.worked_minutes(at(90)) == 50  # never past the end


def test_a_pause_freezes_the_countdown_and_is_not_worked() -> None:
    session = FocusSession.for_block(at(60))
    session.start(at(0))
    session.pause(at(20))

    assert session.paused()
    assert session.remaining(at(35)) == timedelta(minutes=40)
    assert session.worked_minutes(at(35)) == 20

    session.resume(at(35))
    assert session.remaining(at(45)) == timedelta(minutes=30)
    assert session.worked_minutes(at(45)) == 30
    assert session.finished(at(75)) and not session.finished(at(74))


def test_stop_ends_the_run_and_returns_the_minutes_worked() -> None:
    session = FocusSession.pomodoro_run()
    session.start(at(0))
    assert session.stop(at(12.5)) == 12
    assert session.phase(at(20)) is Phase.DONE
    assert session.worked_minutes(at(99)) == 12
    assert session.stop(at(30)) == 12  # a second stop changes nothing


def test_pomodoro_cycles_switch_between_work_and_break() -> None:
    session = FocusSession.pomodoro_run(Pomodoro(25, 5, cycles=2))
    session.start(at(0))

    assert (session.phase(at(0)), session.remaining(at(0))) == (Phase.WORK, timedelta(minutes=25))
    assert session.cycle(at(24)) == 1
    assert (session.phase(at(25)), session.remaining(at(25))) == (
        Phase.BREAK,
        timedelta(minutes=5),
    )
    assert session.worked_minutes(at(29)) == 25  # a break is not worked
    assert (session.phase(at(30)), session.cycle(at(30))) == (Phase.WORK, 2)
    assert session.remaining(at(41)) == timedelta(minutes=14)
    assert session.finished(at(55))  # no break after the last cycle
    assert session.worked_minutes(at(80)) == 50


def test_bad_transitions_and_plans_are_refused() -> None:
    session = FocusSession.for_block(at(30))
    with pytest.raises(FocusError):
        session.pause(at(0))
    with pytest.raises(FocusError):
        session.resume(at(0))
    with pytest.raises(FocusError):
        session.stop(at(0))
    with pytest.raises(FocusError, match="already over"):
        FocusSession.for_block(at(30)).start(at(30))
    session.start(at(0))
    with pytest.raises(FocusError):
        session.start(at(1))
    with pytest.raises(FocusError):
        session.resume(at(1))
    with pytest.raises(FocusError):
        Pomodoro(0, 5)
    with pytest.raises(FocusError):
        Pomodoro(25, 5, cycles=0)


def test_a_clock_stepping_back_never_makes_time_negative() -> None:
    session = FocusSession.for_block(at(60))
    session.start(at(10))
    assert session.elapsed(at(5)) == timedelta(0)
    assert session.remaining(at(5)) == timedelta(minutes=50)
    session.pause(at(20))
    session.resume(at(15))  # before the pause: counts as no pause at all
    assert session.worked_minutes(at(30)) == 20


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (1500, "25:00"),
        (299.2, "05:00"),
        (0.1, "00:01"),
        (0, "00:00"),
        (-5, "00:00"),
        (3723, "1:02:03"),
    ],
)
def test_countdown_text(seconds: float, text: str) -> None:
    assert countdown_text(timedelta(seconds=seconds)) == text


# --- properties -------------------------------------------------------------------------------

steps = st.lists(
    st.tuples(st.sampled_from(["pause", "resume", "tick"]), st.integers(0, 40 * 60)),
    max_size=12,
)
modes = st.one_of(
    st.integers(1, 3 * 60 * 60).map(lambda s: FocusSession.for_block(T0 + timedelta(seconds=s))),
    st.builds(Pomodoro, st.integers(1, 50), st.integers(1, 15), st.integers(1, 4)).map(
        FocusSession.pomodoro_run
    ),
)


@given(modes, steps)
def test_pausing_never_counts_and_the_countdown_stays_in_bounds(
    session: FocusSession, script: list[tuple[str, int]]
) -> None:
    session.start(T0)
    now = T0
    paused_for = timedelta(0)
    pause_began: datetime | None = None
    for action, gap in script:
        now += timedelta(seconds=gap)
        if action == "pause" and session.running(now):
            session.pause(now)
            pause_began = now
        elif action == "resume" and session.paused():
            session.resume(now)
            assert pause_began is not None
            paused_for += now - pause_began
            pause_began = None
        wall = now - T0
        open_pause = now - pause_began if pause_began else timedelta(0)
        remaining = session.remaining(now)
        assert remaining >= timedelta(0)
        assert session.worked(now) <= session.elapsed(now) <= wall - paused_for - open_pause
        assert session.worked_minutes(now) * 60 <= wall.total_seconds()
        if not session.finished(now):
            # Running time is exactly the wall time minus the pauses.
            assert session.elapsed(now) == wall - paused_for - open_pause
            assert remaining > timedelta(0)
            assert session.phase(now) in (Phase.WORK, Phase.BREAK)
        else:
            assert remaining == timedelta(0) and session.phase(now) is Phase.DONE


@given(modes, st.integers(0, 60 * 60), st.integers(1, 60 * 60), st.integers(0, 60 * 60))
def test_time_spent_paused_changes_nothing(
    session: FocusSession, before: int, pause: int, after: int
) -> None:
    """Run a, pause p, run b reads like an unpaused run of a + b."""
    twin = FocusSession(session.mode, session.block_end, session.plan)
    session.start(T0)
    twin.start(T0)
    pause_at = T0 + timedelta(seconds=before)
    if not session.running(pause_at):
        return
    session.pause(pause_at)
    session.resume(pause_at + timedelta(seconds=pause))
    end = pause_at + timedelta(seconds=pause + after)
    twin_end = pause_at + timedelta(seconds=after)
    if session.mode is FocusMode.BLOCK:
        # A block's countdown is fixed at start; the twin has the same length.
        assert session.length == twin.length
    assert session.worked(end) == twin.worked(twin_end)
    assert session.remaining(end) == twin.remaining(twin_end)
    assert session.phase(end) is twin.phase(twin_end)
