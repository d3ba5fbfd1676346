"""The Deals tab driven as a user drives it: drag cards, close deals, edit quota, filter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from ae_desktop.domain.enums import DealKind, StageOutcome
from ae_desktop.domain.periods import month_of
from ae_desktop.services import deals, quotas
from ae_desktop.services.stages import list_stages
from ae_desktop.store.models import Deal
from ae_desktop.ui.deals.board_model import encode_deal
from ae_desktop.ui.deals.editor import DealEditor
from ae_desktop.ui.deals.tab import BOARD, EMPTY, TABLE, DealsTab


def stage_id(name):
    return next(s.id for s in list_stages() if s.name == name)


@pytest.fixture
def deals_tab(qtbot, db, today):
    widget = DealsTab(today=lambda: today)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


@pytest.fixture
def make_deal(make_client, today):
    def make(title, client="Acme", value=10_000, stage="Lead", **extra):
        client_id = make_client(client)
        data = deals.DealInput(
            client_id=client_id,
            title=title,
            value=Decimal(value),
            currency=extra.pop("currency", "EUR"),
            kind=extra.pop("kind", DealKind.NEW_BUSINESS),
            stage_id=stage_id(stage),
            probability=None,
            expected_close=extra.pop("expected_close", date(2026, 11, 30)),
            next_step=extra.pop("next_step", "Call back"),
            **extra,
        )
        return deals.create_deal(data, today=today)

    return make


def drop(view, deal_id):
    """Drop a card on a board view through Qt's own drop event, as a mouse drag ends."""
    mime: QMimeData = encode_deal(deal_id)
    event = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    return event


def column_titles(tab):
    return [column.title.text() for column in tab.board.columns.values()]


def test_empty_database_shows_an_inviting_empty_state(deals_tab):
    deals_tab.set_active(True)
    assert deals_tab.stack.currentIndex() == EMPTY
    assert deals_tab.empty.title.text() == "No deals yet"


def test_board_has_a_column_per_open_stage_with_figures(deals_tab, make_deal):
    make_deal("Fleet rollout", value=40_000, stage="Proposal")
    make_deal("Pilot", value=10_000, stage="Proposal")
    deals_tab.set_active(True)
    assert deals_tab.stack.currentIndex() == BOARD
    assert column_titles(deals_tab) == ["Lead", "Qualified", "Proposal", "Negotiation"]
    proposal = deals_tab.board.columns[stage_id("Proposal")]
    assert proposal.figures.text() == "2 deals · €50,000\nweighted €25,000"
    assert sorted(z.stage.name for z in deals_tab.board.zones.values()) == ["Lost", "Won"]


def test_dragging_a_card_moves_the_deal_and_undo_puts_it_back(deals_tab, make_deal):
    deal_id = make_deal("Fleet rollout", stage="Lead")
    deals_tab.set_active(True)
    lead = deals_tab.board.columns[stage_id("Lead")]
    proposal = deals_tab.board.columns[stage_id("Proposal")]
    event = drop(proposal.list, deal_id)
    assert event.isAccepted()
    assert Deal.get_by_id(deal_id).stage_id == stage_id("Proposal")
    assert (lead.model.rowCount(), proposal.model.rowCount()) == (0, 1)
    deals_tab.undo_stack.undo()
    assert Deal.get_by_id(deal_id).stage_id == stage_id("Lead")
    assert (lead.model.rowCount(), proposal.model.rowCount()) == (1, 0)


def test_dropping_on_lost_needs_a_reason(deals_tab, make_deal, when_modal):
    deal_id = make_deal("Fleet rollout", stage="Negotiation")
    deals_tab.set_active(True)
    lost = next(z for z in deals_tab.board.zones.values() if z.stage.outcome == StageOutcome.LOST)
    seen = []

    def answer(dialog):
        dialog.accept()  # no reason: refused, stays open
        seen.append(dialog.errors.message("lost_reason"))
        dialog.reason.setEditText("Lost to a competitor")
        dialog.accept()

    when_modal(answer)
    drop(lost, deal_id)
    assert seen == ["Say why the deal was lost."]
    stored = Deal.get_by_id(deal_id)
    assert (stored.stage_id, stored.lost_reason) == (stage_id("Lost"), "Lost to a competitor")
    assert deals_tab.board.card_count() == 0


def test_cancelling_the_lost_reason_keeps_the_deal_open(deals_tab, make_deal, when_modal):
    deal_id = make_deal("Fleet rollout", stage="Negotiation")
    deals_tab.set_active(True)
    lost = next(z for z in deals_tab.board.zones.values() if z.stage.outcome == StageOutcome.LOST)
    when_modal(lambda dialog: dialog.reject())
    drop(lost, deal_id)
    assert Deal.get_by_id(deal_id).stage_id == stage_id("Negotiation")
    assert deals_tab.board.card_count() == 1


def test_dropping_on_won_records_the_close_date_and_the_forecast_counts_it(
    deals_tab, make_deal, when_modal, today, qtbot
):
    deal_id = make_deal("Fleet rollout", value=30_000, stage="Negotiation")
    deals_tab.set_active(True)
    won = next(z for z in deals_tab.board.zones.values() if z.stage.outcome == StageOutcome.WON)
    when_modal(lambda dialog: dialog.accept())
    drop(won, deal_id)
    stored = Deal.get_by_id(deal_id)
    assert (stored.stage_id, stored.closed_on) == (stage_id("Won"), today)
    qtbot.waitUntil(lambda: deals_tab.forecast.month.values["won"].text() == "€30,000")


def test_quota_is_edited_in_place(deals_tab, make_deal, qtbot, today):
    make_deal("Fleet rollout", stage="Lead")
    deals_tab.set_active(True)
    field = deals_tab.forecast.month.quota
    field.clear()
    qtbot.keyClicks(field, "120000")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert quotas.quota_minor(month_of(today)) == 12_000_000
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert deals_tab.forecast.month.message.text().startswith("Enter an amount")
    assert quotas.quota_minor(month_of(today)) == 12_000_000


def test_table_filters_as_you_type(deals_tab, make_deal, qtbot):
    make_deal("Fleet rollout", client="Harbourline Freight")
    make_deal("Pilot", client="Peña Logística")
    deals_tab.set_active(True)
    deals_tab.table_button.click()
    assert deals_tab.stack.currentIndex() == TABLE
    qtbot.keyClicks(deals_tab.table.filter_box, "pena")
    model = deals_tab.table.model
    assert [model.row_at(r).title for r in range(model.rowCount())] == ["Pilot"]


def test_editor_refuses_bad_input_at_the_field(qtbot, db, today, make_client):
    make_client("Acme")
    editor = DealEditor(today)
    qtbot.addWidget(editor)
    editor.title.setText("Fleet rollout")
    editor.value.setText("-5")
    editor.client.setEditText("")
    editor.accept()
    assert editor.errors.message("client")
    assert editor.errors.message("value")
    assert Deal.select().count() == 0
    editor.value.setText("lots")
    editor.accept()
    assert editor.errors.message("value").startswith("Enter an amount")


def test_editor_saves_a_new_deal_that_appears_on_the_board(
    deals_tab, make_deal, when_modal, make_client
):
    make_deal("Existing", stage="Lead")
    deals_tab.set_active(True)

    def fill(editor):
        editor.client.setEditText("Acme")
        editor.title.setText("Second site")
        editor.value.setText("12.500")
        editor.accept()

    when_modal(fill)
    deals_tab.new_deal()
    stored = Deal.get(Deal.title == "Second site")
    assert stored.value_minor == 1_250_000
    assert deals_tab.board.card_count() == 2


def test_ctrl_z_undoes_in_the_tab_that_is_shown(qtbot, db, tmp_path, today, make_deal):
    from PySide6.QtCore import QSettings

    from ae_desktop.services import clients
    from ae_desktop.ui.main_window import MainWindow

    deal_id = make_deal("Fleet rollout", client="Acme", stage="Lead")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    acme = window.clients_tab.current_client_id()
    window.clients_tab.set_archived(acme, True)
    window.tabs.setCurrentWidget(window.deals_host)
    proposal = window.deals_tab.board.columns[stage_id("Proposal")]
    drop(proposal.list, deal_id)
    focus = window.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Deal.get_by_id(deal_id).stage_id == stage_id("Lead")
    assert clients.get_client(acme).archived is True  # the other tab's history is untouched
    assert [a.text() for a in window.edit_menu.actions()][0].startswith("&Undo")
    window.tabs.setCurrentWidget(window.clients_tab)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert clients.get_client(acme).archived is False


def test_a_clients_deals_open_in_the_editor_from_the_clients_tab(
    qtbot, db, tmp_path, today, make_deal, when_modal
):
    from PySide6.QtCore import QSettings

    from ae_desktop.ui.main_window import MainWindow

    deal_id = make_deal("Fleet rollout", client="Acme", value=10_000, stage="Lead")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    panel = window.clients_tab.detail.deals
    assert panel.model.rowCount() == 1

    def raise_value(editor):
        assert editor.title.text() == "Fleet rollout"
        editor.value.setText("25000")
        editor.accept()

    when_modal(raise_value)
    panel.table.doubleClicked.emit(panel.model.index(0, 0))
    assert Deal.get_by_id(deal_id).value_minor == 2_500_000
    assert panel.model.index(0, 2).data() == "€25,000"
    model = window.clients_tab.list_panel.model
    assert model.row_at(0).open_pipeline_minor == 2_500_000

    def new_one(editor):
        assert editor.client.currentText() == "Acme"
        editor.title.setText("Second site")
        editor.value.setText("5000")
        editor.accept()

    when_modal(new_one)
    panel.new_button.click()
    assert panel.model.rowCount() == 2


def test_stage_edits_are_saved_when_moving_on_and_invalid_ones_stay(qtbot, db, monkeypatch):
    from ae_desktop.ui.deals.stages_dialog import StagesDialog

    dialog = StagesDialog()
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.name.setText("Discovery")
    dialog.list.setCurrentRow(1)  # moving on saves the rename
    assert [s.name for s in list_stages()][:2] == ["Discovery", "Qualified"]
    dialog.name.setText("Won")  # taken: refused, the dialog stays on the stage
    dialog.list.setCurrentRow(2)
    assert dialog.list.currentRow() == 1
    assert dialog.errors.message("name")
    assert [s.name for s in list_stages()][1] == "Qualified"


def test_a_refused_close_never_reaches_the_undo_stack(deals_tab, make_deal, monkeypatch):
    from ae_desktop.ui.deals import tab as tab_module

    deal_id = make_deal("Fleet rollout", stage="Negotiation")
    deals_tab.set_active(True)
    shown = []
    monkeypatch.setattr(tab_module, "warn", lambda parent, title, text: shown.append(text))

    def refuse(*args, **kwargs):
        raise tab_module.ValidationError(
            {"closed_on": "A deal cannot close before it was created."}
        )

    monkeypatch.setattr(tab_module, "move_deal", refuse)
    proposal = deals_tab.board.columns[stage_id("Proposal")]
    drop(proposal.list, deal_id)
    assert shown == ["A deal cannot close before it was created."]
    assert deals_tab.undo_stack.count() == 0
    assert Deal.get_by_id(deal_id).stage_id == stage_id("Negotiation")


def test_deals_in_another_currency_are_not_added_to_euro_totals(deals_tab, make_deal):
    make_deal("Euro deal", value=10_000, stage="Lead")
    make_deal("Dollar deal", value=100_000, stage="Lead", currency="USD")
    deals_tab.set_active(True)
    lead = deals_tab.board.columns[stage_id("Lead")]
    assert lead.figures.text() == ("2 deals · €10,000\nweighted €1,000 · 1 in other currencies")


def test_a_client_renamed_on_the_clients_tab_is_renamed_on_its_cards(
    qtbot, db, tmp_path, today, make_deal
):
    from PySide6.QtCore import QSettings

    from ae_desktop.ui.main_window import MainWindow

    make_deal("Fleet rollout", client="Acme", stage="Lead")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    window.tabs.setCurrentWidget(window.deals_host)
    window.tabs.setCurrentWidget(window.clients_tab)
    form = window.clients_tab.detail.form
    form.name.setText("Acme Iberia")
    form.edited.emit()
    window.clients_tab.detail.save_button.click()
    lead = window.deals_tab.board.columns[stage_id("Lead")]
    assert lead.model.rows()[0].client_name == "Acme Iberia"


def test_sorting_the_table_keeps_the_selected_deal(deals_tab, make_deal):
    make_deal("Small", value=1_000)
    big = make_deal("Big", value=90_000)
    deals_tab.set_active(True)
    deals_tab.table_button.click()
    panel = deals_tab.table
    panel.select(big)
    panel.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by value: Big goes last
    assert panel.current_id() == big
    assert panel.model.row_at(panel.model.rowCount() - 1).id == big
