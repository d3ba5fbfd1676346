"""Undoable edits of the Deals tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ae_desktop.services import deals
from ae_desktop.services.edit_history import Values, put_deal_values
from ae_desktop.ui.undo import SavedValuesCommand, undo_text


class MoveDealCommand(QUndoCommand):
    """A card dragged to another stage (or closed as won or lost); undo puts it back.

    The tab makes the move first (so a refused move never reaches the stack) and pushes this
    with the state before it; the push's own redo then has nothing left to do.
    """

    def __init__(
        self,
        deal_id: int,
        deal_title: str,
        stage_id: int,
        stage_name: str,
        on_change: Callable[[int], None],
        *,
        today: date,
        before: deals.DealState,
        closed_on: date | None = None,
        lost_reason: str = "",
    ) -> None:
        text = QCoreApplication.translate("commands", "Move {0} to {1}").format(
            deal_title, stage_name
        )
        super().__init__(undo_text(text))
        self.deal_id = deal_id
        self.stage_id = stage_id
        self.on_change = on_change
        self.today = today
        self.closed_on = closed_on
        self.lost_reason = lost_reason
        self.before = before
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.before = deals.move_deal(
            self.deal_id,
            self.stage_id,
            today=self.today,
            now=datetime.now(),
            closed_on=self.closed_on,
            lost_reason=self.lost_reason,
        )
        self.on_change(self.deal_id)

    def undo(self) -> None:
        deals.restore_deal_state(self.deal_id, self.before)
        self.on_change(self.deal_id)


def EditDealCommand(
    deal_id: int,
    title: str,
    before: Values,
    after: Values,
    on_change: Callable[[int], None],
) -> SavedValuesCommand:
    """The edit saved from the form as a step of the window's undo history."""
    return SavedValuesCommand(deal_id, title, before, after, put_deal_values, on_change)
