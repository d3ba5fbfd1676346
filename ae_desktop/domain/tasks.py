"""Task rules: the title a follow-up task takes from the interaction that asked for it."""

from __future__ import annotations

from typing import Final

FOLLOW_UP_TITLE_CHARS: Final = 80  # of the summary, ellipsis included, after "Follow up: "


def follow_up_title(summary: str) -> str:
    """'Follow up: ' and the summary on one line, cut to FOLLOW_UP_TITLE_CHARS with an ellipsis."""
    text = " ".join(summary.split())
    if len(text) > FOLLOW_UP_TITLE_CHARS:
        text = text[: FOLLOW_UP_TITLE_CHARS - 1].rstrip() + "…"
    return f"Follow up: {text}"
