"""Deals from a CRM's deals export (HubSpot, Pipedrive, Salesforce) or a hand-made CSV table.

Amounts are read as people write them in English and Spanish ("1,234.56", "1.234,56",
"€ 12.500", "12 500 €", "$1,200"); dates as ISO, day first ("28/11/2026") or month first
when the day shows it or the CRM writes dates that way; the won/lost status from a status
column or a stage named "Closed Won" / "Perdida". A row the user must fix becomes a
RowProblem naming the cell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ae_desktop.domain.money import is_storable, parse_amount, to_minor
from ae_desktop.interop.csv_mapping import (
    Field,
    detect_source,
    header_key,
    mapped_columns,
    mapping_notes,
)
from ae_desktop.interop.csv_table import Table, TableRow, clean_cell, first_filled, shown
from ae_desktop.interop.records import DealRecord, DealStatus, ReadResult, RowProblem
from ae_desktop.translation import translate

_DEAL_FIELDS = (
    Field.DEAL_TITLE,
    Field.CLIENT_NAME,
    Field.DEAL_VALUE,
    Field.DEAL_CURRENCY,
    Field.DEAL_STAGE,
    Field.DEAL_STATUS,
    Field.DEAL_CLOSE,
    Field.DEAL_LOST_REASON,
)
_MONTH_FIRST_SOURCES = frozenset({"HubSpot", "Salesforce"})  # they export 11/28/2026

_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "US$": "USD"}
_CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "dolar": "USD",
    "dolares": "USD", "pound": "GBP", "pounds": "GBP", "libra": "GBP", "libras": "GBP",
}  # fmt: skip
_CODE = r"US\$|[€$£]|[A-Za-z]{3}"
_PREFIX = re.compile(rf"^({_CODE})\s*")
_SUFFIX = re.compile(rf"\s*({_CODE})$")
_NUMBER = re.compile(r"[\d\s.,']*\d[\d\s.,']*")
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})

_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?", re.DOTALL)
_DMY_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[T\s,].*)?", re.DOTALL)

_STATUSES = {
    "open": DealStatus.OPEN, "abierta": DealStatus.OPEN, "abierto": DealStatus.OPEN,
    "won": DealStatus.WON, "ganada": DealStatus.WON, "ganado": DealStatus.WON,
    "lost": DealStatus.LOST, "perdida": DealStatus.LOST, "perdido": DealStatus.LOST,
}  # fmt: skip
_STAGE_STATUSES = {
    **{key: status for key, status in _STATUSES.items() if status is not DealStatus.OPEN},
    "closedwon": DealStatus.WON, "closedlost": DealStatus.LOST,
    "cerradaganada": DealStatus.WON, "cerradoganado": DealStatus.WON,
    "cerradaperdida": DealStatus.LOST, "cerradoperdido": DealStatus.LOST,
}  # fmt: skip


class CellError(ValueError):
    """A cell that cannot be read; ``str(error)`` is the sentence for the import summary."""


@dataclass(frozen=True, slots=True)
class _Options:
    default_currency: str
    month_first: bool


def read_deals(
    table: Table, mapping: Mapping[int, Field], *, default_currency: str
) -> ReadResult[DealRecord]:
    """The deals in *table*, with the rows that cannot be imported and why. A deal whose file
    gives no currency (no currency column, no symbol or code by the value) gets
    *default_currency*."""
    columns = mapped_columns(mapping, len(table.headers))
    month_first = detect_source(table.headers) in _MONTH_FIRST_SOURCES
    options = _Options(default_currency.strip().upper(), month_first)
    result: ReadResult[DealRecord] = ReadResult(notes=mapping_notes(table.headers, mapping))
    for row in table.rows:
        values = {field: first_filled(row, columns[field]) for field in _DEAL_FIELDS}
        if not any(values.values()):
            continue
        try:
            result.records.append(_deal(row, values, options))
        except CellError as error:
            result.problems.append(RowProblem(row.line, str(error)))
    return result


def _deal(row: TableRow, values: dict[Field, str], options: _Options) -> DealRecord:
    title = clean_cell(values[Field.DEAL_TITLE])
    if not title:
        raise CellError(translate("csv", "No deal title."))
    value_minor, value_currency = parse_value(values[Field.DEAL_VALUE])
    currency = parse_currency(values[Field.DEAL_CURRENCY]) or value_currency
    stage = clean_cell(values[Field.DEAL_STAGE])
    close = values[Field.DEAL_CLOSE]
    return DealRecord(
        line=row.line,
        title=title,
        client_name=clean_cell(values[Field.CLIENT_NAME]),
        value_minor=value_minor,
        currency=currency or options.default_currency,
        stage_name=stage,
        status=parse_status(values[Field.DEAL_STATUS], stage),
        expected_close=parse_date(close, month_first=options.month_first) if close else None,
        lost_reason=clean_cell(values[Field.DEAL_LOST_REASON]),
    )


def parse_value(cell: str) -> tuple[int, str]:
    """(minor units, ISO currency or "") of an amount cell; (0, "") when it is blank."""
    text = cell.translate(_ODD_SPACES).strip()
    if not text:
        return 0, ""
    negative = text.startswith("(") and text.endswith(")")
    text = text.strip("()").strip()
    negative = negative or text.startswith("-")
    text = text.removeprefix("-").strip()
    prefix = _PREFIX.match(text)
    if prefix:
        text = text[prefix.end() :]
        negative = negative or text.startswith("-")
        text = text.removeprefix("-")
    suffix = _SUFFIX.search(text)
    if suffix:
        text = text[: suffix.start()]
    codes = {_code(match.group(1)) for match in (prefix, suffix) if match}
    amount = _amount(text.replace("'", "")) if _NUMBER.fullmatch(text) else None
    if amount is None or len(codes) > 1:
        raise CellError(translate("csv", "The value “{0}” is not an amount.").format(shown(cell)))
    if negative and amount:
        raise CellError(translate("csv", "The value “{0}” is negative.").format(shown(cell)))
    if not is_storable(amount):
        raise CellError(translate("csv", "The value “{0}” is too large.").format(shown(cell)))
    return to_minor(amount), codes.pop() if codes else ""


def _amount(number: str) -> Decimal | None:
    try:
        return parse_amount(number)
    except ValueError:
        return None


def _code(marker: str) -> str:
    return _SYMBOLS.get(marker, marker.upper())


def parse_currency(cell: str) -> str:
    """The ISO code of a currency cell ("EUR", "eur", "€", "euros"); "" when it is blank."""
    text = clean_cell(cell)
    if not text:
        return ""
    if text in _SYMBOLS:
        return _SYMBOLS[text]
    if re.fullmatch(r"[A-Za-z]{3}", text):
        return text.upper()
    word = header_key(text)
    if word in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[word]
    raise CellError(
        translate("csv", "The currency “{0}” is not a three-letter code such as EUR.").format(
            shown(cell)
        )
    )


def parse_date(cell: str, *, month_first: bool = False) -> date:
    """A close date: "2026-11-28" (a time after it is ignored), "28/11/2026", "28.11.26", or
    "11/28/2026" when 28 cannot be a month. When both numbers could be the month, the day
    comes first unless *month_first* (HubSpot's and Salesforce's exports)."""
    text = cell.strip()
    try:
        if match := _ISO_DATE.fullmatch(text):
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
        if match := _DMY_DATE.fullmatch(text):
            first, second, year = (int(part) for part in match.groups())
            if len(match.group(3)) == 2:
                year += 2000
            swap = second > 12 or (month_first and first <= 12)
            day, month = (second, first) if swap else (first, second)
            return date(year, month, day)
    except ValueError:
        pass
    raise CellError(translate("csv", "The close date “{0}” is not a date.").format(shown(cell)))


def parse_status(cell: str, stage: str) -> DealStatus:
    """Open, won or lost: from the status cell, else from a stage such as "Closed Won"."""
    if cell.strip():
        status = _STATUSES.get(header_key(cell))
        if status is None:
            raise CellError(
                translate("csv", "The status “{0}” is not open, won or lost.").format(shown(cell))
            )
        return status
    return _STAGE_STATUSES.get(header_key(stage), DealStatus.OPEN)
