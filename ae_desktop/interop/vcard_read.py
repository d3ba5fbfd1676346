"""Reading vCard files (2.1, 3.0, 4.0; Apple, Google, Outlook exports) into PersonRecords.

The text is split into cards here, on BEGIN/END lines, so that one broken card becomes a
RowProblem and the others are still read; vobject then parses each card. Binary properties
(PHOTO, LOGO, SOUND, KEY) are dropped before parsing so photos cannot make a file slow; a file
on disk is read line by line and its photos dropped before it is decoded, so that the size
limit applies to the contacts, not to their photos (an iPhone export with photos is big).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import vobject  # type: ignore[import-untyped]

from ae_desktop.interop.records import (
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    MAX_RECORDS,
    MAX_VCARD_FILE_BYTES,
    ImportFileError,
    PersonRecord,
    ReadResult,
    RowProblem,
)
from ae_desktop.interop.textfile import DecodedText, decode_bytes, is_utf16, too_big
from ae_desktop.translation import translate

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_MB = 1024 * 1024
_CHUNK = _MB  # bytes read at a time from a file
_SNIFF = 4096  # bytes looked at to tell UTF-16
_PROPERTY_NAME = re.compile(rb"^(?:[^;:.]*\.)?([A-Za-z0-9-]+)")
_COMPANY_KINDS = frozenset({"org", "organization", "company"})


@dataclass(frozen=True, slots=True)
class _RawCard:
    line: int  # 1-based line of BEGIN:VCARD
    text: str  # the card, binary properties removed


def read_vcard_file(path: Path) -> ReadResult[PersonRecord]:
    """Read the vCard file at *path* without its photos. A file over MAX_VCARD_FILE_BYTES is
    refused before reading, one whose contacts without photos exceed MAX_FILE_BYTES while
    reading."""
    try:
        size = path.stat().st_size
        if size > MAX_VCARD_FILE_BYTES:
            raise ImportFileError(too_big(size, MAX_VCARD_FILE_BYTES))
        with path.open("rb") as handle:
            data = _without_binary_properties(handle, size)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ImportFileError(
            translate("vcard", "The file could not be read: {0}.").format(reason)
        ) from error
    return _read_text(decode_bytes(data))


def _without_binary_properties(handle: BinaryIO, size: int) -> bytes:
    """The file's bytes with the lines of PHOTO, LOGO, SOUND and KEY properties replaced by
    bare line breaks (so that line numbers stay right). UTF-16, whose lines cannot be found
    byte by byte, is read whole, within MAX_FILE_BYTES."""
    head = handle.read(_SNIFF)
    if is_utf16(head):
        if size > MAX_FILE_BYTES:
            raise ImportFileError(too_big(size, MAX_FILE_BYTES))
        data = head + handle.read(MAX_FILE_BYTES + 1 - len(head))
        if len(data) > MAX_FILE_BYTES:  # it grew after the size check
            raise ImportFileError(too_big(len(data), MAX_FILE_BYTES))
        return data
    handle.seek(0)
    kept = bytearray()
    dropping = quoted_printable = soft_break = False
    for line in _physical_lines(handle):
        first = line[:1]
        if not (soft_break or first == b" " or first == b"\t"):  # a property starts
            dropping = _binary_name(line)
            quoted_printable = b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper()
        soft_break = quoted_printable and line.rstrip(b"\r\n").endswith(b"=")
        if dropping:  # keep the line break only (CRLF, LF or CR)
            if line.endswith(b"\r\n"):
                kept += b"\r\n"
            elif line.endswith((b"\n", b"\r")):
                kept += line[-1:]
            continue
        kept += line
        if len(kept) > MAX_FILE_BYTES:
            raise ImportFileError(
                translate(
                    "vcard",
                    "The contacts in the file take over {0} MB without their photos; files over "
                    "that are not imported. Split the file.",
                ).format(MAX_FILE_BYTES // _MB)
            )
    return bytes(kept)


def _physical_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The file's lines, each with its line break (CRLF, LF or CR); ImportFileError past
    MAX_VCARD_FILE_BYTES (the file grew) or for one line over MAX_FILE_BYTES."""
    pending = b""
    read = 0
    while chunk := handle.read(_CHUNK):
        read += len(chunk)
        if read > MAX_VCARD_FILE_BYTES:
            raise ImportFileError(too_big(read, MAX_VCARD_FILE_BYTES))
        lines = (pending + chunk).splitlines(keepends=True)
        # The last line may go on in the next chunk, a CR there may be half a CRLF.
        pending = lines.pop() if not lines[-1].endswith(b"\n") else b""
        if len(pending) > MAX_FILE_BYTES:
            raise ImportFileError(
                translate(
                    "vcard", "The file has a line over {0} MB: it is not a vCard file."
                ).format(MAX_FILE_BYTES // _MB)
            )
        yield from lines
    if pending:
        yield pending


def _binary_name(line: bytes) -> bool:
    """Whether the property starting on *line* is PHOTO, LOGO, SOUND or KEY."""
    found = _PROPERTY_NAME.match(line.lstrip())
    return found is not None and found.group(1).upper().decode("ascii") in _BINARY_PROPERTIES


def read_vcards(data: bytes) -> ReadResult[PersonRecord]:
    """The people in a vCard file; raises ImportFileError when the file cannot be used."""
    return _read_text(decode_bytes(data))


def _read_text(decoded: DecodedText) -> ReadResult[PersonRecord]:
    result: ReadResult[PersonRecord] = ReadResult(notes=encoding_notes(decoded))
    for raw in split_cards(decoded.text):
        parsed = _parse_card(raw)
        if isinstance(parsed, RowProblem):
            result.problems.append(parsed)
        else:
            result.records.append(parsed)
    return result


def encoding_notes(decoded: DecodedText) -> list[str]:
    """A note when the file was not UTF-8, which vCard 4.0 and iCalendar require."""
    if decoded.encoding.startswith("UTF-8"):
        return []
    return [translate("vcard", "Read as {0}.").format(decoded.encoding)]


def split_cards(text: str) -> list[_RawCard]:
    """The cards of *text*, each with the line of its BEGIN:VCARD; text between cards is
    ignored. Raises ImportFileError for no card, a truncated file, too many cards, or a
    field over MAX_FIELD_CHARS."""
    cards: list[_RawCard] = []
    current: list[str] | None = None
    start = depth = 0
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        key = line.rstrip().upper()
        if current is None:
            if key == "BEGIN:VCARD":
                if len(cards) >= MAX_RECORDS:
                    raise ImportFileError(
                        translate(
                            "vcard",
                            "The file has more than {0:,} contact cards: split it into smaller "
                            "files.",
                        ).format(MAX_RECORDS)
                    )
                current, start, depth = [line], number, 1
            continue
        current.append(line)
        if key == "BEGIN:VCARD":
            depth += 1
        elif key == "END:VCARD":
            depth -= 1
            if depth == 0:
                cards.append(_RawCard(start, _clean_card(current, start)))
                current = None
    if current is not None:
        raise ImportFileError(
            translate(
                "vcard",
                "The file ends in the middle of a contact card (line {0}): it may be truncated.",
            ).format(start)
        )
    if not cards:
        raise ImportFileError(
            translate("vcard", "The file contains no contact card: it is not a vCard file.")
        )
    return cards


def _clean_card(lines: list[str], start: int) -> str:
    """The card's text without binary properties; checks the length of every value."""
    kept: list[str] = []
    for logical in _logical_lines(lines):
        name = _property_name(logical[0])
        if name in _BINARY_PROPERTIES:
            continue
        value_length = sum(len(part) for part in logical) - logical[0].find(":") - 1
        if value_length > MAX_FIELD_CHARS:
            raise ImportFileError(
                translate(
                    "vcard",
                    "The contact card at line {0} has a field longer than {1:,} characters: the "
                    "file cannot be imported.",
                ).format(start, MAX_FIELD_CHARS)
            )
        kept.extend(logical)
    return "\r\n".join(kept) + "\r\n"


def _logical_lines(lines: list[str]) -> list[list[str]]:
    """Physical lines grouped into properties: folded lines (leading space or tab) and
    quoted-printable soft breaks (a line ending in "=") continue the previous property."""
    groups: list[list[str]] = []
    for line in lines:
        if groups and (line[:1] in (" ", "\t") or _continues_quoted_printable(groups[-1])):
            groups[-1].append(line)
        elif line.strip():
            groups.append([line])
    return groups


def _continues_quoted_printable(group: list[str]) -> bool:
    head = group[0].split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head and group[-1].endswith("=")


def _property_name(line: str) -> str:
    """ "item1.EMAIL;type=INTERNET:x" -> "EMAIL"."""
    name = re.split(r"[;:]", line, maxsplit=1)[0]
    return name.rsplit(".", 1)[-1].strip().upper()


def _parse_card(raw: _RawCard) -> PersonRecord | RowProblem:
    try:
        card = vobject.readOne(raw.text)
        return _person(card, raw.line)
    except Exception:  # vobject raises many kinds on bad input; one card must not stop the rest
        return RowProblem(raw.line, translate("vcard", "This contact card could not be read."))


def _person(card: Any, line: int) -> PersonRecord | RowProblem:
    contents: dict[str, list[Any]] = card.contents
    company = _organization(contents)
    name = _full_name(contents)
    if _is_company_card(contents):
        company, name = company or name, ""
    if not name and not company:
        return RowProblem(line, translate("vcard", "This contact card has no name and no company."))
    email = _preferred(contents.get("email", []), {"work", "pref"})
    phone = _preferred(contents.get("tel", []), {"work", "cell", "mobile"})
    return PersonRecord(
        line=line,
        client_name=company,
        contact_name=name,
        email=_text(email.value) if email is not None else "",
        phone=_phone(phone.value) if phone is not None else "",
        role=_first_text(contents, "title"),
        website=_first_text(contents, "url"),
        address=_address(contents),
        notes=_first_text(contents, "note"),
    )


def _full_name(contents: dict[str, list[Any]]) -> str:
    full = _first_text(contents, "fn")
    if full:
        return full
    for prop in contents.get("n", []):
        value = prop.value
        parts = [_text(getattr(value, field, "")) for field in ("given", "family")]
        joined = " ".join(part for part in parts if part)
        if joined:
            return joined
    return ""


def _organization(contents: dict[str, list[Any]]) -> str:
    for prop in contents.get("org", []):
        value = prop.value
        first = value[0] if isinstance(value, list) and value else value
        text = _text(first)
        if text:
            return text
    return ""


def _is_company_card(contents: dict[str, list[Any]]) -> bool:
    kind = _first_text(contents, "kind").lower()
    shown_as = _first_text(contents, "x-abshowas").lower()
    return kind in _COMPANY_KINDS or shown_as == "company"


def _address(contents: dict[str, list[Any]]) -> str:
    chosen = _preferred(contents.get("adr", []), {"work", "pref"}, _address_text)
    return _address_text(chosen.value) if chosen is not None else ""


def _address_text(value: Any) -> str:
    fields = ("street", "city", "code", "country")
    parts = [_text(getattr(value, field, "")) for field in fields]
    return ", ".join(part for part in parts if part)


def _preferred(
    props: list[Any], wanted: set[str], text: Callable[[Any], str] | None = None
) -> Any | None:
    """The first property whose TYPE is one of *wanted* (not a fax), else the first one;
    properties without a value (by *text*, default plain text) are passed over."""
    usable = [prop for prop in props if (text or _text)(prop.value)]
    for prop in usable:
        if _types(prop) & wanted and "fax" not in _types(prop):
            return prop
    return usable[0] if usable else None


def _types(prop: Any) -> set[str]:
    """TYPE parameters in every spelling: TYPE=a,b; TYPE=a;TYPE=b; 2.1 bare WORK; PREF=1."""
    params: dict[str, list[str]] = prop.params
    types = {
        part.strip().strip('"').lower()
        for value in params.get("TYPE", [])
        for part in str(value).split(",")
    }
    types.update(str(value).lower() for value in getattr(prop, "singletonparams", []))
    if "PREF" in params:
        types.add("pref")
    return types


def _first_text(contents: dict[str, list[Any]], name: str) -> str:
    for prop in contents.get(name, []):
        text = _text(prop.value)
        if text:
            return text
    return ""


def _phone(value: Any) -> str:
    """A phone number as people write it: "tel:+34-600-000-000" -> "+34 600 000 000"."""
    text = _text(value)
    if text.lower().startswith("tel:"):
        text = text[4:].split(";", 1)[0].replace("-", " ")
    return text


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return " ".join(part for part in (_text(item) for item in value) if part)
    return ""
