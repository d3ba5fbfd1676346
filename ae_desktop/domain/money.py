"""Money: integer minor units in storage, Decimal in code, never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINOR_PER_MAJOR = 100


def to_minor(amount: Decimal) -> int:
    return int((amount * MINOR_PER_MAJOR).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_minor(minor: int) -> Decimal:
    return (Decimal(minor) / MINOR_PER_MAJOR).quantize(Decimal("0.01"))


def parse_amount(text: str) -> Decimal:
    """Read what a user typed ("12,500.50", "12.500,50", "12500", "€ 1 000") as a Decimal.

    Raises ValueError when it is not a number.
    """
    cleaned = "".join(ch for ch in text.strip() if ch.isdigit() or ch in ",.-")
    if not cleaned or cleaned in {"-", ".", ","}:
        raise ValueError(text)
    if "," in cleaned and "." in cleaned:
        # The separator that comes last is the decimal one.
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 else cleaned.replace(",", "")
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def format_money(minor: int, currency: str = "EUR") -> str:
    """Whole units with thousands separators and the currency code: 'EUR 12,500'."""
    major = from_minor(minor)
    whole = major.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{currency} {whole:,.0f}"
