"""Write a file all or nothing: a temp file beside the target, flushed to disk, then renamed."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once, at import on the main thread: os.umask() can only be read by setting it, and
# setting it is process-wide, so doing that later could race with a worker creating a file.
_UMASK = _read_umask()


def mode_for(target: Path) -> int:
    """The permissions a file written to *target* gets: those of the file it replaces, else
    what the user's umask gives any new file (0644 with the usual 022, 0600 with 077)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_UMASK


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the OS allows opening a folder (not Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_text_file(
    target: Path, *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[TextIO]:
    """Open a temp file in *target*'s folder for writing text; when the block ends without an
    exception it is flushed to disk and renamed over *target*, else it is removed.

    An existing *target* is thus replaced whole or not at all, keeping its permissions.
    Raises OSError (the folder is missing or not writable, the disk is full…).
    """
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode_for(target))  # mkstemp makes it 0600
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    _sync_folder(target.parent)
