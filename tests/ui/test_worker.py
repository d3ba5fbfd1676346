"""Background jobs: a file the user cannot import, or an import cancelled, is an ordinary
outcome (one line in the log); anything else is a bug, logged with its traceback."""

from __future__ import annotations

import logging

import pytest

from ae_desktop.interop.records import ImportFileError
from ae_desktop.services.import_plan import ImportCancelled
from ae_desktop.store.json_dump import DatabaseNotEmptyError
from ae_desktop.ui.worker import run_in_background


def fail_in_background(qtbot, error: Exception) -> list[Exception]:
    failed: list[Exception] = []

    def job() -> None:
        raise error

    run_in_background(job, lambda _result: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    return failed


@pytest.mark.parametrize(
    "error",
    [
        ImportFileError("secret-clients.csv cannot be read: Permission denied."),
        DatabaseNotEmptyError("The database already holds data."),
        ImportCancelled(),
    ],
)
def test_an_expected_failure_is_one_line_without_a_traceback(qtbot, caplog, error) -> None:
    caplog.set_level(logging.INFO, logger="ae_desktop.ui.worker")
    assert fail_in_background(qtbot, error) == [error]
    records = [r for r in caplog.records if r.name == "ae_desktop.ui.worker"]
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.INFO, f"Background job ended: {type(error).__name__}")
    ]
    assert records[0].exc_info is None and "secret" not in caplog.text


def test_a_bug_is_logged_with_its_traceback(qtbot, caplog) -> None:
    caplog.set_level(logging.INFO, logger="ae_desktop.ui.worker")
    fail_in_background(qtbot, KeyError("client 12"))
    (record,) = [r for r in caplog.records if r.name == "ae_desktop.ui.worker"]
    assert record.levelno == logging.ERROR
    message = record.getMessage()
    assert message.startswith("Background job failed: KeyError") and 'File "' in message
