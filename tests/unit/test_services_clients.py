"""Client, contact, interaction and settings use cases, checked against what is stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import ClientStatus, InteractionKind, Tier
from ae_desktop.services.client_rows import ClientFilter, ClientRow, list_clients
from ae_desktop.services.clients import (
    ClientInput,
    create_client,
    get_client,
    set_archived,
    update_client,
)
from ae_desktop.services.contacts import (
    ContactInput,
    add_contact,
    delete_contact,
    get_contact,
    list_contacts,
    restore_contact,
    update_contact,
)
from ae_desktop.services.errors import DuplicateClientError, NotFoundError, ValidationError
from ae_desktop.services.interactions import InteractionInput, log_interaction, timeline
from ae_desktop.services.settings import currency, get_setting, set_setting
from ae_desktop.store.models import Client, Contact, Deal, Interaction, Stage, Task

TODAY = date(2025, 3, 14)  # a Friday
NOW = datetime.combine(TODAY, time(17, 30))


def at(days_ago: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour))


def new_client(name: str = "Acme", **fields: object) -> int:
    return create_client(ClientInput(name=name, **fields))  # type: ignore[arg-type]


def added(client_id: int, days_ago: int) -> int:
    """Backdate the client as if it was added *days_ago* days before TODAY."""
    Client.update(created_at=at(days_ago)).where(Client.id == client_id).execute()
    return client_id


def log(client_id: int, when: datetime, summary: str = "Call", **fields: object) -> int:
    return log_interaction(
        InteractionInput(
            client_id=client_id,
            kind=fields.pop("kind", InteractionKind.CALL),  # type: ignore[arg-type]
            occurred_at=when,
            summary=summary,
            **fields,  # type: ignore[arg-type]
        ),
        now=NOW,
    )


def add_deal(client_id: int, stage: str, value_minor: int, title: str = "Deal") -> int:
    return Deal.create(
        client=client_id,
        title=title,
        value_minor=value_minor,
        stage=Stage.get(Stage.name == stage),
        created_on=TODAY - timedelta(days=30),
    ).id


def rows(flt: ClientFilter | None = None) -> list[ClientRow]:
    return list_clients(flt or ClientFilter(), TODAY)


def names(flt: ClientFilter | None = None) -> list[str]:
    return [row.name for row in rows(flt)]


def row_of(client_id: int) -> ClientRow:
    [row] = [r for r in rows(ClientFilter(include_archived=True)) if r.id == client_id]
    return row


# --- clients --------------------------------------------------------------------------------


def test_create_stores_money_as_integer_minor_units(db: SqliteDatabase) -> None:
    client_id = new_client(
        "  Acme  ",
        industry="Retail",
        tier=Tier.KEY,
        status=ClientStatus.ACTIVE,
        potential_revenue=Decimal("1234.56"),
        cadence_days=10,
        website="https://acme.example",
    )

    stored = db.execute_sql(
        "SELECT name, tier, status, potential_revenue_minor, cadence_days FROM client WHERE id=?",
        (client_id,),
    ).fetchone()
    assert stored == ("Acme", "key", "active", 123456, 10)
    assert isinstance(stored[3], int)

    detail = get_client(client_id)
    assert detail.name == "Acme"
    assert detail.industry == "Retail"
    assert detail.tier is Tier.KEY
    assert detail.status is ClientStatus.ACTIVE
    assert detail.potential_revenue == Decimal("1234.56")
    assert detail.cadence_days == 10
    assert detail.website == "https://acme.example"
    assert detail.archived is False
    assert detail.satisfaction is None


def test_update_changes_the_stored_client(db: SqliteDatabase) -> None:
    client_id = new_client("Acme", tier=Tier.PROSPECT)
    changed = replace(
        get_client(client_id).as_input(),
        name="Acme Holdings",
        tier=Tier.KEY,
        status=ClientStatus.ACTIVE,
        potential_revenue=Decimal("99999.99"),
        notes="Met at the fair",
    )

    update_client(client_id, changed)

    detail = get_client(client_id)
    assert (detail.name, detail.tier, detail.status) == (
        "Acme Holdings",
        Tier.KEY,
        ClientStatus.ACTIVE,
    )
    assert detail.potential_revenue == Decimal("99999.99")
    assert detail.notes == "Met at the fair"
    assert Client.get_by_id(client_id).potential_revenue_minor == 9999999


def test_renaming_a_client_to_a_different_case_of_its_own_name_is_allowed(
    db: SqliteDatabase,
) -> None:
    client_id = new_client("acme")
    update_client(client_id, ClientInput(name="ACME"))
    assert get_client(client_id).name == "ACME"


def test_get_or_update_a_missing_client_says_not_found(db: SqliteDatabase) -> None:
    with pytest.raises(NotFoundError):
        get_client(404)
    with pytest.raises(NotFoundError):
        update_client(404, ClientInput(name="Nobody"))
    with pytest.raises(NotFoundError):
        set_archived(404, True)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ClientInput(name=""), "name"),
        (ClientInput(name="   \t "), "name"),
        (ClientInput(name="x" * 201), "name"),
        (ClientInput(name="Acme", potential_revenue=Decimal("-0.01")), "potential_revenue"),
        (ClientInput(name="Acme", cadence_days=0), "cadence_days"),
        (ClientInput(name="Acme", cadence_days=-7), "cadence_days"),
        (ClientInput(name="Acme", cadence_days=366), "cadence_days"),
        (ClientInput(name="Acme", weekly_minutes=-15), "weekly_minutes"),
        (ClientInput(name="Acme", weekly_minutes=40 * 60 + 1), "weekly_minutes"),
    ],
    ids=[
        "empty-name",
        "blank-name",
        "long-name",
        "negative-revenue",
        "cadence-0",
        "cadence-negative",
        "cadence-366",
        "weekly-negative",
        "weekly-over-40h",
    ],
)
def test_invalid_client_is_refused_at_the_field_and_nothing_is_stored(
    db: SqliteDatabase, data: ClientInput, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        create_client(data)
    assert field in info.value.errors
    assert info.value.errors[field]  # a message the user can read
    assert Client.select().count() == 0


def test_invalid_update_leaves_the_stored_client_unchanged(db: SqliteDatabase) -> None:
    client_id = new_client("Acme", potential_revenue=Decimal("10"))
    with pytest.raises(ValidationError) as info:
        update_client(client_id, ClientInput(name="", potential_revenue=Decimal("-5")))
    assert set(info.value.errors) == {"name", "potential_revenue"}
    assert get_client(client_id).name == "Acme"
    assert get_client(client_id).potential_revenue == Decimal("10")


@pytest.mark.parametrize("cadence", [1, 365])
def test_cadence_bounds_are_accepted(db: SqliteDatabase, cadence: int) -> None:
    client_id = new_client("Acme", cadence_days=cadence)
    assert get_client(client_id).cadence_days == cadence


@pytest.mark.parametrize("minutes", [0, 15, 120, 40 * 60])
def test_a_weekly_time_budget_is_stored_and_read_back(db: SqliteDatabase, minutes: int) -> None:
    client_id = new_client("Acme", weekly_minutes=minutes)
    assert get_client(client_id).weekly_minutes == minutes
    stored = db.execute_sql("SELECT weekly_minutes FROM client WHERE id = ?", (client_id,))
    assert stored.fetchone() == (minutes,)
    detail = get_client(client_id)
    assert detail.as_input().weekly_minutes == minutes


def test_updating_a_client_changes_or_clears_its_weekly_time(db: SqliteDatabase) -> None:
    client_id = new_client("Acme", weekly_minutes=120)
    update_client(client_id, replace(get_client(client_id).as_input(), weekly_minutes=90))
    assert get_client(client_id).weekly_minutes == 90
    update_client(client_id, replace(get_client(client_id).as_input(), weekly_minutes=0))
    assert get_client(client_id).weekly_minutes == 0


@pytest.mark.parametrize("same", ["ACME", "Acmé", "  acme ", "ÁCMÉ"])
def test_a_duplicate_name_needs_confirmation(db: SqliteDatabase, same: str) -> None:
    first = new_client("Acme")

    with pytest.raises(DuplicateClientError) as info:
        new_client(same)
    assert info.value.existing_id == first
    assert info.value.existing_name == "Acme"
    assert Client.select().count() == 1

    second = create_client(ClientInput(name=same), allow_duplicate=True)
    assert second != first
    assert sorted(c.name for c in Client.select()) == sorted(["Acme", same.strip()])


def test_renaming_onto_another_clients_name_needs_confirmation(db: SqliteDatabase) -> None:
    new_client("Acme")
    other = new_client("Globex")
    with pytest.raises(DuplicateClientError):
        update_client(other, ClientInput(name="ACMÉ"))
    assert get_client(other).name == "Globex"
    update_client(other, ClientInput(name="ACMÉ"), allow_duplicate=True)
    assert get_client(other).name == "ACMÉ"


def test_an_archived_client_still_counts_as_a_duplicate(db: SqliteDatabase) -> None:
    set_archived(new_client("Acme"), True)
    with pytest.raises(DuplicateClientError):
        new_client("acme")


def test_archive_hides_and_restore_shows_a_client(db: SqliteDatabase) -> None:
    acme = new_client("Acme")
    new_client("Globex")
    log(acme, at(3))

    set_archived(acme, True)
    assert names() == ["Globex"]
    assert names(ClientFilter(include_archived=True)) == ["Acme", "Globex"]
    assert row_of(acme).archived is True
    assert get_client(acme).archived is True
    assert len(timeline(acme)) == 1  # history is kept

    set_archived(acme, False)
    assert names() == ["Acme", "Globex"]
    assert get_client(acme).archived is False


# --- the client list: filters ---------------------------------------------------------------


@pytest.fixture
def book(db: SqliteDatabase) -> dict[str, int]:
    """A small book of business to filter."""
    ids = {
        "acme": new_client(
            "Acme Retail", industry="Retail", tier=Tier.KEY, status=ClientStatus.ACTIVE
        ),
        "globex": new_client(
            "Globex", industry="Logistics", tier=Tier.STANDARD, status=ClientStatus.ACTIVE
        ),
        "initech": new_client(
            "Initech", industry="Software", tier=Tier.PROSPECT, status=ClientStatus.PROSPECT
        ),
        "umbrella": new_client(
            "Umbrella", industry="Pharma", tier=Tier.KEY, status=ClientStatus.CHURNED
        ),
    }
    add_contact(ids["globex"], ContactInput(name="María Peña", email="mpena@globex.example"))
    add_contact(ids["initech"], ContactInput(name="Bill Lumbergh", email="tps@initech.example"))
    for key in ("acme", "globex", "initech"):
        log(ids[key], at(1))
    return ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["Acme Retail", "Globex", "Initech", "Umbrella"]),
        ("glob", ["Globex"]),  # name
        ("PHARMA", ["Umbrella"]),  # industry, any case
        ("logist", ["Globex"]),
        ("pena", ["Globex"]),  # contact name, accent-insensitive
        ("PEÑA", ["Globex"]),
        ("tps@initech", ["Initech"]),  # contact e-mail
        ("lumbergh software", ["Initech"]),  # every word must match...
        ("acme software", []),  # ...not just one of them
        ("  retail   acme ", ["Acme Retail"]),
        ("nobody", []),
    ],
)
def test_text_filter(book: dict[str, int], text: str, expected: list[str]) -> None:
    assert names(ClientFilter(text=text)) == expected


def test_tier_and_status_filters(book: dict[str, int]) -> None:
    assert names(ClientFilter(tier=Tier.KEY)) == ["Acme Retail", "Umbrella"]
    assert names(ClientFilter(tier=Tier.PROSPECT)) == ["Initech"]
    assert names(ClientFilter(status=ClientStatus.ACTIVE)) == ["Acme Retail", "Globex"]
    assert names(ClientFilter(status=ClientStatus.CHURNED)) == ["Umbrella"]
    assert names(ClientFilter(tier=Tier.KEY, status=ClientStatus.ACTIVE)) == ["Acme Retail"]
    assert names(ClientFilter(text="acme", tier=Tier.STANDARD)) == []


def test_contact_edits_change_what_the_text_filter_finds(book: dict[str, int]) -> None:
    [contact] = list_contacts(book["globex"])
    update_contact(contact.id, ContactInput(name="John Smith", email="js@globex.example"))
    assert names(ClientFilter(text="pena")) == []
    assert names(ClientFilter(text="smith")) == ["Globex"]


def test_neglected_follows_the_cadence(db: SqliteDatabase) -> None:
    key = dict(tier=Tier.KEY, status=ClientStatus.ACTIVE)
    eight = new_client("Eight days", **key)
    seven = new_client("Seven days", **key)
    six = new_client("Six days", **key)
    never = added(new_client("Never touched", **key), 60)
    churned = added(new_client("Churned", tier=Tier.KEY, status=ClientStatus.CHURNED), 60)
    custom = new_client("Custom cadence", cadence_days=3, tier=Tier.STANDARD)
    standard = new_client("Standard", tier=Tier.STANDARD)
    log(eight, at(8, hour=23))
    log(seven, at(7, hour=8))
    log(six, at(6))
    log(custom, at(4))
    log(standard, at(29))
    log(standard, at(40))

    assert row_of(eight).neglected is True
    assert row_of(seven).neglected is False  # exactly the cadence is not yet neglected
    assert row_of(six).neglected is False
    assert row_of(never).neglected is True
    assert row_of(churned).neglected is False
    assert row_of(custom).neglected is True
    assert row_of(standard).neglected is False  # the newest touch counts
    assert row_of(eight).cadence_days == 7
    assert row_of(standard).cadence_days == 30
    assert names(ClientFilter(neglected_only=True)) == [
        "Custom cadence",
        "Eight days",
        "Never touched",
    ]
    # The same data seen a week later: everyone key is overdue.
    later = list_clients(ClientFilter(neglected_only=True), TODAY + timedelta(days=7))
    assert "Six days" in [r.name for r in later]


def test_a_new_client_is_neglected_once_its_cadence_has_passed_since_it_was_added(
    db: SqliteDatabase,
) -> None:
    key = dict(tier=Tier.KEY, status=ClientStatus.ACTIVE)
    three = added(new_client("Added 3 days ago", **key), 3)
    seven = added(new_client("Added 7 days ago", **key), 7)
    ten = added(new_client("Added 10 days ago", **key), 10)

    assert [row_of(c).neglected for c in (three, seven, ten)] == [False, False, True]
    assert names(ClientFilter(neglected_only=True)) == ["Added 10 days ago"]
    log(ten, at(0))
    assert row_of(ten).neglected is False  # the first interaction resets the count
    later = list_clients(ClientFilter(neglected_only=True), TODAY + timedelta(days=5))
    assert [r.name for r in later] == ["Added 3 days ago", "Added 7 days ago"]


def test_archived_neglected_clients_stay_hidden(db: SqliteDatabase) -> None:
    set_archived(added(new_client("Dormant", tier=Tier.KEY), 30), True)
    assert names(ClientFilter(neglected_only=True)) == []
    assert names(ClientFilter(neglected_only=True, include_archived=True)) == ["Dormant"]


# --- the client list: columns ---------------------------------------------------------------


def test_last_contact_is_the_newest_interaction(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    assert row_of(client_id).last_contact is None
    log(client_id, at(2, hour=15))
    log(client_id, at(10))  # back-filled, older
    log(client_id, at(5))
    assert row_of(client_id).last_contact == at(2, hour=15)


def test_next_follow_up_is_the_earliest_open_task(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    other = new_client("Globex")
    assert row_of(client_id).next_follow_up is None
    Task.create(title="Done already", client=client_id, due_on=TODAY - timedelta(3), status="done")
    Task.create(title="Dropped", client=client_id, due_on=TODAY, status="cancelled")
    Task.create(title="Send offer", client=client_id, due_on=TODAY + timedelta(9))
    Task.create(title="Call back", client=client_id, due_on=TODAY + timedelta(4))
    Task.create(title="No date", client=client_id, due_on=None)
    Task.create(title="Other client", client=other, due_on=TODAY + timedelta(1))

    assert row_of(client_id).next_follow_up == TODAY + timedelta(4)
    assert row_of(other).next_follow_up == TODAY + timedelta(1)


def test_open_pipeline_counts_deals_in_open_stages_only(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    other = new_client("Globex")
    add_deal(client_id, "Lead", 100_00)
    add_deal(client_id, "Negotiation", 2_500_00)
    add_deal(client_id, "Won", 9_999_00)
    add_deal(client_id, "Lost", 7_777_00)
    add_deal(other, "Proposal", 50_00)

    assert row_of(client_id).open_pipeline_minor == 2_600_00
    assert row_of(other).open_pipeline_minor == 50_00
    assert [d.title for d in get_client(client_id).open_deals] == ["Deal", "Deal"]
    assert sorted(d.value_minor for d in get_client(client_id).open_deals) == [10000, 250000]


def test_a_client_with_nothing_has_empty_columns(db: SqliteDatabase) -> None:
    row = row_of(new_client("Fresh", tier=Tier.PROSPECT))
    assert (row.last_contact, row.next_follow_up, row.open_pipeline_minor) == (None, None, 0)
    assert row.cadence_days == 14


@pytest.mark.parametrize(
    "name",
    [
        "<b>x</b>",
        "<img src=x onerror=alert(1)>",
        'O\'Brien & "Sons"',
        "Café 🚀 Ñandú",
        "Robert'); DROP TABLE client;--",
        "=SUM(A1:A9)",
    ],
)
def test_names_are_stored_and_returned_literally(db: SqliteDatabase, name: str) -> None:
    client_id = new_client(name)
    assert db.execute_sql("SELECT name FROM client WHERE id=?", (client_id,)).fetchone() == (name,)
    assert get_client(client_id).name == name
    assert row_of(client_id).name == name
    assert names(ClientFilter(text=name)) == [name]
    contact_id = add_contact(client_id, ContactInput(name=name))
    assert get_contact(contact_id).name == name
    log(client_id, at(1), summary=name)
    assert timeline(client_id)[0].summary == name


# --- contacts -------------------------------------------------------------------------------


def test_add_and_update_a_contact(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    contact_id = add_contact(
        client_id,
        ContactInput(
            name=" Ana García ",
            role="CFO",
            email=" ana@acme.example ",
            phone=" +34 912 345 678 ",
            notes="VIP",
        ),
    )
    stored = Contact.get_by_id(contact_id)
    assert (stored.name, stored.role, stored.email, stored.phone, stored.notes) == (
        "Ana García",
        "CFO",
        "ana@acme.example",
        "+34 912 345 678",
        "VIP",
    )
    assert stored.client_id == client_id

    update_contact(contact_id, ContactInput(name="Ana García López", email="agl@acme.example"))
    row = get_contact(contact_id)
    assert (row.name, row.email, row.role) == ("Ana García López", "agl@acme.example", "")
    assert [c.id for c in list_contacts(client_id)] == [contact_id]


def test_primary_contact_is_unique_per_client(db: SqliteDatabase) -> None:
    acme = new_client("Acme")
    globex = new_client("Globex")
    ana = add_contact(acme, ContactInput(name="Ana", is_primary=True))
    ben = add_contact(acme, ContactInput(name="Ben", is_primary=True))
    gus = add_contact(globex, ContactInput(name="Gus", is_primary=True))

    def primaries(client_id: int) -> list[int]:
        return [c.id for c in list_contacts(client_id) if c.is_primary]

    assert primaries(acme) == [ben]
    assert primaries(globex) == [gus]  # another client's primary is untouched

    update_contact(ana, replace(get_contact(ana).as_input(), is_primary=True))
    assert primaries(acme) == [ana]
    assert list_contacts(acme)[0].id == ana  # the primary is listed first
    assert primaries(globex) == [gus]


def test_delete_and_restore_a_contact(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    ana = add_contact(
        client_id, ContactInput(name="Ana", email="ana@acme.example", is_primary=True)
    )
    log(client_id, at(1), summary="Call with Ana", contact_id=ana)

    deleted = delete_contact(ana)

    assert list_contacts(client_id) == []
    assert timeline(client_id)[0].summary == "Call with Ana"  # the interaction stays
    assert timeline(client_id)[0].contact_name == ""
    with pytest.raises(NotFoundError):
        get_contact(ana)

    assert restore_contact(deleted) == ana
    assert get_contact(ana) == deleted.row
    assert timeline(client_id)[0].contact_name == "Ana"  # undo links the interaction back


def test_restoring_a_primary_contact_demotes_the_one_promoted_meanwhile(
    db: SqliteDatabase,
) -> None:
    client_id = new_client("Acme")
    add_contact(client_id, ContactInput(name="Zoe"))
    ana = add_contact(client_id, ContactInput(name="Ana", is_primary=True))
    deleted = delete_contact(ana)
    ben = add_contact(client_id, ContactInput(name="Ben", is_primary=True))

    restored = restore_contact(deleted)

    assert [(c.name, c.is_primary) for c in list_contacts(client_id)] == [
        ("Ana", True),
        ("Ben", False),
        ("Zoe", False),
    ]
    assert get_contact(restored).name == "Ana"
    assert get_contact(ben).name == "Ben"


def test_undoing_a_delete_after_adding_a_contact_keeps_both(db: SqliteDatabase) -> None:
    # SQLite hands the deleted contact's id to the next new contact (no AUTOINCREMENT).
    client_id = new_client("Acme")
    ana = add_contact(client_id, ContactInput(name="Ana", email="ana@acme.example"))
    deleted = delete_contact(ana)
    ben = add_contact(client_id, ContactInput(name="Ben"))

    restored = restore_contact(deleted)

    assert restored != ben
    assert get_contact(restored) == replace(deleted.row, id=restored)
    assert sorted(c.name for c in list_contacts(client_id)) == ["Ana", "Ben"]


@pytest.mark.parametrize(
    "email", ["ana", "ana@", "@acme.example", "ana@acme", "ana @acme.example", "ana@@acme.com"]
)
def test_invalid_email_is_refused_and_nothing_stored(db: SqliteDatabase, email: str) -> None:
    client_id = new_client("Acme")
    with pytest.raises(ValidationError) as info:
        add_contact(client_id, ContactInput(name="Ana", email=email))
    assert list(info.value.errors) == ["email"]
    assert Contact.select().count() == 0

    contact_id = add_contact(client_id, ContactInput(name="Ana", email="ana@acme.example"))
    with pytest.raises(ValidationError) as info:
        update_contact(contact_id, ContactInput(name="Ana", email=email))
    assert list(info.value.errors) == ["email"]
    assert get_contact(contact_id).email == "ana@acme.example"


def test_a_contact_without_e_mail_is_fine(db: SqliteDatabase) -> None:
    contact_id = add_contact(new_client("Acme"), ContactInput(name="Ana", email="  "))
    assert get_contact(contact_id).email == ""


@pytest.mark.parametrize("name", ["", "   "])
def test_a_contact_needs_a_name(db: SqliteDatabase, name: str) -> None:
    client_id = new_client("Acme")
    with pytest.raises(ValidationError) as info:
        add_contact(client_id, ContactInput(name=name, email="ana@acme.example"))
    assert list(info.value.errors) == ["name"]
    assert Contact.select().count() == 0


def test_a_contact_for_a_missing_client_is_refused(db: SqliteDatabase) -> None:
    with pytest.raises(NotFoundError):
        add_contact(404, ContactInput(name="Ana"))
    assert Contact.select().count() == 0


# --- interactions ---------------------------------------------------------------------------


def test_a_follow_up_becomes_a_linked_open_task(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    deal_id = add_deal(client_id, "Proposal", 5_000_00, title="Rollout")
    contact_id = add_contact(client_id, ContactInput(name="Ana"))

    interaction_id = log(
        client_id,
        at(0, hour=9),
        summary="  Presented   the proposal\n to Ana  ",
        outcome="Wants a discount",
        kind=InteractionKind.PRESENTATION,
        contact_id=contact_id,
        deal_id=deal_id,
        follow_up_on=TODAY + timedelta(days=3),
    )

    [task] = list(Task.select())
    assert task.client_id == client_id
    assert task.deal_id == deal_id
    assert task.interaction_id == interaction_id
    assert task.due_on == TODAY + timedelta(days=3)
    assert task.status == "open"
    assert task.title == "Follow up: Presented the proposal to Ana"
    stored = Interaction.get_by_id(interaction_id)
    assert stored.summary == "Presented   the proposal\n to Ana"
    assert stored.kind == "presentation"
    assert stored.follow_up_on == TODAY + timedelta(days=3)
    assert row_of(client_id).next_follow_up == TODAY + timedelta(days=3)
    assert row_of(client_id).last_contact == at(0, hour=9)


def test_no_follow_up_means_no_task(db: SqliteDatabase) -> None:
    log(new_client("Acme"), at(0))
    assert Task.select().count() == 0


def test_a_follow_up_on_the_same_day_is_accepted(db: SqliteDatabase) -> None:
    log(new_client("Acme"), at(0, hour=17), follow_up_on=TODAY)
    assert [t.due_on for t in Task.select()] == [TODAY]


def test_a_follow_up_before_the_interaction_is_refused_and_nothing_stored(
    db: SqliteDatabase,
) -> None:
    client_id = new_client("Acme")
    with pytest.raises(ValidationError) as info:
        log(client_id, at(0), follow_up_on=TODAY - timedelta(days=1), csat=5)
    assert "follow_up_on" in info.value.errors
    assert Interaction.select().count() == 0
    assert Task.select().count() == 0
    assert get_client(client_id).satisfaction is None


@pytest.mark.parametrize("csat", [0, 6, -1])
def test_csat_outside_one_to_five_is_refused(db: SqliteDatabase, csat: int) -> None:
    client_id = new_client("Acme")
    log(client_id, at(2), csat=3)
    with pytest.raises(ValidationError) as info:
        log(client_id, at(1), csat=csat, follow_up_on=TODAY)
    assert list(info.value.errors) == ["csat"]
    assert Interaction.select().count() == 1
    assert Task.select().count() == 0
    assert get_client(client_id).satisfaction == 3


def test_csat_one_and_five_are_accepted_and_the_latest_is_the_clients(
    db: SqliteDatabase,
) -> None:
    client_id = new_client("Acme")
    log(client_id, at(5), csat=1)
    assert get_client(client_id).satisfaction == 1
    log(client_id, at(3), csat=5)
    assert get_client(client_id).satisfaction == 5
    log(client_id, at(2))  # no score: the last one stands
    assert get_client(client_id).satisfaction == 5
    assert [e.csat for e in timeline(client_id)] == [None, 5, 1]


def test_back_filling_an_older_score_keeps_the_newer_satisfaction(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    log(client_id, at(1), csat=5)
    log(client_id, at(20), summary="Old survey, typed in late", csat=2)
    assert get_client(client_id).satisfaction == 5


def test_a_contact_or_deal_of_another_client_is_refused(db: SqliteDatabase) -> None:
    acme = new_client("Acme")
    globex = new_client("Globex")
    globex_contact = add_contact(globex, ContactInput(name="Gus"))
    globex_deal = add_deal(globex, "Lead", 100_00)

    with pytest.raises(ValidationError) as info:
        log(acme, at(0), contact_id=globex_contact, follow_up_on=TODAY)
    assert list(info.value.errors) == ["contact"]
    with pytest.raises(ValidationError) as info:
        log(acme, at(0), deal_id=globex_deal)
    assert list(info.value.errors) == ["deal"]
    with pytest.raises(ValidationError) as info:
        log(acme, at(0), contact_id=9999)
    assert list(info.value.errors) == ["contact"]
    assert Interaction.select().count() == 0
    assert Task.select().count() == 0


def test_an_interaction_needs_a_summary_and_an_existing_client(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    with pytest.raises(ValidationError) as info:
        log(client_id, at(0), summary="   ")
    assert list(info.value.errors) == ["summary"]
    with pytest.raises(ValidationError) as info:
        log(404, at(0))
    assert "client" in info.value.errors
    assert Interaction.select().count() == 0


def test_timeline_is_newest_first_with_contact_and_deal(db: SqliteDatabase) -> None:
    client_id = new_client("Acme")
    other = new_client("Globex")
    ana = add_contact(client_id, ContactInput(name="Ana"))
    deal = add_deal(client_id, "Qualified", 1_000_00, title="Pilot")
    log(client_id, at(10), summary="First call", contact_id=ana)
    log(client_id, at(1), summary="Demo", kind=InteractionKind.MEETING, deal_id=deal, csat=4)
    log(client_id, at(5, hour=9), summary="Lunch", kind=InteractionKind.MEAL)
    log(client_id, at(5, hour=16), summary="Mail", kind=InteractionKind.EMAIL, contact_id=ana)
    log(other, at(0), summary="Not Acme's")

    entries = timeline(client_id)

    assert [(e.summary, e.contact_name, e.deal_title) for e in entries] == [
        ("Demo", "", "Pilot"),
        ("Mail", "Ana", ""),
        ("Lunch", "", ""),
        ("First call", "Ana", ""),
    ]
    assert [e.occurred_at for e in entries] == [at(1), at(5, hour=16), at(5, hour=9), at(10)]
    assert entries[0].kind is InteractionKind.MEETING
    assert entries[0].csat == 4
    assert [e.summary for e in timeline(client_id, limit=2)] == ["Demo", "Mail"]


def test_an_interaction_on_a_deal_refreshes_it_but_a_back_filled_one_does_not(
    db: SqliteDatabase,
) -> None:
    client_id = new_client("Acme")
    deal_id = add_deal(client_id, "Proposal", 1_000_00)
    Deal.update(updated_at=at(20)).where(Deal.id == deal_id).execute()

    log(client_id, at(2), deal_id=deal_id)
    assert Deal.get_by_id(deal_id).updated_at == at(2)
    log(client_id, at(9), deal_id=deal_id)
    assert Deal.get_by_id(deal_id).updated_at == at(2)


# --- settings -------------------------------------------------------------------------------


def test_settings_roundtrip_and_defaults(db: SqliteDatabase) -> None:
    assert currency() == "EUR"
    assert get_setting("no_such_setting") is None

    set_setting("currency", "USD")
    set_setting("workday", {"start": "08:30", "end": "17:00", "days": [0, 1, 2, 3, 4]})
    set_setting("ae_name", "Peña <b>")

    assert currency() == "USD"
    assert get_setting("workday") == {"start": "08:30", "end": "17:00", "days": [0, 1, 2, 3, 4]}
    assert get_setting("ae_name") == "Peña <b>"

    set_setting("currency", "GBP")
    assert currency() == "GBP"
    assert db.execute_sql("SELECT count(*) FROM setting WHERE key='currency'").fetchone() == (1,)


def test_find_same_name_gives_the_id_and_name_not_a_record(db):
    from ae_desktop.services.clients import ClientName, find_same_name

    acme = create_client(ClientInput("Acme Logística"))
    assert find_same_name("ACME  logistica") == ClientName(acme, "Acme Logística")
    assert find_same_name("Acme Logística", exclude_id=acme) is None


def test_potential_revenue_comes_back_as_the_money_module_reads_minor_units(db):
    client_id = create_client(ClientInput("Acme", potential_revenue=Decimal("120000")))
    revenue = get_client(client_id).potential_revenue
    assert revenue == Decimal("120000")
    assert str(revenue) == "120000.00"  # two decimal places, as domain.money.from_minor gives
