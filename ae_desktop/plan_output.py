"""The plan command's output: the proposal of Plan my day as text or as one JSON object."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date

from ae_desktop.domain.planner import NOT_SCHEDULED, hhmm
from ae_desktop.domain.priority import QUADRANT_LABELS
from ae_desktop.services.planning import DayPlan

OVERFLOW_LINES = 15  # in text, the first tasks that did not fit; the rest are counted


def chosen_date(text: str | None, today: date) -> date:
    """The date of --date, else today; ValueError saying why."""
    if text is None:
        return today
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError as exc:
            raise ValueError(f"{text!r} is not a date: {exc}") from None
    raise ValueError(f"{text!r} is not a date: give it as YYYY-MM-DD")


def as_record(plan: DayPlan, applied: list[int] | None = None) -> dict[str, object]:
    settings = plan.settings
    lunch = settings.lunch
    return {
        "date": plan.day.isoformat(),
        "workday": {"start": hhmm(settings.workday.start), "end": hhmm(settings.workday.end)},
        "lunch": None if lunch is None else {"start": hhmm(lunch.start), "end": hhmm(lunch.end)},
        "buffer_minutes": settings.buffer_minutes,
        "existing": [
            {
                "id": b.id,
                "start": hhmm(b.start),
                "end": hhmm(b.end),
                "kind": b.kind.value,
                "title": b.title,
                "fixed": b.fixed,
                "task_id": b.task_id,
            }
            for b in plan.existing
        ],
        "blocks": [
            {
                "start": hhmm(b.start),
                "end": hhmm(b.end),
                "kind": b.kind.value,
                "title": b.title,
                "task_ids": list(b.task_ids),
                "quadrant": b.quadrant.value,
                "client_id": b.client_id,
            }
            for b in plan.blocks
        ],
        "unplaced_client_time": [
            {"client_id": u.client_id, "name": u.name, "minutes": u.minutes, "reason": u.reason}
            for u in plan.unplaced_client_time
        ],
        "overflow": [
            {
                "task_id": o.task_id,
                "title": o.title,
                "quadrant": o.quadrant.value,
                "reason": o.reason,
            }
            for o in plan.overflow
        ],
        "applied": applied,
    }


def as_json(plan: DayPlan, applied: list[int] | None = None) -> str:
    """One JSON object on one line; times as "HH:MM"; "applied": the new block ids or null."""
    return json.dumps(as_record(plan, applied), ensure_ascii=False)


def as_text(plan: DayPlan, applied: list[int] | None = None) -> str:
    settings = plan.settings
    head = f"Plan for {plan.day.isoformat()}, workday {hhmm(settings.workday.start)}–"
    head += hhmm(settings.workday.end)
    if settings.lunch is not None:
        head += f", lunch {hhmm(settings.lunch.start)}–{hhmm(settings.lunch.end)}"
    lines = [head, ""]
    rows: list[tuple[int, str]] = []
    for b in plan.existing:
        mark = "fixed" if b.fixed else "kept"
        rows.append((b.start, f"{hhmm(b.start)}–{hhmm(b.end)}  {mark:<8}  {b.title}"))
    for p in plan.blocks:
        ids = ", ".join(f"#{i}" for i in p.task_ids)
        label = QUADRANT_LABELS[p.quadrant]
        rows.append((p.start, f"{hhmm(p.start)}–{hhmm(p.end)}  {label:<8}  {p.title}  [{ids}]"))
    lines += [text for _, text in sorted(rows, key=lambda r: r[0])] or ["Nothing planned."]
    if plan.unplaced_client_time:
        lines += ["", "Weekly client time that did not fit:"]
        lines += [f"  {u.name}: {u.minutes} min ({u.reason})" for u in plan.unplaced_client_time]
    if plan.overflow:
        lines += ["", f"Did not fit ({len(plan.overflow)}):"]
        # The tasks that wanted a place first; Drop tasks, never scheduled, last.
        shown = sorted(plan.overflow, key=lambda o: o.reason == NOT_SCHEDULED)
        for o in shown[:OVERFLOW_LINES]:
            lines.append(f"  #{o.task_id}  {QUADRANT_LABELS[o.quadrant]}: {o.title} ({o.reason})")
        if len(shown) > OVERFLOW_LINES:
            counts = Counter(o.reason for o in shown[OVERFLOW_LINES:])
            more = ", ".join(f"{n} {reason}" for reason, n in counts.most_common())
            lines.append(f"  … and {len(shown) - OVERFLOW_LINES} more: {more}")
    lines.append("")
    if applied is None:
        lines.append("Nothing saved: run again with --apply to add these blocks.")
    else:
        lines.append(f"Added {len(applied)} block{'s' if len(applied) != 1 else ''}.")
    return "\n".join(lines)
