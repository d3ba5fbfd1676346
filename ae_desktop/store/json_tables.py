"""The tables of the full JSON export: their order, columns and keys, shared by its writing
(json_dump) and its reading (json_read)."""

from __future__ import annotations

from peewee import Field, ForeignKeyField

from ae_desktop.store.models import ALL_MODELS, BaseModel
from ae_desktop.translation import translate

FORMAT = "ae-desktop-export"
FORMAT_VERSION = 1


def in_link_order() -> list[type[BaseModel]]:
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


def model_fields(model: type[BaseModel]) -> list[Field]:
    return list(model._meta.sorted_fields)


def table_name(model: type[BaseModel]) -> str:
    return str(model._meta.table_name)


def primary_key(model: type[BaseModel]) -> Field:
    """The model's primary key field (every model has a single-column one)."""
    key = model._meta.primary_key
    if not isinstance(key, Field):
        raise TypeError(
            translate("json", "{0} has no single-column primary key").format(model.__name__)
        )
    return key


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
