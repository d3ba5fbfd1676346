"""Undo after new records were added: it must restore what was deleted, never touch newer data."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.services import interactions
from ae_desktop.ui.clients.commands import DeleteInteractionCommand, EditInteractionCommand

NOW = datetime(2026, 11, 27, 18, 0)


def test_undoing_an_edit_and_a_delete_leaves_a_newer_interaction_alone(tab, make_client):
    client_id = make_client("Acme")
    call = interactions.InteractionInput(
        client_id, InteractionKind.CALL, datetime(2026, 11, 26, 9), "Call"
    )
    call_id = interactions.log_interaction(call, now=NOW)
    tab.reload()
    refreshed = []
    corrected = replace(call, summary="Call about pricing")
    interactions.update_interaction(call_id, corrected, now=NOW)
    tab.undo_stack.push(EditInteractionCommand(call_id, call, corrected, refreshed.append))
    tab.undo_stack.push(DeleteInteractionCommand(call_id, client_id, refreshed.append))
    meeting = interactions.InteractionInput(
        client_id, InteractionKind.MEETING, datetime(2026, 11, 27, 11), "Site visit"
    )
    meeting_id = interactions.log_interaction(meeting, now=NOW)

    tab.undo_stack.undo()  # the delete
    tab.undo_stack.undo()  # the edit

    rows = {row.id: row.summary for row in interactions.timeline(client_id)}
    assert rows == {call_id: "Call", meeting_id: "Site visit"}
