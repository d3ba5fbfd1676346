"""The full JSON export: what it holds, the round trip, and every refusal leaving no trace."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from ae_desktop import __version__
from ae_desktop.interop.records import ImportFileError
from ae_desktop.services.settings import set_setting
from ae_desktop.store import json_dump
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.demo import generate
from ae_desktop.store.json_dump import NOT_EMPTY, DatabaseNotEmptyError, dump_json, load_json
from ae_desktop.store.migrations import LATEST_VERSION
from ae_desktop.store.models import ALL_MODELS, Client, Deal, Quota, Stage, Task

TODAY = date(2025, 3, 5)
Document = dict[str, Any]


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """Open (binding the records to) a fresh database named *name* in tmp_path."""

    def opener(name: str) -> None:
        close_database()
        open_database(tmp_path / name / "ae-desktop.sqlite3", tmp_path / name / "backups")

    yield opener
    close_database()


@pytest.fixture
def demo_file(tmp_path: Path, open_db: Callable[[str], None]) -> Path:
    """The small demo dumped to a file; a fresh, empty database is open afterwards."""
    open_db("source")
    generate("small", seed=7, today=TODAY)
    path = tmp_path / "demo.json"
    dump_json(path)
    open_db("target")
    return path


def _read(path: Path) -> Document:
    document: Document = json.loads(path.read_text(encoding="utf-8"))
    return document


def _tables(tmp_path: Path) -> Any:
    """Everything the open database holds, as the export writes it."""
    path = tmp_path / "snapshot.json"
    dump_json(path)
    return _read(path)["tables"]


def test_dump_writes_the_header_and_every_table_in_link_order(
    tmp_path: Path, open_db: Callable[[str], None]
) -> None:
    open_db("db")
    Client.create(name="Café Ñandú", archived=True, created_at=datetime(2025, 1, 15, 9, 30, 12))

    counts = dump_json(tmp_path / "out.json")

    document = _read(tmp_path / "out.json")
    header = {k: v for k, v in document.items() if k not in ("tables", "exported_at")}
    assert header == {
        "format": "ae-desktop-export",
        "format_version": 1,
        "schema_version": LATEST_VERSION,
        "app_version": __version__,
    }
    assert datetime.fromisoformat(document["exported_at"]).tzinfo is None
    names = list(document["tables"])
    assert sorted(names) == sorted(m._meta.table_name for m in ALL_MODELS)
    assert names.index("client") < names.index("deal") < names.index("stage_change")
    assert names.index("stage") < names.index("deal") < names.index("task")
    assert counts == {name: len(rows) for name, rows in document["tables"].items()}
    assert counts["stage"] == 6


def test_dump_values_are_json_native(tmp_path: Path, open_db: Callable[[str], None]) -> None:
    open_db("db")
    Client.create(name="Café Ñandú", archived=True, created_at=datetime(2025, 1, 15, 9, 30, 12))

    dump_json(tmp_path / "out.json")

    (client,) = _read(tmp_path / "out.json")["tables"]["client"]
    assert list(client) == [f.column_name for f in Client._meta.sorted_fields]
    assert client["name"] == "Café Ñandú"
    assert client["archived"] is True
    assert client["created_at"] == "2025-01-15T09:30:12"
    assert client["cadence_days"] is None and client["churned_on"] is None
    assert "Café Ñandú".encode() in (tmp_path / "out.json").read_bytes()  # not \u escapes


def test_a_failed_dump_keeps_the_old_file(
    tmp_path: Path, open_db: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    open_db("db")
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def fail(*args: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(json_dump, "_write_table", fail)
    with pytest.raises(OSError):
        dump_json(target)

    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["out.json"]


def test_round_trip_gives_the_same_tables(tmp_path: Path, demo_file: Path) -> None:
    counts = load_json(demo_file)

    tables = _tables(tmp_path)
    assert tables == _read(demo_file)["tables"]
    assert counts == {name: len(rows) for name, rows in tables.items()}
    assert counts["interaction"] == 600 and counts["stage_change"] > 60


def test_new_records_after_a_load_get_fresh_ids(tmp_path: Path, demo_file: Path) -> None:
    document = _read(demo_file)
    document["tables"]["task"] = [r for r in document["tables"]["task"] if r["id"] != 80]
    demo_file.write_text(json.dumps(document), encoding="utf-8")
    load_json(demo_file)

    assert Client.create(name="New").id == 41
    assert Deal.create(client=1, title="New", stage=1, created_on=TODAY).id == 61
    assert Task.create(title="New").id == 80  # past every imported id
    assert Stage.create(name="New", position=7).id == 7


def _stage(sid: int, name: str, position: int, outcome: str = "open") -> Document:
    return {"id": sid, "name": name, "position": position, "outcome": outcome}


def test_load_replaces_the_default_stages_and_settings(tmp_path: Path, demo_file: Path) -> None:
    document = _read(demo_file)
    stages = [_stage(10, "Pitch", 1), _stage(11, "Won", 2, "won"), _stage(12, "Lost", 3, "lost")]
    setting = {"key": "currency", "value": '"USD"'}
    document["tables"] = {"stage": stages, "setting": [setting]}
    document["schema_version"] = LATEST_VERSION - 1  # so the other tables may be left out
    demo_file.write_text(json.dumps(document), encoding="utf-8")

    load_json(demo_file)

    tables = _tables(tmp_path)
    assert tables["stage"] == [{"probability": 0, "rotting_days": None, **s} for s in stages]
    assert tables["setting"] == [setting]


def _edit(change: Callable[[Document], object]) -> Callable[[Document], object]:
    return change


def _set(table: str, index: int, column: str, value: object) -> Callable[[Document], object]:
    return lambda d: d["tables"][table][index].__setitem__(column, value)


REFUSALS: dict[str, tuple[Callable[[Document], object], str]] = {
    "wrong format": (lambda d: d.__setitem__("format", "other"), "not a full JSON export"),
    "newer format": (lambda d: d.__setitem__("format_version", 2), "newer version"),
    "newer schema": (
        lambda d: d.__setitem__("schema_version", LATEST_VERSION + 1),
        "newer version",
    ),
    "no schema": (lambda d: d.pop("schema_version"), "does not say which schema"),
    "missing table": (lambda d: d["tables"].pop("quota"), 'lacks the table "quota"'),
    "unknown table": (lambda d: d["tables"].__setitem__("extra", []), 'table "extra"'),
    "table not a list": (lambda d: d["tables"].__setitem__("client", {}), "not a list"),
    "row not an object": (lambda d: d["tables"]["client"].__setitem__(0, [1]), "Row 1 "),
    "unknown column": (_set("client", 2, "colour", "red"), 'Row 3 of the table "client"'),
    "id as text": (_set("client", 0, "id", "1"), "a whole number"),
    "boolean as number": (_set("client", 0, "archived", 1), "true or false"),
    "float for integer": (_set("deal", 0, "value_minor", 12.5), "a whole number"),
    "integer past 64 bits": (_set("deal", 0, "value_minor", 2**63), "a whole number"),
    "lone surrogate": (_set("client", 0, "notes", "\ud800"), "text was expected"),
    "date": (_set("deal", 0, "created_on", "31/03/2025"), "a date such as"),
    "datetime with zone": (
        _set("interaction", 0, "occurred_at", "2025-03-01T10:00:00+01:00"),
        "a date and time",
    ),
    "number for text": (_set("client", 0, "name", 5), "text was expected"),
    "null where needed": (_set("client", 0, "name", None), 'no value in the column "name"'),
    "missing column": (lambda d: d["tables"]["deal"][0].pop("title"), 'lacks the column "title"'),
    "repeated id": (_set("contact", 1, "id", 1), "repeats the key 1"),
    "link to nowhere": (_set("deal", 4, "client_id", 999), 'table "deal"'),
    "nullable link to nowhere": (_set("task", 79, "interaction_id", 5000), 'table "task"'),
    "same stage name": (_set("stage", 1, "name", "Lead"), 'table "stage" in the file breaks'),
    # Caught only when the last tables are written: everything before must be rolled back.
    "same quota twice": (
        lambda d: d["tables"]["quota"][1].update(
            {k: v for k, v in d["tables"]["quota"][0].items() if k != "id"}
        ),
        'table "quota" in the file breaks',
    ),
    "bad row in the last table": (_set("setting", 0, "value", 7), "text was expected"),
    # The app's rules, beyond the JSON types: values the app never writes, and would crash on.
    "tier": (_set("client", 11, "tier", "bogus"), "Table client, row 12: tier “bogus” is not"),
    "client status": (_set("client", 0, "status", "lapsed"), "status “lapsed” is not one of"),
    "interaction kind": (_set("interaction", 0, "kind", "fax"), "kind “fax” is not one of call"),
    "deal kind": (_set("deal", 0, "kind", "other"), "Table deal, row 1: kind “other”"),
    "stage outcome": (_set("stage", 0, "outcome", "maybe"), "outcome “maybe” is not one of"),
    "task status": (_set("task", 0, "status", "later"), "Table task, row 1: status “later”"),
    "task urgency": (_set("task", 0, "urgency", "YES"), "urgency “YES” is not one of auto"),
    "task importance": (_set("task", 0, "importance", ""), "importance “” is not one of auto"),
    "block kind": (_set("time_block", 0, "kind", "nap"), "kind “nap” is not one of client_work"),
    "period kind": (_set("quota", 0, "period_kind", "year"), "period_kind “year” is not one"),
    "block start": (
        _set("time_block", 0, "start", "xx:yy"),
        "Table time_block, row 1: start “xx:yy” is not a time from 00:00 to 24:00 as HH:MM.",
    ),
    "block time past the day": (_set("time_block", 0, "end", "24:30"), "end “24:30” is not a"),
    "block time without its zero": (_set("time_block", 0, "start", "8:30"), "start “8:30”"),
    "block ends before it starts": (
        _set("time_block", 0, "end", "08:00"),
        "row 1: end “08:00” is not after start “08:30”",
    ),
    "block of no length": (_set("time_block", 0, "end", "08:30"), "is not after start"),
    "deal currency": (_set("deal", 0, "currency", "eur"), "currency “eur” is not a currency"),
    "quota currency": (_set("quota", 0, "currency", "EURO"), "currency “EURO” is not a"),
    "deal probability": (_set("deal", 0, "probability", 101), "probability 101 is not from 0"),
    "stage probability": (_set("stage", 0, "probability", -1), "probability -1 is not from 0"),
    "csat": (_set("interaction", 0, "csat", 6), "csat 6 is not from 1 to 5"),
    "satisfaction": (_set("client", 0, "satisfaction", 0), "satisfaction 0 is not from 1 to 5"),
    "cadence": (_set("client", 0, "cadence_days", 0), "cadence_days 0 is not from 1 to 365"),
    "weekly minutes": (_set("client", 0, "weekly_minutes", 5000), "weekly_minutes 5000 is not"),
    "rotting days": (_set("stage", 0, "rotting_days", 0), "rotting_days 0 is not from 1"),
    "estimate": (_set("task", 0, "estimate_minutes", 0), "estimate_minutes 0 is not from 1"),
    "spent minutes": (_set("time_block", 0, "spent_minutes", -5), "spent_minutes -5 is negative"),
    "negative deal value": (_set("deal", 0, "value_minor", -1), "value_minor -1 is negative"),
    "negative revenue": (_set("client", 0, "potential_revenue_minor", -5), "-5 is negative"),
    "negative quota": (_set("quota", 0, "amount_minor", -1), "amount_minor -1 is negative"),
    "amount too large": (_set("deal", 0, "value_minor", 2**62), "larger than any amount"),
    "empty client name": (_set("client", 0, "name", "  "), "row 1: name “  ” is empty"),
    "empty contact name": (_set("contact", 0, "name", ""), "Table contact, row 1: name “” is"),
    "empty stage name": (_set("stage", 0, "name", ""), "Table stage, row 1: name “” is empty"),
    "empty deal title": (_set("deal", 0, "title", " "), "Table deal, row 1: title “ ” is empty"),
    "empty task title": (_set("task", 0, "title", ""), "Table task, row 1: title “” is empty"),
    "empty block title": (_set("time_block", 0, "title", ""), "time_block, row 1: title “”"),
    "empty summary": (_set("interaction", 0, "summary", ""), "summary “” is empty"),
    "setting not json": (
        _set("setting", 0, "value", "Laura"),
        "Table setting, row ae_name: value “Laura” is not a setting value",
    ),
    "month quota mid-month": (
        _set("quota", 0, "period_start", "2025-01-05"),
        "period_start “2025-01-05” is not the first day of a month",
    ),
    "quarter quota not on a quarter": (
        lambda d: d["tables"]["quota"][0].update(period_kind="quarter", period_start="2025-02-01"),
        "period_start “2025-02-01” is not the first day of a quarter",
    ),
    # The stages as a whole: deals are closed, and imported, into the Won and Lost stages.
    "no won stage": (_set("stage", 4, "outcome", "open"), "The export has no Won stage: "),
    "no lost stage": (_set("stage", 5, "outcome", "won"), "The export has no Lost stage: "),
    "no open stage": (
        lambda d: [s.update(outcome="lost") for s in d["tables"]["stage"][:4]],
        "The export has no open stage: ",
    ),
    "two stages at one position": (
        _set("stage", 2, "position", 2),
        "two stages at position 2, “Qualified” and “Proposal”",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_refusals_leave_the_database_as_it_was(tmp_path: Path, demo_file: Path, case: str) -> None:
    change, message = REFUSALS[case]
    document = _read(demo_file)
    change(document)
    demo_file.write_text(json.dumps(document), encoding="utf-8")  # "\ud800" escaped
    before = _tables(tmp_path)

    with pytest.raises(ImportFileError, match=message.replace("(", r"\(")):
        load_json(demo_file)

    assert _tables(tmp_path) == before


NOT_JSON = "The file is not a JSON file."
TOO_DEEP = "The file is nested too deeply to be read: it is not an export of AE Desktop."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json {", NOT_JSON),
        (b"\xff\xfe\x00 not UTF-8", NOT_JSON),
        (b"", NOT_JSON),
        (b"[" * 100_000, TOO_DEEP),
        (b'{"format": ' + b"9" * 5000 + b"}", "The file holds a number too long to read: "),
    ],
    ids=["not JSON", "not UTF-8", "empty", "nested too deep", "5000-digit number"],
)
def test_a_file_that_cannot_be_read_as_json_is_refused(
    tmp_path: Path, demo_file: Path, content: bytes, message: str
) -> None:
    demo_file.write_bytes(content)
    before = _tables(tmp_path)

    with pytest.raises(ImportFileError) as refused:
        load_json(demo_file)

    assert str(refused.value).startswith(message)
    assert _tables(tmp_path) == before


def test_a_number_too_long_inside_an_export_is_refused(tmp_path: Path, demo_file: Path) -> None:
    text = demo_file.read_text(encoding="utf-8")
    demo_file.write_text(text.replace('"value_minor":', '"value_minor":' + "7" * 5000, 1))
    before = _tables(tmp_path)

    with pytest.raises(ImportFileError, match="The file holds a number too long to read: "):
        load_json(demo_file)

    assert _tables(tmp_path) == before


@pytest.mark.parametrize("error", [MemoryError, RecursionError, ValueError])
def test_any_error_of_the_parser_is_refused(
    tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    def parse(*args: object, **kwargs: object) -> object:
        raise error()

    before = _tables(tmp_path)
    monkeypatch.setattr(json_dump.json, "loads", parse)  # json's own: undone before reading

    with pytest.raises(ImportFileError, match=r"^The file .* not an export of AE Desktop\.$"):
        load_json(demo_file)

    monkeypatch.undo()
    assert _tables(tmp_path) == before


def test_a_rule_broken_names_the_table_row_and_column(tmp_path: Path, demo_file: Path) -> None:
    document = _read(demo_file)
    document["tables"]["client"][11]["tier"] = "bogus"
    demo_file.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(ImportFileError) as refused:
        load_json(demo_file)

    assert str(refused.value) == (
        "Table client, row 12: tier “bogus” is not one of key, standard, prospect."
    )


def test_other_json_is_refused(tmp_path: Path, demo_file: Path) -> None:
    demo_file.write_text('[{"format": "ae-desktop-export"}]', encoding="utf-8")

    with pytest.raises(ImportFileError, match="not a full JSON export of AE Desktop"):
        load_json(demo_file)


def test_a_file_over_the_limit_is_refused_unread(
    tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_dump, "MAX_JSON_BYTES", demo_file.stat().st_size - 1)
    before = _tables(tmp_path)

    with pytest.raises(ImportFileError, match="larger than"):
        load_json(demo_file)

    assert _tables(tmp_path) == before


@pytest.mark.parametrize(
    "add",
    [
        lambda: Client.create(name="Mine"),
        lambda: Quota.create(period_kind="month", period_start=TODAY, amount_minor=1),
    ],  # fmt: skip
    ids=["a client", "a quota"],
)
def test_a_database_with_records_is_refused(
    tmp_path: Path, demo_file: Path, add: Callable[[], object]
) -> None:
    add()
    before = _tables(tmp_path)

    with pytest.raises(DatabaseNotEmptyError) as refused:
        load_json(demo_file)

    assert str(refused.value) == NOT_EMPTY
    assert NOT_EMPTY == (
        "The database already holds data: a full JSON export is only imported into an "
        "empty database."
    )
    assert _tables(tmp_path) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda: set_setting("currency", "USD"),
            "The database holds settings of the user's (currency): a full JSON export "
            "replaces them, so it is only imported into a new database.",
        ),
        (
            lambda: Stage.update(name="Pitch").where(Stage.name == "Lead").execute(),
            "The database's pipeline stages were changed (they are now Pitch, Qualified, "
            "Proposal, Negotiation, Won, Lost): a full JSON export replaces them, so it is only "
            "imported into a new database.",
        ),
        (
            lambda: Stage.update(probability=60).where(Stage.name == "Proposal").execute(),
            "(they are now Lead, Qualified, Proposal, Negotiation, Won, Lost)",
        ),
        (lambda: Stage.create(name="Demo", position=7), "Negotiation, Won, Lost, Demo)"),
        (lambda: Stage.delete().where(Stage.name == "Lead").execute(), "(they are now Qualif"),
    ],
    ids=["a setting", "a stage renamed", "a probability", "a stage added", "a stage deleted"],
)
def test_a_database_with_its_own_stages_or_settings_is_refused(
    tmp_path: Path, demo_file: Path, change: Callable[[], object], message: str
) -> None:
    change()
    before = _tables(tmp_path)

    with pytest.raises(DatabaseNotEmptyError) as refused:
        load_json(demo_file)

    assert message in str(refused.value)
    assert _tables(tmp_path) == before


def _older(demo_file: Path, change: Callable[[Document], object]) -> None:
    document = _read(demo_file)
    document["schema_version"] = LATEST_VERSION - 1
    change(document)
    demo_file.write_text(json.dumps(document), encoding="utf-8")


def test_an_older_file_lacking_columns_with_defaults_is_imported(
    tmp_path: Path, demo_file: Path
) -> None:
    def drop(document: Document) -> None:
        for row in document["tables"]["client"]:
            del row["weekly_minutes"], row["churned_on"]  # default 0, and null
        del document["tables"]["stage_change"]  # a table added since is empty

    _older(demo_file, drop)

    counts = load_json(demo_file)

    assert counts["client"] == 40 and counts["stage_change"] == 0
    assert {c.weekly_minutes for c in Client.select()} == {0}
    assert {c.churned_on for c in Client.select()} == {None}


def test_an_older_file_lacking_a_column_without_default_is_refused(
    tmp_path: Path, demo_file: Path
) -> None:
    _older(demo_file, lambda d: [row.pop("name") for row in d["tables"]["client"]])
    before = _tables(tmp_path)

    with pytest.raises(ImportFileError, match='older version .* lacks the column "name"'):
        load_json(demo_file)

    assert _tables(tmp_path) == before


def test_this_versions_file_must_hold_every_column(tmp_path: Path, demo_file: Path) -> None:
    document = _read(demo_file)
    del document["tables"]["client"][0]["weekly_minutes"]
    demo_file.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(ImportFileError, match='lacks the column "weekly_minutes"'):
        load_json(demo_file)
