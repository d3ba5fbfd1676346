"""An exception no code caught is logged without client text and reported to the user."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton

from ae_desktop import app
from ae_desktop.services.errors import ValidationError
from ae_desktop.ui import messages


def test_an_error_in_a_slot_is_logged_and_reported(qtbot, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    shown = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: shown.append((title, text)))
    log_path = tmp_path / "logs" / "ae-desktop.log"
    app.install_excepthook(log_path)
    email = "@".join(["ana", "acme.example"])  # made at run time: the traceback shows source

    def on_clicked() -> None:
        raise ValidationError({"email": f"{email!r} is not a valid e-mail address."})

    button = QPushButton("Make primary")
    qtbot.addWidget(button)
    button.clicked.connect(on_clicked)
    button.click()
    assert shown == [
        (
            "AE Desktop",
            f"Something went wrong; your data is safe. Details are in the log: {log_path}",
        )
    ]
    assert "An action failed: ValidationError" in caplog.text
    assert "in on_clicked" in caplog.text
    assert email not in caplog.text


def test_an_error_while_the_message_is_open_is_only_logged(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []

    def warn(parent, title, text):
        shown.append(text)
        try:
            raise RuntimeError("again")
        except RuntimeError as exc:
            sys.excepthook(RuntimeError, exc, exc.__traceback__)

    monkeypatch.setattr(messages, "warn", warn)
    app.install_excepthook(tmp_path / "ae-desktop.log")
    try:
        raise KeyError("first")
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)
    assert len(shown) == 1
    assert "An action failed: KeyError" in caplog.text
    assert "An action failed: RuntimeError" in caplog.text
