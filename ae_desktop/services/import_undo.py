"""Undo and redo of an applied import, as one step: what it created, updated and removed.

While an import is applied, an ImportRecorder notes the rows it touches (in the same write
transaction): the ids each table got (every id above the table's highest before: ids are
never handed out twice), the rows it updated or removed as they were before, and the rows it
created or updated as they were after. Undo deletes what it created and puts back what it
updated or removed; redo writes the very same rows again (same ids), so the steps after it
in the undo history still find their records. Either one refuses, changing nothing, when
the records are not as the import left them (the user changed them since, or added a deal
or an interaction to a client it created): the user's later work is never deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import ForeignKeyField, IntegrityError, Model

from ae_desktop.services.connection import write_transaction
from ae_desktop.store.models import (
    Client,
    Contact,
    Deal,
    Interaction,
    StageChange,
    Task,
    TimeBlock,
)
from ae_desktop.translation import translate

Row = dict[str, Any]

# Parents before children: created rows are written in this order and deleted in reverse.
TABLES: tuple[type[Model], ...] = (Client, Contact, Deal, StageChange, Interaction, Task, TimeBlock)
_BY_NAME = {model._meta.table_name: model for model in TABLES}
_CHUNK = 900  # SQLite's bound variables per statement, with room to spare


class ImportUndoRefused(Exception):
    """Undoing (or redoing) the import would lose later work; nothing was changed."""


@dataclass(slots=True)
class ImportRecord:
    """What one applied import did, table by table (table names as in the database)."""

    created: dict[str, list[int]] = field(default_factory=dict)
    before: dict[str, dict[int, Row]] = field(default_factory=dict)  # updated or removed rows
    after: dict[str, dict[int, Row]] = field(default_factory=dict)  # created or updated rows
    removed: dict[str, list[int]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.created.values()) and not self.before


def _key(model: type[Model]) -> Any:
    return model._meta.primary_key


def _dicts(query: Any) -> Iterable[Row]:
    return cast("Iterable[Row]", query.dicts())


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _rows(model: type[Model], ids: Iterable[int]) -> dict[int, Row]:
    found: dict[int, Row] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in _dicts(model.select().where(_key(model).in_(chunk))):
            found[int(row["id"])] = dict(row)
    return found


def _highest(model: type[Model]) -> int:
    return int(model.select(_key(model)).order_by(-_key(model)).scalar() or 0)


class ImportRecorder:
    """Made inside the import's write transaction before it writes; *finish* after."""

    def __init__(
        self,
        updating: dict[type[Model], Iterable[int]] | None = None,
        removing: dict[type[Model], Iterable[int]] | None = None,
    ) -> None:
        self.highest = {model: _highest(model) for model in TABLES}
        self.record = ImportRecord()
        self.updating = {m: sorted({int(i) for i in ids}) for m, ids in (updating or {}).items()}
        for model, ids in (removing or {}).items():
            rows = _rows(model, ids)
            name = model._meta.table_name
            self.record.removed[name] = sorted(rows)
            self.record.before.setdefault(name, {}).update(rows)
        for model, ids in self.updating.items():
            self.record.before.setdefault(model._meta.table_name, {}).update(_rows(model, ids))

    def finish(self) -> ImportRecord:
        record = self.record
        for model in TABLES:
            key = _key(model)
            query = model.select().where(key > self.highest[model]).order_by(key)
            rows = {int(row["id"]): dict(row) for row in _dicts(query)}
            if rows:
                record.created[model._meta.table_name] = sorted(rows)
                record.after[model._meta.table_name] = rows
        for model, ids in self.updating.items():
            name = model._meta.table_name
            after = _rows(model, ids)
            record.after.setdefault(name, {}).update(after)
            # A row the import left as it was is not part of what it did.
            for row_id, row in after.items():
                if record.before.get(name, {}).get(row_id) == row:
                    del record.after[name][row_id]
                    del record.before[name][row_id]
        record.before = {name: rows for name, rows in record.before.items() if rows}
        record.after = {name: rows for name, rows in record.after.items() if rows}
        return record


def _label(row: Row) -> str:
    for column in ("name", "title"):
        if row.get(column):
            return f"“{row[column]}”"
    return translate("import_undo", "a record")


def _added_message(referrer: type[Model], label: str) -> str:
    if referrer is Deal:
        text = translate("import_undo", "{0} has a deal added after the import.")
    elif referrer is Contact:
        text = translate("import_undo", "{0} has a contact added after the import.")
    elif referrer is Interaction:
        text = translate("import_undo", "{0} has an interaction logged after the import.")
    elif referrer is Task:
        text = translate("import_undo", "{0} has a task added after the import.")
    elif referrer is TimeBlock:
        text = translate("import_undo", "{0} has a time block planned after the import.")
    else:
        text = translate("import_undo", "{0} has records added after the import.")
    return text.format(label)


def _changed_message(label: str) -> str:
    return translate("import_undo", "{0} was changed after the import.").format(label)


def _same(stored: Row | None, expected: Row) -> bool:
    """The row is as expected; a new stamp alone (archived and restored since) is no change."""
    if stored is None:
        return False
    return {**stored, "updated_at": None} == {**expected, "updated_at": None}


def _undo_problem(record: ImportRecord) -> str | None:
    """Why undoing would lose later work, or None."""
    for name, rows in record.after.items():
        model = _BY_NAME[name]
        now = _rows(model, rows)
        for row_id, row in rows.items():
            if not _same(now.get(row_id), row):
                return _changed_message(_label(row))
    for name, ids in record.removed.items():
        model = _BY_NAME[name]
        if _rows(model, ids):
            return _changed_message(_label(record.before[name][ids[0]]))
    for name, ids in record.created.items():
        target = _BY_NAME[name]
        for referrer in TABLES:
            if referrer is StageChange:
                continue  # a deal's history goes with it (moves made and undone since)
            ours = set(record.created.get(referrer._meta.table_name, []))
            for fk in referrer._meta.fields.values():
                if not isinstance(fk, ForeignKeyField) or fk.rel_model is not target:
                    continue
                for chunk in _chunks(ids):
                    query = referrer.select(_key(referrer), fk).where(fk.in_(chunk))
                    pairs = cast("Iterable[tuple[int, int]]", query.tuples())
                    for other_id, parent_id in pairs:
                        if other_id not in ours:
                            parent = record.after[name][int(parent_id)]
                            return _added_message(referrer, _label(parent))
    return None


def _redo_problem(record: ImportRecord) -> str | None:
    """Why writing the import again would lose later work, or None."""
    for name, rows in record.before.items():
        model = _BY_NAME[name]
        now = _rows(model, rows)
        for row_id, row in rows.items():
            if not _same(now.get(row_id), row):
                return _changed_message(_label(row))
    for name, ids in record.created.items():
        model = _BY_NAME[name]
        if _rows(model, ids):
            return _changed_message(_label(record.after[name][ids[0]]))
    return None


def _insert(model: type[Model], rows: list[Row]) -> None:
    for start in range(0, len(rows), 200):
        model.insert_many(rows[start : start + 200]).execute()


def _delete(model: type[Model], ids: list[int]) -> None:
    for chunk in _chunks(ids):
        model.delete().where(_key(model).in_(chunk)).execute()


def _put(model: type[Model], rows: dict[int, Row]) -> None:
    key = _key(model)
    for row_id, row in rows.items():
        values = {k: v for k, v in row.items() if k != "id"}
        model.update(**values).where(key == row_id).execute()


def undo_import(record: ImportRecord) -> None:
    """Take the import back in one transaction; ImportUndoRefused says why it cannot."""
    with write_transaction():
        _check(_undo_problem(record))
        try:
            for model in reversed(TABLES):
                name = model._meta.table_name
                _delete(model, record.created.get(name, []))
            for model in TABLES:
                name = model._meta.table_name
                removed = set(record.removed.get(name, []))
                before = record.before.get(name, {})
                _put(model, {i: row for i, row in before.items() if i not in removed})
                _insert(model, [before[i] for i in sorted(removed)])
        except IntegrityError as error:  # e.g. a removed meeting's task deleted since
            raise ImportUndoRefused(_cannot("undo")) from error


def redo_import(record: ImportRecord) -> None:
    """Write the import again, the same rows under the same ids, in one transaction."""
    with write_transaction():
        _check(_redo_problem(record))
        try:
            for model in TABLES:
                name = model._meta.table_name
                created = record.created.get(name, [])
                after = record.after.get(name, {})
                _insert(model, [after[i] for i in created])
                new = set(created)
                _put(model, {i: row for i, row in after.items() if i not in new})
            for model in reversed(TABLES):
                _delete(model, record.removed.get(model._meta.table_name, []))
        except IntegrityError as error:
            raise ImportUndoRefused(_cannot("redo")) from error


def _cannot(which: str) -> str:
    if which == "undo":
        return translate("import_undo", "Records it touched were changed after the import.")
    return translate("import_undo", "Records it touches were changed since.")


def _check(problem: str | None) -> None:
    if problem is not None:
        raise ImportUndoRefused(problem)
