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


def test_the_same_failure_again_is_only_logged(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []
    monkeypatch.setattr(error_dialog, "show_error", lambda *args: shown.append(args))
    app.install_excepthook(tmp_path / "ae-desktop.log")

    def paint() -> None:
        raise ZeroDivisionError  # say, in a paintEvent: it comes back at every repaint

    for _ in range(3):
        try:
            paint()
        except ZeroDivisionError as exc:
            sys.excepthook(ZeroDivisionError, exc, exc.__traceback__)
    assert len(shown) == 1
    assert caplog.text.count("An action failed: ZeroDivisionError") == 3


def test_a_failure_in_a_worker_thread_is_logged_not_shown(tmp_path, monkeypatch, caplog, qapp):
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []
    monkeypatch.setattr(error_dialog, "show_error", lambda *args: shown.append(args))
    app.install_excepthook(tmp_path / "ae-desktop.log")

    def in_worker() -> None:
        try:
            raise OSError("disk")
        except OSError as exc:
            sys.excepthook(OSError, exc, exc.__traceback__)

    worker = threading.Thread(target=in_worker)
    worker.start()
    worker.join()
    assert shown == []  # no widget may be made off the GUI thread
    assert "An action failed: OSError" in caplog.text
