"""The day planner driven as a user drives it: draw, move and resize blocks, drop tasks, plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack

from ae_desktop.domain.enums import BlockKind, Flag
from ae_desktop.domain.planner import hhmm, parse_hhmm
from ae_desktop.services import tasks, time_blocks
from ae_desktop.services.task_rows import load_tasks
from ae_desktop.ui.agenda.block_dialog import BlockDialog
from ae_desktop.ui.agenda.day_panel import DayPanel
from ae_desktop.ui.agenda.task_mime import decode_task, encode_task

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(qtbot, db, today):
    widget = DayPanel(QUndoStack(), lambda: today)
    qtbot.addWidget(widget)
    widget.resize(640, 900)
    widget.show()
    widget.show_day(today)
    return widget


@pytest.fixture
def add(today):
    def add(start, end, title="Block", kind=BlockKind.CLIENT_WORK, day=None, **extra):
        data = time_blocks.BlockInput(
            day or today, parse_hhmm(start), parse_hhmm(end), title, kind, **extra
        )
        return time_blocks.add_block(data)

    return add


def stored(block_id):
    row = time_blocks.get_block(block_id)
    return hhmm(row.start), hhmm(row.end)


def drag(qtbot, timeline, start: QPoint, end: QPoint):
    """Press, move in two steps and release, as a mouse drag does."""
    qtbot.mousePress(timeline, LEFT, pos=start)
    middle = QPoint(start.x(), (start.y() + end.y()) // 2)
    qtbot.mouseMove(timeline, pos=middle)
    qtbot.mouseMove(timeline, pos=end)
    qtbot.mouseRelease(timeline, LEFT, pos=end)


def drop_task(timeline, task_id, minute):
    """Drop a task card through Qt's own drop event, as a drag from the matrix ends."""
    mime = encode_task(task_id)  # kept alive here: the event does not own it
    event = QDropEvent(
        QPointF(timeline.point_of(minute)),
        Qt.DropAction.MoveAction,
        mime,
        LEFT,
        Qt.KeyboardModifier.NoModifier,
    )
    timeline.dropEvent(event)
    return event


def test_the_days_blocks_are_shown_where_they_belong(panel, add, today):
    call = add("09:00", "10:00", "Call Acme", BlockKind.CALLS)
    meeting = add("11:00", "12:00", "QBR with Globex", BlockKind.MEETING, fixed=True)
    add("09:00", "10:00", "Another day", day=today.replace(day=28))
    panel.show_day(today)
    timeline = panel.timeline
    assert set(timeline.rows) == {call, meeting}
    assert timeline.block_at(QPointF(timeline.point_of(9 * 60 + 30))) == call
    assert timeline.block_at(QPointF(timeline.point_of(11 * 60 + 30))) == meeting
    assert timeline.block_at(QPointF(timeline.point_of(10 * 60 + 30))) is None
    assert panel.date_label.text() == "Friday, November 27, 2026"  # the locale's long date (en_US)
    assert panel.week.minutes[today] == {BlockKind.CALLS: 60, BlockKind.MEETING: 60}
    assert panel.hint.isHidden()


def test_an_empty_day_invites_to_add_blocks(panel):
    assert not panel.timeline.rows
    assert not panel.hint.isHidden()


def test_dragging_on_empty_time_creates_a_block_snapped_to_15_minutes(
    qtbot, panel, today, when_modal
):
    timeline = panel.timeline
    seen = []

    def fill(dialog):
        assert isinstance(dialog, BlockDialog)
        seen.append((dialog.start.text(), dialog.end.text()))
        dialog.title.setText("Prepare the QBR deck")
        dialog.kind.setCurrentIndex(dialog.kind.findData(BlockKind.FOCUS))
        dialog.accept()

    when_modal(fill)
    drag(qtbot, timeline, timeline.point_of(14 * 60 + 3), timeline.point_of(14 * 60 + 41))
    assert seen == [("14:00", "14:45")]
    (row,) = time_blocks.blocks_on(today)
    assert (row.title, row.kind, row.label) == (
        "Prepare the QBR deck",
        BlockKind.FOCUS,
        "14:00–14:45",
    )
    assert set(timeline.rows) == {row.id}
    panel.undo_stack.undo()
    assert time_blocks.blocks_on(today) == []
    assert timeline.rows == {}
    panel.undo_stack.redo()
    assert [r.label for r in time_blocks.blocks_on(today)] == ["14:00–14:45"]
    assert len(timeline.rows) == 1


def test_a_drawn_block_cancelled_in_its_dialog_is_not_stored(qtbot, panel, today, when_modal):
    timeline = panel.timeline
    when_modal(lambda dialog: dialog.reject())
    drag(qtbot, timeline, timeline.point_of(15 * 60), timeline.point_of(16 * 60))
    assert time_blocks.blocks_on(today) == []
    assert panel.undo_stack.count() == 0


def test_dragging_a_block_moves_it_snapped_and_undo_puts_it_back(qtbot, panel, add, today):
    block_id = add("09:00", "10:00", "Call Acme")
    panel.show_day(today)
    timeline = panel.timeline
    grab = timeline.point_of(9 * 60 + 30)
    drag(qtbot, timeline, grab, timeline.point_of(9 * 60 + 30 + 52))
    assert stored(block_id) == ("09:45", "10:45")  # 52 minutes later snaps to 45
    assert timeline.rows[block_id].label == "09:45–10:45"
    assert panel.undo_stack.undoText() == "Move Call Acme"
    panel.undo_stack.undo()
    assert stored(block_id) == ("09:00", "10:00")
    assert timeline.rows[block_id].label == "09:00–10:00"
    panel.undo_stack.redo()
    assert stored(block_id) == ("09:45", "10:45")


def test_dragging_the_bottom_edge_resizes_a_block(qtbot, panel, add, today):
    block_id = add("10:00", "11:00", "Proposal for Globex")
    panel.show_day(today)
    timeline = panel.timeline
    edge = timeline.block_rect(block_id).bottom() - 3
    start = QPoint(timeline.point_of(10 * 60).x(), int(edge))
    drag(qtbot, timeline, start, timeline.point_of(11 * 60 + 34))
    assert stored(block_id) == ("10:00", "11:30")
    panel.undo_stack.undo()
    assert stored(block_id) == ("10:00", "11:00")
    # Never shorter than a quarter of an hour, however far up the edge is dragged.
    drag(qtbot, timeline, start, timeline.point_of(8 * 60))
    assert stored(block_id) == ("10:00", "10:15")


def test_a_click_without_a_drag_changes_nothing(qtbot, panel, add, today):
    block_id = add("09:00", "10:00")
    panel.show_day(today)
    qtbot.mouseClick(panel.timeline, LEFT, pos=panel.timeline.point_of(9 * 60 + 30))
    assert stored(block_id) == ("09:00", "10:00")
    assert panel.timeline.selected == block_id
    assert panel.undo_stack.count() == 0


def test_delete_key_deletes_the_selected_block_undoably(qtbot, panel, add, today):
    block_id = add("09:00", "10:00", "Call Acme", client_id=None)
    panel.show_day(today)
    timeline = panel.timeline
    qtbot.mouseClick(timeline, LEFT, pos=timeline.point_of(9 * 60 + 30))
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert time_blocks.blocks_on(today) == []
    assert timeline.rows == {}
    panel.undo_stack.undo()
    assert stored(block_id) == ("09:00", "10:00")
    assert block_id in timeline.rows


def test_a_task_dropped_from_the_matrix_becomes_a_block_of_its_estimate(panel, make_client, today):
    acme = make_client("Acme")
    with_client = tasks.quick_add_task(
        tasks.TaskInput("Send the proposal", estimate_minutes=50, client_id=acme), today=today
    )
    alone = tasks.quick_add_task(tasks.TaskInput("Expenses", estimate_minutes=20), today=today)
    assert decode_task(encode_task(with_client)) == with_client
    event = drop_task(panel.timeline, with_client, 15 * 60 + 10)
    assert event.isAccepted()
    drop_task(panel.timeline, alone, 16 * 60 + 50)
    rows = time_blocks.blocks_on(today)
    assert [(r.label, r.title, r.kind, r.task_id, r.client_id) for r in rows] == [
        ("15:15–16:05", "Send the proposal", BlockKind.CLIENT_WORK, with_client, acme),
        ("16:45–17:05", "Expenses", BlockKind.ADMIN, alone, None),
    ]
    assert set(panel.timeline.rows) == {r.id for r in rows}
    panel.undo_stack.undo()
    assert [r.title for r in time_blocks.blocks_on(today)] == ["Send the proposal"]


def test_anything_but_a_task_is_not_accepted_as_a_drop(panel):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("42")
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
    )
    panel.timeline.dropEvent(event)
    assert not event.isAccepted()
    assert decode_task(mime) is None


@pytest.fixture
def planned_tasks(today, panel):
    fits = tasks.quick_add_task(
        tasks.TaskInput(
            "Call Acme about the renewal",
            due_on=today,
            estimate_minutes=60,
            urgency=Flag.YES,
            importance=Flag.YES,
        ),
        today=today,
    )
    too_long = tasks.quick_add_task(
        tasks.TaskInput(
            "Rewrite the whole territory plan",
            due_on=today,
            estimate_minutes=480,
            urgency=Flag.YES,
            importance=Flag.YES,
        ),
        today=today,
    )
    panel.set_tasks(load_tasks(today=today))
    return fits, too_long


def test_plan_my_day_shows_ghosts_and_what_did_not_fit_and_accept_stores_them(
    qtbot, panel, planned_tasks, today
):
    fits, too_long = planned_tasks
    qtbot.mouseClick(panel.plan_button, LEFT)
    ghosts = panel.timeline.ghosts
    assert [g.task_ids for g in ghosts] == [(fits,)]
    assert time_blocks.blocks_on(today) == []  # nothing saved before Accept
    assert panel.plan_bar.isVisible()
    items = [panel.overflow.item(i).text() for i in range(panel.overflow.count())]
    assert len(items) == 1 and items[0].startswith("Rewrite the whole territory plan — ")
    qtbot.mouseClick(panel.accept_button, LEFT)
    rows = time_blocks.blocks_on(today)
    assert [(r.task_id, r.start, r.end) for r in rows] == [(fits, ghosts[0].start, ghosts[0].end)]
    assert panel.timeline.ghosts == []
    assert not panel.plan_bar.isVisible()
    assert set(panel.timeline.rows) == {rows[0].id}
    panel.undo_stack.undo()
    assert time_blocks.blocks_on(today) == []
    assert panel.timeline.rows == {}
    panel.undo_stack.redo()
    assert [r.task_id for r in time_blocks.blocks_on(today)] == [fits]


def test_discarding_a_plan_stores_nothing(qtbot, panel, planned_tasks, today):
    qtbot.mouseClick(panel.plan_button, LEFT)
    assert panel.timeline.ghosts
    qtbot.mouseClick(panel.discard_button, LEFT)
    assert panel.timeline.ghosts == []
    assert not panel.plan_bar.isVisible()
    assert time_blocks.blocks_on(today) == []
    assert panel.undo_stack.count() == 0


def test_a_plan_is_dropped_when_another_day_is_shown(qtbot, panel, planned_tasks, today):
    qtbot.mouseClick(panel.plan_button, LEFT)
    qtbot.mouseClick(panel.next_button, LEFT)
    assert panel.day == today.replace(day=28)
    assert panel.timeline.ghosts == [] and panel.plan is None
    qtbot.mouseClick(panel.today_button, LEFT)
    assert panel.day == today


def test_overlapping_blocks_are_flagged_and_sit_side_by_side(qtbot, panel, add, today):
    first = add("09:00", "10:00", "Call Acme")
    second = add("09:30", "10:30", "Globex demo", BlockKind.MEETING, fixed=True)
    third = add("11:00", "12:00", "Admin")
    panel.show_day(today)
    timeline = panel.timeline
    assert timeline.overlaps == {first, second}
    left, right = timeline.block_rect(first), timeline.block_rect(second)
    assert left.right() <= right.left()
    assert timeline.block_rect(third).width() > left.width()
    # Moving one away clears the flag without reading the day again.
    grab = right.center().toPoint()
    drag(
        qtbot,
        timeline,
        grab,
        QPoint(grab.x(), grab.y() + int(timeline.scale.y_of(60) - timeline.scale.y_of(0))),
    )
    assert stored(second) == ("10:30", "11:30")
    assert timeline.overlaps == {second, third}


def test_an_invalid_edit_is_refused_with_a_message_and_nothing_saved(
    qtbot, panel, add, today, when_modal
):
    block_id = add("09:00", "10:00", "Call Acme")
    panel.show_day(today)
    timeline = panel.timeline
    seen = []

    def edit(dialog):
        dialog.end.setText("08:30")
        dialog.accept()
        seen.append(dialog.errors.message("end"))
        dialog.start.setText("9 o'clock")
        dialog.accept()
        seen.append(dialog.errors.message("start"))
        dialog.start.setText("09:00")
        dialog.title.setText("   ")
        dialog.end.setText("10:00")
        dialog.accept()
        seen.append(dialog.errors.message("title"))
        seen.append(dialog.isVisible())
        dialog.reject()

    activated = []
    panel.block_activated.connect(activated.append)
    when_modal(edit)
    qtbot.mouseDClick(timeline, LEFT, pos=timeline.point_of(9 * 60 + 30))
    assert activated == [block_id]
    assert seen == [
        "A block ends after it starts.",
        "Enter a time such as 09:30.",
        "A block needs a title.",
        True,
    ]
    assert time_blocks.get_block(block_id).title == "Call Acme"
    assert stored(block_id) == ("09:00", "10:00")
    assert panel.undo_stack.count() == 0


def test_editing_in_the_dialog_saves_and_is_undoable(qtbot, panel, add, today, when_modal):
    block_id = add("09:00", "10:00", "Call Acme")
    panel.show_day(today)

    def edit(dialog):
        dialog.title.setText("Call Acme & Co")
        dialog.fixed_check.setChecked(True)
        dialog.done_check.setChecked(True)
        dialog.end.setText("10:30")
        dialog.accept()

    when_modal(edit)
    panel.timeline.block_activated.emit(block_id)
    row = time_blocks.get_block(block_id)
    assert (row.title, row.fixed, row.done, row.label) == (
        "Call Acme & Co",
        True,
        True,
        "09:00–10:30",
    )
    assert panel.timeline.rows[block_id] == row
    panel.undo_stack.undo()
    row = time_blocks.get_block(block_id)
    assert (row.title, row.fixed, row.done, row.label) == ("Call Acme", False, False, "09:00–10:00")


def test_client_time_that_does_not_fit_is_listed_first(panel, add, today):
    from decimal import Decimal

    from ae_desktop.domain.enums import Tier
    from ae_desktop.services import clients

    clients.create_client(
        clients.ClientInput("Acme", tier=Tier.KEY, potential_revenue=Decimal(0), weekly_minutes=600)
    )
    add("08:00", "20:00", "Trade fair", kind=BlockKind.MEETING, fixed=True)  # no room left
    panel.plan_my_day()
    first = panel.overflow.item(0).text()
    assert first.startswith("Client time for Acme:")
    assert panel.overflow_title.text().startswith("Did not fit (")


def test_undoing_a_move_keeps_a_block_marked_done_since(qtbot, panel, add, today):
    from ae_desktop.ui.agenda.block_commands import EditBlockCommand

    block = add("09:00", "10:00", "Offer")
    before = time_blocks.get_block(block)
    moved = time_blocks.BlockInput(today, 10 * 60, 11 * 60, "Offer", BlockKind.CLIENT_WORK)
    time_blocks.update_block(block, moved)
    panel.undo_stack.push(EditBlockCommand("Move", block, before, moved, lambda _id: None))
    time_blocks.mark_done(block, True)  # the end-of-day review, outside the undo history
    panel.undo_stack.undo()
    row = time_blocks.get_block(block)
    assert (hhmm(row.start), hhmm(row.end), row.done) == ("09:00", "10:00", True)


def test_undo_after_the_blocks_task_was_deleted_elsewhere_does_not_fail(panel, make_client, today):
    from ae_desktop.domain.enums import TaskStatus
    from ae_desktop.store.models import Task
    from ae_desktop.ui.agenda.block_commands import EditBlockCommand

    task = Task.create(title="Call back", due_on=today, status=TaskStatus.OPEN)
    data = time_blocks.BlockInput(today, 9 * 60, 10 * 60, "Call back", BlockKind.CALLS, task.id)
    block = time_blocks.add_block(data)
    before = time_blocks.get_block(block)
    moved = time_blocks.BlockInput(today, 11 * 60, 12 * 60, "Call back", BlockKind.CALLS, task.id)
    time_blocks.update_block(block, moved)
    panel.undo_stack.push(EditBlockCommand("Move", block, before, moved, lambda _id: None))
    Task.delete_by_id(task.id)  # e.g. its follow-up date was cleared
    panel.undo_stack.undo()
    row = time_blocks.get_block(block)
    assert (hhmm(row.start), row.task_id) == ("09:00", None)
