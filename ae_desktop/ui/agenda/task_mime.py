"""A task dragged out of the matrix: its id in a MIME type of our own."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

TASK_MIME = "application/x-ae-desktop-task"


def encode_task(task_id: int) -> QMimeData:
    """The drag data of a task card: its id, under TASK_MIME."""
    mime = QMimeData()
    mime.setData(TASK_MIME, QByteArray(str(task_id).encode()))
    return mime


def decode_task(mime: QMimeData | None) -> int | None:
    """The task id carried by *mime*; None when it carries no task (or garbage)."""
    if mime is None or not mime.hasFormat(TASK_MIME):
        return None
    try:
        task_id = int(bytes(mime.data(TASK_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    return task_id if task_id > 0 else None
