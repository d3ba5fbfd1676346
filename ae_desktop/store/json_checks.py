"""The checks of a full JSON export's values before its import: each value's JSON type, then
the app's own rules (the closed vocabularies, times, currencies, ranges, required names), then
the pipeline's stages as a whole. A value the app never writes would crash it later.

The rules are those the services enforce when the user types (services/*.py validate_*), kept
here as plain data since the store does not import the services.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from peewee import BooleanField, DateField, DateTimeField, Field, ForeignKeyField, IntegerField

from ae_desktop.domain.enums import (
    BlockKind,
    ClientStatus,
    DealKind,
    Flag,
    InteractionKind,
    PeriodKind,
    StageOutcome,
    TaskStatus,
    Tier,
)
from ae_desktop.domain.money import MAX_AMOUNT, MINOR_PER_MAJOR
from ae_desktop.domain.planner import parse_hhmm
from ae_desktop.interop.records import ImportFileError
from ae_desktop.translation import translate

# ---- JSON types ---------------------------------------------------------------------------


class BadValue(ValueError):
    """A value of the wrong type; the message ends "expected …"."""


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not -(2**63) <= value < 2**63:
        raise BadValue(translate("json", "a whole number"))  # SQLite's integers are 64-bit
    return value


def _boolean(value: Any) -> int:
    if not isinstance(value, bool):
        raise BadValue(translate("json", "true or false"))
    return int(value)


def _date(value: Any) -> str:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise BadValue(translate("json", "a date such as 2025-03-31"))


def _datetime(value: Any) -> str:
    try:
        if isinstance(value, str) and (moment := datetime.fromisoformat(value)).tzinfo is None:
            return moment.isoformat(" ")  # how the records store it: str(datetime)
    except ValueError:
        pass
    raise BadValue(translate("json", "a date and time such as 2025-03-31T09:30:00"))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(translate("json", "text"))
    try:
        value.encode("utf-8")  # JSON may hold a lone surrogate ("\ud800"), which is no text
    except UnicodeEncodeError:
        raise BadValue(translate("json", "text")) from None
    return value


def from_json(field: Field) -> Callable[[Any], Any]:
    """How a JSON value for *field* is checked and turned into what SQLite stores (BadValue
    when it is of the wrong type)."""
    if isinstance(field, ForeignKeyField):
        return from_json(field.rel_field)
    if isinstance(field, BooleanField):
        return _boolean
    if isinstance(field, IntegerField):
        return _integer
    if isinstance(field, DateTimeField):
        return _datetime
    if isinstance(field, DateField):
        return _date
    return _text


# ---- The app's rules, column by column ----------------------------------------------------

# A value as SQLite stores it (never None: a null passed the type check) -> what is wrong with
# it, as the end of "<column> <value> …", or None when it is fine.
Check = Callable[[Any], str | None]

MAX_MINOR = int(MAX_AMOUNT) * MINOR_PER_MAJOR  # the largest amount the app stores
_CURRENCY = re.compile(r"[A-Z]{3}")
_HHMM = re.compile(r"[0-9]{2}:[0-9]{2}")


def _one_of(vocabulary: type[StrEnum]) -> Check:
    allowed = [str(member) for member in vocabulary]
    listed = ", ".join(allowed)
    return lambda value: (
        None if value in allowed else translate("json", "is not one of {0}").format(listed)
    )


def _between(low: int, high: int) -> Check:
    return lambda value: (
        None
        if low <= value <= high
        else translate("json", "is not from {0} to {1}").format(low, high)
    )


def _at_least_zero(value: int) -> str | None:
    return None if value >= 0 else translate("json", "is negative")


def _money(value: int) -> str | None:
    if value < 0:
        return translate("json", "is negative")
    return (
        None
        if value <= MAX_MINOR
        else translate("json", "is larger than any amount the app stores")
    )


def _filled(value: str) -> str | None:
    return None if value.strip() else translate("json", "is empty")


def _currency(value: str) -> str | None:
    if _CURRENCY.fullmatch(value):
        return None
    return translate("json", "is not a currency code of three capital letters such as EUR")


def minutes(value: Any) -> int | None:
    """Minutes since midnight of a time stored as "HH:MM" (00:00 to 24:00), else None."""
    if not isinstance(value, str) or not _HHMM.fullmatch(value):
        return None
    try:
        return parse_hhmm(value)
    except ValueError:
        return None


def _time(value: str) -> str | None:
    return (
        None
        if minutes(value) is not None
        else translate("json", "is not a time from 00:00 to 24:00 as HH:MM")
    )


def _json_text(value: str) -> str | None:
    try:
        json.loads(value)  # how services.settings reads it
    except (ValueError, RecursionError):
        return translate("json", "is not a setting value as the app stores it (JSON)")
    return None


RULES: dict[str, dict[str, Check]] = {
    "client": {
        "name": _filled,
        "tier": _one_of(Tier),
        "status": _one_of(ClientStatus),
        "potential_revenue_minor": _money,
        "cadence_days": _between(1, 365),
        "satisfaction": _between(1, 5),  # the newest interaction's CSAT
        "weekly_minutes": _between(0, 40 * 60),
    },
    "contact": {"name": _filled},
    "stage": {
        "name": _filled,
        "probability": _between(0, 100),
        "outcome": _one_of(StageOutcome),
        "rotting_days": _between(1, 365),
    },
    "deal": {
        "title": _filled,
        "value_minor": _money,
        "currency": _currency,
        "kind": _one_of(DealKind),
        "probability": _between(0, 100),
    },
    "interaction": {
        "kind": _one_of(InteractionKind),
        "summary": _filled,
        "csat": _between(1, 5),
    },
    "task": {
        "title": _filled,
        "estimate_minutes": _between(1, 8 * 60),
        "importance": _one_of(Flag),
        "urgency": _one_of(Flag),
        "status": _one_of(TaskStatus),
    },
    "time_block": {
        "start": _time,
        "end": _time,
        "title": _filled,
        "kind": _one_of(BlockKind),
        "spent_minutes": _at_least_zero,
    },
    "quota": {
        "period_kind": _one_of(PeriodKind),
        "amount_minor": _money,
        "currency": _currency,
    },
    "setting": {"value": _json_text},
}


def _shown(value: Any) -> str:
    if not isinstance(value, str):
        return str(value)
    return f"“{value if len(value) <= 40 else value[:39] + '…'}”"


def _block_order(row: Mapping[str, Any]) -> str | None:
    start, end = minutes(row.get("start")), minutes(row.get("end"))
    if start is None or end is None or end > start:
        return None
    return translate("json", "end {0} is not after start {1}").format(
        _shown(row["end"]), _shown(row["start"])
    )


def _quota_period(row: Mapping[str, Any]) -> str | None:
    kind, start = row.get("period_kind"), row.get("period_start")
    if not isinstance(start, str) or kind not in (PeriodKind.MONTH, PeriodKind.QUARTER):
        return None
    day = date.fromisoformat(start)
    if day.day == 1 and (kind == PeriodKind.MONTH or day.month % 3 == 1):
        return None
    return translate("json", "period_start {0} is not the first day of a {1}").format(
        _shown(start), kind
    )


# Rules on several columns of a row: the row -> what is wrong, or None.
ROW_RULES: dict[str, Callable[[Mapping[str, Any]], str | None]] = {
    "time_block": _block_order,
    "quota": _quota_period,
}


def check_row(table: str, key: str, row: Mapping[str, Any]) -> None:
    """Refuse (ImportFileError) a row of *table* (column -> value as SQLite stores it, its
    primary key in *key*) that breaks a rule of the app."""
    problem = None
    for column, check in RULES.get(table, {}).items():
        value = row.get(column)
        if value is not None and (wrong := check(value)) is not None:
            problem = f"{column} {_shown(value)} {wrong}"
            break
    else:
        if table in ROW_RULES:
            problem = ROW_RULES[table](row)
    if problem is not None:
        raise ImportFileError(
            translate("json", "Table {0}, row {1}: {2}.").format(table, row[key], problem)
        )


# ---- The stages as a whole ----------------------------------------------------------------


def check_stages(stages: Iterable[Mapping[str, Any]]) -> None:
    """Refuse (ImportFileError) stages the app cannot work with: no Won, Lost or open stage
    (closing and importing deals needs them), or two at one position (the pipeline's order,
    and which stages count as late, follow the positions)."""
    rows = list(stages)
    outcomes = {row["outcome"] for row in rows}
    needed = translate(
        "json", "the app needs a Won, a Lost and at least one open stage; it cannot be imported."
    )
    if StageOutcome.WON not in outcomes:
        raise ImportFileError(translate("json", "The export has no Won stage: {0}").format(needed))
    if StageOutcome.LOST not in outcomes:
        message = translate("json", "The export has no Lost stage: {0}")
        raise ImportFileError(message.format(needed))
    if StageOutcome.OPEN not in outcomes:
        message = translate("json", "The export has no open stage: {0}")
        raise ImportFileError(message.format(needed))
    at: dict[int, str] = {}
    for row in sorted(rows, key=lambda r: (r["position"], r["id"])):
        if row["position"] in at:
            raise ImportFileError(
                translate(
                    "json",
                    "The export has two stages at position {0}, {1} and {2}: each stage needs a "
                    "position of its own, which orders the pipeline; it cannot be imported.",
                ).format(row["position"], _shown(at[row["position"]]), _shown(row["name"]))
            )
        at[row["position"]] = row["name"]
