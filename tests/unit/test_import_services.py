"""Importing people, deals and calendar events into the database: matching, duplicates,
one transaction, cancel, and re-importing a calendar."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase

from ae_desktop.domain.enums import BlockKind
from ae_desktop.interop.records import DealRecord, DealStatus, EventRecord, PersonRecord
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.contacts import ContactInput, add_contact
from ae_desktop.services.import_deals import apply_deals, plan_deals
from ae_desktop.services.import_events import apply_events, plan_events
from ae_desktop.services.import_people import apply_people, plan_people
from ae_desktop.services.import_plan import DuplicatePolicy, ImportCancelled
from ae_desktop.services.time_blocks import BlockInput, add_block
from ae_desktop.store.models import Client, Contact, Deal, Stage, StageChange, TimeBlock

TODAY = date(2026, 11, 27)


def person(line: int, client: str, name: str, email: str = "", **more: str) -> PersonRecord:
    return PersonRecord(line=line, client_name=client, contact_name=name, email=email, **more)


def contacts() -> list[tuple[str, str, str, str]]:
    query = (
        Contact.select(Client.name, Contact.name, Contact.email, Contact.role)
        .join(Client)
        .order_by(Contact.id)
    )
    return list(query.tuples())


@pytest.fixture
def acme(db: SqliteDatabase) -> int:
    client_id = create_client(ClientInput(name="Peña Ávila S.L."))
    add_contact(client_id, ContactInput(name="María Peña", email="maria@pena.example"))
    return client_id


def test_rows_become_clients_and_contacts_one_client_per_company(db: SqliteDatabase) -> None:
    records = [
        person(2, "Blue Harbour", "Ana Ruiz", "ana@blue.example", role="CFO", industry="Food"),
        person(3, "blue  harbour", "Luis Gil", "luis@blue.example"),
        person(4, "", "Solo Trader", "solo@example.com"),
    ]
    summary = apply_people(plan_people(records, DuplicatePolicy.SKIP))
    assert summary.created == {"clients": 2, "contacts": 3}
    assert contacts() == [
        ("Blue Harbour", "Ana Ruiz", "ana@blue.example", "CFO"),
        ("Blue Harbour", "Luis Gil", "luis@blue.example", ""),
        ("Solo Trader", "Solo Trader", "solo@example.com", ""),
    ]
    assert Client.get(Client.name == "Blue Harbour").industry == "Food"


def test_an_existing_client_gets_the_new_contact(acme: int) -> None:
    plan = plan_people([person(2, "PEÑA avila s.l.", "Jon Gil", "jon@pena.example")], "skip")  # type: ignore[arg-type]
    summary = apply_people(plan)
    assert summary.created == {"clients": 0, "contacts": 1}
    assert Contact.get(Contact.name == "Jon Gil").client_id == acme


@pytest.mark.parametrize(
    ("policy", "expected_roles", "contacts_count"),
    [
        (DuplicatePolicy.SKIP, [""], 1),
        (DuplicatePolicy.UPDATE, ["CEO"], 1),
        (DuplicatePolicy.CREATE, ["", "CEO"], 2),
    ],
)
def test_same_email_is_a_duplicate(
    acme: int, policy: DuplicatePolicy, expected_roles: list[str], contacts_count: int
) -> None:
    record = person(5, "Other name", "M. Peña", "MARIA@pena.example", role="CEO")
    plan = plan_people([record], policy)
    summary = plan.summary()
    if policy == DuplicatePolicy.SKIP:
        assert summary.skipped == ["Line 5: same e-mail as María Peña (Peña Ávila S.L.)."]
    apply_people(plan)
    assert Contact.select().count() == contacts_count
    assert [c.role for c in Contact.select().order_by(Contact.id)] == expected_roles


def test_same_name_at_the_same_client_is_a_duplicate(acme: int) -> None:
    plan = plan_people([person(2, "Peña Ávila S.L.", "maria peña")], DuplicatePolicy.SKIP)
    assert plan.summary().skipped == ["Line 2: maria peña is already a contact of Peña Ávila S.L."]


def test_an_update_changes_only_what_differs_and_adds_notes(acme: int) -> None:
    Contact.update(notes="Met at the fair.", phone="+34 600 000 001").execute()
    row = person(5, "Peña Ávila S.L.", "María Peña", "maria@pena.example", role="CFO",
                 notes="Prefers calls.")  # fmt: skip
    summary = apply_people(plan_people([row], DuplicatePolicy.UPDATE))
    assert summary.updated == {"contacts": 1}
    stored = Contact.get()
    assert (stored.role, stored.phone) == ("CFO", "+34 600 000 001")  # no phone in the file
    assert stored.notes == "Met at the fair.\n\nPrefers calls."
    again = plan_people([row], DuplicatePolicy.UPDATE).summary()
    assert again.updated == {} and again.skipped == ["Line 5: already up to date."]


def test_an_archived_client_gets_no_new_contacts(acme: int) -> None:
    Client.update(archived=True).execute()
    plan = plan_people([person(3, "Peña Ávila S.L.", "Jon Gil")], DuplicatePolicy.SKIP)
    assert [(p.line, p.message) for p in plan.rejected] == [
        (3, "Peña Ávila S.L. is archived; restore it first.")
    ]


def test_a_refused_value_is_named_in_the_message(db: SqliteDatabase) -> None:
    plan = plan_people([person(4, "Acme", "Ana", phone="call me")], DuplicatePolicy.SKIP)
    assert plan.rejected[0].message.startswith("Phone “call me”: Use only digits")


def test_the_same_email_twice_in_the_file_is_imported_once(db: SqliteDatabase) -> None:
    records = [person(2, "A", "Ana", "ana@a.example"), person(9, "A", "Ana B", "ANA@a.example")]
    summary = apply_people(plan_people(records, DuplicatePolicy.SKIP))
    assert summary.created["contacts"] == 1
    assert summary.skipped == ["Line 9: same e-mail as line 2 of this file."]


def test_bad_rows_are_rejected_with_their_line(db: SqliteDatabase) -> None:
    records = [person(2, "A", "Ana", "not-an-email"), person(3, "B", "Bo", phone="call me")]
    plan = plan_people(records, DuplicatePolicy.SKIP)
    assert [p.line for p in plan.rejected] == [2, 3]
    assert "not a valid e-mail" in plan.rejected[0].message
    assert plan.steps == []


def test_a_cancelled_import_writes_nothing(db: SqliteDatabase) -> None:
    records = [person(i, f"Client {i}", f"Person {i}") for i in range(2, 502)]
    plan = plan_people(records, DuplicatePolicy.SKIP)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 400  # the user presses Cancel at 400 of 500

    with pytest.raises(ImportCancelled):
        apply_people(plan, progress)
    assert calls == [200, 400]
    assert Client.select().count() == 0 and Contact.select().count() == 0


def deal(line: int, title: str, client: str, **more: object) -> DealRecord:
    values: dict[str, object] = {"value_minor": 1_250_050, "currency": "", "stage_name": ""}
    values.update(more)
    return DealRecord(line=line, title=title, client_name=client, **values)  # type: ignore[arg-type]


def test_deals_land_on_the_users_stages(acme: int) -> None:
    records = [
        deal(2, "Tienda online", "peña ávila s.l.", stage_name="proposal"),
        deal(3, "CRM rollout", "New Org", stage_name="Qualified To Buy", currency="USD"),
        deal(4, "Won one", "New Org", status=DealStatus.WON, expected_close=date(2026, 11, 2)),
        deal(5, "Lost one", "New Org", status=DealStatus.LOST),
        deal(6, "Pilot", "New Org", stage_name="Pilot running"),
        deal(7, "Offer", "New Org", stage_name="Proposal Made"),
        deal(8, "Contrato", "New Org", stage_name="Negociación"),
        deal(9, "Gone", "New Org", stage_name="Lost"),  # the Lost stage, status open
    ]
    plan = plan_deals(records, DuplicatePolicy.SKIP, default_currency="EUR")
    assert plan.notes == [
        "Stage “Pilot running” matches none of your stages: its deals go to your first stage."
    ]
    summary = apply_deals(plan, today=TODAY)
    assert summary.created == {"clients": 1, "deals": 8}
    rows = {
        d.title: (d.client.name, d.stage.name, d.value_minor, d.currency, d.closed_on)
        for d in Deal.select()
    }
    first = Stage.select().order_by(Stage.position).first().name
    assert rows["Tienda online"] == ("Peña Ávila S.L.", "Proposal", 1_250_050, "EUR", None)
    assert rows["CRM rollout"] == ("New Org", "Qualified", 1_250_050, "USD", None)
    assert rows["Won one"][1:] == ("Won", 1_250_050, "EUR", date(2026, 11, 2))
    assert rows["Lost one"][1] == "Lost" and rows["Lost one"][4] == TODAY
    assert rows["Pilot"][1] == first
    assert (rows["Offer"][1], rows["Contrato"][1]) == ("Proposal", "Negotiation")
    assert rows["Gone"][1] == "Lost" and rows["Gone"][4] == TODAY
    assert Deal.get(Deal.title == "Lost one").lost_reason == "Not given in the imported file."
    assert StageChange.select().count() == 8  # every imported deal starts its stage history


def test_a_deal_with_the_same_title_at_the_client_is_a_duplicate(acme: int) -> None:
    first = [deal(2, "Renewal", "Peña Ávila S.L.", expected_close=date(2026, 12, 20))]
    apply_deals(plan_deals(first, DuplicatePolicy.SKIP, default_currency="EUR"), today=TODAY)
    again = [deal(7, "renewal", "PEÑA ÁVILA S.L.", value_minor=99_00)]
    skipped = plan_deals(again, DuplicatePolicy.SKIP, default_currency="EUR")
    assert skipped.summary().skipped == [
        "Line 7: Peña Ávila S.L. already has a deal called renewal."
    ]
    apply_deals(plan_deals(again, DuplicatePolicy.UPDATE, default_currency="EUR"), today=TODAY)
    # The file gave a value, not a currency nor a close date: those stay as they were.
    stored = Deal.get()
    assert (stored.title, stored.value_minor, stored.currency) == ("Renewal", 99_00, "EUR")
    assert stored.expected_close == date(2026, 12, 20)
    # The same file again: nothing to update.
    same = plan_deals(again, DuplicatePolicy.UPDATE, default_currency="EUR").summary()
    assert same.updated == {} and same.skipped == ["Line 7: already up to date."]


def test_an_update_saying_won_moves_the_deal_with_its_history(acme: int) -> None:
    first = [deal(2, "Renewal", "Peña Ávila S.L.", stage_name="Proposal")]
    apply_deals(plan_deals(first, DuplicatePolicy.SKIP, default_currency="EUR"), today=TODAY)
    won = [deal(3, "Renewal", "Peña Ávila S.L.", status=DealStatus.WON, value_minor=0)]
    apply_deals(plan_deals(won, DuplicatePolicy.UPDATE, default_currency="EUR"), today=TODAY)
    stored = Deal.get()
    assert (stored.stage.name, stored.closed_on, stored.value_minor) == ("Won", TODAY, 1_250_050)
    assert [c.to_stage.name for c in StageChange.select().order_by(StageChange.id)] == [
        "Proposal",
        "Won",
    ]


def test_a_client_name_too_long_is_rejected_not_stored(db: SqliteDatabase) -> None:
    plan = plan_deals([deal(3, "Big", "x" * 5000)], DuplicatePolicy.SKIP, default_currency="EUR")
    assert [p.line for p in plan.rejected] == [3]
    assert plan.rejected[0].message.startswith("Organisation: Keep the name under")


def test_deal_without_organisation_is_rejected(db: SqliteDatabase) -> None:
    plan = plan_deals([deal(4, "Orphan", " ")], DuplicatePolicy.SKIP, default_currency="EUR")
    assert [(p.line, p.message) for p in plan.rejected] == [
        (4, "No organisation: a deal belongs to a client.")
    ]


def event(uid: str, day: int, start: int, end: int, title: str) -> EventRecord:
    return EventRecord(uid=uid, day=date(2026, 12, day), start=start, end=end, title=title)


def blocks() -> list[tuple[str, str, str, str, str | None, bool]]:
    query = TimeBlock.select(
        TimeBlock.date, TimeBlock.start, TimeBlock.end, TimeBlock.title, TimeBlock.calendar,
        TimeBlock.fixed,
    ).order_by(TimeBlock.date, TimeBlock.start)  # fmt: skip
    return [(str(d), s, e, t, c, bool(f)) for d, s, e, t, c, f in query.tuples()]


def test_reimporting_a_calendar_updates_and_removes_instead_of_duplicating(
    db: SqliteDatabase,
) -> None:
    window = (date(2026, 11, 30), date(2026, 12, 28))
    mine = BlockInput(date(2026, 12, 1), 9 * 60, 10 * 60, "My own block", BlockKind.ADMIN)
    add_block(mine)
    first = [
        event("a", 1, 600, 660, "Standup"),
        event("b", 2, 900, 960, "Client call"),
        event("c", 3, 1380, 1440, "Late review"),
    ]
    summary = apply_events(plan_events("Work", first, *window))
    assert summary.created == {"meetings": 3}
    # The calendar changed: a moved, c gone, d new; b as it was.
    second = [event("a", 1, 630, 690, "Standup"), first[1], event("d", 4, 480, 510, "Train")]
    plan = plan_events("Work", second, *window)
    assert (len(plan.creates), len(plan.updates), len(plan.removes), plan.unchanged) == (
        1, 1, 1, 1
    )  # fmt: skip
    apply_events(plan)
    assert blocks() == [
        ("2026-12-01", "09:00", "10:00", "My own block", None, False),
        ("2026-12-01", "10:30", "11:30", "Standup", "Work", True),
        ("2026-12-02", "15:00", "16:00", "Client call", "Work", True),
        ("2026-12-04", "08:00", "08:30", "Train", "Work", True),
    ]
    assert TimeBlock.get(TimeBlock.title == "Train").kind == BlockKind.MEETING.value
    # Importing the same file once more changes nothing.
    assert apply_events(plan_events("Work", second, *window)).changes == 0


def test_events_outside_the_window_are_not_removed_and_other_calendars_untouched(
    db: SqliteDatabase,
) -> None:
    apply_events(
        plan_events(
            "Work", [event("a", 1, 600, 660, "Old")], date(2026, 11, 30), date(2026, 12, 28)
        )
    )
    apply_events(
        plan_events(
            "Home", [event("a", 1, 700, 760, "Dentist")], date(2026, 11, 30), date(2026, 12, 28)
        )
    )
    later = plan_events("Work", [], date(2026, 12, 14), date(2027, 1, 11))
    assert later.removes == []
    assert len(blocks()) == 2


# --- whatever the readers hand over, planning and applying never fail half-way ------------

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_people = st.lists(
    st.builds(
        PersonRecord,
        line=st.integers(2, 10_000),
        client_name=st.one_of(_text, st.sampled_from(["Peña Ávila S.L.", "PEÑA AVILA s.l."])),
        contact_name=_text,
        email=st.one_of(st.just(""), st.emails(), _text),
        phone=st.one_of(st.just(""), st.from_regex(r"\+?[0-9 ]{6,14}", fullmatch=True), _text),
        role=_text,
        website=st.one_of(st.just(""), _text),
    ),
    max_size=8,
)
_deals = st.lists(
    st.builds(
        DealRecord,
        line=st.integers(2, 10_000),
        title=_text,
        client_name=st.one_of(_text, st.just("Peña Ávila S.L.")),
        value_minor=st.integers(-10, 10**15),
        currency=st.sampled_from(["", "EUR", "USD"]),
        stage_name=st.one_of(_text, st.sampled_from(["Proposal", "Won", "lead"])),
        status=st.sampled_from(list(DealStatus)),
        expected_close=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2100, 1, 1))),
        lost_reason=st.one_of(_text, st.text(min_size=299, max_size=320)),
    ),
    max_size=8,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(people=_people, deals=_deals, policy=st.sampled_from(list(DuplicatePolicy)))
def test_any_records_import_whole_or_are_rejected_with_a_line(
    acme: int, people: list[PersonRecord], deals: list[DealRecord], policy: DuplicatePolicy
) -> None:
    Client.update(archived=True).where(Client.id == acme).execute()  # a client to refuse
    before = (Client.select().count(), Contact.select().count(), Deal.select().count())
    people_plan = plan_people(people, policy)
    done = apply_people(people_plan)
    deals_plan = plan_deals(deals, policy, default_currency="EUR")
    done_deals = apply_deals(deals_plan, today=TODAY)
    assert len(people_plan.steps) + len(people_plan.rejected) == len(people)
    assert len(deals_plan.steps) + len(deals_plan.rejected) == len(deals)
    created_clients = done.created.get("clients", 0) + done_deals.created.get("clients", 0)
    assert Client.select().count() == before[0] + created_clients
    assert Contact.select().count() == before[1] + done.created.get("contacts", 0)
    assert Deal.select().count() == before[2] + done_deals.created.get("deals", 0)
    Deal.delete().execute()
    Contact.delete().where(Contact.client != acme).execute()
    Client.delete().where(Client.id != acme).execute()
    Client.update(archived=False).where(Client.id == acme).execute()


def test_two_calendars_without_names_or_named_alike_keep_each_others_meetings(
    db: SqliteDatabase,
) -> None:
    from ae_desktop.services.import_events import calendar_key

    window = (date(2026, 11, 30), date(2026, 12, 28))
    work, personal = calendar_key("", "work"), calendar_key("Calendar", "personal")
    assert (work, personal) == ("work", "Calendar (personal)")
    assert calendar_key("Calendar", "work") != personal
    apply_events(plan_events(work, [event("a", 1, 600, 660, "Board")], *window))
    second = plan_events(personal, [event("b", 2, 600, 660, "Dentist")], *window)
    assert second.removes == []


def test_an_invitation_adds_its_meeting_and_removes_nothing_else(db: SqliteDatabase) -> None:
    window = (date(2026, 11, 30), date(2026, 12, 28))
    apply_events(plan_events("Invitations", [event("a", 1, 600, 660, "Kickoff")], *window,
                             sync=False))  # fmt: skip
    other = plan_events("Invitations", [event("b", 2, 600, 660, "Review")], *window, sync=False)
    assert other.removes == [] and len(other.creates) == 1
    apply_events(other)
    cancel = plan_events("Invitations", [], *window, sync=False, cancelled=["a"])
    apply_events(cancel)
    assert [b[3] for b in blocks()] == ["Review"]


def test_meetings_of_an_event_that_could_not_be_read_are_kept(db: SqliteDatabase) -> None:
    window = (date(2026, 11, 30), date(2026, 12, 28))
    series = [event("s/20261201T090000Z", 1, 600, 660, "Sync"),
              event("s/20261208T090000Z", 8, 600, 660, "Sync")]  # fmt: skip
    apply_events(plan_events("Work", series, *window))
    unreadable = plan_events("Work", [], *window, keep=["s"])
    assert unreadable.removes == []
    assert unreadable.notes == ["Meetings of events that could not be read are kept as they were."]
