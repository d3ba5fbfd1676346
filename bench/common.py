"""What the benchmark scripts share: a result row, formatting and per-keystroke timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

KEYSTROKE_TARGET_MS = 16.0
REPEATS_PER_KEYSTROKE = 5


@dataclass
class Row:
    measure: str
    value: str
    target: str = ""
    ok: str = ""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def verdict(passed: bool) -> str:
    return "yes" if passed else "NO"


def per_keystroke(action: Callable[[str], object], prefixes: list[str]) -> list[float]:
    """Seconds per prefix typed, each the median of a few repeats (the machine is noisy)."""
    medians = []
    for prefix in prefixes:
        samples = []
        for _ in range(REPEATS_PER_KEYSTROKE):
            started = time.perf_counter()
            action(prefix)
            samples.append(time.perf_counter() - started)
        medians.append(statistics.median(samples))
    return medians


def keystroke_row(label: str, seconds: list[float]) -> Row:
    value = statistics.median(seconds) * 1000
    target = f"<= {KEYSTROKE_TARGET_MS:.0f} ms"
    return Row(label, f"{value:.1f} ms", target, verdict(value <= KEYSTROKE_TARGET_MS))
