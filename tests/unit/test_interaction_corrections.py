"""Correcting and deleting logged interactions: follow-up tasks and CSAT follow along."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.services import clients, interactions
from ae_desktop.services.errors import ValidationError
from ae_desktop.store.models import Client, Task

NOW = datetime(2026, 11, 27, 18, 0)


@pytest.fixture
def client_id(db):
    return clients.create_client(clients.ClientInput("Acme"))


def log(client_id, day, **extra):
    data = interactions.InteractionInput(
        client_id, InteractionKind.CALL, datetime(2026, 11, day, 10), f"Call on {day}", **extra
    )
    return interactions.log_interaction(data, now=NOW), data


def test_moving_the_follow_up_moves_the_open_task(client_id):
    iid, data = log(client_id, 20, follow_up_on=date(2026, 11, 25))
    interactions.update_interaction(iid, replace(data, follow_up_on=date(2026, 11, 30)), now=NOW)
    assert [(t.due_on, t.status) for t in Task.select()] == [(date(2026, 11, 30), "open")]


def test_removing_the_follow_up_removes_the_open_task_but_never_a_done_one(client_id):
    iid, data = log(client_id, 20, follow_up_on=date(2026, 11, 25))
    interactions.update_interaction(iid, replace(data, follow_up_on=None), now=NOW)
    assert Task.select().count() == 0
    interactions.update_interaction(iid, replace(data, follow_up_on=date(2026, 11, 26)), now=NOW)
    Task.update(status="done").execute()
    interactions.update_interaction(iid, replace(data, follow_up_on=None), now=NOW)
    assert [t.status for t in Task.select()] == ["done"]


def test_correction_is_validated_and_nothing_changes_on_refusal(client_id):
    iid, data = log(client_id, 20)
    with pytest.raises(ValidationError) as info:
        interactions.update_interaction(iid, replace(data, summary="  ", csat=9), now=NOW)
    assert set(info.value.errors) == {"summary", "csat"}
    assert interactions.get_interaction(iid).summary == "Call on 20"


def test_satisfaction_follows_the_newest_score_through_edits_and_deletes(client_id):
    old, _ = log(client_id, 10, csat=2)
    new, new_data = log(client_id, 20, csat=5)
    assert Client.get_by_id(client_id).satisfaction == 5
    interactions.update_interaction(new, replace(new_data, csat=3), now=NOW)
    assert Client.get_by_id(client_id).satisfaction == 3
    deleted = interactions.delete_interaction(new)
    assert Client.get_by_id(client_id).satisfaction == 2
    interactions.restore_interaction(deleted)
    assert Client.get_by_id(client_id).satisfaction == 3
    assert old != new


def test_delete_and_restore_keep_ids_and_tasks(client_id):
    iid, _ = log(client_id, 20, follow_up_on=date(2026, 11, 25))
    deleted = interactions.delete_interaction(iid)
    assert interactions.timeline(client_id) == []
    assert Task.select().count() == 0
    assert interactions.restore_interaction(deleted) == iid
    task = Task.get()
    assert (task.interaction_id, task.due_on) == (iid, date(2026, 11, 25))


def test_a_deleted_id_is_never_handed_out_again_so_undo_restores_it(client_id):
    iid, _ = log(client_id, 20, follow_up_on=date(2026, 11, 25))
    deleted = interactions.delete_interaction(iid)
    newer, _ = log(client_id, 21)
    assert newer != iid
    assert interactions.restore_interaction(deleted) == iid
    assert sorted(r.summary for r in interactions.timeline(client_id)) == [
        "Call on 20",
        "Call on 21",
    ]
    assert Task.get().interaction_id == iid


def test_restoring_an_interaction_whose_contact_is_gone_unlinks_it(client_id):
    from ae_desktop.services import contacts

    ana = contacts.add_contact(client_id, contacts.ContactInput("Ana"))
    iid, _ = log(client_id, 20, contact_id=ana)
    deleted = interactions.delete_interaction(iid)
    contacts.delete_contact(ana)
    interactions.restore_interaction(deleted)
    assert [(r.summary, r.contact_name) for r in interactions.timeline(client_id)] == [
        ("Call on 20", "")
    ]


def test_undo_in_reverse_order_relinks_the_right_contact(client_id):
    from ae_desktop.services import contacts

    ana = contacts.add_contact(client_id, contacts.ContactInput("Ana"))
    iid, _ = log(client_id, 20, contact_id=ana)
    gone_interaction = interactions.delete_interaction(iid)
    gone_ana = contacts.delete_contact(ana)
    other = clients.create_client(clients.ClientInput("Beta"))
    bob = contacts.add_contact(other, contacts.ContactInput("Bob"))
    assert bob != ana
    contacts.restore_contact(gone_ana)
    interactions.restore_interaction(gone_interaction)
    assert interactions.timeline(client_id)[0].contact_name == "Ana"


def test_deleting_the_only_score_leaves_no_satisfaction(client_id):
    iid, _ = log(client_id, 20, csat=1)
    interactions.delete_interaction(iid)
    assert Client.get_by_id(client_id).satisfaction is None


def test_a_new_follow_up_date_after_the_old_task_was_done_creates_a_task(client_id):
    iid, data = log(client_id, 20, follow_up_on=date(2026, 11, 25))
    Task.update(status="done").execute()
    interactions.update_interaction(iid, replace(data, follow_up_on=date(2026, 12, 2)), now=NOW)
    assert sorted((t.status, t.due_on) for t in Task.select()) == [
        ("done", date(2026, 11, 25)),
        ("open", date(2026, 12, 2)),
    ]
