"""Fuzzing the vCard and iCalendar readers: any bytes, and damaged copies of real exports,
give records or ImportFileError, never another exception, and never hang."""

from __future__ import annotations

import time
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_interop_ics import GOOGLE, OUTLOOK
from test_interop_vcard import APPLE, VCARD4
from test_interop_vcard import GOOGLE as GOOGLE_CARDS

from ae_desktop.interop.ics_read import read_calendar
from ae_desktop.interop.records import ImportFileError
from ae_desktop.interop.vcard_read import read_vcards

MADRID = ZoneInfo("Europe/Madrid")
CARDS = [APPLE[:1500] + APPLE[-200:], GOOGLE_CARDS, VCARD4]
CALENDARS = [OUTLOOK, GOOGLE]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Edits that tend to reach the parsers' corners: rule parts, separators, line breaks.
PIECES = st.sampled_from(
    [
        ":",
        ";",
        ",",
        "\r\n",
        "\n",
        " ",
        "=",
        "\\",
        "BEGIN:VEVENT",
        "END:VCARD",
        "Z",
        "T",
        "RRULE:FREQ=SECONDLY",
        ";COUNT=0",
        ";INTERVAL=0",
        ";BYMONTHDAY=31",
        "TZID=Mars/Base",
        "VALUE=DATE",
        "99999999",
        "é",
        "\x00",
        "\udc80",
    ]
)


def to_madrid(moment: datetime) -> datetime:
    return moment.astimezone(MADRID)


@st.composite
def mutated(draw: st.DrawFn, samples: list[str]) -> bytes:
    text = draw(st.sampled_from(samples))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.one_of(PIECES, st.text(max_size=8)))
        if action == "insert":
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        else:
            text = text[:at] + piece + text[at + len(piece) :]
    return text.encode("utf-8", errors="surrogatepass")


def _vcards(data: bytes) -> None:
    began = time.monotonic()
    try:
        read_vcards(data)
    except ImportFileError as error:
        assert str(error).endswith(".")
    assert time.monotonic() - began < 3


def _calendar(data: bytes) -> None:
    began = time.monotonic()
    try:
        read_calendar(data, start=date(2026, 10, 1), end=date(2026, 11, 15), to_local=to_madrid)
    except ImportFileError as error:
        assert str(error).endswith(".")
    assert time.monotonic() - began < 3


@FUZZ
@given(st.binary(max_size=2000))
def test_vcard_reader_any_bytes(data: bytes) -> None:
    _vcards(data)


@FUZZ
@given(mutated(CARDS))
def test_vcard_reader_damaged_exports(data: bytes) -> None:
    _vcards(data)


@FUZZ
@given(st.binary(max_size=2000))
def test_calendar_reader_any_bytes(data: bytes) -> None:
    _calendar(data)


@FUZZ
@given(mutated(CALENDARS))
def test_calendar_reader_damaged_exports(data: bytes) -> None:
    _calendar(data)
