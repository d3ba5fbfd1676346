"""Which backups to remove: keep 7 daily, 4 weekly and 12 monthly ones (pure, no I/O).

The rule, in the spirit of restic's --keep-daily/--keep-weekly/--keep-monthly:

- Only *rotating* backups (such as "auto", taken by the app itself) take part. A protected one is
  always kept and fills no slot: a label starting "pre-" ("pre-migration-v5-to-v6",
  "pre-restore"), taken before something that replaces data, and "manual", the user's own
  copy (Back up now, or the command line's backup), which only the user deletes. So is one
  dated after *now* (a clock that was wrong, or moved back, says nothing about its age).
- Daily: the newest backup of each of the 7 most recent calendar days that have a backup.
  Weekly: the newest of each of the 4 most recent ISO weeks that have one. Monthly: the newest
  of each of the 12 most recent calendar months that have one. "Most recent that have one"
  means a gap (a holiday, a laptop left shut) uses up no slot: after three weeks away the
  last 7 days with a backup are still kept, not none.
- The newest backup is always kept.
- Every other rotating backup is removed.

A backup may fill several slots at once (Sunday's newest is that day's, that week's and
maybe that month's), so at most 7 + 4 + 12 = 23 rotating backups remain. Applying the rule
to what it keeps removes nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ae_desktop.store.backup import BackupInfo

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def _day(when: datetime) -> Hashable:
    return when.date()


def _iso_week(when: datetime) -> Hashable:
    year, week, _ = when.isocalendar()
    return (year, week)


def _month(when: datetime) -> Hashable:
    return (when.year, when.month)


SLOTS: tuple[tuple[Callable[[datetime], Hashable], int], ...] = (
    (_day, KEEP_DAILY),
    (_iso_week, KEEP_WEEKLY),
    (_month, KEEP_MONTHLY),
)


def rotating(backup: BackupInfo, now: datetime) -> bool:
    """Whether *backup* takes part in rotation at all (see the module docstring)."""
    return not backup.protected and backup.taken_at <= now


def to_remove(backups: Sequence[BackupInfo], now: datetime) -> list[BackupInfo]:
    """The backups the rule above removes, in the order given."""
    # Newest first; the file name breaks a tie between two taken in the same second.
    ordered = sorted(
        (b for b in backups if rotating(b, now)),
        key=lambda b: (b.taken_at, b.path.name),
        reverse=True,
    )
    newest = max(backups, key=lambda b: (b.taken_at, b.path.name), default=None)
    keep: set[Path] = {newest.path} if newest is not None else set()
    for period, count in SLOTS:
        seen: set[Hashable] = set()
        for backup in ordered:
            key = period(backup.taken_at)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(backup.path)
    return [b for b in backups if rotating(b, now) and b.path not in keep]
