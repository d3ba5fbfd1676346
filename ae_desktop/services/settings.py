"""User settings stored as JSON values in the setting table."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ae_desktop.domain.cadence import DEFAULT_CADENCE_DAYS
from ae_desktop.domain.enums import Tier
from ae_desktop.domain.planner import parse_hhmm
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.errors import ValidationError
from ae_desktop.store.models import Setting
from ae_desktop.translation import translate

# The contact cadence of each tier (days between touches), one setting per tier.
CADENCE_KEYS: dict[Tier, str] = {
    Tier.KEY: "cadence_key_days",
    Tier.STANDARD: "cadence_standard_days",
    Tier.PROSPECT: "cadence_prospect_days",
}

DEFAULTS: dict[str, Any] = {
    "currency": "EUR",
    # The weekly report's heading: who it is from.
    "ae_name": "",
    "ae_title": "",
    # The agenda (DESIGN §3): priority thresholds and the planner's day, times as "HH:MM".
    "urgent_within_days": 2,
    "important_deal_value_minor": 50_000_00,
    "workday_start": "09:00",
    "workday_end": "18:00",
    "lunch_start": "12:30",
    "lunch_end": "13:30",
    "buffer_minutes": 10,
    "focus_minutes": 90,
    "default_block_minutes": 30,  # a new task's estimate, a block added on empty time
    "reminder_minutes": 10,  # reminded this long before a block starts; 0: no reminders
    **{key: DEFAULT_CADENCE_DAYS[tier] for tier, key in CADENCE_KEYS.items()},
    # The weekly report: the first day of a week (0 Monday ... 6 Sunday) and the paper size.
    "week_start": 0,
    "report_paper": "A4",
    # Read at start-up: "system", "en" or "es"; "system", "light" or "dark".
    "language": "system",
    "appearance": "system",
}

LANGUAGES = ("system", "en", "es")
APPEARANCES = ("system", "light", "dark")
PAPERS = ("A4", "Letter")
# Inclusive ranges of the whole-number settings.
RANGES: dict[str, tuple[int, int]] = {
    "urgent_within_days": (0, 30),
    "buffer_minutes": (0, 60),
    "focus_minutes": (5, 240),
    "default_block_minutes": (5, 240),
    "reminder_minutes": (0, 60),
    "week_start": (0, 6),
    **{key: (1, 365) for key in CADENCE_KEYS.values()},
}
MAX_TEXT = 120  # the name and title on the report

# The messages validate_settings gives; the UI shows each in the user's language.
NOT_A_TIME = "Enter a time such as 09:30."
WORKDAY_ORDER = "The workday must end after it starts."
LUNCH_ORDER = "Lunch must end after it starts."
LUNCH_INSIDE = "Lunch must fall inside the workday."
NEGATIVE_VALUE = "Enter an amount of zero or more."
CURRENCY_CODE = "Enter a three-letter currency code such as EUR or USD."
TOO_LONG = "Keep this to 120 characters."
NOT_A_CHOICE = "Choose one of the options."


def out_of_range(low: int, high: int) -> str:
    return f"Enter a whole number from {low} to {high}."


def get_setting(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(key: str, value: Any) -> None:
    Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()


def load_settings(keys: Iterable[str] | None = None) -> dict[str, Any]:
    """The stored value of each of *keys* (every known setting when None), else its default."""
    return {key: get_setting(key) for key in (DEFAULTS if keys is None else keys)}


def default_values(keys: Iterable[str]) -> dict[str, Any]:
    """The defaults of *keys*: what Restore defaults puts back (nothing is written)."""
    return {key: DEFAULTS[key] for key in keys}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _minutes(value: Any) -> int | None:
    try:
        return parse_hhmm(str(value))
    except ValueError:
        return None


def _check_times(values: Mapping[str, Any], errors: dict[str, str]) -> None:
    times = {}
    for key in ("workday_start", "workday_end", "lunch_start", "lunch_end"):
        if key in values:
            times[key] = _minutes(values[key])
            if times[key] is None:
                errors[key] = NOT_A_TIME
    start, end = times.get("workday_start"), times.get("workday_end")
    if start is not None and end is not None and end <= start:
        errors["workday_end"] = WORKDAY_ORDER
    lunch_start, lunch_end = times.get("lunch_start"), times.get("lunch_end")
    if lunch_start is not None and lunch_end is not None:
        if lunch_end <= lunch_start:
            errors["lunch_end"] = LUNCH_ORDER
        elif start is not None and end is not None and start < end:
            outside = not start <= lunch_start < lunch_end <= end
            errors.update({"lunch_start": LUNCH_INSIDE} if outside else {})


def validate_settings(values: Mapping[str, Any]) -> dict[str, str]:
    """Setting key -> what is wrong with its value in *values*; empty when all can be saved.

    Only the keys present are checked (the workday and lunch together when both are)."""
    errors: dict[str, str] = {}
    for key, value in values.items():
        if key not in DEFAULTS:
            errors[key] = translate("settings", "Unknown setting: {0}").format(key)
        elif key in RANGES:
            low, high = RANGES[key]
            if not _is_int(value) or not low <= value <= high:
                errors[key] = out_of_range(low, high)
        elif key in ("ae_name", "ae_title"):
            if not isinstance(value, str) or len(value.strip()) > MAX_TEXT:
                errors[key] = TOO_LONG
        elif key == "important_deal_value_minor":
            if not _is_int(value) or value < 0:
                errors[key] = NEGATIVE_VALUE
        elif key == "currency" and not (
            isinstance(value, str) and re.fullmatch(r"[A-Z]{3}", value)
        ):
            errors[key] = CURRENCY_CODE
    choices = {"language": LANGUAGES, "appearance": APPEARANCES, "report_paper": PAPERS}
    for key, allowed in choices.items():
        if key in values and values[key] not in allowed:
            errors[key] = NOT_A_CHOICE
    _check_times(values, errors)
    return errors


def _cleaned(key: str, value: Any) -> Any:
    if key in ("ae_name", "ae_title"):
        return str(value).strip()
    if key in ("workday_start", "workday_end", "lunch_start", "lunch_end"):
        minutes = parse_hhmm(str(value))
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    return value


def save_settings(values: Mapping[str, Any]) -> None:
    """Store every one of *values* in one write transaction, or none (ValidationError)."""
    errors = validate_settings(values)
    if errors:
        raise ValidationError(errors)
    with write_transaction():
        for key, value in values.items():
            set_setting(key, _cleaned(key, value))


def restore_defaults(keys: Iterable[str]) -> None:
    """Put the defaults of *keys* back, stored in one transaction."""
    save_settings(default_values(keys))


def currency() -> str:
    return str(get_setting("currency"))


def week_start() -> int:
    """The first day of the user's week, 0 Monday ... 6 Sunday (Monday when the setting is bad)."""
    value = get_setting("week_start")
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6:
        return value
    return 0


def whole_number(key: str) -> int:
    """A whole-number setting, its default when what is stored is out of its range."""
    value = get_setting(key)
    low, high = RANGES[key]
    return value if _is_int(value) and low <= value <= high else int(DEFAULTS[key])


def tier_cadence() -> dict[Tier, int]:
    """Days between touches for each tier, as the user set them."""
    return {tier: whole_number(key) for tier, key in CADENCE_KEYS.items()}


def default_block_minutes() -> int:
    """The length of a block added without one: a new task's estimate, a block on empty time."""
    return whole_number("default_block_minutes")
