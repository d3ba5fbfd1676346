"""Settings -> Backups: the list, Back up now, Restore (the tabs show the restored data), Show
folder; the automatic backups while the app runs and on quit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QUrl
from PySide6.QtGui import QKeySequence

from ae_desktop import paths
from ae_desktop.services import backups, clients
from ae_desktop.store.db import close_database, open_database
from ae_desktop.ui.main_window import MainWindow
from ae_desktop.ui.settings.backups_page import DATE, KIND, SIZE, BackupsPage
from ae_desktop.ui.settings.dialog import SettingsDialog

TODAY = date(2026, 11, 27)
MONDAY = datetime(2026, 11, 23, 18, 0)
WEDNESDAY = datetime(2026, 11, 25, 18, 0)
NOW = datetime(2026, 11, 27, 9, 30)


@pytest.fixture
def data() -> Iterator[Path]:
    """The data folder's own database, open as the app has it (the use cases work on it)."""
    path = paths.database_path()
    open_database(path, paths.backups_dir())
    yield path
    QThreadPool.globalInstance().waitForDone(10_000)
    close_database()


def names() -> list[str]:
    """The clients in the database, as read now."""
    from ae_desktop.services.client_rows import load_client_rows

    return sorted(row.name for row in load_client_rows(TODAY))


def add_client(name: str) -> int:
    return clients.create_client(clients.ClientInput(name))


def make_page(qtbot, **kwargs) -> BackupsPage:
    kwargs.setdefault("now", lambda: NOW)
    kwargs.setdefault("warn", lambda *_: pytest.fail("unexpected warning"))
    page = BackupsPage(**kwargs)
    qtbot.addWidget(page)
    page.resize(700, 400)
    return page


def shown(page: BackupsPage) -> list[tuple[str, str, str]]:
    model = page.model
    return [
        tuple(model.index(row, column).data() for column in (DATE, KIND, SIZE))
        for row in range(model.rowCount())
    ]


def test_the_list_shows_every_backup_newest_first_with_date_kind_and_size(qtbot, data):
    add_client("Acme")
    backups.backup_now(MONDAY)
    backups.backup_now(WEDNESDAY, label="auto")
    page = make_page(qtbot)

    rows = shown(page)

    assert [(d, k) for d, k, _ in rows] == [
        ("25 Nov 2026, 18:00", "Automatic"),
        ("23 Nov 2026, 18:00", "Manual"),
    ]
    assert all(size.endswith(" KB") and int(size.split()[0]) > 0 for _, _, size in rows)
    assert page.selected() is not None and page.selected().taken_at == WEDNESDAY
    assert page.restore_button.isEnabled()


def test_an_empty_folder_says_so_and_there_is_nothing_to_restore(qtbot, data):
    page = make_page(qtbot)
    assert page.model.rowCount() == 0
    assert page.table.empty_hint.startswith("No backups yet")
    assert not page.restore_button.isEnabled() and page.backup_button.isEnabled()


def test_back_up_now_adds_one_in_a_worker_and_says_so(qtbot, data):
    add_client("Acme")
    backups.backup_now(MONDAY)
    page = make_page(qtbot)

    page.backup_button.click()
    assert page.busy() and not page.backup_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)

    assert [k for _, k, _ in shown(page)] == ["Manual", "Manual"]
    assert page.selected().taken_at == NOW  # the new one, selected
    assert page.status.text().startswith("Backed up: 27 Nov 2026, 09:30,")
    assert backups.check_file(page.selected().path) >= 1


def test_a_failed_backup_is_told_on_the_page(qtbot, data, monkeypatch):
    def full_disk(now, label="manual"):
        raise backups.StoreError("Could not write the backup: database or disk is full")

    monkeypatch.setattr(backups, "backup_now", full_disk)
    page = make_page(qtbot)
    page.backup_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert page.status.text() == (
        "The backup failed: Could not write the backup: database or disk is full"
    )
    assert page.backup_button.isEnabled()


def test_show_folder_opens_the_backups_folder(qtbot, data):
    opened: list[QUrl] = []
    page = make_page(qtbot, open_url=opened.append)
    page.folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [paths.backups_dir()]


def window_with_settings(qtbot, tmp_path, **page_options):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.load()
    page = make_page(qtbot, **page_options)
    dialog = SettingsDialog(window, backups_page=page)
    dialog.data_replaced.connect(window.reload_all)  # as MainWindow.show_settings does
    return window, dialog, page


def client_list(window: MainWindow) -> list[str]:
    model = window.clients_tab.list_panel.model
    return sorted(model.row_at(row).name for row in range(model.rowCount()))


def add_deal(client_id: int, title: str) -> int:
    from decimal import Decimal

    from ae_desktop.domain.enums import DealKind
    from ae_desktop.services import deals
    from ae_desktop.services.stages import list_stages

    data = deals.DealInput(
        client_id=client_id,
        title=title,
        value=Decimal(10_000),
        currency="EUR",
        kind=DealKind.NEW_BUSINESS,
        stage_id=list_stages()[0].id,
        probability=None,
        expected_close=date(2026, 12, 18),
    )
    return deals.create_deal(data, today=TODAY)


def test_restore_brings_back_an_older_state_and_every_tab_shows_it(qtbot, data, tmp_path):
    from PySide6.QtGui import QUndoCommand

    acme = add_client("Acme")
    kept_deal = add_deal(acme, "Fleet renewal")
    backups.backup_now(MONDAY)
    add_client("Borealis")
    add_deal(acme, "Warehouse pilot")
    questions: list[str] = []

    def confirm(_parent, _title, text):
        questions.append(text)
        return True

    window, dialog, page = window_with_settings(qtbot, tmp_path, confirm=confirm)
    window.tabs.setCurrentIndex(1)  # the Deals tab, loaded before the restore
    window.show_client(acme)
    assert client_list(window) == ["Acme", "Borealis"]
    assert len(window.deals_tab.rows) == 2
    for tab in (window.clients_tab, window.deals_tab):
        tab.undo_stack.push(QUndoCommand("an edit of the data being replaced"))
    replaced: list[bool] = []
    dialog.data_replaced.connect(lambda: replaced.append(True))

    dialog.show()
    page.restore_button.click()
    assert page.busy()
    dialog.reject()  # Esc: the dialog does not close halfway through a restore
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)

    assert "Restore the backup of 23 Nov 2026, 18:00?" in questions[0]
    assert "first kept as a backup" in questions[0]
    assert replaced == [True]
    assert client_list(window) == ["Acme"]
    assert names() == ["Acme"]
    assert list(window.deals_tab.rows) == [kept_deal]
    assert window.clients_tab.detail.client_id == acme
    assert window.clients_tab.undo_stack.count() == 0
    assert window.deals_tab.undo_stack.count() == 0
    kinds = [k for _, k, _ in shown(page)]
    assert kinds == ["Before restore", "Manual"]  # the data from before, kept
    assert page.status.text() == (
        "Restored the backup of 23 Nov 2026, 18:00. The data from before is kept as a backup."
    )
    # Restoring the "before restore" backup goes back to where the user was.
    page.table.selectRow(0)
    page.restore_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert client_list(window) == ["Acme", "Borealis"]


def read_file(path: Path, sql: str) -> list[tuple]:
    """Rows of *sql* on the database file at *path*, read-only and apart from the app."""
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_timer_that_writes_during_a_restore_neither_writes_the_old_file_nor_loses_it(
    qtbot, data, tmp_path, monkeypatch
):
    """The focus timer's end comes while the worker replaces the file: its minutes wait and go
    on the restored data; a direct write meanwhile fails with a clear error, and nothing
    reaches the file being replaced (it is kept as the "before restore" backup)."""
    import threading
    from datetime import time

    from ae_desktop.domain.enums import BlockKind
    from ae_desktop.services import time_blocks
    from ae_desktop.services.connection import DatabaseUnavailableError
    from ae_desktop.ui.agenda.focus_timer import FocusTimer

    add_client("Acme")
    block = time_blocks.add_block(
        time_blocks.BlockInput(TODAY, 9 * 60, 10 * 60, "Offer for Acme", BlockKind.CLIENT_WORK)
    )
    time_blocks.record_spent(block, 10)
    backups.backup_now(MONDAY)  # what is restored: Acme, 10 min on the block
    add_client("Borealis")
    time_blocks.record_spent(block, 5)  # what is replaced: Acme and Borealis, 15 min

    window, dialog, page = window_with_settings(qtbot, tmp_path, confirm=lambda *_: True)
    clock = [datetime.combine(TODAY, time(9, 10))]
    focus = FocusTimer(lambda: TODAY, lambda: clock[0])
    qtbot.addWidget(focus)
    focus.ticker.setInterval(10)  # the real timer, only faster
    focus.set_block(time_blocks.get_block(block))
    messages: list[str] = []
    focus.status_message.connect(messages.append)
    focus.start()

    real_restore = backups.restore_closed
    restoring = threading.Event()
    release = threading.Event()

    def held_restore(*args, **kwargs):
        restoring.set()
        assert release.wait(10)
        return real_restore(*args, **kwargs)

    monkeypatch.setattr(backups, "restore_closed", held_restore)
    dialog.show()
    page.restore_button.click()
    qtbot.waitUntil(restoring.is_set, timeout=10_000)

    # The worker is replacing the file; the GUI thread runs on.
    assert page.busy() and page.status.text() == "Restoring…"
    with pytest.raises(DatabaseUnavailableError, match="The database is being restored"):
        add_client("Stray")
    clock[0] = datetime.combine(TODAY, time(10, 0))  # the block ends: the timer records
    qtbot.waitUntil(lambda: focus.session is None and bool(focus.pending), timeout=5_000)
    assert messages[-1] == (
        "The database is being restored. The 50 min on Offer for Acme will be recorded once "
        "it is open again."
    )

    release.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    qtbot.waitUntil(lambda: not focus.pending, timeout=5_000)

    assert messages[-1] == "Recorded 50 min on Offer for Acme."
    assert time_blocks.get_block(block).spent_minutes == 10 + 50  # on the restored data
    assert focus.row is not None and focus.row.spent_minutes == 60
    assert client_list(window) == ["Acme"] and names() == ["Acme"]
    [before] = [b for b in backups.list_backups() if b.label == "pre-restore"]
    assert read_file(before.path, "SELECT name FROM client ORDER BY name") == [
        ("Acme",),
        ("Borealis",),
    ]
    assert read_file(before.path, "SELECT spent_minutes FROM time_block") == [(15,)]
    assert not focus.retry_timer.isActive()


def test_a_restore_waits_for_running_work_and_is_refused_when_it_goes_on(qtbot, data, monkeypatch):
    import threading

    from ae_desktop.ui.settings import backups_page
    from ae_desktop.ui.worker import run_in_background

    add_client("Acme")
    backups.backup_now(MONDAY)
    add_client("Borealis")
    monkeypatch.setattr(backups_page, "WAIT_FOR_WORK_MS", 300)
    warnings: list[str] = []
    page = make_page(
        qtbot, confirm=lambda *_: True, warn=lambda _parent, _title, text: warnings.append(text)
    )
    finish = threading.Event()
    results: list[object] = []
    run_in_background(lambda: finish.wait(10), results.append, results.append)

    page.restore_button.click()
    assert page.busy()
    assert page.status.text() == "Restoring: waiting for the work in progress…"
    assert names() == ["Acme", "Borealis"]  # usable meanwhile: nothing is closed yet
    qtbot.waitUntil(lambda: not page.busy(), timeout=5_000)
    assert warnings == [
        "Other work is still running, so nothing was restored. Try again when it is done."
    ]
    assert [b.label for b in backups.list_backups()] == ["manual"]
    assert names() == ["Acme", "Borealis"]

    # Work that finishes within the wait lets the restore go on.
    finish.set()
    qtbot.waitUntil(lambda: results == [True], timeout=5_000)
    finish.clear()
    run_in_background(lambda: finish.wait(10), results.append, results.append)
    page.restore_button.click()
    assert page.status.text() == "Restoring: waiting for the work in progress…"
    finish.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert len(warnings) == 1 and results == [True, True]
    assert names() == ["Acme"]


def test_no_to_the_question_restores_nothing(qtbot, data, tmp_path):
    add_client("Acme")
    backups.backup_now(MONDAY)
    add_client("Borealis")
    window, dialog, page = window_with_settings(qtbot, tmp_path, confirm=lambda *_: False)
    page.restore_button.click()
    assert not page.busy()
    assert [b.label for b in backups.list_backups()] == ["manual"]
    assert names() == ["Acme", "Borealis"]


def test_restore_from_a_file_refuses_one_that_is_not_ours(qtbot, data, tmp_path):
    add_client("Acme")
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    warnings: list[str] = []
    page = make_page(
        qtbot,
        choose_file=lambda _parent, folder: str(notes),
        confirm=lambda *_: pytest.fail("asked to restore a file that is not ours"),
        warn=lambda _parent, _title, text: warnings.append(text),
    )
    page.file_button.click()
    assert page.busy() and page.status.text() == "Checking notes.sqlite3…"
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert len(warnings) == 1 and str(notes) in warnings[0]
    assert backups.list_backups() == []
    assert names() == ["Acme"]


def test_the_chosen_file_is_checked_in_a_worker_while_the_page_says_so(
    qtbot, data, tmp_path, monkeypatch
):
    import threading

    from PySide6.QtCore import QTimer

    add_client("Acme")
    backups.backup_now(MONDAY)
    [first] = backups.list_backups()
    other = tmp_path / "monday.sqlite3"
    first.path.rename(other)
    add_client("Borealis")
    real_check = backups.check_file
    checked_on: list[threading.Thread] = []
    release = threading.Event()

    def slow_check(path: Path) -> int:
        checked_on.append(threading.current_thread())
        assert release.wait(10)
        return real_check(path)

    monkeypatch.setattr(backups, "check_file", slow_check)
    questions: list[str] = []
    page = make_page(
        qtbot,
        choose_file=lambda _parent, folder: str(other),
        confirm=lambda _parent, _title, text: questions.append(text) or True,
    )
    page.file_button.click()
    qtbot.waitUntil(lambda: bool(checked_on), timeout=10_000)

    # The check runs, and the GUI thread goes on: a timer fires, the page says what it does.
    ticks: list[bool] = []
    QTimer.singleShot(10, lambda: ticks.append(True))
    qtbot.waitUntil(lambda: bool(ticks), timeout=5_000)
    assert checked_on[0] is not threading.main_thread()
    assert page.busy() and page.progress.isVisible() is page.isVisible()
    assert page.status.text() == "Checking monday.sqlite3…"
    assert not page.file_button.isEnabled() and not page.restore_button.isEnabled()
    assert questions == []  # nothing asked before the file is known to be good

    release.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert len(questions) == 1 and questions[0].startswith(f"Restore {other}?")
    assert names() == ["Acme"]


def test_restore_from_a_file_copies_it_in(qtbot, data, tmp_path):
    add_client("Acme")
    other = tmp_path / "elsewhere" / "ae-desktop.sqlite3"
    other.parent.mkdir()
    backups.backup_now(MONDAY)
    [first] = backups.list_backups()
    first.path.rename(other)  # a copy of Monday's data outside the backups folder
    add_client("Borealis")
    page = make_page(qtbot, choose_file=lambda _parent, folder: str(other), confirm=lambda *_: True)
    page.file_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert names() == ["Acme"]
    assert other.exists()
    assert page.status.text().startswith("Restored ae-desktop.sqlite3.")


def test_settings_is_in_the_file_menu_with_the_preferences_shortcut(qtbot, data, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.load()
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    texts = [a.text().replace("&", "") for a in menus["File"].actions()]
    assert "Settings…" in texts and texts.index("Settings…") < texts.index("Quit")
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [
        QKeySequence("Ctrl+,")
    ]
    assert window.settings_action.shortcuts() == expected
    opened: list[list[str]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog):
            pages = dialog.pages
            opened.append([pages.tabText(i).replace("&", "") for i in range(pages.count())])
            dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(50, look_and_close)
    window.settings_action.trigger()
    assert opened == [["Profile", "Workday", "Priorities", "General", "Backups"]]


# -- automatic backups ---------------------------------------------------------------------


def test_the_hourly_check_backs_up_in_a_worker_once_a_day(qtbot, data):
    from ae_desktop.app import AutoBackups

    add_client("Acme")
    statuses: list[str] = []
    auto = AutoBackups(statuses.append, now=lambda: NOW, first_ms=10, every_ms=10)
    auto.check()
    qtbot.waitUntil(lambda: not auto.running, timeout=10_000)
    assert [(b.label, b.taken_at) for b in backups.list_backups()] == [("auto", NOW)]
    add_client("Borealis")  # changed, but the last automatic backup is not a day old
    auto.check()
    qtbot.waitUntil(lambda: not auto.running, timeout=10_000)
    assert len(backups.list_backups()) == 1
    assert statuses == []
    assert auto.timer.interval() == 10


def test_a_failed_automatic_backup_is_shown_and_the_app_goes_on(qtbot, data, monkeypatch):
    from ae_desktop.app import AutoBackups

    def broken(now, *, daily):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "backup_if_due", broken)
    statuses: list[str] = []
    auto = AutoBackups(statuses.append, now=lambda: NOW)
    auto.check()
    qtbot.waitUntil(lambda: not auto.running, timeout=10_000)
    assert statuses == ["The automatic backup failed: [Errno 28] No space left on device"]


def test_on_quit_a_backup_only_when_the_data_changed(qtbot, data):
    from ae_desktop.app import backup_on_quit

    add_client("Acme")
    backup_on_quit(MONDAY)
    assert [b.label for b in backups.list_backups()] == ["auto"]
    close_database()  # as the app closes it; folding the -wal in changes no data
    open_database(data, paths.backups_dir())
    backup_on_quit(WEDNESDAY)
    assert len(backups.list_backups()) == 1
    add_client("Borealis")
    backup_on_quit(NOW)
    assert [b.taken_at for b in backups.list_backups()] == [NOW, MONDAY]
