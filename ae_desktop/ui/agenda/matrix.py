"""The Eisenhower matrix: open tasks in four quadrants, dragged between them, done, delegated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from ae_desktop.domain.enums import Flag, TaskStatus
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services import tasks
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.task_rows import TaskRow, by_quadrant, load_tasks
from ae_desktop.ui.agenda.commands import DelegateCommand, SetFlagsCommand, SetStatusCommand
from ae_desktop.ui.agenda.matrix_model import TASK_ROLE
from ae_desktop.ui.agenda.task_cards import QuadrantPanel
from ae_desktop.ui.flow_layout import FlowLayout
from ae_desktop.ui.labels import quadrant_label
from ae_desktop.ui.messages import warn

GRID: tuple[tuple[Quadrant, int, int], ...] = (
    (Quadrant.DO_NOW, 0, 0),
    (Quadrant.SCHEDULE, 0, 1),
    (Quadrant.DELEGATE, 1, 0),
    (Quadrant.DROP, 1, 1),
)


class MatrixView(QWidget):
    """The open tasks by quadrant. Each change re-reads one task, never the whole matrix."""

    task_activated = Signal(int)
    task_changed = Signal(int)  # a task was changed here (flags, done, delegated, added)
    status_message = Signal(str)

    def __init__(
        self,
        undo_stack: QUndoStack,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._today = today
        self.rows: dict[int, TaskRow] = {}
        texts = {
            Quadrant.DO_NOW: self.tr("urgent · important"),
            Quadrant.SCHEDULE: self.tr("important · not urgent"),
            Quadrant.DELEGATE: self.tr("urgent · not important"),
            Quadrant.DROP: self.tr("neither"),
        }
        self.panels: dict[Quadrant, QuadrantPanel] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for quadrant, r, c in GRID:
            title, meaning = quadrant_label(quadrant), texts[quadrant]
            panel = QuadrantPanel(quadrant, title, meaning, self.tr("Drag a task here."))
            panel.list.task_dropped.connect(lambda tid, q=quadrant: self._on_task_dropped(tid, q))
            panel.list.task_activated.connect(self.task_activated)
            panel.list.customContextMenuRequested.connect(
                lambda at, p=panel: self._on_context_menu(p, at)
            )
            panel.list.selectionModel().selectionChanged.connect(
                lambda *_, p=panel: self._on_selection_changed(p)
            )
            self.panels[quadrant] = panel
            grid.addWidget(panel, r, c)
        self.add_button = QPushButton(self.tr("Add task…"))
        self.add_button.setToolTip(self.tr("Add a task (Ctrl+T)"))
        self.add_button.clicked.connect(lambda: self.quick_add())
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.mark_done)
        self.delegate_button = QPushButton(self.tr("Delegate…"))
        self.delegate_button.clicked.connect(self.delegate)
        self.auto_button = QPushButton(self.tr("Back to automatic"))
        self.auto_button.setToolTip(self.tr("Let the due date, client and deal decide again"))
        self.auto_button.clicked.connect(self.back_to_automatic)
        # The buttons for the selected task take a second row rather than more width.
        selected = FlowLayout()
        for button in (self.done_button, self.delegate_button, self.auto_button):
            selected.addWidget(button)
        bar = QHBoxLayout()
        bar.addLayout(selected, 1)
        bar.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(grid, 1)
        self._add_keys()
        self._update_buttons()

    def _add_keys(self) -> None:
        """The selected card by keyboard: Ctrl+arrow moves it to the quadrant that way,
        Ctrl+D marks it done (Enter opens it: the list's own key)."""
        where = {quadrant: (r, c) for quadrant, r, c in GRID}
        at = {place: quadrant for quadrant, place in where.items()}
        moves = (
            ("Ctrl+Left", self.tr("Move task to the quadrant on the left"), 0, -1),
            ("Ctrl+Right", self.tr("Move task to the quadrant on the right"), 0, 1),
            ("Ctrl+Up", self.tr("Move task to the quadrant above"), -1, 0),
            ("Ctrl+Down", self.tr("Move task to the quadrant below"), 1, 0),
        )

        def move(dr: int, dc: int) -> None:
            row = self.selected_task()
            if row is None:
                return
            r, c = where[row.quadrant]
            target = at.get((r + dr, c + dc))
            if target is not None:
                self._on_task_dropped(row.id, target)
                self.select_task(row.id)

        for keys, text, dr, dc in moves:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(partial(move, dr, dc))
            self._add_key(action)
        self.done_action = QAction(self.tr("Mark task done"), self)
        self.done_action.setShortcut(QKeySequence("Ctrl+D"))
        self.done_action.triggered.connect(self.mark_done)
        self._add_key(self.done_action)

    def _add_key(self, action: QAction) -> None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)

    # -- showing ---------------------------------------------------------------------------

    def set_tasks(self, rows: list[TaskRow]) -> None:
        """Show these open tasks (from load_tasks), each in its quadrant."""
        today = self._today()
        self.rows = {row.id: row for row in rows}
        for quadrant, quadrant_rows in by_quadrant(rows).items():
            self.panels[quadrant].model.set_rows(quadrant_rows, today)
            self.panels[quadrant].update_count()
        self._update_buttons()

    def replace_task(self, task_id: int, row: TaskRow | None, select: bool = True) -> None:
        """Take the card of *task_id* away and put *row* (its new state) in its quadrant."""
        for panel in self.panels.values():
            if panel.model.take(task_id) is not None:
                panel.update_count()
                break
        self.rows.pop(task_id, None)
        if row is not None and row.status == TaskStatus.OPEN:
            self.rows[task_id] = row
            panel = self.panels[row.quadrant]
            at = panel.model.put(row)
            panel.update_count()
            if select and at >= 0:
                panel.list.setCurrentIndex(panel.model.index(at, 0))
                panel.list.scrollTo(panel.model.index(at, 0))
        self._update_buttons()

    def reload_task(self, task_id: int) -> None:
        """Read one task again (after a change here or elsewhere) and show it where it belongs."""
        fresh = load_tasks(today=self._today(), task_ids=[task_id])
        self.replace_task(task_id, fresh[0] if fresh else None)
        self.task_changed.emit(task_id)

    def selected_task(self) -> TaskRow | None:
        for panel in self.panels.values():
            row = panel.list.current_task()
            if row is not None:
                return row
        return None

    def select_task(self, task_id: int) -> bool:
        """Select the task's card (showing all of its quadrant if need be); False if absent."""
        row = self.rows.get(task_id)
        if row is None:
            return False
        panel = self.panels[row.quadrant]
        at = panel.model.row_of(task_id)
        if at >= panel.model.rowCount():
            panel.model.set_expanded(True)
            panel.update_count()
        index = panel.model.index(at, 0)
        panel.list.setCurrentIndex(index)
        panel.list.scrollTo(index)
        panel.list.setFocus()
        return True

    def card_count(self) -> int:
        return len(self.rows)

    # -- changes ---------------------------------------------------------------------------

    def _on_task_dropped(self, task_id: int, quadrant: Quadrant) -> None:
        row = self.rows.get(task_id)
        if row is None or row.quadrant == quadrant:
            return
        urgency = Flag.YES if quadrant.urgent else Flag.NO
        importance = Flag.YES if quadrant.important else Flag.NO
        label = self.panels[quadrant].title.text()
        self._set_flags(
            row, tasks.TaskFlags(urgency, importance), self.tr("Move {0} to {1}"), label
        )
        self.status_message.emit(
            self.tr("Moved “{0}” to {1}. Press Ctrl+Z to undo.").format(row.title, label)
        )

    def back_to_automatic(self) -> None:
        row = self.selected_task()
        if row is None or (row.urgency, row.importance) == (Flag.AUTO, Flag.AUTO):
            return
        self._set_flags(row, tasks.TaskFlags(Flag.AUTO, Flag.AUTO), self.tr("Automatic: {0}"))
        fresh = self.rows.get(row.id)
        where = self.panels[fresh.quadrant].title.text() if fresh else ""
        self.status_message.emit(
            self.tr("“{0}” is back to automatic: {1}.").format(row.title, where)
        )

    def _set_flags(self, row: TaskRow, flags: tasks.TaskFlags, text: str, *args: str) -> None:
        try:
            before = tasks.set_flags(row.id, flags.urgency, flags.importance)
        except NotFoundError:
            self.reload_task(row.id)
            return
        command_text = text.format(row.title, *args)
        self.undo_stack.push(
            SetFlagsCommand(command_text, row.id, flags, self.reload_task, before=before)
        )
        self.reload_task(row.id)

    def mark_done(self) -> None:
        row = self.selected_task()
        if row is None:
            return
        try:
            before = tasks.set_status(row.id, TaskStatus.DONE, now=datetime.now())
        except NotFoundError:
            self.reload_task(row.id)
            return
        text = self.tr("Done: {0}").format(row.title)
        self.undo_stack.push(
            SetStatusCommand(text, row.id, TaskStatus.DONE, self.reload_task, before=before)
        )
        self.reload_task(row.id)
        self.status_message.emit(
            self.tr("Marked “{0}” done. Press Ctrl+Z to undo.").format(row.title)
        )

    def delegate(self) -> None:
        from ae_desktop.ui.agenda.quick_add import DelegateDialog

        row = self.selected_task()
        if row is None:
            return
        dialog = DelegateDialog(row.title, row.delegated_to, self.window())
        if not dialog.exec():
            return
        who = dialog.value()
        try:
            before = tasks.delegate(row.id, who)
        except ValidationError as exc:
            warn(self, self.tr("Task not delegated"), "\n".join(exc.errors.values()))
            return
        except NotFoundError:
            self.reload_task(row.id)
            return
        text = self.tr("Delegate {0} to {1}").format(row.title, who)
        self.undo_stack.push(DelegateCommand(text, row.id, who, self.reload_task, before=before))
        self.reload_task(row.id)
        self.status_message.emit(self.tr("Waiting for {0}: “{1}”.").format(who, row.title))

    def quick_add(self, client_id: int | None = None) -> int | None:
        """Ask for a new task (Ctrl+T); its id once saved and shown, else None."""
        from ae_desktop.ui.agenda.quick_add import QuickAddDialog

        dialog = QuickAddDialog(self._today(), self.window(), client_id=client_id)
        if not dialog.exec() or dialog.saved_id is None:
            return None
        self.reload_task(dialog.saved_id)
        self.status_message.emit(self.tr("Task added."))
        return dialog.saved_id

    # -- selection -------------------------------------------------------------------------

    def _on_selection_changed(self, panel: QuadrantPanel) -> None:
        if panel.list.current_task() is not None:  # one selected card in the whole matrix
            for other in self.panels.values():
                if other is not panel:
                    other.list.clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_task()
        for button in (self.done_button, self.delegate_button):
            button.setEnabled(row is not None)
        self.auto_button.setEnabled(
            row is not None and (row.urgency, row.importance) != (Flag.AUTO, Flag.AUTO)
        )

    def _on_context_menu(self, panel: QuadrantPanel, at: QPoint) -> None:
        index = panel.list.indexAt(at)
        if not index.isValid():
            return
        panel.list.setCurrentIndex(index)
        row: TaskRow = index.data(TASK_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.task_activated.emit(row.id))
        menu.addSeparator()
        menu.addAction(self.tr("Mark done"), self.mark_done)
        menu.addAction(self.tr("Delegate…"), self.delegate)
        move = menu.addMenu(self.tr("Move to"))
        for quadrant, other in self.panels.items():
            action = move.addAction(other.title.text())
            action.triggered.connect(partial(self._on_task_dropped, row.id, quadrant))
            action.setEnabled(quadrant != row.quadrant)
        automatic = menu.addAction(self.tr("Back to automatic"), self.back_to_automatic)
        automatic.setEnabled(self.auto_button.isEnabled())
        menu.exec(panel.list.viewport().mapToGlobal(at))
