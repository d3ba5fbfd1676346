"""An unexpected error's message: the data is safe, Copy details copies and stays open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ae_desktop.logs import failure_details
from ae_desktop.services.errors import ValidationError
from ae_desktop.ui.error_dialog import copied_text, show_error

DETAILS = 'An action failed: KeyError\n  File "ae_desktop/ui/x.py", line 3, in on_saved'


def _button(box: QMessageBox, text: str) -> QPushButton:
    found = [b for b in box.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, [b.text() for b in box.findChildren(QPushButton)]
    return found[0]


def test_copy_details_copies_them_and_leaves_the_message_open(qtbot, when_modal, tmp_path):
    QGuiApplication.clipboard().clear()
    seen: dict[str, object] = {}

    def act(box: QMessageBox) -> None:
        seen["text"] = box.text()
        seen["format"] = box.textFormat()
        _button(box, "Copy details").click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["still_open"] = box.isVisible()
        seen["button"] = [b.text() for b in box.findChildren(QPushButton)]
        _button(box, "Close").click()

    when_modal(act)
    show_error(None, tmp_path / "ae-desktop.log", DETAILS)
    assert seen["text"] == (
        "Something went wrong; your data is safe.\n\n"
        f"You can carry on working. The details are in the log: {tmp_path / 'ae-desktop.log'}"
    )
    assert seen["format"] == Qt.TextFormat.PlainText
    assert seen["clipboard"] == copied_text(DETAILS)
    assert seen["still_open"] is True
    assert "Details copied" in seen["button"]


def test_the_copied_text_starts_with_the_versions():
    text = copied_text(DETAILS)
    first, rest = text.split("\n", 1)
    assert first.startswith("AE Desktop ")
    assert "Qt 6." in first and "Python 3." in first
    assert rest == DETAILS


def test_escape_closes_it(qtbot, when_modal, tmp_path):
    closed = []

    def act(box: QMessageBox) -> None:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        closed.append(True)

    when_modal(act)
    show_error(None, tmp_path / "ae-desktop.log", DETAILS)
    assert closed == [True]


def test_a_path_that_looks_like_markup_is_shown_as_typed(qtbot, when_modal, tmp_path):
    log_path = tmp_path / "<b>logs</b>" / "ae-desktop.log"
    texts = []

    def act(box: QMessageBox) -> None:
        texts.append(box.text())
        _button(box, "Close").click()

    when_modal(act)
    show_error(None, log_path, DETAILS)
    assert str(log_path) in texts[0]


def test_the_details_of_a_failure_hold_no_client_text(qtbot, when_modal, tmp_path):
    email = "@".join(["ana", "acme.example"])  # made at run time: the traceback shows source

    def save() -> None:
        raise ValidationError({"email": f"{email!r} is not a valid e-mail address."})

    try:
        save()
    except ValidationError as exc:
        details = failure_details("Saving a contact", exc)
    when_modal(lambda box: (_button(box, "Copy details").click(), _button(box, "Close").click()))
    show_error(None, tmp_path / "ae-desktop.log", details)
    copied = QGuiApplication.clipboard().text()
    assert "Saving a contact failed: ValidationError" in copied
    assert "in save" in copied
    assert email not in copied


def test_the_message_is_freed_once_closed(qtbot, when_modal, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    when_modal(lambda box: _button(box, "Close").click())
    show_error(parent, Path(tmp_path / "ae-desktop.log"), DETAILS)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert parent.findChildren(QMessageBox) == []
