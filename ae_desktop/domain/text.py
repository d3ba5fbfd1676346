"""Text rules: search folding and e-mail checks."""

from __future__ import annotations

import re
import unicodedata

_EMAIL = re.compile(
    r"^(?!.*\.\.)[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}$"
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: 'Peña Ávila' -> 'pena avila'."""
    # Compatibility forms can decompose to capitals ("™" -> "TM"): casefold after decomposing.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))
