"""The log records what failed and where, never the client text in an exception's message."""

from __future__ import annotations

import logging

from ae_desktop.logs import log_failure
from ae_desktop.services.errors import DuplicateClientError, ValidationError

# Client text made at run time: the traceback shows source lines, which must not match it.
EMAIL = "@".join(["ana.pena", "acme.example"])
NAME = " & ".join(["Smith", "Jones"])


def _save(email: str) -> None:
    raise ValidationError({"email": f"{email!r} is not a valid e-mail address."})


def test_a_failure_is_logged_by_type_and_traceback_without_its_message(caplog):
    try:
        _save(EMAIL)
    except ValidationError as exc:
        log_failure(logging.getLogger("test"), "Saving a contact", exc)
    text = caplog.text
    assert "Saving a contact failed: ValidationError" in text
    assert "in _save" in text  # where it happened
    assert EMAIL not in text
    assert caplog.records[0].levelno == logging.ERROR


def test_the_causes_are_logged_by_type_too(caplog):
    try:
        try:
            raise DuplicateClientError(3, NAME)
        except DuplicateClientError as dup:
            raise RuntimeError(f"while saving {NAME}") from dup
    except RuntimeError as exc:
        log_failure(logging.getLogger("test"), "Saving a client", exc)
    assert "Saving a client failed: RuntimeError" in caplog.text
    assert "Caused by: DuplicateClientError" in caplog.text
    assert NAME not in caplog.text
