"""One undo history for the window: Ctrl+Z undoes the last edit whichever tab made it and
whichever tab is shown, the Edit menu names it, and an import is one step of it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ae_desktop.domain.enums import BlockKind, DealKind, Tier
from ae_desktop.domain.planner import hhmm, parse_hhmm
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services import deals, tasks, time_blocks
from ae_desktop.services.stages import list_stages
from ae_desktop.store.models import Client, Contact, Deal, Task
from ae_desktop.ui.agenda.matrix_model import TASK_ROLE
from ae_desktop.ui.agenda.task_mime import encode_task
from ae_desktop.ui.deals.board_model import encode_deal
from ae_desktop.ui.main_window import MainWindow

CSV = (
    "First Name,Last Name,Email,Job Title,Associated Company\n"
    "Ana,Ruiz,ana@acme.example,CEO,Acme\n"
    "Bo,Lund,bo@borealis.example,Buyer,Borealis\n"
)


def stage_id(name: str) -> int:
    return next(s.id for s in list_stages() if s.name == name)


@pytest.fixture
def window(qtbot, db, tmp_path, today) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(shown)
    shown.load()
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    return shown


def ctrl_z(qtbot, window: MainWindow, shift: bool = False) -> None:
    """The keys pressed in the window (active again once a dialog over it has closed), on
    the tab bar: in a text box they would undo its typing, as a text box does."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.tabBar().setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, modifiers)


def edit_menu(window: MainWindow) -> list[str]:
    return [a.text() for a in window.edit_menu.actions()]


def client_list(window: MainWindow) -> list[str]:
    model = window.clients_tab.list_panel.model
    return sorted(model.row_at(row).name for row in range(model.rowCount()))


def board_titles(window: MainWindow, stage: str) -> list[str]:
    column = window.deals_tab.board.columns[stage_id(stage)]
    model = column.list.model()
    return [model.index(i, 0).data() or "" for i in range(model.rowCount())]


def in_column(window: MainWindow, stage: str, title: str) -> bool:
    return any(title in text for text in board_titles(window, stage))


def make_deal(client_id: int, title: str, today: date, stage: str = "Lead") -> int:
    data = deals.DealInput(
        client_id, title, Decimal(1000), "EUR", DealKind.NEW_BUSINESS, stage_id(stage), None, None
    )
    return deals.create_deal(data, today=today)


def drop(view, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    assert event.isAccepted()


def quadrant_titles(window: MainWindow, quadrant: Quadrant) -> list[str]:
    model = window.agenda_tab.matrix.panels[quadrant].model
    return [model.index(i, 0).data(TASK_ROLE).title for i in range(model.rowCount())]


def test_a_client_archived_on_clients_comes_back_with_ctrl_z_on_deals(
    qtbot, window, make_client
) -> None:
    for name in ("Acme", "Borealis"):
        make_client(name)
    window.clients_tab.reload()
    assert client_list(window) == ["Acme", "Borealis"]
    acme = Client.get(Client.name == "Acme").id
    window.clients_tab.set_archived(acme, True)
    assert client_list(window) == ["Borealis"]
    assert edit_menu(window)[0] == "&Undo Archive Acme"

    window.tabs.setCurrentWidget(window.deals_host)
    ctrl_z(qtbot, window)
    assert Client.get_by_id(acme).archived is False
    assert window.statusBar().currentMessage() == "Undone: Archive Acme"
    assert edit_menu(window)[:2] == ["&Undo", "&Redo Archive Acme"]
    window.tabs.setCurrentWidget(window.clients_tab)
    assert client_list(window) == ["Acme", "Borealis"]

    ctrl_z(qtbot, window, shift=True)  # redo, from the Clients tab
    assert client_list(window) == ["Borealis"]


def test_a_deal_moved_on_the_board_goes_back_when_undone_from_the_agenda(
    qtbot, window, make_client, today
) -> None:
    acme = make_client("Acme")
    deal_id = make_deal(acme, "Fleet rollout", today)
    window.tabs.setCurrentWidget(window.deals_host)
    drop(window.deals_tab.board.columns[stage_id("Proposal")].list, encode_deal(deal_id))
    assert in_column(window, "Proposal", "Fleet rollout")
    assert edit_menu(window)[0] == "&Undo Move Fleet rollout to Proposal"

    window.tabs.setCurrentWidget(window.agenda_host)
    ctrl_z(qtbot, window)
    assert Deal.get_by_id(deal_id).stage_id == stage_id("Lead")
    window.tabs.setCurrentWidget(window.deals_host)
    assert in_column(window, "Lead", "Fleet rollout")
    assert not in_column(window, "Proposal", "Fleet rollout")


def test_a_quadrant_move_and_a_block_move_are_undone_from_another_tab(
    qtbot, window, today, make_client
) -> None:
    acme = make_client("Acme", tier=Tier.KEY, touched_days_ago=1)  # its tasks are important
    task_id = tasks.quick_add_task(
        tasks.TaskInput("Plan the QBR", due_on=today + timedelta(days=20), client_id=acme),
        today=today,
    )
    block_id = time_blocks.add_block(
        time_blocks.BlockInput(
            today, parse_hhmm("09:00"), parse_hhmm("10:00"), "Call Acme", BlockKind.CLIENT_WORK
        )
    )
    window.tabs.setCurrentWidget(window.agenda_host)
    agenda = window.agenda_tab
    assert quadrant_titles(window, Quadrant.SCHEDULE) == ["Plan the QBR"]
    drop(agenda.matrix.panels[Quadrant.DO_NOW].list, encode_task(task_id))
    assert quadrant_titles(window, Quadrant.DO_NOW) == ["Plan the QBR"]
    agenda.day.edits.move(block_id, parse_hhmm("11:00"), parse_hhmm("12:00"))
    assert agenda.day.timeline.rows[block_id].label == "11:00–12:00"
    assert edit_menu(window)[0] == "&Undo Move Call Acme"

    window.tabs.setCurrentWidget(window.clients_tab)
    ctrl_z(qtbot, window)  # the block move
    row = time_blocks.get_block(block_id)
    assert (hhmm(row.start), hhmm(row.end)) == ("09:00", "10:00")
    assert edit_menu(window)[0] == "&Undo Move Plan the QBR to Do now"
    ctrl_z(qtbot, window)  # the quadrant move
    stored = Task.get_by_id(task_id)
    assert (stored.urgency, stored.importance) == ("auto", "auto")
    window.tabs.setCurrentWidget(window.agenda_host)
    assert agenda.day.timeline.rows[block_id].label == "09:00–10:00"
    assert quadrant_titles(window, Quadrant.SCHEDULE) == ["Plan the QBR"]
    assert quadrant_titles(window, Quadrant.DO_NOW) == []


def import_through_the_window(qtbot, window: MainWindow, path: Path, when_modal) -> None:
    """File > Import on *path*, duplicates updated, imported, closed: as a user does it."""

    def drive(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
        policy = dialog.options.policy
        policy.setCurrentIndex(policy.findText("Update it"))
        qtbot.waitUntil(lambda: dialog.plan is not None and dialog.import_button.isEnabled())
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
        dialog.accept()

    when_modal(drive)
    window.show_import(path)


def contacts() -> list[tuple[str, str, str, str]]:
    query = Contact.select(Client.name, Contact.name, Contact.email, Contact.role).join(Client)
    return sorted(query.tuples())


@pytest.fixture
def hubspot(tmp_path, make_client) -> Path:
    make_client("Acme", contact=("Ana Ruiz", "ana@acme.example"))
    Contact.update(role="CFO").execute()
    path = tmp_path / "hubspot-contacts.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_an_import_is_one_step_undone_and_redone(qtbot, window, hubspot, when_modal) -> None:
    window.clients_tab.reload()
    before = contacts()
    assert before == [("Acme", "Ana Ruiz", "ana@acme.example", "CFO")]
    import_through_the_window(qtbot, window, hubspot, when_modal)
    imported = [
        ("Acme", "Ana Ruiz", "ana@acme.example", "CEO"),
        ("Borealis", "Bo Lund", "bo@borealis.example", "Buyer"),
    ]
    assert contacts() == imported
    assert client_list(window) == ["Acme", "Borealis"]
    assert edit_menu(window)[0] == "&Undo Import hubspot-contacts.csv"

    window.tabs.setCurrentWidget(window.deals_host)
    ctrl_z(qtbot, window)
    assert contacts() == before  # Borealis and Bo gone, Ana's old role back
    assert window.statusBar().currentMessage() == "Undone: Import hubspot-contacts.csv"
    window.tabs.setCurrentWidget(window.clients_tab)
    assert client_list(window) == ["Acme"]

    ctrl_z(qtbot, window, shift=True)
    assert contacts() == imported
    assert client_list(window) == ["Acme", "Borealis"]


def test_undoing_an_import_is_refused_once_an_imported_client_has_a_deal(
    qtbot, window, hubspot, when_modal, today
) -> None:
    import_through_the_window(qtbot, window, hubspot, when_modal)
    borealis = Client.get(Client.name == "Borealis").id
    make_deal(borealis, "Pilot", today)
    warnings: list[str] = []

    def read_and_close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        warnings.append(box.text())
        box.accept()

    when_modal(read_and_close)
    ctrl_z(qtbot, window)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == ["Cannot undo the import: “Borealis” has a deal added after the import."]
    assert Client.get_by_id(borealis).name == "Borealis"  # nothing was taken back
    assert ("Acme", "Ana Ruiz", "ana@acme.example", "CEO") in contacts()
    assert Deal.select().count() == 1
    assert "Import" not in edit_menu(window)[0]  # the import has left the history


def test_a_restore_clears_the_one_history(qtbot, window, make_client) -> None:
    acme = make_client("Acme")
    window.clients_tab.reload()
    window.clients_tab.set_archived(acme, True)
    assert window.undo_action.isEnabled()
    window.reload_all()  # what a restore from a backup does
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    assert edit_menu(window)[0] == "&Undo"
    ctrl_z(qtbot, window)
    assert Client.get_by_id(acme).archived is True


def test_one_undo_and_one_redo_in_the_edit_menu_on_every_tab(window) -> None:
    for host in (window.clients_tab, window.deals_host, window.agenda_host):
        window.tabs.setCurrentWidget(host)
        assert len(window.edit_menu.actions()) == 2
    undo, redo = window.edit_menu.actions()
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [key.toString() for key in redo.shortcuts()]


def test_a_client_edit_and_a_deal_edit_are_undone_from_another_tab(
    qtbot, window, make_client, today, when_modal
) -> None:
    acme = make_client("Acme")
    deal_id = make_deal(acme, "Fleet rollout", today)
    window.clients_tab.reload()
    window.clients_tab.show_client(acme)
    detail = window.clients_tab.detail
    detail.form.name.selectAll()
    qtbot.keyClicks(detail.form.name, "Acme Iberia")
    detail.save_button.click()
    assert client_list(window) == ["Acme Iberia"]
    assert edit_menu(window)[0] == "&Undo Edit Acme Iberia"

    window.tabs.setCurrentWidget(window.deals_host)

    def retitle(editor: QDialog) -> None:
        editor.title.setText("Fleet rollout, phase 2")
        editor.accept()

    when_modal(retitle)
    window.deals_tab.open_deal(deal_id)
    assert in_column(window, "Lead", "Fleet rollout, phase 2")
    assert edit_menu(window)[0] == "&Undo Edit Fleet rollout, phase 2"

    window.tabs.setCurrentWidget(window.agenda_host)
    ctrl_z(qtbot, window)  # the deal's new title
    ctrl_z(qtbot, window)  # the client's new name
    assert Deal.get_by_id(deal_id).title == "Fleet rollout"
    assert Client.get_by_id(acme).name == "Acme"
    window.tabs.setCurrentWidget(window.deals_host)
    assert in_column(window, "Lead", "Fleet rollout")
    assert not in_column(window, "Lead", "phase 2")
    window.tabs.setCurrentWidget(window.clients_tab)
    assert client_list(window) == ["Acme"]
    assert detail.form.name.text() == "Acme"


def test_a_contact_added_and_one_made_primary_in_its_dialog_are_undone(
    qtbot, window, make_client, when_modal
) -> None:
    from ae_desktop.services.contacts import ContactInput, add_contact

    acme = make_client("Acme")
    ana = add_contact(acme, ContactInput("Ana Ruiz", is_primary=True))
    window.clients_tab.reload()
    window.clients_tab.show_client(acme)
    panel = window.clients_tab.detail.contacts

    def fill(dialog: QDialog) -> None:
        dialog.name.setText("Bo Lund")
        dialog.primary.setChecked(True)  # takes the primary flag from Ana
        dialog.accept()

    when_modal(fill)
    panel._on_add_clicked()
    assert [(c.name, c.is_primary) for c in Contact.select().order_by(Contact.id)] == [
        ("Ana Ruiz", False),
        ("Bo Lund", True),
    ]
    assert edit_menu(window)[0] == "&Undo Add contact Bo Lund"
    window.tabs.setCurrentWidget(window.deals_host)
    ctrl_z(qtbot, window)
    assert [(c.id, c.name, c.is_primary) for c in Contact.select()] == [(ana, "Ana Ruiz", True)]
    ctrl_z(qtbot, window, shift=True)  # redo: Bo back, primary again
    assert [(c.name, c.is_primary) for c in Contact.select().order_by(Contact.id)] == [
        ("Ana Ruiz", False),
        ("Bo Lund", True),
    ]
