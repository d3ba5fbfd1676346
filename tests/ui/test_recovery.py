"""A damaged or missing database at start-up: restore the newest sound backup, another file,
an empty database after a confirmation, or Quit with nothing changed; the damaged file always
kept, and set aside only once what replaces it is written and verified."""

from __future__ import annotations

import hashlib
import os
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ae_desktop.services import backups, clients
from ae_desktop.services.client_rows import load_client_rows
from ae_desktop.services.startup import MissingDatabaseError, StartupRead
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.errors import DamagedDatabaseError
from ae_desktop.ui.recovery import BusyDialog, Choice, Recovery, RecoveryDialog, _while_busy

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
                "title": dialog.windowTitle(),
            }
        )
        return self.choices.pop(0)


def recovery(
    db_path: Path,
    backups_dir: Path,
    script: Script,
    problem: str = "it is not a database file",
    **kwargs: object,
) -> Recovery:
    kwargs.setdefault("warn", lambda *_: pytest.fail("unexpected warning"))
    kwargs.setdefault("confirm", lambda *_: pytest.fail("unexpected question"))
    kwargs.setdefault("choose_file", lambda *_: pytest.fail("unexpected file dialog"))
    return Recovery(db_path, backups_dir, problem, now=lambda: NOW, ask=script, **kwargs)


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


def _look_and_quit(seen: dict[str, object]) -> None:
    """Once the main window is up: note its clients and status bar message, then close it."""
    from ae_desktop.ui.main_window import MainWindow

    # Visible ones only: an earlier test's closed window may not be deleted yet.
    windows = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    if not windows:
        QTimer.singleShot(50, lambda: _look_and_quit(seen))
        return
    window = windows[0]
    model = window.clients_tab.list_panel.model
    seen["clients"] = [model.row_at(row).name for row in range(model.rowCount())]
    seen["status"] = window.statusBar().currentMessage()
    window.close()


def test_the_app_restores_the_backup_then_starts_as_usual(qtbot, monkeypatch):
    """run_gui end to end, the user's choice played: the window opens on the restored data
    and says what was done and where the damaged file is."""
    import functools
    import sys

    from ae_desktop import paths
    from ae_desktop.app import run_gui
    from ae_desktop.single_instance import DataFolderLock
    from ae_desktop.ui import recovery as recovery_module

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
    QTimer.singleShot(0, lambda: _look_and_quit(seen))
    lock = DataFolderLock(paths.data_dir())
    assert lock.acquire()  # as cli.py does: before the start-up read opens the database
    startup = StartupRead(db_path, backups_dir, TODAY)
    startup.start()

    try:
        assert run_gui(startup, lock, lang="en") == 0
    finally:
        lock.release()

    assert len(script.seen) == 1 and script.seen[0]["restore"]
    assert seen["clients"] == ["Acme"]
    [kept] = damaged_files(db_path.parent)
    assert str(kept) in str(seen["status"]) and "Restored the backup of" in str(seen["status"])
    assert client_names(db_path) == ["Acme"]


def test_a_restore_that_fails_leaves_the_damaged_file_in_place_and_the_next_start_asks(
    qtbot, db_path, backups_dir
):
    """The backup offered is gone when Restore is clicked: the restore fails before writing.
    The damaged file was not set aside first, so Quit leaves it and the next start finds it
    again instead of opening a new, empty database."""
    add_clients(db_path, "Acme")
    good = backup_at(db_path, backups_dir, MONDAY)
    damage(db_path)
    before = digest(db_path)
    warnings: list[str] = []

    class Vanishing(Script):
        def __call__(self, dialog: RecoveryDialog) -> Choice:
            good.path.unlink(missing_ok=True)  # e.g. removed by hand, or the disk went away
            return super().__call__(dialog)

    script = Vanishing(Choice.RESTORE, Choice.QUIT)
    rescue = recovery(db_path, backups_dir, script, warn=lambda _p, _t, text: warnings.append(text))

    assert not rescue.run()

    assert len(warnings) == 1 and "could not be restored" in warnings[0]
    assert digest(db_path) == before and damaged_files(db_path.parent) == []
    assert "renamed to" in str(script.seen[1]["kept"])  # not "kept as": nothing moved yet
    startup = StartupRead(db_path, backups_dir, TODAY)
    startup.start()
    with pytest.raises(DamagedDatabaseError):
        startup.database_ready()
    assert digest(db_path) == before


def test_the_restore_runs_in_a_thread_while_a_window_says_restoring(qtbot):
    """The GUI thread keeps running (a timer fires) while the work waits for it."""
    seen: dict[str, object] = {}
    release = threading.Event()

    def work() -> None:
        seen["thread"] = threading.current_thread().name
        assert release.wait(10)

    def look() -> None:
        busy = [w for w in QApplication.topLevelWidgets() if isinstance(w, BusyDialog)]
        seen["shown"] = [w.label.text() for w in busy if w.isVisible()]
        busy[0].reject()  # Esc: the restore cannot be stopped halfway, the window stays
        seen["after esc"] = busy[0].isVisible()
        release.set()

    QTimer.singleShot(50, look)

    assert _while_busy(work, "Restoring ae-desktop-20261125.sqlite3…", None) is None

    assert seen == {
        "thread": "recovery-restore",
        "shown": ["Restoring ae-desktop-20261125.sqlite3…"],
        "after esc": True,
    }
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_what_the_work_raised_is_returned_not_raised(qtbot):
    def work() -> None:
        raise OSError("disk full")

    failure = _while_busy(work, "Restoring…", None)
    assert isinstance(failure, OSError) and str(failure) == "disk full"


# -- a missing database where there was one -------------------------------------------------


def test_a_first_start_creates_the_database(db_path, backups_dir):
    db_path.parent.mkdir()
    startup = StartupRead(db_path, backups_dir, TODAY)
    startup.start()
    startup.database_ready()
    startup.search_texts()  # the thread's last read: it ends after it
    close_database()
    assert db_path.exists()


@pytest.mark.parametrize("left", ["backup", "damaged", "restore part", "empty file and backup"])
def test_a_missing_database_with_earlier_data_is_reported_not_created(db_path, backups_dir, left):
    add_clients(db_path, "Acme")
    if left == "damaged":
        db_path.rename(db_path.with_name("ae-desktop.sqlite3.damaged-20261125-180000"))
    elif left == "restore part":
        db_path.rename(db_path.with_name("ae-desktop.sqlite3.restore.part"))
    else:
        backup_at(db_path, backups_dir, MONDAY)
        db_path.unlink()
        if left == "empty file and backup":
            db_path.touch()
    before = sorted(p.name for p in db_path.parent.rglob("*"))
    startup = StartupRead(db_path, backups_dir, TODAY)
    startup.start()

    with pytest.raises(MissingDatabaseError, match="is missing") as caught:
        startup.database_ready()

    startup.join(10)
    assert caught.value.problem == "the database file is missing"
    assert caught.value.signs and str(caught.value.signs[0].name) in str(caught.value)
    assert sorted(p.name for p in db_path.parent.rglob("*")) == before  # nothing created


def test_once_the_user_chose_an_empty_database_it_is_created(db_path, backups_dir):
    add_clients(db_path, "Acme")
    backup_at(db_path, backups_dir, MONDAY)
    db_path.unlink()
    startup = StartupRead(db_path, backups_dir, TODAY, new_allowed=True)
    startup.start()
    startup.database_ready()
    startup.search_texts()  # the thread's last read: it ends after it
    close_database()
    assert client_names(db_path) == []


def leftovers(db_path: Path, backups_dir: Path) -> dict[str, Path]:
    """Temp files of killed restores and backups: two an hour old, one a minute old."""
    files = {
        "restore part": db_path.with_name("ae-desktop.sqlite3.restore.part"),
        "backup part": backups_dir / "ae-desktop-20261125-180000-auto.sqlite3.part",
        "recent part": backups_dir / "ae-desktop-20261127-092900-auto.sqlite3.part",
    }
    backups_dir.mkdir(parents=True, exist_ok=True)
    for name, path in files.items():
        path.write_bytes(b"half a copy")
        age = timedelta(minutes=1) if name == "recent part" else timedelta(hours=1)
        when = (NOW - age).timestamp()
        os.utime(path, (when, when))
    return files


def test_the_start_up_read_sweeps_stale_temp_files_once_the_database_opened(db_path, backups_dir):
    add_clients(db_path, "Acme")
    files = leftovers(db_path, backups_dir)
    startup = StartupRead(db_path, backups_dir, TODAY, now=NOW)
    startup.start()
    startup.database_ready()
    startup.search_texts()
    close_database()
    assert {name: path.exists() for name, path in files.items()} == {
        "restore part": False,
        "backup part": False,
        "recent part": True,  # a backup may still be writing it
    }


def test_around_a_damaged_database_no_temp_file_is_swept(db_path, backups_dir):
    add_clients(db_path, "Acme")
    damage(db_path)
    files = leftovers(db_path, backups_dir)
    startup = StartupRead(db_path, backups_dir, TODAY, now=NOW)
    startup.start()
    with pytest.raises(DamagedDatabaseError):
        startup.database_ready()
    assert all(path.exists() for path in files.values())


def missing(db_path: Path, backups_dir: Path, script: Script, **kwargs: object) -> Recovery:
    return recovery(
        db_path, backups_dir, script, MissingDatabaseError.problem, missing=True, **kwargs
    )


def test_a_missing_database_offers_the_backup_and_an_empty_one(qtbot, db_path, backups_dir):
    add_clients(db_path, "Acme")
    backup_at(db_path, backups_dir, MONDAY)
    db_path.unlink()
    script = Script(Choice.RESTORE)
    rescue = missing(db_path, backups_dir, script)

    assert rescue.run()

    offered = script.seen[0]
    assert offered["restore"] and offered["empty"]
    assert "missing" in str(offered["title"]) and "the database file is missing" in str(
        offered["problem"]
    )
    assert "23 Nov 2026, 18:00" in str(offered["backup"])
    assert client_names(db_path) == ["Acme"]
    assert rescue.status_text() == "Restored the backup of 23 Nov 2026, 18:00."


def test_a_missing_database_empty_after_confirming_the_backups_stay(qtbot, db_path, backups_dir):
    add_clients(db_path, "Acme")
    good = backup_at(db_path, backups_dir, MONDAY)
    db_path.unlink()
    questions: list[str] = []

    def confirm(_parent, _title, text):
        questions.append(text)
        return True

    rescue = missing(db_path, backups_dir, Script(Choice.START_EMPTY), confirm=confirm)

    assert rescue.run()

    assert str(backups_dir) in questions[0]
    assert rescue.status_text() == "Started with an empty database."
    assert good.path.exists() and not db_path.exists()  # the next start-up read creates it


def test_the_app_asks_about_a_missing_database_then_opens_the_restored_one(qtbot, monkeypatch):
    """run_gui: a restore killed after the damaged file was set aside but before the copy
    was renamed into place left no database; the user is asked, not shown an empty app."""
    import functools
    import sys

    from ae_desktop import paths
    from ae_desktop.app import run_gui
    from ae_desktop.single_instance import DataFolderLock
    from ae_desktop.ui import recovery as recovery_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    db_path, backups_dir = paths.database_path(), paths.backups_dir()
    add_clients(db_path, "Acme")
    backup_at(db_path, backups_dir, datetime.now().replace(microsecond=0) - timedelta(days=1))
    db_path.rename(db_path.with_name("ae-desktop.sqlite3.damaged-20261127-093000"))
    script = Script(Choice.RESTORE)
    monkeypatch.setattr(
        recovery_module, "Recovery", functools.partial(recovery_module.Recovery, ask=script)
    )
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _look_and_quit(seen))
    lock = DataFolderLock(paths.data_dir())
    assert lock.acquire()  # as cli.py does: before the start-up read opens the database
    startup = StartupRead(db_path, backups_dir, TODAY)
    startup.start()

    try:
        assert run_gui(startup, lock, lang="en") == 0
    finally:
        lock.release()

    assert len(script.seen) == 1 and "missing" in str(script.seen[0]["title"])
    assert seen["clients"] == ["Acme"]
    assert "Restored the backup of" in str(seen["status"])
