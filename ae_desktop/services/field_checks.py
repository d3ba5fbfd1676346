"""Checks and messages shared by the use cases' validation: phone numbers and web addresses."""

from __future__ import annotations

from ae_desktop.domain.text import (
    MIN_PHONE_DIGITS,
    count_digits,
    has_only_phone_characters,
    is_web_address,
)
from ae_desktop.translation import translate

MAX_PHONE = 60  # the column's size
MAX_WEBSITE = 300


def phone_error(phone: str) -> str | None:
    """The message for a phone number the user typed, or None when it is empty or fine."""
    phone = phone.strip()
    if not phone:
        return None
    if not has_only_phone_characters(phone):
        return translate(
            "fields", "Use only digits, spaces and + - ( ) . / (x or ext before an extension)."
        )
    if count_digits(phone) < MIN_PHONE_DIGITS:
        return translate("fields", "A phone number has at least {0} digits.").format(
            MIN_PHONE_DIGITS
        )
    if len(phone) > MAX_PHONE:
        return translate("fields", "Keep the phone number under {0} characters.").format(MAX_PHONE)
    return None


def website_error(website: str) -> str | None:
    """The message for a web address the user typed, or None when it is empty or fine."""
    website = website.strip()
    if not website:
        return None
    if not is_web_address(website):
        return translate("fields", "Enter a web address such as acme.com.")
    if len(website) > MAX_WEBSITE:
        return translate("fields", "Keep the web address under {0} characters.").format(MAX_WEBSITE)
    return None
