"""Keyboard flow and feedback in the Clients tab: what a practised user relies on."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.services import clients, contacts, interactions
from ae_desktop.store.models import Client
from ae_desktop.ui.clients.model import NAME, NEXT_FOLLOW_UP
from ae_desktop.ui.main_window import MainWindow
from ae_desktop.ui.theme import LIGHT

NOW = datetime(2026, 11, 27, 18, 0)


def shown_names(tab):
    model = tab.list_panel.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_shortcuts_work_from_anywhere_in_the_window_on_the_clients_tab_only(
    qtbot, db, tmp_path, today, make_client, when_modal
):
    make_client("Acme")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.focusWidget() is window.clients_tab.list_panel.table
    window.tabs.tabBar().setFocus()
    opened = []
    when_modal(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["Log interaction — Acme"]
    window.tabs.setCurrentIndex(1)
    assert not window.clients_tab.log_action.isEnabled()
    window.tabs.setCurrentIndex(0)
    assert window.clients_tab.log_action.isEnabled()


def test_filter_box_down_goes_to_the_first_match_and_escape_clears(tab, make_client, qtbot):
    keep = make_client("Zeta Partners")
    make_client("Hoteles Costa Azul")
    make_client("Hoteles Sol")
    tab.reload()
    tab.list_panel.select(keep)
    box = tab.list_panel.filter_box
    qtbot.keyClicks(box, "hoteles")
    assert tab.current_client_id() is None  # Zeta is filtered out
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert tab.current_client_id() == clients.find_same_name("Hoteles Costa Azul").id
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert len(shown_names(tab)) == 3


def test_the_picked_client_comes_back_when_the_filter_is_cleared(tab, make_client, qtbot):
    keep = make_client("Zeta Partners")
    make_client("Hoteles Sol")
    tab.reload()
    tab.list_panel.select(keep)
    qtbot.keyClicks(tab.list_panel.filter_box, "sol")
    assert tab.detail.client_id is None
    tab.list_panel.filter_box.clear()
    assert tab.current_client_id() == keep
    assert tab.detail.title.text() == "Zeta Partners"


def test_overdue_and_due_follow_ups_stand_out(tab, make_client, today):
    late = make_client("Late Ltd")
    due = make_client("Due Ltd")
    for client_id, day in ((late, date(2026, 11, 20)), (due, today)):
        interactions.log_interaction(
            interactions.InteractionInput(
                client_id,
                InteractionKind.CALL,
                datetime(2026, 11, 19, 9),
                "Call",
                follow_up_on=day,
            ),
            now=NOW,
        )
    tab.reload()
    model = tab.list_panel.model
    late_index = model.index(model.row_of(late), NEXT_FOLLOW_UP)
    due_index = model.index(model.row_of(due), NEXT_FOLLOW_UP)
    assert late_index.data(Qt.ItemDataRole.ToolTipRole) == "Follow-up overdue by 7 days"
    assert late_index.data(Qt.ItemDataRole.ForegroundRole).color() == LIGHT.neglected  # red
    assert due_index.data(Qt.ItemDataRole.ToolTipRole) == "Follow-up due today"
    font = due_index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()


def test_archiving_moves_to_the_next_client_and_undo_says_what_it_undid(tab, make_client, qtbot):
    first = make_client("Alpha")
    make_client("Bravo")
    tab.reload()
    messages = []
    tab.status_message.connect(messages.append)
    tab.list_panel.select(first)
    tab.list_panel.table.setFocus()
    qtbot.keyClick(tab.list_panel.table, Qt.Key.Key_Delete)
    assert tab.detail.title.text() == "Bravo"
    assert messages[-1] == "Archived “Alpha”. Press Ctrl+Z to undo."
    tab.undo_action.trigger()
    assert Client.get_by_id(first).archived is False
    assert tab.detail.title.text() == "Alpha"
    assert messages[-1] == "Undone: Archive Alpha"


def test_delete_on_an_archived_row_does_not_restore_it(tab, make_client, qtbot):
    gone = make_client("Gone Ltd")
    clients.set_archived(gone, True)
    make_client("Kept Ltd")
    tab.reload()
    tab.list_panel.archived.setChecked(True)
    assert tab.list_panel.count.text() == "2 of 2 clients"
    tab.list_panel.select(gone)
    tab.list_panel.table.setFocus()
    qtbot.keyClick(tab.list_panel.table, Qt.Key.Key_Delete)
    assert Client.get_by_id(gone).archived is True
    tab.list_panel.archived.setChecked(False)
    assert tab.list_panel.count.text() == "1 of 1 clients"


def test_deleting_a_contact_updates_the_timeline_names(tab, make_client):
    client_id = make_client("Acme", contact=("Ana Peña", "ana@acme.example"))
    ana = contacts.list_contacts(client_id)[0].id
    interactions.log_interaction(
        interactions.InteractionInput(
            client_id, InteractionKind.CALL, datetime(2026, 11, 20, 9), "Call", contact_id=ana
        ),
        now=NOW,
    )
    tab.reload()
    assert "Ana Peña" in tab.detail.timeline.model.index(0, 0).data()
    panel = tab.detail.contacts
    panel.table.selectRow(0)
    panel.delete_button.click()
    assert "Ana Peña" not in tab.detail.timeline.model.index(0, 0).data()


def test_invalid_edits_are_kept_or_discarded_before_moving_on(tab, make_client, monkeypatch):
    first = make_client("Alpha")
    second = make_client("Bravo")
    tab.reload()
    tab.list_panel.select(first)
    tab.detail.form.name.clear()
    tab.detail.form.edited.emit()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.pop(0))
    tab.list_panel.select(second)  # No: stay and correct
    assert tab.current_client_id() == first
    assert tab.detail.client_id == first
    assert tab.detail.form.errors.message("name") == "A client needs a name."
    tab.list_panel.select(second)  # Yes: discard
    assert tab.detail.client_id == second
    assert clients.get_client(first).name == "Alpha"


def test_an_unexpected_save_failure_keeps_list_and_detail_together(tab, make_client, monkeypatch):
    first = make_client("Alpha")
    second = make_client("Bravo")
    tab.reload()
    tab.list_panel.select(first)
    tab.detail.form.industry.setText("Retail")
    tab.detail.form.edited.emit()

    def broken(*args, **kwargs):
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(clients, "update_client", broken)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)
    tab.list_panel.select(second)
    assert tab.current_client_id() == first
    assert tab.detail.client_id == first
    assert tab.detail.save_state.text() == "Not saved"
