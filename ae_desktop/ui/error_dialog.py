"""The message an unexpected error shows: the data is safe, and the details can be copied."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ae_desktop import APP_NAME, __version__


def copied_text(details: str) -> str:
    """What Copy details puts on the clipboard: the versions, then *details*."""
    header = f"{APP_NAME} {__version__}, Qt {qVersion()}, Python {platform.python_version()}"
    return f"{header}, {platform.platform()}\n{details}"


def show_error(parent: QWidget | None, log_path: Path, details: str) -> None:
    """Tell the user an action failed and their data is safe; wait until they close it.

    *details* are what failed, its type and traceback, never client text (see
    ae_desktop.logs.failure_details); Copy details puts them on the clipboard and leaves the
    message open, so the user can paste them into an e-mail and still read the log's place.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the log's path may hold any character
    box.setText(
        QCoreApplication.translate(
            "error_dialog",
            "Something went wrong; your data is safe.\n\n"
            "You can carry on working. The details are in the log: {0}",
        ).format(log_path)
    )
    copy = box.addButton(
        QCoreApplication.translate("error_dialog", "Copy details"),
        QMessageBox.ButtonRole.ActionRole,
    )
    # A message box closes on any of its buttons: cut this one loose to keep the box open.
    copy.clicked.disconnect()

    def on_copy_clicked() -> None:
        QGuiApplication.clipboard().setText(copied_text(details))
        copy.setText(QCoreApplication.translate("error_dialog", "Details copied"))

    copy.clicked.connect(on_copy_clicked)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    try:
        box.exec()
    finally:
        box.deleteLater()
