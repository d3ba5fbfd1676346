"""Shared fixtures: nothing is written outside tmp dirs, and a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_XDG_DIRS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def _redirect(base: Path, setenv: Callable[[str, str], None]) -> None:
    for name in _XDG_DIRS:
        setenv(name, str(_private_dir(base / name.lower())))
    setenv("AE_DESKTOP_DATA_DIR", str(_private_dir(base / "ae-data")))
    setenv("XDG_RUNTIME_DIR", str(_private_dir(base / "runtime")))


@pytest.fixture(scope="session", autouse=True)
def _isolated_session_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Session-wide redirect, in force before session fixtures such as pytest-qt's qapp."""
    saved = {name: os.environ.get(name) for name in (*_XDG_DIRS, "AE_DESKTOP_DATA_DIR")}
    saved["XDG_RUNTIME_DIR"] = os.environ.get("XDG_RUNTIME_DIR")
    _redirect(tmp_path_factory.mktemp("session-home"), os.environ.__setitem__)
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The .qm files `make test` compiles, rebuilt here too when a .ts is newer (plain pytest)."""
    import shutil
    import subprocess
    import sys

    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    for source in folder.glob("*.ts"):
        compiled = source.with_suffix(".qm")
        stale = not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime
        if stale and lrelease:
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)


@pytest.fixture(autouse=True)
def _isolated_env(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Each test gets its own data, config, cache, state and runtime dirs."""
    from ae_desktop import paths

    _redirect(tmp_path_factory.mktemp("home"), monkeypatch.setenv)
    paths.set_data_dir(None)
    yield
    paths.set_data_dir(None)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SqliteDatabase]:
    """A fresh AE Desktop database in a temp dir, bound to the records; closed afterwards."""
    from ae_desktop.store.db import close_database, open_database

    database = open_database(tmp_path / "ae-desktop.sqlite3", tmp_path / "backups")
    yield database
    close_database()
