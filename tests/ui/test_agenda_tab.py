"""The Agenda tab as a whole: loads when opened, the Today strip leads to the right places."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QSettings, QThreadPool

from ae_desktop.domain.enums import InteractionKind, Tier
from ae_desktop.services import clients, interactions
from ae_desktop.store.models import Client
from ae_desktop.ui.agenda.review import Choice
from ae_desktop.ui.main_window import MainWindow


def test_the_today_strip_opens_a_neglected_key_account_on_the_clients_tab(
    qtbot, db, tmp_path, today, make_client
):
    make_client("Alpha Fresh", tier=Tier.KEY, touched_days_ago=1)
    cold = clients.create_client(clients.ClientInput("Zeta Cold", tier=Tier.KEY))
    Client.update(created_at=datetime.now() - timedelta(days=90)).where(Client.id == cold).execute()
    interactions.log_interaction(
        interactions.InteractionInput(
            cold, InteractionKind.CALL, datetime(2026, 10, 1, 9), "Old call"
        ),
        now=datetime(2026, 11, 27, 9),
    )
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    window.tabs.setCurrentWidget(window.agenda_host)
    agenda = window.agenda_tab
    assert agenda.loaded
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: bool(agenda.today_strip.neglected.buttons))
    [button] = agenda.today_strip.neglected.buttons
    assert button.text().startswith("Zeta Cold — last contact")
    window.clients_tab.list_panel.filter_box.setText("alpha")  # a filter that hides Zeta
    button.click()
    assert window.tabs.currentWidget() is window.clients_tab
    assert window.clients_tab.current_client_id() == cold


def test_a_follow_up_task_leads_back_to_its_client(qtbot, db, tmp_path, today, make_client):
    from datetime import date

    acme = make_client("Acme")
    make_client("Beta")
    interactions.log_interaction(
        interactions.InteractionInput(
            acme,
            InteractionKind.CALL,
            datetime(2026, 11, 20, 9),
            "Call",
            follow_up_on=date(2026, 11, 30),
        ),
        now=datetime(2026, 11, 27, 9),
    )
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    window.clients_tab.list_panel.select(clients.find_same_name("Beta").id)
    window.tabs.setCurrentWidget(window.agenda_host)
    [task_id] = list(window.agenda_tab.matrix.rows)
    window.agenda_tab.matrix.task_activated.emit(task_id)
    assert window.tabs.currentWidget() is window.clients_tab
    assert window.clients_tab.current_client_id() == acme


def test_end_of_day_rolls_an_overdue_task_to_tomorrow_and_shows_tomorrow(
    qtbot, db, tmp_path, today, make_client, when_modal
):
    from datetime import date

    from ae_desktop.store.models import Task

    acme = make_client("Acme")
    interactions.log_interaction(
        interactions.InteractionInput(
            acme,
            InteractionKind.CALL,
            datetime(2026, 11, 20, 9),
            "Call",
            follow_up_on=date(2026, 11, 25),
        ),
        now=datetime(2026, 11, 27, 9),
    )
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    window.tabs.setCurrentWidget(window.agenda_host)
    agenda = window.agenda_tab

    def apply(dialog):
        [task_id] = dialog.task_choices
        dialog.set_choice(task_id, Choice.TOMORROW)  # overdue work keeps its date by default
        dialog.apply_button.click()

    when_modal(apply)
    agenda.review_button.click()
    assert Task.get().due_on == today + timedelta(days=1)
    assert agenda.day.day == today + timedelta(days=1)
    assert agenda.undo_stack.undoText() == "End of day"
    agenda.undo_stack.undo()  # the whole review is one step
    assert Task.get().due_on == date(2026, 11, 25)
    agenda.undo_stack.redo()
    assert Task.get().due_on == today + timedelta(days=1)
