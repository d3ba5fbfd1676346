"""Only the user can read the data: folders 0700; database, side files, backups, logs 0600."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ae_desktop import paths
from ae_desktop.domain.enums import InteractionKind
from ae_desktop.logs import setup_logging
from ae_desktop.services import clients, contacts, interactions
from ae_desktop.store.backup import labelled_backup
from ae_desktop.store.db import close_database, open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

NOW = datetime(2026, 11, 27, 10, 0)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common umask, under which a file is made 0644 unless the code says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def logging_to_data_dir() -> Iterator[Path]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield setup_logging(paths.log_dir())
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _modes(folder: Path) -> dict[str, str]:
    """Every entry under *folder* (itself included) with its mode, e.g. {'logs': '0o700'}."""
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for entry in folder.rglob("*"):
        found[str(entry.relative_to(folder))] = oct(stat.S_IMODE(entry.lstat().st_mode))
    return found


def _wrong(folder: Path) -> dict[str, str]:
    return {
        name: mode
        for name, mode in _modes(folder).items()
        if mode != ("0o700" if (folder / name).is_dir() else "0o600")
    }


def _write_a_little() -> None:
    client_id = clients.create_client(clients.ClientInput("Acme"))
    contacts.add_contact(client_id, contacts.ContactInput("Ana Pena", email="ana@acme.example"))
    for hour in (8, 9):
        interactions.log_interaction(
            interactions.InteractionInput(
                client_id, InteractionKind.CALL, NOW.replace(hour=hour), "Renewal call"
            ),
            now=NOW,
        )


def test_after_a_session_that_writes_every_file_is_0600_and_every_folder_0700(
    logging_to_data_dir,
):
    data = paths.data_dir()
    database = paths.database_path()
    open_database(database, paths.backups_dir())
    try:
        _write_a_little()
        logging.getLogger("ae_desktop").info("a session")
        labelled_backup(database, paths.backups_dir(), "manual", NOW)
        # While open: the -wal and -shm exist and are the user's only too.
        names = _modes(data)
        assert {"ae-desktop.sqlite3-wal", "ae-desktop.sqlite3-shm"} <= names.keys()
        assert any(name.startswith("backups/ae-desktop-") for name in names)
        assert "logs/ae-desktop.log" in names
        assert _wrong(data) == {}
    finally:
        close_database()
    assert _wrong(data) == {}
    assert paths.log_dir().is_relative_to(data)  # so the log was checked above


def test_rotated_logs_are_0600(logging_to_data_dir):
    log_file = logging_to_data_dir
    logging.getLogger("ae_desktop").info("before")
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(log_file)
    )
    handler.doRollover()
    logging.getLogger("ae_desktop").info("after")
    assert sorted(p.name for p in log_file.parent.iterdir()) == [
        "ae-desktop.log",
        "ae-desktop.log.1",
    ]
    assert _wrong(log_file.parent) == {}


def test_a_log_left_0644_by_an_earlier_version_is_made_0600(tmp_path, logging_to_data_dir):
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o700)
    (folder / "ae-desktop.log").write_text("old\n")
    (folder / "ae-desktop.log").chmod(0o644)
    setup_logging(folder)
    assert _wrong(folder) == {}


def test_a_database_left_0644_by_an_earlier_version_is_made_0600(tmp_path):
    database = tmp_path / "ae-desktop.sqlite3"
    open_database(database, tmp_path / "backups")
    _write_a_little()
    close_database()
    # An earlier version's database, with a -wal and -shm left by a session that crashed.
    keep = sqlite3.connect(database)
    keep.execute("PRAGMA journal_mode=WAL")
    keep.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
    for name in ("ae-desktop.sqlite3", "ae-desktop.sqlite3-wal", "ae-desktop.sqlite3-shm"):
        (tmp_path / name).chmod(0o644)
    try:
        open_database(database, tmp_path / "backups")
        try:
            modes = _modes(tmp_path)
            assert modes["ae-desktop.sqlite3"] == "0o600"
            assert modes["ae-desktop.sqlite3-wal"] == "0o600"
            assert modes["ae-desktop.sqlite3-shm"] == "0o600"
        finally:
            close_database()
    finally:
        keep.close()


def test_a_new_database_is_0600_from_the_start(tmp_path):
    # SQLite makes the -wal and -shm with the database file's mode, so that one must be right
    # before SQLite creates the others (no moment at 0644, nothing to chmod afterwards).
    database = tmp_path / "ae-desktop.sqlite3"
    open_database(database, tmp_path / "backups")
    try:
        _write_a_little()
        modes = _modes(tmp_path)
    finally:
        close_database()
    assert modes["ae-desktop.sqlite3"] == "0o600"
    assert modes["ae-desktop.sqlite3-wal"] == "0o600"
    assert modes["ae-desktop.sqlite3-shm"] == "0o600"
