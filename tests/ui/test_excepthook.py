"""An exception no code caught is logged without client text and reported to the user."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton

from ae_desktop import app
from ae_desktop.services.errors import ValidationError
from ae_desktop.ui import error_dialog


def test_an_error_in_a_slot_is_logged_and_reported(qtbot, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    shown = []
    monkeypatch.setattr(
        error_dialog, "show_error", lambda parent, path, details: shown.append((path, details))
    )
    log_path = tmp_path / "logs" / "ae-desktop.log"
    app.install_excepthook(log_path)
    email = "@".join(["ana", "acme.example"])  # made at run time: the traceback shows source

    def on_clicked() -> None:
        raise ValidationError({"email": f"{email!r} is not a valid e-mail address."})

    button = QPushButton("Make primary")
    qtbot.addWidget(button)
    button.clicked.connect(on_clicked)
    button.click()
    assert len(shown) == 1 and shown[0][0] == log_path  # the message names the log
    details = shown[0][1]  # what Copy details copies: what failed, where; no client text
    assert details.startswith("An action failed: ValidationError") and "in on_clicked" in details
    assert email not in details
    assert "An action failed: ValidationError" in caplog.text
    assert "in on_clicked" in caplog.text
    assert email not in caplog.text


def test_an_error_while_the_message_is_open_is_only_logged(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []

    def show_error(parent, path, details):
        shown.append(details)
        try:
            raise RuntimeError("again")
        except RuntimeError as exc:
            sys.excepthook(RuntimeError, exc, exc.__traceback__)

    monkeypatch.setattr(error_dialog, "show_error", show_error)
    app.install_excepthook(tmp_path / "ae-desktop.log")
    try:
        raise KeyError("first")
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)
    assert len(shown) == 1
    assert "An action failed: KeyError" in caplog.text
    assert "An action failed: RuntimeError" in caplog.text
