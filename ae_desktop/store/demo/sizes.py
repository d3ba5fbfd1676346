"""The sample sizes: how many rows of each kind a size generates."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    clients: int
    contacts: int
    interactions: int
    deals: int
    tasks: int
    follow_ups: int  # of the tasks, those created by an interaction's follow-up date


SIZES: dict[str, Size] = {
    "small": Size(40, 120, 600, 60, 80, 30),
    "large": Size(10_000, 30_000, 100_000, 10_000, 20_000, 6_000),
}
