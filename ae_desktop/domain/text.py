"""Text rules: search folding and checks of e-mail addresses, web addresses and phones."""

from __future__ import annotations

import re
import unicodedata

# One character of an e-mail address between dots: no spaces, brackets, separators or quotes.
_EMAIL_CHAR = r"[^@\s<>()\[\],;:\".]"
# A domain label neither starts nor ends with a hyphen; the top-level one has 2+ characters.
_EMAIL_LABEL = rf"(?!-){_EMAIL_CHAR}+(?<!-)"
_EMAIL = re.compile(
    rf"{_EMAIL_CHAR}+(?:\.{_EMAIL_CHAR}+)*"  # the local part: no dot first, last or twice
    rf"@(?:{_EMAIL_LABEL}\.)+(?!-){_EMAIL_CHAR}{{2,}}(?<!-)"
)

# A host name label: letters (any script) or digits, hyphens only inside.
_WEB_LABEL = r"[^\W_](?:[^\W_]|-)*(?<!-)"
_WEB_ADDRESS = re.compile(
    rf"(?:https?://)?(?:{_WEB_LABEL}\.)+(?:[^\W\d_]{{2,}}|xn--[a-z0-9-]+)(?::[0-9]{{1,5}})?"
    r"(?:[/?#]\S*)?",
    re.IGNORECASE,
)

MIN_PHONE_DIGITS = 6
_PHONE_CHARS = re.compile(r"(?:[0-9\s+\-()./]|ext|x)+", re.IGNORECASE)


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
    # Only the non-ASCII characters left (a dash, a rare accent) need the per-character check.
    return _NON_ASCII.sub(_drop_combining, stripped)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_combining(match: re.Match[str]) -> str:
    ch = match.group()
    return "" if unicodedata.combining(ch) else ch


def is_valid_email(text: str) -> bool:
    return _EMAIL.fullmatch(text.strip()) is not None


def is_web_address(text: str) -> bool:
    """'acme.com', 'www.acme.com/en' or 'https://acme.com': a domain with a dot, no spaces."""
    return _WEB_ADDRESS.fullmatch(text.strip()) is not None


def has_only_phone_characters(text: str) -> bool:
    """Digits, spaces and + - ( ) . / , and x or ext before an extension."""
    return _PHONE_CHARS.fullmatch(text.strip()) is not None


def count_digits(text: str) -> int:
    return sum(ch in "0123456789" for ch in text)


def title_without_client(title: str, client_name: str) -> str:
    """A deal's title without a leading "<client> – " where the client is shown beside it."""
    for dash in (" – ", " - ", ": "):
        prefix = f"{client_name}{dash}"
        if title.startswith(prefix) and len(title) > len(prefix):
            rest = title[len(prefix) :]
            return rest[0].upper() + rest[1:]
    return title
