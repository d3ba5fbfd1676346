"""The Today strip's content: overdue follow-ups, neglected key accounts, rotting deals, meeting."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from ae_desktop.domain.enums import BlockKind, DealKind, InteractionKind, Tier
from ae_desktop.services import clients, deals, interactions
from ae_desktop.services.stages import list_stages
from ae_desktop.services.time_blocks import BlockInput, add_block
from ae_desktop.services.today import load_today
from ae_desktop.store.models import Client, Deal

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 11, 0)


def new_client(name, tier=Tier.STANDARD, days_old=60):
    client_id = clients.create_client(clients.ClientInput(name, tier=tier))
    Client.update(created_at=NOW - timedelta(days=days_old)).where(Client.id == client_id).execute()
    return client_id


def test_today_lists_what_needs_attention_most_urgent_first(db):
    acme = new_client("Acme", Tier.KEY)
    beta = new_client("Beta", Tier.KEY)
    fresh = new_client("Fresh", Tier.KEY)
    for client_id, days_ago, follow_up in ((acme, 20, 3), (beta, 40, 10), (fresh, 1, None)):
        when = NOW - timedelta(days=days_ago)
        interactions.log_interaction(
            interactions.InteractionInput(
                client_id,
                InteractionKind.CALL,
                when,
                "Call",
                follow_up_on=(when + timedelta(days=follow_up)).date() if follow_up else None,
            ),
            now=NOW,
        )
    lead = next(s.id for s in list_stages() if s.name == "Lead")
    cold = deals.create_deal(
        deals.DealInput(acme, "Cold deal", Decimal(1000), "EUR", DealKind.UPSELL, lead, None, None),
        today=TODAY,
    )
    Deal.update(updated_at=NOW - timedelta(days=90)).where(Deal.id == cold).execute()
    add_block(
        BlockInput(TODAY, 9 * 60, 10 * 60, "Stand-up", BlockKind.MEETING, None, None, True, False)
    )
    add_block(
        BlockInput(
            TODAY, 15 * 60, 16 * 60, "Board review", BlockKind.MEETING, None, None, True, False
        )
    )

    summary = load_today(today=TODAY, now=NOW)

    assert [(i.text, i.days) for i in summary.overdue_follow_ups] == [
        ("Follow up: Call", 30),
        ("Follow up: Call", 17),
    ]
    assert [(i.text, i.days) for i in summary.neglected_key_accounts] == [
        ("Beta", 40),
        ("Acme", 20),
    ]
    assert [(i.text, i.detail) for i in summary.rotting_deals] == [("Cold deal", "Acme")]
    assert summary.next_meeting is not None
    assert (summary.next_meeting.text, summary.next_meeting.detail) == (
        "Board review",
        "15:00–16:00",
    )


def test_a_follow_up_waiting_for_someone_else_is_not_overdue_for_the_user(db):
    from ae_desktop.services import tasks
    from ae_desktop.store.models import Task

    acme = new_client("Acme", Tier.KEY)
    when = NOW - timedelta(days=10)
    interactions.log_interaction(
        interactions.InteractionInput(
            acme, InteractionKind.CALL, when, "Call", follow_up_on=(when + timedelta(days=1)).date()
        ),
        now=NOW,
    )
    tasks.delegate(Task.get().id, "Maria (SDR)")
    assert load_today(today=TODAY, now=NOW).overdue_follow_ups == []
