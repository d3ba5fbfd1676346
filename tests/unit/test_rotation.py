"""Rotation keeps 7 daily, 4 weekly and 12 monthly backups, never a protected (pre-*, manual)
or the newest."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ae_desktop.store.backup import STALE_PART_AGE, BackupInfo, backup_name, rotate
from ae_desktop.store.rotation import to_remove

NOW = datetime(2026, 3, 15, 18, 0)  # a Sunday: ISO week 2026-W11 is 9-15 March


def _backup(when: datetime, label: str = "auto") -> BackupInfo:
    return BackupInfo(
        path=Path("/b") / backup_name(label, when), taken_at=when, size=1, label=label
    )


def _kept(backups: list[BackupInfo], now: datetime = NOW) -> list[BackupInfo]:
    removed = to_remove(backups, now)
    return [b for b in backups if b not in removed]


def _days(kept: list[BackupInfo]) -> list[date]:
    return sorted(b.taken_at.date() for b in kept)


def test_one_a_day_for_400_days_keeps_7_days_4_weeks_and_12_months() -> None:
    backups = [
        _backup(datetime.combine(NOW.date(), time(3)) - timedelta(days=n)) for n in range(400)
    ]

    kept = _kept(backups)

    daily = [date(2026, 3, d) for d in range(9, 16)]
    weekly = [date(2026, 2, 22), date(2026, 3, 1), date(2026, 3, 8)]  # W08-W10; W11 is daily
    monthly = [date(2025, 4, 30), date(2025, 5, 31), date(2025, 6, 30), date(2025, 7, 31)]
    monthly += [date(2025, 8, 31), date(2025, 9, 30), date(2025, 10, 31), date(2025, 11, 30)]
    monthly += [date(2025, 12, 31), date(2026, 1, 31), date(2026, 2, 28)]  # March is daily
    assert _days(kept) == sorted(daily + weekly + monthly)


def test_several_a_day_keeps_the_newest_of_each_day() -> None:
    day = datetime(2026, 3, 14)
    backups = [_backup(day.replace(hour=h)) for h in (9, 13, 17, 23)]
    backups += [_backup(datetime(2026, 3, 15, h)) for h in (8, 12)]

    kept = _kept(backups)

    assert sorted(b.taken_at for b in kept) == [
        datetime(2026, 3, 14, 23),
        datetime(2026, 3, 15, 12),
    ]


def test_a_gap_uses_up_no_slot() -> None:
    # Back from three weeks away: the last 7 days that have a backup are still kept.
    start = datetime(2026, 2, 1, 3)
    backups = [_backup(start + timedelta(days=n)) for n in range(14)]

    kept = _kept(backups)

    assert _days(kept)[-7:] == [date(2026, 2, d) for d in range(8, 15)]


def test_protected_backups_are_never_removed_and_fill_no_slot() -> None:
    old = datetime(2020, 1, 1, 12)
    protected = [
        _backup(old, "pre-migration-v1-to-v2"),
        _backup(old + timedelta(days=1), "pre-restore"),
        _backup(NOW - timedelta(hours=1), "pre-migration-v5-to-v6"),
    ]
    daily = [_backup(datetime(2026, 3, d, 3)) for d in range(1, 16)]

    kept = _kept(protected + daily)

    assert all(b in kept for b in protected)
    assert [d.day for d in _days([b for b in kept if not b.protected])][-7:] == list(range(9, 16))


def test_a_manual_backup_is_never_removed_and_fills_no_slot() -> None:
    manual = _backup(datetime(2026, 3, 15, 9), "manual")
    old_manual = _backup(datetime(2024, 6, 1, 9), "manual")
    autos = [_backup(datetime(2026, 3, 15, 9, 45))]  # the same day, newer
    autos += [_backup(datetime(2026, 3, d, 3)) for d in range(1, 15)]

    kept = _kept([manual, old_manual, *autos])

    assert manual in kept and old_manual in kept
    assert _days([b for b in kept if b.label == "auto"])[-7:] == [
        date(2026, 3, d) for d in range(9, 16)
    ]


def test_the_newest_backup_is_kept_even_when_protected_ones_are_newer() -> None:
    backups = [_backup(NOW - timedelta(days=40)), _backup(NOW, "pre-restore")]
    assert to_remove(backups, NOW) == []


def test_a_backup_dated_after_now_is_kept_and_fills_no_slot() -> None:
    future = [_backup(NOW + timedelta(days=d)) for d in range(1, 30)]
    past = [_backup(datetime(2026, 3, d, 3)) for d in range(1, 16)]

    kept = _kept(future + past)

    assert all(b in kept for b in future)
    assert [b.taken_at.day for b in kept if b in past][-7:] == list(range(9, 16))


def test_nothing_to_remove_from_a_few_or_none() -> None:
    assert to_remove([], NOW) == []
    few = [_backup(NOW - timedelta(days=d)) for d in range(7)]
    assert to_remove(few, NOW) == []


def test_iso_weeks_not_calendar_weeks_decide_the_weekly_slots() -> None:
    # 2026-01-01 is a Thursday of ISO week 2026-W01, which began on Monday 2025-12-29.
    now = datetime(2026, 2, 20, 12)
    backups = [_backup(datetime(2025, 12, 28, 12)), _backup(datetime(2025, 12, 29, 12))]
    backups += [_backup(datetime(2026, 1, 1, 12))]
    backups += [_backup(datetime(2026, 2, d, 12)) for d in range(13, 20)]

    kept = _kept(backups, now)

    # Daily: 13-19 Feb. Weekly: W08 (16-19 Feb), W07 (13-15 Feb), W01 (1 Jan), W52 (28 Dec).
    # Monthly: Feb, Jan (1 Jan) and Dec (the 29th, newest of December).
    assert date(2025, 12, 28) in _days(kept)  # 2025-W52's newest
    assert date(2025, 12, 29) in _days(kept)  # December's newest
    assert date(2026, 1, 1) in _days(kept)


# --- properties -----------------------------------------------------------------------------

LABELS = st.sampled_from(
    ["auto", "auto", "auto", "manual", "pre-restore", "pre-migration-v5-to-v6"]
)
TIMES = st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2026, 4, 30))


@st.composite
def backup_sets(draw: st.DrawFn) -> list[BackupInfo]:
    moments = draw(st.lists(TIMES, max_size=80, unique=True))
    return [_backup(m.replace(microsecond=0), draw(LABELS)) for m in moments]


@settings(max_examples=300, deadline=None)
@given(backups=backup_sets(), now=TIMES)
def test_rotation_properties(backups: list[BackupInfo], now: datetime) -> None:
    removed = to_remove(backups, now)
    kept = [b for b in backups if b not in removed]

    assert all(b in backups for b in removed)
    assert not any(b.protected for b in removed)
    assert not any(b.taken_at > now for b in removed)
    if backups:
        newest = max(backups, key=lambda b: (b.taken_at, b.path.name))
        assert newest not in removed
    rotating = [b for b in kept if not b.protected and b.taken_at <= now]
    assert len(rotating) <= 7 + 4 + 12 + 1
    # Each of the last 7 days, 4 ISO weeks and 12 months with a rotating backup keeps its newest.
    candidates = [b for b in backups if not b.protected and b.taken_at <= now]
    for period, count in (
        (lambda d: d.date(), 7),
        (lambda d: d.isocalendar()[:2], 4),
        (lambda d: (d.year, d.month), 12),
    ):
        periods = sorted({period(b.taken_at) for b in candidates}, reverse=True)[:count]
        for key in periods:
            in_period = [b for b in candidates if period(b.taken_at) == key]
            newest = max(b.taken_at for b in in_period)
            # One of the newest is kept (two taken in the same second are equally new).
            assert any(b in kept for b in in_period if b.taken_at == newest)
    # What the rule keeps, it keeps again.
    assert to_remove(kept, now) == []


# --- rotate() on a folder -------------------------------------------------------------------


def test_rotate_deletes_only_what_to_remove_names(tmp_path: Path) -> None:
    names = [backup_name("auto", NOW - timedelta(days=n)) for n in range(40)]
    names.append(backup_name("pre-migration-v5-to-v6", NOW - timedelta(days=39, hours=1)))
    strangers = ["notes.txt", backup_name("auto", NOW - timedelta(days=90)) + ".part"]
    for name in names + strangers:
        (tmp_path / name).write_bytes(b"x")
        _age(tmp_path / name, timedelta(minutes=1))  # a .part this young is being written

    removed = rotate(tmp_path, now=NOW)

    remaining = sorted(p.name for p in tmp_path.iterdir())
    assert len(removed) == 40 - 7 - 3 - 1  # 7 days, W10, W09 and W08, February's newest
    assert all(not p.exists() for p in removed)
    assert backup_name("pre-migration-v5-to-v6", NOW - timedelta(days=39, hours=1)) in remaining
    assert all(s in remaining for s in strangers)
    assert rotate(tmp_path, now=NOW) == []


def test_rotate_on_a_missing_folder_removes_nothing(tmp_path: Path) -> None:
    assert rotate(tmp_path / "backups", now=NOW) == []


def _age(path: Path, age: timedelta) -> None:
    stamp = (NOW - age).timestamp()
    os.utime(path, (stamp, stamp), follow_symlinks=False)


def test_rotate_removes_what_a_killed_backup_left_once_it_is_stale(tmp_path: Path) -> None:
    def make(name: str, age: timedelta) -> Path:
        (tmp_path / name).write_bytes(b"x")
        _age(tmp_path / name, age)
        return tmp_path / name

    killed = backup_name("auto", NOW - timedelta(days=2))
    stale = [
        make(killed + ".part", STALE_PART_AGE),
        make(killed + ".part-journal", timedelta(days=2)),
    ]
    being_written = backup_name("manual", NOW)
    kept = [
        make(being_written + ".part", STALE_PART_AGE - timedelta(seconds=1)),
        make(being_written + ".part-journal", timedelta(0)),
        make("notes.part", timedelta(days=30)),  # not a name of ours
        make("ae-desktop.sqlite3.restore.part", timedelta(days=30)),  # not in backups/
        make(backup_name("auto", NOW - timedelta(days=1)), timedelta(days=1)),
    ]

    assert rotate(tmp_path, now=NOW) == []  # it reports the backups it rotated away

    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in kept)
