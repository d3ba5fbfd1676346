"""User settings stored as JSON values in the setting table."""

from __future__ import annotations

import json
from typing import Any

from ae_desktop.store.models import Setting

DEFAULTS: dict[str, Any] = {
    "currency": "EUR",
    "ae_name": "",
    # The agenda (DESIGN §3): priority thresholds and the planner's day, times as "HH:MM".
    "urgent_within_days": 2,
    "important_deal_value_minor": 50_000_00,
    "workday_start": "09:00",
    "workday_end": "18:00",
    "lunch_start": "12:30",
    "lunch_end": "13:30",
    "buffer_minutes": 10,
    "focus_minutes": 90,
    # The weekly report: the first day of a week (0 Monday ... 6 Sunday) and the paper size.
    "week_start": 0,
    "report_paper": "A4",
}


def get_setting(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(key: str, value: Any) -> None:
    Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()


def currency() -> str:
    return str(get_setting("currency"))


def week_start() -> int:
    """The first day of the user's week, 0 Monday ... 6 Sunday (Monday when the setting is bad)."""
    value = get_setting("week_start")
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6:
        return value
    return 0
