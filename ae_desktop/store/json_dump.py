"""A full export of the database as one JSON file, and its import into an empty database."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO, cast

from peewee import BooleanField, DateTimeField, Field, ForeignKeyField

from ae_desktop import __version__
from ae_desktop.interop.atomic_write import atomic_text_file
from ae_desktop.interop.records import MAX_FILE_BYTES, ImportFileError
from ae_desktop.store.json_checks import BadValue, check_row, check_stages, from_json
from ae_desktop.store.migrations import LATEST_VERSION
from ae_desktop.store.models import (
    ALL_MODELS,
    DEFAULT_STAGES,
    AutoIncrementField,
    BaseModel,
    Setting,
    Stage,
)
from ae_desktop.store.models import database as db
from ae_desktop.translation import translate

FORMAT = "ae-desktop-export"
FORMAT_VERSION = 1

NOT_EMPTY = (  # in English; refuse_unless_empty says it translated
    "The database already holds data: a full JSON export is only imported into an empty database."
)

# A full export is larger than the files other readers take (MAX_FILE_BYTES): the large demo
# (10k clients, 100k interactions) writes 59 MB, and its own backup must import. Reading one
# takes about 5 times its size in memory, so this still bounds what a hostile file costs.
MAX_JSON_BYTES = 4 * MAX_FILE_BYTES

# What a fresh database holds before the user adds anything: an import replaces these (when
# they are still a fresh database's: the default stages and no settings).
_REPLACEABLE: tuple[type[BaseModel], ...] = (Stage, Setting)


def _in_link_order() -> list[type[BaseModel]]:
    """Every model, each after the models its foreign keys point to."""
    ordered: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in ordered:
            return
        for field in model._meta.sorted_fields:
            if isinstance(field, ForeignKeyField) and field.rel_model is not model:
                visit(field.rel_model)
        ordered.append(model)

    for model in ALL_MODELS:
        visit(model)
    return ordered


def _fields(model: type[BaseModel]) -> list[Field]:
    return list(model._meta.sorted_fields)


def _table(model: type[BaseModel]) -> str:
    return str(model._meta.table_name)


def _key(model: type[BaseModel]) -> Field:
    """The model's primary key field (every model has a single-column one)."""
    key = model._meta.primary_key
    if not isinstance(key, Field):
        raise TypeError(
            translate("json", "{0} has no single-column primary key").format(model.__name__)
        )
    return key


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---- Export -------------------------------------------------------------------------------


def _to_json(field: Field) -> Callable[[Any], Any]:
    """How a value as SQLite stores it for *field* becomes a JSON value."""
    if isinstance(field, BooleanField):
        return lambda value: None if value is None else bool(value)
    if isinstance(field, DateTimeField):
        return _iso_datetime
    return lambda value: value  # dates are stored as ISO text already


def _iso_datetime(value: Any) -> Any:
    try:
        return datetime.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        return value  # None, or text that is no date and time: kept as it is, not lost


def _raw_rows(model: type[BaseModel]) -> Iterator[tuple[Any, ...]]:
    """The rows of *model*'s table as SQLite stores them, in primary key order."""
    columns = ", ".join(_quoted(f.column_name) for f in _fields(model))
    key = _quoted(_key(model).column_name)
    cursor = db.execute_sql(f"SELECT {columns} FROM {_quoted(_table(model))} ORDER BY {key}")
    return cast(Iterator[tuple[Any, ...]], iter(cursor))


def _write_table(out: TextIO, model: type[BaseModel]) -> int:
    fields = _fields(model)
    names = [f.column_name for f in fields]
    converters = [_to_json(f) for f in fields]
    count = 0
    for raw in _raw_rows(model):
        row = {name: convert(v) for name, convert, v in zip(names, converters, raw, strict=True)}
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
        count += 1
    return count


def dump_json(path: Path) -> dict[str, int]:
    """Write every table of the open database to *path* as JSON; return rows per table.

    One read snapshot, streamed table by table into a temp file beside *path* that is renamed
    over it when complete. Raises OSError when the file cannot be written.
    """
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": LATEST_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
    }
    counts: dict[str, int] = {}
    with db.atomic(), atomic_text_file(path, encoding="utf-8") as out:
        # The header's closing brace comes last, after the tables written one at a time.
        out.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "tables": {')
        for number, model in enumerate(_in_link_order()):
            out.write(("," if number else "") + f"\n{json.dumps(_table(model))}: [")
            counts[_table(model)] = _write_table(out, model)
            out.write("\n]")
        out.write("\n}}\n")
    return counts


# ---- Import: reading and checking the file -------------------------------------------------


def _stored_default(field: Field) -> Any:
    """What a column the file lacks gets: the field's default, as SQLite stores it."""
    value = field.default() if callable(field.default) else field.default
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return int(value) if isinstance(value, bool) else value


def _read_document(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ImportFileError(
                translate("json", "The file is larger than {0} MB; it cannot be imported.").format(
                    MAX_JSON_BYTES // (1024 * 1024)
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
    fields = _fields(model)
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
            values.append(_missing(field, _table(model), where, older))
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
    table = _table(model)
    if not isinstance(rows, list):
        raise ImportFileError(
            translate("json", 'The table "{0}" in the file is not a list of rows.').format(table)
        )
    names = [f.column_name for f in _fields(model)]
    key = _fields(model).index(_key(model))
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
    models = _in_link_order()
    unknown = sorted(set(tables) - {_table(m) for m in models})
    if unknown:
        raise ImportFileError(
            translate("json", 'The file holds a table "{0}" this version does not know.').format(
                unknown[0]
            )
        )
    older = schema_version < LATEST_VERSION
    for model in models:
        if _table(model) not in tables and not older:
            raise ImportFileError(
                translate("json", 'The file lacks the table "{0}".').format(_table(model))
            )
    # Popped as they are checked: the file's rows are let go once turned into tuples.
    plan = [(m, _table_rows(m, tables.pop(_table(m), []), older)) for m in models]
    names = [f.column_name for f in _fields(Stage)]
    stages = next(rows for model, rows in plan if model is Stage)
    check_stages(dict(zip(names, row, strict=True)) for row in stages)
    return plan


# ---- Import: writing ----------------------------------------------------------------------


class DatabaseNotEmptyError(ImportFileError):
    """The database holds the user's records; a full export is only imported into an empty
    one, so nothing is merged or overwritten."""


def refuse_unless_empty() -> None:
    """Refuse a database with records, or whose stages or settings the user changed: the
    import replaces the stages and settings, so only a fresh database's may go."""
    for model in ALL_MODELS:
        if model not in _REPLACEABLE and model.select().exists():
            raise DatabaseNotEmptyError(
                translate(
                    "json",
                    "The database already holds data: a full JSON export is only imported into an "
                    "empty database.",
                )
            )
    columns = list(DEFAULT_STAGES[0])
    sql = f"SELECT {', '.join(map(_quoted, columns))} FROM stage ORDER BY position, id"
    stages = [dict(zip(columns, row, strict=True)) for row in _raw().execute(sql)]
    if stages != DEFAULT_STAGES:
        names = ", ".join(str(stage["name"]) for stage in stages) or translate("json", "none")
        raise DatabaseNotEmptyError(
            translate(
                "json",
                "The database's pipeline stages were changed (they are now {0}): a full JSON "
                "export replaces them, so it is only imported into a new database.",
            ).format(names)
        )
    keys = [str(key) for (key,) in _raw().execute("SELECT key FROM setting ORDER BY key")]
    if keys:
        raise DatabaseNotEmptyError(
            translate(
                "json",
                "The database holds settings of the user's ({0}): a full JSON export replaces "
                "them, so it is only imported into a new database.",
            ).format(", ".join(keys))
        )


def _raw() -> sqlite3.Connection:
    return cast(sqlite3.Connection, db.connection())


def _insert(model: type[BaseModel], rows: list[tuple[Any, ...]]) -> int:
    columns = [_quoted(f.column_name) for f in _fields(model)]
    sql = (
        f"INSERT INTO {_quoted(_table(model))} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    try:
        _raw().executemany(sql, rows)
    except sqlite3.IntegrityError as exc:
        raise ImportFileError(
            translate(
                "json", 'The table "{0}" in the file breaks a rule of the database: {1}.'
            ).format(_table(model), exc)
        ) from exc
    return len(rows)


def _check_links() -> None:
    broken = _raw().execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        where = translate(
            "json", 'the table "{0}" (id {1}) links to a row of "{2}" it does not hold'
        ).format(table, rowid, parent)
        if len(broken) == 1:
            raise ImportFileError(
                translate("json", "A link in the file points nowhere: {0}.").format(where)
            )
        message = translate("json", "{0} links in the file point nowhere; first, {1}.")
        raise ImportFileError(message.format(len(broken), where))


def _advance_sequences() -> None:
    """New records after the import get ids past every imported one (AUTOINCREMENT): SQLite
    moves the sequence up on insert; this makes sure of it whatever the file held."""
    conn = _raw()
    for model in ALL_MODELS:
        if not isinstance(_key(model), AutoIncrementField):
            continue
        table, key = _table(model), _quoted(_key(model).column_name)
        (top,) = conn.execute(f"SELECT MAX({key}) FROM {_quoted(table)}").fetchone()
        if top is None:
            continue
        sql = "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?"
        if conn.execute(sql, (top, table)).rowcount == 0:
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, top))


def load_json(path: Path) -> dict[str, int]:
    """Import a file dump_json wrote into the open, empty database; return rows per table.

    Ids are kept, so every link between records survives. Raises ImportFileError, with a
    sentence for the user, writing nothing: DatabaseNotEmptyError when the database holds
    records, stages other than the defaults or any setting; otherwise when the file is not
    such an export, is newer than this version, or any row, value (json_checks), stage or
    link is wrong.
    Everything is written in one transaction, and the links checked before it commits.
    """
    refuse_unless_empty()  # before reading what may be a large file; again below, locked
    document = _read_document(path)
    _version(document, "format_version", FORMAT_VERSION, translate("json", "export format"))
    plan = _plan(
        document, _version(document, "schema_version", LATEST_VERSION, translate("json", "schema"))
    )
    del document
    # BEGIN IMMEDIATE, as services.connection.write_transaction: it reads, then writes.
    with db.atomic("IMMEDIATE"):
        refuse_unless_empty()
        for model in reversed(_in_link_order()):
            if model in _REPLACEABLE:
                model.delete().execute()
        db.pragma("defer_foreign_keys", 1)  # checked below, with a clearer message; ends here
        counts = {_table(model): _insert(model, rows) for model, rows in plan}
        _check_links()
        _advance_sequences()
    return counts
