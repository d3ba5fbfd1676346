"""The filter box of a tab fed by the start-up read finds what was written after start-up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ae_desktop.services import clients, contacts
from ae_desktop.services.startup import StartupRead
from ae_desktop.store.db import close_database, open_database
from ae_desktop.ui.clients.model import NAME
from ae_desktop.ui.clients.tab import ClientsTab


def shown_names(tab: ClientsTab) -> list[str]:
    model = tab.list_panel.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


@pytest.fixture
def started_tab(qtbot, tmp_path: Path, today) -> Iterator[ClientsTab]:
    """A tab loaded as the app loads it: rows and search texts from a StartupRead thread."""
    path, backups = tmp_path / "ae-desktop.sqlite3", tmp_path / "backups"
    open_database(path, backups)
    acme = clients.create_client(clients.ClientInput("Acme Logistics"))
    contacts.add_contact(acme, contacts.ContactInput("Ana Peña", email="ana@acme.example"))
    close_database()
    startup = StartupRead(path, backups, today)
    startup.start()
    startup.database_ready()
    tab = ClientsTab(today=lambda: today)
    qtbot.addWidget(tab)
    tab.reload(startup)
    startup.window_shown()
    startup.join(30)  # the search texts are read now, before the writes below
    assert not startup.is_alive()
    tab.show()
    yield tab
    close_database()


def test_a_client_created_after_start_up_is_found_by_the_filter(started_tab, qtbot, when_modal):
    tab = started_tab

    def create(dialog):
        dialog.form.name.setText("Zeta Works")
        dialog.accept()

    when_modal(create)
    tab.new_client()
    assert "Zeta Works" in shown_names(tab)
    qtbot.keyClicks(tab.list_panel.filter_box, "zeta")
    assert shown_names(tab) == ["Zeta Works"]
    tab.list_panel.filter_box.clear()
    qtbot.keyClicks(tab.list_panel.filter_box, "pena")
    assert shown_names(tab) == ["Acme Logistics"]


def test_a_contact_added_after_start_up_is_found_by_the_filter(started_tab, qtbot, when_modal):
    tab = started_tab
    beta = clients.create_client(clients.ClientInput("Beta Foods"))
    tab._refresh_client(beta)
    tab.list_panel.select(beta)

    def add(dialog):
        dialog.name.setText("Luis Ortega")
        dialog.email.setText("luis@beta.example")
        dialog.accept()

    when_modal(add)
    tab.detail.contacts.add_button.click()
    assert [c.name for c in contacts.list_contacts(beta)] == ["Luis Ortega"]
    qtbot.keyClicks(tab.list_panel.filter_box, "ortega")
    assert shown_names(tab) == ["Beta Foods"]
    tab.list_panel.filter_box.clear()
    qtbot.keyClicks(tab.list_panel.filter_box, "beta.example")
    assert shown_names(tab) == ["Beta Foods"]


def test_many_clients_written_since_the_snapshot_read_every_text_again(
    started_tab, qtbot, monkeypatch
):
    from ae_desktop.ui.clients import list_panel

    tab = started_tab
    monkeypatch.setattr(list_panel, "_MAX_REREAD", 1)
    for name in ("Gamma Tools", "Delta Print"):
        tab._refresh_client(clients.create_client(clients.ClientInput(name)))
    snapshot = tab.list_panel._texts_source()
    assert not any("gamma" in text for text in snapshot.values())
    qtbot.keyClicks(tab.list_panel.filter_box, "gamma")
    assert shown_names(tab) == ["Gamma Tools"]
