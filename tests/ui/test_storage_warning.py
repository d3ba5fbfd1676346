"""A data folder on a network or cloud-synced disk is pointed out once, then not again."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ae_desktop import app, paths, storage_check
from ae_desktop.ui import messages
from ae_desktop.ui.main_window import MainWindow


def _window(qtbot, tmp_path, today) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    return window


def test_a_risky_folder_is_named_once(qtbot, db, tmp_path, today, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(storage_check, "risky_location", lambda path: "in a Dropbox folder")
    window = _window(qtbot, tmp_path, today)
    app._warn_risky_location(window)
    app._warn_risky_location(window)  # the next start, same folder: dismissed for good
    assert len(shown) == 1
    assert f"Your data folder {paths.data_dir()} is in a Dropbox folder." in shown[0]
    assert "--data-dir" in shown[0]


def test_a_local_folder_says_nothing(qtbot, db, tmp_path, today, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(storage_check, "risky_location", lambda path: None)
    app._warn_risky_location(_window(qtbot, tmp_path, today))
    assert shown == []
