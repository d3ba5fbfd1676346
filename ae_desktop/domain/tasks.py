"""Task rules: the titles of tasks made from an interaction's follow-up or a deal's next step."""

from __future__ import annotations

from typing import Final

from ae_desktop.translation import translate

FOLLOW_UP_TITLE_CHARS: Final = 80  # of the summary, ellipsis included, after "Follow up: "


def follow_up_title(summary: str) -> str:
    """'Follow up: ' and the summary on one line, cut to FOLLOW_UP_TITLE_CHARS with an ellipsis."""
    text = " ".join(summary.split())
    if len(text) > FOLLOW_UP_TITLE_CHARS:
        text = text[: FOLLOW_UP_TITLE_CHARS - 1].rstrip() + "…"
    return translate("tasks", "Follow up: {0}").format(text)


TASK_TITLE_CHARS: Final = 200  # the task title column's size


def next_step_title(next_step: str) -> str:
    """A deal's next step as a task title: on one line, cut to TASK_TITLE_CHARS with an ellipsis."""
    text = " ".join(next_step.split())
    if len(text) > TASK_TITLE_CHARS:
        text = text[: TASK_TITLE_CHARS - 1].rstrip() + "…"
    return text
