"""The day's work by keyboard alone: no mouse event in this file, only keys."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QListView

from ae_desktop.domain.enums import DealKind, Flag, TaskStatus
from ae_desktop.services import clients, deals, tasks
from ae_desktop.services.stages import list_stages
from ae_desktop.store.models import Interaction, Task
from ae_desktop.ui.deals.board import BoardList
from ae_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def window_for(qtbot, tmp_path, today):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def press(qtbot, keys, modifier=Qt.KeyboardModifier.NoModifier):
    """Keys go where the focus is, as they do for a user (between keys, the events queued by
    the last one are handled: a tab built on its first showing is shown by a queued call)."""
    QApplication.processEvents()
    if QApplication.focusWidget() is None:  # a dialog closed: the window manager's part
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), keys, modifier)


def tab_until(qtbot, found, limit=80):
    for _ in range(limit):
        if found(QApplication.focusWidget()):
            return QApplication.focusWidget()
        press(qtbot, Qt.Key.Key_Tab)
    chain = []
    for _ in range(limit):
        chain.append(type(QApplication.focusWidget()).__name__)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it: {chain}")


def test_create_a_client_then_log_an_interaction_by_keyboard(
    qtbot, db, tmp_path, today, when_modal
):
    window = window_for(qtbot, tmp_path, today)

    def fill_client(dialog):
        qtbot.keyClicks(dialog.focusWidget() or dialog, "Keyboard Ltd")
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    when_modal(fill_client)
    press(qtbot, Qt.Key.Key_N, CTRL)
    client_id = window.clients_tab.current_client_id()
    assert client_id is not None and clients.get_client(client_id).name == "Keyboard Ltd"

    def fill_log(dialog):
        typed.append(dialog.focusWidget())
        qtbot.keyClicks(dialog.focusWidget() or dialog, "Called about the renewal")
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    typed = []
    when_modal(fill_log)
    press(qtbot, Qt.Key.Key_L, CTRL)
    logged = Interaction.select().where(Interaction.client == client_id)
    assert [i.summary for i in logged] == ["Called about the renewal"]


def test_move_a_deal_to_the_next_stage_and_open_it_by_keyboard(
    qtbot, db, tmp_path, today, make_client, when_modal
):
    stages = [s for s in list_stages() if s.outcome.name == "OPEN"]
    deal_id = deals.create_deal(
        deals.DealInput(
            client_id=make_client("Acme"),
            title="Acme renewal",
            value=Decimal(5000),
            currency="EUR",
            kind=DealKind.NEW_BUSINESS,
            stage_id=stages[0].id,
            probability=None,
            expected_close=date(2026, 12, 15),
        ),
        today=today,
    )
    window = window_for(qtbot, tmp_path, today)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # the Deals tab
    assert window.tabs.currentWidget() is window.deals_host
    board_list = QApplication.focusWidget()
    assert isinstance(board_list, BoardList)  # the first card has the focus
    press(qtbot, Qt.Key.Key_Space)  # select it
    press(qtbot, Qt.Key.Key_Right, CTRL)
    assert deals.get_deal(deal_id).row.stage_id == stages[1].id
    press(qtbot, Qt.Key.Key_Left, CTRL)
    assert deals.get_deal(deal_id).row.stage_id == stages[0].id
    opened = []
    when_modal(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    press(qtbot, Qt.Key.Key_Return)
    assert opened


def test_mark_a_task_done_and_move_it_by_keyboard(qtbot, db, tmp_path, today):
    task_id = tasks.quick_add_task(
        tasks.TaskInput("Send the proposal", urgency=Flag.YES, importance=Flag.YES), today=today
    )
    window = window_for(qtbot, tmp_path, today)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # the Agenda tab
    matrix = window.agenda_tab.matrix
    cards = matrix.panels[next(iter(matrix.panels))].list
    tab_until(qtbot, lambda w: w is cards)
    press(qtbot, Qt.Key.Key_Space)  # select the card
    assert matrix.selected_task() is not None
    press(qtbot, Qt.Key.Key_Right, CTRL)  # to Schedule: important, not urgent
    row = matrix.rows[task_id]
    assert (row.urgency, row.importance) == (Flag.NO, Flag.YES)
    assert isinstance(QApplication.focusWidget(), QListView)
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert task_id not in matrix.rows
    assert Task.get_by_id(task_id).status == TaskStatus.DONE
