"""What a user types that the use cases tidy or refuse: amounts, names, web addresses, phones,
duplicate e-mails and interactions dated in the future."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import InteractionKind
from ae_desktop.domain.money import MAX_AMOUNT, parse_amount
from ae_desktop.services.clients import ClientInput, create_client, get_client, update_client
from ae_desktop.services.contacts import ContactInput, add_contact, get_contact, update_contact
from ae_desktop.services.errors import DuplicateClientError, ValidationError
from ae_desktop.services.interactions import (
    InteractionInput,
    get_interaction,
    log_interaction,
    timeline,
    update_interaction,
)
from ae_desktop.store.models import Client, Contact, Interaction

NOW = datetime(2025, 3, 14, 16, 0)


def refused(action: Callable[[], object], field: str) -> str:
    """Run *action*; it must be refused at *field*. Returns the message the user sees."""
    with pytest.raises(ValidationError) as info:
        action()
    assert field in info.value.errors
    return info.value.errors[field]


# --- amounts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    [
        MAX_AMOUNT + Decimal("0.01"),
        parse_amount("99999999999999999999"),
        parse_amount("1" + "0" * 40),
        Decimal("Infinity"),
    ],
    ids=["just-over", "twenty-nines", "forty-one-digits", "infinity"],
)
def test_a_too_large_potential_revenue_is_refused_and_nothing_stored(
    db: SqliteDatabase, amount: Decimal
) -> None:
    message = refused(
        lambda: create_client(ClientInput("Acme", potential_revenue=amount)), "potential_revenue"
    )
    assert message == "That amount is too large."
    assert Client.select().count() == 0


def test_a_too_large_potential_revenue_on_update_leaves_the_client_unchanged(
    db: SqliteDatabase,
) -> None:
    client_id = create_client(ClientInput("Acme", potential_revenue=Decimal(500)))
    too_large = ClientInput("Acme", potential_revenue=parse_amount("99999999999999999999"))
    assert refused(lambda: update_client(client_id, too_large), "potential_revenue")
    assert get_client(client_id).potential_revenue == Decimal(500)


def test_the_largest_amount_is_stored_exactly(db: SqliteDatabase) -> None:
    client_id = create_client(ClientInput("Acme", potential_revenue=MAX_AMOUNT))
    assert get_client(client_id).potential_revenue == MAX_AMOUNT
    assert Client.get_by_id(client_id).potential_revenue_minor == 100_000_000_000_000


def test_a_potential_revenue_that_is_not_a_number_is_refused(db: SqliteDatabase) -> None:
    assert refused(
        lambda: create_client(ClientInput("Acme", potential_revenue=Decimal("NaN"))),
        "potential_revenue",
    )


# --- client names ---------------------------------------------------------------------------


def test_runs_of_spaces_in_a_client_name_are_collapsed_on_save(db: SqliteDatabase) -> None:
    client_id = create_client(ClientInput(" Acme \t Logistics  "))
    assert get_client(client_id).name == "Acme Logistics"
    update_client(client_id, ClientInput("Acme   Logistics   Iberia "))
    assert get_client(client_id).name == "Acme Logistics Iberia"


@pytest.mark.parametrize("same", ["Acme  Logistics ", "  ACME\tlogistics", "Ácme Logistics"])
def test_a_name_differing_only_in_spaces_is_a_duplicate(db: SqliteDatabase, same: str) -> None:
    first = create_client(ClientInput("Acme Logistics"))
    with pytest.raises(DuplicateClientError) as info:
        create_client(ClientInput(same))
    assert info.value.existing_id == first
    assert Client.select().count() == 1


def test_a_stored_name_with_extra_spaces_still_counts_as_a_duplicate(db: SqliteDatabase) -> None:
    # Saved before names were tidied.
    Client.insert(name="Acme   Logistics").execute()
    with pytest.raises(DuplicateClientError):
        create_client(ClientInput("Acme Logistics"))


def test_a_name_of_only_spaces_between_words_is_not_too_long(db: SqliteDatabase) -> None:
    client_id = create_client(ClientInput("A" + " " * 300 + "B"))
    assert get_client(client_id).name == "A B"


# --- web addresses and phones ---------------------------------------------------------------


@pytest.mark.parametrize(
    "website", ["acme", "http://acme", "acme com", "www.acme .com", "ftp://x.com"]
)
def test_a_website_that_is_not_a_web_address_is_refused(db: SqliteDatabase, website: str) -> None:
    message = refused(lambda: create_client(ClientInput("Acme", website=website)), "website")
    assert message == "Enter a web address such as acme.com."
    assert Client.select().count() == 0


@pytest.mark.parametrize("website", ["acme.com", "https://www.acme.com/es/", "ACME.example"])
def test_a_website_is_stored_as_typed(db: SqliteDatabase, website: str) -> None:
    client_id = create_client(ClientInput("Acme", website=f"  {website} "))
    assert get_client(client_id).website == website


@pytest.mark.parametrize(
    ("phone", "message"),
    [
        ("12345", "A phone number has at least 6 digits."),
        ("+34", "A phone number has at least 6 digits."),
        ("call Ana", "Use only digits, spaces and + - ( ) . / (x or ext before an extension)."),
        ("912 345 678 (mobile)", "Use only digits"),
        ("9" * 61, "Keep the phone number under 60 characters."),
    ],
)
def test_a_phone_is_refused_for_clients_and_contacts(
    db: SqliteDatabase, phone: str, message: str
) -> None:
    assert refused(lambda: create_client(ClientInput("Acme", phone=phone)), "phone").startswith(
        message
    )
    client_id = create_client(ClientInput("Acme"))
    assert refused(
        lambda: add_contact(client_id, ContactInput("Ana", phone=phone)), "phone"
    ).startswith(message)
    ana = add_contact(client_id, ContactInput("Ana"))
    assert refused(lambda: update_contact(ana, ContactInput("Ana", phone=phone)), "phone")
    assert get_contact(ana).phone == ""


@pytest.mark.parametrize("phone", ["+34 912 345 678", "(0)20 7946 0958", "555-1234 ext. 12"])
def test_a_phone_number_is_accepted_and_stored(db: SqliteDatabase, phone: str) -> None:
    client_id = create_client(ClientInput("Acme", phone=f" {phone} "))
    assert get_client(client_id).phone == phone
    assert get_contact(add_contact(client_id, ContactInput("Ana", phone=phone))).phone == phone


# --- contacts' e-mail addresses -------------------------------------------------------------


@pytest.mark.parametrize("email", [".ana@acme.com", "ana.@acme.com", "ana@-acme.com"])
def test_odd_dots_and_hyphens_in_an_e_mail_are_refused(db: SqliteDatabase, email: str) -> None:
    client_id = create_client(ClientInput("Acme"))
    assert refused(lambda: add_contact(client_id, ContactInput("Ana", email=email)), "email")
    assert Contact.select().count() == 0


def test_two_contacts_of_a_client_cannot_share_an_e_mail(db: SqliteDatabase) -> None:
    acme = create_client(ClientInput("Acme"))
    add_contact(acme, ContactInput("Ana Peña", email="ana@acme.com"))

    message = refused(
        lambda: add_contact(acme, ContactInput("Ben", email="  ANA@Acme.com ")), "email"
    )
    assert message == "Ana Peña already has this e-mail address."
    assert [c.name for c in Contact.select()] == ["Ana Peña"]

    ben = add_contact(acme, ContactInput("Ben", email="ben@acme.com"))
    assert refused(lambda: update_contact(ben, ContactInput("Ben", email="ana@acme.com")), "email")
    assert get_contact(ben).email == "ben@acme.com"


def test_the_same_e_mail_at_another_client_or_kept_on_edit_is_fine(db: SqliteDatabase) -> None:
    acme = create_client(ClientInput("Acme"))
    globex = create_client(ClientInput("Globex"))
    ana = add_contact(acme, ContactInput("Ana", email="ana@acme.com"))
    add_contact(globex, ContactInput("Ana at Globex", email="ana@acme.com"))
    update_contact(ana, ContactInput("Ana Peña", email="ANA@acme.com", role="CFO"))
    assert (get_contact(ana).name, get_contact(ana).email) == ("Ana Peña", "ANA@acme.com")
    # Two contacts without an e-mail do not share one.
    add_contact(acme, ContactInput("Ben"))
    add_contact(acme, ContactInput("Carla"))
    assert Contact.select().count() == 4


# --- interactions dated in the future -------------------------------------------------------

FUTURE = "An interaction is logged once it has happened; plan future meetings in the Agenda."


def call(client_id: int, when: datetime) -> InteractionInput:
    return InteractionInput(client_id, InteractionKind.CALL, when, "Call with Ana")


@pytest.mark.parametrize("ahead", [timedelta(minutes=6), timedelta(days=1), timedelta(days=400)])
def test_an_interaction_in_the_future_is_refused(db: SqliteDatabase, ahead: timedelta) -> None:
    client_id = create_client(ClientInput("Acme"))
    message = refused(lambda: log_interaction(call(client_id, NOW + ahead), now=NOW), "occurred_at")
    assert message == FUTURE
    assert Interaction.select().count() == 0


@pytest.mark.parametrize("ahead", [timedelta(0), timedelta(minutes=5), -timedelta(days=30)])
def test_an_interaction_up_to_five_minutes_ahead_is_logged(
    db: SqliteDatabase, ahead: timedelta
) -> None:
    client_id = create_client(ClientInput("Acme"))
    log_interaction(call(client_id, NOW + ahead), now=NOW)
    assert [row.occurred_at for row in timeline(client_id)] == [NOW + ahead]


def test_correcting_an_interaction_into_the_future_is_refused(db: SqliteDatabase) -> None:
    client_id = create_client(ClientInput("Acme"))
    data = call(client_id, NOW - timedelta(hours=2))
    iid = log_interaction(data, now=NOW)
    tomorrow = replace(data, occurred_at=NOW + timedelta(days=1))
    assert refused(lambda: update_interaction(iid, tomorrow, now=NOW), "occurred_at") == FUTURE
    assert get_interaction(iid).occurred_at == NOW - timedelta(hours=2)
    # The same edit is fine once that time has come.
    update_interaction(iid, tomorrow, now=NOW + timedelta(days=1))
    assert get_interaction(iid).occurred_at == NOW + timedelta(days=1)
