"""A full export of the database as one JSON file, and its import into an empty database
(the file read and checked first by json_read)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO, cast

from peewee import BooleanField, DateTimeField, Field

from ae_desktop import __version__
from ae_desktop.interop.atomic_write import atomic_text_file
from ae_desktop.interop.records import MAX_FILE_BYTES, ImportFileError
from ae_desktop.store.json_read import read_export
from ae_desktop.store.json_tables import (
    FORMAT,
    FORMAT_VERSION,
    in_link_order,
    model_fields,
    primary_key,
    quoted,
    table_name,
)
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
    columns = ", ".join(quoted(f.column_name) for f in model_fields(model))
    key = quoted(primary_key(model).column_name)
    cursor = db.execute_sql(f"SELECT {columns} FROM {quoted(table_name(model))} ORDER BY {key}")
    return cast(Iterator[tuple[Any, ...]], iter(cursor))


def _write_table(out: TextIO, model: type[BaseModel]) -> int:
    fields = model_fields(model)
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
        for number, model in enumerate(in_link_order()):
            out.write(("," if number else "") + f"\n{json.dumps(table_name(model))}: [")
            counts[table_name(model)] = _write_table(out, model)
            out.write("\n]")
        out.write("\n}}\n")
    return counts


# ---- Import --------------------------------------------------------------------------------


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
    sql = f"SELECT {', '.join(map(quoted, columns))} FROM stage ORDER BY position, id"
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
    columns = [quoted(f.column_name) for f in model_fields(model)]
    sql = (
        f"INSERT INTO {quoted(table_name(model))} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    try:
        _raw().executemany(sql, rows)
    except sqlite3.IntegrityError as exc:
        raise ImportFileError(
            translate(
                "json", 'The table "{0}" in the file breaks a rule of the database: {1}.'
            ).format(table_name(model), exc)
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
        if not isinstance(primary_key(model), AutoIncrementField):
            continue
        table, key = table_name(model), quoted(primary_key(model).column_name)
        (top,) = conn.execute(f"SELECT MAX({key}) FROM {quoted(table)}").fetchone()
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
    plan = read_export(path, MAX_JSON_BYTES)
    # BEGIN IMMEDIATE, as services.connection.write_transaction: it reads, then writes.
    with db.atomic("IMMEDIATE"):
        refuse_unless_empty()
        for model in reversed(in_link_order()):
            if model in _REPLACEABLE:
                model.delete().execute()
        db.pragma("defer_foreign_keys", 1)  # checked below, with a clearer message; ends here
        counts = {table_name(model): _insert(model, rows) for model, rows in plan}
        _check_links()
        _advance_sequences()
    return counts
