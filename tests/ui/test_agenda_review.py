"""The end-of-day review driven as a user drives it: tick blocks, choose each task's fate."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from ae_desktop.domain.enums import BlockKind, TaskStatus
from ae_desktop.services import tasks, time_blocks
from ae_desktop.store.models import Task, TimeBlock
from ae_desktop.ui.agenda.review import Choice, ReviewDialog, choice_label, review_is_due


@pytest.fixture
def day(db, today, make_client):
    """Yesterday's and today's tasks, one undated task with a block today, blocks today."""
    acme = make_client("Acme")

    def add(title, due_in, client_id=None):
        due = today + timedelta(days=due_in) if due_in is not None else None
        return tasks.quick_add_task(
            tasks.TaskInput(title, due_on=due, client_id=client_id), today=today
        )

    ids = {
        "overdue": add("Chase the signed order form", -1, acme),
        "today": add("Send Acme the revised proposal", 0, acme),
        "third": add("Update the forecast", 0),
        "later": add("Prepare the QBR", 5, acme),
        "undated": add("Tidy the CRM tags", None),
        "unrelated": add("Book the trade fair", 9),
    }
    blocks = [
        time_blocks.add_block(time_blocks.BlockInput(today, start, end, title, kind, task_id))
        for start, end, title, kind, task_id in (
            (9 * 60, 10 * 60, "Inbox", BlockKind.ADMIN, None),
            (10 * 60, 11 * 60 + 30, "Focus: QBR", BlockKind.FOCUS, ids["later"]),
            (14 * 60, 15 * 60, "Client call", BlockKind.MEETING, None),
        )
    ]
    time_blocks.mark_done(blocks[0])
    return ids, blocks


@pytest.fixture
def open_dialog(qtbot, today):
    def open_() -> ReviewDialog:
        dialog = ReviewDialog(today, datetime.combine(today, time(18, 30)))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_


def stored(task_id):
    task = Task.get_by_id(task_id)
    return task.status, task.due_on


def test_lists_todays_blocks_and_the_tasks_the_day_answers_for(day, open_dialog, today):
    ids, blocks = day
    dialog = open_dialog()
    assert dialog.windowTitle().startswith("End of day — ")
    assert list(dialog.block_checks) == blocks
    assert [c.isChecked() for c in dialog.block_checks.values()] == [True, False, False]
    # Due yesterday or today, or planned today; not the task due in nine days.
    assert set(dialog.task_choices) == {ids["overdue"], ids["today"], ids["third"], ids["later"]}
    assert dialog.choices()[ids["overdue"]] is Choice.LEAVE  # keeps its date: stays overdue
    assert dialog.choices()[ids["today"]] is Choice.TOMORROW
    assert dialog.choices()[ids["later"]] is Choice.LEAVE  # planned today, due later
    combo = dialog.task_choices[ids["today"]]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Done",
        "Tomorrow",
        "Back to the matrix (no date)",
        "Leave",
    ]
    assert dialog.summary.text() == "1 block done of 3, 2 tasks rolled to tomorrow"
    assert dialog.scroll_area.widgetResizable()


def test_apply_stores_every_choice_and_asks_for_tomorrows_plan(day, open_dialog, qtbot, today):
    ids, blocks = day
    dialog = open_dialog()
    check = dialog.block_checks[blocks[1]]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    dialog.set_choice(ids["overdue"], Choice.DONE)
    dialog.set_choice(ids["today"], Choice.TOMORROW)
    dialog.set_choice(ids["third"], Choice.MATRIX)
    assert dialog.summary.text() == (
        "2 blocks done of 3, 1 task rolled to tomorrow, 1 task done, 1 back to the matrix"
    )
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ReviewDialog.DialogCode.Accepted
    assert dialog.applied and dialog.open_tomorrow
    assert sorted(dialog.changed_task_ids) == sorted([ids["overdue"], ids["today"], ids["third"]])
    tomorrow = today + timedelta(days=1)
    assert stored(ids["overdue"]) == (TaskStatus.DONE, today - timedelta(days=1))
    assert Task.get_by_id(ids["overdue"]).completed_at is not None
    assert stored(ids["today"]) == (TaskStatus.OPEN, tomorrow)
    assert stored(ids["third"]) == (TaskStatus.OPEN, None)
    assert stored(ids["later"]) == (TaskStatus.OPEN, today + timedelta(days=5))  # left
    assert [TimeBlock.get_by_id(b).done for b in blocks] == [True, True, False]
    # What was there before, for an undo.
    assert dialog.previous_due_dates == {ids["today"]: today, ids["third"]: today}
    assert dialog.previous_statuses == {ids["overdue"]: TaskStatus.OPEN}
    assert dialog.previous_block_done == {blocks[1]: False}


def test_unticking_a_done_block_is_stored_too(day, open_dialog, qtbot):
    _ids, blocks = day
    dialog = open_dialog()
    dialog.block_checks[blocks[0]].setChecked(False)
    dialog.set_all.activated.emit(dialog.set_all.findText(choice_label(Choice.LEAVE)))
    assert set(dialog.choices().values()) == {Choice.LEAVE}
    assert dialog.set_all.currentIndex() == 0
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.applied and dialog.changed_task_ids == []
    assert TimeBlock.get_by_id(blocks[0]).done is False


def test_close_without_applying_changes_nothing(day, open_dialog, qtbot):
    ids, blocks = day
    before = {tid: stored(tid) for tid in ids.values()}
    dialog = open_dialog()
    dialog.block_checks[blocks[2]].setChecked(True)
    dialog.set_choice(ids["today"], Choice.DONE)
    dialog.set_choice(ids["third"], Choice.MATRIX)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ReviewDialog.DialogCode.Rejected
    assert not dialog.applied and not dialog.open_tomorrow and dialog.changed_task_ids == []
    assert {tid: stored(tid) for tid in ids.values()} == before
    assert [TimeBlock.get_by_id(b).done for b in blocks] == [True, False, False]


def test_a_task_removed_meanwhile_is_reported_and_the_rest_saved(
    day, open_dialog, qtbot, when_modal, today
):
    ids, _blocks = day
    dialog = open_dialog()
    dialog.set_choice(ids["overdue"], Choice.DONE)
    Task.delete_by_id(ids["today"])  # rolled to tomorrow by default: that roll-over fails
    seen = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert seen and "could not be saved" in seen[0]
    assert dialog.applied and dialog.changed_task_ids == [ids["overdue"]]
    assert stored(ids["overdue"])[0] == TaskStatus.DONE
    assert stored(ids["third"]) == (TaskStatus.OPEN, today)  # its roll-over was all or none


def test_an_empty_day_says_so(db, open_dialog):
    dialog = open_dialog()
    assert dialog.block_checks == {} and dialog.task_choices == {}
    assert not dialog.set_all.isEnabled()
    assert dialog.summary.text() == "0 blocks done of 0, 0 tasks rolled to tomorrow"


def test_fifty_tasks_scroll_instead_of_growing_the_dialog(db, open_dialog, today):
    for n in range(60):
        tasks.quick_add_task(tasks.TaskInput(f"Task {n}", due_on=today), today=today)
    dialog = open_dialog()
    dialog.resize(700, 600)
    assert len(dialog.task_choices) == 60
    assert dialog.height() <= 600
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0


def test_title_user_text_stays_plain(db, open_dialog, today):
    tasks.quick_add_task(tasks.TaskInput("<b>Bold</b> & co", due_on=today), today=today)
    dialog = open_dialog()
    labels = [
        w for w in dialog.findChildren(type(dialog.summary)) if w.text() == "<b>Bold</b> & co"
    ]
    assert labels and labels[0].textFormat() == Qt.TextFormat.PlainText


def test_a_block_title_with_an_ampersand_is_not_a_shortcut(db, open_dialog, today):
    time_blocks.add_block(
        time_blocks.BlockInput(today, 9 * 60, 10 * 60, "R&D sync", BlockKind.MEETING)
    )
    dialog = open_dialog()
    [check] = dialog.block_checks.values()
    assert check.text().endswith("R&&D sync")  # shown as "R&D sync"
    assert check.shortcut().isEmpty()


@pytest.mark.parametrize(
    ("at", "due"),
    [(time(17, 59, 59), False), (time(18, 0), True), (time(18, 1), True), (time(9, 0), False)],
)
def test_review_is_due_once_the_workday_is_over(at, due):
    assert review_is_due(datetime.combine(date(2026, 11, 27), at), 18 * 60) is due
