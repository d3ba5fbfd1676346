"""A CSV file's text as a table: the header, then every row with the line it starts on.

Excel, CRMs and text editors separate columns with commas, semicolons (Excel in Spain and
most of Europe) or tabs (Excel's "Unicode text"); the separator is found by counting it in
the header line. Quoted fields may hold separators, quotes and line breaks. A row's line is
where it starts in the file, so "Line 12" in the import summary is line 12 in the editor.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ae_desktop.interop.records import MAX_FIELD_CHARS, MAX_RECORDS, ImportFileError
from ae_desktop.translation import translate

DELIMITERS = (",", ";", "\t")  # in order of preference when the header does not decide
_SAMPLE_CHARS = 64 * 1024  # how much of the file the separator count looks at
_SAMPLE_RECORDS = 20
# Limits against a small hostile file that would become a huge table once rows are padded.
MAX_COLUMNS = 1_000
_MAX_PADDING = 10_000_000  # empty cells added to short rows, over the whole file
# The csv module's own field limit, raised while reading so that this module can say which
# line has the long field and how long it is.
_READER_FIELD_LIMIT = 2**31 - 1
_SEP_LINE = re.compile(r"sep=(.)[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SHOWN_CHARS = 60  # how much of a cell a message quotes


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row under the header: *cells* has exactly one entry per header column."""

    line: int  # 1-based line in the file where the row starts (the header is line 1)
    cells: list[str]


@dataclass(frozen=True, slots=True)
class Table:
    """The header's column names (trimmed) and the non-blank rows under it."""

    headers: list[str]
    rows: list[TableRow]
    delimiter: str = ","


def parse_table(text: str) -> Table:
    """*text* read as CSV; ImportFileError when it has no rows, too many, a field too long,
    or a quote that is never closed."""
    text = text.removeprefix("\ufeff")
    sep_line = _SEP_LINE.match(text)  # Excel's "sep=;" first line names the separator
    delimiter = sep_line.group(1) if sep_line else detect_delimiter(text)
    if delimiter in '\r\n"':
        delimiter = ","
    previous_limit = csv.field_size_limit(_READER_FIELD_LIMIT)
    try:
        return _read(text, delimiter, skip_first=sep_line is not None)
    finally:
        csv.field_size_limit(previous_limit)


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one the header line has most of outside quotes; on a tie,
    the one the next lines have as many of; a comma when the header has none."""
    records = list(_delimiter_counts(text[:_SAMPLE_CHARS]))
    if not records:
        return ","
    header = records[0]
    most = max(header[d] for d in DELIMITERS)
    if most == 0:
        return ","
    tied = [d for d in DELIMITERS if header[d] == most]
    return max(tied, key=lambda d: sum(1 for counts in records[1:] if counts[d] == most))


def _delimiter_counts(sample: str) -> Iterator[Counter[str]]:
    """Per non-blank record of *sample*, how many of each separator it has outside quotes."""
    counts: Counter[str] = Counter()
    quoted = filled = False
    produced = 0
    for ch in sample:
        if ch == '"':
            quoted = not quoted
            filled = True
        elif quoted:
            continue
        elif ch in "\r\n":
            if filled:
                yield counts
                produced += 1
                if produced == _SAMPLE_RECORDS:
                    return
            counts, filled = Counter(), False
        elif ch in DELIMITERS:
            counts[ch] += 1
            filled = True
        elif not ch.isspace():
            filled = True
    if filled:
        yield counts


def _read(text: str, delimiter: str, *, skip_first: bool) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: list[str] | None = None
    rows: list[TableRow] = []
    padding = 0
    end = 0  # the last physical line of the previous record
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if skip_first:
                skip_first = False
                continue
            _check_fields(cells, start)
            if not any(cell.strip() for cell in cells):
                continue
            if headers is None:
                headers = _headers(cells)
                continue
            if len(rows) == MAX_RECORDS:
                raise ImportFileError(
                    translate(
                        "csv",
                        "The file has more than {0:,} rows; split it into smaller files and import "
                        "them one by one.",
                    ).format(MAX_RECORDS)
                )
            padding += max(0, len(headers) - len(cells))
            if padding > _MAX_PADDING:
                raise ImportFileError(
                    translate(
                        "csv",
                        "The rows have far fewer columns than the header line; check that the "
                        "file is a table with one separator (comma, semicolon or tab) between "
                        "columns.",
                    )
                )
            rows.append(TableRow(start, _fit(cells, len(headers))))
    except csv.Error as error:
        raise ImportFileError(_csv_error(error, end + 1)) from error
    if headers is None:
        raise ImportFileError(translate("csv", "The file has no rows."))
    if not rows:
        raise ImportFileError(
            translate("csv", "The file has only a header line and no rows under it.")
        )
    return Table(headers, rows, delimiter)


def _headers(cells: list[str]) -> list[str]:
    if len(cells) > MAX_COLUMNS:
        raise ImportFileError(
            translate(
                "csv",
                "The file has {0:,} columns; files with more than {1:,} columns are not imported.",
            ).format(len(cells), MAX_COLUMNS)
        )
    return [cell.replace("\ufeff", "").strip() for cell in cells]


def _check_fields(cells: Sequence[str], line: int) -> None:
    for cell in cells:
        if len(cell) > MAX_FIELD_CHARS:
            raise ImportFileError(
                translate(
                    "csv",
                    "Line {0} has a field of {1:,} characters; fields over {2:,} are not imported.",
                ).format(line, len(cell), MAX_FIELD_CHARS)
            )


def _fit(cells: list[str], width: int) -> list[str]:
    """*cells* cut or padded with "" to *width*."""
    if len(cells) >= width:
        return cells[:width]
    return cells + [""] * (width - len(cells))


def _csv_error(error: csv.Error, line: int) -> str:
    if "unexpected end of data" in str(error):
        return translate(
            "csv",
            "The quoted field that starts on line {0} is never closed: the file may be cut "
            "short, or a quote is missing.",
        ).format(line)
    return translate(
        "csv",
        'Line {0} could not be read: a field that starts with a quote (") must end '
        "with one just before the next separator.",
    ).format(line)


def clean_cell(text: str) -> str:
    """A cell as one line: trimmed, and each run of spaces, tabs or line breaks one space;
    the apostrophe an export puts before text that would start a formula ("'=Acme") is
    dropped, so AE Desktop reads its own CSV export back as it was."""
    cleaned = _SPACES.sub(" ", text).strip()
    if len(cleaned) > 1 and cleaned[0] == "'" and cleaned[1] in "=+-@":
        return cleaned[1:]
    return cleaned


def first_filled(row: TableRow, columns: Sequence[int]) -> str:
    """The first of *columns* that is not blank in *row*, trimmed; "" when all are."""
    for column in columns:
        value = row.cells[column].strip() if 0 <= column < len(row.cells) else ""
        if value:
            return value
    return ""


def shown(text: str) -> str:
    """A cell as a message quotes it: one line, cut to 60 characters."""
    line = clean_cell(text)
    return line if len(line) <= _SHOWN_CHARS else line[: _SHOWN_CHARS - 1] + "…"
