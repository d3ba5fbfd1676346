"""Undoing an applied import as one step, redoing it, and refusing when later work would go."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import DealKind, InteractionKind
from ae_desktop.interop.records import DealRecord, DealStatus, EventRecord, PersonRecord
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.contacts import ContactInput, add_contact
from ae_desktop.services.deals import DealInput, create_deal
from ae_desktop.services.import_deals import plan_deals
from ae_desktop.services.import_events import plan_events
from ae_desktop.services.import_people import plan_people
from ae_desktop.services.import_plan import DuplicatePolicy
from ae_desktop.services.import_undo import ImportUndoRefused, redo_import, undo_import
from ae_desktop.services.importing import apply_import
from ae_desktop.services.interactions import InteractionInput, log_interaction
from ae_desktop.store.models import Client, Contact, Deal, Stage, StageChange, TimeBlock

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 10, 0)


def people() -> list[tuple[str, str, str, str]]:
    query = Contact.select(Client.name, Contact.name, Contact.email, Contact.role).join(Client)
    return sorted(query.tuples())


@pytest.fixture
def acme(db: SqliteDatabase) -> int:
    client_id = create_client(ClientInput(name="Acme"))
    add_contact(client_id, ContactInput(name="Ana Ruiz", email="ana@acme.example", role="CFO"))
    return client_id


def import_people(*rows: PersonRecord):  # type: ignore[no-untyped-def]
    return apply_import(plan_people(list(rows), DuplicatePolicy.UPDATE))


def test_undo_takes_an_import_back_and_redo_writes_it_again(acme: int) -> None:
    before = people()
    summary = import_people(
        PersonRecord(line=2, client_name="Acme", contact_name="Ana Ruiz",
                     email="ana@acme.example", role="CEO"),
        PersonRecord(line=3, client_name="Borealis", contact_name="Bo Lund", email="bo@b.example"),
    )  # fmt: skip
    after = people()
    assert ("Acme", "Ana Ruiz", "ana@acme.example", "CEO") in after
    assert summary.record is not None and not summary.record.empty
    borealis = Client.get(Client.name == "Borealis").id

    undo_import(summary.record)
    assert people() == before
    assert Client.get_or_none(Client.name == "Borealis") is None

    redo_import(summary.record)
    assert people() == after
    assert Client.get(Client.name == "Borealis").id == borealis  # the same record again
    undo_import(summary.record)
    assert people() == before


def test_undo_is_refused_when_a_created_client_got_a_deal(acme: int) -> None:
    summary = import_people(
        PersonRecord(line=2, client_name="Borealis", contact_name="Bo Lund", email="bo@b.example")
    )
    borealis = Client.get(Client.name == "Borealis").id
    lead = Stage.get(Stage.name == "Lead").id
    data = DealInput(borealis, "Pilot", Decimal(1), "EUR", DealKind.NEW_BUSINESS, lead, None, None)
    create_deal(data, today=TODAY)
    assert summary.record is not None
    with pytest.raises(ImportUndoRefused, match="“Borealis” has a deal added after the import"):
        undo_import(summary.record)
    assert Client.get_by_id(borealis).name == "Borealis"
    assert Deal.select().count() == 1


def test_undo_is_refused_when_an_updated_contact_was_edited_since(acme: int) -> None:
    summary = import_people(
        PersonRecord(line=2, client_name="Acme", contact_name="Ana Ruiz",
                     email="ana@acme.example", role="CEO"),
    )  # fmt: skip
    Contact.update(phone="+34 600 000 000").where(Contact.name == "Ana Ruiz").execute()
    assert summary.record is not None
    with pytest.raises(ImportUndoRefused, match="“Ana Ruiz” was changed after the import"):
        undo_import(summary.record)
    assert Contact.get(Contact.name == "Ana Ruiz").role == "CEO"


def test_undo_is_refused_when_an_interaction_was_logged_with_a_created_contact(
    acme: int,
) -> None:
    summary = import_people(
        PersonRecord(line=2, client_name="Acme", contact_name="Jon Gil", email="jon@acme.example")
    )
    jon = Contact.get(Contact.name == "Jon Gil").id
    log_interaction(
        InteractionInput(acme, InteractionKind.CALL, NOW, "Intro", contact_id=jon), now=NOW
    )
    assert summary.record is not None
    with pytest.raises(ImportUndoRefused, match="interaction"):
        undo_import(summary.record)
    assert Contact.get_by_id(jon).name == "Jon Gil"


def test_a_deals_import_with_a_stage_move_is_undone_history_and_all(acme: int) -> None:
    first = apply_import(
        plan_deals(
            [DealRecord(2, "Renewal", "Acme", 1000, "EUR", "Proposal")],
            DuplicatePolicy.SKIP,
            default_currency="EUR",
        ),
        today=TODAY,
    )
    won = apply_import(
        plan_deals(
            [DealRecord(3, "Renewal", "Acme", 0, "", "", status=DealStatus.WON)],
            DuplicatePolicy.UPDATE,
            default_currency="EUR",
        ),
        today=TODAY,
    )
    assert Deal.get().stage.name == "Won"
    assert won.record is not None and first.record is not None
    undo_import(won.record)
    assert Deal.get().stage.name == "Proposal"
    assert StageChange.select().count() == 1
    undo_import(first.record)
    assert Deal.select().count() == 0
    assert Client.select().count() == 1  # Acme was there before


def test_a_calendar_import_is_undone_removed_meetings_back(db: SqliteDatabase) -> None:
    window = (date(2026, 11, 30), date(2026, 12, 28))

    def event(uid: str, day: int, start: int, title: str) -> EventRecord:
        return EventRecord(uid=uid, day=date(2026, 12, day), start=start, end=start + 60,
                           title=title)  # fmt: skip

    apply_import(plan_events("Work", [event("a", 1, 600, "Standup"), event("c", 3, 900, "QBR")],
                             *window))  # fmt: skip
    before = sorted(TimeBlock.select(TimeBlock.id, TimeBlock.title, TimeBlock.start).tuples())
    second = apply_import(
        plan_events("Work", [event("a", 1, 630, "Standup"), event("d", 4, 480, "Train")], *window)
    )
    assert second.removed == {"meetings": 1} and second.record is not None
    undo_import(second.record)
    assert sorted(TimeBlock.select(TimeBlock.id, TimeBlock.title, TimeBlock.start).tuples()) == (
        before
    )
    redo_import(second.record)
    assert sorted(TimeBlock.select(TimeBlock.title).tuples()) == [("Standup",), ("Train",)]
