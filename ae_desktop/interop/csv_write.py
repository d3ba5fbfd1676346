"""CSV files that Excel and LibreOffice open safely: UTF-8 with BOM, formulas neutralised."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ae_desktop.interop.atomic_write import atomic_text_file

# A text cell starting with one of these is run as a formula by spreadsheets (OWASP's list).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


# An international phone number: "+", then only digits, spaces and ( ) . / - (at least six
# digits). It cannot run anything, and an apostrophe in front of it would show in every cell.
_PHONE = re.compile(r"\+(?=(?:\D*\d){6})[\d ()./-]+")


def neutralise(value: object) -> object:
    """*value* as a spreadsheet must read it: text that would start a formula gets a leading
    apostrophe (so "-5" and "=HYPERLINK(…)" stay text), except a phone number such as
    "+34 600 000 000"; numbers are left as numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return value if _PHONE.fullmatch(value) else "'" + value
    return value


def cell(value: object) -> object:
    """What the CSV holds for *value*: numbers as numbers, dates ISO, None empty, yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: a bool is an int
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")  # never "1.25E+3"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):  # before date: a datetime is a date
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value if isinstance(value, str) else str(value))


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write *headers* then *rows* to *path* and return the number of rows written.

    Comma-separated, CRLF line ends, quoted only where needed; the file is written beside
    *path* and renamed over it when complete, so nothing partial is ever left. Raises OSError.
    """
    count = 0
    with atomic_text_file(path, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([cell(header) for header in headers])
        for row in rows:
            writer.writerow([cell(value) for value in row])
            count += 1
    return count
