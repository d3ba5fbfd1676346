"""The Deals tab: forecast strip, then the board or the table; loads when first opened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import StageOutcome
from ae_desktop.services.client_rows import client_names
from ae_desktop.services.deals import DealRow, load_deal_rows, move_deal, prepare_deal_search
from ae_desktop.services.edit_history import deal_values
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.stages import StageRow, list_stages
from ae_desktop.ui.deals.board import BoardView
from ae_desktop.ui.deals.closing import LostDialog, WonDialog
from ae_desktop.ui.deals.commands import EditDealCommand, MoveDealCommand
from ae_desktop.ui.deals.forecast import ForecastStrip
from ae_desktop.ui.deals.table import DealTablePanel
from ae_desktop.ui.empty_state import EmptyState
from ae_desktop.ui.messages import warn
from ae_desktop.ui.undo import undo_actions
from ae_desktop.ui.worker import run_in_background

EMPTY, BOARD, TABLE = 0, 1, 2


def _ignore(_result: object) -> None:
    """Preparing the search is an optimisation: the filter folds on demand if it failed."""


class DealsTab(QWidget):
    status_message = Signal(str)
    client_deals_changed = Signal(int)  # client id: its open pipeline changed

    def __init__(
        self,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        self._today = today
        self.loaded = False
        # The window's one history; a tab on its own (tests) keeps one with its own actions.
        self._own_undo = undo_stack is None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.stages: dict[int, StageRow] = {}
        self.rows: dict[int, DealRow] = {}
        self._table_loaded = False
        self.forecast = ForecastStrip()
        self.forecast.quota_changed.connect(self._on_quota_changed)
        self.board_button = QPushButton(self.tr("&Board"))
        self.table_button = QPushButton(self.tr("&Table"))
        self.view_group = QButtonGroup(self)
        for index, button in ((BOARD, self.board_button), (TABLE, self.table_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, index)
        self.board_button.setChecked(True)
        self.view_group.idClicked.connect(self._on_view_chosen)
        self.new_button = QPushButton(self.tr("New deal…"))
        self.new_button.setToolTip(self.tr("New deal (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_deal)
        self.stages_button = QPushButton(self.tr("Stages…"))
        self.stages_button.clicked.connect(self.edit_stages)
        bar = QHBoxLayout()
        bar.addWidget(self.board_button)
        bar.addWidget(self.table_button)
        bar.addStretch(1)
        bar.addWidget(self.stages_button)
        bar.addWidget(self.new_button)
        self.empty = EmptyState(
            self.tr("No deals yet"),
            self.tr(
                "Add the opportunities you are working on: each one on the board, by stage, "
                "with its value, close date and next step, and your forecast above."
            ),
        )
        self.empty_new_button = self.empty.add_button(self.tr("New deal"), primary=True)
        self.empty_new_button.clicked.connect(self.new_deal)
        self.board = BoardView()
        self.board.deal_dropped.connect(self._on_deal_dropped)
        self.board.deal_activated.connect(self.open_deal)
        self.table = DealTablePanel()
        self.table.deal_activated.connect(self.open_deal)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.board, self.table):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.forecast)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._forecast_timer = QTimer(self)
        self._forecast_timer.setSingleShot(True)
        self._forecast_timer.setInterval(0)
        self._forecast_timer.timeout.connect(lambda: self.forecast.refresh(self._today()))
        if self._own_undo:
            self.undo_action, self.redo_action = undo_actions(
                self.undo_stack, self, self.status_message.emit
            )

    def set_active(self, active: bool) -> None:
        if active and not self.loaded:
            self.reload()
        if active and self.stack.currentIndex() == EMPTY:
            self.empty_new_button.setFocus()
        elif active:
            self.board.focus_first()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the stages and open deals for the board (the table reads all when shown)."""
        today = self._today()
        stage_rows = list_stages()
        self.stages = {stage.id: stage for stage in stage_rows}
        self.board.set_stages(stage_rows)
        open_rows = load_deal_rows(today, open_only=True)
        self.rows = {row.id: row for row in open_rows}
        self.board.set_rows(open_rows)
        self._table_loaded = False
        if self.stack.currentIndex() == TABLE:
            self._load_table()
        self.forecast.refresh(today)
        self.loaded = True
        self._show_view()

    def _load_table(self) -> None:
        today = self._today()
        all_rows = load_deal_rows(today)
        self.table.set_choices(list(self.stages.values()), client_names(include_archived=True))
        self.table.set_rows(all_rows, today)
        self._table_loaded = True
        # Fold what the filter searches before the first keystroke, off the GUI thread.
        run_in_background(lambda: prepare_deal_search(all_rows), _ignore, _ignore, owner=self)

    def _show_view(self) -> None:
        has_deals = bool(self.rows) or any(s.deal_count for s in self.stages.values())
        if not has_deals:
            self.stack.setCurrentIndex(EMPTY)
            return
        chosen = self.view_group.checkedId()
        if chosen == TABLE and not self._table_loaded:
            self._load_table()
        self.stack.setCurrentIndex(chosen)

    def _on_view_chosen(self, _view: int) -> None:
        self._show_view()

    def _on_quota_changed(self) -> None:
        self.forecast.refresh(self._today())
        self.status_message.emit(self.tr("Quota saved."))

    # -- changes ---------------------------------------------------------------------------

    def _on_deal_changed(self, deal_id: int) -> None:
        """One deal changed: its card and row move, nothing else is reloaded."""
        today = self._today()
        fresh = load_deal_rows(today, deal_ids=[deal_id])
        row = fresh[0] if fresh else None
        before = self.rows.get(deal_id)
        if row is not None and row.outcome == StageOutcome.OPEN:
            self.rows[deal_id] = row
        else:
            self.rows.pop(deal_id, None)
        self.board.show_row(deal_id, row)
        if self._table_loaded:
            self.table.replace_row(deal_id, row)
        self._forecast_timer.start()  # after the card has moved; several moves, one refresh
        for client_id in {r.client_id for r in (before, row) if r is not None}:
            self.client_deals_changed.emit(client_id)
        if self.stack.currentIndex() == EMPTY:
            self._show_view()

    def refresh_client(self, client_id: int) -> None:
        """A client changed elsewhere (renamed, an interaction logged against a deal): its
        cards and rows are read again, nothing else."""
        if not self.loaded:
            return
        today = self._today()
        for row in load_deal_rows(today, client_id=client_id):
            if row.outcome == StageOutcome.OPEN:
                self.rows[row.id] = row
            self.board.show_row(row.id, row, select=False)
            if self._table_loaded:
                self.table.replace_row(row.id, row)

    def _on_deal_dropped(self, deal_id: int, stage_id: int) -> None:
        row = self.rows.get(deal_id)
        stage = self.stages.get(stage_id)
        if row is None or stage is None or row.stage_id == stage_id:
            return
        today = self._today()
        closed_on, reason = None, ""
        if stage.outcome == StageOutcome.WON:
            won = WonDialog(row.title, today, row.created_on, self)
            if not won.exec():
                return
            closed_on = won.value()
        elif stage.outcome == StageOutcome.LOST:
            lost = LostDialog(row.title, self)
            if not lost.exec():
                return
            reason = lost.value()
        try:
            before = move_deal(
                deal_id,
                stage_id,
                today=today,
                now=datetime.now(),
                closed_on=closed_on,
                lost_reason=reason,
            )
        except ValidationError as exc:
            warn(self, self.tr("Deal not moved"), "\n".join(exc.errors.values()))
            return
        command = MoveDealCommand(
            deal_id,
            row.title,
            stage_id,
            stage.name,
            self._on_deal_changed,
            today=today,
            before=before,
            closed_on=closed_on,
            lost_reason=reason,
        )
        self.undo_stack.push(command)
        self._on_deal_changed(deal_id)
        self.status_message.emit(
            self.tr("Moved “{0}” to {1}. Press Ctrl+Z to undo.").format(row.title, stage.name)
        )

    def new_deal(self, client_id: int | None = None) -> None:
        from ae_desktop.ui.deals.editor import DealEditor  # not needed until used

        editor = DealEditor(self._today(), client_id=client_id or None, parent=self.window())
        if editor.exec() and editor.saved_id is not None:
            if not self.loaded:
                self.reload()
            self._refresh_stage_counts()
            self._on_deal_changed(editor.saved_id)
            self.status_message.emit(self.tr("Deal saved."))

    def open_deal(self, deal_id: int) -> None:
        from ae_desktop.ui.deals.editor import DealEditor

        before = deal_values(deal_id)
        editor = DealEditor(self._today(), deal_id=deal_id, parent=self.window())
        if editor.exec():
            after = deal_values(deal_id)
            if {**after, "updated_at": None} != {**before, "updated_at": None}:
                title = str(after["title"])
                self.undo_stack.push(
                    EditDealCommand(deal_id, title, before, after, self._on_deal_edit_undone)
                )
            self._on_deal_changed(deal_id)
            self.status_message.emit(self.tr("Deal saved."))

    def _on_deal_edit_undone(self, deal_id: int) -> None:
        if self.loaded:
            self._refresh_stage_counts()
            self._on_deal_changed(deal_id)

    def edit_stages(self) -> None:
        from ae_desktop.ui.deals.stages_dialog import StagesDialog

        dialog = StagesDialog(self)
        dialog.exec()
        if dialog.changed:
            self.undo_stack.clear()  # moves between stages that changed cannot be undone safely
            self.reload()

    def _refresh_stage_counts(self) -> None:
        self.stages = {stage.id: stage for stage in list_stages()}
