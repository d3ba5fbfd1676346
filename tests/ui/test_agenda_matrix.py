"""The Eisenhower matrix driven as a user drives it: drag cards, done, delegate, quick add."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack

from ae_desktop.domain.enums import DealKind, Flag, Tier
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services import deals, tasks
from ae_desktop.services.stages import list_stages
from ae_desktop.services.task_rows import load_tasks
from ae_desktop.store.models import Task
from ae_desktop.ui.agenda.matrix import MatrixView
from ae_desktop.ui.agenda.matrix_model import PAGE, TASK_ROLE
from ae_desktop.ui.agenda.task_mime import encode_task


@pytest.fixture
def matrix(qtbot, db, today):
    stack = QUndoStack()
    widget = MatrixView(stack, today=lambda: today)
    widget._test_stack = stack  # kept alive as long as the widget
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.fixture
def add_task(today):
    def add(title, due_in=None, client_id=None, **extra):
        due = today + timedelta(days=due_in) if due_in is not None else None
        return tasks.quick_add_task(
            tasks.TaskInput(title, due_on=due, client_id=client_id, **extra), today=today
        )

    return add


def load(matrix, today):
    matrix.set_tasks(load_tasks(today=today))


def titles(matrix, quadrant):
    model = matrix.panels[quadrant].model
    return [model.index(i, 0).data(TASK_ROLE).title for i in range(model.rowCount())]


def card_text(matrix, quadrant, row=0):
    model = matrix.panels[quadrant].model
    return model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def select(matrix, quadrant, title):
    panel = matrix.panels[quadrant]
    row = titles(matrix, quadrant).index(title)
    panel.list.setCurrentIndex(panel.model.index(row, 0))


def drop(view, task_id):
    """Drop a card on a quadrant through Qt's own drop event, as a mouse drag ends."""
    mime = encode_task(task_id)  # kept alive here: the event does not own it
    event = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    return event


def test_quadrants_hold_the_right_tasks_and_say_why(matrix, make_client, add_task, today):
    acme = make_client("Acme", tier=Tier.KEY, touched_days_ago=1)
    plain = make_client("Bolt", touched_days_ago=1)
    add_task("Call Acme about the renewal", due_in=1, client_id=acme)
    add_task("Plan the Acme QBR", due_in=20, client_id=acme)
    add_task("Send Bolt the invoice copy", due_in=0, client_id=plain)
    add_task("Tidy the CRM tags")
    load(matrix, today)
    assert [p.title.text() for p in matrix.panels.values()] == [
        "Do now",
        "Schedule",
        "Delegate",
        "Drop",
    ]
    assert titles(matrix, Quadrant.DO_NOW) == ["Call Acme about the renewal"]
    assert titles(matrix, Quadrant.SCHEDULE) == ["Plan the Acme QBR"]
    assert titles(matrix, Quadrant.DELEGATE) == ["Send Bolt the invoice copy"]
    assert titles(matrix, Quadrant.DROP) == ["Tidy the CRM tags"]
    assert "due tomorrow · key account: Acme" in card_text(matrix, Quadrant.DO_NOW)
    assert "due today" in card_text(matrix, Quadrant.DELEGATE)
    assert "no due date" in card_text(matrix, Quadrant.DROP)
    assert [p.count.text() for p in matrix.panels.values()] == ["1", "1", "1", "1"]
    assert matrix.panels[Quadrant.DO_NOW].show_all.isHidden()


def test_most_pressing_first(matrix, add_task, today):
    add_task("Later", due_in=-1, urgency=Flag.YES, importance=Flag.YES)
    add_task("Overdue", due_in=-5, urgency=Flag.YES, importance=Flag.YES)
    add_task("Undated", urgency=Flag.YES, importance=Flag.YES)
    load(matrix, today)
    assert titles(matrix, Quadrant.DO_NOW) == ["Overdue", "Later", "Undated"]


def test_dragging_a_card_sets_the_flags_and_undo_puts_it_back(matrix, make_client, add_task, today):
    acme = make_client("Acme", tier=Tier.KEY, touched_days_ago=1)
    task_id = add_task("Plan the Acme QBR", due_in=20, client_id=acme)
    load(matrix, today)
    messages = []
    matrix.status_message.connect(messages.append)
    assert drop(matrix.panels[Quadrant.SCHEDULE].list, task_id).isAccepted() is False
    event = drop(matrix.panels[Quadrant.DO_NOW].list, task_id)
    assert event.isAccepted()
    stored = Task.get_by_id(task_id)
    assert (stored.urgency, stored.importance) == ("yes", "yes")
    assert titles(matrix, Quadrant.SCHEDULE) == []
    assert titles(matrix, Quadrant.DO_NOW) == ["Plan the Acme QBR"]
    assert "you marked it urgent · you marked it important" in card_text(matrix, Quadrant.DO_NOW)
    assert messages == ["Moved “Plan the Acme QBR” to Do now. Press Ctrl+Z to undo."]
    assert matrix.undo_stack.undoText() == "Move Plan the Acme QBR to Do now"
    matrix.undo_stack.undo()
    stored = Task.get_by_id(task_id)
    assert (stored.urgency, stored.importance) == ("auto", "auto")
    assert titles(matrix, Quadrant.SCHEDULE) == ["Plan the Acme QBR"]
    assert titles(matrix, Quadrant.DO_NOW) == []
    matrix.undo_stack.redo()
    assert titles(matrix, Quadrant.DO_NOW) == ["Plan the Acme QBR"]


def test_mark_done_and_undo(matrix, add_task, today, qtbot):
    task_id = add_task("Send the deck", due_in=0)
    load(matrix, today)
    assert not matrix.done_button.isEnabled()
    select(matrix, Quadrant.DELEGATE, "Send the deck")
    assert matrix.done_button.isEnabled()
    qtbot.mouseClick(matrix.done_button, Qt.MouseButton.LeftButton)
    assert Task.get_by_id(task_id).status == "done"
    assert matrix.card_count() == 0
    assert matrix.panels[Quadrant.DELEGATE].count.text() == "0"
    matrix.undo_stack.undo()
    assert Task.get_by_id(task_id).status == "open"
    assert titles(matrix, Quadrant.DELEGATE) == ["Send the deck"]


def test_delegate_asks_who_and_the_task_waits_for_them(matrix, add_task, today, qtbot, when_modal):
    task_id = add_task("Book the venue", due_in=1)
    load(matrix, today)
    select(matrix, Quadrant.DELEGATE, "Book the venue")
    seen = []

    def answer(dialog):
        dialog.accept()  # nobody named: refused, stays open
        seen.append(dialog.errors.message("delegated_to"))
        dialog.who.setText("  Maria   Lopez ")
        dialog.accept()

    when_modal(answer)
    qtbot.mouseClick(matrix.delegate_button, Qt.MouseButton.LeftButton)
    assert seen == ["Say who will do it."]
    assert Task.get_by_id(task_id).delegated_to == "Maria Lopez"
    row = matrix.rows[task_id]
    assert row.waiting_for
    assert "waiting for Maria Lopez" in card_text(matrix, Quadrant.DELEGATE)
    matrix.undo_stack.undo()
    assert Task.get_by_id(task_id).delegated_to == ""
    assert "waiting for" not in card_text(matrix, Quadrant.DELEGATE)


def test_cancelling_delegate_changes_nothing(matrix, add_task, today, qtbot, when_modal):
    task_id = add_task("Book the venue", due_in=1)
    load(matrix, today)
    select(matrix, Quadrant.DELEGATE, "Book the venue")
    when_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(matrix.delegate_button, Qt.MouseButton.LeftButton)
    assert Task.get_by_id(task_id).delegated_to == ""
    assert matrix.undo_stack.count() == 0


def test_back_to_automatic(matrix, add_task, today, qtbot):
    task_id = add_task("Renew the domain", urgency=Flag.YES, importance=Flag.NO)
    load(matrix, today)
    select(matrix, Quadrant.DELEGATE, "Renew the domain")
    assert matrix.auto_button.isEnabled()
    qtbot.mouseClick(matrix.auto_button, Qt.MouseButton.LeftButton)
    stored = Task.get_by_id(task_id)
    assert (stored.urgency, stored.importance) == ("auto", "auto")
    assert titles(matrix, Quadrant.DROP) == ["Renew the domain"]
    assert not matrix.auto_button.isEnabled()  # the card is selected where it went, automatic
    matrix.undo_stack.undo()
    assert titles(matrix, Quadrant.DELEGATE) == ["Renew the domain"]
    assert Task.get_by_id(task_id).urgency == "yes"


def test_quick_add_validates_at_the_field_and_shows_the_new_task(
    matrix, make_client, today, qtbot, when_modal
):
    acme = make_client("Acme", tier=Tier.KEY, touched_days_ago=1)
    lead = next(s.id for s in list_stages() if s.name == "Lead")
    deal_id = deals.create_deal(
        deals.DealInput(
            client_id=acme,
            title="Fleet rollout",
            value=Decimal(10_000),
            currency="EUR",
            kind=DealKind.NEW_BUSINESS,
            stage_id=lead,
            probability=None,
            expected_close=None,
            next_step="Call back",
        ),
        today=today,
    )
    load(matrix, today)
    seen = []

    def answer(dialog):
        assert dialog.estimate.value() == 30
        dialog.accept()
        seen.append(dialog.errors.message("title"))
        dialog.title.setText("Call Acme's CFO")
        dialog.estimate.setValue(0)
        dialog.accept()
        seen.append(dialog.errors.message("estimate_minutes"))
        dialog.estimate.setValue(45)
        dialog.client.setEditText("Nobody Ltd")
        dialog.accept()
        seen.append(dialog.errors.message("client"))
        dialog.client.setCurrentIndex(dialog.client.findText("Acme"))
        seen.append([dialog.deal.itemText(i) for i in range(dialog.deal.count())])
        dialog.deal.setCurrentIndex(dialog.deal.findData(deal_id))
        dialog.accept()

    when_modal(answer)
    qtbot.mouseClick(matrix.add_button, Qt.MouseButton.LeftButton)
    assert seen == [
        "A task needs a title.",
        "The estimate is a number of minutes above zero.",
        "No client is called “Nobody Ltd”: pick one from the list.",
        ["No deal", "Fleet rollout"],
    ]
    task = Task.get(Task.title == "Call Acme's CFO")
    assert (task.estimate_minutes, task.client_id, task.deal_id) == (45, acme, deal_id)
    assert task.due_on == today
    assert titles(matrix, Quadrant.DO_NOW) == ["Call Acme's CFO"]
    assert matrix.selected_task().id == task.id


def test_quick_add_without_a_date_and_cancel(matrix, today, when_modal):
    load(matrix, today)

    def answer(dialog):
        dialog.title.setText("Read the market report")
        dialog.no_date.setChecked(True)
        dialog.accept()

    when_modal(answer)
    saved = matrix.quick_add()
    assert Task.get_by_id(saved).due_on is None
    assert titles(matrix, Quadrant.DROP) == ["Read the market report"]
    when_modal(lambda dialog: dialog.reject())
    assert matrix.quick_add() is None
    assert Task.select().count() == 1


def test_a_crowded_quadrant_shows_the_first_page_then_all(matrix, add_task, today, qtbot):
    ids = [add_task(f"Task {n:02}", due_in=10 + n) for n in range(PAGE + 5)]
    load(matrix, today)
    panel = matrix.panels[Quadrant.DROP]
    assert panel.model.rowCount() == PAGE
    assert panel.count.text() == str(PAGE + 5)
    assert panel.show_all.isVisible()
    assert panel.show_all.text() == f"Show all ({PAGE + 5})"
    # Done with a shown task: the next one moves up into the page.
    select(matrix, Quadrant.DROP, "Task 00")
    qtbot.mouseClick(matrix.done_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == PAGE
    assert titles(matrix, Quadrant.DROP)[-1] == f"Task {PAGE:02}"
    qtbot.mouseClick(panel.show_all, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == PAGE + 4
    assert panel.show_all.text() == f"Show the first {PAGE}"
    qtbot.mouseClick(panel.show_all, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == PAGE
    # Selecting a task past the page (the Today strip does) shows all of the quadrant.
    assert matrix.select_task(ids[-1])
    assert panel.model.rowCount() == PAGE + 4
    assert matrix.selected_task().id == ids[-1]
