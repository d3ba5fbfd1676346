"""Where blocks sit on the timeline: 15-minute snapping, side-by-side lanes, drag arithmetic."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ae_desktop.domain.planner import DAY_MINUTES, Span
from ae_desktop.services.time_blocks import BlockRow

SNAP = 15
EDGE_PX = 6  # the bottom edge a drag resizes from
DRAG_PX = 4  # a press that moves less than this is a click


def snap(minute: float) -> int:
    """*minute* to the nearest quarter of an hour, inside the day."""
    return min(max(math.floor(minute / SNAP + 0.5) * SNAP, 0), DAY_MINUTES)


@dataclass(slots=True)
class Drag:
    """A mouse drag in progress: a block moved or resized, or a new block drawn."""

    mode: str  # "move", "resize" or "draw"
    block_id: int | None
    press_y: float
    anchor: float  # the (unsnapped) minute under the press
    start: int
    end: int
    moved: bool = False

    def follow(self, row: BlockRow | None, minute: float) -> None:
        """The span the drag shows with the mouse at *minute* (unsnapped), snapped."""
        self.moved = True
        if self.mode == "move" and row is not None:
            start = min(max(snap(row.start + minute - self.anchor), 0), DAY_MINUTES - row.minutes)
            self.start, self.end = start, start + row.minutes
        elif self.mode == "resize" and row is not None:
            self.end = max(self.start + SNAP, snap(minute))
        else:
            low, high = sorted((snap(self.anchor), snap(minute)))
            self.start, self.end = low, max(high, low + SNAP)
            if self.end > DAY_MINUTES:
                self.start, self.end = DAY_MINUTES - SNAP, DAY_MINUTES


def lanes(rows: Iterable[BlockRow]) -> dict[int, tuple[int, int]]:
    """Block id -> (lane, lanes in its group): overlapping blocks sit side by side."""
    placed: dict[int, tuple[int, int]] = {}
    group: list[tuple[int, int]] = []  # (id, lane) of the current group of overlaps
    ends: list[int] = []  # each lane's end in the current group
    group_end = -1
    for row in sorted(rows, key=lambda r: (r.start, -r.end, r.id)):
        if group and row.start >= group_end:
            placed.update({bid: (lane, len(ends)) for bid, lane in group})
            group, ends, group_end = [], [], -1
        lane = next((i for i, end in enumerate(ends) if end <= row.start), len(ends))
        if lane == len(ends):
            ends.append(row.end)
        else:
            ends[lane] = row.end
        group.append((row.id, lane))
        group_end = max(group_end, row.end)
    placed.update({bid: (lane, len(ends)) for bid, lane in group})
    return placed


def shown_range(workday: Span, spans: Iterable[Span]) -> tuple[int, int]:
    """Whole hours from an hour before the workday to an hour after, widened to every block."""
    starts, ends = [workday.start - 60], [workday.end + 60]
    for span in spans:
        starts.append(span.start)
        ends.append(span.end)
    return max(0, min(starts) // 60 * 60), min(DAY_MINUTES, -(-max(ends) // 60) * 60)
