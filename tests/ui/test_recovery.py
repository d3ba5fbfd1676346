"""A damaged database at start-up: restore the newest sound backup, another file, an empty
database after a confirmation, or Quit with nothing changed; the damaged file always kept."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest

from ae_desktop.services import backups, clients
from ae_desktop.services.client_rows import load_client_rows
from ae_desktop.services.startup import StartupRead
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.errors import DamagedDatabaseError
from ae_desktop.ui.recovery import Choice, Recovery, RecoveryDialog

TODAY = date(2026, 11, 27)
MONDAY = datetime(2026, 11, 23, 18, 0)
WEDNESDAY = datetime(2026, 11, 25, 18, 0)
NOW = datetime(2026, 11, 27, 9, 30)


def add_clients(db_path: Path, *names: str) -> None:
    open_database(db_path, db_path.parent / "backups")
    for name in names:
        clients.create_client(clients.ClientInput(name))
    close_database()


def client_names(db_path: Path) -> list[str]:
    open_database(db_path, db_path.parent / "backups")
    try:
        return sorted(row.name for row in load_client_rows(TODAY))
    finally:
        close_database()


def damage(path: Path) -> None:
    """Garbage over the header: SQLite says "file is not a database"."""
    with path.open("r+b") as f:
        f.write(b"\xde\xad\xbe\xef" * 32)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db_path(folder: Path) -> Path:
    return folder / "ae-desktop.sqlite3"


@pytest.fixture
def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def backup_at(db_path: Path, backups_dir: Path, when: datetime) -> backups.BackupInfo:
    from ae_desktop.store.backup import back_up_now

    return back_up_now(db_path, backups_dir, now=when, label="auto")


class Script:
    """Plays the user: answers each dialog in turn and records what each one offered."""

    def __init__(self, *choices: Choice) -> None:
        self.choices = list(choices)
        self.seen: list[dict[str, object]] = []

    def __call__(self, dialog: RecoveryDialog) -> Choice:
        self.seen.append(
            {
                "restore": dialog.restore_button is not None,
                "empty": dialog.empty_button is not None,
                "backup": dialog.backup_label.text(),
                "kept": dialog.kept_label.text(),
                "problem": dialog.problem_label.text(),
            }
        )
        return self.choices.pop(0)


def recovery(db_path: Path, backups_dir: Path, script: Script, **kwargs: object) -> Recovery:
    kwargs.setdefault("warn", lambda *_: pytest.fail("unexpected warning"))
    kwargs.setdefault("confirm", lambda *_: pytest.fail("unexpected question"))
    kwargs.setdefault("choose_file", lambda *_: pytest.fail("unexpected file dialog"))
    return Recovery(
        db_path, backups_dir, "it is not a database file", now=lambda: NOW, ask=script, **kwargs
    )


def damaged_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".damaged-" in p.name)


def test_the_start_up_read_reports_a_damaged_database_and_writes_nothing(db_path, backups_dir):
    add_clients(db_path, "Acme")
    damage(db_path)
    before = digest(db_path)
    startup = StartupRead(db_path, backups_dir, TODAY)
    startup.start()
    with pytest.raises(DamagedDatabaseError, match="not a database"):
        startup.database_ready()
    startup.join(10)
    assert digest(db_path) == before
    assert [p.name for p in db_path.parent.iterdir()] == ["ae-desktop.sqlite3"]


def test_restore_brings_back_the_newest_good_backup_and_keeps_the_damaged_file(
    qtbot, db_path, backups_dir
):
    add_clients(db_path, "Acme")
    backup_at(db_path, backups_dir, MONDAY)
    add_clients(db_path, "Borealis")
    backup_at(db_path, backups_dir, WEDNESDAY)
    add_clients(db_path, "Cobalt")  # after the last backup: lost with the damaged file
    damage(db_path)
    damaged = digest(db_path)
    script = Script(Choice.RESTORE)
    rescue = recovery(db_path, backups_dir, script)

    assert rescue.run()

    offered = script.seen[0]
    assert offered["restore"] and not offered["empty"]
    assert "25 Nov 2026, 18:00" in str(offered["backup"])  # the newest, with its date
    assert "KB" in str(offered["backup"])  # and its size
    assert "it is not a database file" in str(offered["problem"])
    assert str(db_path) in str(offered["problem"])
    assert client_names(db_path) == ["Acme", "Borealis"]
    [kept] = damaged_files(db_path.parent)
    assert kept.name == "ae-desktop.sqlite3.damaged-20261127-093000"
    assert digest(kept) == damaged  # kept exactly as it was
    assert str(kept) in rescue.status_text()
    assert "Restored the backup of 25 Nov 2026, 18:00." in rescue.status_text()


def test_a_damaged_backup_is_not_offered_an_older_good_one_is(qtbot, db_path, backups_dir):
    add_clients(db_path, "Acme")
    backup_at(db_path, backups_dir, MONDAY)
    add_clients(db_path, "Borealis")
    newest = backup_at(db_path, backups_dir, WEDNESDAY)
    damage(newest.path)
    damage(db_path)
    script = Script(Choice.RESTORE)

    assert recovery(db_path, backups_dir, script).run()

    assert "23 Nov 2026, 18:00" in str(script.seen[0]["backup"])
    assert client_names(db_path) == ["Acme"]
    assert newest.path.exists()  # a damaged backup is skipped, not removed


def test_with_only_a_damaged_backup_restore_is_not_offered(qtbot, db_path, backups_dir):
    add_clients(db_path, "Acme")
    damage(backup_at(db_path, backups_dir, MONDAY).path)
    damage(db_path)
    script = Script(Choice.QUIT)

    assert not recovery(db_path, backups_dir, script).run()

    assert not script.seen[0]["restore"] and script.seen[0]["empty"]
    assert "no sound backup" in str(script.seen[0]["backup"])


def test_no_backup_an_empty_database_only_after_the_user_confirms(qtbot, db_path, backups_dir):
    add_clients(db_path, "Acme")
    damage(db_path)
    damaged = digest(db_path)
    answers = [False, True]
    questions: list[str] = []

    def confirm(_parent, _title, text):
        questions.append(text)
        return answers.pop(0)

    script = Script(Choice.START_EMPTY, Choice.START_EMPTY)
    rescue = recovery(db_path, backups_dir, script, confirm=confirm)

    assert rescue.run()

    assert len(script.seen) == 2  # "No" to the question: back to the choice, nothing changed
    assert script.seen[0]["empty"] and not script.seen[0]["restore"]
    assert str(db_path.parent) in questions[0]  # where the damaged file stays
    assert str(script.seen[0]["kept"]).endswith("renamed to:\nae-desktop.sqlite3.damaged-…")
    assert not db_path.exists()  # the next open starts an empty database
    [kept] = damaged_files(db_path.parent)
    assert digest(kept) == damaged
    assert str(kept) in rescue.status_text()
    assert client_names(db_path) == []


def test_quit_leaves_everything_as_it_was(qtbot, db_path, backups_dir):
    add_clients(db_path, "Acme")
    good = backup_at(db_path, backups_dir, MONDAY)
    damage(db_path)
    before = {p.name: digest(p) for p in db_path.parent.rglob("*") if p.is_file()}
    script = Script(Choice.QUIT)

    assert not recovery(db_path, backups_dir, script).run()

    assert script.seen[0]["restore"]
    after = {p.name: digest(p) for p in db_path.parent.rglob("*") if p.is_file()}
    assert after == before  # the damaged file at its place, byte-identical; no new files
    assert good.path.exists()


def test_open_another_file_refuses_a_file_that_is_not_ours_then_copies_a_good_one(
    qtbot, db_path, backups_dir, tmp_path
):
    add_clients(db_path, "Acme")
    damage(db_path)
    elsewhere = tmp_path / "usb" / "ae-desktop.sqlite3"
    elsewhere.parent.mkdir()
    add_clients(elsewhere, "Zephyr")
    copy_before = digest(elsewhere)
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database at all, just some notes " * 40)
    files = [str(notes), str(elsewhere)]
    warnings: list[str] = []
    script = Script(Choice.OPEN_OTHER, Choice.OPEN_OTHER)
    rescue = recovery(
        db_path,
        backups_dir,
        script,
        choose_file=lambda _parent, _folder: files.pop(0),
        warn=lambda _parent, _title, text: warnings.append(text),
    )

    assert rescue.run()

    assert len(warnings) == 1 and str(notes) in warnings[0]
    assert len(damaged_files(db_path.parent)) == 1
    assert client_names(db_path) == ["Zephyr"]
    assert digest(elsewhere) == copy_before  # the chosen file is copied, never changed


def test_a_cancelled_file_dialog_goes_back_to_the_choice(qtbot, db_path, backups_dir):
    add_clients(db_path, "Acme")
    damage(db_path)
    before = digest(db_path)
    script = Script(Choice.OPEN_OTHER, Choice.QUIT)

    assert not recovery(db_path, backups_dir, script, choose_file=lambda *_: "").run()

    assert len(script.seen) == 2
    assert digest(db_path) == before and damaged_files(db_path.parent) == []


def test_the_dialog_buttons_set_the_choice(qtbot, db_path, backups_dir):
    dialog = RecoveryDialog("it is not a database file", db_path, None, None)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None and dialog.empty_button is not None
    dialog.empty_button.click()
    assert dialog.choice is Choice.START_EMPTY
    dialog.reject()  # the window's close button or Esc
    assert dialog.choice is Choice.QUIT


def test_once_set_aside_the_dialog_says_where_the_damaged_file_is(qtbot, db_path):
    kept = db_path.with_name("ae-desktop.sqlite3.damaged-20261127-093000")
    dialog = RecoveryDialog("it is not a database file", db_path, kept, None)
    qtbot.addWidget(dialog)
    assert dialog.kept_label.text().endswith(f"kept as:\n{kept}")


def test_the_app_restores_the_backup_then_starts_as_usual(qtbot, monkeypatch):
    """run_gui end to end, the user's choice played: the window opens on the restored data
    and says what was done and where the damaged file is."""
    import functools
    import sys
    from datetime import timedelta

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ae_desktop import paths
    from ae_desktop.app import run_gui
    from ae_desktop.ui import recovery as recovery_module
    from ae_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    db_path, backups_dir = paths.database_path(), paths.backups_dir()
    add_clients(db_path, "Acme")
    backup_at(db_path, backups_dir, datetime.now().replace(microsecond=0) - timedelta(days=1))
    add_clients(db_path, "Borealis")
    damage(db_path)
    script = Script(Choice.RESTORE)
    monkeypatch.setattr(
        recovery_module, "Recovery", functools.partial(recovery_module.Recovery, ask=script)
    )
    seen: dict[str, object] = {}

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(50, look_and_quit)
            return
        window = windows[0]
        model = window.clients_tab.list_panel.model
        seen["clients"] = [model.row_at(row).name for row in range(model.rowCount())]
        seen["status"] = window.statusBar().currentMessage()
        window.close()

    QTimer.singleShot(0, look_and_quit)
    startup = StartupRead(db_path, backups_dir, TODAY)
    startup.start()

    assert run_gui(startup, lang="en") == 0

    assert len(script.seen) == 1 and script.seen[0]["restore"]
    assert seen["clients"] == ["Acme"]
    [kept] = damaged_files(db_path.parent)
    assert str(kept) in str(seen["status"]) and "Restored the backup of" in str(seen["status"])
    assert client_names(db_path) == ["Acme"]
