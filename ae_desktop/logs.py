"""Rotating file log for the app; records events and errors, never client content."""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from io import TextIOWrapper
from pathlib import Path

LOG_FILENAME = "ae-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
PRIVATE_MODE = 0o600


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only the user can read, whatever the umask."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        # Created by the umask (0644 at most for a moment, in a 0700 folder), or made 0644 by
        # an earlier version: a log names what failed and where, for the user's eyes only.
        if os.name == "posix":
            os.chmod(self.baseFilename, PRIVATE_MODE)
        return stream


def setup_logging(directory: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in *directory*; returns the log file path."""
    path = directory / LOG_FILENAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def failure_details(what: str, exc: BaseException) -> str:
    """That *what* failed: the type and traceback of *exc* and of its causes, as text.

    Never the messages: a ValidationError or DuplicateClientError names the client, the
    contact or the e-mail address that was typed, and neither the log nor the details a user
    copies into an e-mail hold client content.
    """
    lines = [f"{what} failed: {type(exc).__name__}"]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current is not exc:
            lines.append(f"Caused by: {type(current).__name__}")
        lines.extend(line.rstrip("\n") for line in traceback.format_tb(current.__traceback__))
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def log_failure(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """Log that *what* failed, as failure_details tells it (no client text)."""
    logger.error("%s", failure_details(what, exc))
