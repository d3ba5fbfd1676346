"""Money: integer minor units in storage, Decimal in code, never float."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

MINOR_PER_MAJOR = 100

# The largest amount (major units, either sign) the app stores: far above any real deal or
# revenue, and 10**14 minor units stay well inside SQLite's 64-bit integers.
MAX_AMOUNT = Decimal(1_000_000_000_000)


def is_storable(amount: Decimal) -> bool:
    """A finite amount no larger than MAX_AMOUNT either way."""
    return amount.is_finite() and abs(amount) <= MAX_AMOUNT


def to_minor(amount: Decimal) -> int:
    """Whole minor units, half up; exact for any finite amount however many digits it has."""
    with localcontext() as context:
        # The default 28 digits would make quantize raise on a long amount.
        context.prec = max(context.prec, amount.adjusted() + 4, len(amount.as_tuple().digits) + 3)
        return int((amount * MINOR_PER_MAJOR).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_minor(minor: int) -> Decimal:
    return (Decimal(minor) / MINOR_PER_MAJOR).quantize(Decimal("0.01"))


_AMOUNT = re.compile(
    r"^(?:[A-Za-z]{3}|[€$£])?\s*(-?[\d\s.,]*\d[\d\s.,]*)\s*(?:[A-Za-z]{3}|[€$£])?$"
)


def _is_thousands(head: str, tail: str) -> bool:
    """'12.500' or '1,250' group thousands; '0.125' and '1.5' are decimals."""
    digits = "".join(head.split())
    return len(tail) == 3 and 1 <= len(digits) <= 3 and not digits.startswith("0")


def _separators(number: str) -> tuple[str | None, str | None]:
    """(decimal, grouping) separators among '.' and ',' in *number*; spaces always group."""
    if "," in number and "." in number:
        # The separator that comes last is the decimal one.
        return (",", ".") if number.rfind(",") > number.rfind(".") else (".", ",")
    for separator in (",", "."):
        if number.count(separator) > 1:
            return None, separator
        if separator in number:
            head, _, tail = number.rpartition(separator)
            return (None, separator) if _is_thousands(head, tail) else (separator, None)
    return None, None


def _digits(whole: str, grouping: str | None) -> str | None:
    """The digits of the whole part, or None when its groups are wrong ('1.2.3', '12,34,567')."""
    if not whole:
        return ""
    pattern = r"\s+" if grouping is None else rf"\s+|{re.escape(grouping)}"
    first, *rest = re.split(pattern, whole)
    if not all(group.isdecimal() for group in (first, *rest)):
        return None
    if rest and (not 1 <= len(first) <= 3 or any(len(group) != 3 for group in rest)):
        return None
    return "".join((first, *rest))


def parse_amount(text: str) -> Decimal:
    """Read what a user typed ("12,500.50", "12.500,50", "12500", "€ 1 000") as a Decimal.

    A thousands separator must group by three: "1.234.567" is read, "1.2.3" is not.
    Raises ValueError when it is not an amount.
    """
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise ValueError(text)
    number = match.group(1).strip()
    sign = "-" if number.startswith("-") else ""
    number = number.removeprefix("-").strip()
    decimal, grouping = _separators(number)
    whole, fraction = number, ""
    if decimal is not None:
        whole, _, fraction = number.rpartition(decimal)
        if decimal in whole or not (fraction == "" or fraction.isdecimal()):
            raise ValueError(text)
    digits = _digits(whole, grouping)
    if digits is None or not (digits or fraction):
        raise ValueError(text)
    literal = f"{sign}{digits or '0'}" + (f".{fraction}" if fraction else "")
    try:
        return Decimal(literal)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def format_money(minor: int, currency: str = "EUR") -> str:
    """Whole units with thousands separators and the currency code: 'EUR 12,500'."""
    major = from_minor(minor)
    whole = major.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{currency} {whole:,.0f}"
