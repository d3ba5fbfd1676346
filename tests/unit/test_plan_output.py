"""What `plan` prints: weekly client time that did not fit is reported, never left out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ae_desktop.domain.enums import BlockKind, Tier
from ae_desktop.plan_output import as_record, as_text
from ae_desktop.services import clients, time_blocks
from ae_desktop.services.planning import plan_day

FRIDAY = date(2026, 11, 27)


def test_unplaced_client_time_is_in_the_json_and_the_text(db):
    acme = clients.create_client(
        clients.ClientInput("Acme", tier=Tier.KEY, potential_revenue=Decimal(0), weekly_minutes=120)
    )
    time_blocks.add_block(
        time_blocks.BlockInput(FRIDAY, 8 * 60, 20 * 60, "Trade fair", BlockKind.MEETING, fixed=True)
    )
    plan = plan_day(FRIDAY, today=FRIDAY)
    record = as_record(plan)
    [unplaced] = record["unplaced_client_time"]
    assert (unplaced["client_id"], unplaced["name"], unplaced["minutes"]) == (acme, "Acme", 120)
    assert "Acme: 120 min" in as_text(plan)
