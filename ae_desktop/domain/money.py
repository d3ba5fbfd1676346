"""Money: integer minor units in storage, Decimal in code, never float."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINOR_PER_MAJOR = 100


def to_minor(amount: Decimal) -> int:
    return int((amount * MINOR_PER_MAJOR).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_minor(minor: int) -> Decimal:
    return (Decimal(minor) / MINOR_PER_MAJOR).quantize(Decimal("0.01"))


_AMOUNT = re.compile(
    r"^(?:[A-Za-z]{3}|[€$£])?\s*(-?[\d\s.,]*\d[\d\s.,]*)\s*(?:[A-Za-z]{3}|[€$£])?$"
)


def _is_thousands(head: str, tail: str) -> bool:
    """'12.500' or '1,250' group thousands; '0.125' and '1.5' are decimals."""
    digits = head.lstrip("-")
    return len(tail) == 3 and 1 <= len(digits) <= 3 and not digits.startswith("0")


def parse_amount(text: str) -> Decimal:
    """Read what a user typed ("12,500.50", "12.500,50", "12500", "€ 1 000") as a Decimal.

    Raises ValueError when it is not an amount.
    """
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise ValueError(text)
    cleaned = "".join(match.group(1).split())
    if "," in cleaned and "." in cleaned:
        # The separator that comes last is the decimal one.
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    else:
        separator = "," if "," in cleaned else "."
        head, _, tail = cleaned.rpartition(separator)
        if cleaned.count(separator) > 1 or (head and _is_thousands(head, tail)):
            cleaned = cleaned.replace(separator, "")
        elif head:
            cleaned = f"{head}.{tail}"
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def format_money(minor: int, currency: str = "EUR") -> str:
    """Whole units with thousands separators and the currency code: 'EUR 12,500'."""
    major = from_minor(minor)
    whole = major.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{currency} {whole:,.0f}"
