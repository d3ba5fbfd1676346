"""Property tests: whatever file a user picks, CSV import refuses it with a sentence or reads it;
it never crashes, and what a spreadsheet wrote is read back cell for cell, line for line."""

from __future__ import annotations

import codecs
import csv
import io
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from ae_desktop.interop.csv_deals import CellError, parse_date, parse_value, read_deals
from ae_desktop.interop.csv_mapping import guess_mapping, table_kind
from ae_desktop.interop.csv_people import read_people
from ae_desktop.interop.csv_table import DELIMITERS, TableRow, parse_table
from ae_desktop.interop.records import ImportFileError
from ae_desktop.interop.textfile import DecodedText, decode_bytes

FAST = settings(max_examples=150, deadline=None)

# Characters that make CSV structure, and cells a CRM export would hold.
CSV_CHARS = st.sampled_from(list(',;\t"\r\n aZé€$£-/.:@()1290'))
HEADERS = [
    "Name", "Nombre", "Apellidos", "First Name", "Last Name", "Email", "Phone", "Company",
    "Compañía", "Amount", "Importe", "Deal Stage", "Status", "Estado", "Close Date",
    "Currency", "Deal - Title", "AccountId", "Title", "Notes", "Country/Region", "Unknown",
]  # fmt: skip
CELLS = st.one_of(
    st.sampled_from(["", " ", "Ana", "Acme", "ana@acme.es", "x@", "€ 12.500", "-5", "1,2,3",
                     "28/11/2026", "13/13/2026", "Closed Won", "perdida", "deleted", "EUR",
                     "Bitcoin", "2026-11-28T10:00:00.000Z", "(5)", "$", "1e5"]),
    st.text(max_size=12),
)  # fmt: skip


def import_everything(text: str) -> None:
    """Every step of a CSV import after decoding; only ImportFileError may come out."""
    try:
        table = parse_table(text)
    except ImportFileError:
        return
    mapping = guess_mapping(table.headers)
    assert sorted(mapping) == list(range(len(table.headers)))
    table_kind(mapping)
    for result in (read_people(table, mapping), read_deals(table, mapping, default_currency="EUR")):
        lines = [row.line for row in table.rows]
        for item in (*result.records, *result.problems):
            assert item.line in lines


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_are_imported_or_refused_with_a_sentence(data: bytes) -> None:
    try:
        text = decode_bytes(data).text
    except ImportFileError as error:
        assert str(error).endswith(".")
        return
    import_everything(text)


@FAST
@given(st.text(max_size=400))
def test_any_text_is_imported_or_refused(text: str) -> None:
    import_everything(text)


@FAST
@given(st.text(CSV_CHARS, max_size=400))
def test_text_made_of_separators_and_quotes_is_imported_or_refused(text: str) -> None:
    import_everything(text)


@FAST
@given(
    st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
    st.lists(st.lists(CELLS, max_size=10), max_size=8),
    st.sampled_from(DELIMITERS),
)
def test_crm_like_files_are_imported_or_refused(
    headers: list[str], rows: list[list[str]], delimiter: str
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([headers, *rows])
    import_everything(buffer.getvalue())


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
HEADER = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=10)
CELL = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=15)


@FAST
@given(
    st.integers(1, 5).flatmap(
        lambda width: st.tuples(
            st.lists(HEADER, min_size=width, max_size=width),
            st.lists(st.lists(CELL, min_size=width, max_size=width), min_size=1, max_size=6),
        )
    ),
    st.sampled_from(DELIMITERS),
)
def test_what_a_spreadsheet_writes_is_read_back_with_its_lines(
    table: tuple[list[str], list[list[str]]], delimiter: str
) -> None:
    headers, rows = table
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(headers)
    expected = []
    for cells in rows:
        line = len(_LINE_BREAK.findall(buffer.getvalue())) + 1
        writer.writerow(cells)
        if any(cell.strip() for cell in cells):
            expected.append(TableRow(line, cells))
    try:
        parsed = parse_table(buffer.getvalue())
    except ImportFileError as error:
        assert not expected and "no rows under it" in str(error)
        return
    assert parsed.headers == [header.strip() for header in headers]
    assert parsed.rows == expected


SAFE_TEXT = st.text(
    st.characters(exclude_categories=["Cc", "Cs"], exclude_characters="\ufeff"), min_size=1
).filter(lambda text: text.strip() != "")


@FAST
@given(SAFE_TEXT)
def test_text_saved_as_utf8_or_utf16_decodes_to_itself(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == DecodedText(text, "UTF-8")
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")).text == text
    assert decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le")).text == text
    assert decode_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be")).text == text


@FAST
@given(st.text(max_size=40))
def test_any_amount_or_date_cell_is_read_or_named_as_a_problem(cell: str) -> None:
    for read in (parse_value, parse_date):
        try:
            read(cell)
        except CellError as error:
            assert str(error).startswith("The ")


@FAST
@given(st.integers(0, 10**14), st.sampled_from(["en", "es"]), st.sampled_from(["", "€", "USD"]))
def test_amounts_written_the_english_or_spanish_way_read_back(
    minor: int, style: str, marker: str
) -> None:
    english = f"{minor // 100:,}.{minor % 100:02d}"
    written = english if style == "en" else english.translate(str.maketrans(",.", ".,"))
    expected = {"": "", "€": "EUR", "USD": "USD"}[marker]
    assert parse_value(f"{marker} {written}".strip()) == (minor, expected)
    assert parse_value(f"{written} {marker}".strip()) == (minor, expected)


@FAST
@given(st.dates(date(1950, 1, 1), date(2099, 12, 31)))
def test_dates_written_each_way_read_back(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.strftime("%Y-%m-%dT%H:%M:%S.000Z")) == day
    assert parse_date(day.strftime("%m/%d/%Y"), month_first=True) == day
