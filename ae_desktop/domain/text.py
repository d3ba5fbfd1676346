"""Text rules: search folding and e-mail checks."""

from __future__ import annotations

import re
import unicodedata

_EMAIL = re.compile(
    r"^(?!.*\.\.)[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}$"
)


# The combining accents of Latin, Greek and Cyrillic (U+034F, the grapheme joiner, has class 0
# and stays); anything rarer left after them goes through the exact per-character check.
_COMMON_COMBINING = re.compile("[\u0300-\u034e\u0350-\u036f]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: 'Peña Ávila' -> 'pena avila'."""
    if text.isascii():
        return text.lower()  # the same as the general path for ASCII, many times faster
    # Compatibility forms can decompose to capitals ("™" -> "TM"): casefold after decomposing.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = _COMMON_COMBINING.sub("", decomposed)
    if stripped.isascii():
        return stripped
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))
