"""Reading a text file to import: its size checked first, its encoding found, binary refused.

A user picks a CSV saved by Excel, a CRM or a text editor: UTF-8 with or without a byte-order
mark, UTF-16 (Excel's "Unicode text"), or the Windows-1252 of older Excel versions. Anything
that is not text (a picture, a spreadsheet's .xlsx, random bytes) is refused with a sentence
that says so, rather than imported as garbage.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ae_desktop.interop.records import MAX_FILE_BYTES, ImportFileError
from ae_desktop.translation import translate

_MB = 1024 * 1024
# Share of control characters (other than tab, CR, LF, form feed) above which it is not text.
_MAX_CONTROL_SHARE = 0.01
# The C0 and C1 control characters except tab, LF, form feed and CR.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# How many leading bytes the UTF-16 guess looks at, and the share of NUL halves it needs.
_UTF16_SAMPLE = 4096
_UTF16_NUL_SHARE = 0.3
# Latin-1 character -> Windows-1252 character; the five bytes Windows-1252 leaves undefined
# (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 meaning.
_CP1252 = {
    byte: bytes((byte,)).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in b"\x81\x8d\x8f\x90\x9d"
}


@dataclass(frozen=True, slots=True)
class DecodedText:
    """The file's text and the name of the encoding it was read with, e.g. "Windows-1252"."""

    text: str
    encoding: str


def read_text(path: Path) -> DecodedText:
    """The text of *path*; ImportFileError when it is too big, empty, unreadable or binary."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(_too_big(size))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ImportFileError(
            translate("import", "The file could not be read: {0}.").format(reason)
        ) from error
    if len(data) > MAX_FILE_BYTES:  # it grew after the size check
        raise ImportFileError(_too_big(len(data)))
    return decode_bytes(data)


def _not_text() -> str:
    return translate(
        "import",
        "This is not a text file: it looks like a picture, a spreadsheet or another program's "
        "file. Export what you need as CSV (contacts or deals), vCard (contacts) or iCalendar "
        "(meetings) and import that file.",
    )


def _too_big(size: int) -> str:
    return too_big(size, MAX_FILE_BYTES)


def too_big(size: int, limit: int) -> str:
    """The sentence refusing a file of *size* bytes over *limit* bytes."""
    if limit >= 1024 * _MB:
        return translate(
            "import", "The file is {0:.1f} GB; files over {1} GB are not imported."
        ).format(size / (1024 * _MB), limit // (1024 * _MB))
    return translate(
        "import", "The file is {0:.1f} MB; files over {1} MB are not imported."
    ).format(size / _MB, limit // _MB)


def is_utf16(head: bytes) -> bool:
    """Whether a file starting with *head* (its first few kilobytes) is UTF-16 text, in which
    lines cannot be told apart byte by byte."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return _utf16_without_bom(head) is not None


def decode_bytes(data: bytes) -> DecodedText:
    """*data* as text; ImportFileError when it is empty or not text in a known encoding."""
    if not data:
        raise ImportFileError(translate("import", "The file is empty."))
    decoded = _decode(data)
    if decoded.text.strip("\ufeff \t\r\n\f") == "":
        raise ImportFileError(translate("import", "The file is empty."))
    if _too_many_controls(decoded.text):
        raise ImportFileError(_not_text())
    return decoded


def _decode(data: bytes) -> DecodedText:
    if data.startswith(codecs.BOM_UTF8):
        return DecodedText(_strict(data[3:], "utf-8", "UTF-8"), "UTF-8 with BOM")
    if data.startswith(codecs.BOM_UTF16_LE):
        return DecodedText(_strict(data[2:], "utf-16-le", "UTF-16"), "UTF-16")
    if data.startswith(codecs.BOM_UTF16_BE):
        return DecodedText(_strict(data[2:], "utf-16-be", "UTF-16"), "UTF-16")
    guessed = _utf16_without_bom(data)
    if guessed is not None:
        return DecodedText(_strict(data, guessed, "UTF-16"), "UTF-16")
    if b"\x00" in data:
        raise ImportFileError(_not_text())
    try:
        return DecodedText(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        return DecodedText(_windows_1252(data), "Windows-1252")


def _strict(data: bytes, encoding: str, name: str) -> str:
    """*data* in *encoding*, which the file claims or clearly shows; damaged bytes refuse it."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportFileError(
            translate(
                "import", "The file cannot be read as {0} text: it may be damaged or cut short."
            ).format(name)
        ) from error


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when NULs fill one half of most characters, as in ASCII
    text saved as UTF-16; None otherwise."""
    sample = data[:_UTF16_SAMPLE]
    sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    low_nul = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0 and sample[i + 1] != 0)
    high_nul = sum(1 for i in range(0, len(sample), 2) if sample[i + 1] == 0 and sample[i] != 0)
    # A few characters such as "Ā" (U+0100) put the NUL in the other half.
    if high_nul >= pairs * _UTF16_NUL_SHARE and low_nul * 10 < high_nul:
        return "utf-16-le"
    if low_nul >= pairs * _UTF16_NUL_SHARE and high_nul * 10 < low_nul:
        return "utf-16-be"
    return None


def _windows_1252(data: bytes) -> str:
    """Windows-1252, with the five bytes it leaves undefined read as Latin-1."""
    return data.decode("latin-1").translate(_CP1252)


def _too_many_controls(text: str) -> bool:
    """More than 1% control characters (NUL, bell, escape …) other than tab and line breaks."""
    controls = len(text) - len(_CONTROLS.sub("", text))
    return controls > len(text) * _MAX_CONTROL_SHARE
