"""Contacts and their companies from a CSV table whose columns have been mapped.

Each row becomes a PersonRecord, or a RowProblem with its line when the user has something to
fix (no name at all, an e-mail address that is not one). Rows with nothing in any mapped
column are skipped without a word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ae_desktop.domain.text import is_valid_email
from ae_desktop.interop.csv_mapping import Field, mapped_columns, mapping_notes
from ae_desktop.interop.csv_table import Table, TableRow, clean_cell, first_filled, shown
from ae_desktop.interop.records import PersonRecord, ReadResult, RowProblem
from ae_desktop.translation import translate

_PEOPLE_FIELDS = (
    Field.CLIENT_NAME,
    Field.CONTACT_NAME,
    Field.FIRST_NAME,
    Field.LAST_NAME,
    Field.EMAIL,
    Field.PHONE,
    Field.ROLE,
    Field.INDUSTRY,
    Field.WEBSITE,
    Field.ADDRESS,
    Field.CITY,
    Field.POSTCODE,
    Field.COUNTRY,
    Field.NOTES,
)
_ADDRESS_PARTS = (Field.ADDRESS, Field.CITY, Field.POSTCODE, Field.COUNTRY)
# Several addresses in one cell, as some CRMs export them: "ana@acme.es, ana@gmail.com".
_EMAIL_SEPARATORS = re.compile(r"[;,\s]+")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")

Columns = dict[Field, list[int]]


def read_people(table: Table, mapping: Mapping[int, Field]) -> ReadResult[PersonRecord]:
    """The contacts in *table*, with the rows that cannot be imported and why."""
    columns = mapped_columns(mapping, len(table.headers))
    result: ReadResult[PersonRecord] = ReadResult(notes=mapping_notes(table.headers, mapping))
    for row in table.rows:
        person = read_person(row, columns)
        if isinstance(person, PersonRecord):
            result.records.append(person)
        elif person is not None:
            result.problems.append(person)
    return result


def read_person(row: TableRow, columns: Columns) -> PersonRecord | RowProblem | None:
    """*row* as a contact, the problem with it, or None when its mapped cells are all blank."""
    values = {field: first_filled(row, columns[field]) for field in _PEOPLE_FIELDS}
    if not any(values.values()):
        return None
    client = clean_cell(values[Field.CLIENT_NAME])
    contact = clean_cell(values[Field.CONTACT_NAME]) or clean_cell(
        f"{values[Field.FIRST_NAME]} {values[Field.LAST_NAME]}"
    )
    email = first_email(values[Field.EMAIL])
    if not client and not contact:
        if email:
            message = translate(
                "csv", "No company or contact name, only the e-mail address {0}."
            ).format(shown(email))
        else:
            message = translate("csv", "No company or contact name.")
        return RowProblem(row.line, message)
    if email and not is_valid_email(email):
        return RowProblem(
            row.line,
            translate("csv", "The e-mail address “{0}” is not valid.").format(
                shown(values[Field.EMAIL])
            ),
        )
    return PersonRecord(
        line=row.line,
        client_name=client,
        contact_name=contact,
        email=email,
        phone=clean_cell(values[Field.PHONE]),
        role=clean_cell(values[Field.ROLE]),
        industry=clean_cell(values[Field.INDUSTRY]),
        website=clean_cell(values[Field.WEBSITE]),
        address=", ".join(part for field in _ADDRESS_PARTS for part in _lines(values[field])),
        notes="\n".join(_LINE_BREAKS.split(values[Field.NOTES].strip())),
    )


def first_email(cell: str) -> str:
    """The first address in *cell*, lower case, without "mailto:", a name or angle brackets:
    "Ana Ruiz <Ana@Acme.es>; ana@gmail.com" -> "ana@acme.es"."""
    parts = [
        part.strip("<>\"'()").removeprefix("mailto:").removeprefix("MAILTO:")
        for part in _EMAIL_SEPARATORS.split(cell)
    ]
    parts = [part for part in parts if part]
    with_at = [part for part in parts if "@" in part]
    return (with_at or parts or [""])[0].lower()


def _lines(text: str) -> list[str]:
    """The non-blank lines of an address cell, each as one clean line."""
    return [line for line in map(clean_cell, _LINE_BREAKS.split(text)) if line]
