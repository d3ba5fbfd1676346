"""What the file readers hand to the import service, and what they refuse: plain data, no Qt.

Every reader (CSV, vCard, iCalendar) turns a file into records plus per-row problems, or
raises ImportFileError when the file as a whole cannot be used (too big, not text, wrong
format, truncated). Readers never touch the database: ae_desktop.services.importing matches
the records against it and writes them in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

# Limits every reader enforces (issue 8, "Hostile input").
MAX_FILE_BYTES = 50 * 1024 * 1024
# A vCard file is read without its photos (PHOTO, LOGO, SOUND, KEY), and MAX_FILE_BYTES applies
# to the rest; the whole file may be this big (1,000 iPhone cards with photos are ~60 MB).
MAX_VCARD_FILE_BYTES = 1024 * 1024 * 1024
MAX_FIELD_CHARS = 128 * 1024
MAX_RECORDS = 100_000  # rows, cards or expanded events in one file
MAX_OCCURRENCES_PER_EVENT = 2_000  # a recurring event expanded in the window


class ImportFileError(Exception):
    """The file cannot be imported at all; ``str(error)`` is a sentence for the user."""


class FileKind(StrEnum):
    CSV = "csv"
    VCARD = "vcard"
    ICS = "ics"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row (CSV line, n-th card, event) that was rejected, and why, for the summary."""

    line: int  # 1-based line in the file where the row starts (the header is line 1)
    message: str  # a sentence for the user, e.g. "No company or contact name."


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A contact at a client company (CSV or vCard). *client_name* "" means the file names no
    company: the import service then files the person under a client of their own name."""

    line: int
    client_name: str
    contact_name: str
    email: str = ""
    phone: str = ""
    role: str = ""  # job title
    industry: str = ""
    website: str = ""
    address: str = ""  # one line, parts joined with ", "
    notes: str = ""


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


@dataclass(frozen=True, slots=True)
class DealRecord:
    """A deal from a CRM's deals export."""

    line: int
    title: str
    client_name: str
    value_minor: int  # cents; 0 when the file gives none
    currency: str  # ISO 4217 upper case, "" when the file gives none
    stage_name: str  # the CRM's stage label as written, "" when none
    status: DealStatus = DealStatus.OPEN  # from a status column or a won/lost stage name
    expected_close: date | None = None
    lost_reason: str = ""


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One occurrence of a calendar event on one day, in the user's local time.

    *uid* identifies the occurrence across imports of the same calendar: the event's UID, plus
    "/" and the occurrence's start (ISO) for a recurring event, plus "#2", "#3" … for the later
    days of an event that crosses midnight.
    """

    uid: str
    day: date
    start: int  # minutes since local midnight
    end: int  # minutes since midnight, > start; an event running past midnight ends at 1440
    title: str
    location: str = ""


T = TypeVar("T")


@dataclass(slots=True)
class ReadResult(Generic[T]):
    """Records read from a file, the rows rejected, and notes about the file as a whole
    (e.g. "Read as Windows-1252.", "3 all-day events are not put on the planner.")."""

    records: list[T] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
