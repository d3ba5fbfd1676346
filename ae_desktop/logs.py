"""Rotating file log for the app; records events and errors, never client content."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "ae-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def setup_logging(directory: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in *directory*; returns the log file path."""
    path = directory / LOG_FILENAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
