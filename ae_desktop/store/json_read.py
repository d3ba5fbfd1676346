"""Reading and checking a full JSON export before anything is written: the file, its format
and schema versions, and every table, row and value (json_checks), into the rows to insert."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import Field

from ae_desktop.interop.records import ImportFileError
from ae_desktop.store.json_checks import BadValue, check_row, check_stages, from_json
from ae_desktop.store.json_tables import (
    FORMAT,
    FORMAT_VERSION,
    in_link_order,
    model_fields,
    primary_key,
    table_name,
)
from ae_desktop.store.migrations import LATEST_VERSION
from ae_desktop.store.models import BaseModel, Stage
from ae_desktop.translation import translate


def _stored_default(field: Field) -> Any:
    """What a column the file lacks gets: the field's default, as SQLite stores it."""
    value = field.default() if callable(field.default) else field.default
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return int(value) if isinstance(value, bool) else value


def _read_document(path: Path, max_bytes: int) -> dict[str, Any]:
    try:
        if path.stat().st_size > max_bytes:
            raise ImportFileError(
                translate("json", "The file is larger than {0} MB; it cannot be imported.").format(
                    max_bytes // (1024 * 1024)
                )
            )
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ImportFileError(
            translate("json", "The file cannot be read: {0}.").format(exc.strerror or exc)
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:  # both are ValueErrors
        raise ImportFileError(translate("json", "The file is not a JSON file.")) from exc
    except ValueError as exc:  # a number of more than 4,300 digits
        raise ImportFileError(
            translate(
                "json",
                "The file holds a number too long to read: it is not an export of AE Desktop.",
            )
        ) from exc
    except (RecursionError, MemoryError) as exc:  # lists or objects nested absurdly deep
        raise ImportFileError(
            translate(
                "json",
                "The file is nested too deeply to be read: it is not an export of AE Desktop.",
            )
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFileError(
            translate("json", "The file is not a full JSON export of AE Desktop.")
        )
    return document


def _version(document: dict[str, Any], key: str, supported: int, what: str) -> int:
    value = document.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ImportFileError(
            translate("json", "The file does not say which {0} it uses.").format(what)
        )
    if value > supported:
        raise ImportFileError(
            translate(
                "json",
                "The file was written by a newer version of AE Desktop ({0} {1}; this version "
                "reads up to {2}). Update AE Desktop to import it.",
            ).format(what, value, supported)
        )
    return value


def _missing(field: Field, table: str, where: str, older: bool) -> Any:
    """The value of a column a row lacks: its default when the file is from an older schema
    (the column was added since), else the file is refused."""
    if not older:
        raise ImportFileError(
            translate("json", '{0} lacks the column "{1}".').format(where, field.column_name)
        )
    if field.null or field.default is not None:
        return _stored_default(field)
    raise ImportFileError(
        translate(
            "json",
            'The file is from an older version of AE Desktop and its table "{0}" lacks the '
            'column "{1}", which has no default; it cannot be imported.',
        ).format(table, field.column_name)
    )


def _row_values(model: type[BaseModel], row: Any, where: str, older: bool) -> tuple[Any, ...]:
    if not isinstance(row, dict):
        raise ImportFileError(
            translate("json", "{0} is not a set of columns and values.").format(where)
        )
    fields = model_fields(model)
    unknown = sorted(set(row) - {f.column_name for f in fields})
    if unknown:
        raise ImportFileError(
            translate("json", '{0} has a column "{1}" this version does not know.').format(
                where, unknown[0]
            )
        )
    values: list[Any] = []
    for field in fields:
        name = field.column_name
        if name not in row:
            values.append(_missing(field, table_name(model), where, older))
        elif row[name] is None:
            if not field.null:
                raise ImportFileError(
                    translate("json", '{0} has no value in the column "{1}".').format(where, name)
                )
            values.append(None)
        else:
            try:
                values.append(from_json(field)(row[name]))
            except BadValue as exc:
                shown = json.dumps(row[name], ensure_ascii=False)[:60]
                raise ImportFileError(
                    translate(
                        "json", '{0} holds {1} in the column "{2}" where {3} was expected.'
                    ).format(where, shown, name, exc)
                ) from None
    return tuple(values)


def _table_rows(model: type[BaseModel], rows: Any, older: bool) -> list[tuple[Any, ...]]:
    """The rows the file holds for *model*, checked and as SQLite stores them."""
    table = table_name(model)
    if not isinstance(rows, list):
        raise ImportFileError(
            translate("json", 'The table "{0}" in the file is not a list of rows.').format(table)
        )
    names = [f.column_name for f in model_fields(model)]
    key = model_fields(model).index(primary_key(model))
    seen: set[Any] = set()
    checked = []
    for number, row in enumerate(rows, start=1):
        where = translate("json", 'Row {0} of the table "{1}"').format(number, table)
        values = _row_values(model, row, where, older)
        if values[key] in seen:
            raise ImportFileError(
                translate("json", "{0} repeats the key {1!r} of an earlier row.").format(
                    where, values[key]
                )
            )
        seen.add(values[key])
        check_row(table, names[key], dict(zip(names, values, strict=True)))
        checked.append(values)
    return checked


Plan = list[tuple[type[BaseModel], list[tuple[Any, ...]]]]


def _plan(document: dict[str, Any], schema_version: int) -> Plan:
    """Every table's rows, checked, in link order. A file from an older schema may lack the
    tables added since (they are empty); one from this schema must hold every table."""
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportFileError(translate("json", "The file holds no tables."))
    models = in_link_order()
    unknown = sorted(set(tables) - {table_name(m) for m in models})
    if unknown:
        raise ImportFileError(
            translate("json", 'The file holds a table "{0}" this version does not know.').format(
                unknown[0]
            )
        )
    older = schema_version < LATEST_VERSION
    for model in models:
        if table_name(model) not in tables and not older:
            raise ImportFileError(
                translate("json", 'The file lacks the table "{0}".').format(table_name(model))
            )
    # Popped as they are checked: the file's rows are let go once turned into tuples.
    plan = [(m, _table_rows(m, tables.pop(table_name(m), []), older)) for m in models]
    names = [f.column_name for f in model_fields(Stage)]
    stages = next(rows for model, rows in plan if model is Stage)
    check_stages(dict(zip(names, row, strict=True)) for row in stages)
    return plan


def read_export(path: Path, max_bytes: int) -> Plan:
    """The rows of the full JSON export at *path*, checked, table by table in link order.

    Raises ImportFileError, with a sentence for the user, when the file is larger than
    *max_bytes*, cannot be read, is not such an export, is newer than this version, or any
    row, value (json_checks) or stage is wrong.
    """
    document = _read_document(path, max_bytes)
    _version(document, "format_version", FORMAT_VERSION, translate("json", "export format"))
    return _plan(
        document, _version(document, "schema_version", LATEST_VERSION, translate("json", "schema"))
    )
