"""Writing contacts as vCard 4.0 (RFC 6350), by hand: vobject only writes vCard 3.0.

Text is escaped per RFC 6350 section 3.4, lines end in CRLF and are folded at 75 octets
without splitting a UTF-8 character. The UID is derived from the contact's id so that a
re-export keeps it and address books update the card instead of duplicating it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

# Fixed namespace for the contacts' UIDs: never change it, or re-exports duplicate cards.
CONTACT_UID_NAMESPACE = uuid.UUID("6f1d6a52-3c1e-5b8e-9a57-2f0c8a4e1d3b")
_FOLD_OCTETS = 75
_PHONE = re.compile(r"\+[0-9][0-9 ().\-]{3,}[0-9)]")


@dataclass(frozen=True)
class VCardContact:
    id: int
    name: str
    client_name: str
    role: str
    email: str
    phone: str
    notes: str


def write_vcards(contacts: Iterable[VCardContact], *, now: datetime | None = None) -> str:
    """The contacts as one vCard 4.0 text with CRLF line endings. *now* (default: the current
    time) is written as REV."""
    revision = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return "".join(_card(contact, revision) for contact in contacts)


def contact_uid(contact_id: int) -> str:
    """The stable UID of the contact with *contact_id*: urn:uuid:… (uuid5)."""
    return f"urn:uuid:{uuid.uuid5(CONTACT_UID_NAMESPACE, f'contact-{contact_id}')}"


def _card(contact: VCardContact, revision: str) -> str:
    name = contact.name.strip()
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    if name:
        lines.append(f"FN:{escape_text(name)}")
        lines.append(f"N:{_structured_name(name)}")
    else:  # the company itself: no person's name to split (N is empty, RFC 6350 6.2.2)
        lines.append("KIND:org")
        lines.append(f"FN:{escape_text(contact.client_name.strip())}")
        lines.append("N:;;;;")
    lines.extend(_optional_lines(contact))
    lines.append(f"UID:{contact_uid(contact.id)}")
    lines.append(f"REV:{revision}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def _optional_lines(contact: VCardContact) -> list[str]:
    lines: list[str] = []
    if contact.client_name.strip():
        lines.append(f"ORG:{escape_text(contact.client_name.strip())}")
    if contact.role.strip():
        lines.append(f"TITLE:{escape_text(contact.role.strip())}")
    if contact.email.strip():
        lines.append(f"EMAIL;TYPE=work:{escape_text(contact.email.strip())}")
    if contact.phone.strip():
        lines.append(_phone_line(contact.phone.strip()))
    if contact.notes.strip():
        lines.append(f"NOTE:{escape_text(contact.notes.strip())}")
    return lines


def _structured_name(name: str) -> str:
    """N: family;given;additional;prefix;suffix, the last word taken as the family name."""
    words = name.split()
    family = words[-1] if words else ""
    given = " ".join(words[:-1])
    return f"{escape_text(family)};{escape_text(given)};;;"


def _phone_line(phone: str) -> str:
    """A tel: URI for international numbers (spaces become RFC 3966 "-" separators), the
    number as free text otherwise; no TYPE, since whether it is a work, home or mobile
    number is not known."""
    if _PHONE.fullmatch(phone):
        uri = "tel:" + re.sub(r"\s+", "-", phone)
        return f"TEL;VALUE=uri:{uri}"
    return f"TEL:{escape_text(phone)}"


def escape_text(value: str) -> str:
    """RFC 6350 3.4: backslash, comma, semicolon and line breaks escaped."""
    escaped = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return re.sub(r"\r\n|\r|\n", r"\\n", escaped)


def fold_line(line: str) -> str:
    """*line* folded into chunks of at most 75 octets (continuations start with a space),
    never inside a UTF-8 character."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    limit = _FOLD_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            chunks.append("".join(current))
            current, size, limit = [], 0, _FOLD_OCTETS - 1
        current.append(char)
        size += octets
    chunks.append("".join(current))
    return "\r\n ".join(chunks)
