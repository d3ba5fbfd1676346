"""Where AE Desktop keeps its data, logs and settings: the only user of platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ae_desktop import APP_NAME

ENV_DATA_DIR = "AE_DESKTOP_DATA_DIR"
DB_FILENAME = "ae-desktop.sqlite3"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use *path* instead of the platform data dir (``--data-dir``); None clears the override."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def _ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def data_dir() -> Path:
    """The folder holding the database and backups, created 0700 on POSIX."""
    if _override is not None:
        path = _override
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return _ensure_private_dir(path)


def database_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir() -> Path:
    return _ensure_private_dir(data_dir() / "backups")


def log_dir() -> Path:
    """Logs go beside the data when the data dir is overridden, else to the platform log dir."""
    if _override is not None or os.environ.get(ENV_DATA_DIR):
        return _ensure_private_dir(data_dir() / "logs")
    return _ensure_private_dir(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    if _override is not None or os.environ.get(ENV_DATA_DIR):
        return _ensure_private_dir(data_dir() / "config")
    return _ensure_private_dir(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))
