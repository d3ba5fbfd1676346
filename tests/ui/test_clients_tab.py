"""The Clients tab driven as a user drives it: typing, shortcuts, dialogs, restart."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from ae_desktop.domain.enums import ClientStatus, InteractionKind, Tier
from ae_desktop.services import clients, contacts, interactions
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.models import Client, Task
from ae_desktop.ui.clients.client_form import NewClientDialog
from ae_desktop.ui.clients.log_dialog import LogInteractionDialog
from ae_desktop.ui.clients.model import NAME
from ae_desktop.ui.clients.tab import CONTENT, WELCOME, ClientsTab


def shown_names(tab: ClientsTab) -> list[str]:
    model = tab.list_panel.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_empty_database_shows_welcome_with_both_choices(tab):
    tab.reload()
    assert tab.stack.currentIndex() == WELCOME
    assert tab.sample_button.text() == "Load sample data"
    assert tab.first_client_button.text() == "Add your first client"


def test_new_and_log_wait_while_sample_data_loads(tab, qtbot, monkeypatch):
    from ae_desktop.services import sample

    tab.reload()
    release = threading.Event()
    load = sample.load_sample_data

    def slow_load(today):
        release.wait(10)
        return load(today)

    monkeypatch.setattr(sample, "load_sample_data", slow_load)
    try:
        tab.sample_button.click()
        busy = (tab.new_action, tab.log_action, tab.sample_button, tab.first_client_button)
        assert [item.isEnabled() for item in busy] == [False] * 4
        tab.set_active(False)  # the user looks at another tab and comes back
        tab.set_active(True)
        assert [item.isEnabled() for item in busy] == [False] * 4
        assert tab.find_action.isEnabled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: tab.stack.currentIndex() == CONTENT, timeout=10000)
    assert [item.isEnabled() for item in busy] == [True] * 4


def test_new_and_log_come_back_when_sample_data_fails(tab, qtbot, monkeypatch):
    from ae_desktop.services import sample
    from ae_desktop.ui.clients import tab as tab_module

    def refuse(today):
        raise sample.DatabaseNotEmptyError({"client": 1})

    warned = []
    monkeypatch.setattr(sample, "load_sample_data", refuse)
    monkeypatch.setattr(tab_module, "warn", lambda *args: warned.append(args[1:]))
    tab.reload()
    tab.sample_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert tab.new_action.isEnabled() and tab.log_action.isEnabled()
    assert tab.sample_button.isEnabled()


def test_typing_in_filter_matches_contacts_accent_insensitively(tab, make_client, qtbot):
    make_client("Acme Logistics", contact=("Ana Peña", "ana@acme.example"))
    make_client("Northwind Traders", contact=("James O'Connor", "james@northwind.example"))
    make_client("Hoteles Costa Azul", industry="Hospitality")
    tab.reload()
    assert tab.stack.currentIndex() == CONTENT
    qtbot.keyClicks(tab.list_panel.filter_box, "pena")
    assert shown_names(tab) == ["Acme Logistics"]
    tab.list_panel.filter_box.clear()
    qtbot.keyClicks(tab.list_panel.filter_box, "hospit")
    assert shown_names(tab) == ["Hoteles Costa Azul"]
    tab.list_panel.filter_box.clear()
    qtbot.keyClicks(tab.list_panel.filter_box, "northwind.example")
    assert shown_names(tab) == ["Northwind Traders"]
    assert tab.list_panel.count.text() == "1 of 3 clients"


def test_tier_status_and_neglected_filters(tab, make_client):
    make_client("Key Fresh", tier=Tier.KEY, touched_days_ago=2)
    make_client("Key Cold", tier=Tier.KEY, touched_days_ago=20)
    make_client("Lost One", status=ClientStatus.CHURNED, touched_days_ago=1)
    tab.reload()
    panel = tab.list_panel
    panel.tier.setCurrentIndex(panel.tier.findData(Tier.KEY))
    assert shown_names(tab) == ["Key Cold", "Key Fresh"]
    panel.neglected.setChecked(True)
    assert shown_names(tab) == ["Key Cold"]
    panel.tier.setCurrentIndex(0)
    panel.neglected.setChecked(False)
    panel.status.setCurrentIndex(panel.status.findData(ClientStatus.CHURNED))
    assert shown_names(tab) == ["Lost One"]


def test_neglected_client_is_marked_with_reason(tab, make_client):
    make_client("Key Cold", tier=Tier.KEY, touched_days_ago=20)
    tab.reload()
    index = tab.list_panel.model.index(0, NAME)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Neglected: last contact 20 days ago, cadence 7 days"
    )


def test_sorting_by_last_contact(tab, make_client, qtbot):
    make_client("Alpha", touched_days_ago=3)
    bravo = make_client("Bravo", touched_days_ago=30)
    make_client("Charlie", touched_days_ago=10)
    tab.reload()
    panel = tab.list_panel
    panel.select(bravo)
    assert panel.current_row() == 1
    tab.list_panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert shown_names(tab) == ["Alpha", "Charlie", "Bravo"]
    # The picked client stays picked where the sort put it, and the detail still shows it.
    assert panel.current_id() == bravo
    assert panel.current_row() == 2
    assert panel.table.currentIndex().row() == 2
    assert tab.detail.client_id == bravo
    header = panel.table.horizontalHeader()
    section = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(section, header.height() // 2)
    )
    assert header.sortIndicatorSection() == 0
    assert shown_names(tab)[panel.current_row()] == "Bravo"
    assert tab.detail.client_id == bravo
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert Client.get_by_id(bravo).archived is True


def test_markup_in_names_is_shown_literally(tab, make_client):
    make_client('<b>Bold</b> & <img src=x> "Quoted" 🚀')
    tab.reload()
    assert shown_names(tab) == ['<b>Bold</b> & <img src=x> "Quoted" 🚀']
    assert tab.detail.title.text() == '<b>Bold</b> & <img src=x> "Quoted" 🚀'
    assert tab.detail.title.textFormat() == Qt.TextFormat.PlainText


def test_ctrl_l_logs_an_interaction_that_survives_a_restart(
    tab, make_client, qtbot, tmp_path: Path, when_modal, today
):
    client_id = make_client("Acme Logistics", contact=("Ana Peña", "ana@acme.example"))
    tab.reload()
    tab.list_panel.table.setFocus()

    def fill(dialog):
        qtbot.keyClicks(dialog.summary, "Called about the renewal")
        dialog.follow_up_check.setChecked(True)
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.keyClick(tab.list_panel.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert tab.detail.timeline.model.rowCount() == 1

    close_database()
    open_database(tmp_path / "ae-desktop.sqlite3", tmp_path / "backups")
    reopened = ClientsTab(today=lambda: today)
    qtbot.addWidget(reopened)
    reopened.reload()
    reopened.list_panel.select(client_id)
    rows = interactions.timeline(client_id)
    assert [(r.summary, r.contact_name) for r in rows] == [("Called about the renewal", "Ana Peña")]
    assert reopened.detail.timeline.model.rowCount() == 1
    task = Task.get(Task.client == client_id)
    assert task.title == "Follow up: Called about the renewal"
    assert task.due_on == rows[0].follow_up_on


def test_log_dialog_keeps_the_follow_up_on_or_after_the_interaction(qtbot, make_client):
    from datetime import date, datetime

    from PySide6.QtCore import QDate

    client_id = make_client("Acme")
    dialog = LogInteractionDialog(client_id, datetime(2026, 11, 27, 10, 0))
    qtbot.addWidget(dialog)
    dialog.follow_up_check.setChecked(True)
    dialog.follow_up.setDate(QDate(2026, 11, 20))
    assert dialog.follow_up.date().toPython() == date(2026, 11, 27)
    dialog.when.setDate(QDate(2026, 11, 28))
    assert dialog.follow_up.date().toPython() == date(2026, 11, 28)


def test_tab_crosses_the_date_fields_in_one_step(qtbot, make_client):
    from datetime import datetime

    client_id = make_client("Acme")
    dialog = LogInteractionDialog(client_id, datetime(2026, 11, 27, 10, 0))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.when.setFocus()
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.follow_up_check


def test_log_dialog_refuses_empty_summary(qtbot, make_client):
    from datetime import datetime

    client_id = make_client("Acme")
    dialog = LogInteractionDialog(client_id, datetime(2026, 11, 27, 10, 0))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.errors.message("summary") == "Say in a few words what happened."
    assert interactions.timeline(client_id) == []


def test_new_client_dialog_stores_a_weekly_time_budget(qtbot, db):
    dialog = NewClientDialog()
    qtbot.addWidget(dialog)
    assert dialog.form.weekly.value() == 0
    assert dialog.form.weekly.text() == "None"
    dialog.form.name.setText("Acme")
    dialog.form.weekly.setValue(120)
    assert dialog.form.weekly.text() == "120 min/week"
    dialog.accept()
    assert clients.get_client(dialog.client_id).weekly_minutes == 120


def test_weekly_time_is_edited_in_the_detail_pane(tab, make_client, qtbot):
    client_id = make_client("Acme")
    tab.reload()
    form = tab.detail.form
    assert form.weekly.value() == 0 and not tab.detail.save_button.isEnabled()
    form.weekly.setValue(90)
    assert tab.detail.save_button.isEnabled()
    tab.detail.save_button.click()
    assert clients.get_client(client_id).weekly_minutes == 90
    assert not tab.detail.save_button.isEnabled()


def test_new_client_dialog_shows_errors_at_the_fields(qtbot, db):
    dialog = NewClientDialog()
    qtbot.addWidget(dialog)
    dialog.form.revenue.setText("-500")
    dialog.accept()
    assert dialog.form.errors.message("name") == "A client needs a name."
    assert dialog.form.errors.message("potential_revenue") == (
        "Potential revenue cannot be negative."
    )
    dialog.form.name.setText("Acme")
    dialog.form.revenue.setText("lots")
    dialog.accept()
    assert dialog.form.errors.message("potential_revenue").startswith("Enter an amount")
    assert Client.select().count() == 0


def test_duplicate_name_asks_before_creating_a_second(qtbot, make_client, monkeypatch):
    make_client("Acme Logistics")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def answer(box):
        asked.append((box.text(), box.textFormat()))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog = NewClientDialog()
    qtbot.addWidget(dialog)
    dialog.form.name.setText("ACME logistics")
    dialog.accept()
    assert Client.select().count() == 1
    assert "“Acme Logistics” already exists" in asked[0][0]
    assert asked[0][1] == Qt.TextFormat.PlainText
    dialog.accept()
    assert Client.select().count() == 2


def test_delete_archives_and_ctrl_z_restores(tab, make_client, qtbot):
    make_client("Acme")
    keep = make_client("Beta")
    tab.reload()
    tab.list_panel.select(keep)
    tab.list_panel.table.setFocus()
    qtbot.keyClick(tab.list_panel.table, Qt.Key.Key_Delete)
    assert Client.get_by_id(keep).archived is True
    assert shown_names(tab) == ["Acme"]
    tab.list_panel.archived.setChecked(True)
    assert shown_names(tab) == ["Acme", "Beta"]
    qtbot.keyClick(tab.list_panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Client.get_by_id(keep).archived is False


def test_detail_edits_in_place_with_validation(tab, make_client, qtbot):
    client_id = make_client("Acme")
    tab.reload()
    form = tab.detail.form
    form.name.clear()
    qtbot.keyClicks(form.industry, "Retail")
    assert tab.detail.save_button.isEnabled()
    tab.detail.save_button.click()
    assert form.errors.message("name") == "A client needs a name."
    assert clients.get_client(client_id).name == "Acme"
    qtbot.keyClicks(form.name, "Acme Retail")
    tab.detail.save_button.click()
    stored = clients.get_client(client_id)
    assert (stored.name, stored.industry) == ("Acme Retail", "Retail")
    assert shown_names(tab) == ["Acme Retail"]
    assert not tab.detail.save_button.isEnabled()


def test_contact_with_bad_email_is_refused_and_delete_is_undoable(tab, make_client, qtbot):
    from ae_desktop.ui.clients.contacts import ContactDialog

    client_id = make_client("Acme", contact=("Ana Peña", "ana@acme.example"))
    tab.reload()
    dialog = ContactDialog(client_id)
    qtbot.addWidget(dialog)
    dialog.name.setText("Luis")
    dialog.email.setText("luis at acme")
    dialog.accept()
    assert "not a valid e-mail address" in dialog.errors.message("email")
    assert [c.name for c in contacts.list_contacts(client_id)] == ["Ana Peña"]

    panel = tab.detail.contacts
    panel.table.selectRow(0)
    panel.delete_button.click()
    assert contacts.list_contacts(client_id) == []
    tab.undo_stack.undo()
    assert [c.name for c in contacts.list_contacts(client_id)] == ["Ana Peña"]
    assert panel.model.rowCount() == 1


def test_a_logged_interaction_can_be_corrected_and_the_edit_undone(
    tab, make_client, qtbot, when_modal
):
    from datetime import datetime

    client_id = make_client("Acme", contact=("Ana Peña", "ana@acme.example"))
    interactions.log_interaction(
        interactions.InteractionInput(
            client_id, InteractionKind.CALL, datetime(2026, 11, 26, 9, 30), "Calld Ana"
        ),
        now=datetime(2026, 11, 27, 10, 0),
    )
    tab.reload()
    panel = tab.detail.timeline
    panel.view.setCurrentIndex(panel.model.index(0, 0))

    def fix(dialog):
        assert dialog.summary.text() == "Calld Ana"
        dialog.summary.setText("Called Ana")
        dialog.follow_up_check.setChecked(True)
        dialog.accept()

    when_modal(fix)
    panel.edit_button.click()
    row = interactions.timeline(client_id)[0]
    assert row.summary == "Called Ana"
    assert Task.get(Task.interaction == row.id).title == "Follow up: Called Ana"
    assert "Called Ana" in panel.model.index(0, 0).data()
    tab.undo_stack.undo()
    assert interactions.timeline(client_id)[0].summary == "Calld Ana"
    assert Task.select().where(Task.interaction == row.id).count() == 0


def test_deleting_an_interaction_removes_its_open_follow_up_and_undo_restores_both(
    tab, make_client, qtbot
):
    from datetime import date, datetime

    client_id = make_client("Acme")
    interactions.log_interaction(
        interactions.InteractionInput(
            client_id,
            InteractionKind.MEETING,
            datetime(2026, 11, 26, 9, 30),
            "Wrong client",
            follow_up_on=date(2026, 12, 1),
        ),
        now=datetime(2026, 11, 27, 10, 0),
    )
    tab.reload()
    panel = tab.detail.timeline
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert interactions.timeline(client_id) == []
    assert Task.select().count() == 0
    assert tab.detail.sections.tabText(0) == "Timeline (0)"
    tab.undo_stack.undo()
    assert [r.summary for r in interactions.timeline(client_id)] == ["Wrong client"]
    assert Task.get().due_on == date(2026, 12, 1)
    assert panel.model.rowCount() == 1


def test_failures_are_logged_without_client_text(tab, make_client, qtbot, monkeypatch, caplog):
    from ae_desktop.services.errors import ValidationError
    from ae_desktop.ui.clients import detail as detail_module
    from ae_desktop.ui.worker import run_in_background

    failed = []
    # Made at run time: the logged traceback shows source lines, which must not match.
    email, name = "@".join(["ana", "acme.example"]), " ".join(["Acme", "Retail"])

    def refuse():
        raise ValidationError({"email": f"{email!r} is not a valid e-mail address."})

    run_in_background(refuse, lambda _result: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert "Background job failed: ValidationError" in caplog.text

    def crash(*args, **kwargs):
        raise RuntimeError(f"disk full while saving {name}")

    make_client("Acme")
    tab.reload()
    monkeypatch.setattr(detail_module.clients, "update_client", crash)
    monkeypatch.setattr(detail_module, "warn", lambda *args: None)
    qtbot.keyClicks(tab.detail.form.industry, "Retail")
    tab.detail.save_button.click()
    assert tab.detail.save_state.text() == "Not saved"
    assert "Saving a client failed: RuntimeError" in caplog.text
    assert email not in caplog.text
    assert name not in caplog.text


def test_an_ampersand_in_a_name_shows_in_the_undo_menu(tab, make_client, qtbot):
    client_id = make_client("Smith & Jones")
    tab.reload()
    messages = []
    tab.status_message.connect(messages.append)
    tab.list_panel.table.setFocus()
    qtbot.keyClick(tab.list_panel.table, Qt.Key.Key_Delete)
    assert Client.get_by_id(client_id).archived is True
    # iconText() is the menu text as shown, with '&' mnemonic markers taken out.
    assert tab.undo_action.iconText() == "Undo Archive Smith & Jones"
    tab.undo_action.trigger()
    assert tab.redo_action.iconText() == "Redo Archive Smith & Jones"
    assert messages[-1] == "Undone: Archive Smith & Jones"


def test_make_primary_works_on_old_data_and_is_undoable(tab, make_client, qtbot):
    from ae_desktop.store.models import Contact

    client_id = make_client("Acme", contact=("Ana Peña", "ana@acme.example"))
    # Stored by an older version: today's checks refuse this e-mail and phone.
    Contact.insert(client=client_id, name="Smith & Co", email="smith at acme", phone="1").execute()
    tab.reload()
    panel = tab.detail.contacts
    panel.table.selectRow(1)
    assert panel.primary_button.isEnabled()
    panel.primary_button.click()
    assert [c.name for c in contacts.list_contacts(client_id) if c.is_primary] == ["Smith & Co"]
    assert panel.model.row_at(0).name == "Smith & Co"
    assert tab.undo_action.iconText() == "Undo Make Smith & Co primary"
    tab.undo_stack.undo()
    assert [c.name for c in contacts.list_contacts(client_id) if c.is_primary] == ["Ana Peña"]
    assert panel.model.row_at(0).name == "Ana Peña"
    tab.undo_stack.redo()
    assert [c.name for c in contacts.list_contacts(client_id) if c.is_primary] == ["Smith & Co"]
