"""The command palette (Ctrl+K): find anything by typing, open it, or run a command by name."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.contacts import ContactInput, add_contact
from ae_desktop.store.models import Deal, Interaction, Stage, Task
from ae_desktop.ui.main_window import MainWindow
from ae_desktop.ui.palette.dialog import PaletteDialog


def make_window(qtbot: QtBot, tmp_path: Path, today: date) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def open_palette(qtbot: QtBot, window: MainWindow) -> PaletteDialog:
    """Ctrl+K, as the user presses it; the index is read in a worker: wait for it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a dialog closed a moment ago gives it back
    focus = window.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.palette_commands.palette
    assert isinstance(palette, PaletteDialog) and palette.isVisible()
    qtbot.waitUntil(lambda: palette.index is not None and not palette.building, timeout=10_000)
    return palette


def shown(palette: PaletteDialog) -> list[tuple[str, str]]:
    """What the list shows: (kind, title) per row."""
    return [(entry.kind, entry.title) for entry in palette.model.entries]


def type_in(qtbot: QtBot, palette: PaletteDialog, text: str) -> None:
    palette.query.clear()
    if text.isascii():
        qtbot.keyClicks(palette.query, text)
    else:  # QTest has no keys for "ñ": as an input method would enter it
        palette.query.insert(text)


@pytest.fixture
def data(db: object) -> dict[str, int]:
    pena = create_client(ClientInput("Peña Ávila Consultores", industry="Consulting"))
    harbour = create_client(ClientInput("Harbour Foods", industry="Food"))
    contact = add_contact(harbour, ContactInput("Tom Baker", email="tom.baker@harbour.example"))
    stage = Stage.select().where(Stage.outcome == "open").order_by(Stage.position).get()
    deal = Deal.create(
        client=harbour, title="Cold chain telematics", value_minor=10_000_00, stage=stage,
        created_on=date(2026, 11, 1),
    )  # fmt: skip
    task = Task.create(title="Send the telematics proposal", client=harbour)
    Interaction.create(
        client=pena, kind="call", occurred_at=datetime(2026, 11, 20, 10), summary="Budget call"
    )
    return {"pena": pena, "harbour": harbour, "contact": contact, "deal": deal.id, "task": task.id}


def test_a_client_is_found_by_unaccented_and_by_accented_text(qtbot, tmp_path, today, data):
    window = make_window(qtbot, tmp_path, today)
    palette = open_palette(qtbot, window)
    for text in ("pena", "ÁVILA", "peña avi"):
        type_in(qtbot, palette, text)
        assert shown(palette)[0] == ("client", "Peña Ávila Consultores"), text
    # The interaction with the client is found by the client's name too.
    type_in(qtbot, palette, "pena budget")
    assert shown(palette) == [("interaction", "Budget call")]


def test_a_contact_by_e_mail_and_a_deal_by_a_word_of_its_title(qtbot, tmp_path, today, data):
    window = make_window(qtbot, tmp_path, today)
    palette = open_palette(qtbot, window)
    type_in(qtbot, palette, "tom.baker@harb")
    assert shown(palette) == [("contact", "Tom Baker")]
    assert "Harbour Foods" in palette.model.entries[0].detail
    type_in(qtbot, palette, "telematics")
    assert shown(palette) == [
        ("deal", "Cold chain telematics"),
        ("task", "Send the telematics proposal"),
    ]
    assert "€10,000" in palette.model.entries[0].detail


def test_word_starts_rank_first_and_every_word_must_match(qtbot, tmp_path, today, data):
    create_client(ClientInput("Biglogistics Partners"))  # "logistics" inside a word
    create_client(ClientInput("Zeta Logistics"))  # a word starts with it, last by name
    window = make_window(qtbot, tmp_path, today)
    palette = open_palette(qtbot, window)
    type_in(qtbot, palette, "logistics")
    assert shown(palette) == [("client", "Zeta Logistics"), ("client", "Biglogistics Partners")]
    type_in(qtbot, palette, "logistics zeta")
    assert shown(palette) == [("client", "Zeta Logistics")]
    type_in(qtbot, palette, "logistics harbour")
    assert shown(palette) == []
    assert "Nothing matches" in palette.status.text()


def test_enter_opens_the_client_in_the_clients_tab(qtbot, tmp_path, today, data):
    window = make_window(qtbot, tmp_path, today)
    window.tabs.setCurrentIndex(1)  # from another tab
    assert window.clients_tab.current_client_id() != data["pena"]
    palette = open_palette(qtbot, window)
    type_in(qtbot, palette, "pena")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert not palette.isVisible()
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.clients_tab)
    assert window.clients_tab.current_client_id() == data["pena"]
    assert window.clients_tab.detail.title.text() == "Peña Ávila Consultores"


def test_down_moves_to_the_next_row_and_opens_a_contact_on_its_client(qtbot, tmp_path, today, data):
    window = make_window(qtbot, tmp_path, today)
    palette = open_palette(qtbot, window)
    type_in(qtbot, palette, "harbour")
    assert shown(palette)[:2] == [("client", "Harbour Foods"), ("contact", "Tom Baker")]
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    assert palette.results.currentIndex().row() == 1
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    detail = window.clients_tab.detail
    qtbot.waitUntil(lambda: detail.sections.currentWidget() is detail.contacts)
    assert window.clients_tab.current_client_id() == data["harbour"]
    rows = detail.contacts.table.selectionModel().selectedRows()
    assert [detail.contacts.model.row_at(r.row()).name for r in rows] == ["Tom Baker"]


def test_esc_closes_the_palette(qtbot, tmp_path, today, data):
    window = make_window(qtbot, tmp_path, today)
    palette = open_palette(qtbot, window)
    qtbot.keyClick(palette.query, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_typing_before_the_index_is_read_says_indexing(qtbot, tmp_path, today, data):
    window = make_window(qtbot, tmp_path, today)
    window.palette_commands.palette_action.trigger()
    palette = window.palette_commands.palette
    assert isinstance(palette, PaletteDialog)
    palette.query.setText("plan")  # no event processed yet: the worker's answer waits
    assert palette.status.text() == "Indexing…"
    assert shown(palette) == [("command", "Plan my day")]  # the commands answer already
    qtbot.waitUntil(lambda: palette.index is not None)
    assert palette.status.text() != "Indexing…"


def test_plan_my_day_by_name(qtbot, tmp_path, today, data):
    window = make_window(qtbot, tmp_path, today)
    palette = open_palette(qtbot, window)
    type_in(qtbot, palette, "plan my day")
    assert shown(palette)[0] == ("command", "Plan my day")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.agenda_host)
    day = window.agenda_tab.day
    qtbot.waitUntil(lambda: day.plan is not None)
    assert day.day == today
    assert day.plan_summary.text()  # what Plan my day proposes, or why nothing fits


def test_new_client_by_name_opens_the_new_client_dialog(qtbot, tmp_path, today, data, monkeypatch):
    from ae_desktop.ui.clients.client_form import NewClientDialog

    opened: list[str] = []
    monkeypatch.setattr(NewClientDialog, "exec", lambda self: opened.append(self.windowTitle()))
    window = make_window(qtbot, tmp_path, today)
    window.tabs.setCurrentIndex(2)  # New client belongs to the Clients tab: it is shown first
    palette = open_palette(qtbot, window)
    type_in(qtbot, palette, "new cli")
    entry = palette.model.entries[0]
    assert (entry.kind, entry.title) == ("command", "New client")
    assert entry.keys == QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert window.tabs.currentWidget() is window.clients_tab


def test_recent_items_show_when_empty_and_survive_a_restart(
    qtbot, tmp_path, today, data, when_modal
):
    window = make_window(qtbot, tmp_path, today)
    palette = open_palette(qtbot, window)
    assert not any(kind != "command" for kind, _title in shown(palette))  # nothing opened yet
    type_in(qtbot, palette, "telematics")
    editors: list[str] = []
    when_modal(lambda dialog: (editors.append(dialog.windowTitle()), dialog.reject()))
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)  # the deal, in its editor
    qtbot.waitUntil(lambda: bool(editors))
    assert window.tabs.currentWidget() is window.deals_host
    palette = open_palette(qtbot, window)
    assert shown(palette)[0] == ("deal", "Cold chain telematics")
    assert palette.status.text() == "Recently opened, then the commands."
    type_in(qtbot, palette, "pena")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.clients_tab.current_client_id() == data["pena"])
    window.close()
    QThreadPool.globalInstance().waitForDone(5000)
    again = make_window(qtbot, tmp_path, today)
    palette = open_palette(qtbot, again)
    assert shown(palette)[:2] == [
        ("client", "Peña Ávila Consultores"),
        ("deal", "Cold chain telematics"),
    ]
